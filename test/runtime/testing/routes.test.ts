import { expect, it } from 'vitest';
import { route } from '../../../runtime/testing/routes.js';
import type { ResourceSpec } from '../../../runtime/testing/types.js';

const spec = (group: string, plural: string, namespaced: boolean): ResourceSpec => ({
  group,
  version: 'v1',
  kind: plural,
  plural,
  namespaced,
  verbs: [],
  subresources: [],
  listKind: 'List',
});
const resources = [spec('', 'pods', true), spec('', 'namespaces', false), spec('apps', 'deployments', true)];

it.each([
  ['api/v1/namespaces/ns/pods', 'pods', 'ns', undefined, undefined, false],
  ['api/v1/namespaces/ns/pods/p', 'pods', 'ns', 'p', undefined, false],
  ['api/v1/namespaces/ns/pods/p/status', 'pods', 'ns', 'p', 'status', false],
  ['api/v1/pods', 'pods', undefined, undefined, undefined, false],
  ['api/v1/namespaces', 'namespaces', undefined, undefined, undefined, false],
  ['api/v1/namespaces/ns', 'namespaces', undefined, 'ns', undefined, false],
  ['api/v1/namespaces/ns/finalize', 'namespaces', undefined, 'ns', 'finalize', false],
  ['apis/apps/v1/watch/namespaces/ns/deployments/d', 'deployments', 'ns', 'd', undefined, true],
  ['apis/apps/v1/watch/deployments', 'deployments', undefined, undefined, undefined, true],
])('%s', (path, plural, namespace, name, subresource, watch) => {
  expect(route(resources, path.split('/'))).toEqual({
    resource: expect.objectContaining({ plural }),
    namespace,
    name,
    subresource,
    watch,
  });
});

it.each(['api/v2/pods', 'apis/apps/v1/pods', 'api/v1/namespaces/ns/pods/p/status/extra', 'apis/apps', 'api'])(
  '%s serves nothing',
  (path) => {
    expect(route(resources, path.split('/'))).toBeUndefined();
  },
);
