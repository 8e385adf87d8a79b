// Server-side field management: who owns which field (FieldsV1), conflicts between appliers, force, and removal of
// fields an applier stops applying.
import { describe, expect, it } from 'vitest';
import {
  applyFieldManagement,
  applyManagedFields,
  formatFieldPath,
  type ManagerContext,
} from '../../../runtime/testing/managed-fields.js';
import { StatusError } from '../../../runtime/testing/status.js';
import type { FakeObject, PatchSchemas } from '../../../runtime/testing/types.js';

const schemas: PatchSchemas = {
  Deployment: { fields: { spec: { fields: { template: { fields: { spec: { ref: 'PodSpec' } } } } } } },
  PodSpec: {
    fields: {
      containers: { items: { ref: 'Container' }, list: { listType: 'map', mapKeys: ['name'] } },
      tolerations: { list: { listType: 'atomic' } },
    },
  },
  Container: { fields: { args: { list: { listType: 'set' } } } },
};
const context = (manager: string, operation: 'Apply' | 'Update' = 'Apply'): ManagerContext => ({
  manager,
  operation,
  apiVersion: 'apps/v1',
  time: '2026-01-01T00:00:00Z',
  subresource: undefined,
  schema: 'Deployment',
  schemas,
});
const deployment = (replicas: number, containers: unknown[]): FakeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: { replicas, template: { spec: { containers } } },
});
const entries = (object: FakeObject) =>
  Object.fromEntries(
    ((object['metadata'] as { managedFields: { manager: string; fieldsV1: unknown }[] }).managedFields ?? []).map(
      (entry) => [entry.manager, entry.fieldsV1],
    ),
  );

describe('applyManagedFields (create, update, patch)', () => {
  it('gives the writer every field it sets, with map-list items keyed', () => {
    const object = deployment(1, [{ name: 'app', image: 'a', args: ['--x'] }]);
    applyManagedFields(undefined, object, context('kubectl-create', 'Update'));
    expect(entries(object)['kubectl-create']).toEqual({
      'f:metadata': { 'f:labels': { 'f:app': {} } },
      'f:spec': {
        'f:replicas': {},
        'f:template': {
          'f:spec': {
            'f:containers': {
              'k:{"name":"app"}': { '.': {}, 'f:name': {}, 'f:image': {}, 'f:args': { 'v:"--x"': {} } },
            },
          },
        },
      },
    });
  });

  it('moves a changed field to its new writer and drops fields that are gone', () => {
    const first = deployment(1, [{ name: 'app', image: 'a' }]);
    applyManagedFields(undefined, first, context('creator', 'Update'));
    const second = deployment(2, []);
    (second['metadata'] as Record<string, unknown>)['managedFields'] = (first['metadata'] as Record<string, unknown>)[
      'managedFields'
    ];
    applyManagedFields(first, second, context('scaler', 'Update'));
    const owners = entries(second);
    expect(owners['scaler']).toEqual({
      'f:spec': { 'f:replicas': {}, 'f:template': { 'f:spec': { 'f:containers': {} } } },
    });
    expect(owners['creator']).toEqual({ 'f:metadata': { 'f:labels': { 'f:app': {} } } });
  });
});

describe('applyFieldManagement (server-side apply)', () => {
  const applied = (manager: string, object: FakeObject, live?: FakeObject, force = false) =>
    applyFieldManagement(live, object, force, context(manager));

  it('conflicts when another manager owns a field with a different value, naming manager and field', () => {
    const live = applied('alice', deployment(1, [{ name: 'app', image: 'a' }]));
    let error: unknown;
    try {
      applied('bob', deployment(3, [{ name: 'app', image: 'b' }]), live);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StatusError);
    expect((error as StatusError).code).toBe(409);
    expect((error as StatusError).message).toBe(
      'Apply failed with 2 conflicts: conflicts with "alice" using apps/v1:\n- .spec.replicas\n- .spec.template.spec.containers[name="app"].image',
    );
    expect((error as StatusError).details?.causes?.[0]).toEqual({
      reason: 'FieldManagerConflict',
      message: 'conflict with "alice" using apps/v1',
      field: '.spec.replicas',
    });
  });

  it('shares fields applied with the same value, and force takes the others over', () => {
    const live = applied('alice', deployment(1, [{ name: 'app', image: 'a' }]));
    const shared = applied('bob', deployment(1, [{ name: 'app', image: 'a' }]), live);
    expect(Object.keys(entries(shared)).sort()).toEqual(['alice', 'bob']);
    const forced = applied('bob', deployment(5, [{ name: 'app', image: 'a' }]), shared, true);
    expect((forced['spec'] as { replicas: number }).replicas).toBe(5);
    expect(JSON.stringify(entries(forced)['alice'])).not.toContain('f:replicas');
    expect(JSON.stringify(entries(forced)['bob'])).toContain('f:replicas');
  });

  it('removes what the applier stops applying unless someone else owns it, and merges map lists by key', () => {
    const live = applied(
      'alice',
      deployment(1, [
        { name: 'app', image: 'a' },
        { name: 'side', image: 's' },
      ]),
    );
    const next = applied(
      'alice',
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web' },
        spec: { template: { spec: { containers: [{ name: 'app', image: 'a2' }] } } },
      },
      live,
    );
    expect(next['spec']).toEqual({ template: { spec: { containers: [{ name: 'app', image: 'a2' }] } } });
    expect((next['metadata'] as { labels?: unknown }).labels).toBeUndefined();
    const bobAdds = applied(
      'bob',
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web' },
        spec: { template: { spec: { containers: [{ name: 'extra', image: 'e' }] } } },
      },
      next,
    );
    expect((bobAdds['spec'] as any).template.spec.containers.map((c: { name: string }) => c.name)).toEqual([
      'app',
      'extra',
    ]);
  });

  it('prints field paths as the server does', () => {
    expect(formatFieldPath('["f:spec","f:containers","k:{\\"name\\":\\"c\\"}","f:image"]')).toBe(
      '.spec.containers[name="c"].image',
    );
    expect(formatFieldPath('["f:metadata","f:finalizers","v:\\"x\\""]')).toBe('.metadata.finalizers[="x"]');
  });
});
