/**
 * Cross-references written in MDX bodies: `[text](resource:some-slug)`,
 * `country:NPL`, `organization:itu-d`, `category:sids`, `sector:health`,
 * `page:resolution`. They are checked by the validator and turned into real
 * URLs (through the URL helper) when the page is rendered.
 */
import { CATEGORIES, RESOURCE_TYPES, SECTORS } from './vocabulary.ts';

export const REFERENCE_KINDS = ['resource', 'country', 'organization', 'category', 'sector', 'type', 'page'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** Pages without parameters that a body may link to with `page:<name>`. */
export const LINKABLE_PAGES = ['home', 'categories', 'countries', 'sectors', 'organizations', 'resolution', 'search', 'download'] as const;

export interface Reference {
  kind: ReferenceKind;
  target: string;
}

const REFERENCE = /^([a-z]+):([A-Za-z0-9-]+)(?:#([A-Za-z0-9_-]+))?$/;

/** A hub reference, or undefined for ordinary links (https:, mailto:, #anchors ...). */
export function parseReference(url: string): (Reference & { fragment?: string }) | undefined {
  const match = REFERENCE.exec(url);
  if (!match || !(REFERENCE_KINDS as readonly string[]).includes(match[1]!)) return undefined;
  return { kind: match[1] as ReferenceKind, target: match[2]!, fragment: match[3] };
}

/** Whether a string looks like an attempted hub reference (to report unknown kinds). */
export function looksLikeReference(url: string): boolean {
  return /^[a-z]+:[A-Za-z0-9-]+$/.test(url) && !/^(https?|mailto|tel|ftp|data|javascript)$/.test(url.split(':')[0]!);
}

export interface KnownTargets {
  resources: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
}

/** Values a reference of this kind may point to. */
export function allowedTargets(kind: ReferenceKind, known: KnownTargets): readonly string[] {
  switch (kind) {
    case 'resource':
      return [...known.resources];
    case 'country':
      return [...known.countries];
    case 'organization':
      return [...known.organizations];
    case 'category':
      return CATEGORIES;
    case 'sector':
      return SECTORS;
    case 'type':
      return RESOURCE_TYPES;
    case 'page':
      return LINKABLE_PAGES;
  }
}
