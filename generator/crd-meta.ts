/**
 * The meta/v1 schemas a custom resource links to (ObjectMeta, ListMeta and what they reach), under their upstream
 * keys, written from k8s.io/apimachinery/pkg/apis/meta/v1/types.go. A stand-in until the built-in apimachinery
 * library supplies them; the keys are the ones Kubernetes documents use, so both resolve the same `$ref`s.
 */
import type { JsonObject } from './document.js';

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${META}.${name}` });
const stringMap: JsonObject = { type: 'object', additionalProperties: { type: 'string' } };
const text = (description: string): JsonObject => ({ type: 'string', description });

/** The schemas, by key. */
export const META_SCHEMAS: Readonly<Record<string, JsonObject>> = {
  [`${META}.Time`]: { type: 'string', format: 'date-time', description: 'An RFC 3339 date and time.' },
  [`${META}.FieldsV1`]: { type: 'object', description: 'Fields set by a manager, in the FieldsV1 format.' },
  [`${META}.OwnerReference`]: {
    type: 'object',
    description: 'An object that owns this one.',
    required: ['apiVersion', 'kind', 'name', 'uid'],
    properties: {
      apiVersion: text('API version of the referent.'),
      kind: text('Kind of the referent.'),
      name: text('Name of the referent.'),
      uid: text('UID of the referent.'),
      controller: { type: 'boolean', description: 'The referent is the managing controller.' },
      blockOwnerDeletion: { type: 'boolean', description: 'The owner cannot be deleted before this object.' },
    },
  },
  [`${META}.ManagedFieldsEntry`]: {
    type: 'object',
    description: 'The fields one manager set, and how.',
    properties: {
      apiVersion: text('Version of the fields.'),
      fieldsType: text('Format of fieldsV1: always FieldsV1.'),
      fieldsV1: ref('FieldsV1'),
      manager: text('The workflow that manages the fields.'),
      operation: text('Apply or Update.'),
      subresource: text('The subresource the fields were set through.'),
      time: ref('Time'),
    },
  },
  [`${META}.ObjectMeta`]: {
    type: 'object',
    description: 'Standard object metadata.',
    properties: {
      annotations: { ...stringMap, description: 'Unstructured key-value data.' },
      creationTimestamp: ref('Time'),
      deletionGracePeriodSeconds: { type: 'integer', format: 'int64' },
      deletionTimestamp: ref('Time'),
      finalizers: { type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'set' },
      generateName: text('A prefix the server completes into a unique name.'),
      generation: { type: 'integer', format: 'int64' },
      labels: { ...stringMap, description: 'Keys and values to organise and select objects.' },
      managedFields: { type: 'array', items: ref('ManagedFieldsEntry') },
      name: text('Unique within a namespace; required when creating, unless generateName is given.'),
      namespace: text('The namespace the object lives in.'),
      ownerReferences: {
        type: 'array',
        items: ref('OwnerReference'),
        'x-kubernetes-list-type': 'map',
        'x-kubernetes-list-map-keys': ['uid'],
      },
      resourceVersion: text('Opaque version for optimistic concurrency.'),
      selfLink: text('Deprecated; not set by current servers.'),
      uid: text('Unique in time and space; set by the server.'),
    },
  },
  [`${META}.ListMeta`]: {
    type: 'object',
    description: 'Standard list metadata.',
    properties: {
      continue: text('Token to retrieve the next page.'),
      remainingItemCount: { type: 'integer', format: 'int64' },
      resourceVersion: text('Version of the list.'),
      selfLink: text('Deprecated; not set by current servers.'),
    },
  },
};

/** `$ref` of ObjectMeta. */
export const OBJECT_META_REF = `#/components/schemas/${META}.ObjectMeta`;
/** `$ref` of ListMeta. */
export const LIST_META_REF = `#/components/schemas/${META}.ListMeta`;
