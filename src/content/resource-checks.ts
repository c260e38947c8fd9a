/** Checks of one resource on its own: its sources can be found, its kind fits its type, it does not relate to itself. */
import type { LoadedResource } from './loaded-content.ts';
import type { Problem } from './problems.ts';
import { PRACTICE_KINDS } from './vocabulary.ts';

/**
 * A reader must be able to find every source: it needs a year (or a note on
 * why it has none), and an address, DOI, document symbol or ISBN (or a note
 * on why it has none).
 * Reported as warnings, so older content still builds while it is completed.
 */
function checkSources(resource: LoadedResource, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const [index, source] of resource.sources.entries()) {
    const where = { file, line: resource.lineOf(['sources', index]), severity: 'warning' as const };
    if (source.year === undefined && !source.noYear) {
      problems.push({
        ...where,
        field: `sources[${index}].year`,
        value: source.title,
        message: 'is missing: give the year the source was published (for a web page, the date it shows), or say in noYear why there is none',
      });
    }
    if (!source.url && !source.doi && !source.identifier && !source.noAddress) {
      problems.push({
        ...where,
        field: `sources[${index}]`,
        value: source.title,
        message: 'cannot be found by a reader: give its address, DOI or document symbol/ISBN, or say why there is none',
        allowed: ['url', 'doi', 'identifier', 'noAddress'],
      });
    }
  }
  return problems;
}

/** Problems of one resource that need no other item; `file` is its facts file. */
export function checkResource(resource: LoadedResource, file: string): Problem[] {
  const problems = checkSources(resource, file);
  const isPractice = resource.type === 'best-practice';
  if (isPractice !== (resource.kind !== undefined)) {
    problems.push({
      file,
      line: resource.lineOf(['kind']),
      field: 'kind',
      value: resource.kind,
      message: isPractice ? 'is required for a best practice' : 'may only be given for a best practice',
      allowed: isPractice ? PRACTICE_KINDS : undefined,
    });
  }
  const itself = resource.related.indexOf(resource.slug);
  if (itself >= 0) problems.push({ file, line: resource.lineOf(['related', itself]), field: `related[${itself}]`, value: resource.slug, message: 'lists the resource itself' });
  return problems;
}
