// zod 4 schema for ImageTag in request mode, the same shape and rules as the generated guard, for reference.
// Idiomatic zod: z.object (unknown keys are accepted and stripped from the parsed copy), safeParse for a verdict.
import { z } from 'zod';

const time = z.iso.datetime({ offset: true });
const int64 = z.int();
const stringMap = z.record(z.string(), z.string());
const freeForm = z.record(z.string(), z.unknown());
const conditionStatus = z.enum(['True', 'False', 'Unknown']);

const managedFieldsEntry = z.object({
  apiVersion: z.string().optional(),
  fieldsType: z.string().optional(),
  fieldsV1: freeForm.nullable().optional(),
  manager: z.string().optional(),
  operation: z.string().optional(),
  subresource: z.string().optional(),
  time: time.nullable().optional(),
});

const ownerReference = z.object({
  apiVersion: z.string(),
  blockOwnerDeletion: z.boolean().optional(),
  controller: z.boolean().optional(),
  kind: z.string(),
  name: z.string(),
  uid: z.string(),
});

const objectMeta = z.object({
  annotations: stringMap.nullable().optional(),
  creationTimestamp: time.nullable().optional(),
  deletionGracePeriodSeconds: int64.optional(),
  deletionTimestamp: time.nullable().optional(),
  finalizers: z.array(z.string()).nullable().optional(),
  generateName: z.string().optional(),
  generation: int64.optional(),
  labels: stringMap.nullable().optional(),
  managedFields: z.array(managedFieldsEntry).nullable().optional(),
  name: z.string().optional(),
  namespace: z.string().optional(),
  ownerReferences: z.array(ownerReference).nullable().optional(),
  resourceVersion: z.string().optional(),
  selfLink: z.string().optional(),
  uid: z.string().optional(),
});

const objectReference = z.object({
  apiVersion: z.string().optional(),
  fieldPath: z.string().optional(),
  kind: z.string().optional(),
  name: z.string().optional(),
  namespace: z.string().optional(),
  resourceVersion: z.string().optional(),
  uid: z.string().optional(),
});

// --- server-set parts, as a response carries them ---

const tagEvent = z.object({
  created: time.nullable().optional(),
  dockerImageReference: z.string(),
  generation: int64,
  image: z.string(),
});

const tagEventCondition = z.object({
  generation: int64,
  lastTransitionTime: time.nullable().optional(),
  message: z.string().optional(),
  reason: z.string().optional(),
  status: conditionStatus,
  type: z.string(),
});

const namedTagEventList = z.object({
  conditions: z.array(tagEventCondition).nullable().optional(),
  items: z.array(tagEvent).nullable().optional(),
  tag: z.string(),
});

const imageApiVersion = z.enum(['image.openshift.io/v1', 'v1']);

const imageSignature = z.object({
  apiVersion: imageApiVersion.optional(),
  conditions: z
    .array(
      z.object({
        lastProbeTime: time.nullable().optional(),
        lastTransitionTime: time.nullable().optional(),
        message: z.string().optional(),
        reason: z.string().optional(),
        status: conditionStatus,
        type: z.string(),
      }),
    )
    .nullable()
    .optional(),
  content: z.base64().nullable().optional(),
  created: time.nullable().optional(),
  imageIdentity: z.string().optional(),
  issuedBy: z.object({ commonName: z.string().optional(), organization: z.string().optional() }).optional(),
  issuedTo: z
    .object({ commonName: z.string().optional(), organization: z.string().optional(), publicKeyID: z.string() })
    .optional(),
  kind: z.literal('ImageSignature').optional(),
  metadata: objectMeta.optional(),
  signedClaims: stringMap.nullable().optional(),
  type: z.string(),
});

const image = z.object({
  apiVersion: imageApiVersion.optional(),
  dockerImageConfig: z.string().optional(),
  dockerImageLayers: z
    .array(z.object({ mediaType: z.string().optional(), name: z.string(), size: int64 }))
    .nullable()
    .optional(),
  dockerImageManifest: z.string().optional(),
  dockerImageManifestMediaType: z.string().optional(),
  dockerImageManifests: z
    .array(
      z.object({
        architecture: z.string(),
        digest: z.string(),
        manifestSize: int64,
        mediaType: z.string(),
        os: z.string(),
        variant: z.string().optional(),
      }),
    )
    .nullable()
    .optional(),
  dockerImageMetadata: freeForm.nullable().optional(),
  dockerImageMetadataVersion: z.string().optional(),
  dockerImageReference: z.string().optional(),
  dockerImageSignatures: z.array(z.base64()).nullable().optional(),
  kind: z.literal('Image').optional(),
  metadata: objectMeta.optional(),
  signatures: z.array(imageSignature).nullable().optional(),
});

// --- what the client writes ---

const tagReferenceShape = z.object({
  annotations: stringMap.nullable().optional(),
  from: objectReference
    .extend({ kind: z.enum(['DockerImage', 'ImageStreamImage', 'ImageStreamTag']), name: z.string().min(1) })
    .optional(),
  generation: int64.nullable().optional(),
  importPolicy: z
    .object({
      importMode: z.enum(['', 'Legacy', 'PreserveOriginal']).optional(),
      insecure: z.boolean().optional(),
      scheduled: z.boolean().optional(),
    })
    .optional(),
  name: z.string().optional(),
  reference: z.boolean().optional(),
  referencePolicy: z.object({ type: z.enum(['', 'Local', 'Source']).optional() }).optional(),
});

/** The zod schema of an ImageTag create request; `crossField` adds the overlay's two CEL rules as refinements. */
export function makeZodImageTag(crossField: boolean) {
  const tagReference = crossField
    ? tagReferenceShape.refine(
        (s) => !(s.importPolicy?.scheduled === true && s.from !== undefined && s.from.kind !== 'DockerImage'),
        { message: 'only tags pointing to Docker repositories may be scheduled for background import' },
      )
    : tagReferenceShape;
  const imageTag = z.object({
    apiVersion: z.literal('image.openshift.io/v1').optional(),
    image: image.nullable().optional(),
    kind: z.literal('ImageTag').optional(),
    metadata: objectMeta
      .extend({
        name: z
          .string()
          .regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*:[^:@/%]+$/u)
          .optional(),
      })
      .optional(),
    spec: tagReference,
    status: namedTagEventList.nullable().optional(),
  });
  return crossField
    ? imageTag.refine(
        (t) => {
          const name = t.metadata?.name;
          const tag = t.spec.name;
          if (tag === undefined || tag === '' || name === undefined || !name.includes(':')) return true;
          return name.slice(name.indexOf(':') + 1) === tag;
        },
        { message: 'must match image tag name', path: ['spec', 'name'] },
      )
    : imageTag;
}
