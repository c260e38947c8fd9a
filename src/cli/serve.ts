/** npm start (second half): serve the built site locally and print its address. */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
import { preview } from 'astro';
import { PROJECT_ROOT } from '../content/location.ts';

const server = await preview({ root: PROJECT_ROOT, server: { port: Number(process.env['PORT'] ?? 4321), host: process.env['HOST'] ?? 'localhost' } });
process.stdout.write(`\nThe hub is served at http://${process.env['HOST'] ?? 'localhost'}:${server.port}/ (press Ctrl+C to stop).\n`);
