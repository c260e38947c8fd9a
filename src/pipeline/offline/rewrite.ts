/**
 * Rewrites the internal URLs of one page of the built site so the page works
 * opened from disk: every root-relative URL becomes relative to the page and
 * ends in a file name (directory links open listings on file://). Links to
 * languages left out of a copy go to the online hub instead. Uses a real HTML
 * parser, never regular expressions over HTML. A page is parsed once and
 * written out for every copy that holds it.
 */
import path from 'node:path/posix';
import { defaultTreeAdapter as tree, html as parse5Html, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { elements } from '../../lib/html.ts';
import { absolute, fileOf, withoutBase } from '../../lib/urls.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Attribute = Element['attrs'][number];

/** Attributes that hold one URL, and those that hold several (srcset). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data', 'data-pagefind']);
const SRCSET_ATTRIBUTES = new Set(['srcset']);
/** Attributes that hold a folder prefix rather than a file. */
const BASE_ATTRIBUTES = new Set(['data-base']);

export interface RewriteOptions {
  /** Site path of the page, e.g. "/fr/countries/npl/" or "/404.html". */
  pagePath: string;
  /** Locale codes the site has (to recognise a link into a locale). */
  allLocales: readonly string[];
  /** Public address of the online hub, for links that leave the copy. */
  site: string;
  /** Site paths that always point to the online hub (e.g. the downloads, which a copy cannot hold). */
  onlinePrefixes?: readonly string[];
  /** Attributes added to <html> (e.g. data-offline); they also reveal elements marked data-offline-note. */
  htmlAttributes?: Record<string, string>;
  /** Replace the content of <meta http-equiv="Content-Security-Policy">. */
  contentSecurityPolicy?: string;
  /**
   * Browsers refuse module scripts from files: a page's module scripts are
   * replaced by these classic scripts (site paths), loaded in order with defer.
   */
  classicScripts?: readonly string[];
}

/** The languages of one copy; links into other languages go online. */
export interface CopyLocales {
  locales: readonly string[];
}

export interface RewriteResult {
  html: string;
  /** Site paths (without query or fragment) the page now points to inside the copy. */
  targets: string[];
}

export function rewriteUrl(url: string, options: RewriteOptions, copy: CopyLocales): { url: string; target?: string } {
  if (!url.startsWith('/') || url.startsWith('//')) return { url };
  // Pages carry the base path (HUB_BASE); the files of the site, and so of the copy, do not.
  const inside = withoutBase(url);
  if (inside === undefined) return { url: new URL(url, options.site).href };
  const match = /^([^?#]*)([?#].*)?$/.exec(inside)!;
  const sitePath = match[1]!;
  const suffix = match[2] ?? '';
  const locale = sitePath.split('/')[1] ?? '';
  const online = options.onlinePrefixes?.some((prefix) => sitePath.startsWith(prefix));
  if (online || (options.allLocales.includes(locale) && !copy.locales.includes(locale))) {
    return { url: absolute(url, options.site) };
  }
  const target = fileOf(sitePath);
  const from = path.dirname(fileOf(options.pagePath));
  const relative = path.relative(from, target) || path.basename(target);
  return { url: relative + suffix, target };
}

function walk(node: Node, visit: (element: Element) => void): void {
  for (const element of elements(node)) visit(element);
}

function replaceModuleScripts(document: Node, scripts: readonly string[]): void {
  const modules: Element[] = [];
  walk(document, (element) => {
    if (element.tagName === 'script' && element.attrs.some((attribute) => attribute.name === 'type' && attribute.value === 'module')) modules.push(element);
  });
  const first = modules[0];
  if (!first) return;
  const parent = first.parentNode!;
  for (const src of scripts) {
    tree.insertBefore(
      parent,
      tree.createElement('script', parse5Html.NS.HTML, [
        { name: 'src', value: src },
        { name: 'defer', value: '' },
      ]),
      first,
    );
  }
  for (const module of modules) tree.detachNode(module);
}

/** Changes every copy shares: offline markers, the policy, classic scripts. */
function prepare(document: Node, options: RewriteOptions): void {
  if (options.classicScripts) replaceModuleScripts(document, options.classicScripts);
  walk(document, (element) => {
    if (options.htmlAttributes && element.attrs.some((attribute) => attribute.name === 'data-offline-note')) {
      element.attrs = element.attrs.filter((attribute) => attribute.name !== 'hidden');
    }
    if (element.tagName === 'html' && options.htmlAttributes) {
      for (const [name, value] of Object.entries(options.htmlAttributes)) element.attrs.push({ name, value });
    }
    const httpEquiv = element.attrs.find((attribute) => attribute.name === 'http-equiv')?.value;
    if (element.tagName === 'meta' && httpEquiv?.toLowerCase() === 'content-security-policy' && options.contentSecurityPolicy) {
      element.attrs.find((attribute) => attribute.name === 'content')!.value = options.contentSecurityPolicy;
    }
  });
}

/** The page rewritten for each copy, from one parse. */
export function rewritePage(html: string, options: RewriteOptions, copies: readonly CopyLocales[]): RewriteResult[] {
  // Parsed as with scripting off, so the links inside <noscript> are elements too.
  const document = parse(html, { scriptingEnabled: false });
  prepare(document, options);
  const urls: { attribute: Attribute; original: string; kind: 'url' | 'srcset' | 'base' }[] = [];
  walk(document, (element) => {
    for (const attribute of element.attrs) {
      const kind = URL_ATTRIBUTES.has(attribute.name)
        ? 'url'
        : SRCSET_ATTRIBUTES.has(attribute.name)
          ? 'srcset'
          : BASE_ATTRIBUTES.has(attribute.name)
            ? 'base'
            : undefined;
      if (kind) urls.push({ attribute, original: attribute.value, kind });
    }
  });
  return copies.map((copy) => {
    const targets = new Set<string>();
    const rewrite = (url: string) => {
      const result = rewriteUrl(url, options, copy);
      if (result.target) targets.add(result.target);
      return result.url;
    };
    for (const { attribute, original, kind } of urls) {
      if (kind === 'url') attribute.value = rewrite(original);
      else if (kind === 'base') {
        const inside = original.startsWith('/') ? withoutBase(original) : undefined;
        attribute.value = inside ? `${path.relative(path.dirname(fileOf(options.pagePath)), inside) || '.'}/` : original;
      } else {
        attribute.value = original
          .split(',')
          .map((candidate) => {
            const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
            return [rewrite(url), ...descriptor].join(' ');
          })
          .join(', ');
      }
    }
    return { html: serialize(document), targets: [...targets] };
  });
}

/** The same for CSS: url(/…) references. CSS is not HTML; its url() token is simple enough to match. */
export function rewriteCss(css: string, options: RewriteOptions, copy: CopyLocales): RewriteResult {
  const targets: string[] = [];
  const out = css.replace(/url\(\s*(['"]?)(\/[^'")]+)\1\s*\)/g, (_, quote: string, url: string) => {
    const rewritten = rewriteUrl(url, options, copy);
    if (rewritten.target) targets.push(rewritten.target);
    return `url(${quote}${rewritten.url}${quote})`;
  });
  return { html: out, targets };
}

/** The stylesheets a page links to, as files of the site (e.g. "_astro/site.css"), to style a start page like the chooser. */
export function linkedStylesheets(html: string): string[] {
  const out: string[] = [];
  walk(parse(html), (element) => {
    const attribute = (name: string) => element.attrs.find((candidate) => candidate.name === name)?.value;
    const href = attribute('href');
    const inside = href && withoutBase(href);
    if (element.tagName === 'link' && attribute('rel') === 'stylesheet' && inside) out.push(inside.replace(/^\//, ''));
  });
  return out;
}
