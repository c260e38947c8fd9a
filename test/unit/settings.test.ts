import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, settings, settingsSchema } from '../../src/settings.ts';

describe('settings', () => {
  it('has a default for everything', () => {
    expect(settings({})).toMatchObject({
      HUB_SITE: 'https://hub.example.org',
      HUB_BASE: '/',
      HUB_LOG_LEVEL: 'info',
      HUB_PORT: 4321,
      HUB_OUT_DIR: path.join(PROJECT_ROOT, 'dist'),
    });
  });

  it('resolves folders against the project', () => {
    expect(settings({ HUB_CONTENT_DIR: 'test/fixtures/valid' }).HUB_CONTENT_DIR).toBe(path.join(PROJECT_ROOT, 'test/fixtures/valid'));
    expect(settings({ HUB_OUT_DIR: '/tmp/out' }).HUB_OUT_DIR).toBe('/tmp/out');
  });

  it('names every bad variable, its value and what is allowed, all at once', () => {
    expect(() => settings({ HUB_BASE: 'hub', HUB_SITE: 'not a url', HUB_LOG_LEVEL: 'loud', HUB_PORT: '99999' })).toThrowErrorMatchingInlineSnapshot(`
      [SettingsError: Some settings are not valid (see "Settings" in the README):
        HUB_SITE="not a url": must be a full web address such as https://hub.example.org
        HUB_BASE="hub": must start and end with a slash, e.g. /hub/ (or / for the root)
        HUB_LOG_LEVEL="loud": must be one of info, warn, error, silent
        HUB_PORT="99999": must be a port number from 1 to 65535]
    `);
  });

  it('accepts a sub-folder base and rejects one without its slashes', () => {
    expect(settings({ HUB_BASE: '/hub/' }).HUB_BASE).toBe('/hub/');
    expect(() => settings({ HUB_BASE: '/hub' })).toThrow(/HUB_BASE="\/hub"/);
  });

  it('is listed whole in the README', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    for (const name of Object.keys(settingsSchema.shape)) expect(readme, name).toContain(`| \`${name}\` |`);
  });
});
