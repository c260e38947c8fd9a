/** The fields of a text: title (or name and short name), summary, translation status and body, the only fields translated. */
import { organizationTextSchema, textSchema } from '../content/schemas.ts';
import { hint, type Field } from './field-widgets.ts';
import { STATUS_FIELD } from './virtual-files.ts';

/** Title, summary and body: the only fields translated; they appear in every language. */
export function textFields(kind: 'resource' | 'organization'): Field[] {
  const shape = kind === 'organization' ? organizationTextSchema.shape : textSchema.shape;
  const head: Field[] =
    kind === 'organization'
      ? [
          { name: 'name', label: 'Name', widget: 'string', i18n: true, required: true, hint: hint(organizationTextSchema.shape.name) },
          {
            name: 'shortName',
            label: 'Short name (acronym)',
            widget: 'string',
            i18n: true,
            required: false,
            hint: hint(organizationTextSchema.shape.shortName),
          },
        ]
      : [{ name: 'title', label: 'Title', widget: 'string', i18n: true, required: true, hint: hint(textSchema.shape.title) }];
  return [
    ...head,
    { name: 'summary', label: 'Summary', widget: 'text', i18n: true, required: true, hint: hint(shape.summary) },
    {
      name: STATUS_FIELD,
      label: 'Translation status',
      widget: 'translation-status',
      i18n: true,
      required: false,
      hint: 'Translations only. A translation saved here records the English text shown beside it as its source.',
    },
  ];
}

/** The body of a text, in Markdown only (the editor cannot keep components). */
export const body: Field = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  i18n: true,
  required: false,
  editor_components: [],
  modes: ['rich_text', 'raw'],
  hint: 'Headings, lists, links and emphasis. Hub links are written like `[a guideline](resource:its-slug)` or `[Nepal](country:NPL)`.',
};
