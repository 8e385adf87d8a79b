import type { Api, Model, Webhook } from '../ir.js';
import { printJsDoc } from '../print/doc.js';
import { PRINT_WIDTH } from '../print/layout.js';
import { printString } from '../print/literal.js';
import { derivedName } from '../names.js';
import { directionalModels, inputNames } from '../print/direction.js';
import { indexSignatureType, memberViews, printType, type MemberView } from '../print/type.js';

/** One declaration in types.ts: an interface (object models) or a type alias (everything else). */
export type DeclarationView =
  | {
      readonly isInterface: true;
      readonly name: string;
      readonly jsdoc: string;
      readonly members: readonly MemberView[];
      /** The index signature's value type, or an empty string for none. */
      readonly indexSignature: string;
      /** Laid out exactly as Prettier prints it (members indented, every line within the width). */
      readonly canonical: boolean;
    }
  | {
      readonly isInterface: false;
      readonly name: string;
      readonly jsdoc: string;
      readonly expression: string;
      readonly canonical: boolean;
    };

/** The exported group/version/kind constant of a Kubernetes kind; values are printed literals. */
export interface GvkView {
  readonly constName: string;
  readonly jsdoc: string;
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly apiVersion: string;
}

/** The template context of types.hbs. */
export interface TypesView {
  readonly title: string;
  readonly declarations: readonly DeclarationView[];
  readonly gvks: readonly GvkView[];
}

/** The name of the exported GVK constant of a model: `<Model>GVK`, unless a model already has that name. */
export function gvkConstName(modelName: string, modelNames: ReadonlySet<string>): string {
  return derivedName(`${modelName}GVK`, modelNames);
}

/** A JSDoc block moved one level in, as Prettier places comments on members. */
function indent(jsdoc: string): string {
  return jsdoc === ''
    ? ''
    : jsdoc
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n');
}

/**
 * A member type that spans lines (an inline object: `ObjectMeta & {`, `{ ... } | null`) placed as Prettier places
 * it under a member: its own members two levels in, its closing brace back at the member's level.
 */
function nested(type: string): string {
  const lines = type.split('\n');
  if (lines.length === 1) return type;
  const last = lines.length - 1;
  return lines.map((line, index) => (index === 0 ? line : index === last ? `  ${line}` : `    ${line}`)).join('\n');
}

/** Whether a nested member type is one level of inline object only (deeper ones are left to Prettier). */
function nestedLaidOut(type: string): boolean {
  const lines = type.split('\n');
  if (lines.length === 1) return true;
  const inner = lines.slice(1, -1);
  return (
    lines[0]!.endsWith('{') &&
    lines[lines.length - 1]!.startsWith('  }') &&
    inner.every((line) => !line.trimEnd().endsWith('{') && !line.trim().startsWith('}'))
  );
}

/**
 * Whether code lines are already as Prettier prints them: each on one line within the width, and no literal Prettier
 * would rewrite (a string holding double quotes is requoted; exponents lose their `+`).
 */
function fits(lines: readonly string[]): boolean {
  return lines.every((line) => !line.includes('\n') && line.length <= PRINT_WIDTH && !/\\"|\de\+/.test(line));
}

function declaration(model: Model, modelNames: ReadonlySet<string>): DeclarationView {
  const jsdoc = printJsDoc(
    model.doc,
    model.gvk ? { tags: [`@see {@link ${gvkConstName(model.name, modelNames)}}`] } : {},
  );
  const type = model.type;
  // A closed object with no properties has no members: `interface X {}` would accept `42`, so it is an alias of
  // `Record<string, never>` (printType) instead.
  const closedEmpty = type.kind === 'object' && type.properties.length === 0 && indexSignatureType(type) === undefined;
  if (type.kind === 'object' && type.onlyIn === undefined && !closedEmpty) {
    const members = memberViews(type).map((member) => ({
      ...member,
      jsdoc: indent(member.jsdoc),
      type: nested(member.type),
    }));
    const indexSignature = indexSignatureType(type) ?? '';
    const lines = [
      ...members.map((member) => `  ${member.key}${member.optional ? '?' : ''}: ${member.type};`),
      ...(indexSignature === '' ? [] : [`  [key: string]: ${indexSignature};`]),
      `export interface ${model.name} {`,
    ];
    return {
      isInterface: true,
      name: model.name,
      jsdoc,
      members,
      indexSignature,
      canonical:
        lines.length > 1 &&
        fits(lines.flatMap((line) => line.split('\n')).filter((line) => !/^\s*(\/\*\*|\*)/.test(line))) &&
        members.every((member) => nestedLaidOut(member.type)),
    };
  }
  const expression = printType(type);
  return {
    isInterface: false,
    name: model.name,
    jsdoc,
    expression,
    canonical: fits([`export type ${model.name} = ${expression};`]),
  };
}

/** Builds the view of types.ts: one declaration per model and a GVK constant per Kubernetes kind. */
export function typesView(api: Api): TypesView {
  const modelNames = new Set(api.models.map((model) => model.name));
  // A model with readOnly/writeOnly members: its response form, then its input form (print/direction.ts).
  const inputs = inputNames(api);
  return {
    title: api.title,
    declarations: [
      ...api.models.flatMap((model) => directionalModels(model, inputs)).map((model) => declaration(model, modelNames)),
      ...handlerDeclarations(api.webhooks ?? [], modelNames),
    ],
    gvks: api.models.flatMap((model) => {
      if (!model.gvk) return [];
      const { group, version, kind } = model.gvk;
      return [
        {
          constName: gvkConstName(model.name, modelNames),
          jsdoc: `/** Group, version and kind of {@link ${model.name}}. */`,
          group: printString(group),
          version: printString(version),
          kind: printString(kind),
          apiVersion: printString(group === '' ? version : `${group}/${version}`),
        },
      ];
    }),
  };
}

/**
 * `WebhookHandlers` and `CallbackHandlers`: one member per webhook (callback), a function that receives its payload,
 * so a server receiving them types its handlers (and validates the payload with the model's `validateX`).
 */
function handlerDeclarations(webhooks: readonly Webhook[], modelNames: ReadonlySet<string>): DeclarationView[] {
  const taken = new Set(modelNames);
  return (['webhook', 'callback'] as const).flatMap((kind) => {
    const list = webhooks.filter((webhook) => webhook.kind === kind);
    if (list.length === 0) return [];
    const name = derivedName(kind === 'webhook' ? 'WebhookHandlers' : 'CallbackHandlers', taken);
    taken.add(name);
    const members = list.map((webhook) => ({
      jsdoc: indent(printJsDoc(webhook.doc)),
      key: webhook.name,
      optional: false,
      type: `(${webhook.payload === undefined ? '' : `payload: ${webhook.payload}`}) => void | Promise<void>`,
    }));
    const what = kind === 'webhook' ? 'the webhooks this API sends' : "the callbacks this API's operations make";
    return [
      {
        isInterface: true as const,
        name,
        jsdoc: `/** Handlers for ${what}: each receives the request's JSON payload (check it with the model's validator). */`,
        members,
        indexSignature: '',
        canonical: false,
      },
    ];
  });
}
