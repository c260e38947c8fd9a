/**
 * A second build after a publisher's edits renders only the pages the edits
 * change (Astro's incremental build, keys from src/lib/page-keys.ts) and
 * reuses unchanged search indexes and compressed twins, yet writes exactly
 * what a cold build of the edited content writes.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { astroCacheDir } from '../../src/pipeline/astro-cache.ts';
import { settings } from '../../src/settings.ts';
import { fingerprint } from '../helpers/fingerprint.ts';
import { OUTPUT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run.ts';

const WORK = path.join(OUTPUT, 'incremental');
const CONTENT = path.join(WORK, 'content');

/** Builds the edited content into a folder; `cold` empties Astro's cache for it first. */
function build(outDir: string, cold: boolean): string {
  const env = { HUB_CONTENT_DIR: CONTENT, HUB_OUT_DIR: outDir };
  if (cold) rmSync(astroCacheDir(settings({ ...process.env, ...env })), { recursive: true, force: true });
  const result = runCli('build', [], { ...env, HUB_LOG_LEVEL: 'info' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Pages Astro rendered, not restored from its cache: "├─ /fr/…/index.html (+3ms)". */
function renderedPages(log: string): string[] {
  return [...log.matchAll(/├─ (\S+) \(\+[\d.]+m?s\)(?! \((?:cached|restored)\))/g)].map((match) => match[1]!);
}

describe('a rebuild after an edit', () => {
  it('renders only the pages the edit changes and writes what a cold build writes', () => {
    rmSync(WORK, { recursive: true, force: true });
    cpSync(settings().HUB_CONTENT_DIR, CONTENT, { recursive: true });
    const site = path.join(WORK, 'site');
    build(site, true);

    const { content } = loadContent(CONTENT);
    const resources = [...content.resources.values()].filter((resource) => LOCALES.every((locale) => resource.texts[locale]));
    const edit = (slug: string, locale: string, change: (text: string) => string) => {
      const file = path.join(CONTENT, content.resources.get(slug)!.folder, `${locale}.mdx`);
      const before = readFileSync(file, 'utf8');
      expect(change(before)).not.toBe(before);
      writeFileSync(file, change(before));
    };
    const [french, retitled, english] = [
      resources[0]!.slug,
      resources.slice(1, -1).find((resource) => readFileSync(path.join(CONTENT, resource.texts.fr!.file), 'utf8').includes('\ntitle: "'))!.slug,
      resources.at(-1)!.slug,
    ];
    expect(new Set([french, retitled, english]).size).toBe(3);

    // French only: one body, and one title (which French lists show).
    edit(french, 'fr', (text) => `${text}\nUne phrase ajoutée avant la deuxième construction.\n`);
    edit(retitled, 'fr', (text) => text.replace('\ntitle: "', '\ntitle: "Révisé : '));
    let log = build(site, false);
    let rendered = renderedPages(log);
    expect(rendered.filter((page) => page.startsWith('/fr/')).length).toBe(log.split('\n').filter((line) => line.includes('├─ /fr/')).length);
    // Outside French, only the pages without a key (the staff page lists every revision).
    expect(rendered.filter((page) => /^\/(ar|en|es|ru|zh)\//.test(page))).toEqual(
      LOCALES.filter((locale) => locale !== 'fr').map((locale) => `/${locale}/translations/index.html`),
    );
    expect(log).toMatch(/search index: .*5 of 6 languages unchanged/);

    // An English body: its page in every language changes (the translations become stale), no other resource page does.
    edit(english, 'en', (text) => `${text}\nOne sentence added before the third build.\n`);
    log = build(site, false);
    rendered = renderedPages(log);
    expect(rendered.filter((page) => page.includes('/resources/'))).toEqual(LOCALES.map((locale) => `/${locale}/resources/${english}/index.html`));
    expect(readFileSync(path.join(site, 'en/resources', english, 'index.html'), 'utf8')).toContain('One sentence added before the third build.');

    const cold = path.join(WORK, 'cold');
    build(cold, true);
    const [warm, fresh] = [fingerprint(site), fingerprint(cold)];
    expect(warm.size).toBeGreaterThan(1000);
    expect([...new Set([...warm.keys(), ...fresh.keys()])].filter((file) => warm.get(file) !== fresh.get(file))).toEqual([]);
  }, 600_000);
});
