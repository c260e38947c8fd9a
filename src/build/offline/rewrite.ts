/**
 * Rewrites the internal URLs of one page of the built site so the page works
 * opened from disk: every root-relative URL becomes relative to the page and
 * ends in a file name (directory links open listings on file://). Links to
 * languages left out of a copy go to the online hub instead. Uses a real HTML
 * parser, never regular expressions over HTML.
 */
import path from 'node:path/posix';
import { defaultTreeAdapter as tree, html as parse5Html, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes that hold one URL, and those that hold several (srcset). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data', 'data-pagefind']);
/** Attributes that hold a folder prefix rather than a file. */
const BASE_ATTRIBUTES = new Set(['data-base']);
const SRCSET_ATTRIBUTES = new Set(['srcset']);

export interface RewriteOptions {
  /** Site path of the page, e.g. "/fr/countries/npl/" or "/404.html". */
  pagePath: string;
  /** Locales in this copy; links into other locales go online. */
  locales: readonly string[];
  /** Locale codes the site has (to recognise a link into a locale). */
  allLocales: readonly string[];
  /** Public address of the online hub, for links that leave the copy. */
  site: string;
  /** Site paths that always point to the online hub (e.g. the downloads, which a copy cannot hold). */
  onlinePrefixes?: readonly string[];
  /** Attributes added to <html> (e.g. data-offline). */
  htmlAttributes?: Record<string, string>;
  /** Replace the content of <meta http-equiv="Content-Security-Policy">. */
  contentSecurityPolicy?: string;
  /**
   * Browsers refuse module scripts from files: a page's module scripts are
   * replaced by these classic scripts (site paths), loaded in order with defer.
   */
  classicScripts?: readonly string[];
}

export interface RewriteResult {
  html: string;
  /** Site paths (without query or fragment) the page now points to inside the copy. */
  targets: string[];
}

/** The file a site path names: directories resolve to their index.html. */
export function fileOf(sitePath: string): string {
  return sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}

/** Where a page's file lives, as a site path ("/fr/" → "/fr/index.html"). */
function pageFile(pagePath: string): string {
  return fileOf(pagePath);
}

export function rewriteUrl(url: string, options: RewriteOptions): { url: string; target?: string } {
  if (!url.startsWith('/') || url.startsWith('//')) return { url };
  const match = /^([^?#]*)([?#].*)?$/.exec(url)!;
  const sitePath = match[1]!;
  const suffix = match[2] ?? '';
  const locale = sitePath.split('/')[1] ?? '';
  const online = options.onlinePrefixes?.some((prefix) => sitePath.startsWith(prefix));
  if (online || (options.allLocales.includes(locale) && !options.locales.includes(locale))) {
    return { url: new URL(url, options.site).href };
  }
  const target = fileOf(sitePath);
  const from = path.dirname(pageFile(options.pagePath));
  const relative = path.relative(from, target) || path.basename(target);
  return { url: relative + suffix, target };
}

function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) walk(child, visit);
  if ('content' in node && node.content) walk(node.content as Node, visit);
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
    tree.insertBefore(parent, tree.createElement('script', parse5Html.NS.HTML, [{ name: 'src', value: src }, { name: 'defer', value: '' }]), first);
  }
  for (const module of modules) tree.detachNode(module);
}

export function rewritePage(html: string, options: RewriteOptions): RewriteResult {
  // Parsed as with scripting off, so the links inside <noscript> are elements too.
  const document = parse(html, { scriptingEnabled: false });
  const targets = new Set<string>();
  if (options.classicScripts) replaceModuleScripts(document, options.classicScripts);
  walk(document, (element) => {
    for (const attribute of element.attrs) {
      if (BASE_ATTRIBUTES.has(attribute.name) && attribute.value.startsWith('/')) {
        attribute.value = `${path.relative(path.dirname(pageFile(options.pagePath)), attribute.value) || '.'}/`;
      } else if (URL_ATTRIBUTES.has(attribute.name)) {
        const { url, target } = rewriteUrl(attribute.value, options);
        attribute.value = url;
        if (target) targets.add(target);
      } else if (SRCSET_ATTRIBUTES.has(attribute.name)) {
        attribute.value = attribute.value
          .split(',')
          .map((candidate) => {
            const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
            const rewritten = rewriteUrl(url, options);
            if (rewritten.target) targets.add(rewritten.target);
            return [rewritten.url, ...descriptor].join(' ');
          })
          .join(', ');
      }
    }
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
  return { html: serialize(document), targets: [...targets] };
}

/** The same for CSS: url(/…) references. CSS is not HTML; its url() token is simple enough to match. */
export function rewriteCss(css: string, options: RewriteOptions): RewriteResult {
  const targets: string[] = [];
  const out = css.replace(/url\(\s*(['"]?)(\/[^'")]+)\1\s*\)/g, (_, quote: string, url: string) => {
    const rewritten = rewriteUrl(url, options);
    if (rewritten.target) targets.push(rewritten.target);
    return `url(${quote}${rewritten.url}${quote})`;
  });
  return { html: out, targets };
}
