/** npm start (second half): serve the built site locally and print its address. */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
import { preview } from 'astro';
import { PROJECT_ROOT, settingsOrExit } from '../settings.ts';

const { HUB_PORT: port, HUB_HOST: host, HUB_BASE: base } = settingsOrExit();
const server = await preview({ root: PROJECT_ROOT, server: { port, host } });
process.stdout.write(`\nThe hub is served at http://${host}:${server.port}${base} (press Ctrl+C to stop).\n`);
