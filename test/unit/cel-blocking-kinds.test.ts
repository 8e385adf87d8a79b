// generator/print/guard/cel-blocking.ts: which custom resource kinds have a CEL rule (and so a CEL validator on the
// server, whose rules a blocking schema error skips). Only rules count, never JSON values that look like them.
import { describe, expect, it } from 'vitest';
import type { Model, Type } from '../../generator/ir.js';
import { celBlockingKinds } from '../../generator/print/guard/cel-blocking.js';

const object = (properties: Record<string, Type>, extra: Partial<Type> = {}): Type =>
  ({
    kind: 'object',
    properties: Object.entries(properties).map(([name, type]) => ({
      name,
      type,
      required: { request: false, response: false },
      readOnly: false,
      nonNullInRequest: false,
      doc: {},
    })),
    ...extra,
  }) as Type;
const kind = (name: string, type: Type): Model => ({
  name,
  key: `com.example.${name}`,
  type,
  doc: {},
  source: '',
  gvk: { group: 'example.com', version: 'v1', kind: name },
  nameRequired: true,
});
const rule = { rule: 'self.a <= self.b', source: '' };

describe('celBlockingKinds', () => {
  it('finds a rule below a kind, through refs, lists and assertions', () => {
    const models = [
      kind('Direct', object({ spec: object({}, { rules: [rule] } as Partial<Type>) })),
      kind('Referred', object({ spec: { kind: 'ref', name: 'Part' } })),
      {
        name: 'Part',
        key: 'com.example.Part',
        type: object({ items: { kind: 'array', items: object({}, { rules: [rule] } as Partial<Type>) } }),
        doc: {},
        source: '',
      },
      kind(
        'Asserted',
        object({}, {
          assertions: [{ kind: 'not', type: object({}, { rules: [rule] } as Partial<Type>) }],
        } as Partial<Type>),
      ),
      kind('Plain', object({ spec: object({ size: { kind: 'number', integer: true } as Type }) })),
    ];
    expect([...celBlockingKinds(models)].sort()).toEqual(['Asserted', 'Direct', 'Referred']);
  });

  it('does not take a default, an example or an enum value with a "rules" key for a rule', () => {
    const lookalike = { rules: [{ rule: 'true' }], kind: 'ref', name: 'Ruled' };
    const models = [
      kind(
        'Defaulted',
        object({ spec: object({ size: { kind: 'number', integer: true } as Type }) }, {} as Partial<Type>),
      ),
      kind('Ruled', object({}, { rules: [rule] } as Partial<Type>)),
    ];
    const defaulted = models[0]!.type as unknown as { properties: { doc: object; type: Type }[] };
    defaulted.properties[0]!.doc = { default: lookalike, examples: [lookalike] };
    (defaulted.properties[0] as { type: Type }).type = {
      kind: 'union',
      members: [{ kind: 'literal', value: null }],
      assertions: [{ kind: 'enum', values: [lookalike] }],
    } as Type;
    expect([...celBlockingKinds(models)]).toEqual(['Ruled']);
  });
});
