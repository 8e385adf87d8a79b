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

// --- the ObjectMeta rules every API server applies to a create (apimachinery ValidateObjectMetaAccessor) ---

const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const ANNOTATIONS_LIMIT = 256 * 1024;

function isQualifiedName(key: string): boolean {
  const slash = key.indexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME_PART.test(name)) return false;
  if (slash < 0) return true;
  const prefix = key.slice(0, slash);
  return prefix.length > 0 && prefix.length <= 253 && DNS1123_SUBDOMAIN.test(prefix);
}

/** Go's len(): UTF-8 bytes (a lone surrogate is written as U+FFFD, 3 bytes). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A path segment name (ValidatePathSegmentName): not `.` or `..`, no `/` or `%`. */
const isPathSegment = (name: string, prefix: boolean): boolean =>
  (prefix || (name !== '.' && name !== '..')) && !name.includes('/') && !name.includes('%');

function metadataRulesHold(metadata: O): boolean {
  const name = metadata.name;
  const generateName = metadata.generateName;
  const hasName = typeof name === 'string' && name !== '';
  const hasGenerateName = typeof generateName === 'string' && generateName !== '';
  if (!hasName && !hasGenerateName) return false;
  if (hasName && !isPathSegment(name, false)) return false;
  if (hasGenerateName && !isPathSegment(generateName, true)) return false;
  const labels = metadata.labels;
  if (isObj(labels))
    for (const key in labels) {
      const value = labels[key];
      if (!isQualifiedName(key)) return false;
      if (typeof value === 'string' && (value.length > 63 || !LABEL_VALUE.test(value))) return false;
    }
  const annotations = metadata.annotations;
  if (isObj(annotations)) {
    let size = 0;
    for (const key in annotations) {
      if (!isQualifiedName(key.toLowerCase())) return false;
      const value = annotations[key];
      size += utf8Length(key) + (typeof value === 'string' ? utf8Length(value) : 0);
    }
    if (size > ANNOTATIONS_LIMIT) return false;
  }
  return true;
}

// --- rule 11: a DockerImage source must parse as a pull spec (library-go reference.Parse) ---

const PULL_SPEC =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

function isPullSpec(reference: string): boolean {
  if (!PULL_SPEC.test(reference)) return false;
  if (reference.length <= 255) return true;
  // NameTotalLengthMax applies to the repository name: without the digest, then without the tag
  const withoutDigest = reference.split('@')[0]!;
  const colon = withoutDigest.lastIndexOf(':');
  const name = colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
  return [...name].length <= 255;
}

/** The counted occurrences of `c` in `s` are at most one. */
const atMostOne = (s: string, c: string): boolean => s.indexOf(c) === s.lastIndexOf(c);

/** The request-only rules ours checks (the overlay's CEL rules and the ObjectMeta rules), as the probes found them. */
export interface HandWrittenRules {
  /** spec.name is the tag of metadata.name; only DockerImage sources are scheduled. */
  readonly crossField: boolean;
  /** 'namespace/name' at most 255 (rule 4); from.name a pull spec (rule 11) or of the form <repo>:<tag> / <repo>@<id> (rule 13). */
  readonly sourceRules: boolean;
  /** name or generateName, path-segment names, label and annotation keys and values, annotation size. */
  readonly objectMeta: boolean;
}

function isTagReference(v: unknown, rules: HandWrittenRules): v is O {
  if (!isObj(v)) return false;
  const from = v.from;
  if (from !== undefined) {
    if (!isObj(from)) return false;
    const kind = from.kind;
    if (kind !== 'DockerImage' && kind !== 'ImageStreamImage' && kind !== 'ImageStreamTag') return false;
    const name = from.name;
    if (typeof name !== 'string' || name === '') return false;
    if (
      !optStr(from.apiVersion) ||
      !optStr(from.fieldPath) ||
      !optStr(from.namespace) ||
      !optStr(from.resourceVersion) ||
      !optStr(from.uid)
    )
      return false;
    if (rules.sourceRules) {
      if (kind === 'DockerImage' && !isPullSpec(name)) return false;
      if (kind === 'ImageStreamTag' && !atMostOne(name, ':')) return false;
      if (kind === 'ImageStreamImage' && !atMostOne(name, '@')) return false;
    }
  }
  const policy = v.importPolicy;
  if (policy !== undefined) {
    if (!isObj(policy)) return false;
    const mode = policy.importMode;
    if (mode !== undefined && mode !== '' && mode !== 'Legacy' && mode !== 'PreserveOriginal') return false;
    if (!optBool(policy.insecure) || !optBool(policy.scheduled)) return false;
    // only DockerImage sources may be scheduled for background import
    if (rules.crossField && policy.scheduled === true && isObj(from) && from.kind !== 'DockerImage') return false;
  }
  const referencePolicy = v.referencePolicy;
  if (referencePolicy !== undefined) {
    if (!isObj(referencePolicy)) return false;
    const type = referencePolicy.type;
    // "" is defaulted to Source before validation
    if (type !== undefined && type !== '' && type !== 'Local' && type !== 'Source') return false;
  }
  return (
    optStringMap(v.annotations) &&
    (v.generation === undefined || v.generation === null || isInt(v.generation)) &&
    optStr(v.name) &&
    optBool(v.reference)
  );
}

/**
 * `isImageTag(v, { mode: 'request' })` by hand. `rules` adds the request-only rules ours checks (the overlay's CEL
 * rules, the ObjectMeta rules); the bench turns each on only when the generated guard checks it too, so both do the
 * same work.
 */
export function makeHandWritten(rules: HandWrittenRules): (v: unknown) => boolean {
  return function isImageTagHandWritten(v: unknown): boolean {
    if (!isObj(v)) return false;
    if (v.apiVersion !== undefined && v.apiVersion !== 'image.openshift.io/v1') return false;
    if (v.kind !== undefined && v.kind !== 'ImageTag') return false;
    const metadata = v.metadata;
    if (metadata !== undefined) {
      if (!isObjectMeta(metadata)) return false;
      if (metadata.name !== undefined && !TAG_NAME.test(metadata.name as string)) return false;
    }
    if (rules.objectMeta && !(isObj(metadata) && metadataRulesHold(metadata))) return false;
    const spec = v.spec;
    if (!isTagReference(spec, rules)) return false;
    if (isObj(metadata)) {
      const name = metadata.name;
      if (typeof name === 'string' && name.includes(':')) {
        const colon = name.indexOf(':');
        if (
          rules.crossField &&
          typeof spec.name === 'string' &&
          spec.name !== '' &&
          name.slice(colon + 1) !== spec.name
        )
          return false;
        // 'namespace/name' of the image stream (the name up to ':'), in code points as CEL's size() counts them
        const namespace = metadata.namespace;
        if (
          rules.sourceRules &&
          typeof namespace === 'string' &&
          namespace.length + 1 + colon > 255 &&
          [...namespace].length + 1 + colon > 255
        )
          return false;
      }
    }
    if (v.status !== undefined && v.status !== null && !isNamedTagEventList(v.status)) return false;
    if (v.image !== undefined && v.image !== null && !isImage(v.image)) return false;
    return true;
  };
}
