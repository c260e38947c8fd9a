/** Values from Decap's fields as the hub's files write them: trimmed, empty ones left out, dates as YYYY-MM-DD. */
import type { Data } from './virtual-files.ts';

/** Empty strings, empty lists and absent values are left out of the files; the schema's defaults need not be written. */
export function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean).filter((item) => item !== undefined);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Data)
      .map(([key, item]) => [key, clean(item)] as const)
      .filter(([, item]) => item !== undefined && !(Array.isArray(item) && item.length === 0));
    return Object.fromEntries(entries);
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  return value;
}

/** A date the date picker gave, as YYYY-MM-DD. */
export function day(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return value;
}

/** Whether two values would be written the same. */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
