// TypeBox 1.x schema for ImageTag in request mode, compiled with its JIT checker (`Compile(...).Check`), for reference.
import Type, { type TProperties, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import Format from 'typebox/format';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
Format.Set('byte', (value) => BASE64.test(value));

const opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const str = Type.String();
const bool = Type.Boolean();
const time = Type.String({ format: 'date-time' });
const int64 = Type.Integer({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER });
const stringMap = Type.Record(Type.String(), Type.String());
const freeForm = Type.Object({});
const conditionStatus = Type.Union([Type.Literal('True'), Type.Literal('False'), Type.Literal('Unknown')]);
const imageApiVersion = Type.Union([Type.Literal('image.openshift.io/v1'), Type.Literal('v1')]);

const managedFieldsEntry = Type.Object({
  apiVersion: opt(str),
  fieldsType: opt(str),
  fieldsV1: opt(nullable(freeForm)),
  manager: opt(str),
  operation: opt(str),
  subresource: opt(str),
  time: opt(nullable(time)),
});

const ownerReference = Type.Object({
  apiVersion: str,
  blockOwnerDeletion: opt(bool),
  controller: opt(bool),
  kind: str,
  name: str,
  uid: str,
});

const objectMetaProperties = {
  annotations: opt(nullable(stringMap)),
  creationTimestamp: opt(nullable(time)),
  deletionGracePeriodSeconds: opt(int64),
  deletionTimestamp: opt(nullable(time)),
  finalizers: opt(nullable(Type.Array(str))),
  generateName: opt(str),
  generation: opt(int64),
  labels: opt(nullable(stringMap)),
  managedFields: opt(nullable(Type.Array(managedFieldsEntry))),
  name: opt(str),
  namespace: opt(str),
  ownerReferences: opt(nullable(Type.Array(ownerReference))),
  resourceVersion: opt(str),
  selfLink: opt(str),
  uid: opt(str),
} satisfies TProperties;
const objectMeta = Type.Object(objectMetaProperties);

const objectReferenceProperties = {
  apiVersion: opt(str),
  fieldPath: opt(str),
  kind: opt(str),
  name: opt(str),
  namespace: opt(str),
  resourceVersion: opt(str),
  uid: opt(str),
} satisfies TProperties;

// --- server-set parts, as a response carries them ---

const namedTagEventList = Type.Object({
  conditions: opt(
    nullable(
      Type.Array(
        Type.Object({
          generation: int64,
          lastTransitionTime: opt(nullable(time)),
          message: opt(str),
          reason: opt(str),
          status: conditionStatus,
          type: str,
        }),
      ),
    ),
  ),
  items: opt(
    nullable(
      Type.Array(
        Type.Object({ created: opt(nullable(time)), dockerImageReference: str, generation: int64, image: str }),
      ),
    ),
  ),
  tag: str,
});

const imageSignature = Type.Object({
  apiVersion: opt(imageApiVersion),
  conditions: opt(
    nullable(
      Type.Array(
        Type.Object({
          lastProbeTime: opt(nullable(time)),
          lastTransitionTime: opt(nullable(time)),
          message: opt(str),
          reason: opt(str),
          status: conditionStatus,
          type: str,
        }),
      ),
    ),
  ),
  content: opt(nullable(Type.String({ format: 'byte' }))),
  created: opt(nullable(time)),
  imageIdentity: opt(str),
  issuedBy: opt(Type.Object({ commonName: opt(str), organization: opt(str) })),
  issuedTo: opt(Type.Object({ commonName: opt(str), organization: opt(str), publicKeyID: str })),
  kind: opt(Type.Literal('ImageSignature')),
  metadata: opt(objectMeta),
  signedClaims: opt(nullable(stringMap)),
  type: str,
});

const image = Type.Object({
  apiVersion: opt(imageApiVersion),
  dockerImageConfig: opt(str),
  dockerImageLayers: opt(nullable(Type.Array(Type.Object({ mediaType: opt(str), name: str, size: int64 })))),
  dockerImageManifest: opt(str),
  dockerImageManifestMediaType: opt(str),
  dockerImageManifests: opt(
    nullable(
      Type.Array(
        Type.Object({
          architecture: str,
          digest: str,
          manifestSize: int64,
          mediaType: str,
          os: str,
          variant: opt(str),
        }),
      ),
    ),
  ),
  dockerImageMetadata: opt(nullable(freeForm)),
  dockerImageMetadataVersion: opt(str),
  dockerImageReference: opt(str),
  dockerImageSignatures: opt(nullable(Type.Array(Type.String({ format: 'byte' })))),
  kind: opt(Type.Literal('Image')),
  metadata: opt(objectMeta),
  signatures: opt(nullable(Type.Array(imageSignature))),
});

// --- what the client writes ---

const tagReferenceShape = Type.Object({
  annotations: opt(nullable(stringMap)),
  from: opt(
    Type.Object({
      ...objectReferenceProperties,
      kind: Type.Union([Type.Literal('DockerImage'), Type.Literal('ImageStreamImage'), Type.Literal('ImageStreamTag')]),
      name: Type.String({ minLength: 1 }),
    }),
  ),
  generation: opt(nullable(int64)),
  importPolicy: opt(
    Type.Object({
      importMode: opt(Type.Union([Type.Literal(''), Type.Literal('Legacy'), Type.Literal('PreserveOriginal')])),
      insecure: opt(bool),
      scheduled: opt(bool),
    }),
  ),
  name: opt(str),
  reference: opt(bool),
  referencePolicy: opt(
    Type.Object({ type: opt(Type.Union([Type.Literal(''), Type.Literal('Local'), Type.Literal('Source')])) }),
  ),
});

/** A compiled TypeBox checker of an ImageTag create request; `crossField` adds the CEL rules as refinements. */
export function makeTypeBoxImageTag(crossField: boolean) {
  const tagReference = crossField
    ? Type.Refine(
        tagReferenceShape,
        (s) => !(s.importPolicy?.scheduled === true && s.from !== undefined && s.from.kind !== 'DockerImage'),
      )
    : tagReferenceShape;
  const imageTag = Type.Object({
    apiVersion: opt(Type.Literal('image.openshift.io/v1')),
    image: opt(nullable(image)),
    kind: opt(Type.Literal('ImageTag')),
    metadata: opt(
      Type.Object({
        ...objectMetaProperties,
        name: opt(Type.String({ pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*:[^:@/%]+$' })),
      }),
    ),
    spec: tagReference,
    status: opt(nullable(namedTagEventList)),
  });
  const checked = crossField
    ? Type.Refine(imageTag, (t) => {
        const name = t.metadata?.name;
        const tag = t.spec.name;
        if (tag === undefined || tag === '' || name === undefined || !name.includes(':')) return true;
        return name.slice(name.indexOf(':') + 1) === tag;
      })
    : imageTag;
  return Compile(checked);
}
