/**
 * Build step: every strategy template in every language as an editable .docx
 * and as Markdown, written beside its page (so offline copies carry them).
 * The text is the translation where one exists, else the English.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, LoadedResource, LoadedText } from '../../content/load.ts';
import type { Text } from '../../content/schemas.ts';
import { textIn } from '../../content/items.ts';
import { parseReference } from '../../content/links.ts';
import { LANG_TAGS, LOCALES, dir, useTranslations, type Locale } from '../../i18n/index.ts';
import { NOTICE_KEYS, translationState } from '../../lib/translation.ts';
import { absolute, fileOfHref, href, referenceHref, resourceFileHref } from '../../lib/urls.ts';
import { codeDigest, digestOf, type BuildCache } from '../build-cache.ts';
import { templateDocx } from './docx.ts';
import { markdownWithLinks, parseBody } from './markdown.ts';

function notes(resource: LoadedResource, locale: Locale, site: string): string[] {
  const t = useTranslations(locale);
  const state = translationState(resource, locale);
  return [
    t('resource.fileSource', { site: t('site.name'), url: absolute(href(locale, { page: 'resource', slug: resource.slug }), site) }),
    t('resource.fileLicence', { licence: t(`licence.${resource.licence}`) }),
    ...(state === 'original' ? [] : [t(NOTICE_KEYS[state])]),
  ];
}

/** What decides a document besides its inputs: this code, the document builders and the addresses of hub links. */
const CODE = codeDigest(
  new URL(import.meta.url),
  new URL('docx.ts', import.meta.url),
  new URL('markdown.ts', import.meta.url),
  new URL('../../lib/urls.ts', import.meta.url),
);

/** Every template in every language as .docx and .md; a document whose inputs are unchanged since the last build comes from the cache. */
export async function writeTemplateFiles(siteDir: string, site: string, content: Content, date: string, cache?: BuildCache): Promise<number> {
  let count = 0;
  for (const resource of content.resources.values()) {
    if (resource.type !== 'strategy-template') continue;
    for (const locale of LOCALES) {
      const { text, locale: textLocale } = textIn(resource, locale);
      const lines = notes(resource, locale, site);
      const files = (['docx', 'md'] as const).map((extension) => path.join(siteDir, fileOfHref(resourceFileHref(locale, resource.slug, extension))));
      for (const file of files) mkdirSync(path.dirname(file), { recursive: true });
      const cached = cache?.entry(digestOf(CODE, JSON.stringify([site, date, locale, textLocale, resource.slug, text.data, text.body, lines])));
      if (cached?.exists) {
        files.forEach((file, index) => copyFileSync(path.join(cached.path, String(index)), file));
      } else {
        const made = await templateFiles(text, textLocale, locale, lines, site, date);
        files.forEach((file, index) => writeFileSync(file, made[index]!));
        if (cached) {
          mkdirSync(cached.path, { recursive: true });
          made.forEach((data, index) => writeFileSync(path.join(cached.path, String(index)), data));
        }
      }
      count += 1;
    }
  }
  cache?.prune();
  return count;
}

/** The .docx and the Markdown of one template text. */
async function templateFiles(
  text: LoadedText<Text>,
  textLocale: Locale,
  locale: Locale,
  lines: string[],
  site: string,
  date: string,
): Promise<[Buffer, string]> {
  const link = (url: string) => {
    const reference = parseReference(url);
    return reference ? absolute(referenceHref(locale, reference), site) : url;
  };
  const tree = parseBody(text.body);
  const docx = await templateDocx({
    title: text.data.title,
    summary: text.data.summary,
    tree,
    lang: LANG_TAGS[textLocale],
    rtl: dir(textLocale) === 'rtl',
    link,
    notes: lines,
    date,
  });
  const markdown = `# ${text.data.title}\n\n*${text.data.summary}*\n\n${lines.map((line) => `> ${line}`).join('\n>\n')}\n\n${markdownWithLinks(text.body, tree, link).trim()}\n`;
  return [docx, markdown];
}
