import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Everything tests write goes under here (ignored by git). */
export const OUTPUT = path.join(ROOT, 'test-output');
/** The site built once for the site and browser tests. */
export const SITE_DIR = path.join(OUTPUT, 'site');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
