/**
 * The only place that writes an internal URL. Pages name a route; this
 * module turns it into a root-relative path with a trailing slash. The
 * offline copy rewrites these paths after the build, so nothing else may
 * assemble internal hrefs by hand.
 */
import type { Reference } from '../content/links.ts';
import type { Category, ResourceType, Sector } from '../content/vocabulary.ts';
import { TYPE_FOLDERS } from '../content/vocabulary.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { settings } from '../settings.ts';

export type Route =
  | { page: 'home' }
  | { page: 'categories' }
  | { page: 'category'; category: Category; number?: number }
  | { page: 'countries' }
  | { page: 'country'; iso3: string }
  | { page: 'sectors' }
  | { page: 'sector'; sector: Sector; number?: number }
  | { page: 'listing'; type: ResourceType; number?: number }
  | { page: 'resource'; slug: string }
  | { page: 'organizations' }
  | { page: 'organization'; id: string }
  | { page: 'resolution' }
  | { page: 'search' }
  | { page: 'download' }
  | { page: 'translations' }
  | { page: 'feed' };

/** The deployment's base path ("/" unless the site is served from a sub-folder, HUB_BASE). */
const BASE: string = settings().HUB_BASE;

function withBase(path: string): string {
  return BASE.replace(/\/$/, '') + path;
}

/** Page 2 and on of a paginated list live under page/<n>/. */
function pageSuffix(route: Route): string {
  return 'number' in route && route.number !== undefined && route.number > 1 ? `page/${route.number}/` : '';
}

function routePath(route: Route): string {
  return basePath(route) + pageSuffix(route);
}

function basePath(route: Route): string {
  switch (route.page) {
    case 'home':
      return '';
    case 'category':
      return `categories/${route.category}/`;
    case 'country':
      return `countries/${route.iso3.toLowerCase()}/`;
    case 'sector':
      return `sectors/${route.sector}/`;
    case 'listing':
      return `${TYPE_FOLDERS[route.type]}/`;
    case 'resource':
      return `resources/${route.slug}/`;
    case 'organization':
      return `organizations/${route.id}/`;
    case 'feed':
      return 'feed.xml';
    default:
      return `${route.page}/`;
  }
}

/** Path of a page in one language, e.g. href('fr', { page: 'country', iso3: 'NPL' }) → "/fr/countries/npl/". */
export function href(locale: Locale, route: Route, fragment?: string): string {
  return withBase(`/${locale}/${routePath(route)}`) + (fragment ? `#${fragment}` : '');
}

/** A file published beside a resource page, e.g. the .docx of a strategy template. */
export function resourceFileHref(locale: Locale, slug: string, extension: 'docx' | 'md'): string {
  return `${href(locale, { page: 'resource', slug })}${slug}.${extension}`;
}

/** The locale a page path belongs to, e.g. "/fr/countries/npl/" → "fr". */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.slice(BASE.replace(/\/$/, '').length).split('/')[1] ?? '';
  return isLocale(first) ? first : undefined;
}

/** The language chooser at the root of the site. */
export function rootHref(): string {
  return withBase('/');
}

/** A file under public/ (e.g. "favicon.svg"). */
export function assetHref(file: string): string {
  return withBase(`/${file}`);
}

/**
 * A root-relative URL as a path inside the built site ("/hub/fr/x/" → "/fr/x/"
 * when the base is /hub/), or undefined if it points outside the hub.
 */
export function withoutBase(url: string): string | undefined {
  const prefix = BASE.replace(/\/$/, '');
  if (url !== prefix && !url.startsWith(`${prefix}/`)) return undefined;
  return url.slice(prefix.length) || '/';
}

/** The file a site path names: folders resolve to their index.html ("/fr/x/" → "/fr/x/index.html"). */
export function fileOf(sitePath: string): string {
  return sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}

/** The file of the built site that an internal href names: "/hub/fr/x/" → "/fr/x/index.html". */
export function fileOfHref(url: string): string {
  const inside = withoutBase(url.replace(/[?#].*$/, ''));
  if (inside === undefined) throw new Error(`${url} is not a path inside the hub (base ${BASE})`);
  return fileOf(inside);
}

/** Absolute URL for canonical links, hreflang, feeds and citations. */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The route a (checked) reference points to. */
export function referenceRoute({ kind, target }: Reference): Route {
  switch (kind) {
    case 'resource':
      return { page: 'resource', slug: target };
    case 'country':
      return { page: 'country', iso3: target.toUpperCase() };
    case 'organization':
      return { page: 'organization', id: target };
    case 'category':
      return { page: 'category', category: target as Category };
    case 'sector':
      return { page: 'sector', sector: target as Sector };
    case 'type':
      return { page: 'listing', type: target as ResourceType };
    case 'page':
      return { page: target } as Route;
  }
}

/** The address, in one language, of the page a (checked) hub reference such as `country:NPL#top` points to. */
export function referenceHref(locale: Locale, reference: Reference & { fragment?: string | undefined }): string {
  return href(locale, referenceRoute(reference), reference.fragment);
}
