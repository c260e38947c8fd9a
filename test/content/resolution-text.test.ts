/**
 * The shipped copy of Resolution 197 against the reference text it was
 * transcribed from: same paragraphs, same numbers, same wording (whitespace
 * aside). The reference itself is not part of the project; its fingerprints
 * are (test/fixtures/resolution-197-fingerprints.json), made from it with
 * operativeParagraphs() and fingerprint() in test/helpers/resolution-reference.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { paragraphsOf } from '../../src/content/paragraphs.ts';
import { fingerprint } from '../helpers/resolution-reference.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { settings } from '../../src/settings.ts';

const stored = JSON.parse(readFileSync(path.join(FIXTURES, 'resolution-197-fingerprints.json'), 'utf8')) as { heading: string; number?: number; text: string }[];
const resolution = loadContent(settings().HUB_CONTENT_DIR).content.resolution!;
const paragraphs = paragraphsOf(resolution);

/** The anchors readers and resources link to, the same in every language. */
const IDS = [
  'resolves-1', 'resolves-2',
  ...[1, 2, 3, 4, 5].map((n) => `instructs-secretary-general-${n}`),
  ...[1, 2, 3].map((n) => `instructs-tsb-br-${n}`),
  'instructs-br',
  ...[1, 2, 3].map((n) => `instructs-bdt-${n}`),
  ...[1, 2].map((n) => `instructs-council-${n}`),
  ...[1, 2, 3].map((n) => `invites-member-states-${n}`),
  ...[1, 2, 3, 4, 5].map((n) => `invites-membership-${n}`),
];

describe('Resolution 197 as shipped', () => {
  it('has the 24 operative paragraphs, in order, with their anchors', () => {
    expect(paragraphs.map((paragraph) => paragraph.id)).toEqual(IDS);
  });

  it('quotes every heading, number and paragraph exactly as the reference text', () => {
    const shipped = paragraphs.map((paragraph) => ({
      heading: fingerprint(paragraph.section.heading),
      ...(paragraph.number === undefined ? {} : { number: paragraph.number }),
      text: fingerprint(paragraph.text),
    }));
    expect(shipped).toEqual(stored);
  });

  it('has a summary in every language for every paragraph', () => {
    for (const paragraph of paragraphs) expect(Object.keys(paragraph.summary).sort(), paragraph.id).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });
});
