import { CEL_LIBRARIES, type CelLibrary } from '../cel/functions.js';
import type { Api } from '../ir.js';
import {
  GUARD_PARAMETERS,
  modelGuardName,
  printGuards,
  type GuardConstant,
  type GuardFunction,
} from '../print/guard.js';
import { inputNames } from '../print/direction.js';
import { layCall, layout, PRINT_WIDTH, printImport } from '../print/layout.js';
import { parseLiteral } from '../print/literal-parse.js';
import { layLiteral, literalLaidOut } from '../print/value-layout.js';
import type { Re2 } from '../re2.js';

/** One model's public validators. */
export interface ValidatorEntryView {
  /** The model (type) name. */
  readonly type: string;
  /** The internal guard function (the model's, or its create guard when `optionalOldSelf` rules run on create). */
  readonly guard: string;
  /** `defaultX` and the defaulting function it calls, for a model with a schema `default` below it. */
  readonly defaults?: { readonly name: string; readonly apply: string; readonly canonical: boolean };
  /** `isXUpdate` / `validateXUpdate`, for a custom resource kind or a model with transition rules (`oldSelf`) below it. */
  readonly update?: {
    readonly isName: string;
    readonly validateName: string;
    /**
     * The update guard, from `oldValue`: `$update(guard, walker, oldValue)` (the new value in full, then its transition
     * rules), or for a custom resource `$ratchet(...)`, which also ratchets the new value's errors against the old.
     */
    readonly guard: string;
    /** A custom resource's: errors on values unchanged from the old object are dropped (ratcheting). */
    readonly ratchets: boolean;
  };
  readonly isName: string;
  readonly validateName: string;
  readonly assertName: string;
  /** The signature does not fit on one line, so its parameters go one per line (as Prettier breaks them). */
  readonly isWide: boolean;
  readonly validateWide: boolean;
  readonly assertWide: boolean;
  /** `  return $is(guard, value, options);`, broken one argument a line when it does not fit. */
  readonly isBody: string;
  /** `  return $validate<T>(guard, value, options);`, laid out the same way. */
  readonly validateBody: string;
  /** Every line of the three functions is as Prettier prints it (their bodies fit the width). */
  readonly canonical: boolean;
  /** The response form of a model that has an input form: checked in response mode unless the options say. */
  readonly responseByDefault: boolean;
}

/** A guard function with how its signature is laid out. */
export interface GuardFunctionView extends GuardFunction {
  readonly wide: boolean;
}

/** The template context of validators.hbs. */
export interface ValidatorsView {
  readonly title: string;
  /** The import of every model name from types.ts, as Prettier prints it. */
  readonly typeImport: string;
  readonly parameters: string;
  /** Each with whether its declaration is laid out as Prettier prints it (a chunk of its own). */
  readonly constants: readonly (GuardConstant & { readonly canonical: boolean })[];
  readonly functions: readonly GuardFunctionView[];
  readonly entries: readonly ValidatorEntryView[];
  /** Whether the CEL runtime is needed (some model has `x-kubernetes-validations`). */
  readonly usesCel: boolean;
  /** Which CEL libraries (runtime/cel/<name>.ts) to include. */
  readonly cel: Readonly<Record<CelLibrary, boolean>>;
  /** Whether runtime/re2-linear.ts is needed: a pattern takes the linear-time matcher, or CEL compiles patterns. */
  readonly usesLinearRegex: boolean;
  /** Whether a CEL rule computes a RE2 pattern at run time: the translator is included (else runtime/re2-static.ts). */
  readonly usesRe2Translate: boolean;
  /** Whether runtime/object-meta.ts is needed (some model is a stored Kubernetes kind). */
  readonly usesObjectMeta: boolean;
  /** Whether runtime/crd-definition.ts is needed (the CustomResourceDefinition kind's rules). */
  readonly usesCrdDefinition: boolean;
  /** Whether runtime/pod-volumes.ts is needed (a PodSpec's volume references). */
  readonly usesPodVolumes: boolean;
  /** Whether runtime/go-integers.ts is needed (an integer field Go validation holds to a range). */
  readonly usesGoIntegers: boolean;
  /** Whether runtime/decode.ts is needed (a read-only member is decoded in requests). */
  readonly usesDecode: boolean;
  /** Whether runtime/quantity.ts is needed (a `format: quantity` string is checked). */
  readonly usesQuantity: boolean;
  /** Whether runtime/cel-blocking.ts is needed (a custom resource kind whose CEL rules a schema error skips). */
  readonly usesCelBlocking: boolean;
  /** Whether runtime/ratchet.ts is needed (custom resource kinds: their updates are ratcheted). */
  readonly usesRatchet: boolean;
  /** Problems found while generating (e.g. patterns JavaScript cannot compile); also reported as warnings. */
  readonly warnings: readonly string[];
}

/** Whether a one-line signature would pass the print width. */
function wide(signature: string): boolean {
  return signature.length > PRINT_WIDTH;
}

/**
 * A constant that is a table (an object or array literal, with `as const` or not) laid out as Prettier prints
 * `const name = init;` (print/value-layout.ts), or undefined for any other initialiser.
 */
function tableLayout(head: string, init: string): string | undefined {
  // A set of strings: Prettier hugs the sole array argument (`new Set<string>([` … `])`).
  const set = /^new Set<string>\((\[.*\])\)$/.exec(init);
  if (set !== null) {
    const items = parseLiteral(set[1]!);
    const open = 'new Set<string>(';
    return items === undefined ? undefined : `${open}${layLiteral(items, 0, head.length + open.length, 2)})`;
  }
  const asConst = init.endsWith(' as const');
  const literal = parseLiteral(asConst ? init.slice(0, -' as const'.length) : init);
  if (literal === undefined) return undefined;
  const suffix = asConst ? ' as const' : '';
  return `${layLiteral(literal, 0, head.length, suffix.length + 1)}${suffix}`;
}

/**
 * A hoisted arrow function `(v: unknown): unknown => {\n...\n}` (the defaults walkers) with its statements laid out
 * by `layout`; undefined when it is another shape, when `layout` cannot vouch for it, or when it assigns an object or
 * array literal other than a spread copy (Prettier re-spaces those).
 */
function layArrow(init: string): string | undefined {
  const head = '(v: unknown): unknown => {\n';
  if (!init.startsWith(head) || !init.endsWith('\n}')) return undefined;
  const body = init.slice(head.length, -2);
  // (`{}` and `[]` print as they are.)
  if (/= [[{](?! ?\.\.\.)(?![\]}])/.test(body)) return undefined;
  const { text, canonical } = layout(body, 1);
  return canonical ? `${head}${text}\n}` : undefined;
}

/** Builds the view of validators.ts: a guard per model, and `isX`/`validateX`/`assertX` around it. */
export function validatorsView(
  api: Api,
  title: string,
  formats?: Readonly<Record<string, boolean | string>>,
  regex?: Re2,
  keyedMinFields?: number,
): ValidatorsView {
  const guards = printGuards(api.models, {
    ...(keyedMinFields !== undefined ? { keyedMinFields } : {}),
    kubernetes: api.kubernetes,
    ...(regex !== undefined ? { regex } : {}),
    ...(api.customResources === true ? { customResources: true } : {}),
    ...(formats !== undefined ? { formats } : {}),
  });
  // A model with an input form (print/direction.ts) has validators for both: the same guard, in each form's mode.
  // Its create guard runs the optionalOldSelf rules too; defaultX and the update validators go with the model's name.
  const inputs = inputNames(api);
  const forms = api.models.flatMap((model) => {
    const input = inputs.get(model.name);
    const guard =
      guards.celBlocking.get(model.name) ??
      guards.transitions.get(model.name)?.createGuard ??
      modelGuardName(model.name);
    return input === undefined
      ? [{ type: model.name, model: model.name, guard, responseByDefault: false }]
      : [
          { type: model.name, model: model.name, guard, responseByDefault: true },
          { type: input, model: model.name, guard, responseByDefault: false },
        ];
  });
  // Each constant's initialiser as Prettier prints `const name = init;` (a long `new RegExp(...)` broken).
  const constants = guards.constants.map(({ name, init, canonical }) => {
    // An emitter that lays its constant out says whether it did (false: Prettier's to print).
    if (canonical !== undefined) return { name, init, laid: init, canonical };
    const head = `const ${name} = `;
    const table = tableLayout(head, init);
    if (table !== undefined) return { name, init, laid: table, canonical: literalLaidOut(table) };
    const laid = init.includes('\n') ? layArrow(init) : layCall('', head, init, ';')?.slice(head.length, -1);
    return { name, init, laid, canonical: laid !== undefined && !/\\"|\de\+/.test(laid) };
  });
  return {
    title,
    typeImport: printImport(
      'import type',
      forms.map((form) => form.type),
      './types.js',
    ),
    parameters: GUARD_PARAMETERS,
    constants: constants.map(({ name, init, laid, canonical }) => ({ name, init: laid ?? init, canonical })),
    functions: [...guards.models, ...guards.helpers].map((guard) => ({
      ...guard,
      wide: wide(`function ${guard.name}(${GUARD_PARAMETERS}): boolean {`),
    })),
    entries: forms.map(({ type, model, guard, responseByDefault }) => {
      const extra = responseByDefault ? ', true' : '';
      const own = type === model;
      const transitions = own ? guards.transitions.get(model) : undefined;
      const shape = own ? guards.ratchet.get(model) : undefined;
      const defaults = own ? guards.defaults.get(model) : undefined;
      const updateGuard =
        shape !== undefined
          ? `$ratchet(${modelGuardName(model)}, ${transitions?.walker ?? 'undefined'}, ${shape}, ${defaults ?? 'undefined'}, oldValue${guards.celBlocking.has(model) ? ', $skipRules' : ''})`
          : transitions !== undefined
            ? `$update(${modelGuardName(model)}, ${transitions.walker}, oldValue)`
            : undefined;
      // The guard called here rather than through `$is`: a direct call V8 can see, no shared call site (+5%).
      const call = layCall('    ', 'return ', `${guard}(value, "", null, flags[0], flags[1], 0)`, ';');
      const isBody =
        call === undefined
          ? undefined
          : [
              `  const flags = $flags(options${extra});`,
              '  try {',
              call,
              '  } catch {',
              '    return false;',
              '  }',
            ].join('\n');
      const validateBody = layCall('  ', 'return ', `$validate<${type}>(${guard}, value, options${extra})`, ';');
      return {
        type,
        guard,
        responseByDefault,
        ...(defaults === undefined
          ? {}
          : {
              defaults: {
                name: `default${type}`,
                apply: defaults,
                canonical: ![
                  `export function default${type}<T>(value: T): T {`,
                  `  return $copyJson(${defaults}(value)) as T;`,
                ].some(wide),
              },
            }),
        ...(updateGuard === undefined
          ? {}
          : {
              update: {
                isName: `is${type}Update`,
                validateName: `validate${type}Update`,
                guard: updateGuard,
                ratchets: shape !== undefined,
              },
            }),
        isName: `is${type}`,
        validateName: `validate${type}`,
        assertName: `assert${type}`,
        isWide: wide(`export function is${type}(value: unknown, options?: ValidateOptions): value is ${type} {`),
        validateWide: wide(
          `export function validate${type}(value: unknown, options?: ValidateOptions): ValidationResult<${type}> {`,
        ),
        assertWide: wide(
          `export function assert${type}(value: unknown, options?: ValidateOptions): asserts value is ${type} {`,
        ),
        isBody: isBody ?? `  return $is(${guard}, value, options${extra});`,
        validateBody: validateBody ?? `  return $validate<${type}>(${guard}, value, options${extra});`,
        canonical:
          isBody !== undefined &&
          validateBody !== undefined &&
          ![`  const result = validate${type}(value, options);`, `): ValidationResult<${type}> {`].some(wide),
      };
    }),
    warnings: guards.warnings,
    usesCel: guards.usesCel,
    cel: Object.fromEntries(CEL_LIBRARIES.map((library) => [library, guards.celLibraries.includes(library)])) as Record<
      CelLibrary,
      boolean
    >,
    usesObjectMeta: guards.usesObjectMeta,
    usesCrdDefinition: guards.kindRuleModules.includes('crd-definition'),
    usesPodVolumes: guards.kindRuleModules.includes('pod-volumes'),
    usesGoIntegers: guards.usesGoIntegers,
    usesLinearRegex: guards.usesLinearRegex || guards.usesCel,
    usesRe2Translate: guards.usesRe2Translate,
    usesDecode: guards.usesDecode,
    usesQuantity: guards.usesQuantity,
    usesCelBlocking: guards.celBlocking.size > 0,
    usesRatchet: guards.ratchet.size > 0,
  };
}
