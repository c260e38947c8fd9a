/**
 * The downloadable copies of the hub: one name for each, shared by the
 * download page and the build steps that make them. ASCII, short names
 * (Windows' built-in unzip and path limits).
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';

export const DOWNLOADS_FOLDER = 'downloads';
export const CHECKSUMS_FILE = 'SHA256SUMS';
export const START_FILE = 'START-HERE.html';
export const README_FILE = 'README.txt';

export interface Download {
  file: string;
  kind: 'zip' | 'zim';
  /** The languages it holds. */
  locales: readonly Locale[];
}

export function offlineCopies(): Download[] {
  return [
    { file: 'iot-hub-all.zip', kind: 'zip', locales: LOCALES },
    ...LOCALES.map((locale) => ({ file: `iot-hub-${locale}.zip`, kind: 'zip' as const, locales: [locale] })),
  ];
}

export function zimFiles(): Download[] {
  return LOCALES.map((locale) => ({ file: `iot-hub-${locale}.zim`, kind: 'zim' as const, locales: [locale] }));
}

/** The name of a copy's folder while it is prepared (and of the ZIM made from it). */
export function copyName(download: Download): string {
  return download.file.replace(/\.(zip|zim)$/, '');
}
