/**
 * npm run build: the whole pipeline of src/pipeline/index.ts. Astro builds the
 * pages in a process of its own (its memory is returned when it ends); the
 * content is read in a worker thread that writes the template documents
 * (content-worker.ts), once Astro has ended, or beside it when Astro's cache
 * holds an earlier build; then come the other steps over Astro's output:
 * search index, offline copies, precompression. Each reuses from the build
 * cache (pipeline/build-cache.ts) what the last build made from the same input.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { INCREMENTAL_MANIFEST, astroCacheDir } from '../pipeline/astro-cache.ts';
import { readContentInWorker } from '../pipeline/content-worker.ts';
import { PROJECT_ROOT, settingsOrExit } from '../settings.ts';

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const settings = settingsOrExit();
const { HUB_LOG_LEVEL: level, HUB_OUT_DIR: siteDir, HUB_SITE: site, HUB_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: epoch } = settings;

/**
 * Astro's build, started first; it checks the content itself and prints every problem. Astro always
 * runs at its default log level: the level is written into the code of every page (Astro's manifest),
 * so a build at another level would render every page again instead of reusing the last build's.
 * Below info, its progress (standard output) is dropped; its errors (standard error) still show.
 */
const pages = new Promise<string>((resolve, reject) => {
  const astro = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    stdio: ['inherit', level === 'info' ? 'inherit' : 'ignore', level === 'silent' ? 'ignore' : 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  astro.on('error', reject);
  astro.on('close', (status) => (status === 0 ? resolve('Astro') : reject(new Error(`Astro stopped (exit status ${status}).`))));
});

const time = () => new Date().toISOString().slice(11, 19);
try {
  const staging = `${siteDir.replace(/[\\/]+$/, '')}.templates`;
  const cacheDir = astroCacheDir(settings);
  // Read once Astro has ended, beside the search index: beside Astro rendering every page, its memory added to Astro's peak.
  // When Astro's cache holds an earlier build, Astro copies most pages rather than render them, and the content is read beside it.
  const earlierBuild = existsSync(path.join(cacheDir, INCREMENTAL_MANIFEST));
  const content = (earlierBuild ? Promise.resolve() : pages)
    .then(() => readContentInWorker({ contentDir, site, staging, epoch, cacheDir }))
    .then((read) =>
      'date' in read ? { date: read.date, templates: { staging, count: read.templates } } : Promise.reject(new Error('The content has problems.')),
    );
  // Steps that never start (Astro failed) leave it unawaited; the failure is reported once, below.
  content.catch(() => undefined);
  // The later steps' modules are loaded once Astro has ended: while it renders, they would only add to the peak.
  await pages.catch(() => undefined);
  const { runBuildSteps } = await import('../pipeline/index.ts');
  await runBuildSteps({ siteDir, site, cacheDir, pages, content }, (message) => level === 'info' && process.stdout.write(`${time()} [build] ${message}\n`));
} catch (error) {
  // Astro has printed its own error already.
  if (!(error instanceof Error && error.message.startsWith('Astro stopped')))
    process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  await pages.catch(() => undefined);
  process.exit(1);
}
if (level === 'info') process.stdout.write(`Build finished in ${seconds()} s.\n`);
