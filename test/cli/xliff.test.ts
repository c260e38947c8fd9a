/**
 * The translators' round trip, as a translator's CAT tool would do it: export
 * XLIFF 2.0, fill in <target> elements, import, check and build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run.ts';

interface Row {
  folder: string;
  states: Record<string, string>;
}
const stateOf = (dir: string, folder: string, locale: string) =>
  (JSON.parse(runCli('translations', ['--json'], { HUB_CONTENT_DIR: dir }).stdout) as Row[]).find((row) => row.folder === folder)!.states[locale];

/** Exports French from a fresh copy of the fixture content; returns the folder and the XLIFF text. */
function exported(): { dir: string; xlf: string; xml: string } {
  const dir = contentWith();
  const out = `${dir}-xliff`;
  const result = runCli('translations', ['--export', out, '--lang', 'fr'], { HUB_CONTENT_DIR: dir });
  expect(result.status, result.stderr).toBe(0);
  const xlf = path.join(out, 'fr.xlf');
  return { dir, xlf, xml: readFileSync(xlf, 'utf8') };
}

/** What a CAT tool writes: a target after each source (here the source with every run of text marked as French, after its leading space). */
function translated(xml: string, edit: (target: string, unit: string) => string = (target) => target): string {
  let unit = '';
  return xml.replace(/<unit id="([^"]+)">|<source>([\s\S]*?)<\/source>/g, (whole, id: string | undefined, source: string | undefined) => {
    if (id) {
      unit = id;
      return whole;
    }
    const target = source!.replace(/>(\s*)([^<\s][^<]*)</g, '>$1FR $2<').replace(/^([^<]+)/, 'FR $1');
    return `${whole}<target>${edit(target, unit)}</target>`;
  });
}

function importing(dir: string, xlf: string, xml: string, args: string[] = []) {
  writeFileSync(xlf, xml);
  return runCli('translations', ['--import', xlf, ...args], { HUB_CONTENT_DIR: dir });
}

describe('npm run translations -- --export', () => {
  it('writes one XLIFF 2.0 file with a unit per block of each text missing or stale in the language', () => {
    const { xml } = exported();
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">');
    // Missing (template, practice) and stale (organization) texts; the reviewed guideline is not exported.
    expect(xml).toContain('original="templates/example-template/en.mdx"');
    expect(xml).toContain('original="organizations/example-org/en.mdx"');
    expect(xml).not.toContain('original="guidelines/example-guideline/en.mdx"');
    // A link is a tag the translator moves but cannot edit; its target is kept in originalData and explained in a note.
    expect(xml).toContain('<pc id="2" dataRefStart="d2s" dataRefEnd="d2e" type="link" dispStart="[" dispEnd="](country:TON)">Tonga</pc>');
    expect(xml).toContain('<data id="d2e">](country:TON)</data>');
    expect(xml).toContain('Tag 2 is a link to country:TON');
    expect(xml).toContain('<unit id="title">');
    expect(xml).toMatch(/<note category="revision">r[0-9a-f]{9}<\/note>/);
  });
});

describe('npm run translations -- --import', () => {
  it('writes the translations back with their source revision; the check passes and the page shows them', () => {
    const { dir, xlf, xml } = exported();
    const result = importing(dir, xlf, translated(xml));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('templates/example-template/fr.mdx');
    const file = readFileSync(path.join(dir, 'templates/example-template/fr.mdx'), 'utf8');
    expect(file).toContain('title: FR Example template');
    // The Markdown structure and the links are the English ones.
    expect(file).toContain('**FR Guidance.** FR Write the vision.');
    expect(file).toContain('[FR Tonga](country:TON)');
    expect(file).toContain('| --- | --- | --- |');
    expect(stateOf(dir, 'templates/example-template', 'fr')).toBe('machine-assisted');
    expect(stateOf(dir, 'organizations/example-org', 'fr')).toBe('machine-assisted');
    const check = runCli('check', [], { HUB_CONTENT_DIR: dir });
    expect(check.status, check.stderr).toBe(0);
    const out = `${dir}-site`;
    const built = runCli('build', [], { HUB_CONTENT_DIR: dir, HUB_OUT_DIR: out, HUB_LOG_LEVEL: 'warn' });
    expect(built.status, built.stderr).toBe(0);
    const page = readFileSync(path.join(out, 'fr/resources/example-template/index.html'), 'utf8');
    expect(page).toContain('FR Example template');
    expect(page).toContain('<strong>FR Guidance.</strong> FR Write the vision.');
  }, 180_000);

  it('records a review when told the date, and the status counts it', () => {
    const { dir, xlf, xml } = exported();
    expect(importing(dir, xlf, translated(xml), ['--reviewed-on', '2026-12-07']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'best-practices/example-practice/fr.mdx'), 'utf8')).toContain('reviewedOn: 2026-12-07');
    expect(stateOf(dir, 'best-practices/example-practice', 'fr')).toBe('reviewed');
    expect(runCli('translations', [], { HUB_CONTENT_DIR: dir }).stdout).toContain('fr: 4 reviewed');
    expect(importing(dir, xlf, translated(xml), ['--reviewed-on', 'yesterday']).stderr).toContain('--reviewed-on "yesterday" must be a date');
  });

  const refusals: [string, (xml: string, dir: string) => string, string][] = [
    [
      'a link that was changed',
      (xml) => translated(xml, (target, unit) => (unit === 'b2' ? target.replace('dataRefEnd="d2e"', 'dataRefEnd="d9e"') : target)),
      'unit b2: tag 2 (the link to country:TON) was changed',
    ],
    [
      'a tag left out',
      (xml) => translated(xml, (target, unit) => (unit === 'b2' ? target.replace(/<pc id="2"[^>]*>([^<]*)<\/pc>/, '$1') : target)),
      'unit b2: tag 2 (the link to country:TON) is missing from the translation',
    ],
    ['a unit not translated', (xml) => translated(xml, (target, unit) => (unit === 'summary' ? '' : target)), 'unit summary: has no translation'],
    [
      'split tags',
      (xml) => translated(xml, (target, unit) => (unit === 'b1' ? `<sc id="9"/>${target}<ec startRef="9"/>` : target)),
      'split tags (<sc>) cannot be imported',
    ],
    ['a file that is not XML', (xml) => translated(xml).replace('</xliff>', ''), 'is not well-formed XML'],
    [
      'formatting Markdown would not read back',
      (xml) => translated(xml, (target, unit) => (unit === 'b2' ? target.replace('</pc> FR Write', '</pc>FR Write') : target)),
      'templates/example-template/en.mdx, unit b2: the translation would change the Markdown structure',
    ],
    ['a title too long', (xml) => translated(xml, (target, unit) => (unit === 'title' ? 'T'.repeat(150) : target)), 'unit title: is too long'],
    [
      'an English text that changed since the export',
      (xml, dir) => {
        const english = path.join(dir, 'templates/example-template/en.mdx');
        writeFileSync(english, readFileSync(english, 'utf8').replace('Write the vision.', 'Write the vision first.'));
        return translated(xml);
      },
      'templates/example-template/en.mdx: the English has changed since this file was exported',
    ],
  ];
  it.each(refusals)('refuses %s, saying where, and writes nothing', (_name, edit, message) => {
    const { dir, xlf, xml } = exported();
    const result = importing(dir, xlf, edit(xml, dir));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the import was refused and nothing was written');
    expect(result.stderr).toContain(message);
    expect(existsSync(path.join(dir, 'best-practices/example-practice/fr.mdx'))).toBe(false);
    expect(existsSync(path.join(dir, 'templates/example-template/fr.mdx'))).toBe(false);
  });
});
