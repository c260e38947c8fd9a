/**
 * Synthetic content for the benchmark: N resources in all six languages,
 * made deterministically (same N, same files) from sentences of the real
 * content, so texts have realistic length and real Arabic, Chinese and
 * Cyrillic script. They are added to a copy of the real content (whose
 * organizations link to real resources).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FACTS_FILE, ORGANIZATIONS_FOLDER, loadContent } from '../content/load.ts';
import { textRevision } from '../content/revision.ts';
import { CATEGORIES, SECTORS, TOPICS, TYPE_FOLDERS, type ResourceType } from '../content/vocabulary.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { STRINGS } from '../i18n/index.ts';

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const some = <T>(next: () => number, items: readonly T[], max: number): T[] => [
  ...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(next, items))),
];

function flatten(value: unknown): string[] {
  return typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(flatten) : [];
}

/** Sentences of real text in one language: the shipped bodies where translated, and the interface strings. */
function sentences(contentDir: string, locale: Locale): string[] {
  const { content } = loadContent(contentDir);
  const bodies = [...content.resources.values(), ...content.organizations.values()].flatMap((item) => (item.texts[locale] ? [item.texts[locale].body] : []));
  const split = locale === 'zh' ? /(?<=[。！？])/ : /(?<=[.!?؟])\s+/;
  const found = [...bodies, ...flatten(STRINGS[locale])]
    .flatMap((text) => text.replace(/\{\{[^}]*\}\}/g, '').split(/\n+/))
    .filter((line) => !/^\s*(#|\||-|\*|\d+\.)/.test(line) && !line.includes('](') && !/[<{}\\]/.test(line))
    .flatMap((line) => line.split(split))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20);
  return [...new Set(found)].sort();
}

function paragraph(next: () => number, pool: readonly string[], words: number, locale: Locale): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = pick(next, pool);
    out.push(sentence);
    count += locale === 'zh' ? sentence.length / 1.6 : sentence.split(/\s+/).length;
  }
  return out.join(locale === 'zh' ? '' : ' ');
}

/** About 740 words of body: headings and paragraphs, like a real guideline. */
function body(next: () => number, pool: readonly string[], locale: Locale): string {
  const sections = Array.from(
    { length: 6 },
    () => `## ${paragraph(next, pool, 4, locale).slice(0, 60)}\n\n${paragraph(next, pool, 60, locale)}\n\n${paragraph(next, pool, 60, locale)}`,
  );
  return `${sections.join('\n\n')}\n`;
}

const yamlString = (text: string) => JSON.stringify(text);

/** Returns how many resources it made and the English text of the first (for a rebuild after one change). */
export function generateContent(sourceDir: string, targetDir: string, n: number, seed = 197): { resources: number; firstText: string } {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  cpSync(sourceDir, targetDir, { recursive: true });
  const { content } = loadContent(sourceDir);
  const countries = [...content.countries.keys()];
  const organizations = existsSync(path.join(sourceDir, ORGANIZATIONS_FOLDER))
    ? readdirSync(path.join(sourceDir, ORGANIZATIONS_FOLDER)).filter((name) => !name.startsWith('.'))
    : [];
  const pools = Object.fromEntries(LOCALES.map((locale) => [locale, sentences(sourceDir, locale)])) as Record<Locale, string[]>;
  const next = random(seed);
  let firstType: ResourceType = 'guideline';
  for (let index = 0; index < n; index++) {
    // Half best practices, a third guidelines, the rest templates: roughly the mix of the real corpus.
    const roll = next();
    const type: ResourceType = roll < 0.5 ? 'best-practice' : roll < 0.85 ? 'guideline' : 'strategy-template';
    if (index === 0) firstType = type;
    const slug = `synthetic-${String(index + 1).padStart(5, '0')}`;
    const folder = path.join(targetDir, TYPE_FOLDERS[type], slug);
    mkdirSync(folder, { recursive: true });
    const day = String(1 + (index % 28)).padStart(2, '0');
    writeFileSync(
      path.join(folder, FACTS_FILE.resource),
      [
        ...(type === 'best-practice' ? ['kind: deployment'] : []),
        `categories: [${some(next, CATEGORIES, 2).join(', ')}]`,
        `sectors: [${some(next, SECTORS, 2).join(', ')}]`,
        `topics: [${some(next, TOPICS, 3).join(', ')}]`,
        `countries: [${some(next, countries, 3).join(', ')}]`,
        `organizations: [${organizations.length ? some(next, organizations, 2).join(', ') : ''}]`,
        `published: 2026-${String(1 + (index % 11)).padStart(2, '0')}-${day}`,
        `checked: 2026-11-${day}`,
        'licence: CC-BY-4.0',
        'sources:',
        `  - { title: ${yamlString(`Synthetic source ${index + 1}`)}, publisher: Benchmark, year: 2026, noAddress: generated for the benchmark }`,
        '',
      ].join('\n'),
    );
    const english = {
      title: paragraph(next, pools.en, 8, 'en').slice(0, 120),
      summary: paragraph(next, pools.en, 30, 'en').slice(0, 300),
      body: body(next, pools.en, 'en'),
    };
    const revision = textRevision(english);
    for (const locale of LOCALES) {
      const text =
        locale === SOURCE_LOCALE
          ? english
          : {
              title: paragraph(next, pools[locale], 8, locale).slice(0, 120),
              summary: paragraph(next, pools[locale], 30, locale).slice(0, 300),
              body: body(next, pools[locale], locale),
            };
      const translation = locale === SOURCE_LOCALE ? '' : `translation:\n  status: machine-assisted\n  sourceRevision: ${revision}\n`;
      writeFileSync(
        path.join(folder, `${locale}.mdx`),
        `---\ntitle: ${yamlString(text.title)}\nsummary: ${yamlString(text.summary)}\n${translation}---\n\n${text.body}`,
      );
    }
  }
  return { resources: n, firstText: path.join(targetDir, TYPE_FOLDERS[firstType], 'synthetic-00001', `${SOURCE_LOCALE}.mdx`) };
}
