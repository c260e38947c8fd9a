/**
 * Fills the download pages of the built site with the size and checksum of
 * each file once the files exist, and removes the rows of files that were
 * not made (e.g. ZIM files before `npm run build:zim`); a table left empty
 * gives way to a note saying none is published yet.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultTreeAdapter as tree, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { formatBytes } from '../../i18n/index.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { fileOfHref, href } from '../../lib/urls.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function find(node: Node, predicate: (element: Element) => boolean, out: Element[] = []): Element[] {
  if ('tagName' in node && predicate(node)) out.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) find(child, predicate, out);
  return out;
}
const has = (name: string) => (element: Element) => element.attrs.some((attribute) => attribute.name === name);
const value = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;

function setText(element: Element, text: string): void {
  for (const child of [...element.childNodes]) tree.detachNode(child);
  tree.insertText(element, text);
}

export function fillDownloadPages(siteDir: string, files: ReadonlyMap<string, { bytes: number; sha256: string }>): void {
  for (const locale of LOCALES) {
    const file = path.join(siteDir, fileOfHref(href(locale, { page: 'download' })));
    if (!existsSync(file)) continue;
    const document = parse(readFileSync(file, 'utf8'));
    for (const row of find(document, has('data-download'))) {
      const made = files.get(value(row, 'data-download')!);
      if (!made) {
        tree.detachNode(row);
        continue;
      }
      setText(find(row, has('data-size'))[0]!, formatBytes(locale, made.bytes));
      setText(find(row, has('data-sha256'))[0]!, made.sha256);
    }
    for (const section of find(document, has('data-downloads'))) {
      if (find(section, has('data-download')).length > 0) continue;
      for (const table of find(section, (element) => element.tagName === 'table')) tree.detachNode(table);
      for (const note of find(section, has('data-downloads-empty'))) note.attrs = note.attrs.filter((attribute) => attribute.name !== 'hidden');
    }
    writeFileSync(file, serialize(document));
  }
}
