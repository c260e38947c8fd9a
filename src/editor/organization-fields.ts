/** The fields of an organization's facts in the support directory. */
import strings from '../i18n/strings/en.json' with { type: 'json' };
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import type { Content } from '../content/load.ts';
import { organizationFactsSchema } from '../content/schemas.ts';
import { COSTS, ORGANIZATION_KINDS, SUPPORT_KINDS } from '../content/vocabulary.ts';
import { categoriesField, date, hint, labelled, many, select, type Field } from './field-widgets.ts';

/** The facts fields of an organization; the organizations it may be part of come from the content. */
export function organizationFacts(content: Content): Field[] {
  const f = organizationFactsSchema.shape;
  const parents = [...content.organizations.values()].map((organization) => ({
    label: organization.texts[SOURCE_LOCALE]?.data.name ?? organization.id,
    value: organization.id,
  }));
  return [
    select('kind', 'Kind of organization', labelled(ORGANIZATION_KINDS, strings.orgKind), { hint: hint(f.kind) }),
    { name: 'website', label: 'Website (https://…)', widget: 'string', i18n: false, hint: hint(f.website) },
    { name: 'startHere', label: 'Page to start from (https://…)', widget: 'string', i18n: false, required: false, hint: hint(f.startHere) },
    select('parent', 'Part of', parents, { required: false, hint: hint(f.parent) }),
    many('support', 'Support offered', labelled(SUPPORT_KINDS, strings.support), true, { hint: hint(f.support) }),
    select('cost', 'Cost', labelled(COSTS, strings.cost), { hint: hint(f.cost) }),
    categoriesField(false, hint(f.categories)),
    date('checked', 'Checked', hint(f.checked), true),
  ];
}
