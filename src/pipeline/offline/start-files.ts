/**
 * The two files at the root of every offline copy: START-HERE.html, which
 * opens the hub, and a read-me in the six languages.
 */
import { LANG_TAGS, LOCALES, NATIVE_NAMES, dir, formatDate, useTranslations, type Locale } from '../../i18n/index.ts';
import { OFFLINE_CONTENT_SECURITY_POLICY } from '../../lib/security.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A start page for a one-language copy: a link to the home page of that language. */
export function startPage(locale: Locale, stylesheets: readonly string[]): string {
  const t = useTranslations(locale);
  const home = `${locale}/index.html`;
  return `<!doctype html>
<html lang="${LANG_TAGS[locale]}" dir="${dir(locale)}" data-offline="true">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escape(OFFLINE_CONTENT_SECURITY_POLICY)}">
<title>${escape(t('site.name'))}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${escape(href)}">`).join('\n')}
</head>
<body class="chooser">
<main id="main">
<h1>${escape(t('site.name'))}</h1>
<ul class="chooser-list"><li><a href="${home}"><span class="language">${escape(NATIVE_NAMES[locale])}</span><span class="site-name">${escape(t('offline.open'))}</span></a></li></ul>
</main>
</body>
</html>
`;
}

/** README.txt: how to use the copy, in the six languages. */
export function readme(date: string, onlineDownloads: string): string {
  return LOCALES.map((locale) => {
    const t = useTranslations(locale);
    return [
      `${t('offline.readmeTitle')} (${NATIVE_NAMES[locale]}, ${formatDate(locale, date)})`,
      t('offline.readme1'),
      t('offline.readme2'),
      t('offline.readme3', { url: onlineDownloads }),
      '',
    ].join('\n');
  }).join('\n');
}
