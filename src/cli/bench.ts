/**
 * npm run bench [-- --n 500] [-- --no-lighthouse] [-- --no-rebuild]
 *
 * Generates N synthetic resources in all six languages, runs the full build
 * (site, search index, offline copies) on them and prints what it cost:
 * time, memory, sizes, the weight of typical pages and of a first search,
 * a second build after one text changed, and Lighthouse scores. Figures, not pass/fail: docs/performance.md keeps them.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { FIRST_SEARCHES, NARROWED_BY, firstSearchBytes, lighthouseScores, searchPath, serveCompressed } from '../bench/browser.ts';
import { generateContent } from '../bench/generate.ts';
import { folderSize, kb, mb, measureRun } from '../bench/measure.ts';
import { pageWeight } from '../lib/html.ts';
import { LOCALES } from '../i18n/locales.ts';
import { href } from '../lib/urls.ts';
import { astroCacheDir } from '../pipeline/astro-cache.ts';
import { PROJECT_ROOT, settings, settingsOrExit } from '../settings.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '500' }, 'no-lighthouse': { type: 'boolean', default: false }, 'no-rebuild': { type: 'boolean', default: false } },
});
const n = Number(values.n);
const work = path.join(PROJECT_ROOT, 'test-output', 'bench');
const content = path.join(work, `content-${n}`);
const site = path.join(work, `site-${n}`);

const generated = performance.now();
const { firstText } = generateContent(settingsOrExit().HUB_CONTENT_DIR, content, n);
process.stdout.write(
  `Generated ${n} resources × ${LOCALES.length} languages in ${((performance.now() - generated) / 1000).toFixed(1)} s (${content}).\nBuilding…\n`,
);

const env = { HUB_CONTENT_DIR: content, HUB_OUT_DIR: site, HUB_LOG_LEVEL: 'warn' };
const build = async () => {
  // Each build starts once what was written before it is on disk, so it is not timed writing back the last one's gigabyte.
  execFileSync('sync');
  const measured = await measureRun(process.execPath, [path.join(PROJECT_ROOT, 'src/cli/build.ts')], env);
  if (measured.status !== 0) {
    process.stderr.write(measured.output);
    process.exit(1);
  }
  return measured;
};
// A cold build: nothing left in Astro's cache from an earlier run.
rmSync(astroCacheDir(settings({ ...process.env, ...env })), { recursive: true, force: true });
const run = await build();
// A second build after one text changed, as a publisher does.
const rebuild = async () => {
  writeFileSync(firstText, `${readFileSync(firstText, 'utf8')}\nOne sentence added before the second build.\n`);
  return build();
};
const warm = values['no-rebuild'] ? undefined : await rebuild();

const html = folderSize(site, (file) => file.endsWith('.html'));
const all = folderSize(site);
const served = folderSize(site, (file) => !/\.(gz|br)$/.test(file) && !file.startsWith('downloads/'));
const search = folderSize(path.join(site, 'pagefind'), (file) => !/\.(gz|br)$/.test(file));
const zips = Object.fromEntries(
  ['all', 'en', 'zh'].map((name) => [name, folderSize(path.join(site, 'downloads'), (file) => file === `iot-hub-${name}.zip`).bytes]),
);
const article = href('en', { page: 'resource', slug: 'synthetic-00001' });
const pages = {
  home: href('en', { page: 'home' }),
  listing: href('en', { page: 'listing', type: 'guideline' }),
  article,
  search: href('en', { page: 'search' }),
};
const weights = Object.fromEntries(Object.entries(pages).map(([name, sitePath]) => [name, pageWeight(site, sitePath)]));

const server = await serveCompressed(site);
const gzipOnly = await serveCompressed(site, { gzipOnly: true });
const searches: Record<string, Awaited<ReturnType<typeof firstSearchBytes>>> = {};
for (const [locale, query] of FIRST_SEARCHES) {
  searches[locale] = await firstSearchBytes(server.url, searchPath(locale, query));
  searches[`${locale}, narrowed`] = await firstSearchBytes(server.url, searchPath(locale, query, NARROWED_BY));
  searches[`${locale}, gzip-only server`] = await firstSearchBytes(gzipOnly.url, searchPath(locale, query));
}
await gzipOnly.close();
const lighthouse = values['no-lighthouse'] ? undefined : await lighthouseScores(Object.values(pages).map((sitePath) => `${server.url}${sitePath}`));
await server.close();

const result = {
  n,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.versions.node}`,
  pages: html.files,
  buildSeconds: Number(run.seconds.toFixed(1)),
  rebuildAfterOneTextSeconds: warm && Number(warm.seconds.toFixed(1)),
  pagesPerSecond: Math.round(html.files / run.seconds),
  peakMemoryMB: Math.round(run.peakBytes / 1024 / 1024),
  distMB: Number((all.bytes / 1024 / 1024).toFixed(1)),
  servedMB: Number((served.bytes / 1024 / 1024).toFixed(1)),
  zipMB: Object.fromEntries(Object.entries(zips).map(([name, bytes]) => [name, Number((bytes / 1024 / 1024).toFixed(1))])),
  searchIndex: { MB: Number((search.bytes / 1024 / 1024).toFixed(1)), files: search.files },
  pageKB: Object.fromEntries(Object.entries(weights).map(([name, bytes]) => [name, Number((bytes / 1024).toFixed(1))])),
  firstSearchKB: Object.fromEntries(
    Object.entries(searches).map(([locale, s]) => [locale, { KB: Number((s.bytes / 1024).toFixed(1)), requests: s.requests, results: s.results }]),
  ),
  lighthouse: lighthouse && Object.fromEntries(Object.keys(pages).map((name, index) => [name, lighthouse[index]])),
};
writeFileSync(path.join(work, `result-${n}.json`), `${JSON.stringify(result, null, 2)}\n`);

const rows: [string, string][] = [
  ['machine', result.machine],
  ['resources × languages', `${n} × ${LOCALES.length}`],
  ['pages built', String(html.files)],
  ['full build (site, search, offline copies)', `${run.seconds.toFixed(1)} s`],
  ...(warm
    ? [['second build, one text changed', `${warm.seconds.toFixed(1)} s (${(run.seconds / warm.seconds).toFixed(2)} times as fast)`] as [string, string]]
    : []),
  ['pages per second', String(result.pagesPerSecond)],
  ['peak memory (process tree)', mb(run.peakBytes)],
  ['dist (with .gz/.br and downloads)', mb(all.bytes)],
  ['site as served (without twins and downloads)', mb(served.bytes)],
  ['zip: all languages / en / zh', `${mb(zips['all']!)} / ${mb(zips['en']!)} / ${mb(zips['zh']!)}`],
  ['search index', `${mb(search.bytes)} in ${search.files} files`],
  ...Object.entries(weights).map(([name, bytes]): [string, string] => [`${name} page, HTML+CSS+JS gzip`, kb(bytes)]),
  ...Object.entries(searches).map(([locale, s]): [string, string] => [
    `first search (${locale}), all files`,
    `${kb(s.bytes)} in ${s.requests} requests, ${s.results} results shown`,
  ]),
  ...(lighthouse
    ? Object.keys(pages).map((name, index): [string, string] => [`Lighthouse ${name} (perf/a11y/bp/seo)`, Object.values(lighthouse[index]!).join(' / ')])
    : []),
];
const width = Math.max(...rows.map(([label]) => label.length));
process.stdout.write(
  `\n${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n\n(saved to ${path.relative(process.cwd(), path.join(work, `result-${n}.json`))})\n`,
);
