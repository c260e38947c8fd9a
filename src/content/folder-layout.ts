/**
 * The layout of the content folder: which files and folders may sit at its
 * top, what each item folder holds, and how folders are listed and named.
 */
import { existsSync, readdirSync } from 'node:fs';
import { LOCALES } from '../i18n/locales.ts';
import { nearMiss, type Problem } from './problems.ts';
import { SLUG_PATTERN, slugFrom } from './schemas.ts';
import { RESOURCE_TYPES, TYPE_FOLDERS } from './vocabulary.ts';

export const DATA_FILES = ['site.yaml', 'countries.yaml', 'resolution.yaml'] as const;
/** Optional: without it no terminology is checked (small test fixtures). */
export const TERMBASE_FILE = 'termbase.yaml';
export const ORGANIZATIONS_FOLDER = 'organizations';
export const FACTS_FILE = { resource: 'resource.yaml', organization: 'organization.yaml' } as const;
const TOP_LEVEL = [...DATA_FILES, TERMBASE_FILE, ...RESOURCE_TYPES.map((type) => TYPE_FOLDERS[type]), ORGANIZATIONS_FOLDER, 'README.md'];
/** Images an item folder may hold besides its facts file and texts. */
export const ASSET = /\.(png|jpe?g|webp|svg)$/i;
export const TEXT_FILES = LOCALES.map((locale) => `${locale}.mdx`);

const visible = (name: string) => !name.startsWith('.');
/** A path relative to the content folder, as messages show it. */
export const rel = (...parts: string[]) => parts.join('/');

/** The visible entries of a folder, sorted; none if it does not exist. */
export function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter(visible).sort() : [];
}

/** Anything at the top of the content folder that does not belong there. */
export function checkTopLevel(dir: string): Problem[] {
  return listDir(dir)
    .filter((name) => !TOP_LEVEL.includes(name))
    .map((name) => ({ file: name, message: 'is not expected at the top of the content folder', allowed: TOP_LEVEL, suggestion: nearMiss(name, TOP_LEVEL) }));
}

/** Whether an item folder's name is a valid slug; if not, says so with a suggestion. */
export function checkSlug(name: string, file: string, problems: Problem[]): boolean {
  if (SLUG_PATTERN.test(name)) return true;
  problems.push({
    file,
    value: name,
    message: 'folder name is not a valid slug: use lower-case ASCII letters, digits and single hyphens (it becomes the address of the page)',
    suggestion: slugFrom(name) || undefined,
  });
  return false;
}
