/**
 * The build steps that run over Astro's output (npm run build runs them after
 * Astro): template documents, search index, offline copies (which need both),
 * and precompression of everything that is served.
 */
import { loadContent } from '../content/load.ts';
import { contentDir } from '../content/location.ts';
import { contentDate } from '../lib/content-date.ts';
import { DOWNLOADS_FOLDER } from '../lib/downloads.ts';
import { buildOfflineCopies } from './offline/copies.ts';
import { publishDownloads } from './offline/publish.ts';
import { precompress } from './precompress.ts';
import { SEARCH_FOLDER, buildSearchIndex } from './search-index.ts';
import { writeTemplateFiles } from './templates/index.ts';

interface Logger {
  info(message: string): void;
}

async function timed<T>(logger: Logger, name: string, step: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await step();
  logger.info(`${name}: ${describe(result)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Pages whose content changes after the build (sizes and checksums are filled in once the downloads exist). */
const isDownloadPage = (file: string) => file.endsWith('/download/index.html');

/**
 * Two cores are kept busy: Pagefind indexes in its own process while this
 * one writes the template documents and then the offline copies, and
 * compression runs on the thread pool beside them.
 */
export async function runBuildSteps(siteDir: string, site: string, logger: Logger): Promise<void> {
  const { content } = loadContent(contentDir());
  const date = contentDate(content);
  const searchIndex = timed(logger, 'search index', () => buildSearchIndex(siteDir), ({ pages }) => `${pages} pages`);
  await timed(logger, 'template documents', () => writeTemplateFiles(siteDir, site, content, date), (count) => `${count} .docx and .md pairs`);
  const describeCompression = ({ files, bytes, gzipBytes }: Awaited<ReturnType<typeof precompress>>) =>
    `${files} files, ${(bytes / 1e6).toFixed(1)} MB → ${(gzipBytes / 1e6).toFixed(1)} MB gzip`;
  const pages = timed(logger, 'precompressed pages', () => precompress(siteDir, (file) => !file.startsWith(`${DOWNLOADS_FOLDER}/`) && !file.startsWith(`${SEARCH_FOLDER}/`) && !isDownloadPage(file)), describeCompression);
  await timed(
    logger,
    'offline copies',
    () => buildOfflineCopies({ siteDir, site, date, searchIndex }),
    (made) => made.map(({ file, bytes }) => `${file} ${(bytes / 1e6).toFixed(1)} MB`).join(', '),
  );
  await pages;
  publishDownloads(siteDir);
  await timed(logger, 'precompressed search and download pages', () => precompress(siteDir, (file) => file.startsWith(`${SEARCH_FOLDER}/`) || isDownloadPage(file)), describeCompression);
}
