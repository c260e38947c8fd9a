/**
 * Build step: index the built site with Pagefind, one index per language
 * (from <html lang>). Only the parts of resource and organization pages
 * marked data-pagefind-body are indexed; navigation, footers and language
 * lists never are. Each language is indexed by a Pagefind process of its
 * own and the outputs are merged: memory stays at one language's worth.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/locales.ts';

export const SEARCH_FOLDER = 'pagefind';
const ENTRY = 'pagefind-entry.json';
/**
 * Word locations per index chunk (Pagefind's default is 20,000). A search
 * downloads every chunk its words fall in, and the metadata file lists every
 * chunk: 1,000 keeps both small, about 4 KB of index per first search instead
 * of 50. Pagefind reads it from this variable only (it calls it unstable), so
 * the version is pinned in package.json; docs/performance.md has the figures.
 */
const INDEX_CHUNK_SIZE = '1000';

interface Entry {
  version: string;
  languages: Record<string, unknown>;
}

async function indexLanguage(siteDir: string, locale: string, outputPath: string): Promise<number> {
  // Pagefind's process inherits this environment when createIndex starts it.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Only resource and organization pages carry searchable text; the others need not even be read.
  const added = await index.addDirectory({ path: siteDir, glob: `${locale}/{resources,organizations}/*/index.html` });
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
