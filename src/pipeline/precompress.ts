/**
 * Build step: write .gz and .br beside every text file of the site, so a web
 * server can send them as they are (nginx gzip_static / brotli_static)
 * instead of compressing on every request. Pagefind gzips its own files;
 * the two that every first search fetches (the WebAssembly and the metadata
 * of a language) also get a brotli twin of their uncompressed bytes, about
 * 15 % smaller: Pagefind's script accepts a file the browser has already
 * decompressed. Its many chunks and fragments gain too little to be worth it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync, gzip } from 'node:zlib';
import { listFiles } from './files.ts';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|md|webmanifest)$/;
/**
 * Brotli at its best (11) for the files every reader fetches and caches; a
 * fast level (5) for pages, which are many: 11 would make pages about 12%
 * smaller but the build several times slower.
 */
const SHARED = /\.(css|js|mjs|json|svg|webmanifest)$/;
const MIN_BYTES = 512;
/** Pagefind's gzipped files fetched by every first search: wasm.<language>.pagefind and pagefind.<language>_<hash>.pf_meta. */
const PAGEFIND_SHARED = /^pagefind\/(wasm\.[^/]+\.pagefind|pagefind\.[^/]+\.pf_meta)$/;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Compress every matching file; the work runs on libuv's thread pool, several files at a time. */
export async function precompress(siteDir: string, only: (file: string) => boolean = () => true): Promise<{ files: number; bytes: number; gzipBytes: number }> {
  const queue = listFiles(siteDir).filter((file) => (COMPRESSIBLE.test(file) || PAGEFIND_SHARED.test(file)) && only(file));
  const totals = { files: 0, bytes: 0, gzipBytes: 0 };
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const absolute = path.join(siteDir, file);
      if (PAGEFIND_SHARED.test(file)) {
        await writeFile(`${absolute}.br`, await brotliAsync(gunzipSync(await readFile(absolute)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        continue;
      }
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
