/**
 * Reading built HTML with a real parser (parse5): one walk over the elements,
 * attribute lookup, text, and the weight of a page as a reader downloads it.
 * Used by the build steps, the benchmark and the tests alike.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { fileOf } from './urls.ts';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Every element under a node (template contents included), in document order, that passes the test. */
export function elements(node: HtmlNode, predicate: (element: HtmlElement) => boolean = () => true): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (current: HtmlNode) => {
    if ('tagName' in current && predicate(current)) out.push(current);
    for (const child of 'childNodes' in current ? current.childNodes : []) walk(child);
    if ('content' in current && current.content) walk(current.content as HtmlNode);
  };
  walk(node);
  return out;
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function byTag(node: HtmlNode, tagName: string): HtmlElement[] {
  return elements(node, (element) => element.tagName === tagName);
}

export function byId(node: HtmlNode, id: string): HtmlElement | undefined {
  return elements(node, (element) => attr(element, 'id') === id)[0];
}

export function text(node: HtmlNode): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return ('childNodes' in node ? node.childNodes : []).map(text).join('');
}

/** Scripts that run (not JSON data blocks). */
export function executableScripts(node: HtmlNode): HtmlElement[] {
  return byTag(node, 'script').filter((script) => (attr(script, 'type') ?? 'module') !== 'application/json');
}

/** HTML + CSS + JS of one page of a built site, gzip level 9, as a server sends them on a first visit. */
export function pageWeight(siteDir: string, sitePath: string): number {
  const file = path.join(siteDir, fileOf(sitePath));
  const root = parse(readFileSync(file, 'utf8'));
  const local = (url: string) => path.join(siteDir, new URL(url, 'https://hub.invalid/').pathname);
  const css = byTag(root, 'link').flatMap((link) => (attr(link, 'rel') === 'stylesheet' && attr(link, 'href') ? [local(attr(link, 'href')!)] : []));
  const js = executableScripts(root).flatMap((script) => (attr(script, 'src') ? [local(attr(script, 'src')!)] : []));
  return [file, ...css, ...js].reduce((sum, target) => sum + gzipSync(readFileSync(target), { level: 9 }).length, 0);
}
