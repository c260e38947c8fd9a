/** npm run dev: live preview while editing content or code. */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
import { dev } from 'astro';
import { PROJECT_ROOT, settingsOrExit } from '../settings.ts';

const { HUB_PORT: port, HUB_HOST: host } = settingsOrExit();
await dev({ root: PROJECT_ROOT, server: { port, host } });
