/**
 * The offline copies in a worker thread: rewriting and zipping every page is
 * the longest step of the build and runs synchronously, so here it leaves the
 * main thread free for the steps beside it (the search index is driven from
 * there). The worker is told when the search index is written.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { MadeDownload, OfflineOptions } from './copies.ts';

const SEARCH_INDEX_WRITTEN = 'search index written';

export function buildOfflineCopiesInWorker({ searchIndex, ...options }: OfflineOptions): Promise<MadeDownload[]> {
  const worker = new Worker(new URL(import.meta.url), { workerData: options });
  searchIndex.then(
    () => worker.postMessage(SEARCH_INDEX_WRITTEN),
    () => void worker.terminate(),
  );
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The offline copies stopped (exit code ${code}).`)));
  });
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const searchIndex = new Promise<void>((resolve) => port.once('message', () => resolve()));
  // Loaded here only, not into the thread that starts the worker.
  const { buildOfflineCopies } = await import('./copies.ts');
  port.postMessage(await buildOfflineCopies({ ...(workerData as Omit<OfflineOptions, 'searchIndex'>), searchIndex }));
}
