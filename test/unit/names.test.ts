import { describe, expect, it } from 'vitest';
import {
  assignModelNames,
  assignOperationNames,
  operationBaseName,
  type OperationNameInput,
} from '../../generator/names.js';

describe('assignModelNames', () => {
  const table: [string, { given: string[]; want: Record<string, string> }][] = [
    [
      'reverse-domain keys keep their last segment',
      {
        given: ['com.github.openshift.api.image.v1.ImageTag', 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'],
        want: {
          'com.github.openshift.api.image.v1.ImageTag': 'ImageTag',
          'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': 'ObjectMeta',
        },
      },
    ],
    [
      'collisions are qualified by the fewest segments that tell them apart',
      {
        given: [
          'com.github.openshift.api.image.v1.Image',
          'com.github.openshift.api.config.v1.Image',
          'io.k8s.api.core.v1.Pod',
        ],
        want: {
          'com.github.openshift.api.image.v1.Image': 'ImageV1Image',
          'com.github.openshift.api.config.v1.Image': 'ConfigV1Image',
          'io.k8s.api.core.v1.Pod': 'Pod',
        },
      },
    ],
    [
      'versions alone can tell apart',
      {
        given: ['io.k8s.api.autoscaling.v1.Scale', 'io.k8s.api.autoscaling.v2.Scale'],
        want: { 'io.k8s.api.autoscaling.v1.Scale': 'V1Scale', 'io.k8s.api.autoscaling.v2.Scale': 'V2Scale' },
      },
    ],
    [
      'plain keys are PascalCased; sanitising collisions take numeric suffixes in key order',
      {
        given: ['pet-store', 'pet_store', 'Pet'],
        want: { 'pet-store': 'PetStore', pet_store: 'PetStore2', Pet: 'Pet' },
      },
    ],
    [
      'reserved words and leading digits are made safe',
      {
        given: ['Error', 'string', '3d-model', ''],
        want: { Error: 'Error_', string: 'String_', '3d-model': 'Schema3dModel', '': 'Schema' },
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(Object.fromEntries(assignModelNames(given))).toEqual(want);
  });

  it('a name depends only on its own key: adding keys renames nothing (issue 13, Stripe)', () => {
    const before = [
      'issuing.authorization',
      'checkout.session',
      'pet-store',
      'Pet',
      'io.k8s.api.core.v1.Pod',
      'com.github.openshift.api.image.v1.ImageTag',
      'v1.Status',
    ];
    const added = [
      'authorization',
      'session',
      'issuing',
      'Authorization',
      'io.k8s.api.core.v1.Service',
      'ImageTag2',
      'PetStore2',
      'pet.store',
    ];
    const first = assignModelNames(before);
    expect(Object.fromEntries(first)).toEqual({
      'issuing.authorization': 'IssuingAuthorization',
      'checkout.session': 'CheckoutSession',
      'pet-store': 'PetStore',
      Pet: 'Pet',
      'io.k8s.api.core.v1.Pod': 'Pod',
      'com.github.openshift.api.image.v1.ImageTag': 'ImageTag',
      'v1.Status': 'Status',
    });
    for (const key of added) {
      const next = assignModelNames([...before, key]);
      for (const old of before) expect(next.get(old), `${old} after adding ${key}`).toBe(first.get(old));
    }
    const all = assignModelNames([...before, ...added]);
    expect(all.get('authorization')).toBe('Authorization2');
    expect(all.get('Authorization')).toBe('Authorization');
    // The documented Kubernetes exception: two kinds of one name are told apart by their group and version.
    expect(assignModelNames([...before, 'io.k8s.api.core.v1.Status']).get('v1.Status')).toBe('V1Status');
  });

  it('the config names map overrides any name, and no other key takes an overriding name', () => {
    const names = assignModelNames(['issuing.authorization', 'authorization', 'io.k8s.api.core.v1.Pod'], {
      'io.k8s.api.core.v1.Pod': 'Authorization',
      authorization: 'Auth',
    });
    expect(Object.fromEntries(names)).toEqual({
      'issuing.authorization': 'IssuingAuthorization',
      authorization: 'Auth',
      'io.k8s.api.core.v1.Pod': 'Authorization',
    });
  });

  it('does not depend on the order of the keys', () => {
    const keys = [
      'com.github.openshift.api.image.v1.Image',
      'com.github.openshift.api.config.v1.Image',
      'a-b',
      'a_b',
      'AB',
    ];
    expect(Object.fromEntries(assignModelNames(keys))).toEqual(
      Object.fromEntries(assignModelNames([...keys].reverse())),
    );
  });
});

describe('operation names', () => {
  const table: [string, { given: OperationNameInput; want: string }][] = [
    [
      'Kubernetes infix dropped',
      {
        given: {
          operationId: 'readImageOpenshiftIoV1NamespacedImageTag',
          method: 'get',
          path: '/x',
          group: 'image.openshift.io',
          version: 'v1',
        },
        want: 'readNamespacedImageTag',
      },
    ],
    [
      'all namespaces',
      {
        given: {
          operationId: 'listImageOpenshiftIoV1ImageTagForAllNamespaces',
          method: 'get',
          path: '/x',
          group: 'image.openshift.io',
          version: 'v1',
        },
        want: 'listImageTagForAllNamespaces',
      },
    ],
    [
      'core group',
      {
        given: { operationId: 'listCoreV1NamespacedPod', method: 'get', path: '/x', group: '', version: 'v1' },
        want: 'listNamespacedPod',
      },
    ],
    [
      'plain operationId camel-cased',
      { given: { operationId: 'repos/get-content', method: 'get', path: '/x' }, want: 'reposGetContent' },
    ],
    [
      'identifier operationId kept',
      { given: { operationId: 'ListPets', method: 'get', path: '/x' }, want: 'listPets' },
    ],
    [
      'no operationId: method and path',
      { given: { method: 'get', path: '/pets/{petId}/toys' }, want: 'getPetsByPetIdToys' },
    ],
    ['reserved word', { given: { operationId: 'delete', method: 'delete', path: '/x' }, want: 'delete_' }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(operationBaseName(given)).toBe(want);
  });

  it('resolves collisions in sorted order', () => {
    const names = assignOperationNames(
      new Map([
        ['/b get', { operationId: 'get-pets', method: 'get', path: '/b' }],
        ['/a get', { operationId: 'getPets', method: 'get', path: '/a' }],
      ]),
    );
    expect(Object.fromEntries(names)).toEqual({ '/a get': 'getPets', '/b get': 'getPets2' });
  });
});
