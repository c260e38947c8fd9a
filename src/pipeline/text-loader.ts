/**
 * The loader of the content texts (one MDX file per item and language).
 * Texts without components are rendered to HTML once, here, with their hub
 * links resolved for the language of each page that shows them, into files
 * beside Astro's cache (rendered-html.ts): Astro keeps neither a compiled
 * module nor the HTML of each text, so its memory does not grow with them.
 * A text that uses a component is left to @astrojs/mdx (see
 * content.config.ts). Unchanged files are not rendered again (digest).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { mdxToMdast } from 'satteri';
import { readMdx } from '../content/files.ts';
import { parseReference } from '../content/links.ts';
import { revisionOfText } from '../content/revision.ts';
import { usesComponents, type MdNode } from '../content/uses-components.ts';
import { LOCALES, SOURCE_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { referenceHref } from '../lib/urls.ts';
import { PROJECT_ROOT } from '../settings.ts';
import { htmlFileOf, type RenderedText } from './rendered-html.ts';

export interface TextFile {
  /** "slug/fr". */
  id: string;
  /** Path relative to the content folder. */
  file: string;
  absolute: string;
  locale: Locale;
}

/** The body with every hub reference (`country:NPL` …) replaced by the address of that page in one language. */
export function withLinksFor(body: string, locale: Locale): string {
  const edits: { from: number; to: number; url: string }[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'link' && node.url && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const reference = parseReference(node.url);
      if (reference) {
        const source = body.slice(node.position.start.offset, node.position.end.offset);
        const at = source.lastIndexOf(`(${node.url}`);
        if (at >= 0)
          edits.push({
            from: node.position.start.offset + at + 1,
            to: node.position.start.offset + at + 1 + node.url.length,
            url: referenceHref(locale, reference),
          });
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body) as MdNode);
  let out = body;
  for (const edit of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, edit.from) + edit.url + out.slice(edit.to);
  return out;
}

/** Every text file of the given item folders: "<type folder>/<slug>/<locale>.mdx". */
function textFiles(contentDir: string, folders: readonly string[]): TextFile[] {
  const out: TextFile[] = [];
  for (const folder of folders) {
    const root = path.join(contentDir, folder);
    if (!existsSync(root)) continue;
    for (const slug of readdirSync(root).sort()) {
      for (const name of existsSync(path.join(root, slug)) && statSync(path.join(root, slug)).isDirectory() ? readdirSync(path.join(root, slug)).sort() : []) {
        const locale = name.replace(/\.mdx$/, '');
        if (!name.endsWith('.mdx') || !isLocale(locale)) continue;
        out.push({ id: `${slug}/${locale}`, file: `${folder}/${slug}/${name}`, absolute: path.join(root, slug, name), locale });
      }
    }
  }
  return out;
}

/** Files whose body uses a component: these are compiled by @astrojs/mdx instead. */
export function componentTextFiles(contentDir: string, folders: readonly string[]): string[] {
  return textFiles(contentDir, folders)
    .filter((text) => {
      const { parsed } = readMdx(text.absolute, text.file);
      try {
        return parsed !== undefined && usesComponents(parsed.body);
      } catch {
        return false; // Not valid MDX: the content check reports it.
      }
    })
    .map((text) => text.file);
}

export function textLoader(contentDir: string, folders: readonly string[]): Loader {
  return {
    name: 'hub-texts',
    load: async ({ store, parseData, renderMarkdown, generateDigest, watcher, config }) => {
      const htmlFolder = fileURLToPath(new URL(`hub-texts/${folders.join('+')}/`, config.cacheDir));
      mkdirSync(htmlFolder, { recursive: true });
      const load = async () => {
        const files = textFiles(contentDir, folders);
        const seen = new Set<string>();
        const present = new Map<string, Set<Locale>>();
        for (const text of files) {
          const slug = text.id.split('/')[0]!;
          present.set(slug, (present.get(slug) ?? new Set()).add(text.locale));
        }
        for (const text of files) {
          const raw = readFileSync(text.absolute, 'utf8');
          const slug = text.id.split('/')[0]!;
          // An English text is also shown, as a fallback, in the languages it has no translation in.
          const shownIn =
            text.locale === SOURCE_LOCALE ? LOCALES.filter((locale) => locale === SOURCE_LOCALE || !present.get(slug)!.has(locale)) : [text.locale];
          const digest = generateDigest(`${raw}\u0000${shownIn.join(',')}`);
          seen.add(text.id);
          const htmlFiles = Object.fromEntries(shownIn.map((locale) => [locale, htmlFileOf(htmlFolder, text.id, locale)]));
          if (store.get(text.id)?.digest === digest && Object.values(htmlFiles).every((file) => existsSync(file))) continue;
          const { parsed } = readMdx(text.absolute, text.file);
          if (!parsed) continue;
          const data = await parseData({ id: text.id, data: parsed.data as Record<string, unknown>, filePath: text.absolute });
          if (usesComponents(parsed.body)) {
            // Kept without HTML: the page renders it from the collection compiled by @astrojs/mdx.
            store.set({ id: text.id, data, body: parsed.body, filePath: path.relative(PROJECT_ROOT, text.absolute), digest });
            continue;
          }
          for (const locale of shownIn) writeFileSync(htmlFiles[locale]!, (await renderMarkdown(withLinksFor(parsed.body, locale))).html);
          // Neither the body nor its HTML is kept in the store: only where the HTML is, and the revision a translation records.
          const revision = revisionOfText(data, parsed.body);
          const metadata: RenderedText = { htmlFiles, revision };
          store.set({ id: text.id, data, filePath: path.relative(PROJECT_ROOT, text.absolute), digest, rendered: { html: '', metadata: { ...metadata } } });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        // HTML of texts that are gone, or no longer shown in a language, goes too.
        const kept = new Set(
          files.flatMap((text) => Object.values((store.get(text.id)?.rendered?.metadata as Partial<RenderedText> | undefined)?.htmlFiles ?? {})),
        );
        for (const name of readdirSync(htmlFolder)) if (!kept.has(path.join(htmlFolder, name))) rmSync(path.join(htmlFolder, name));
      };
      await load();
      watcher?.on('all', (_event, file) => {
        if (file.startsWith(contentDir) && file.endsWith('.mdx')) void load();
      });
    },
  };
}
