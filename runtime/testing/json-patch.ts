import { StatusError, badRequest } from "./status.js";

/** A JSON value as patches see it. */
type Json = unknown;

/** A JSON Patch operation failed while applying (RFC 6902 §5): the server answers 422 with the reason. */
function patchFailure(message: string): StatusError {
  return new StatusError(422, "Invalid", message);
}

/** The reference tokens of a JSON pointer (RFC 6901), unescaped. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw badRequest(`invalid JSON pointer "${pointer}": must start with "/"`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Deep equality of JSON values (object key order does not matter). */
export function jsonEqual(left: Json, right: Json): boolean {
  if (left === right) return true;
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left)) {
    const other = right as Json[];
    return left.length === other.length && left.every((item, index) => jsonEqual(item, other[index]));
  }
  const a = left as Record<string, Json>;
  const b = right as Record<string, Json>;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]))
  );
}

/** A deep copy of a JSON value. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** An array index token: digits without leading zeros, or `-` when appending is allowed. */
function arrayIndex(token: string, length: number, forAdd: boolean, pointer: string): number {
  if (forAdd && token === "-") return length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw patchFailure(`invalid array index "${token}" in "${pointer}"`);
  const index = Number(token);
  if (index > length || (!forAdd && index === length))
    throw patchFailure(`array index ${index} out of bounds in "${pointer}"`);
  return index;
}

/** The container and last token of a pointer; fails when an intermediate value is missing. */
function locate(document: Json, pointer: string): { parent: Json; token: string } {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) throw patchFailure(`the root cannot be the target of "${pointer}"`);
  let parent = document;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(parent)) parent = parent[arrayIndex(token, parent.length, false, pointer)];
    else if (typeof parent === "object" && parent !== null && Object.hasOwn(parent, token))
      parent = (parent as Record<string, Json>)[token];
    else throw patchFailure(`doc is missing path: "${pointer}": missing value`);
  }
  return { parent, token: tokens[tokens.length - 1]! };
}

/** The value at a pointer; fails when it is missing. */
function read(document: Json, pointer: string): Json {
  let value = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(value)) value = value[arrayIndex(token, value.length, false, pointer)];
    else if (typeof value === "object" && value !== null && Object.hasOwn(value, token))
      value = (value as Record<string, Json>)[token];
    else throw patchFailure(`doc is missing path: "${pointer}": missing value`);
  }
  return value;
}

/** Adds (or for objects replaces) a value; returns the new document (the root may be replaced). */
function add(document: Json, pointer: string, value: Json): Json {
  if (pointer === "") return value;
  const { parent, token } = locate(document, pointer);
  if (Array.isArray(parent)) parent.splice(arrayIndex(token, parent.length, true, pointer), 0, value);
  else if (typeof parent === "object" && parent !== null) (parent as Record<string, Json>)[token] = value;
  else throw patchFailure(`doc is missing path: "${pointer}": missing value`);
  return document;
}

/** Removes a value; returns the new document. */
function remove(document: Json, pointer: string): Json {
  const { parent, token } = locate(document, pointer);
  if (Array.isArray(parent)) parent.splice(arrayIndex(token, parent.length, false, pointer), 1);
  else if (typeof parent === "object" && parent !== null && Object.hasOwn(parent, token))
    delete (parent as Record<string, Json>)[token];
  else throw patchFailure(`Unable to remove nonexistent key: ${token}: missing value`);
  return document;
}

/** One operation as it arrives: checked field by field before use. */
function operationField(operation: Record<string, Json>, field: string, index: number): string {
  const value = operation[field];
  if (typeof value !== "string") throw badRequest(`json patch operation ${index}: "${field}" must be a string`);
  return value;
}

/** Applies an RFC 6902 JSON Patch to a copy of `document` (the input is not changed). */
export function applyJsonPatch(document: Json, patch: Json): Json {
  if (!Array.isArray(patch)) throw badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
  let result = cloneJson(document);
  patch.forEach((raw, index) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      throw badRequest(`json patch operation ${index} is not an object`);
    const operation = raw as Record<string, Json>;
    const op = operationField(operation, "op", index);
    const path = operationField(operation, "path", index);
    const needValue = (): Json => {
      if (!Object.hasOwn(operation, "value")) throw badRequest(`json patch operation ${index} (${op}) lacks "value"`);
      return cloneJson(operation["value"]);
    };
    switch (op) {
      case "add":
        result = add(result, path, needValue());
        break;
      case "remove":
        result = remove(result, path);
        break;
      case "replace":
        read(result, path);
        result = path === "" ? needValue() : add(remove(result, path), path, needValue());
        break;
      case "move": {
        const from = operationField(operation, "from", index);
        if (path.startsWith(`${from}/`)) throw patchFailure(`cannot move "${from}" into its own child "${path}"`);
        const value = read(result, from);
        result = add(remove(result, from), path, value);
        break;
      }
      case "copy":
        result = add(result, path, cloneJson(read(result, operationField(operation, "from", index))));
        break;
      case "test":
        if (!jsonEqual(read(result, path), operation["value"]))
          throw patchFailure(`testing value ${path} failed: test failed`);
        break;
      default:
        throw badRequest(`Unexpected kind: ${op}`);
    }
  });
  return result;
}
