/**
 * Kiwix files: `npm run build:zim` on a copy of the test build (it adds files
 * and rewrites the download pages, which the other tests must not see).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { zimFiles } from '../../src/lib/downloads.ts';
import { OUTPUT, SITE_DIR } from '../helpers/paths.ts';
import { runCli } from '../helpers/run.ts';

const site = path.join(OUTPUT, 'site-zim');
beforeAll(() => {
  rmSync(site, { recursive: true, force: true });
  cpSync(SITE_DIR, site, { recursive: true });
});

describe('Kiwix files', () => {
  it('npm run build:zim makes one ZIM per language that passes zimcheck -A', () => {
    const result = runCli('build-zim', [], { HUB_OUT_DIR: site });
    expect(result.status, result.stderr).toBe(0);
    for (const { file } of zimFiles()) {
      const check = spawnSync('zimcheck', ['-A', path.join(site, 'downloads', file)], { encoding: 'utf8' });
      expect(check.status, check.stdout).toBe(0);
    }
  }, 300_000);
});
