/**
 * Discriminator inheritance in DigitalOcean's shape (issue 13): a parent in another file declares the discriminator
 * (its enum lists every action), the children inherit it through `allOf`, and the mapping values are references to
 * other files. Each child's type narrows the property to its own value (`FloatingIpActionAssign` no longer takes
 * `type: "unassign"`), the parent is the union of its children, and the parent's validator selects the child.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../generator/index.js';
import { compileDiagnostics } from './support/compile.js';
import { liveValidators, type LiveValidators } from './support/live-validators.js';
import { generateFrom, repoPath } from './support/pipeline.js';

const SPEC = 'test/fixtures/digitalocean-floating-ip-actions/openapi.yaml';

const TYPE_CASES = `
import type * as T from './types.js';
import type { createClient } from './client.js';
export const a: T.FloatingIpActionAssign = { type: 'assign', droplet_id: 1 };
// @ts-expect-error an assign action is not an unassign action
export const b: T.FloatingIpActionAssign = { type: 'unassign', droplet_id: 1 };
export const c: T.FloatingIpActionUnassign = { type: 'unassign' };
// @ts-expect-error nor the other way round
export const d: T.FloatingIpActionUnassign = { type: 'assign' };
export const e: T.FloatingIpActionType = { type: 'assign', droplet_id: 1 };
// @ts-expect-error "assign" selects FloatingIpActionAssign, which requires droplet_id
export const f: T.FloatingIpActionType = { type: 'assign' };
export async function post(client: ReturnType<typeof createClient>): Promise<void> {
  await client.floatingIPsAction_post({ floating_ip: '45.55.96.47', body: { type: 'assign', droplet_id: 1 } });
  // @ts-expect-error the request body is discriminated too
  await client.floatingIPsAction_post({ floating_ip: '45.55.96.47', body: { type: 'unassign', droplet_id: 'x' } });
}
`;

describe('discriminator inheritance (DigitalOcean floating IP actions)', () => {
  let result: GenerateResult;
  let live: LiveValidators;
  beforeAll(async () => {
    result = await generateFrom(SPEC);
    live = await liveValidators(repoPath(SPEC));
  });

  it('types: each child narrows the discriminator; the parent is the union of its children', () => {
    const sources = Object.fromEntries(
      result.files
        .filter((file) => file.path.endsWith('.ts') && file.path !== 'src/node.ts')
        .map((file) => [file.path, file.contents]),
    );
    expect(compileDiagnostics({ ...sources, 'src/cases.ts': TYPE_CASES })).toEqual([]);
  });

  it.each([
    ['FloatingIpActionAssign', { type: 'assign', droplet_id: 1 }, []],
    [
      'FloatingIpActionAssign',
      { type: 'unassign', droplet_id: 1 },
      ['type: Unsupported value: "unassign": supported values: "assign"'],
    ],
    ['FloatingIpActionAssign', { type: 'assign' }, ['droplet_id: Required value']],
    ['FloatingIpActionUnassign', { type: 'unassign' }, []],
    ['FloatingIpActionType', { type: 'assign' }, ['droplet_id: Required value']],
    ['FloatingIpActionType', { type: 'unassign' }, []],
    [
      'FloatingIpActionType',
      { type: 'resize' },
      ['type: Unsupported value: "resize": supported values: "assign", "unassign"'],
    ],
    // Without the property, the closest child's errors (the parent and the child's own branch each require `type`:
    // reported once, as the API server's ToAggregate drops repeated messages).
    ['FloatingIpActionType', {}, ['type: Required value']],
  ])('validate%s(%j)', (model, value, messages) => {
    const checked = live.validate(model, value);
    expect(checked.valid).toBe(messages.length === 0);
    expect(checked.valid ? [] : checked.errors.map((error) => error.message)).toEqual(messages);
  });
});
