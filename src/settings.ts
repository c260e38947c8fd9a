/**
 * Every setting of the hub, read from the environment in one place and
 * checked: a bad value stops the command with a message that names the
 * variable, the value and what is allowed. The README lists them all.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';

/** Project root: the folder above src/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const LOG_LEVELS = ['info', 'warn', 'error', 'silent'] as const;

const folder = (fallback: string) =>
  z
    .string()
    .min(1)
    .default(fallback)
    .transform((value) => path.resolve(PROJECT_ROOT, value));

export const settingsSchema = z.object({
  HUB_SITE: z
    .url({ protocol: /^https?$/, error: 'must be a full web address such as https://hub.example.org' })
    .default('https://hub.example.org')
    .describe('Public address of the hub: canonical links, hreflang, sitemap, feeds, links from offline copies back online.'),
  HUB_BASE: z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'must start and end with a slash, e.g. /hub/ (or / for the root)')
    .default('/')
    .describe('Path the site is served under, when not at the root of its address (e.g. /hub/ on GitHub Pages).'),
  HUB_CONTENT_DIR: folder('content').describe('Content folder to build from (relative to the project or absolute).'),
  HUB_OUT_DIR: folder('dist').describe('Folder the built site is written to.'),
  HUB_LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info')
    .describe('How much the build prints: info, warn, error or silent.'),
  HUB_HOST: z.string().min(1).default('localhost').describe('Host name `npm start` and `npm run dev` serve on.'),
  HUB_PORT: z.coerce
    .number({ error: 'must be a port number from 1 to 65535' })
    .int()
    .min(1, 'must be a port number from 1 to 65535')
    .max(65535, 'must be a port number from 1 to 65535')
    .default(4321)
    .describe('Port `npm start` and `npm run dev` serve on.'),
  HUB_EDITOR_PORT: z.coerce
    .number({ error: 'must be a port number from 1 to 65535' })
    .int()
    .min(1, 'must be a port number from 1 to 65535')
    .max(65535, 'must be a port number from 1 to 65535')
    .default(4330)
    .describe('Port the browser editor (`npm run edit`) serves on; its preview uses HUB_PORT.'),
  SOURCE_DATE_EPOCH: z
    .string()
    .regex(/^\d+$/, 'must be a number of seconds since 1970 (the reproducible-builds convention)')
    .optional()
    .describe('Date stamped on files (zip entries, documents) instead of the newest content date.'),
});

export type Settings = z.output<typeof settingsSchema>;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** The settings in force; throws a SettingsError naming every bad variable at once. */
export function settings(env: NodeJS.ProcessEnv = process.env): Settings {
  const known = Object.fromEntries(Object.keys(settingsSchema.shape).map((name) => [name, env[name] === '' ? undefined : env[name]]));
  const result = settingsSchema.safeParse(known);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `  ${name}=${JSON.stringify(env[name])}: ${issue.message}`;
  });
  throw new SettingsError(`Some settings are not valid (see "Settings" in the README):\n${lines.join('\n')}`);
}

/** For commands: the settings, or the message naming the bad ones and exit status 2. */
export function settingsOrExit(): Settings {
  try {
    return settings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
