/** Reading built pages with a real HTML parser (parse5). */
import { readFileSync } from 'node:fs';
import { listFiles } from '../../src/pipeline/files.ts';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export interface Page {
  /** Site path, e.g. "/fr/countries/npl/". */
  path: string;
  file: string;
  root: DefaultTreeAdapterMap['document'];
}

export { listFiles };

export function filePathOf(sitePath: string): string {
  return sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}

export function loadPage(siteDir: string, sitePath: string): Page {
  const file = path.join(siteDir, filePathOf(sitePath));
  return { path: sitePath, file, root: parse(readFileSync(file, 'utf8'), { scriptingEnabled: false }) };
}

/** All HTML pages of a built site. */
export function loadPages(siteDir: string): Page[] {
  return listFiles(siteDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => loadPage(siteDir, `/${file.replace(/(^|\/)index\.html$/, '$1')}`));
}

export function elements(node: Node, predicate: (element: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const walk = (current: Node) => {
    if ('tagName' in current && predicate(current)) out.push(current);
    const children = 'childNodes' in current ? current.childNodes : [];
    for (const child of children) walk(child);
    if ('content' in current && current.content) walk(current.content as Node);
  };
  walk(node);
  return out;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function byTag(node: Node, tagName: string): Element[] {
  return elements(node, (element) => element.tagName === tagName);
}

export function byId(node: Node, id: string): Element | undefined {
  return elements(node, (element) => attr(element, 'id') === id)[0];
}

export function text(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return ('childNodes' in node ? node.childNodes : []).map(text).join('');
}
