/**
 * npm run translations: which items are missing, stale, machine-assisted or
 * reviewed in each language.
 *
 *   npm run translations                      table for people
 *   npm run translations -- --json            the same as JSON, for tools
 *   npm run translations -- --fail-on missing exit 1 if any text is missing (also: stale, machine-assisted)
 */
import { parseArgs } from 'node:util';
import { loadContent, type Content } from '../content/load.ts';
import { blocking, formatProblems } from '../content/problems.ts';
import { LOCALES, SOURCE_LOCALE } from '../i18n/locales.ts';
import { translationTable, type TranslationRow, type TranslationState } from '../lib/translation.ts';
import { settingsOrExit } from '../settings.ts';

const FAILABLE = ['missing', 'stale', 'machine-assisted'] as const;
const SHORT: Record<TranslationState, string> = { original: 'source', missing: 'MISSING', stale: 'STALE', 'machine-assisted': 'machine', reviewed: 'reviewed' };

function rowsOf(content: Content): TranslationRow[] {
  const items = [
    ...[...content.resources.values()].map((resource) => ({ kind: 'resource' as const, id: resource.slug, folder: resource.folder, texts: resource.texts })),
    ...[...content.organizations.values()].map((organization) => ({
      kind: 'organization' as const,
      id: organization.id,
      folder: organization.folder,
      texts: organization.texts,
    })),
  ];
  return translationTable(
    items.map(({ texts, ...rest }) => ({ ...rest, item: { texts, sourceRevision: texts[SOURCE_LOCALE]?.revision ?? '' } })),
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

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, 'fail-on': { type: 'string', multiple: true, default: [] } } });
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
const rows = rowsOf(content);
process.stdout.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : table(rows));
const failing = rows.flatMap((row) =>
  LOCALES.filter((locale) => failOn.includes(row.states[locale])).map((locale) => `${row.folder} (${locale}): ${row.states[locale]}`),
);
if (failing.length > 0) {
  process.stderr.write(`\n${failing.length} text(s) are ${failOn.join(' or ')}:\n${failing.map((line) => `  ${line}`).join('\n')}\n`);
  process.exitCode = 1;
}
