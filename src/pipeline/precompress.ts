/**
 * Build step: write .gz and .br beside every text file of the site, so a web
 * server can send them as they are (nginx gzip_static / brotli_static)
 * instead of compressing on every request. Pagefind's index files are
 * already compressed and are left alone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { listFiles } from './files.ts';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|md|webmanifest)$/;
/**
 * Brotli at its best (11) for the files every reader fetches and caches; a
 * fast level (5) for pages, which are many: 11 would make pages about 12%
 * smaller but the build several times slower.
 */
const SHARED = /\.(css|js|mjs|json|svg|webmanifest)$/;
const MIN_BYTES = 512;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Compress every matching file; the work runs on libuv's thread pool, several files at a time. */
export async function precompress(siteDir: string, only: (file: string) => boolean = () => true): Promise<{ files: number; bytes: number; gzipBytes: number }> {
  const queue = listFiles(siteDir).filter((file) => COMPRESSIBLE.test(file) && only(file));
  const totals = { files: 0, bytes: 0, gzipBytes: 0 };
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const absolute = path.join(siteDir, file);
      const data = await readFile(absolute);
      if (data.length < MIN_BYTES) continue;
      // zlib writes no time stamp or file name, so the output is the same from build to build.
      const [gz, br] = await Promise.all([
        gzipAsync(data, { level: 9 }),
        brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: SHARED.test(file) ? 11 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      ]);
      await Promise.all([writeFile(`${absolute}.gz`, gz), writeFile(`${absolute}.br`, br)]);
      totals.files += 1;
      totals.bytes += data.length;
      totals.gzipBytes += gz.length;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker));
  return totals;
}
