/**
 * Which custom resource kinds skip their CEL rules when the schema already failed, as apiextensions-apiserver does
 * (pkg/registry/customresource/strategy.go `Validate`/`ValidateUpdate` and `hasBlockingErr`): a version whose schema
 * has some `x-kubernetes-validations` rule gets a CEL validator; when the schema errors include a NotSupported,
 * Required, TooLong, TooMany or TypeInvalid one, the rules do not run and one cause without a field says so.
 */
import type { Model } from '../../ir.js';

/** Whether a model's schema, with everything it refers to, carries a CEL rule anywhere. */
function reachesRule(model: Model, models: ReadonlyMap<string, Model>): boolean {
  const seen = new Set<string>([model.name]);
  const pending: unknown[] = [model.type];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (Array.isArray(record['rules']) && record['rules'].length > 0) return true;
    if (record['kind'] === 'ref' && typeof record['name'] === 'string') {
      const target = models.get(record['name']);
      if (target !== undefined && !seen.has(target.name)) {
        seen.add(target.name);
        pending.push(target.type);
      }
      continue;
    }
    pending.push(...Object.values(record));
  }
  return false;
}

/** The stored custom resource kinds whose schema has a CEL rule, by model name. */
export function celBlockingKinds(models: readonly Model[]): Set<string> {
  const byName = new Map(models.map((model) => [model.name, model]));
  return new Set(
    models.filter((model) => model.nameRequired === true && reachesRule(model, byName)).map((model) => model.name),
  );
}
