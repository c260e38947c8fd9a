/**
 * npm run build: the whole pipeline. Astro builds the site from the content
 * folder in a process of its own (its memory is returned when it ends); the
 * steps of src/pipeline/index.ts then run over its output: template
 * documents, search index, offline copies, precompression.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadContent } from '../content/load.ts';
import { contentDate } from '../lib/content-date.ts';
import { runBuildSteps } from '../pipeline/index.ts';
import { PROJECT_ROOT, settingsOrExit } from '../settings.ts';

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const { HUB_LOG_LEVEL: level, HUB_OUT_DIR: siteDir, HUB_SITE: site, HUB_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: epoch } = settingsOrExit();
const astro = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(level === 'info' ? [] : ['--silent'])], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) process.exit(1);

const time = () => new Date().toISOString().slice(11, 19);
try {
  // Astro's integration has checked the content already: it is valid here.
  const { content } = loadContent(contentDir);
  await runBuildSteps(
    { siteDir, site, content, date: contentDate(content, epoch) },
    (message) => level === 'info' && process.stdout.write(`${time()} [build] ${message}\n`),
  );
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
if (level === 'info') process.stdout.write(`Build finished in ${seconds()} s.\n`);
