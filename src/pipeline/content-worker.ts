/**
 * What the build needs from the content folder, read in a worker thread: the
 * date of the content and the template documents (written into a staging
 * folder, then moved in). Reading every text takes hundreds of megabytes; a
 * worker's memory is returned when it ends, before the offline copies start.
 * Read beside Astro rendering every page, it added to Astro's peak (1.47 GB
 * instead of 1.2 GB at N = 500), so src/cli/build.ts starts it once Astro has
 * ended, unless Astro's cache holds an earlier build (few pages to render).
 */
import { rmSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface ContentJob {
  contentDir: string;
  site: string;
  /** Folder the template documents are written into (emptied first). */
  staging: string;
  /** SOURCE_DATE_EPOCH, if set. */
  epoch: string | undefined;
  /** Astro's cache folder: template documents whose inputs are unchanged are copied from it. */
  cacheDir: string;
}

/** Blocking problems are reported by Astro's integration, all at once; here they only stop the work. */
export type ContentResult = { blockingProblems: number } | { blockingProblems: 0; date: string; templates: number };

export function readContentInWorker(job: ContentJob): Promise<ContentResult> {
  const worker = new Worker(new URL(import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Reading the content stopped (exit code ${code}).`)));
  });
}

/** In the worker; its modules are loaded there only, not into the thread that starts it. */
async function run({ contentDir, site, staging, epoch, cacheDir }: ContentJob): Promise<ContentResult> {
  const [{ loadContent }, { blocking }, { contentDate }, { BuildCache }, { writeTemplateFiles }] = await Promise.all([
    import('../content/load.ts'),
    import('../content/problems.ts'),
    import('../lib/content-date.ts'),
    import('./build-cache.ts'),
    import('./templates/index.ts'),
  ]);
  const { content, problems } = loadContent(contentDir);
  const blockingProblems = blocking(problems).length;
  if (blockingProblems > 0) return { blockingProblems };
  const date = contentDate(content, epoch);
  rmSync(staging, { recursive: true, force: true });
  return { blockingProblems: 0, date, templates: await writeTemplateFiles(staging, site, content, date, new BuildCache(cacheDir, 'template-documents')) };
}

if (!isMainThread && parentPort) parentPort.postMessage(await run(workerData as ContentJob));
