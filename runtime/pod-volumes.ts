// specgen:strip-begin
// A PodSpec's references to its volumes as a Kubernetes API server checks them, included by validators.hbs when a model
// is a kind whose Go validation runs ValidatePodSpec on the PodSpec it embeds (generator/kubernetes-kind-rules.ts: Pod,
// PodTemplate, Deployment, ReplicaSet, DaemonSet, ReplicationController, Job, CronJob; not StatefulSet, whose
// ValidatePodTemplateSpecForStatefulSet leaves its template's PodSpec unchecked, a TODO in apps/validation). Go source,
// kubernetes/kubernetes release-1.36, pkg/apis/core/validation/validation.go: ValidatePodSpec → ValidateVolumes (only a
// volume without errors goes into the map the containers read; of its errors the name's, ValidateDNS1123Label, is
// modelled), then for containers, initContainers and ephemeralContainers validateContainerCommon →
// ValidateVolumeMounts (a name: Required, IsMatchedVolume → NotFound) and ValidateVolumeDevices (the same, and
// isMatchedDevice: a PersistentVolumeClaim or Ephemeral volume only). Not modelled, to keep `isPod`'s bundle within its
// budget: the volume name's own error (spec.volumes[i].name), unique device names, a name or path both mounted and used
// as a device, mount paths (subPath, propagation); and a volume kept out of the map for an error other than its name.
import {
  $error,
  $field,
  $index,
  $invalid,
  $isObject,
  $required,
  $show,
  type $Path,
  type FieldError,
} from "./validators.js";
import { $dnsName } from "./object-meta-names.js";

// specgen:strip-end
/** The container lists of a PodSpec, in validatePodSpec's order, and a container's references to volumes. */
const $podContainerLists = ["containers", "initContainers", "ephemeralContainers"] as const;
const $podReferenceLists = ["volumeMounts", "volumeDevices"] as const;

/** A list member, undefined when absent, empty or not a list. */
function $podList(o: Readonly<Record<string, unknown>>, key: string): readonly unknown[] | undefined {
  const value = o[key];
  return Array.isArray(value) && value.length > 0 ? value : undefined;
}

/** A string member, "" when absent, null or not a string (Go's zero value; the schema reports a wrong type). */
function $podString(o: unknown, key: string): string {
  const value = $isObject(o) ? o[key] : undefined;
  return typeof value === "string" ? value : "";
}

/**
 * The volume ValidateVolumes puts in its map under `name`: the first with that name, if the name is a DNS-1123 label.
 * A search, not a map: pods have a few volumes, and a valid pod allocates nothing.
 */
function $podVolume(
  volumes: readonly unknown[] | undefined,
  name: string,
): Readonly<Record<string, unknown>> | undefined {
  if (volumes === undefined || !$dnsName(name, 2, 63)) return undefined;
  for (const volume of volumes) if ($isObject(volume) && volume["name"] === name) return volume;
  return undefined;
}

/**
 * One container's volumeMounts and volumeDevices against the pod's volumes (ValidateVolumeMounts' and
 * ValidateVolumeDevices' name checks), errors added to `errors` (made on the first one).
 */
function $podContainerVolumes(
  errors: FieldError[] | undefined,
  container: Readonly<Record<string, unknown>>,
  volumes: readonly unknown[] | undefined,
  at: $Path,
): FieldError[] | undefined {
  for (const list of $podReferenceLists) {
    const items = $podList(container, list);
    for (let i = 0; i < (items?.length ?? 0); i++) {
      const name = $podString(items![i], "name");
      const volume = $podVolume(volumes, name);
      const nameAt = volume === undefined || name === "" ? $field($index($field(at, list), i), "name") : "";
      if (name === "") (errors ??= []).push($required(nameAt));
      // ValidateVolumeDevices: a device is a PersistentVolumeClaim or Ephemeral volume's.
      if (
        list === "volumeDevices" &&
        volume !== undefined &&
        !$isObject(volume["persistentVolumeClaim"]) &&
        !$isObject(volume["ephemeral"])
      )
        (errors ??= []).push(
          $invalid(
            $field($index($field(at, list), i), "name"),
            name,
            "can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode",
          ),
        );
      if (volume === undefined)
        (errors ??= []).push($error(nameAt, "FieldValueNotFound", `Not found: ${$show(name)}`, name, true));
    }
  }
  return errors;
}

/**
 * The errors of a PodSpec's containers' references to volumes, or undefined when there are none. A pod without mounts
 * or devices costs a look at each container; a valid one allocates nothing.
 */
function $podVolumeProblems(v: Readonly<Record<string, unknown>>, p: $Path): FieldError[] | undefined {
  let errors: FieldError[] | undefined;
  const volumes = $podList(v, "volumes");
  for (const list of $podContainerLists) {
    const containers = $podList(v, list);
    for (let c = 0; c < (containers?.length ?? 0); c++) {
      const container = containers![c];
      if ($isObject(container)) errors = $podContainerVolumes(errors, container, volumes, $index($field(p, list), c));
    }
  }
  return errors;
}

/**
 * Where each kind keeps the PodSpec its Go validation checks with ValidatePodSpec, by the number the kind's guard
 * passes: 0 a Pod's `spec`, 1 a PodTemplate's `template.spec`, 2 a controller's `spec.template.spec` (Deployment,
 * ReplicaSet, DaemonSet, ReplicationController, Job), 3 a CronJob's `spec.jobTemplate.spec.template.spec`.
 */
const $podSpecPaths: readonly (readonly string[])[] = [
  ["spec"],
  ["template", "spec"],
  ["spec", "template", "spec"],
  ["spec", "jobTemplate", "spec", "template", "spec"],
];

/**
 * A kind's PodSpec volume rules (see `$podVolumeProblems`) for its guard, the PodSpec found at `$podSpecPaths[at]`:
 * true when all pass (or there is no PodSpec: the schema says what is missing); errors go to `e` if it collects.
 */
function $podVolumes(v: Readonly<Record<string, unknown>>, p: $Path, e: FieldError[] | null, at: number): boolean {
  const keys = $podSpecPaths[at]!;
  let spec: unknown = v;
  for (const key of keys) {
    if (!$isObject(spec)) return true;
    spec = spec[key];
  }
  if (!$isObject(spec)) return true;
  let path = p;
  // The path is spelt out only for errors; the boolean fast path passes "" and never reads it.
  if (e !== null) for (const key of keys) path = $field(path, key);
  const errors = $podVolumeProblems(spec, path);
  if (errors === undefined) return true;
  if (e !== null) e.push(...errors);
  return false;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $podVolumes, $podVolumeProblems };
// specgen:strip-end
