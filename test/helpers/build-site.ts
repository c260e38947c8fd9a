/**
 * Global setup of the site tests: build the site from the shipped content
 * into test-output/site, once per run. HUB_TEST_REUSE_BUILD=1 skips the build
 * when one exists (for quick local iterations on tests only).
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SITE_DIR } from './paths.ts';
import { runCli } from './run.ts';

export default function setup(): void {
  if (process.env['HUB_TEST_REUSE_BUILD'] === '1' && existsSync(path.join(SITE_DIR, 'index.html'))) return;
  rmSync(SITE_DIR, { recursive: true, force: true });
  const result = runCli('build', [], { HUB_OUT_DIR: SITE_DIR, HUB_LOG_LEVEL: 'warn' });
  if (result.status !== 0) throw new Error(`The site build failed:\n${result.stdout}\n${result.stderr}`);
}
