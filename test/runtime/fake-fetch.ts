// A fetch for runtime/request.ts tests: answers from a list of real WHATWG `Response` objects (Node's own) or errors,
// recording every request, so that no server is needed; and two operation recipes to send.
import { $config, $request, type $Operation } from '../../runtime/request.js';
import { $checkResponse, $send } from '../../runtime/send.js';
import { $encodeJson, $jsonReader } from '../../runtime/client-media.js';
import { $styles } from '../../runtime/client-params.js';
import type { ClientOptions } from '../../runtime/client.js';

/** One request as the fake fetch saw it. */
export interface Seen {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** A fetch that answers from a list of responses (or errors) in turn, recording what it was asked. */
export function fakeFetch(answers: (Response | Error | (() => Promise<Response>))[]): {
  fetch: typeof fetch;
  seen: Seen[];
} {
  const seen: Seen[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    seen.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: init.body,
    });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no more answers');
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer();
    return answer;
  }) as unknown as typeof fetch;
  return { fetch: fetchImpl, seen };
}

export const json = (value: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });

export const getThing: $Operation = {
  method: 'GET',
  path: ['/apis/x/v1/namespaces/', 'namespace', '/things/', 'name'],
  query: [
    ['pretty', 'pretty', true],
    ['labelSelector', 'labelSelector', true],
  ],
  headers: [['X-Trace', 'trace']],
  styles: $styles,
  encode: undefined,
  bodyKey: undefined,
  contentType: undefined,
  patchTypes: undefined,
  reader: $jsonReader,
  validate: undefined,
  safe: true,
};

export const createThing: $Operation = {
  ...getThing,
  method: 'POST',
  path: ['/things'],
  query: [],
  headers: [],
  encode: $encodeJson,
  bodyKey: 'body',
  contentType: 'application/json',
  safe: false,
};

/** What a promise rejected with; fails the test when it resolves. */
export function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** Sends one operation with the given client options and answers. */
export async function send(
  operation: $Operation,
  params: object,
  answers: Parameters<typeof fakeFetch>[0],
  options: Partial<ClientOptions> = {},
  request?: Parameters<typeof $send>[2],
): Promise<{ result: unknown; seen: Seen[] }> {
  const fake = fakeFetch(answers);
  // As createClient makes it: with the response check its methods' validators need.
  const config = $config(
    { baseUrl: 'https://api.example.com:6443/prefix/', fetch: fake.fetch, ...options },
    {},
    $checkResponse,
  );
  const result = await $send(config, $request(operation, params), request);
  return { result, seen: fake.seen };
}
