/**
 * npm run new: start a new resource or organization, or a translation.
 *
 *   npm run new                                          asks questions (in a terminal)
 *   npm run new -- --type guideline --slug my-slug       for scripts (types: best-practice, guideline,
 *                                                        strategy-template, organization)
 *   npm run new -- --translate my-slug --lang fr         start the French text of an existing item
 */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KINDS, ScaffoldError, checkKind, checkSlug, folderOf, scaffoldItem, scaffoldTranslation } from '../content/scaffold.ts';
import { isLocale, LOCALES } from '../i18n/locales.ts';
import { settingsOrExit } from '../settings.ts';

const dir = settingsOrExit().HUB_CONTENT_DIR;
const today = new Date().toISOString().slice(0, 10);

/** One prompt for all questions; lines typed ahead wait for the next question. */
let prompt: ReturnType<typeof createInterface> | undefined;
let lines: AsyncIterator<string> | undefined;

async function ask(question: string, check: (answer: string) => string): Promise<string> {
  prompt ??= createInterface({ input: process.stdin, output: process.stdout });
  lines ??= prompt[Symbol.asyncIterator]();
  for (;;) {
    process.stdout.write(question);
    const next = await lines.next();
    if (next.done) throw new ScaffoldError('No answer given; nothing was created.');
    const answer = next.value.trim();
    try {
      return check(answer);
    } catch (error) {
      if (!(error instanceof ScaffoldError)) throw error;
      process.stdout.write(`  ${error.message}\n`);
    }
  }
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

function report(files: string[], next: string): void {
  process.stdout.write(`Created:\n${files.map((file) => `  ${shown(file)}`).join('\n')}\n\n${next}\n`);
}

try {
  const { values } = parseArgs({ options: { type: { type: 'string' }, slug: { type: 'string' }, translate: { type: 'string' }, lang: { type: 'string' } } });
  if (values.translate !== undefined) {
    const lang = values.lang ?? '';
    if (!isLocale(lang)) throw new ScaffoldError(`--lang must be one of: ${LOCALES.join(', ')}`);
    const folder = KINDS.map((kind) => folderOf(dir, kind, values.translate!)).find((candidate) => existsSync(candidate));
    if (!folder) throw new ScaffoldError(`No resource or organization has the slug "${values.translate}".`);
    report(
      [scaffoldTranslation(folder, lang)],
      'Translate the title, summary and text; set status to reviewed once a person has checked it. Then run npm run check.',
    );
  } else {
    const interactive = process.stdin.isTTY && (values.type === undefined || values.slug === undefined);
    if (!interactive && (values.type === undefined || values.slug === undefined)) {
      throw new ScaffoldError(`Give both --type (${KINDS.join(', ')}) and --slug, or run npm run new in a terminal to be asked.`);
    }
    const kind = values.type !== undefined ? checkKind(values.type) : checkKind(await ask(`Type (${KINDS.join(', ')}): `, (answer) => checkKind(answer)));
    const slug =
      values.slug ?? (await ask('Slug (lower-case words joined by hyphens, e.g. tonga-early-warning): ', (answer) => (checkSlug(dir, kind, answer), answer)));
    report(
      scaffoldItem(dir, kind, slug, today),
      'Fill in the facts and the English text, then preview with npm run dev or check with npm run check. docs/authoring.md explains every field.',
    );
  }
  prompt?.close();
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
