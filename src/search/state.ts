/**
 * The state of a search, as it travels in the page address (?q=…&category=sids),
 * so a search can be shared as a link. Pure functions, used in the browser.
 */
export const FACETS = ['type', 'category', 'sector', 'topic', 'country'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
  query: string;
  filters: Record<Facet, string[]>;
}

/** Longer queries add nothing but work; they are cut here. */
export const MAX_QUERY_LENGTH = 200;

export function emptyState(): SearchState {
  return { query: '', filters: { type: [], category: [], sector: [], topic: [], country: [] } };
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.query = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  for (const facet of FACETS) state.filters[facet] = [...new Set(params.getAll(facet).filter((value) => /^[A-Za-z0-9-]{1,40}$/.test(value)))];
  return state;
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isEmpty(state: SearchState): boolean {
  return !state.query.trim() && FACETS.every((facet) => state.filters[facet].length === 0);
}

/** Pagefind's filter argument: any of the checked values within a facet, all facets together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) if (state.filters[facet].length > 0) out[facet] = { any: state.filters[facet] };
  return out;
}

/**
 * The words handed to Pagefind: trimmed, and null when nothing searchable is
 * left (only punctuation or symbols), so a filter-only search lists everything.
 */
export function searchTerm(query: string): string | null {
  const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : null;
}
