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
import { LOCALES } from '../i18n/locales.ts';

export const SEARCH_FOLDER = 'pagefind';
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

interface Entry {
  version: string;
  languages: Record<string, unknown>;
}

async function indexLanguage(siteDir: string, locale: string, outputPath: string): Promise<number> {
  const pages = INDEXED_FOLDERS.reduce(
    (sum, folder) => sum + (existsSync(path.join(siteDir, locale, folder)) ? readdirSync(path.join(siteDir, locale, folder)).length : 0),
    0,
  );
  // Pagefind's process inherits this environment when createIndex starts it.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize(pages));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir, glob: `${locale}/{${INDEXED_FOLDERS.join(',')}}/*/index.html` });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${locale}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the ${locale} index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const target = path.join(siteDir, SEARCH_FOLDER);
  const work = mkdtempSync(path.join(tmpdir(), 'hub-search-'));
  rmSync(target, { recursive: true, force: true });
  let pages = 0;
  let entry: Entry | undefined;
  const languages: Entry['languages'] = {};
  try {
    for (const locale of LOCALES) {
      const output = path.join(work, locale);
      pages += await indexLanguage(siteDir, locale, output);
      // File names carry the language (index/fr_…, wasm.fr.pagefind); only the entry file needs merging.
      entry = JSON.parse(readFileSync(path.join(output, ENTRY), 'utf8')) as Entry;
      Object.assign(languages, entry.languages);
      rmSync(path.join(output, ENTRY));
      cpSync(output, target, { recursive: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(path.join(target, ENTRY), JSON.stringify({ ...entry, languages }));
  // The hub has its own search interface; Pagefind's ready-made ones would only add weight to every download.
  for (const file of readdirSync(target)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(path.join(target, file));
  }
  return { pages };
}
