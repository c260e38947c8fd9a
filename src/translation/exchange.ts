/**
 * The translators' round trip: what to export for a language (texts missing
 * or stale there), and the checks and files of an import. An import writes
 * nothing unless every text in it is whole and matches the current English.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import type { Content } from '../content/load.ts';
import { organizationTextSchema, textSchema } from '../content/schemas.ts';
import { check } from '../content/zod-problems.ts';
import { LOCALES, SOURCE_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { translationState, type TranslatableItem } from '../lib/translation.ts';
import { UnsupportedMarkup, blocksOf, markdownOf, plainText, tagsOf, withBlocks, type Block, type Inline, type Tag } from './blocks.ts';
import { readXliff, type XliffDocument, type XliffFile, type XliffUnit } from './xliff.ts';

/** The English of one item, as the exchange sees it. */
interface SourceText {
  folder: string;
  kind: 'resource' | 'organization';
  /** Frontmatter fields translators translate, in file order (title or name, shortName, summary). */
  fields: [string, string][];
  body: string;
  revision: string;
  /** The item, for the translation state of each language. */
  item: TranslatableItem;
}

function sourceTexts(content: Content): SourceText[] {
  const items = [
    ...[...content.resources.values()].map((item) => ({ kind: 'resource' as const, item })),
    ...[...content.organizations.values()].map((item) => ({ kind: 'organization' as const, item })),
  ];
  return items.flatMap(({ kind, item }) => {
    const english = item.texts[SOURCE_LOCALE];
    if (!english) return [];
    const data = english.data as Record<string, unknown>;
    const fields = (kind === 'resource' ? ['title', 'summary'] : ['name', 'shortName', 'summary']).flatMap((key): [string, string][] =>
      typeof data[key] === 'string' ? [[key, data[key]]] : [],
    );
    return [{ folder: item.folder, kind, fields, body: english.body, revision: english.revision, item }];
  });
}

const state = (text: SourceText, locale: Locale) => translationState(text.item, locale);

const NUMBER = /\d+(?:[.,\u00a0\u202f ]\d+)*/g;

function notesOf(inline: readonly Inline[]): string[] {
  const notes = tagsOf(inline).map((tag) => {
    if (tag.kind === 'link') return `Tag ${tag.id} is a link to ${tag.url}: keep it around the words that name its target.`;
    if (tag.kind === 'code') return `Tag ${tag.id} is code (${tag.start}): it is not translated.`;
    return `Tag ${tag.id} is formatting (${tag.start}${tag.end ? '…' + tag.end : ''}).`;
  });
  const numbers = [...new Set(plainText(inline).match(NUMBER))];
  if (numbers.length > 0) notes.push(`Numbers in the English: ${numbers.join('; ')}. Keep every figure; write it as your language does.`);
  return notes;
}

function unitsOf(text: SourceText): { units: XliffUnit[]; blocks: Block[] } {
  const blocks = blocksOf(text.body);
  const units = [
    ...text.fields.map(([key, value]) => ({ id: key, source: [value], notes: notesOf([value]) })),
    ...blocks.map((block) => ({
      id: block.id,
      source: block.inline,
      notes: [`${block.kind === 'cell' ? 'Table cell' : block.kind === 'heading' ? 'Heading' : 'Paragraph'}.`, ...notesOf(block.inline)],
    })),
  ];
  return { units, blocks };
}

const englishFile = (text: SourceText) => `${text.folder}/${SOURCE_LOCALE}.mdx`;

/** The XLIFF document of one language: every text missing or stale in it. Texts that use components cannot be exported. */
export function exportLanguage(content: Content, locale: Locale): { doc: XliffDocument; skipped: string[] } {
  const files: XliffFile[] = [];
  const skipped: string[] = [];
  for (const text of sourceTexts(content)) {
    if (!['missing', 'stale'].includes(state(text, locale))) continue;
    try {
      files.push({ original: englishFile(text), revision: text.revision, units: unitsOf(text).units });
    } catch (error) {
      if (!(error instanceof UnsupportedMarkup)) throw error;
      skipped.push(`${englishFile(text)}: uses a component (${error.message}); translate it in the file itself`);
    }
  }
  return { doc: { srcLang: SOURCE_LOCALE, trgLang: locale, files }, skipped };
}

export interface TranslatedFile {
  /** Path relative to the content folder. */
  file: string;
  text: string;
}

/** A target's tags matched with the source's: the Markdown comes from the English, so links cannot change. */
function matchTags(target: readonly Inline[], source: readonly Inline[], where: string, problems: string[]): Inline[] {
  const byId = new Map(tagsOf(source).map((tag) => [tag.id, tag]));
  const used = new Set<string>();
  const match = (parts: readonly Inline[]): Inline[] =>
    parts.map((part) => {
      if (typeof part === 'string') return part;
      const original = byId.get(part.id);
      const expected = original && (original.end === undefined ? [`d${part.id}`] : [`d${part.id}s`, `d${part.id}e`]);
      const written = part.end === undefined ? [part.start] : [part.start, part.end];
      if (!original || used.has(part.id)) {
        problems.push(`${where}: tag ${part.id} is ${original ? 'used twice' : 'not in the English'}`);
        return '';
      }
      used.add(part.id);
      if ((original.end === undefined) !== (part.end === undefined) || written.some((ref, index) => ref !== '' && ref !== expected![index])) {
        problems.push(`${where}: tag ${part.id} (${describe(original)}) was changed; keep it as it is in the English`);
      }
      return { ...original, ...(part.children && { children: match(part.children) }) };
    });
  const out = match(target);
  for (const tag of tagsOf(source)) if (!used.has(tag.id)) problems.push(`${where}: tag ${tag.id} (${describe(tag)}) is missing from the translation`);
  return out;
}

function describe(tag: Tag): string {
  return tag.kind === 'link' ? `the link to ${tag.url}` : tag.end === undefined ? tag.start : `${tag.start}…${tag.end}`;
}

/** The file of one imported text, or the problems that keep it from being written. */
function importText(text: SourceText, file: XliffFile, locale: Locale, reviewedOn: string | undefined): { written?: TranslatedFile; problems: string[] } {
  const problems: string[] = [];
  const { units, blocks } = unitsOf(text);
  const read = new Map(file.units.map((unit) => [unit.id, unit]));
  if (file.revision !== text.revision) {
    const changed = units.filter((unit) => read.has(unit.id) && plainText(read.get(unit.id)!.source) !== plainText(unit.source)).map((unit) => unit.id);
    const added = units.filter((unit) => !read.has(unit.id)).map((unit) => unit.id);
    const detail =
      [changed.length > 0 && `changed: ${changed.join(', ')}`, added.length > 0 && `new: ${added.join(', ')}`].filter(Boolean).join('; ') ||
      'blocks were removed';
    return {
      problems: [
        `${file.original}: the English has changed since this file was exported (revision ${file.revision}, now ${text.revision}; units ${detail}); export it again`,
      ],
    };
  }
  const translated = new Map<string, Inline[]>();
  for (const unit of units) {
    const where = `${file.original}, unit ${unit.id}`;
    const target = read.get(unit.id)?.target;
    if (!target || plainText(target).trim() === '') {
      problems.push(`${where}: has no translation; a text is imported whole`);
      continue;
    }
    translated.set(unit.id, matchTags(target, unit.source, where, problems));
  }
  for (const id of read.keys()) if (!units.some((unit) => unit.id === id)) problems.push(`${file.original}, unit ${id}: is not a block of the English text`);
  if (problems.length > 0) return { problems };

  const field = (key: string) => plainText(translated.get(key)!).replace(/\s+/g, ' ').trim();
  const data: Record<string, unknown> = Object.fromEntries(text.fields.map(([key]) => [key, field(key)]));
  data['translation'] = { status: reviewedOn ? 'reviewed' : 'machine-assisted', sourceRevision: text.revision, ...(reviewedOn && { reviewedOn }) };
  const target = `${text.folder}/${locale}.mdx`;
  const schema = text.kind === 'resource' ? textSchema : organizationTextSchema;
  const invalid = check(schema, { file: target, data, lineOf: () => undefined }).problems;
  for (const problem of invalid)
    problems.push(
      `${file.original}, unit ${problem.field?.split('.')[0]}: ${problem.message}${problem.value === undefined ? '' : ` (found "${String(problem.value)}")`}`,
    );

  const body = withBlocks(text.body, blocks, new Map(blocks.map((block) => [block.id, markdownOf(translated.get(block.id)!, block.kind)])));
  // The result must have the English structure: same blocks, same tags. Markdown can still read a translation
  // differently, e.g. "**bold.**word" (a closing ** between punctuation and a letter is not a closing **).
  const after = blocksOf(body);
  const shape = (block: Block | undefined) =>
    block &&
    `${block.kind}:${tagsOf(block.inline)
      .map((tag) => tag.start + (tag.end ?? ''))
      .join('|')}`;
  const differing = blocks.filter((block, index) => shape(after[index]) !== shape(block)).map((block) => block.id);
  if (differing.length > 0 || after.length !== blocks.length) {
    problems.push(
      `${file.original}, unit ${differing[0] ?? blocks.at(-1)!.id}: the translation would change the Markdown structure (${differing.length > 0 ? `units ${differing.join(', ')}` : 'blocks'}); put a space or punctuation mark after each formatted or linked run of words, and do not start a unit with #, - or a number followed by a full stop`,
    );
  }
  if (problems.length > 0) return { problems };
  return { written: { file: target, text: `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.trimStart()}` }, problems };
}

/** Checks an XLIFF file against the current English; the files to write only if nothing is wrong in any text. */
export function importXliff(
  content: Content,
  xml: string,
  options: { reviewedOn?: string } = {},
): { files: TranslatedFile[]; problems: string[]; locale?: Locale } {
  const { doc, problems: readProblems } = readXliff(xml);
  const messages = [...readProblems];
  const locale = doc?.trgLang;
  if (doc && doc.srcLang !== SOURCE_LOCALE) messages.push(`srcLang is "${doc.srcLang}": the hub translates from English (en)`);
  if (doc && (!locale || !isLocale(locale) || locale === SOURCE_LOCALE))
    messages.push(`trgLang is "${locale ?? ''}": must be one of ${LOCALES.filter((l) => l !== SOURCE_LOCALE).join(', ')}`);
  const files: TranslatedFile[] = [];
  if (doc && messages.length === 0 && locale && isLocale(locale)) {
    const texts = new Map(sourceTexts(content).map((text) => [englishFile(text), text]));
    for (const file of doc.files) {
      const text = texts.get(file.original);
      if (!text) {
        messages.push(`${file.original}: is not the English text of any item in ${path.basename(content.dir)}/`);
        continue;
      }
      const { written, problems } = importText(text, file, locale, options.reviewedOn);
      messages.push(...problems);
      if (written) files.push(written);
    }
  }
  return { files: messages.length > 0 ? [] : files, problems: messages, ...(locale && isLocale(locale) && { locale }) };
}
