/** The virtual files Decap CMS is shown, made from the facts and texts of the content folder. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { revisionOfText } from '../content/revision.ts';
import { readText, statusValue, textFieldsOf } from './item-texts.ts';
import { isDir, kindOf, STATUS_FIELD, virtualPath, virtualText, type Data, type ItemFolder, type VirtualFile } from './virtual-files.ts';

/** The virtual file of one item in one language, or undefined where the item or the translation does not exist. */
export function readVirtual(contentDir: string, folder: ItemFolder, slug: string, locale: Locale): string | undefined {
  const dir = path.join(contentDir, folder, slug);
  if (!isDir(dir)) return undefined;
  const kind = kindOf(folder);
  const english = readText(path.join(dir, `${SOURCE_LOCALE}.mdx`));
  if (locale === SOURCE_LOCALE) {
    let facts: Data = {};
    try {
      facts = (parse(readFileSync(path.join(dir, kind.factsFile), 'utf8')) as Data | null) ?? {};
    } catch {
      // An unreadable facts file: shown empty; saving is refused until it is fixed (see persist).
    }
    return virtualText({ ...textFieldsOf(kind, english?.header), ...facts }, english?.body ?? '');
  }
  const translation = readText(path.join(dir, `${locale}.mdx`));
  if (!translation) return undefined;
  const englishRevision = english ? revisionOfText(english.header, english.body) : '';
  return virtualText(
    { ...textFieldsOf(kind, translation.header), [STATUS_FIELD]: statusValue(translation.header['translation'], englishRevision) },
    translation.body,
  );
}

/** Every virtual file of a type folder, as Decap's `entriesByFolder` lists them. */
export function listVirtual(contentDir: string, folder: ItemFolder): VirtualFile[] {
  const root = path.join(contentDir, folder);
  if (!isDir(root)) return [];
  const out: VirtualFile[] = [];
  for (const slug of readdirSync(root).sort()) {
    if (slug.startsWith('.') || !isDir(path.join(root, slug)) || !/^[A-Za-z0-9_-]+$/.test(slug)) continue;
    for (const locale of [SOURCE_LOCALE, ...LOCALES.filter((l) => l !== SOURCE_LOCALE)]) {
      const data = readVirtual(contentDir, folder, slug, locale);
      if (data !== undefined) out.push({ path: virtualPath(folder, slug, locale), data });
    }
  }
  return out;
}
