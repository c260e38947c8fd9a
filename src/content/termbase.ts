/**
 * The termbase (content/termbase.yaml): the official term of each concept in
 * the six languages and the variants that are wrong. `npm run check` and the
 * build look for rejected variants in the interface strings (errors: they are
 * the code's) and in the content texts (warnings, listed all at once).
 */
import { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { Problem } from './problems.ts';

const entry = z
  .object({
    term: z.string().min(1).describe('The official full term, as used in running text.'),
    abbr: z.string().min(1).optional().describe('The abbreviation, where the UN or ITU uses one in this language.'),
    label: z.string().min(1).optional().describe('Short form for tags and filters, where it differs from abbr.'),
    reject: z.array(z.string().min(2)).default([]).describe('Variants that are wrong in this language, exactly as they appear in text.'),
  })
  .strict();

export const conceptSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    ...Object.fromEntries(LOCALES.map((locale) => [locale, entry])) as Record<Locale, typeof entry>,
    source: z.string().min(3).describe('Where the terms were found.'),
    note: z.string().optional(),
  })
  .strict();

export const termbaseSchema = z.object({ concepts: z.array(conceptSchema).min(1) }).strict();
export type Termbase = z.output<typeof termbaseSchema>;
export type Concept = z.output<typeof conceptSchema>;

export interface Rejection {
  concept: string;
  locale: Locale;
  variant: string;
  /** What to write instead. */
  expected: string;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A Latin or Cyrillic variant matches as a whole word of its script (LDC is
 * not found in LLDC, but is found in Chinese text around it); a variant in
 * Arabic or Chinese script matches anywhere, since those scripts attach
 * particles or use no spaces.
 */
function patternOf(variant: string): RegExp {
  const body = escape(variant);
  for (const script of ['Latin', 'Cyrillic']) {
    if (new RegExp(`^[\\p{Script=${script}}\\d\\s&.'’-]+$`, 'u').test(variant)) {
      const letter = `[\\p{Script=${script}}\\p{N}]`;
      return new RegExp(`(?<!${letter})${body}(?!${letter})`, 'gu');
    }
  }
  return new RegExp(body, 'gu');
}

export function rejections(termbase: Termbase): Rejection[] {
  return termbase.concepts.flatMap((concept) =>
    LOCALES.flatMap((locale) => {
      const term = concept[locale];
      const expected = term.abbr && term.abbr !== term.term ? `${term.term} (${term.abbr})` : term.term;
      return term.reject.map((variant) => ({ concept: concept.id, locale, variant, expected, pattern: patternOf(variant) }));
    }),
  );
}

export interface Finding {
  rejection: Rejection;
  /** Offset of the match in the text. */
  index: number;
}

/** Every rejected variant in one text of one language; overlapping matches (e.g. "وSIDS" and "SIDS") count once. */
export function findRejected(text: string, locale: Locale, all: readonly Rejection[]): Finding[] {
  const found: Finding[] = [];
  for (const rejection of all) {
    if (rejection.locale !== locale) continue;
    for (const match of text.matchAll(rejection.pattern)) found.push({ rejection, index: match.index });
  }
  found.sort((a, b) => a.index - b.index || b.rejection.variant.length - a.rejection.variant.length);
  return found.filter((finding, i) => i === 0 || finding.index >= found[i - 1]!.index + found[i - 1]!.rejection.variant.length);
}

export function describeFinding(finding: Finding): Pick<Problem, 'value' | 'message' | 'suggestion'> {
  const { rejection } = finding;
  return {
    value: rejection.variant,
    message: `is not the term the termbase gives in this language (concept "${rejection.concept}" in content/termbase.yaml)`,
    suggestion: rejection.expected,
  };
}

interface TextNode {
  type?: string;
  value?: string;
  position?: { start: { line: number; offset?: number } };
  children?: TextNode[];
}

/** The prose of an MDX body with the line of each piece: link targets and code are not prose and are left out. */
export function proseOf(body: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const walk = (node: TextNode) => {
    if (node.type === 'inlineCode' || node.type === 'code') return;
    if (node.type === 'text' && node.value) out.push({ text: node.value, line: node.position?.start.line ?? 1 });
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body) as TextNode);
  return out;
}
