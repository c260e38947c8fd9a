/**
 * Saving one item from Decap CMS: its virtual files are split back into the
 * facts file and the texts, only the files whose content changed are
 * written, and nothing is written when the hub's own checks find a problem in
 * the item.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { loadContent } from '../content/load.ts';
import { formatProblem, isWarning, type Problem } from '../content/problems.ts';
import { revisionOfText } from '../content/revision.ts';
import { usesComponents } from '../content/uses-components.ts';
import { normalizeFacts, writeFacts } from './facts-yaml.ts';
import { readText, statusValue, textHeader, writeText } from './item-texts.ts';
import { folderUsing, isDir, kindOf, parseVirtual, parseVirtualPath, STATUS_FIELD, type Data, type ItemFolder } from './virtual-files.ts';
import { clean, day, same } from './written-values.ts';

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
