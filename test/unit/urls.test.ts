import { describe, expect, it } from 'vitest';
import { absolute, href, localeOfPath, rootHref } from '../../src/lib/urls.ts';

describe('href', () => {
  it('builds every route with the locale first and a trailing slash', () => {
    expect(href('fr', { page: 'home' })).toBe('/fr/');
    expect(href('ar', { page: 'category', category: 'sids' })).toBe('/ar/categories/sids/');
    expect(href('ru', { page: 'country', iso3: 'NPL' })).toBe('/ru/countries/npl/');
    expect(href('zh', { page: 'sector', sector: 'urban-rural' })).toBe('/zh/sectors/urban-rural/');
    expect(href('es', { page: 'listing', type: 'strategy-template' })).toBe('/es/templates/');
    expect(href('en', { page: 'listing', type: 'best-practice' })).toBe('/en/best-practices/');
    expect(href('en', { page: 'resource', slug: 'iot-early-warning' })).toBe('/en/resources/iot-early-warning/');
    expect(href('en', { page: 'organization', id: 'itu-d' })).toBe('/en/organizations/itu-d/');
    expect(href('en', { page: 'resolution' })).toBe('/en/resolution/');
    expect(href('en', { page: 'feed' })).toBe('/en/feed.xml');
  });

  it('puts later pages of a list under page/<n>/', () => {
    expect(href('fr', { page: 'listing', type: 'guideline', number: 1 })).toBe('/fr/guidelines/');
    expect(href('fr', { page: 'listing', type: 'guideline', number: 3 })).toBe('/fr/guidelines/page/3/');
    expect(href('ar', { page: 'sector', sector: 'health', number: 2 })).toBe('/ar/sectors/health/page/2/');
    expect(href('en', { page: 'category', category: 'ldc', number: 2 })).toBe('/en/categories/ldc/page/2/');
  });

  it('appends a fragment', () => {
    expect(href('en', { page: 'resolution' }, 'instructs-bdt-1')).toBe('/en/resolution/#instructs-bdt-1');
  });

  it('gives the same path in every language but the locale', () => {
    const route = { page: 'country', iso3: 'TON' } as const;
    expect(href('en', route).replace('/en/', '/')).toBe(href('ar', route).replace('/ar/', '/'));
  });
});

describe('localeOfPath', () => {
  it('reads the locale of a page path', () => {
    expect(localeOfPath('/fr/countries/npl/')).toBe('fr');
    expect(localeOfPath('/zh/')).toBe('zh');
  });
  it('returns undefined outside the locales', () => {
    expect(localeOfPath('/')).toBeUndefined();
    expect(localeOfPath('/_astro/site.css')).toBeUndefined();
    expect(localeOfPath('/de/')).toBeUndefined();
  });
});

describe('absolute', () => {
  it('resolves against the site address', () => {
    expect(absolute(href('en', { page: 'home' }), 'https://hub.example.org')).toBe('https://hub.example.org/en/');
    expect(absolute(rootHref(), 'https://hub.example.org')).toBe('https://hub.example.org/');
  });
});
