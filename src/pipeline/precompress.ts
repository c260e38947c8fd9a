/**
 * Build step: write .gz and .br beside every text file of the site, so a web
 * server can send them as they are (nginx gzip_static / brotli_static)
 * instead of compressing on every request. Pagefind gzips its own files;
 * the two that every first search fetches (the WebAssembly and the metadata
 * of a language) also get a brotli twin of their uncompressed bytes, about
 * 15 % smaller: Pagefind's script accepts a file the browser has already
 * decompressed. Its many chunks and fragments gain too little to be worth it.
 */
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync, gzip } from 'node:zlib';
import { digestOf, type BuildCache } from './build-cache.ts';
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

/**
 * One compressed twin of a file: from the cache when the same bytes were
 * compressed the same way before, else made and kept there. zlib writes no
 * time stamp or file name, so either way the output is the same from build
 * to build.
 */
async function twin(target: string, sourceDigest: string, how: string, make: () => Promise<Buffer>, cache: BuildCache | undefined): Promise<number> {
  const cached = cache?.entry(`${how}-${sourceDigest}`);
  if (cached?.exists) {
    await copyFile(cached.path, target);
    return (await stat(target)).size;
  }
  const made = await make();
  await writeFile(target, made);
  if (cached) await writeFile(cached.path, made);
  return made.length;
}

/** Compress every matching file; the work runs on libuv's thread pool, several files at a time. */
export async function precompress(
  siteDir: string,
  only: (file: string) => boolean = () => true,
  cache?: BuildCache,
): Promise<{ files: number; bytes: number; gzipBytes: number }> {
  const queue = listFiles(siteDir).filter((file) => (COMPRESSIBLE.test(file) || PAGEFIND_SHARED.test(file)) && only(file));
  const totals = { files: 0, bytes: 0, gzipBytes: 0 };
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const absolute = path.join(siteDir, file);
      const data = await readFile(absolute);
      // The file's digest, computed once for both of its twins.
      const sourceDigest = cache ? digestOf(data) : '';
      if (PAGEFIND_SHARED.test(file)) {
        await twin(
          `${absolute}.br`,
          sourceDigest,
          'br11-of-gzip',
          () => brotliAsync(gunzipSync(data), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          cache,
        );
        continue;
      }
      if (data.length < MIN_BYTES) continue;
      const quality = SHARED.test(file) ? 11 : 5;
      const [gzipBytes] = await Promise.all([
        twin(`${absolute}.gz`, sourceDigest, 'gz9', () => gzipAsync(data, { level: 9 }), cache),
        twin(
          `${absolute}.br`,
          sourceDigest,
          `br${quality}`,
          () => brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
          cache,
        ),
      ]);
      totals.files += 1;
      totals.bytes += data.length;
      totals.gzipBytes += gzipBytes;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker));
  cache?.prune();
  return totals;
}
