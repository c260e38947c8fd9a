/** TypeScript strict over the whole project, Astro components included (astro check); translation keys are typed. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT, ROOT } from '../helpers/paths.ts';

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

  it('rejects a translation key that does not exist, and accepts one that does', () => {
    const dir = path.join(OUTPUT, 'typed-keys');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'keys.ts');
    writeFileSync(
      file,
      `import { useTranslations } from '${path.join(ROOT, 'src/i18n/index.ts')}';\nconst t = useTranslations('fr');\nexport const good: string = t('resolution.title');\nexport const bad: string = t('resolution.titel');\n`,
    );
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: path.join(ROOT, 'tsconfig.json'),
        include: [],
        files: [file, path.join(ROOT, 'src/i18n/i18next.d.ts')],
        compilerOptions: { noEmit: true },
      }),
    );
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/keys\.ts\(4,/);
  }, 120_000);
});
