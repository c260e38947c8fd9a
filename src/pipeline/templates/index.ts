/**
 * Build step: every strategy template in every language as an editable .docx
 * and as Markdown, written beside its page (so offline copies carry them).
 * The text is the translation where one exists, else the English.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, LoadedResource } from '../../content/load.ts';
import { textIn } from '../../content/items.ts';
import { parseReference } from '../../content/links.ts';
import { LANG_TAGS, LOCALES, dir, useTranslations, type Locale } from '../../i18n/index.ts';
import { NOTICE_KEYS, translationState } from '../../lib/translation.ts';
import { absolute, fileOfHref, href, referenceHref, resourceFileHref } from '../../lib/urls.ts';
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

export async function writeTemplateFiles(siteDir: string, site: string, content: Content, date: string): Promise<number> {
  let count = 0;
  for (const resource of content.resources.values()) {
    if (resource.type !== 'strategy-template') continue;
    for (const locale of LOCALES) {
      const { text, locale: textLocale } = textIn(resource, locale);
      const link = (url: string) => {
        const reference = parseReference(url);
        return reference ? absolute(referenceHref(locale, reference), site) : url;
      };
      const tree = parseBody(text.body);
      const lines = notes(resource, locale, site);
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
      for (const [extension, data] of [
        ['docx', docx],
        ['md', markdown],
      ] as const) {
        const file = path.join(siteDir, fileOfHref(resourceFileHref(locale, resource.slug, extension)));
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, data);
      }
      count += 1;
    }
  }
  return count;
}
