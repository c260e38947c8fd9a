/**
 * Translation keys are typed from the English strings: a key that does not
 * exist fails `npm run typecheck` instead of showing the raw key to readers.
 */
import 'i18next';
import type en from './strings/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
