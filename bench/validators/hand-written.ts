// What a careful developer writes by hand for ImageTag in request mode: the same rules as the generated guard
// (status and image are server-set, so they are checked as a response would carry them), no error collection.
type O = Record<string, unknown>;

const isObj = (v: unknown): v is O => typeof v === 'object' && v !== null && !Array.isArray(v);
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const isInt = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v);
const optInt = (v: unknown): boolean => v === undefined || isInt(v);

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isTime(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = DATE_TIME.exec(v);
  if (m === null) return false;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
  return (
    day >= 1 &&
    day <= days &&
    +m[4]! < 24 &&
    +m[5]! < 60 &&
    +m[6]! < 60 &&
    (m[7] === undefined || (+m[7] < 24 && +m[8]! < 60))
  );
}
const optTime = (v: unknown): boolean => v === undefined || v === null || isTime(v);

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function optStringMap(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (!isObj(v)) return false;
  for (const key in v) if (typeof v[key] !== 'string') return false;
  return true;
}

function optArray(v: unknown, item: (x: unknown) => boolean): boolean {
  if (v === undefined || v === null) return true;
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}

function isManagedFieldsEntry(v: unknown): boolean {
  return (
    isObj(v) &&
    optStr(v.apiVersion) &&
    optStr(v.fieldsType) &&
    (v.fieldsV1 === undefined || v.fieldsV1 === null || isObj(v.fieldsV1)) &&
    optStr(v.manager) &&
    optStr(v.operation) &&
    optStr(v.subresource) &&
    optTime(v.time)
  );
}

function isOwnerReference(v: unknown): boolean {
  return (
    isObj(v) &&
    typeof v.apiVersion === 'string' &&
    typeof v.kind === 'string' &&
    typeof v.name === 'string' &&
    typeof v.uid === 'string' &&
    optBool(v.blockOwnerDeletion) &&
    optBool(v.controller)
  );
}

function isObjectMeta(v: unknown): v is O {
  return (
    isObj(v) &&
    optStringMap(v.annotations) &&
    optTime(v.creationTimestamp) &&
    optInt(v.deletionGracePeriodSeconds) &&
    optTime(v.deletionTimestamp) &&
    optArray(v.finalizers, (x) => typeof x === 'string') &&
    optStr(v.generateName) &&
    optInt(v.generation) &&
    optStringMap(v.labels) &&
    optArray(v.managedFields, isManagedFieldsEntry) &&
    optStr(v.name) &&
    optStr(v.namespace) &&
    optArray(v.ownerReferences, isOwnerReference) &&
    optStr(v.resourceVersion) &&
    optStr(v.selfLink) &&
    optStr(v.uid)
  );
}

// --- server-set parts (status, image), checked as a response carries them ---

const CONDITION_STATUS = (v: unknown): boolean => v === 'True' || v === 'False' || v === 'Unknown';

function isTagEvent(v: unknown): boolean {
  return (
    isObj(v) &&
    optTime(v.created) &&
    typeof v.dockerImageReference === 'string' &&
    isInt(v.generation) &&
    typeof v.image === 'string'
  );
}

function isTagEventCondition(v: unknown): boolean {
  return (
    isObj(v) &&
    isInt(v.generation) &&
    optTime(v.lastTransitionTime) &&
    optStr(v.message) &&
    optStr(v.reason) &&
    CONDITION_STATUS(v.status) &&
    typeof v.type === 'string'
  );
}

function isNamedTagEventList(v: unknown): boolean {
  return (
    isObj(v) &&
    typeof v.tag === 'string' &&
    optArray(v.items, isTagEvent) &&
    optArray(v.conditions, isTagEventCondition)
  );
}

function isImageLayer(v: unknown): boolean {
  return isObj(v) && optStr(v.mediaType) && typeof v.name === 'string' && isInt(v.size);
}

function isImageManifest(v: unknown): boolean {
  return (
    isObj(v) &&
    typeof v.architecture === 'string' &&
    typeof v.digest === 'string' &&
    isInt(v.manifestSize) &&
    typeof v.mediaType === 'string' &&
    typeof v.os === 'string' &&
    optStr(v.variant)
  );
}

function isSignatureCondition(v: unknown): boolean {
  return (
    isObj(v) &&
    optTime(v.lastProbeTime) &&
    optTime(v.lastTransitionTime) &&
    optStr(v.message) &&
    optStr(v.reason) &&
    CONDITION_STATUS(v.status) &&
    typeof v.type === 'string'
  );
}

function isImageSignature(v: unknown): boolean {
  return (
    isObj(v) &&
    (v.apiVersion === undefined || v.apiVersion === 'image.openshift.io/v1' || v.apiVersion === 'v1') &&
    optArray(v.conditions, isSignatureCondition) &&
    (v.content === undefined || v.content === null || (typeof v.content === 'string' && BASE64.test(v.content))) &&
    optTime(v.created) &&
    optStr(v.imageIdentity) &&
    (v.issuedBy === undefined ||
      (isObj(v.issuedBy) && optStr(v.issuedBy.commonName) && optStr(v.issuedBy.organization))) &&
    (v.issuedTo === undefined ||
      (isObj(v.issuedTo) &&
        optStr(v.issuedTo.commonName) &&
        optStr(v.issuedTo.organization) &&
        typeof v.issuedTo.publicKeyID === 'string')) &&
    (v.kind === undefined || v.kind === 'ImageSignature') &&
    (v.metadata === undefined || isObjectMeta(v.metadata)) &&
    optStringMap(v.signedClaims) &&
    typeof v.type === 'string'
  );
}

function isImage(v: unknown): boolean {
  return (
    isObj(v) &&
    (v.apiVersion === undefined || v.apiVersion === 'image.openshift.io/v1' || v.apiVersion === 'v1') &&
    optStr(v.dockerImageConfig) &&
    optArray(v.dockerImageLayers, isImageLayer) &&
    optStr(v.dockerImageManifest) &&
    optStr(v.dockerImageManifestMediaType) &&
    optArray(v.dockerImageManifests, isImageManifest) &&
    (v.dockerImageMetadata === undefined || v.dockerImageMetadata === null || isObj(v.dockerImageMetadata)) &&
    optStr(v.dockerImageMetadataVersion) &&
    optStr(v.dockerImageReference) &&
    optArray(v.dockerImageSignatures, (x) => typeof x === 'string' && BASE64.test(x)) &&
    (v.kind === undefined || v.kind === 'Image') &&
    (v.metadata === undefined || isObjectMeta(v.metadata)) &&
    optArray(v.signatures, isImageSignature)
  );
}

// --- what the client writes ---

const TAG_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*:[^:@/%]+$/;

function isTagReference(v: unknown, crossField: boolean): v is O {
  if (!isObj(v)) return false;
  const from = v.from;
  if (from !== undefined) {
    if (!isObj(from)) return false;
    if (from.kind !== 'DockerImage' && from.kind !== 'ImageStreamImage' && from.kind !== 'ImageStreamTag') return false;
    if (typeof from.name !== 'string' || from.name === '') return false;
    if (
      !optStr(from.apiVersion) ||
      !optStr(from.fieldPath) ||
      !optStr(from.namespace) ||
      !optStr(from.resourceVersion) ||
      !optStr(from.uid)
    )
      return false;
  }
  const policy = v.importPolicy;
  if (policy !== undefined) {
    if (!isObj(policy)) return false;
    const mode = policy.importMode;
    if (mode !== undefined && mode !== '' && mode !== 'Legacy' && mode !== 'PreserveOriginal') return false;
    if (!optBool(policy.insecure) || !optBool(policy.scheduled)) return false;
    // only DockerImage sources may be scheduled for background import
    if (crossField && policy.scheduled === true && isObj(from) && from.kind !== 'DockerImage') return false;
  }
  const referencePolicy = v.referencePolicy;
  if (referencePolicy !== undefined) {
    if (!isObj(referencePolicy)) return false;
    if (referencePolicy.type !== undefined && referencePolicy.type !== 'Local' && referencePolicy.type !== 'Source')
      return false;
  }
  return (
    optStringMap(v.annotations) &&
    (v.generation === undefined || v.generation === null || isInt(v.generation)) &&
    optStr(v.name) &&
    optBool(v.reference)
  );
}

/**
 * `isImageTag(v, { mode: 'request' })` by hand. `crossField` adds the two CEL rules of the overlay (spec.name is
 * the tag of metadata.name; only DockerImage sources are scheduled); the bench turns it on only when the generated
 * guard checks them too, so both do the same work.
 */
export function makeHandWritten(crossField: boolean): (v: unknown) => boolean {
  return function isImageTagHandWritten(v: unknown): boolean {
    if (!isObj(v)) return false;
    if (v.apiVersion !== undefined && v.apiVersion !== 'image.openshift.io/v1') return false;
    if (v.kind !== undefined && v.kind !== 'ImageTag') return false;
    const metadata = v.metadata;
    if (metadata !== undefined) {
      if (!isObjectMeta(metadata)) return false;
      if (metadata.name !== undefined && !TAG_NAME.test(metadata.name as string)) return false;
    }
    const spec = v.spec;
    if (!isTagReference(spec, crossField)) return false;
    if (crossField && typeof spec.name === 'string' && spec.name !== '' && isObj(metadata)) {
      const name = metadata.name;
      if (typeof name === 'string' && name.includes(':') && name.slice(name.indexOf(':') + 1) !== spec.name)
        return false;
    }
    if (v.status !== undefined && v.status !== null && !isNamedTagEventList(v.status)) return false;
    if (v.image !== undefined && v.image !== null && !isImage(v.image)) return false;
    return true;
  };
}
