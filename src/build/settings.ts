/**
 * Build settings from the environment, read in one place by the Astro config
 * and the build command.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../content/location.ts';

/** Public address of the hub (canonical links, hreflang, sitemap, feeds, offline links back online). */
export function siteUrl(): string {
  return process.env['HUB_SITE'] ?? 'https://hub.example.org';
}

/** Where the built site is written. */
export function outDir(): string {
  return path.resolve(PROJECT_ROOT, process.env['HUB_OUT_DIR'] ?? 'dist');
}
