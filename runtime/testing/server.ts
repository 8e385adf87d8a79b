import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { asTable, deleteCollection, deleteObject, listObjects, wantsTable } from "./collection.js";
import { GoDecoder } from "./go-json.js";
import {
  SERVED_SUBRESOURCES,
  aggregatedDiscovery,
  aggregatedDiscoveryType,
  coreVersions,
  groupList,
  groupOf,
  OpenApiV3,
  resourceList,
  versionInfo,
} from "./discovery.js";
import {
  apiVersionOf,
  createObject,
  PATCH_TYPES,
  patchObject,
  readObject,
  replaceObject,
  type EngineConfig,
  type Outcome,
  type Target,
} from "./engine.js";
import { route, type Route } from "./routes.js";
import {
  StatusError,
  badRequest,
  internalError,
  methodNotAllowed,
  pathNotFound,
  requestEntityTooLarge,
  unsupportedMediaType,
} from "./status.js";
import { FakeStore } from "./store.js";
import { startWatch } from "./watch.js";
import type { FakeObject, HooksByResource, PatchSchemas, ResourceSpec } from "./types.js";

/** What the generated `testing` entry passes in: the spec's resource table, merge metadata and OpenAPI document. */
export interface FakeApi {
  readonly resources: readonly ResourceSpec[];
  readonly schemas: PatchSchemas;
  /** The OpenAPI document the package was generated from (parsed on first use). */
  readonly openapi: () => Record<string, unknown>;
  /** Hooks the generator ships for this spec (the caller's hooks replace them per resource). */
  readonly hooks?: HooksByResource;
}

/** Options of `createFakeServer`. Everything is optional; the defaults behave as a fresh cluster would. */
export interface FakeServerOptions {
  /** Objects present from the start (each needs `apiVersion`, `kind` and `metadata.name`; namespaced ones default to `default`). */
  readonly objects?: readonly FakeObject[];
  /** The clock for `creationTimestamp`, managed fields and deletion timestamps. */
  readonly now?: () => Date;
  /** The `metadata.uid` generator. */
  readonly uid?: () => string;
  /** The next revision (`resourceVersion`) after the current one; must grow. */
  readonly nextResourceVersion?: (current: number) => number;
  /** The suffix `generateName` gets. */
  readonly nameSuffix?: () => string;
  /** Per-resource hooks (`<plural>.<group>`), for server rules the schema cannot say. */
  readonly hooks?: HooksByResource;
  /** The largest request body accepted (a real server's limit is 3 MiB). */
  readonly maxBodyBytes?: number;
  /** The port on 127.0.0.1 (0, the default, picks a free one). */
  readonly port?: number;
  /** What `/version` reports. */
  readonly serverVersion?: string;
  /** How often watches that allow bookmarks get one (ms). */
  readonly bookmarkIntervalMs?: number;
  /** How many changes are kept for watches and paged lists (older resourceVersions are 410 Expired). */
  readonly historyLimit?: number;
}

/** A running fake API server. */
export interface FakeServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Every stored object of a resource (`<group>/<version>/<plural>`, e.g. `apps/v1/deployments`). */
  objects(resource: string): FakeObject[];
  /** Stops listening, ends every watch and closes every connection. */
  close(): Promise<void>;
}

const NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/** Five random characters from the alphabet apimachinery's `generateName` uses. */
function randomSuffix(): string {
  return Array.from({ length: 5 }, () => NAME_ALPHABET[Math.floor(Math.random() * NAME_ALPHABET.length)]).join("");
}

/** Reads a request body up to a limit (413 beyond it). */
async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw requestEntityTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The media types a create or update body may have. */
const BODY_TYPES = ["application/json", "application/yaml"];

/** Decodes a body: JSON, or YAML in its JSON form; anything malformed is a 400 as the server's decoder gives. */
function decodeBody(text: string, mediaType: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (mediaType.includes("yaml"))
      throw badRequest(`error decoding YAML: this fake reads YAML bodies only in their JSON form (flow style): ${why}`);
    throw badRequest(`couldn't get version/kind; json parse error: ${why}`);
  }
}

/** The field manager a write names with the `fieldManager` parameter, if any. */
function fieldManager(query: URLSearchParams): string | undefined {
  const given = query.get("fieldManager");
  if (given !== null && given !== "") return given;
  return undefined;
}

/** The field manager of a write that names none: the User-Agent's product, as the server derives it. */
function defaultManager(request: IncomingMessage): string {
  const agent = request.headers["user-agent"] ?? "unknown";
  return agent.split("/")[0]!.trim() || "unknown";
}

/** Starts a fake API server for a generated resource table on 127.0.0.1. */
export async function startFakeServer(api: FakeApi, options: FakeServerOptions = {}): Promise<FakeServer> {
  const store = new FakeStore({
    ...(options.historyLimit !== undefined ? { historyLimit: options.historyLimit } : {}),
    ...(options.nextResourceVersion !== undefined ? { nextRevision: options.nextResourceVersion } : {}),
  });
  const goDecoder = new GoDecoder(api.openapi);
  // Each parsed body's text: Go's decoder reads numbers by their text and members in the order written.
  const bodyTexts = new WeakMap<object, string>();
  const config: EngineConfig = {
    store,
    schemas: api.schemas,
    goDecode: (resource, object, sorted, source) =>
      goDecoder.decode(
        resource,
        object,
        sorted,
        typeof source === "object" && source !== null ? bodyTexts.get(source) : undefined,
      ),
    hooks: { ...api.hooks, ...options.hooks },
    now: options.now ?? (() => new Date()),
    uid: options.uid ?? randomUUID,
    nameSuffix: options.nameSuffix ?? randomSuffix,
  };
  const resources = api.resources.map((resource) => {
    const verbs = config.hooks[resource.group === "" ? resource.plural : `${resource.plural}.${resource.group}`]?.verbs;
    return verbs === undefined ? resource : { ...resource, verbs };
  });
  const openapi = new OpenApiV3(resources, api.openapi);
  const maxBodyBytes = options.maxBodyBytes ?? 3 * 1024 * 1024;
  const gitVersion = options.serverVersion ?? "v1.32.0";
  const watches = new Set<() => void>();
  const sockets = new Set<Socket>();
  let address = "127.0.0.1:0";

  for (const object of options.objects ?? []) preload(config, resources, object);

  const send = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    response.writeHead(status, {
      "Content-Type": "application/json",
      ...headers,
      "Content-Length": Buffer.byteLength(text),
    });
    response.end(text);
  };
  const reply = (
    response: ServerResponse,
    outcome: Outcome,
    request: IncomingMessage,
    query: URLSearchParams,
  ): void => {
    const warnings = (outcome.warnings ?? []).map((text) => `299 - ${JSON.stringify(text)}`);
    const table = wantsTable(request.headers.accept ?? "") && outcome.body["kind"] !== "Status";
    const body = table ? asTable([outcome.body], undefined, query.get("includeObject") ?? "Metadata") : outcome.body;
    send(response, outcome.status, body, warnings.length > 0 ? { Warning: warnings.join(", ") } : {});
  };

  const serveResource = async (
    request: IncomingMessage,
    response: ServerResponse,
    found: Route,
    query: URLSearchParams,
  ): Promise<void> => {
    const { resource, namespace, name, subresource, watch } = found;
    if (
      subresource !== undefined &&
      !(resource.subresources.includes(subresource) && SERVED_SUBRESOURCES.includes(subresource))
    )
      throw pathNotFound();
    const target: Target = {
      resource,
      namespace,
      ...(name !== undefined ? { name } : {}),
      ...(subresource !== undefined ? { subresource } : {}),
    };
    const method = request.method ?? "GET";
    const allowed = (verb: string): void => {
      if (!resource.verbs.includes(verb)) throw methodNotAllowed();
    };
    const mediaType = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    const body = async (types: readonly string[]): Promise<unknown> => {
      if (!types.includes(mediaType)) throw unsupportedMediaType(mediaType, types);
      const text = await readBody(request, maxBodyBytes);
      const parsed = decodeBody(text, mediaType);
      if (typeof parsed === "object" && parsed !== null) bodyTexts.set(parsed, text);
      return parsed;
    };
    const hooks = config.hooks[resource.group === "" ? resource.plural : `${resource.plural}.${resource.group}`];
    if (method === "GET" && (watch || query.get("watch") === "true" || query.get("watch") === "1")) {
      allowed("watch");
      response.writeHead(200, { "Content-Type": "application/json", "Transfer-Encoding": "chunked" });
      response.flushHeaders();
      const stop = startWatch(
        store,
        {
          resource,
          namespace,
          ...(name !== undefined ? { name } : {}),
          query,
          bookmarkIntervalMs: options.bookmarkIntervalMs ?? 1000,
        },
        {
          send: (event) => response.write(`${JSON.stringify(event)}\n`),
          end: () => {
            watches.delete(stop);
            response.end();
          },
        },
      );
      watches.add(stop);
      request.on("close", stop);
      return;
    }
    if (name === undefined) {
      if (method === "GET") {
        allowed("list");
        const list = listObjects(config, target, query);
        if (wantsTable(request.headers.accept ?? ""))
          return send(
            response,
            200,
            asTable(
              list["items"] as FakeObject[],
              String((list["metadata"] as FakeObject)["resourceVersion"]),
              query.get("includeObject") ?? "Metadata",
            ),
          );
        return send(response, 200, list);
      }
      if (method === "POST") {
        allowed("create");
        return reply(
          response,
          createObject(config, target, await body(BODY_TYPES), query, fieldManager(query) ?? defaultManager(request)),
          request,
          query,
        );
      }
      if (method === "DELETE") {
        allowed("deletecollection");
        const options = mediaType === "" ? undefined : await body(BODY_TYPES);
        return reply(
          response,
          deleteCollection(config, target, options, query, hooks?.deleteReturns ?? "object"),
          request,
          query,
        );
      }
      throw methodNotAllowed();
    }
    if (subresource !== undefined && method === "DELETE") throw methodNotAllowed();
    switch (method) {
      case "GET":
        allowed("get");
        return reply(response, { status: 200, body: readObject(config, target) }, request, query);
      case "PUT":
        allowed("update");
        return reply(
          response,
          replaceObject(config, target, await body(BODY_TYPES), query, fieldManager(query) ?? defaultManager(request)),
          request,
          query,
        );
      case "PATCH": {
        allowed("patch");
        const patch = await body(PATCH_TYPES);
        const manager =
          fieldManager(query) ?? (mediaType === "application/apply-patch+yaml" ? undefined : defaultManager(request));
        return reply(response, patchObject(config, target, patch, mediaType, query, manager), request, query);
      }
      case "DELETE": {
        allowed("delete");
        const options = mediaType === "" ? undefined : await body(BODY_TYPES);
        return reply(
          response,
          deleteObject(config, target, options, query, hooks?.deleteReturns ?? "object"),
          request,
          query,
        );
      }
      default:
        throw methodNotAllowed();
    }
  };

  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const accept = request.headers.accept ?? "";
    if (request.method !== "GET" && /^\/(version|api|apis|openapi\/v[23]|healthz|readyz|livez)$/.test(path))
      throw methodNotAllowed();
    if (path === "/version") return send(response, 200, versionInfo(gitVersion));
    if (path === "/healthz" || path === "/readyz" || path === "/livez") {
      response.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
      return void response.end("ok");
    }
    const aggregated = aggregatedDiscoveryType(accept);
    if (path === "/api" || path === "/apis") {
      if (aggregated !== undefined)
        return send(response, 200, aggregatedDiscovery(resources, path === "/api", aggregated), {
          "Content-Type": aggregated,
        });
      return send(response, 200, path === "/api" ? coreVersions(resources, address) : groupList(resources));
    }
    if (path === "/openapi/v3") return send(response, 200, openapi.index());
    if (path.startsWith("/openapi/v3/")) {
      const document = openapi.documentOf(path.slice("/openapi/v3/".length));
      if (document === undefined) throw pathNotFound();
      return send(response, 200, document.text);
    }
    if (path === "/openapi/v2") return send(response, 200, JSON.stringify(api.openapi()));
    const segments = path.split("/").slice(1).map(decodeURIComponent);
    const discovery =
      segments[0] === "api" && segments.length === 2
        ? resourceList(resources, "", segments[1]!)
        : segments[0] === "apis" && segments.length === 3
          ? resourceList(resources, segments[1]!, segments[2]!)
          : segments[0] === "apis" && segments.length === 2
            ? groupOf(resources, segments[1]!)
            : undefined;
    if (discovery !== undefined) {
      if (request.method !== "GET") throw methodNotAllowed();
      return send(response, 200, discovery);
    }
    const found = route(resources, segments);
    if (found === undefined) throw pathNotFound();
    await serveResource(request, response, found, url.searchParams);
  };

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      const status = error instanceof StatusError ? error : internalError(error);
      if (response.headersSent) return void response.end();
      send(response, status.code, status.toStatus());
      // An unread body (413, 415) would otherwise keep the connection waiting.
      if (!request.complete) request.resume();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  address = `127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    objects: (resource) => store.list(resource),
    close: async () => {
      for (const stop of [...watches]) stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/** Stores one preloaded object through the create path (so it is validated and stamped as a created object is). */
function preload(config: EngineConfig, resources: readonly ResourceSpec[], object: FakeObject): void {
  const resource = resources.find(
    (candidate) => apiVersionOf(candidate) === object["apiVersion"] && candidate.kind === object["kind"],
  );
  if (resource === undefined)
    throw new Error(`createFakeServer: no resource serves ${String(object["apiVersion"])} ${String(object["kind"])}`);
  const metadata = (object["metadata"] ?? {}) as Record<string, unknown>;
  const namespace = resource.namespaced ? String(metadata["namespace"] ?? "default") : undefined;
  createObject(config, { resource, namespace }, object, new URLSearchParams(), "preload");
}
