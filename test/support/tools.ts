// The command-line tools some tests drive as independent references (kubectl, openssl). They are part of the test
// environment the README names: a missing one fails the tests that need it, saying which, instead of skipping them.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The tool's path on the PATH; throws, naming the tool and the tests that need it, when it is not there. */
export function requiredTool(name: string, neededBy: string): string {
  const found = (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name))
    .find((path) => existsSync(path));
  if (found === undefined) throw new Error(`${name} is not on the PATH: ${neededBy} needs it (README, "Quick start")`);
  return found;
}
