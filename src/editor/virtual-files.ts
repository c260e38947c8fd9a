/**
 * The "virtual files" Decap CMS reads and writes, one Markdown file per item
 * and language: `<type folder>/<slug>.<locale>.md` (its i18n structure
 * `multiple_files`). The hub keeps, per item, a facts file (`resource.yaml` or
 * `organization.yaml`) and one text per language (`en.mdx`, `fr.mdx` ...).
 * The English virtual file carries the facts and the English text; every
 * other virtual file carries that language's text and its translation status.
 * This module names those files and their parts; read-virtual.ts makes them
 * from the content, save.ts writes them back.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { FACTS_FILE, ORGANIZATIONS_FOLDER } from '../content/load.ts';
import { organizationFactsSchema, resourceFactsSchema } from '../content/schemas.ts';
import { RESOURCE_TYPES, TYPE_FOLDERS } from '../content/vocabulary.ts';

/** The extension Decap is told its files have. */
export const VIRTUAL_EXTENSION = 'md';
export const ITEM_FOLDERS = [...RESOURCE_TYPES.map((type) => TYPE_FOLDERS[type]), ORGANIZATIONS_FOLDER] as const;
export type ItemFolder = (typeof ITEM_FOLDERS)[number];

/** Field keys, in the order the hub's own files write them. */
const RESOURCE_FACT_KEYS = Object.keys(resourceFactsSchema.shape);
const ORGANIZATION_FACT_KEYS = Object.keys(organizationFactsSchema.shape);

/** The translation status field of a non-English virtual file: "machine-assisted", "reviewed:YYYY-MM-DD" or "stale". */
export const STATUS_FIELD = 'translationStatus';

/** Field values of a frontmatter or facts file, as YAML reads them. */
export type Data = Record<string, unknown>;

export interface Kind {
  factsFile: string;
  factKeys: readonly string[];
  /** Frontmatter fields of a text, the first one being its title. */
  textKeys: readonly string[];
}

export function kindOf(folder: ItemFolder): Kind {
  return folder === ORGANIZATIONS_FOLDER
    ? { factsFile: FACTS_FILE.organization, factKeys: ORGANIZATION_FACT_KEYS, textKeys: ['name', 'shortName', 'summary'] }
    : { factsFile: FACTS_FILE.resource, factKeys: RESOURCE_FACT_KEYS, textKeys: ['title', 'summary'] };
}

export interface VirtualPath {
  folder: ItemFolder;
  slug: string;
  /** Absent for the path Decap uses to ask whether an item exists at all (`<folder>/<slug>.md`). */
  locale?: Locale;
}

/** `best-practices/solar-pumps.fr.md` → its parts; undefined for any other path (nothing outside the item folders is reachable). */
export function parseVirtualPath(virtual: string): VirtualPath | undefined {
  const match = /^([a-z-]+)\/([A-Za-z0-9_-]+)(?:\.([a-z]{2}))?\.md$/.exec(virtual);
  if (!match || !(ITEM_FOLDERS as readonly string[]).includes(match[1]!)) return undefined;
  const locale = match[3];
  if (locale !== undefined && !isLocale(locale)) return undefined;
  return { folder: match[1] as ItemFolder, slug: match[2]!, ...(locale ? { locale } : {}) };
}

export const virtualPath = (folder: string, slug: string, locale: Locale) => `${folder}/${slug}.${locale}.${VIRTUAL_EXTENSION}`;

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** An MDX or virtual Markdown file: its frontmatter text and its body. */
export function splitFrontmatter(text: string): { header: string; body: string } | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? { header: match[1]!, body: text.slice(match[0].length) } : undefined;
}

export const isDir = (dir: string) => existsSync(dir) && statSync(dir).isDirectory();

export interface VirtualFile {
  path: string;
  data: string;
}

/** A virtual file's text: its fields as frontmatter, then the body. */
export function virtualText(data: Data, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body.replace(/^\r?\n/, '')}`;
}

/** A virtual file Decap sent: its fields, and the body (which Decap may also send as a `body` field). */
export function parseVirtual(raw: string): { data: Data; body: string } {
  const parts = splitFrontmatter(raw);
  if (!parts) return { data: {}, body: raw };
  const data = (parse(parts.header) as Data | null) ?? {};
  return { data, body: typeof data['body'] === 'string' ? (data['body'] as string) : parts.body };
}

/** The folder that already holds a slug, in any resource type (slugs are page addresses, unique across types). */
export function folderUsing(contentDir: string, folder: ItemFolder, slug: string): string | undefined {
  const folders = folder === ORGANIZATIONS_FOLDER ? [ORGANIZATIONS_FOLDER] : RESOURCE_TYPES.map((type) => TYPE_FOLDERS[type]);
  return folders.map((candidate) => `${candidate}/${slug}`).find((candidate) => isDir(path.join(contentDir, candidate)));
}
