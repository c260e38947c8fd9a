/**
 * Where the termbase's rejected variants are looked for: the interface
 * strings (errors: fixing them is a code change) and every text publishers
 * write, in its language (warnings). Source titles stay as published and are
 * not checked; nor are link targets and code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { STRINGS } from '../i18n/index.ts';
import { PROJECT_ROOT } from '../settings.ts';
import type { Content, LoadedText } from './load.ts';
import type { Problem } from './problems.ts';
import { describeFinding, findRejected, proseOf, type Rejection } from './termbase.ts';

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

export function checkInterfaceStrings(all: readonly Rejection[]): Problem[] {
  const problems: Problem[] = [];
  for (const locale of LOCALES) {
    const file = `src/i18n/strings/${locale}.json`;
    const raw = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
    for (const [key, value] of flatten(STRINGS[locale])) {
      for (const finding of findRejected(value, locale, all)) {
        const at = raw.indexOf(`"${key.split('.').at(-1)}": ${JSON.stringify(value)}`);
        problems.push({ file, line: at < 0 ? undefined : lineAt(raw, at), field: key, ...describeFinding(finding) });
      }
    }
  }
  return problems;
}

/** Languages that group thousands with a space: it must be a no-break space, or a number breaks across lines. */
const SPACE_GROUPED: readonly Locale[] = ['es', 'fr', 'ru'];
const BREAKING_GROUP = /(?<![\d.,])\d{1,3} \d{3}(?!\d)/gu;

function typography(value: string, locale: Locale): Pick<Problem, 'value' | 'message' | 'suggestion'>[] {
  if (!SPACE_GROUPED.includes(locale)) return [];
  return [...value.matchAll(BREAKING_GROUP)].map((match) => ({
    value: match[0],
    message: 'groups thousands with an ordinary space, so the number can break across lines: use a no-break space (U+00A0)',
    suggestion: match[0].replace(' ', '\u00a0'),
  }));
}

function checkText(text: LoadedText<{ title?: string; name?: string; summary: string }>, locale: Locale, all: readonly Rejection[]): Problem[] {
  const problems: Problem[] = [];
  const warn = (field: string, line: number | undefined, value: string) =>
    [...findRejected(value, locale, all).map(describeFinding), ...typography(value, locale)].map((found) => ({ file: text.file, line, field, severity: 'warning' as const, ...found }));
  const heading = text.data.title === undefined ? 'name' : 'title';
  problems.push(...warn(heading, text.lineOf([heading]), text.data.title ?? text.data.name ?? ''), ...warn('summary', text.lineOf(['summary']), text.data.summary));
  for (const piece of proseOf(text.body)) {
    for (const finding of findRejected(piece.text, locale, all)) {
      problems.push({ file: text.file, line: text.bodyLine + piece.line - 1 + lineAt(piece.text, finding.index) - 1, field: 'text', severity: 'warning', ...describeFinding(finding) });
    }
    for (const found of typography(piece.text, locale)) problems.push({ file: text.file, line: text.bodyLine + piece.line - 1, field: 'text', severity: 'warning', ...found });
  }
  return problems;
}

export function checkTerms(content: Content, all: readonly Rejection[]): Problem[] {
  const problems = checkInterfaceStrings(all);
  for (const item of [...content.resources.values(), ...content.organizations.values()]) {
    for (const locale of LOCALES) {
      const text = item.texts[locale];
      if (text && locale !== SOURCE_LOCALE) problems.push(...checkText(text as LoadedText<{ title?: string; name?: string; summary: string }>, locale, all));
      if (text && locale === SOURCE_LOCALE) problems.push(...checkText(text as LoadedText<{ title?: string; name?: string; summary: string }>, locale, all));
    }
  }
  for (const paragraph of content.resolution?.sections.flatMap((section) => section.paragraphs) ?? []) {
    for (const locale of LOCALES) {
      for (const finding of findRejected(paragraph.summary[locale] ?? '', locale, all)) {
        problems.push({ file: 'resolution.yaml', field: `${paragraph.id}.summary.${locale}`, severity: 'warning', ...describeFinding(finding) });
      }
    }
  }
  return problems;
}
