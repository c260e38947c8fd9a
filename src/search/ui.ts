/**
 * The search page: a thin interface of our own on Pagefind's JavaScript API.
 * It reads the query and filters from the address, runs them, shows results
 * with excerpts and filter counts, and keeps the address in step so a search
 * can be shared. All text comes from the page (rendered from the i18n files).
 */
import { FACETS, emptyState, isEmpty, pagefindFilters, readState, searchTerm, writeState, type Facet, type SearchState } from './state.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: { filters: Record<string, unknown> }): Promise<SearchResponse | null>;
}
interface Strings {
  locale: string;
  plural: Record<'results' | 'resultsFor', Record<string, string>>;
  loading: string;
  prompt: string;
  error: string;
  inEnglish: string;
  labels: Record<string, Record<string, string>>;
}

/** Each result shown costs one fragment download (2–4 KB); readers on metered connections ask for more. */
const PAGE_SIZE = 5;
const form = document.querySelector<HTMLFormElement>('#search')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const help = document.querySelector<HTMLElement>('#search-help')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const strings = JSON.parse(document.querySelector('#search-strings')!.textContent!) as Strings;
const plural = new Intl.PluralRules(strings.locale);

let pagefind: Promise<Pagefind> | undefined;
let generation = 0;
let pending: SearchResponse['results'] = [];

/** In the offline copy Pagefind arrives as a classic script (files cannot import modules); online it is imported. */
const offline = document.documentElement.dataset['offline'] === 'true';
const bundled = (globalThis as { hubPagefind?: Pagefind }).hubPagefind;

function loadPagefind(): Promise<Pagefind> {
  const pagefindUrl = form.dataset['pagefind']!;
  pagefind ??= (bundled ? Promise.resolve(bundled) : (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>)).then(async (module) => {
    // No worker: it would cost another 13 KB before the first result, for an index this size searching on the page is quick.
    await module.options({ basePath: new URL('.', new URL(pagefindUrl, document.baseURI)).href, baseUrl: '/', excerptLength: 24, noWorker: true });
    return module;
  });
  return pagefind;
}

/** Result addresses are site paths ("/fr/resources/x/"); offline they become files relative to this page. */
function resultHref(url: string): string {
  if (!offline) return `${form.dataset['base']!.replace(/\/$/, '')}${url}`;
  return `${form.dataset['base']}${url.replace(/^\//, '')}${url.endsWith('/') ? 'index.html' : ''}`;
}

/** The reader's words, isolated from the sentence around them (FSI … PDI, as <bdi>): Latin in an Arabic sentence, or Arabic in a French one, keeps its own direction. */
const isolated = (text: string) => `\u2068${text}\u2069`;

function count(key: 'results' | 'resultsFor', n: number, query: string): string {
  const forms = strings.plural[key];
  return (forms[plural.select(n)] ?? forms['other']!).replace('{{count}}', String(n)).replace('{{query}}', isolated(query));
}

function stateOfForm(): SearchState {
  const state = emptyState();
  const data = new FormData(form);
  state.query = String(data.get('q') ?? '');
  for (const facet of FACETS) state.filters[facet] = data.getAll(facet).map(String).filter(Boolean);
  return state;
}

function fillForm(state: SearchState): void {
  form.querySelector<HTMLInputElement>('[name=q]')!.value = state.query;
  // The filters fold away unless the address asks for some.
  if (FACETS.some((facet) => state.filters[facet].length > 0)) form.querySelector('details')!.open = true;
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[type=checkbox], select')) {
    const values = state.filters[field.name as Facet] ?? [];
    if (field instanceof HTMLInputElement) field.checked = values.includes(field.value);
    else field.value = values[0] ?? '';
  }
}

function showCounts(filters: SearchResponse['filters'] | undefined): void {
  for (const output of form.querySelectorAll<HTMLElement>('[data-count]')) {
    const [facet, value] = output.dataset['count']!.split(':') as [string, string];
    output.textContent = filters ? `(${filters[facet]?.[value] ?? 0})` : '';
  }
}

/** Pagefind excerpts are escaped text with <mark> around matches; keep only those. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function tag(text: string, className = 'tag'): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const heading = document.createElement('h2');
  heading.className = 'card-title';
  const link = document.createElement('a');
  link.href = resultHref(data.url);
  link.textContent = data.meta['title'] ?? data.url;
  const english = data.meta['fallback'] === 'en';
  if (english) link.lang = 'en';
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  for (const facet of ['type', 'category'] as const) {
    for (const value of data.filters[facet] ?? []) meta.append(tag(strings.labels[facet]?.[value] ?? value), ' ');
  }
  if (english) meta.append(tag(strings.inEnglish, 'tag notice'));
  const excerpt = document.createElement('p');
  if (english) excerpt.lang = 'en';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

async function showMore(): Promise<void> {
  const page = pending.splice(0, PAGE_SIZE);
  const mine = generation;
  const data = await Promise.all(page.map((result) => result.data()));
  if (mine !== generation) return;
  list.append(...data.map(renderResult));
  more.hidden = pending.length === 0;
}

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  list.replaceChildren();
  more.hidden = true;
  help.hidden = true;
  if (isEmpty(state)) {
    status.textContent = strings.prompt;
    showCounts(undefined);
    return;
  }
  status.textContent = strings.loading;
  try {
    const engine = await loadPagefind();
    const term = searchTerm(state.query);
    const response = term === null && Object.keys(pagefindFilters(state)).length === 0 ? null : await engine.search(term, { filters: pagefindFilters(state) });
    if (mine !== generation) return;
    const results = response?.results ?? [];
    showCounts(response?.filters);
    pending = [...results];
    await showMore();
    if (mine !== generation) return;
    // Announced once the first results are on the page, so screen readers and readers agree.
    status.textContent = term ? count('resultsFor', results.length, term) : count('results', results.length, '');
    help.hidden = results.length > 0;
  } catch (error) {
    if (mine !== generation) return;
    status.textContent = strings.error;
    help.hidden = false;
    console.error(error);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function update(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const state = stateOfForm();
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    void run(state);
  }, delay);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  update(0);
});
form.addEventListener('input', (event) => update((event.target as HTMLElement).matches('[name=q]') ? 300 : 0));
more.addEventListener('click', () => void showMore());
form.hidden = false;
const initial = readState(location.search);
fillForm(initial);
void run(initial);
