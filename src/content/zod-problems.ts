/**
 * Turns zod issues into Problems a publisher can act on.
 */
import type { z } from 'astro/zod';
import { fieldPath, nearMiss, type Problem } from './problems.ts';
import type { ParsedFile } from './files.ts';

type Schema = z.ZodType;

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  schema?: Schema;
  options?: Schema[];
}

/** A schema's definition, through zod's public `def` (shape, element, wrapped and piped schemas). */
function def(schema: Schema): Def {
  return schema.def as unknown as Def;
}

/** Strip wrappers (optional, default, pipe ...) to reach the schema that describes the value. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const d = def(current);
    const next = d.innerType ?? (d.type === 'pipe' ? (def(d.out!).type === 'transform' ? d.in : d.out) : undefined) ?? d.schema;
    if (!next || next === current) return current;
    current = next;
  }
}

/** The schema describing the value at a field path, if it can be found. */
function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return undefined;
    const d = def(current);
    if (typeof key === 'number' && d.element) current = unwrap(d.element);
    else if (typeof key === 'string' && d.shape?.[key]) current = unwrap(d.shape[key]);
    else return undefined;
  }
  return current;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is required but missing' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return 'is not an allowed value';
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : issue.origin === 'string'
          ? `is too short (at least ${String(issue.minimum)} characters)`
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `is too long (at most ${String(issue.maximum)} characters)` : `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** Validate parsed file data against a schema; every issue becomes a Problem. */
export function check<S extends Schema>(schema: S, parsed: ParsedFile): { data?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys(def(schemaAt(schema, issue.path) ?? schema).shape ?? {});
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file: parsed.file,
          line: parsed.lineOf(path),
          field: fieldPath(path),
          message: 'is not a field this file may have',
          allowed,
          suggestion: nearMiss(key, allowed),
        });
      }
      continue;
    }
    const value = valueAt(parsed.data, issue.path);
    const allowed = issue.code === 'invalid_value' ? issue.values.map(String) : undefined;
    problems.push({
      file: parsed.file,
      line: parsed.lineOf(issue.path),
      field: fieldPath(issue.path) || undefined,
      value: value === undefined || (typeof value === 'object' && value !== null) ? undefined : value,
      message: describeIssue(issue, value),
      allowed,
      suggestion: allowed && nearMiss(value, allowed),
    });
  }
  return { problems };
}
