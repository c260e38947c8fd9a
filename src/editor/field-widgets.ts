/** Decap CMS field widgets the editor's forms are built from: select lists, multiple choice and dates, with the schema's descriptions as hints. */
import strings from '../i18n/strings/en.json' with { type: 'json' };
import { CATEGORIES } from '../content/vocabulary.ts';

/** One field of a Decap collection, as its configuration writes it. */
export type Field = Record<string, unknown>;
export interface Option {
  label: string;
  value: string;
}

/** The description a schema field carries, shown as the field's hint. */
export const hint = (schema: { description?: string | undefined }) => schema.description ?? '';

/** A closed list as select options, each value with its label. */
export const options = (values: readonly string[], label: (value: string) => string): Option[] => values.map((value) => ({ label: label(value), value }));

/** A closed list whose labels are the English strings of its values. */
export const labelled = (values: readonly string[], labels: Record<string, string>): Option[] => options(values, (value) => labels[value]!);

export function select(name: string, label: string, values: Option[], extra: Field = {}): Field {
  return { name, label, widget: 'select', options: values, i18n: false, ...extra };
}

export function many(name: string, label: string, values: Option[], required: boolean, extra: Field = {}): Field {
  return select(name, label, values, { multiple: true, required, ...(required ? { min: 1 } : { default: [] }), ...extra });
}

export function date(name: string, label: string, schemaHint: string, required: boolean): Field {
  return {
    name,
    label,
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    date_format: 'YYYY-MM-DD',
    time_format: false,
    required,
    i18n: false,
    hint: schemaHint,
    // A new item starts with today's date (the configuration is made anew each time the editor page loads).
    default: required ? new Date().toISOString().slice(0, 10) : '',
  };
}

/** The country categories an item is for, as both forms ask for them. */
export function categoriesField(required: boolean, schemaHint: string): Field {
  const names = Object.fromEntries(Object.entries(strings.category).map(([category, { name }]) => [category, name]));
  return many('categories', 'Country categories', labelled(CATEGORIES, names), required, { hint: schemaHint });
}
