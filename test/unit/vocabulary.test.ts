/** The closed lists of the vocabulary, where one list is used in several places. */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldItem } from '../../src/content/scaffold.ts';
import { organizationFactsSchema } from '../../src/content/schemas.ts';
import { ORGANIZATION_KINDS } from '../../src/content/vocabulary.ts';
import { OUTPUT } from '../helpers/paths.ts';

describe('ORGANIZATION_KINDS', () => {
  it('names the kinds of body in the support directory', () => {
    expect(ORGANIZATION_KINDS).toEqual(['un-system', 'standards-body', 'industry-alliance', 'development-partner', 'academic']);
  });

  it('is the list the schema accepts and the scaffolder offers', () => {
    expect(organizationFactsSchema.shape.kind.options).toEqual([...ORGANIZATION_KINDS]);
    mkdirSync(OUTPUT, { recursive: true });
    const [facts] = scaffoldItem(mkdtempSync(path.join(OUTPUT, 'vocabulary-')), 'organization', 'an-organization', '2026-01-01');
    const comment = /^kind: .*# (.*)$/m.exec(readFileSync(facts!, 'utf8'))?.[1];
    expect(comment?.split(', ')).toEqual([...ORGANIZATION_KINDS]);
  });
});
