// `node max-rss.js OUT_FILE SCRIPT ...ARGS`: runs SCRIPT in this process as if it had been started directly, and
// writes its user and system CPU seconds and peak resident set size (KiB) to OUT_FILE when the process exits, as
// GNU time's `-f '%U %S %M'` does. The fallback of cold.ts where GNU time is not installed.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [outFile, script, ...args] = process.argv.slice(2);
if (outFile === undefined || script === undefined) {
  console.error('usage: node max-rss.js OUT_FILE SCRIPT [ARGS...]');
  process.exit(2);
}
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(outFile, `${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6} ${usage.maxRSS}`);
});
process.argv = [process.argv[0]!, resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
