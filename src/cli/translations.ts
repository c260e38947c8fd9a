/**
 * npm run translations: which items are missing, stale, machine-assisted or
 * reviewed in each language.
 *
 *   npm run translations                      table for people
 *   npm run translations -- --json            the same as JSON, for tools
 *   npm run translations -- --fail-on missing exit 1 if any text is missing (also: stale, machine-assisted)
 *   npm run translations -- --export <folder> [--lang fr]
 *                                             one XLIFF 2.0 file per language (<folder>/fr.xlf) of the texts
 *                                             missing or stale in it, for CAT tools
 *   npm run translations -- --import <file.xlf> [--reviewed-on 2026-12-07]
 *                                             write the translations back into the MDX files; refused,
 *                                             writing nothing, if any unit is wrong or out of date
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent, type Content } from '../content/load.ts';
import { blocking, formatProblems } from '../content/problems.ts';
import { LOCALES, SOURCE_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { translationTable, type TranslationRow, type TranslationState } from '../lib/translation.ts';
import { settingsOrExit } from '../settings.ts';
import { exportLanguage, importXliff } from '../translation/exchange.ts';
import { writeXliff } from '../translation/xliff.ts';

function exit(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const FAILABLE = ['missing', 'stale', 'machine-assisted'] as const;
const SHORT: Record<TranslationState, string> = { original: 'source', missing: 'MISSING', stale: 'STALE', 'machine-assisted': 'machine', reviewed: 'reviewed' };

function rowsOf(content: Content): TranslationRow[] {
  return translationTable(
    [
      ...[...content.resources.values()].map((resource) => ({ kind: 'resource' as const, id: resource.slug, folder: resource.folder, item: resource })),
      ...[...content.organizations.values()].map((organization) => ({
        kind: 'organization' as const,
        id: organization.id,
        folder: organization.folder,
        item: organization,
      })),
    ],
    LOCALES,
  );
}

function table(rows: TranslationRow[]): string {
  const headers = ['item', 'revision', ...LOCALES];
  const body = rows.map((row) => [row.folder, row.revision, ...LOCALES.map((locale) => SHORT[row.states[locale]])]);
  const widths = headers.map((header, column) => Math.max(header.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const totals = LOCALES.map((locale) => {
    const count = (state: TranslationState) => rows.filter((row) => row.states[locale] === state).length;
    return `${locale}: ${count('reviewed')} reviewed, ${count('machine-assisted')} machine-assisted, ${count('stale')} stale, ${count('missing')} missing`;
  });
  return [line(headers), ...body.map(line), '', ...totals, ''].join('\n');
}

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'fail-on': { type: 'string', multiple: true, default: [] },
    export: { type: 'string' },
    import: { type: 'string' },
    lang: { type: 'string' },
    'reviewed-on': { type: 'string' },
  },
});
const failOn = values['fail-on'].flatMap((value) => value.split(','));
const unknown = failOn.filter((value) => !(FAILABLE as readonly string[]).includes(value));
if (unknown.length > 0) {
  process.stderr.write(`--fail-on: unknown state "${unknown.join('", "')}"; allowed: ${FAILABLE.join(', ')}\n`);
  process.exit(2);
}

const { content, problems } = loadContent(settingsOrExit().HUB_CONTENT_DIR);
if (blocking(problems).length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}
if (values.export !== undefined) {
  const locales = values.lang === undefined ? LOCALES.filter((locale) => locale !== SOURCE_LOCALE) : [values.lang];
  const wrong = locales.filter((locale) => !isLocale(locale) || locale === SOURCE_LOCALE);
  if (wrong.length > 0)
    exit(`--lang "${wrong.join(', ')}" is not a language to translate into; allowed: ${LOCALES.filter((l) => l !== SOURCE_LOCALE).join(', ')}`);
  mkdirSync(values.export, { recursive: true });
  for (const locale of locales as Locale[]) {
    const { doc, skipped } = exportLanguage(content, locale);
    const file = path.join(values.export, `${locale}.xlf`);
    writeFileSync(file, writeXliff(doc));
    const units = doc.files.reduce((sum, text) => sum + text.units.length, 0);
    process.stdout.write(
      `${file}: ${doc.files.length} text(s) missing or stale in ${locale}, ${units} units\n${skipped.map((line) => `  not exported: ${line}\n`).join('')}`,
    );
  }
  process.exit(0);
}
if (values.import !== undefined) {
  const reviewedOn = values['reviewed-on'];
  if (reviewedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(reviewedOn))
    exit(`--reviewed-on "${reviewedOn}" must be a date like 2026-12-07: the day a person reviewed these translations`);
  let xml: string;
  try {
    xml = readFileSync(values.import, 'utf8');
  } catch {
    exit(`${values.import}: cannot be read`);
  }
  const { files, problems: refused } = importXliff(content, xml, reviewedOn === undefined ? {} : { reviewedOn });
  if (refused.length > 0)
    exit(
      `${values.import}: the import was refused and nothing was written (${refused.length} problem(s)):\n${refused.map((line) => `  - ${line}`).join('\n')}`,
    );
  for (const file of files) writeFileSync(path.join(content.dir, file.file), file.text);
  process.stdout.write(
    `Imported ${files.length} text(s)${reviewedOn ? `, reviewed on ${reviewedOn}` : ' (machine-assisted until reviewed)'}:\n${files.map((file) => `  ${file.file}`).join('\n')}\nRun npm run check.\n`,
  );
  process.exit(0);
}

const rows = rowsOf(content);
process.stdout.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : table(rows));
const failing = rows.flatMap((row) =>
  LOCALES.filter((locale) => failOn.includes(row.states[locale])).map((locale) => `${row.folder} (${locale}): ${row.states[locale]}`),
);
if (failing.length > 0) {
  process.stderr.write(`\n${failing.length} text(s) are ${failOn.join(' or ')}:\n${failing.map((line) => `  ${line}`).join('\n')}\n`);
  process.exitCode = 1;
}
