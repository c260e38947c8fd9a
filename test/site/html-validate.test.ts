/** Every built page is valid HTML (html-validate, recommended rules). */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { listFiles } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/paths.ts';
import path from 'node:path';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes minified markup; these rules are about source formatting, not validity.
    'no-trailing-whitespace': 'off',
    // Titles of guidance documents are long by nature; keep them readable in a browser tab, not under 70 characters.
    // Titles are limited to 140 characters by the content schema; html-validate counts escaped characters (&#39;) as several.
    'long-title': ['error', { maxlength: 170 }],
    // HTML allows any id without spaces; heading ids in Arabic or Chinese are made of their words.
    'valid-id': ['error', { relaxed: true }],
    // Pages rewritten with parse5 write boolean attributes as hidden=""; both forms are valid HTML.
    'attribute-empty-style': 'off',
    'attribute-boolean-style': 'off',
  },
});

describe('HTML validity', () => {
  it('has no errors on any page', async () => {
    const files = listFiles(SITE_DIR).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(100);
    const failing = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(SITE_DIR, file));
      if (!report.valid) failing.push(...report.results);
    }
    const text = formatterFactory('text')(failing);
    expect(failing.length, text.slice(0, 20_000)).toBe(0);
  }, 600_000);
});
