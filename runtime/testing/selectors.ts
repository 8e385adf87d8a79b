import { badRequest } from "./status.js";
import type { FakeObject } from "./types.js";

/** One requirement of a label selector (k8s.io/apimachinery/pkg/labels). */
export interface LabelRequirement {
  readonly key: string;
  readonly operator: "exists" | "!" | "=" | "!=" | "in" | "notin" | "gt" | "lt";
  readonly values: readonly string[];
}

const LABEL_TOKEN = /\s*(!=|==|=|!|,|\(|\)|>|<|[^\s!=,()<>]+)/y;

/** Splits a selector into tokens: operators, parentheses, commas and words. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  LABEL_TOKEN.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    LABEL_TOKEN.lastIndex = index;
    const match = LABEL_TOKEN.exec(text);
    if (match === null) break;
    tokens.push(match[1]!);
    index = LABEL_TOKEN.lastIndex;
    if (/^\s*$/.test(text.slice(index))) break;
  }
  return tokens;
}

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Checks a key and values as labels.NewRequirement does. */
function requirement(key: string, operator: LabelRequirement["operator"], values: string[]): LabelRequirement {
  if (!KEY.test(key)) throw badRequest(`unable to parse requirement: invalid label key "${key}"`);
  for (const value of values) {
    if (operator === "gt" || operator === "lt") {
      if (!/^-?\d+$/.test(value))
        throw badRequest(`unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer`);
    } else if (!VALUE.test(value) || value.length > 63) {
      throw badRequest(`unable to parse requirement: invalid label value: "${value}"`);
    }
  }
  return { key, operator, values };
}

/** Parses a label selector (`a=b,c!=d,e in (f,g),!h,i`); a malformed one is a 400 BadRequest. */
export function parseLabelSelector(text: string): LabelRequirement[] {
  const tokens = tokenize(text);
  const requirements: LabelRequirement[] = [];
  let position = 0;
  const next = (): string | undefined => tokens[position++];
  const fail = (found: string | undefined, expected: string): never => {
    throw badRequest(`unable to parse requirement: found '${found ?? ""}', expected: ${expected}`);
  };
  while (position < tokens.length) {
    let token = next();
    if (token === "!") {
      const key = next();
      if (key === undefined || /^[!=,()<>]/.test(key)) fail(key, "identifier");
      requirements.push(requirement(key!, "!", []));
    } else if (token === undefined || /^[!=,()<>]/.test(token)) {
      fail(token, "!, identifier");
    } else {
      const key = token;
      const operator = tokens[position];
      if (operator === undefined || operator === ",") {
        requirements.push(requirement(key, "exists", []));
      } else if (operator === "=" || operator === "==" || operator === "!=") {
        position++;
        const value = tokens[position] === undefined || tokens[position] === "," ? "" : next()!;
        requirements.push(requirement(key, operator === "!=" ? "!=" : "=", [value]));
      } else if (operator === ">" || operator === "<") {
        position++;
        requirements.push(requirement(key, operator === ">" ? "gt" : "lt", [next() ?? ""]));
      } else if (operator === "in" || operator === "notin") {
        position++;
        if (next() !== "(") fail(tokens[position - 1], "'('");
        const values: string[] = [];
        for (token = next(); token !== ")"; token = next()) {
          if (token === undefined) fail(token, "')'");
          if (token === ",") continue;
          values.push(token!);
        }
        if (values.length === 0) values.push("");
        requirements.push(requirement(key, operator, values));
      } else {
        fail(operator, "=, !=, ==, in, notin");
      }
    }
    token = next();
    if (token !== undefined && token !== ",") fail(token, "','");
  }
  return requirements;
}

/** Whether a set of labels satisfies every requirement. */
export function matchesLabels(
  requirements: readonly LabelRequirement[],
  labels: Readonly<Record<string, string>>,
): boolean {
  return requirements.every(({ key, operator, values }) => {
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const value = has ? labels[key]! : undefined;
    switch (operator) {
      case "exists":
        return has;
      case "!":
        return !has;
      case "=":
        return has && value === values[0];
      case "!=":
        return !has || value !== values[0];
      case "in":
        return has && values.includes(value!);
      case "notin":
        return !has || !values.includes(value!);
      case "gt":
      case "lt": {
        if (!has || !/^-?\d+$/.test(value!)) return false;
        const left = Number(value);
        const right = Number(values[0]);
        return operator === "gt" ? left > right : left < right;
      }
    }
  });
}

/** One requirement of a field selector. */
export interface FieldRequirement {
  readonly field: string;
  readonly equal: boolean;
  readonly value: string;
}

/** The fields every resource can be selected by (the generic registry's `DefaultClusterScopedAttr` and namespaced). */
const SELECTABLE_FIELDS = ["metadata.name", "metadata.namespace"];

/** Parses a field selector (`metadata.name=x,metadata.namespace!=y`); unknown fields are a 400 BadRequest. */
export function parseFieldSelector(text: string): FieldRequirement[] {
  if (text.trim() === "") return [];
  return text.split(",").map((part) => {
    const match = /^\s*([^=!\s]+)\s*(==|=|!=)\s*([^\s]*)\s*$/.exec(part);
    if (match === null) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    const field = match[1]!;
    if (!SELECTABLE_FIELDS.includes(field)) throw badRequest(`field label not supported: ${field}`);
    return { field, equal: match[2] !== "!=", value: match[3]! };
  });
}

/** Whether an object satisfies every field requirement. */
export function matchesFields(requirements: readonly FieldRequirement[], object: FakeObject): boolean {
  const metadata = (object["metadata"] ?? {}) as Record<string, unknown>;
  return requirements.every(({ field, equal, value }) => {
    const actual = field === "metadata.name" ? metadata["name"] : metadata["namespace"];
    return (String(actual ?? "") === value) === equal;
  });
}
