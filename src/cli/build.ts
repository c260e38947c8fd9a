/**
 * npm run build: the whole pipeline. Astro builds the site from the content
 * folder in a process of its own (its memory is returned when it ends); the
 * build steps of src/build/steps.ts then run over the output: template
 * documents, search index, offline copies, precompression.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../content/location.ts';
import { outDir, siteUrl } from '../build/settings.ts';
import { runBuildSteps } from '../build/steps.ts';

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const level = process.env['HUB_LOG_LEVEL'] ?? 'info';
const astro = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(level === 'info' ? [] : ['--silent'])], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) process.exit(1);

const time = () => new Date().toISOString().slice(11, 19);
try {
  await runBuildSteps(outDir(), siteUrl(), { info: (message) => level === 'info' && process.stdout.write(`${time()} [build] ${message}\n`) });
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write(`Build finished in ${seconds()} s.\n`);
