/**
 * The build pipeline: each step names what it needs and what it makes, and
 * starts as soon as what it needs is done, so the two cores stay busy
 * (Pagefind indexes in its own process while a worker thread writes the
 * offline copies; compression runs on the thread pool beside them).
 *
 * `npm run build` (src/cli/build.ts) starts Astro in a process of its own and
 * gives its end to these steps as `pages`, and reads the content
 * (content-worker.ts), which gives them `date` and `templates` as `content`.
 * Steps keep what a rebuild can reuse in Astro's cache folder (build-cache.ts).
 */
import { LOCALES } from '../i18n/locales.ts';
import { DOWNLOADS_FOLDER } from '../lib/downloads.ts';
import { BuildCache } from './build-cache.ts';
import { moveFiles } from './files.ts';
import { buildOfflineCopiesInWorker } from './offline/worker.ts';
import { publishDownloads } from './offline/publish.ts';
import { precompress } from './precompress.ts';
import { SEARCH_FOLDER, buildSearchIndex } from './search-index.ts';

export interface BuildContext {
  /** Astro's output, which the steps add to. */
  siteDir: string;
  /** Public address of the hub (HUB_SITE). */
  site: string;
  /** Astro's cache folder, where steps keep what a rebuild can reuse (build-cache.ts). */
  cacheDir: string;
  /** Settles once the content is read: its date (stamped on files instead of the clock) and the template documents written, waiting in a staging folder. */
  content: Promise<{ date: string; templates: { staging: string; count: number } }>;
  /** Settles when Astro has written every page into siteDir (which it empties first). */
  pages: Promise<unknown>;
}

interface Step {
  name: string;
  /** Steps that must have finished before this one starts. */
  needs: readonly string[];
  makes: string;
  /** Does the work; `started` gives the promise of any earlier step (to wait for one part way through). Returns a summary. */
  run(context: BuildContext, started: (name: string) => Promise<unknown>): Promise<string>;
}

/** Pages whose content changes after the build (sizes and checksums are filled in once the downloads exist). */
const isDownloadPage = (file: string) => file.endsWith('/download/index.html');
const servedLater = (file: string) => file.startsWith(`${SEARCH_FOLDER}/`) || isDownloadPage(file);
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const compressed = ({ files, bytes, gzipBytes }: Awaited<ReturnType<typeof precompress>>) =>
  `${files} files, ${megabytes(bytes)} → ${megabytes(gzipBytes)} gzip`;

export const STEPS: readonly Step[] = [
  {
    name: 'pages',
    needs: [],
    makes: 'every page and asset, by Astro (the hub-content integration checks the content first)',
    run: async ({ pages }) => String(await pages),
  },
  {
    name: 'search index',
    needs: ['pages'],
    makes: `${SEARCH_FOLDER}/: one Pagefind index per language`,
    run: async ({ siteDir, cacheDir }) => {
      const { pages, reused } = await buildSearchIndex(siteDir, new BuildCache(cacheDir, 'search-index'));
      return `${pages} pages, ${reused} of ${LOCALES.length} languages unchanged since the last build`;
    },
  },
  {
    name: 'template documents',
    needs: ['pages'],
    makes: '.docx and .md of every strategy template in every language, beside its page (written by content-worker.ts, moved in)',
    run: async ({ siteDir, content }) => {
      const { templates } = await content;
      moveFiles(templates.staging, siteDir);
      return `${templates.count} .docx and .md pairs`;
    },
  },
  {
    name: 'precompressed pages',
    needs: ['template documents'],
    makes: '.gz and .br beside every page and asset, except the search index and the download pages',
    run: async ({ siteDir, cacheDir }) =>
      compressed(
        await precompress(siteDir, (file) => !file.startsWith(`${DOWNLOADS_FOLDER}/`) && !servedLater(file), new BuildCache(cacheDir, 'compressed-pages')),
      ),
  },
  {
    name: 'offline copies',
    needs: ['template documents'],
    makes: `${DOWNLOADS_FOLDER}/*.zip: the whole hub and each language, working from disk`,
    run: async ({ siteDir, site, cacheDir, content }, started) => {
      const made = await buildOfflineCopiesInWorker({ siteDir, site, cacheDir, date: (await content).date, searchIndex: started('search index') });
      return made.map(({ file, bytes }) => `${file} ${megabytes(bytes)}`).join(', ');
    },
  },
  {
    name: 'published downloads',
    needs: ['offline copies', 'precompressed pages'],
    makes: `${DOWNLOADS_FOLDER}/SHA256SUMS, and sizes and checksums on the download pages`,
    run: async ({ siteDir }) => `${publishDownloads(siteDir).size} files`,
  },
  {
    name: 'precompressed search and download pages',
    needs: ['published downloads', 'search index'],
    makes: '.gz and .br of the search index and the download pages',
    run: async ({ siteDir, cacheDir }) => compressed(await precompress(siteDir, servedLater, new BuildCache(cacheDir, 'compressed-late'))),
  },
];

/** Runs every step, each once what it needs is done; reports each as it ends. */
export async function runBuildSteps(context: BuildContext, log: (message: string) => void, steps: readonly Step[] = STEPS): Promise<void> {
  const running = new Map<string, Promise<unknown>>();
  const started = (name: string): Promise<unknown> => {
    const promise = running.get(name);
    if (!promise) throw new Error(`Build step "${name}" is needed before it is started; check the order of STEPS`);
    return promise;
  };
  for (const step of steps) {
    running.set(
      step.name,
      Promise.all(step.needs.map(started)).then(async () => {
        const begun = performance.now();
        const summary = await step.run(context, started);
        log(`${step.name}: ${summary} in ${((performance.now() - begun) / 1000).toFixed(1)} s`);
      }),
    );
  }
  await Promise.all(running.values());
}
