import { describe, expect, it } from 'vitest';
import { fieldPath, formatProblems, nearMiss } from '../../src/content/problems.ts';
import { CATEGORIES, SECTORS } from '../../src/content/vocabulary.ts';

describe('nearMiss', () => {
  it('suggests the closest allowed value for a typo', () => {
    expect(nearMiss('sid', CATEGORIES)).toBe('sids');
    expect(nearMiss('LDC', CATEGORIES)).toBe('ldc');
    expect(nearMiss('emergency', SECTORS)).toBe('emergencies');
    expect(nearMiss('publicsafety', SECTORS)).toBe('public-safety');
  });
  it('stays silent when nothing is close', () => {
    expect(nearMiss('fisheries', SECTORS)).toBeUndefined();
    expect(nearMiss(42, SECTORS)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes field paths as in the file', () => {
    expect(fieldPath(['sources', 0, 'url'])).toBe('sources[0].url');
    expect(fieldPath([2, 'iso3'])).toBe('[2].iso3');
  });
  it('names the file, line, field, value, allowed values and suggestion', () => {
    const text = formatProblems([
      {
        file: 'guidelines/x/resource.yaml',
        line: 3,
        field: 'categories[1]',
        value: 'sid',
        message: 'is not an allowed value',
        allowed: CATEGORIES,
        suggestion: 'sids',
      },
      { file: 'guidelines/x/en.mdx', message: 'is missing' },
    ]);
    expect(text).toContain('2 problems');
    expect(text).toContain('guidelines/x/resource.yaml:3');
    expect(text).toContain('categories[1]: is not an allowed value (found "sid")');
    expect(text).toContain('allowed: ldc, sids, lldc, eit');
    expect(text).toContain('did you mean "sids"?');
    expect(text).toContain('guidelines/x/en.mdx\n    is missing');
  });
});
