/**
 * npm run build: the whole pipeline. Astro builds the site from the content
 * folder; the steps in src/build/ then run over the output, in order.
 */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
import { build } from 'astro';
import { PROJECT_ROOT } from '../content/location.ts';

type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const started = performance.now();
try {
  await build({ root: PROJECT_ROOT, logLevel: (process.env['HUB_LOG_LEVEL'] as LogLevel | undefined) ?? 'info' });
} catch (error) {
  // Content problems arrive already formatted for publishers; a stack trace would only hide them.
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write(`Build finished in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
