/**
 * Build step: index the built site with Pagefind, one index per language
 * (from <html lang>). Only the parts of resource and organization pages
 * marked data-pagefind-body are indexed; navigation, footers and language
 * lists never are. Each language is indexed by a Pagefind process of its
 * own and the outputs are merged: memory stays at one language's worth.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import project from '../../package.json' with { type: 'json' };
import { LOCALES } from '../i18n/locales.ts';
import { codeDigest, digestOf, type BuildCache } from './build-cache.ts';

export const SEARCH_FOLDER = 'pagefind';
/** Pinned exactly in package.json (see indexChunkSize): part of the cache key of each language's index. */
const PAGEFIND_VERSION = project.dependencies.pagefind;
/** How Pagefind is asked to index (this file) is part of the key too. */
const CODE = codeDigest(new URL(import.meta.url));
const ENTRY = 'pagefind-entry.json';
/** Only resource and organization pages carry searchable text; the others need not even be read. */
const INDEXED_FOLDERS = ['resources', 'organizations'];
/**
 * Word locations per index chunk (Pagefind's default is 20,000). A search
 * downloads every chunk its words fall in, and the metadata file, which lists
 * every chunk: smaller chunks mean less of the first, more of the second. The
 * sum is least when the chunk size grows with the square root of the index,
 * so 1,000 for a hundred pages per language and 2,450 for six hundred (about
 * 4 KB and 14 KB of index and metadata per first search instead of 50 KB).
 * Pagefind reads it from this variable only (it calls it unstable), so its
 * version is pinned in package.json.
 */
export function indexChunkSize(pages: number): number {
  return Math.round(1000 * Math.sqrt(Math.max(1, pages / 100)));
}

/**
 * Chinese first: its index takes the most memory (about twice another
 * language's), and at the start the steps beside it (content, offline copies)
 * hold the least. Last, it set the build's peak (1,131 MB at N = 500; 1,088 MB first).
 */
const INDEX_ORDER = [...LOCALES].sort((a, b) => Number(b === 'zh') - Number(a === 'zh'));

interface Entry {
  version: string;
  languages: Record<string, { page_count: number }>;
}

/** The pages Pagefind reads for one language. */
function indexedFiles(siteDir: string, locale: string): string[] {
  return INDEXED_FOLDERS.flatMap((folder) => {
    const dir = path.join(siteDir, locale, folder);
    return existsSync(dir)
      ? readdirSync(dir)
          .map((name) => path.join(dir, name, 'index.html'))
          .filter((file) => existsSync(file))
      : [];
  }).sort();
}

async function indexLanguage(siteDir: string, locale: string, pages: number, outputPath: string): Promise<void> {
  // Pagefind's process inherits this environment when createIndex starts it.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize(pages));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir, glob: `${locale}/{${INDEXED_FOLDERS.join(',')}}/*/index.html` });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${locale}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the ${locale} index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/**
 * One language's index: Pagefind's output for exactly these pages, from the
 * cache when a build before indexed the same bytes with the same Pagefind.
 */
async function languageIndex(siteDir: string, locale: string, work: string, cache: BuildCache | undefined): Promise<string> {
  const files = indexedFiles(siteDir, locale);
  const cached = cache?.entry(
    digestOf(CODE, PAGEFIND_VERSION, String(indexChunkSize(files.length)), ...files.flatMap((file) => [path.relative(siteDir, file), readFileSync(file)])),
  );
  if (cached?.exists) return cached.path;
  const output = path.join(work, locale);
  await indexLanguage(siteDir, locale, files.length, output);
  if (cached) cpSync(output, cached.path, { recursive: true });
  return output;
}

export async function buildSearchIndex(siteDir: string, cache?: BuildCache): Promise<{ pages: number; reused: number }> {
  const target = path.join(siteDir, SEARCH_FOLDER);
  const work = mkdtempSync(path.join(tmpdir(), 'hub-search-'));
  rmSync(target, { recursive: true, force: true });
  let pages = 0;
  let reused = 0;
  let entry: Entry | undefined;
  const languages: Entry['languages'] = {};
  try {
    for (const locale of INDEX_ORDER) {
      const output = await languageIndex(siteDir, locale, work, cache);
      if (!output.startsWith(work)) reused += 1;
      // File names carry the language (index/fr_…, wasm.fr.pagefind); only the entry file needs merging.
      entry = JSON.parse(readFileSync(path.join(output, ENTRY), 'utf8')) as Entry;
      Object.assign(languages, entry.languages);
      pages += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      cpSync(output, target, { recursive: true, filter: (source) => path.basename(source) !== ENTRY });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  cache?.prune();
  writeFileSync(path.join(target, ENTRY), JSON.stringify({ ...entry, languages }));
  // The hub has its own search interface; Pagefind's ready-made ones would only add weight to every download.
  for (const file of readdirSync(target)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(path.join(target, file));
  }
  return { pages, reused };
}
