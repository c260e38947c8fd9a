import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root: two folders above this file. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The content folder the site is built from: `content/` unless HUB_CONTENT_DIR
 * names another (the benchmark and the tests build from generated or broken
 * content this way).
 */
export function contentDir(): string {
  return path.resolve(PROJECT_ROOT, process.env['HUB_CONTENT_DIR'] ?? 'content');
}
