// specgen:strip-begin
// A PodSpec's references to its volumes as a Kubernetes API server checks them, included by validators.hbs when a model
// is a kind whose Go validation runs ValidatePodSpec on the PodSpec it embeds (generator/kubernetes-kind-rules.ts: Pod,
// PodTemplate, Deployment, ReplicaSet, DaemonSet, ReplicationController, Job, CronJob; not StatefulSet, whose
// ValidatePodTemplateSpecForStatefulSet leaves its template's PodSpec unchecked, a TODO in apps/validation). Go source,
// kubernetes/kubernetes release-1.36, pkg/apis/core/validation/validation.go: ValidatePodSpec → ValidateVolumes (only a
// volume without errors goes into the map the containers read: one whose name is no DNS-1123 label is left out), then
// for containers, initContainers and ephemeralContainers validateContainerCommon → ValidateVolumeMounts and
// ValidateVolumeDevices: a name Required, and IsMatchedVolume / isMatchedDevice → NotFound. Not modelled, to keep
// `isPod`'s bundle within its budget: the volume name's own error (spec.volumes[i].name), a device of a volume that is
// neither a PersistentVolumeClaim nor Ephemeral, unique device names, a name or path both mounted and used as a device,
// mount paths (subPath, propagation); and a volume kept out of the map for an error other than its name.
import { $error, $field, $index, $isObject, $required, $show, type $Path, type FieldError } from "./validators.js";
import { $dnsName } from "./object-meta-names.js";

// specgen:strip-end
/** The container lists of a PodSpec, in validatePodSpec's order, and a container's references to volumes. */
const $podContainerLists = ["containers", "initContainers", "ephemeralContainers"] as const;
const $podReferenceLists = ["volumeMounts", "volumeDevices"] as const;

/** Where a kind keeps the PodSpec its Go validation checks with ValidatePodSpec (each kind's guard passes one). */
const $podSpecOfPod = ["spec"] as const;
const $podSpecOfTemplate = ["template", "spec"] as const;
const $podSpecOfController = ["spec", "template", "spec"] as const;
const $podSpecOfCronJob = ["spec", "jobTemplate", "spec", "template", "spec"] as const;

/**
 * The volume ValidateVolumes puts in its map under `name`: the first with that name, if the name is a DNS-1123 label.
 * A search, not a map: pods have a few volumes, and a valid pod allocates nothing.
 */
function $podVolume(volumes: unknown, name: string): Readonly<Record<string, unknown>> | undefined {
  if (!Array.isArray(volumes) || !$dnsName(name, 2, 63)) return undefined;
  for (const volume of volumes) if ($isObject(volume) && volume["name"] === name) return volume;
  return undefined;
}

/**
 * A kind's PodSpec (at `keys`) as ValidateVolumeMounts and ValidateVolumeDevices check its containers' references: a
 * name Required, and `Not found` when no volume has it.
 * True when all pass (or there is no PodSpec: the schema says what is missing); errors go to `e` if it collects.
 */
function $podVolumes(
  v: Readonly<Record<string, unknown>>,
  p: $Path,
  e: FieldError[] | null,
  keys: readonly string[],
): boolean {
  let spec: unknown = v;
  for (const key of keys) spec = $isObject(spec) ? spec[key] : undefined;
  if (!$isObject(spec)) return true;
  let ok = true;
  for (const list of $podContainerLists) {
    const containers = spec[list];
    for (let c = 0; Array.isArray(containers) && c < containers.length; c++) {
      const container: unknown = containers[c];
      for (const refs of $podReferenceLists) {
        const items = $isObject(container) ? container[refs] : undefined;
        for (let i = 0; Array.isArray(items) && i < items.length; i++) {
          const item: unknown = items[i];
          const name = $isObject(item) && typeof item["name"] === "string" ? item["name"] : "";
          if ($podVolume(spec["volumes"], name) !== undefined) continue;
          if (e === null) return false;
          ok = false;
          let at = p;
          for (const key of keys) at = $field(at, key);
          at = $field($index($field($index($field(at, list), c), refs), i), "name");
          if (name === "") e.push($required(at));
          e.push($error(at, "FieldValueNotFound", `Not found: ${$show(name)}`, name, true));
        }
      }
    }
  }
  return ok;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $podVolumes, $podSpecOfPod, $podSpecOfTemplate, $podSpecOfController, $podSpecOfCronJob };
// specgen:strip-end
