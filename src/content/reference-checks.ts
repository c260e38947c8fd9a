/**
 * Cross-references, checked once every item is read: the countries,
 * organizations and resolution paragraphs a resource names, and every hub
 * link and `related`/`parent` reference, must point to something that exists.
 */
import { paragraphsOf } from './paragraphs.ts';
import { FACTS_FILE, rel } from './folder-layout.ts';
import type { Content, LoadedResource } from './loaded-content.ts';
import { allowedTargets, type KnownTargets, type Reference } from './links.ts';
import { nearMiss, type Problem } from './problems.ts';
import { checkResource } from './resource-checks.ts';

/** A reference found while reading, with where it was written. */
export interface PendingReference extends Reference {
  file: string;
  line?: number;
}

export function checkCrossReferences(content: Content, references: PendingReference[]): Problem[] {
  const problems: Problem[] = [];
  const known: KnownTargets = {
    resources: content.folders.resources,
    countries: new Set(content.countries.keys()),
    organizations: content.folders.organizations,
  };
  const paragraphIds = content.resolution ? paragraphsOf(content.resolution).map((paragraph) => paragraph.id) : [];
  const factsFileOf = (resource: LoadedResource) => rel(resource.folder, FACTS_FILE.resource);

  for (const resource of content.resources.values()) {
    const file = factsFileOf(resource);
    const lists = [
      ['countries', resource.countries, [...known.countries]],
      ['organizations', resource.organizations, [...known.organizations]],
      ['answers', resource.answers, paragraphIds],
    ] as const;
    for (const [field, values, allowed] of lists) {
      for (const [index, value] of values.entries()) {
        if (allowed.includes(value)) continue;
        problems.push({
          file,
          line: resource.lineOf([field, index]),
          field: `${field}[${index}]`,
          value,
          message: field === 'countries' ? 'is not a country in countries.yaml' : field === 'organizations' ? 'is not an organization folder under organizations/' : 'is not the id of a paragraph of Resolution 197 in resolution.yaml',
          allowed: allowed.length > 40 ? undefined : allowed,
          suggestion: nearMiss(value, allowed),
        });
      }
    }
    // Checks of the resource on its own, reported with its cross-references so each resource's problems stay together.
    problems.push(...checkResource(resource, file));
  }

  for (const reference of references) {
    const allowed = allowedTargets(reference.kind, known);
    const target = reference.kind === 'country' ? reference.target.toUpperCase() : reference.target;
    if (allowed.includes(target)) continue;
    problems.push({
      file: reference.file,
      line: reference.line,
      field: reference.file.endsWith('.mdx') ? 'link' : 'related',
      value: reference.file.endsWith('.mdx') ? `${reference.kind}:${reference.target}` : reference.target,
      message: `points to a ${reference.kind} that does not exist`,
      allowed: allowed.length > 40 ? undefined : allowed,
      suggestion: nearMiss(target, allowed),
    });
  }
  return problems;
}
