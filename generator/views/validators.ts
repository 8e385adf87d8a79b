import type { Api } from '../ir.js';
import {
  GUARD_PARAMETERS,
  modelGuardName,
  printGuards,
  type GuardConstant,
  type GuardFunction,
} from '../print/guard.js';

/** One model's public validators. */
export interface ValidatorEntryView {
  /** The model (type) name. */
  readonly type: string;
  /** The internal guard function. */
  readonly guard: string;
  readonly isName: string;
  readonly validateName: string;
  readonly assertName: string;
}

/** The template context of validators.hbs. */
export interface ValidatorsView {
  readonly title: string;
  /** Model names imported from types.ts. */
  readonly typeImports: readonly string[];
  readonly parameters: string;
  readonly constants: readonly GuardConstant[];
  readonly functions: readonly GuardFunction[];
  readonly entries: readonly ValidatorEntryView[];
  /** Whether the CEL runtime is needed (some model has `x-kubernetes-validations`). */
  readonly usesCel: boolean;
  /** Problems found while generating (e.g. patterns JavaScript cannot compile); also reported as warnings. */
  readonly warnings: readonly string[];
}

/** Builds the view of validators.ts: a guard per model, and `isX`/`validateX`/`assertX` around it. */
export function validatorsView(api: Api, title: string): ValidatorsView {
  const guards = printGuards(api.models);
  return {
    title,
    typeImports: api.models.map((model) => model.name),
    parameters: GUARD_PARAMETERS,
    constants: guards.constants,
    functions: [...guards.models, ...guards.helpers],
    entries: api.models.map((model) => ({
      type: model.name,
      guard: modelGuardName(model.name),
      isName: `is${model.name}`,
      validateName: `validate${model.name}`,
      assertName: `assert${model.name}`,
    })),
    warnings: guards.warnings,
    usesCel: guards.usesCel,
  };
}
