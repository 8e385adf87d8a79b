// specgen:strip-begin
// A PodSpec's references to its volumes as a Kubernetes API server checks them, included by validators.hbs when a model
// is a kind whose Go validation runs ValidatePodSpec on the PodSpec it embeds (generator/kubernetes-kind-rules.ts: Pod,
// PodTemplate, Deployment, ReplicaSet, DaemonSet, ReplicationController, Job, CronJob; not StatefulSet, whose
// ValidatePodTemplateSpecForStatefulSet leaves its template's PodSpec unchecked, a TODO in apps/validation). Go source,
// kubernetes/kubernetes release-1.36, pkg/apis/core/validation/validation.go: ValidatePodSpec → validateContainers,
// validateInitContainers → validateContainerCommon → ValidateVolumeMounts and ValidateVolumeDevices: a name Required,
// and IsMatchedVolume / isMatchedDevice → NotFound. Not modelled: ephemeral containers (a create may not carry any:
// ValidatePodCreate, and ValidatePodTemplateSpec for templates, say Forbidden); ValidateVolumes' map keeping only
// volumes without errors (a mount of a volume named `Cache` is found here; the server refuses the name and the
// mount); and, to keep `isPod`'s bundle small, a device of a volume that is neither a PersistentVolumeClaim nor
// Ephemeral, unique device names, a name or path both mounted and used as a device, mount paths.
import {
  $error,
  $field,
  $hasOwn,
  $index,
  $invalid,
  $isObject,
  $objectPrototype,
  $required,
  $show,
  type $Path,
  type FieldError,
} from "./validators.js";

// specgen:strip-end
/**
 * Where a kind keeps the PodSpec its Go validation checks with ValidatePodSpec, by the number its guard passes: 0 a
 * Pod's `spec`, 1 a PodTemplate's `template.spec`, 2 a controller's `spec.template.spec` (Deployment, ReplicaSet,
 * DaemonSet, ReplicationController, Job), 3 a CronJob's `spec.jobTemplate.spec.template.spec`.
 */
const $podSpecPaths: readonly (readonly string[])[] = [
  ["spec"],
  ["template", "spec"],
  ["spec", "template", "spec"],
  ["spec", "jobTemplate", "spec", "template", "spec"],
];

/**
 * `o[key]` if it is `o`'s own, else undefined: a plain read while Object.prototype lacks the names this rule reads
 * (`clean`, tested once per call), else one that asks `$hasOwn`. (An object of another prototype that defines one of
 * these names is read as if it were its own: the guards read such objects through `$own`, this rule does not.)
 */
function $podOwn(o: Readonly<Record<string, unknown>>, key: string, clean: boolean): unknown {
  const value = o[key];
  return clean || value === undefined || $hasOwn(o, key) ? value : undefined;
}

/** `x[key]` when `x` is an object that has it. */
function $podIn(x: unknown, key: string, clean: boolean): unknown {
  return $isObject(x) ? $podOwn(x, key, clean) : undefined;
}

/**
 * Whether Object.prototype lacks every name the rule reads, so that a plain object's reads are its own: named reads of
 * one object, which V8 keeps monomorphic (the guards' `$fields<N>` tests do the same).
 */
function $podClean(): boolean {
  const o = $objectPrototype;
  return (
    o["spec"] === undefined &&
    o["template"] === undefined &&
    o["jobTemplate"] === undefined &&
    o["containers"] === undefined &&
    o["initContainers"] === undefined &&
    o["volumeMounts"] === undefined &&
    o["volumeDevices"] === undefined &&
    o["volumes"] === undefined
  );
}

/** Whether one of the pod's volumes is named `name` (ValidateVolumes' map, by a search: pods have a few volumes). */
function $podHasVolume(volumes: unknown, name: string): boolean {
  if (!Array.isArray(volumes) || name === "") return false;
  for (let k = 0; k < volumes.length; k++) {
    const volume: unknown = volumes[k];
    if ($isObject(volume) && volume["name"] === name) return true;
  }
  return false;
}

/** The name a `volumeMounts` or `volumeDevices` item gives, "" when none (Go's zero value). */
function $podRefName(item: unknown): string {
  const name = $isObject(item) ? item["name"] : undefined;
  return typeof name === "string" ? name : "";
}

/**
 * The errors of one container's `volumeMounts` or `volumeDevices` whose names no volume has: a name Required, and
 * `Not found`. Called only once a reference is known to fail, so the fast path builds nothing.
 */
function $podRefErrors(items: readonly unknown[], volumes: unknown, at: $Path, e: FieldError[]): void {
  for (let i = 0; i < items.length; i++) {
    const name = $podRefName(items[i]);
    if ($podHasVolume(volumes, name)) continue;
    const path = $field($index(at, i), "name");
    if (name === "") e.push($required(path));
    e.push($error(path, "FieldValueNotFound", `Not found: ${$show(name)}`, name, true));
  }
}

/** Whether every item of a `volumeMounts` or `volumeDevices` list names a volume of the pod. */
function $podRefsFit(items: unknown, volumes: unknown): boolean {
  if (!Array.isArray(items)) return true;
  for (let i = 0; i < items.length; i++) {
    if (!$podHasVolume(volumes, $podRefName(items[i]))) return false;
  }
  return true;
}

/**
 * A kind's PodSpec (`$podSpecPaths[at]`) as ValidateVolumeMounts and ValidateVolumeDevices check its containers' and
 * init containers' references: a name Required, and `Not found` when no volume has it. True when all pass (or there
 * is no PodSpec: the schema says what is missing); errors go to `e` if it collects. Each field is read by name at a
 * site of its own (own fields only), volumes are searched (no Set: it measured no faster), and nothing is allocated unless a reference
 * fails: the rule runs on every request-mode `isPod`.
 * Ephemeral containers are left out: a create may not carry them (ValidatePodCreate, ValidatePodTemplateSpec: Forbidden).
 */
function $podVolumes(v: Readonly<Record<string, unknown>>, p: $Path, e: FieldError[] | null, at: number): boolean {
  const clean = $podClean();
  const spec = $podSpecAt(v, at, clean);
  if (!$isObject(spec)) return true;
  let ok = true;
  for (let l = 0; l < 2; l++) {
    const listed = l === 0 ? spec["containers"] : spec["initContainers"];
    const containers =
      clean || listed === undefined || $hasOwn(spec, l === 0 ? "containers" : "initContainers") ? listed : undefined;
    if (!Array.isArray(containers)) continue;
    for (let c = 0; c < containers.length; c++) {
      const container: unknown = containers[c];
      if (!$isObject(container)) continue;
      const mounted = container["volumeMounts"];
      const attached = container["volumeDevices"];
      if (mounted === undefined && attached === undefined) continue;
      const mounts = clean || $hasOwn(container, "volumeMounts") ? mounted : undefined;
      const devices = clean || $hasOwn(container, "volumeDevices") ? attached : undefined;
      const volumes = $podOwn(spec, "volumes", clean);
      if ($podRefsFit(mounts, volumes) && $podRefsFit(devices, volumes)) continue;
      if (e === null) return false;
      ok = false;
      const path = $index($field($podSpecPath(p, at), l === 0 ? "containers" : "initContainers"), c);
      if (Array.isArray(mounts)) $podRefErrors(mounts, volumes, $field(path, "volumeMounts"), e);
      if (Array.isArray(devices)) $podRefErrors(devices, volumes, $field(path, "volumeDevices"), e);
    }
  }
  return ok;
}

/** The PodSpec a kind keeps at `$podSpecPaths[at]` (own fields only), or whatever stands there. */
function $podSpecAt(v: Readonly<Record<string, unknown>>, at: number, clean: boolean): unknown {
  // Each field read by name at a site of its own (V8 keeps such a read cheap), then kept only if own.
  const given = v["spec"];
  const first = clean || given === undefined || $hasOwn(v, "spec") ? given : undefined;
  return at === 0
    ? first
    : at === 1
      ? $podIn($podOwn(v, "template", clean), "spec", clean)
      : at === 2
        ? $podIn($podIn(first, "template", clean), "spec", clean)
        : $podIn($podIn($podIn($podIn(first, "jobTemplate", clean), "spec", clean), "template", clean), "spec", clean);
}

/** The path of the PodSpec a kind keeps at `$podSpecPaths[at]`, below `p`. */
function $podSpecPath(p: $Path, at: number): $Path {
  let path = p;
  for (const key of $podSpecPaths[at]!) path = $field(path, key);
  return path;
}

/**
 * Whether each item of `items` has an integer `key`, read as Go reads it (absent or null is 0; another JSON kind is
 * the schema's to report), in `min`..`max`; else `Invalid value: <n>: <message>` at the item's field, the list's path
 * built (`at()`) only then.
 */
function $podItemsInRange(
  items: unknown,
  key: string,
  min: number,
  max: number,
  message: string,
  at: () => $Path,
  e: FieldError[] | null,
): boolean {
  if (!Array.isArray(items)) return true;
  let ok = true;
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!$isObject(item)) continue;
    const x = $podOwn(item, key, false);
    const n = typeof x === "number" ? x : x === undefined || x === null ? 0 : min;
    if (n >= min && n <= max) continue;
    if (e === null) return false;
    ok = false;
    e.push($invalid($field($index(at(), i), key), n, message));
  }
  return ok;
}

/** The affinities whose preferred terms carry a weight (validatePreferredSchedulingTerms, validateWeightedPodAffinityTerms). */
const $podWeighted: readonly string[] = ["nodeAffinity", "podAffinity", "podAntiAffinity"];

/**
 * A kind's PodSpec (`$podSpecPaths[at]`) as ValidatePodSpec holds its integers to a range: each preferred term's
 * `weight` in 1-100 (validateAffinity → validatePreferredSchedulingTerms, validateWeightedPodAffinityTerms) and each
 * topology spread constraint's `maxSkew` above 0 (validateTopologySpreadConstraints → ValidateMaxSkew). Per kind, not
 * per type: a StatefulSet's template is not validated (ValidatePodTemplateSpecForStatefulSet), so its 0 passes.
 */
function $podRanges(v: Readonly<Record<string, unknown>>, p: $Path, e: FieldError[] | null, at: number): boolean {
  const spec = $podSpecAt(v, at, $podClean());
  if (!$isObject(spec)) return true;
  let ok = true;
  const affinity = $podOwn(spec, "affinity", false);
  if ($isObject(affinity))
    for (const kind of $podWeighted) {
      const terms = $podIn($podOwn(affinity, kind, false), "preferredDuringSchedulingIgnoredDuringExecution", false);
      const list = () =>
        $field(
          $field($field($podSpecPath(p, at), "affinity"), kind),
          "preferredDuringSchedulingIgnoredDuringExecution",
        );
      if ($podItemsInRange(terms, "weight", 1, 100, "must be in the range 1-100", list, e)) continue;
      if (e === null) return false;
      ok = false;
    }
  const spreads = $podOwn(spec, "topologySpreadConstraints", false);
  const list = () => $field($podSpecPath(p, at), "topologySpreadConstraints");
  return $podItemsInRange(spreads, "maxSkew", 1, Infinity, "must be greater than zero", list, e) && ok;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $podRanges, $podVolumes };
// specgen:strip-end
