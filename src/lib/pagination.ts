/**
 * Long lists are cut into pages, so a reader on a metered connection never
 * downloads hundreds of entries to see the first few.
 */
export const PAGE_SIZE = 30;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageItems<T>(items: readonly T[], number: number, size = PAGE_SIZE): T[] {
  return items.slice((number - 1) * size, number * size);
}

/** Page numbers from 2 on (page 1 has the plain address). */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}
