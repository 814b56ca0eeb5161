/**
 * `npm run build`: one reproducible zip per rule in `dist/`, each holding a bundled `index.js` whose
 * `handler` export is the rule's Lambda handler, and `dist/alert-notifier.zip`, the alert function.
 */
import { resolve } from 'node:path';
import { rules } from '../../rules';
import { ALERT_FUNCTION_ID } from '../generate/alert-resources';
import { parseBuildArgs } from './build-args';
import { buildZips } from './build-zips';

async function main(): Promise<void> {
  const options = parseBuildArgs(process.argv.slice(2));
  const root = resolve(__dirname, '..', '..');
  const ids = options.ids ?? [...rules.map((rule) => rule.id), ALERT_FUNCTION_ID];
  // The alert function is not a Config rule: its entry is alerts/handler.ts, its zip sits beside the rules'.
  const entries = ids.map((id) => ({ id, entry: id === ALERT_FUNCTION_ID ? resolve(root, 'alerts', 'handler.ts') : resolve(root, options.rulesDir, id, 'handler.ts') }));
  const built = await buildZips(entries, root, resolve(root, options.outDir));
  for (const zip of built) {
    const clients = zip.clients.clients.map((client) => client.name.replace('@aws-sdk/', '')).join(', ');
    process.stdout.write(
      `${zip.id}: ${zip.bytes} bytes zipped; ${zip.bundleBytes} bytes of JavaScript at init, ${zip.clients.codeBytes} on first use of a client (${clients || 'none'})\n`,
    );
    if (options.verbose) {
      const heavy = Object.entries(zip.inputs).sort((a, b) => b[1] - a[1]);
      for (const [name, bytes] of heavy) process.stdout.write(`    ${name} ${bytes}\n`);
      for (const client of zip.clients.clients) process.stdout.write(`    ${client.name} ${client.version}: ${client.exports.join(', ')}\n`);
      const lazy = Object.entries(zip.clients.inputs).sort((a, b) => b[1] - a[1]);
      for (const [name, bytes] of lazy) process.stdout.write(`    (on first use) ${name} ${bytes}\n`);
    }
  }
  if (rules.length === 0) process.stdout.write('No rules in the registry (rules/index.ts): only the alert function was built.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exitCode = 1;
});
