/** npm run dev: live preview while editing content or code. */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
import { dev } from 'astro';
import { PROJECT_ROOT } from '../content/location.ts';

await dev({ root: PROJECT_ROOT, server: { port: Number(process.env['PORT'] ?? 4321) } });
