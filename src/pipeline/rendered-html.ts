/**
 * Where the text loader keeps the HTML of each text: one file per text and
 * language it is shown in, in Astro's cache folder, rather than inside Astro's
 * data store. The data store is bundled into the build's server code as one
 * string, so HTML kept there made the build's memory grow with the content;
 * a page now reads only the file it shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales.ts';

/** The metadata the loader stores with a text it rendered. */
export interface RenderedText {
  /** Path of the HTML file for each language the text is shown in. */
  htmlFiles: Partial<Record<Locale, string>>;
  /** Revision of the text, which a translation of it records. */
  revision: string;
}

/** "slug/fr" shown in "fr" → "<folder>/slug.fr.fr.html". */
export function htmlFileOf(folder: string, textId: string, shownIn: Locale): string {
  return path.join(folder, `${textId.replace('/', '.')}.${shownIn}.html`);
}

/** The HTML of a rendered text in the language of the page, or undefined for a text compiled by @astrojs/mdx. */
export function renderedHtml(metadata: Record<string, unknown> | undefined, locale: Locale): string | undefined {
  const files = (metadata as Partial<RenderedText> | undefined)?.htmlFiles;
  if (!files) return undefined;
  const file = files[locale] ?? Object.values(files)[0];
  return file === undefined ? undefined : readFileSync(file, 'utf8');
}
