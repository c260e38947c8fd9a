/** The facts file of an item as the hub writes it, from the fields of a virtual file. */
import { isMap, isScalar, isSeq, Pair, parseDocument, YAMLMap, type Document } from 'yaml';
import { sourceSchema } from '../content/schemas.ts';
import type { Data, Kind } from './virtual-files.ts';
import { clean, day, same } from './written-values.ts';

/** Field keys of a source, in the order the hub's own files write them. */
const SOURCE_KEYS = Object.keys(sourceSchema.shape);
const DATE_KEYS = new Set(['published', 'updated', 'checked']);

function normalizeSource(source: unknown): unknown {
  if (!source || typeof source !== 'object') return source;
  const data = clean(source) as Data;
  if (data['access'] === 'free') delete data['access'];
  if (data['language'] === 'en') delete data['language'];
  if (typeof data['year'] === 'string' && /^\d+$/.test(data['year'])) data['year'] = Number(data['year']);
  const known = SOURCE_KEYS.filter((key) => key in data).map((key) => [key, data[key]]);
  const unknown = Object.keys(data)
    .filter((key) => !SOURCE_KEYS.includes(key))
    .map((key) => [key, data[key]]);
  return Object.fromEntries([...known, ...unknown]);
}

/** The facts as the hub writes them: known keys in schema order, dates as YYYY-MM-DD, nothing empty. */
export function normalizeFacts(kind: Kind, data: Data): Data {
  const facts: Data = {};
  const keys = [...kind.factKeys, ...Object.keys(data).filter((key) => !kind.factKeys.includes(key) && !kind.textKeys.includes(key) && key !== 'body')];
  for (const key of keys) {
    let value = clean(data[key]);
    if (DATE_KEYS.has(key)) value = day(value);
    if (key === 'sources' && Array.isArray(value)) value = value.map(normalizeSource);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) facts[key] = value;
  }
  return facts;
}

/** Scalar lists on one line ([ldc, sids]), as the hub's files write them; lists of sources as blocks. */
function nodeFor(doc: Document, value: unknown) {
  const node = doc.createNode(value);
  if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
  return node;
}

/** The facts file with the new values: unchanged fields keep their lines and comments. */
export function writeFacts(existing: string | undefined, facts: Data): string {
  const doc = parseDocument(existing ?? '');
  const old = isMap(doc.contents) ? doc.contents : undefined;
  const before = (old?.toJSON() ?? {}) as Data;
  const map = new YAMLMap();
  for (const [key, value] of Object.entries(facts)) {
    const pair = old?.items.find((item) => isScalar(item.key) && item.key.value === key);
    const previous =
      key === 'sources' && Array.isArray(before[key]) ? (before[key] as unknown[]).map(normalizeSource) : DATE_KEYS.has(key) ? day(before[key]) : before[key];
    map.items.push(pair && same(previous, value) ? pair : new Pair(doc.createNode(key), nodeFor(doc, value)));
  }
  if (old?.commentBefore) map.commentBefore = old.commentBefore;
  (doc as Document).contents = map;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
