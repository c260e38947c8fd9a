/** TypeScript strict over the whole project, Astro components included (astro check). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

describe('types', () => {
  it('astro check reports no error or warning', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', HUB_CONTENT_DIR: path.join(ROOT, 'test/fixtures/valid') },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.stdout, result.stdout + result.stderr).toMatch(/- 0 errors\s+- 0 warnings/);
  }, 300_000);
});
