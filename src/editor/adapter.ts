/**
 * Maps the hub's content layout onto the "virtual files" Decap CMS reads and
 * writes, and back.
 *
 * Decap sees one Markdown file per item and language, `<type folder>/<slug>.<locale>.md`
 * (its i18n structure `multiple_files`). The hub keeps, per item, a facts file
 * (`resource.yaml` or `organization.yaml`) and one text per language
 * (`en.mdx`, `fr.mdx` ...). The English virtual file carries the facts and the
 * English text; every other virtual file carries that language's text and its
 * translation status. Saving splits them back, writes only the files whose
 * content changed, and refuses, writing nothing, when the hub's own checks find
 * a problem in the item.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap, isScalar, isSeq, parse, parseDocument, stringify, Pair, YAMLMap, type Document } from 'yaml';
import { LOCALES, SOURCE_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { FACTS_FILE, loadContent, ORGANIZATIONS_FOLDER } from '../content/load.ts';
import { formatProblem, isWarning, type Problem } from '../content/problems.ts';
import { revisionOfText } from '../content/revision.ts';
import { organizationFactsSchema, resourceFactsSchema, sourceSchema } from '../content/schemas.ts';
import { usesComponents } from '../content/text-loader.ts';
import { RESOURCE_TYPES, TYPE_FOLDERS } from '../content/vocabulary.ts';

/** The extension Decap is told its files have. */
export const VIRTUAL_EXTENSION = 'md';
export const ITEM_FOLDERS = [...RESOURCE_TYPES.map((type) => TYPE_FOLDERS[type]), ORGANIZATIONS_FOLDER] as const;
export type ItemFolder = (typeof ITEM_FOLDERS)[number];

/** Field keys, in the order the hub's own files write them. */
const RESOURCE_FACT_KEYS = Object.keys(resourceFactsSchema.shape);
const ORGANIZATION_FACT_KEYS = Object.keys(organizationFactsSchema.shape);
const SOURCE_KEYS = Object.keys(sourceSchema.shape);
const DATE_KEYS = new Set(['published', 'updated', 'checked']);

/** The translation status field of a non-English virtual file: "machine-assisted", "reviewed:YYYY-MM-DD" or "stale". */
export const STATUS_FIELD = 'translationStatus';

interface Kind {
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

type Data = Record<string, unknown>;

function readText(file: string): { header: Data; headerText: string; body: string } | undefined {
  if (!existsSync(file)) return undefined;
  const parts = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!parts) return undefined;
  try {
    const header = parse(parts.header) as unknown;
    return { header: header && typeof header === 'object' ? (header as Data) : {}, headerText: parts.header, body: parts.body };
  } catch {
    return undefined;
  }
}

const isDir = (dir: string) => existsSync(dir) && statSync(dir).isDirectory();

/** What the status field shows for an existing translation, judged against the English revision given. */
function statusValue(translation: unknown, englishRevision: string): string {
  const t = (translation ?? {}) as { status?: string; sourceRevision?: string; reviewedOn?: unknown };
  if (t.sourceRevision !== englishRevision) return 'stale';
  return t.status === 'reviewed' ? `reviewed:${String(t.reviewedOn ?? '')}` : 'machine-assisted';
}

function virtualText(data: Data, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body.replace(/^\r?\n/, '')}`;
}

export interface VirtualFile {
  path: string;
  data: string;
}

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
    const text = Object.fromEntries(kind.textKeys.filter((key) => english?.header[key] !== undefined).map((key) => [key, english!.header[key]]));
    return virtualText({ ...text, ...facts }, english?.body ?? '');
  }
  const translation = readText(path.join(dir, `${locale}.mdx`));
  if (!translation) return undefined;
  const englishRevision = english ? revisionOfText(english.header, english.body) : '';
  const text = Object.fromEntries(kind.textKeys.filter((key) => translation.header[key] !== undefined).map((key) => [key, translation.header[key]]));
  return virtualText({ ...text, [STATUS_FIELD]: statusValue(translation.header['translation'], englishRevision) }, translation.body);
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

/** The folder that already holds a slug, in any resource type (slugs are page addresses, unique across types). */
export function folderUsing(contentDir: string, folder: ItemFolder, slug: string): string | undefined {
  const folders = folder === ORGANIZATIONS_FOLDER ? [ORGANIZATIONS_FOLDER] : RESOURCE_TYPES.map((type) => TYPE_FOLDERS[type]);
  return folders.map((candidate) => `${candidate}/${slug}`).find((candidate) => isDir(path.join(contentDir, candidate)));
}

// ---------------------------------------------------------------------------
// Saving

/** Empty strings, empty lists and absent values are left out of the files; the schema's defaults need not be written. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean).filter((item) => item !== undefined);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Data)
      .map(([key, item]) => [key, clean(item)] as const)
      .filter(([, item]) => item !== undefined && !(Array.isArray(item) && item.length === 0));
    return Object.fromEntries(entries);
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  return value;
}

/** A date the date picker gave, as YYYY-MM-DD. */
function day(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return value;
}

function normalizeSource(source: unknown): unknown {
  if (!source || typeof source !== 'object') return source;
  const data = clean(source) as Data;
  if (data['access'] === 'free') delete data['access'];
  if (data['language'] === 'en') delete data['language'];
  if (typeof data['year'] === 'string' && /^\d+$/.test(data['year'])) data['year'] = Number(data['year']);
  const known = SOURCE_KEYS.filter((key) => key in data).map((key) => [key, data[key]]);
  const unknown = Object.keys(data)
    .filter((key) => !SOURCE_KEYS.includes(key))
    .map((key) => [key, data[key]]);
  return Object.fromEntries([...known, ...unknown]);
}

/** The facts as the hub writes them: known keys in schema order, dates as YYYY-MM-DD, nothing empty. */
function normalizeFacts(kind: Kind, data: Data): Data {
  const facts: Data = {};
  const keys = [...kind.factKeys, ...Object.keys(data).filter((key) => !kind.factKeys.includes(key) && !kind.textKeys.includes(key) && key !== 'body')];
  for (const key of keys) {
    let value = clean(data[key]);
    if (DATE_KEYS.has(key)) value = day(value);
    if (key === 'sources' && Array.isArray(value)) value = value.map(normalizeSource);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) facts[key] = value;
  }
  return facts;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Scalar lists on one line ([ldc, sids]), as the hub's files write them; lists of sources as blocks. */
function nodeFor(doc: Document, value: unknown) {
  const node = doc.createNode(value);
  if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
  return node;
}

/** The facts file with the new values: unchanged fields keep their lines and comments. */
function writeFacts(existing: string | undefined, facts: Data): string {
  const doc = parseDocument(existing ?? '');
  const old = isMap(doc.contents) ? doc.contents : undefined;
  const before = (old?.toJSON() ?? {}) as Data;
  const map = new YAMLMap();
  for (const [key, value] of Object.entries(facts)) {
    const pair = old?.items.find((item) => isScalar(item.key) && item.key.value === key);
    const previous =
      key === 'sources' && Array.isArray(before[key]) ? (before[key] as unknown[]).map(normalizeSource) : DATE_KEYS.has(key) ? day(before[key]) : before[key];
    map.items.push(pair && same(previous, value) ? pair : new Pair(doc.createNode(key), nodeFor(doc, value)));
  }
  if (old?.commentBefore) map.commentBefore = old.commentBefore;
  (doc as Document).contents = map;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function writeText(existingHeader: string | undefined, header: Data, body: string): string {
  const doc = parseDocument(existingHeader ?? '');
  const old = isMap(doc.contents) ? (doc.contents.toJSON() as Data) : {};
  for (const key of Object.keys(old)) if (!(key in header)) doc.delete(key);
  for (const [key, value] of Object.entries(header)) if (!same(old[key], value)) doc.set(key, doc.createNode(value));
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n\n${text}${text ? '\n' : ''}`;
}

export interface DataFile {
  path: string;
  raw: string;
}

export interface SaveResult {
  ok: boolean;
  /** Files written (or that would have been), relative to the content folder. */
  files: string[];
  problems: Problem[];
  warnings: Problem[];
  /** Notes on what was left as it was, e.g. a translation left empty. */
  notes: string[];
}

function parseVirtual(raw: string): { data: Data; body: string } {
  const parts = splitFrontmatter(raw);
  if (!parts) return { data: {}, body: raw };
  const data = (parse(parts.header) as Data | null) ?? {};
  return { data, body: typeof data['body'] === 'string' ? (data['body'] as string) : parts.body };
}

/** The English header of a text from the virtual data: title (or name, shortName) and summary, trimmed. */
function textHeader(kind: Kind, data: Data): Data {
  return Object.fromEntries(kind.textKeys.map((key) => [key, clean(data[key])]).filter(([, value]) => value !== undefined));
}

/**
 * Files to write for one Decap save of one item: the facts, the English text
 * and every translation whose text or status changed. The English revision a
 * changed translation records is that of the English being saved with it,
 * which the translator saw beside it.
 */
export function planSave(
  contentDir: string,
  dataFiles: DataFile[],
): { folder: ItemFolder; slug: string; files: Map<string, string>; notes: string[]; problems: Problem[] } {
  const parsed = dataFiles.map((file) => ({ file, where: parseVirtualPath(file.path) }));
  const bad = parsed.find(({ where }) => !where?.locale);
  if (bad || parsed.length === 0) throw new EditorError(`The editor cannot save "${bad?.file.path ?? '(nothing)'}": not a file of a hub item.`);
  const { folder, slug } = parsed[0]!.where!;
  if (parsed.some(({ where }) => where!.folder !== folder || where!.slug !== slug)) throw new EditorError('One save may change only one item.');
  const kind = kindOf(folder);
  const itemDir = path.join(contentDir, folder, slug);
  const isNew = !isDir(itemDir);
  const rel = (name: string) => `${folder}/${slug}/${name}`;
  const files = new Map<string, string>();
  const notes: string[] = [];
  const problems: Problem[] = [];

  if (isNew) {
    const taken = folderUsing(contentDir, folder, slug);
    if (taken)
      problems.push({
        file: `${folder}/${slug}`,
        value: slug,
        message: `is already used by ${taken}; slugs must be unique across all resource types. Change the title a little, or edit ${taken}`,
      });
  }
  const englishFile = parsed.find(({ where }) => where!.locale === SOURCE_LOCALE);
  const existingEnglish = readText(path.join(itemDir, `${SOURCE_LOCALE}.mdx`));
  const oldRevision = existingEnglish ? revisionOfText(existingEnglish.header, existingEnglish.body) : '';
  let newRevision = oldRevision;

  if (englishFile) {
    const { data, body } = parseVirtual(englishFile.file.raw);
    const factsPath = path.join(itemDir, kind.factsFile);
    const existingFacts = existsSync(factsPath) ? readFileSync(factsPath, 'utf8') : undefined;
    if (existingFacts !== undefined && parseDocument(existingFacts).errors.length > 0) {
      problems.push({
        file: rel(kind.factsFile),
        message: 'is not valid YAML, so the editor cannot change it safely. Fix it in a text editor (npm run check shows where), then edit here again',
      });
    }
    const facts = normalizeFacts(kind, data);
    const before = existingFacts === undefined ? undefined : normalizeFacts(kind, (parse(existingFacts) as Data | null) ?? {});
    if (!same(before, facts)) files.set(rel(kind.factsFile), writeFacts(existingFacts, facts));
    const header = textHeader(kind, data);
    newRevision = revisionOfText(header, body);
    const unchanged = existingEnglish && same(textHeader(kind, existingEnglish.header), header) && newRevision === oldRevision;
    if (!unchanged) files.set(rel(`${SOURCE_LOCALE}.mdx`), writeText(existingEnglish?.headerText, header, body));
  } else if (isNew) {
    throw new EditorError('A new item needs its English text.');
  }

  for (const { file, where } of parsed) {
    const locale = where!.locale!;
    if (locale === SOURCE_LOCALE) continue;
    const { data, body } = parseVirtual(file.raw);
    const header = textHeader(kind, data);
    const existing = readText(path.join(itemDir, `${locale}.mdx`));
    const empty = Object.keys(header).length === 0 && body.trim() === '';
    if (empty) {
      if (existing)
        notes.push(`${locale}: the text was left empty, and the editor does not delete translations, so ${rel(`${locale}.mdx`)} was kept as it was.`);
      continue;
    }
    const wanted = String(data[STATUS_FIELD] ?? '');
    const sameText =
      existing && same(textHeader(kind, existing.header), header) && revisionOfText(existing.header, existing.body) === revisionOfText(header, body);
    if (sameText && wanted === statusValue(existing.header['translation'], oldRevision)) continue;
    const reviewed = /^reviewed:(.*)$/.exec(wanted);
    const translation = reviewed
      ? { status: 'reviewed', sourceRevision: newRevision, reviewedOn: day(reviewed[1]!.trim()) || undefined }
      : { status: 'machine-assisted', sourceRevision: newRevision };
    files.set(rel(`${locale}.mdx`), writeText(existing?.headerText, { ...header, translation: clean(translation) }, body));
  }
  // The editor's text field knows Markdown only: a text with components would lose them.
  for (const file of files.keys()) {
    if (!file.endsWith('.mdx')) continue;
    const existing = readText(path.join(contentDir, file));
    let components = false;
    try {
      components = existing !== undefined && usesComponents(existing.body);
    } catch {
      // Not valid MDX: the hub's check reports it.
    }
    if (components) {
      problems.push({
        file,
        message: 'uses components (<…/> or import), which the editor cannot keep: edit this text in a text editor instead (see docs/authoring.md)',
      });
    }
  }
  return { folder, slug, files, notes, problems };
}

export class EditorError extends Error {
  override name = 'EditorError';
}

/**
 * Save one item: check the change on a copy of the content folder with the
 * hub's own loader, and write it only if the item then has no problem.
 */
export function persist(contentDir: string, dataFiles: DataFile[], today?: string): SaveResult {
  const plan = planSave(contentDir, dataFiles);
  const files = [...plan.files.keys()];
  if (plan.problems.length > 0) return { ok: false, files, problems: plan.problems, warnings: [], notes: plan.notes };
  if (files.length === 0) return { ok: true, files, problems: [], warnings: [], notes: [...plan.notes, 'Nothing had changed; no file was written.'] };
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'hub-editor-'));
  try {
    const copy = path.join(scratch, 'content');
    cpSync(contentDir, copy, { recursive: true, filter: (source) => !path.basename(source).startsWith('.git') });
    for (const [file, text] of plan.files) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      writeFileSync(path.join(copy, file), text);
    }
    const { problems } = loadContent(copy, today);
    const prefix = `${plan.folder}/${plan.slug}`;
    const mine = problems.filter((problem) => problem.file === prefix || problem.file.startsWith(`${prefix}/`));
    const errors = mine.filter((problem) => !isWarning(problem));
    const warnings = mine.filter(isWarning);
    if (errors.length > 0) return { ok: false, files, problems: errors, warnings, notes: plan.notes };
    for (const [file, text] of plan.files) {
      mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
      writeFileSync(path.join(contentDir, file), text);
    }
    return { ok: true, files, problems: [], warnings, notes: plan.notes };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The hub's messages, one per problem, as `npm run check` prints them. */
export const formatted = (problems: readonly Problem[]) =>
  problems.map((problem) =>
    formatProblem(problem)
      .replace(/^ {2}/, '')
      .replace(/\n {4}/g, '\n  '),
  );
