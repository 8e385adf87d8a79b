// A real HTTP(S) server on loopback for client tests: it records every request and answers with whatever the
// current handler says. Not a mock of fetch: requests go through the socket layer, so encoding, headers and
// connection failures are the real thing.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';

/** One request as the server received it. */
export interface RecordedRequest {
  readonly method: string;
  /** The raw request target, exactly as sent: path and query, percent-encoding untouched. */
  readonly target: string;
  /** The raw path (before `?`), still percent-encoded. */
  readonly rawPath: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** The body's bytes, exactly as received. */
  readonly bytes: Buffer;
  /** The common name of the verified client certificate, when the client sent one over TLS. */
  readonly clientCertificate: string | undefined;
}

/** Answers one request; may leave it hanging (timeouts) or drop the socket (network errors). */
export type Handler = (request: RecordedRequest, response: ServerResponse, raw: IncomingMessage) => void;

/** A running server. */
export interface ApiServer {
  /** `http://127.0.0.1:PORT` (or https). */
  readonly url: string;
  readonly port: number;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Replaces the handler for the next requests (also clears the request log). */
  handle(handler: Handler): void;
  /** Answers the next requests in order with these handlers; the last one repeats. */
  sequence(...handlers: Handler[]): void;
  close(): Promise<void>;
}

/** Writes a JSON answer. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** A Kubernetes `Status` failure body, as the API server writes it. */
export function statusBody(code: number, reason: string, message: string, details?: unknown): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details === undefined ? {} : { details }),
    code,
  };
}

/** A handler that always answers with this JSON. */
export function json(status: number, body: unknown, headers?: Record<string, string>): Handler {
  return (_request, response) => sendJson(response, status, body, headers);
}

/** Starts a server on 127.0.0.1 with an OS-chosen port; `tls` makes it HTTPS. */
export async function startApiServer(tls?: https.ServerOptions): Promise<ApiServer> {
  let handlers: Handler[] = [json(200, {})];
  const requests: RecordedRequest[] = [];
  const listener = (raw: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    raw.on('data', (chunk: Buffer) => chunks.push(chunk));
    raw.on('end', () => {
      const target = raw.url ?? '';
      const question = target.indexOf('?');
      const socket = raw.socket as Partial<TLSSocket>;
      const peer = socket.authorized === true ? socket.getPeerCertificate?.() : undefined;
      const request: RecordedRequest = {
        method: raw.method ?? '',
        target,
        rawPath: question === -1 ? target : target.slice(0, question),
        query: new URLSearchParams(question === -1 ? '' : target.slice(question + 1)),
        headers: raw.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        bytes: Buffer.concat(chunks),
        clientCertificate: typeof peer?.subject?.CN === 'string' ? peer.subject.CN : undefined,
      };
      requests.push(request);
      const handler = handlers.length > 1 ? handlers.shift()! : handlers[0]!;
      try {
        handler(request, response, raw);
      } catch (error) {
        response.writeHead(599).end(String(error));
      }
    });
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    handle(handler) {
      handlers = [handler];
      requests.length = 0;
    },
    sequence(...next) {
      if (next.length === 0) throw new Error('sequence() needs a handler');
      handlers = next;
      requests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
