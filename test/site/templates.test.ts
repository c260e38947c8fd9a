/** Strategy templates download as .docx (which LibreOffice opens) and as Markdown, in every language. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { resourceFileHref } from '../../src/lib/urls.ts';
import { OUTPUT, SITE_DIR } from '../helpers/paths.ts';
import { settings } from '../../src/settings.ts';

const { content } = loadContent(settings().HUB_CONTENT_DIR);
const templates = [...content.resources.values()].filter((resource) => resource.type === 'strategy-template');
const files = (extension: 'docx' | 'md') =>
  templates.flatMap((template) => LOCALES.map((locale) => path.join(SITE_DIR, resourceFileHref(locale, template.slug, extension))));

describe('template downloads', () => {
  it('exist for every template in every language', () => {
    expect(templates.length).toBeGreaterThan(0);
    const missing = [...files('docx'), ...files('md')].filter((file) => !existsSync(file));
    expect(missing).toEqual([]);
  });

  it('write hub links in the Markdown as web addresses', () => {
    for (const file of files('md')) {
      const markdown = readFileSync(file, 'utf8');
      expect(markdown, file).toMatch(/^# \S/);
      expect(markdown, file).not.toMatch(/\]\((resource|country|organization|category|sector|type|page):/);
    }
  });

  it('open in LibreOffice (every .docx converts to PDF)', () => {
    const out = path.join(OUTPUT, 'libreoffice');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    // The same slug exists in six languages: give each copy its own name, so no PDF overwrites another.
    const docx = files('docx').map((file) => {
      const unique = path.join(out, `${path.relative(SITE_DIR, file).split(path.sep)[0]}-${path.basename(file)}`);
      copyFileSync(file, unique);
      return unique;
    });
    // One profile folder of our own, so a LibreOffice already running elsewhere does not interfere.
    const result = spawnSync('libreoffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...docx], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(result.error, 'libreoffice must be installed (Debian: libreoffice-writer-nogui)').toBeUndefined();
    const failed = docx.filter((file) => {
      const pdf = path.join(out, `${path.basename(file, '.docx')}.pdf`);
      return !existsSync(pdf) || statSync(pdf).size < 1000;
    });
    expect(failed, result.stderr).toEqual([]);
  }, 600_000);
});
