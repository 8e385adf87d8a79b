import { describe, expect, it } from 'vitest';
import {
  OpenApiV3,
  aggregatedDiscovery,
  aggregatedDiscoveryType,
  compareVersions,
  coreVersions,
  groupList,
  groupOf,
  resourceList,
  versionInfo,
} from '../../../runtime/testing/discovery.js';
import type { ResourceSpec } from '../../../runtime/testing/types.js';

const spec = (
  group: string,
  version: string,
  kind: string,
  plural: string,
  subresources: string[] = [],
): ResourceSpec => ({
  group,
  version,
  kind,
  plural,
  namespaced: plural !== 'nodes',
  verbs: ['get', 'list'],
  subresources,
  listKind: `${kind}List`,
});
const resources = [
  spec('', 'v1', 'Pod', 'pods', ['status', 'log']),
  spec('', 'v1', 'Node', 'nodes'),
  spec('apps', 'v1', 'Deployment', 'deployments', ['scale', 'status']),
  spec('autoscaling', 'v1', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'),
  spec('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'),
  spec('batch', 'v1beta1', 'CronJob', 'cronjobs'),
];

describe('discovery documents', () => {
  it('orders versions as Kubernetes prefers them', () => {
    expect(['v1alpha1', 'v1', 'v2beta1', 'v1beta2', 'v2', 'v1beta1'].sort(compareVersions)).toEqual([
      'v2',
      'v1',
      'v2beta1',
      'v1beta2',
      'v1beta1',
      'v1alpha1',
    ]);
  });

  it('serves /version, /api, /apis and /apis/<group>', () => {
    expect(versionInfo('v1.33.2')).toMatchObject({ major: '1', minor: '33', gitVersion: 'v1.33.2' });
    expect(coreVersions(resources, '127.0.0.1:1')).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const list = groupList(resources) as { groups: { name: string; preferredVersion: { version: string } }[] };
    expect(list.groups.map((group) => [group.name, group.preferredVersion.version])).toEqual([
      ['apps', 'v1'],
      ['autoscaling', 'v2'],
      ['batch', 'v1beta1'],
    ]);
    expect(groupOf(resources, 'autoscaling')).toMatchObject({ kind: 'APIGroup', name: 'autoscaling' });
    expect(groupOf(resources, 'nope')).toBeUndefined();
  });

  it('lists the resources of a group/version with the served subresources', () => {
    const list = resourceList(resources, '', 'v1') as { resources: { name: string; namespaced: boolean }[] };
    expect(list.resources.map((resource) => [resource.name, resource.namespaced])).toEqual([
      ['pods', true],
      ['pods/status', true],
      ['nodes', false],
    ]);
    expect(resourceList(resources, 'apps', 'v2')).toBeUndefined();
  });

  it('answers aggregated discovery in the media type asked for', () => {
    const accept = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';
    const mediaType = aggregatedDiscoveryType(accept)!;
    expect(mediaType).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    expect(aggregatedDiscoveryType('application/json')).toBeUndefined();
    const apis = aggregatedDiscovery(resources, false, mediaType) as { apiVersion: string; items: any[] };
    expect(apis.apiVersion).toBe('apidiscovery.k8s.io/v2');
    expect(apis.items.map((item) => item.metadata.name)).toEqual(['apps', 'autoscaling', 'batch']);
    expect(apis.items[0].versions[0].resources[0]).toMatchObject({
      resource: 'deployments',
      scope: 'Namespaced',
      responseKind: { group: 'apps', version: 'v1', kind: 'Deployment' },
      subresources: [{ subresource: 'status' }],
    });
    const core = aggregatedDiscovery(resources, true, mediaType) as { items: any[] };
    expect(core.items.map((item) => item.metadata.name)).toEqual(['']);
  });
});

describe('OpenApiV3', () => {
  const document = {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/api/v1/namespaces/{namespace}/pods': {
        post: { parameters: [{ $ref: '#/components/parameters/fieldValidation' }] },
      },
      '/apis/apps/v1/deployments': { get: {} },
      '/apis/apps/v1beta1/deployments': { get: {} },
    },
    components: { parameters: { fieldValidation: { name: 'fieldValidation', in: 'query' } }, schemas: {} },
  };

  it('indexes every group/version with a hash, and serves each document with only its paths', () => {
    const openapi = new OpenApiV3(resources, () => document);
    const index = openapi.index() as { paths: Record<string, { serverRelativeURL: string }> };
    expect(Object.keys(index.paths)).toContain('apis/apps/v1');
    expect(index.paths['api/v1']!.serverRelativeURL).toMatch(/^\/openapi\/v3\/api\/v1\?hash=[0-9a-f]{8}$/);
    const apps = JSON.parse(openapi.documentOf('apis/apps/v1')!.text) as typeof document;
    expect(Object.keys(apps.paths)).toEqual(['/apis/apps/v1/deployments']);
    expect(openapi.documentOf('apis/nope/v1')).toBeUndefined();
  });

  it('inlines parameter references (kubectl looks for fieldValidation among the operation parameters)', () => {
    const core = JSON.parse(new OpenApiV3(resources, () => document).documentOf('api/v1')!.text) as any;
    expect(core.paths['/api/v1/namespaces/{namespace}/pods'].post.parameters).toEqual([
      { name: 'fieldValidation', in: 'query' },
    ]);
  });
});
