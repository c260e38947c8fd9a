/** Build the small fixture content into its own site folder (for tests that need known translations gaps). */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { contentWith } from './fixtures.ts';
import { OUTPUT } from './paths.ts';
import { runCli } from './run.ts';

export function buildFixtureSite(name: string, env: Record<string, string> = {}): string {
  const out = path.join(OUTPUT, `fixture-site-${name}`);
  rmSync(out, { recursive: true, force: true });
  const result = runCli('build', [], { HUB_CONTENT_DIR: contentWith(), HUB_OUT_DIR: out, HUB_LOG_LEVEL: 'warn', ...env });
  if (result.status !== 0) throw new Error(`Fixture build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}
