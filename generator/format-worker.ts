/** A worker thread for the format stage: formats the texts it is sent, one at a time, with the same options. */
import { parentPort } from 'node:worker_threads';
import { formatText } from './format.js';

parentPort?.on('message', (task: { text: string; parser: string }) => {
  formatText(task.text, task.parser).then(
    (text) => parentPort?.postMessage({ ok: true, text }),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        text: error instanceof Error ? error.message : String(error),
        loc: (error as { loc?: unknown }).loc,
      }),
  );
});
