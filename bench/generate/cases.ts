// The cases of the generation benchmark: each an input and the tools that take it, as the command lines users run.
import { join } from 'node:path';
import type { LargeInputs } from './inputs-large.js';
import type { Inputs } from './inputs.js';
import { command, withNoop, type Subject } from './subjects.js';

/** One input and the subjects measured on it, alternating within each round. */
export interface Case {
  readonly title: string;
  readonly input: string;
  readonly rounds: number;
  readonly subjects: readonly Subject[];
}

/** The command line of every tool (a script run with node). */
export interface Tools {
  readonly specgen: string;
  readonly openapiTypescript: string;
  readonly heyApi: string;
  readonly jstt: string;
  readonly ajv: string;
}

/** Rounds per case. */
export interface Rounds {
  readonly rounds: number;
  readonly kRounds: number;
  readonly slowRounds: number;
  readonly lRounds: number;
}

const OUTPUT = 'types + validators + client, formatted';

const heyApiArgs = (spec: string) => (out: string) => [
  '-i',
  spec,
  '-o',
  out,
  '-c',
  '@hey-api/client-fetch',
  '-p',
  '@hey-api/typescript',
  '@hey-api/sdk',
  'zod',
  '-s',
  '--no-log-file',
];

/** Every case whose inputs exist: ImageTag always, Kubernetes and the large specs when their sources are present. */
export function benchCases(
  root: string,
  bin: Tools,
  inputs: Inputs,
  large: LargeInputs | undefined,
  settings: Rounds,
): Case[] {
  const run = (name: string, what: string, script: string, args: (out: string) => string[], rounds?: number) =>
    command(root, name, what, script, args, rounds);
  const specgen = (name: string, spec: string, extra: readonly string[] = []): Subject =>
    run(name, OUTPUT, bin.specgen, (out) => ['generate', '--spec', spec, ...extra, '--out', out, '--name', 'x']);
  const openapiTypescript = (spec: string) =>
    run('openapi-typescript', 'types', bin.openapiTypescript, (out) => [spec, '-o', join(out, 'types.ts')]);
  const jsonSchemaPeers = (definitions: string) => [
    run('json-schema-to-typescript', 'types', bin.jstt, (out) => [
      '-i',
      definitions,
      '-o',
      join(out, 'types.ts'),
      '--unreachableDefinitions',
    ]),
    run('Ajv standalone', 'validators', bin.ajv, (out) => [definitions, join(out, 'validators.mjs')]),
  ];

  const cases: Case[] = [
    {
      title: 'ImageTag',
      input:
        'specs/imagetag.openapi.yaml (+ its overlay for specgen); its 24 schemas as JSON Schema for the JSON Schema peers',
      rounds: settings.rounds,
      subjects: [
        specgen('specgen', inputs.imagetag.spec, ['--overlay', inputs.imagetag.overlay]),
        openapiTypescript(inputs.imagetag.spec),
        run('@hey-api/openapi-ts', 'types + SDK + zod', bin.heyApi, heyApiArgs(inputs.imagetag.spec)),
        ...jsonSchemaPeers(inputs.imagetag.definitions),
      ],
    },
  ];
  const k = inputs.kubernetes;
  if (k !== undefined) {
    cases.push({
      title: 'Kubernetes',
      input:
        'kubernetes.swagger.json for specgen, kubernetes.openapi3.json (the same, as OpenAPI 3) for the OpenAPI 3 peers, its definitions for the JSON Schema peers',
      rounds: settings.kRounds,
      subjects: [
        withNoop(root, specgen('specgen', k.swagger), bin.specgen, k.swagger),
        specgen('specgen, Kubernetes + OpenShift', k.merged, ['--allow-dangling-refs']),
        openapiTypescript(k.openapi3),
        run('@hey-api/openapi-ts', 'types + SDK + zod', bin.heyApi, heyApiArgs(k.openapi3), settings.slowRounds),
        ...jsonSchemaPeers(k.definitions),
      ],
    });
  }
  if (large !== undefined) {
    const peers = (spec: string): Subject[] => [
      specgen('specgen', spec, ['--allow-dangling-refs']),
      openapiTypescript(spec),
    ];
    const size = (input: { bytes: number; schemas: number; paths: number }) =>
      `${(input.bytes / 1024 / 1024).toFixed(1)} MB, ${input.schemas} schemas, ${input.paths} paths`;
    cases.push(
      {
        title: 'Stripe-sized',
        input: `GitHub's REST API description (@octokit/openapi) without its examples, OpenAPI 3.0: ${size(large.stripeSized)}`,
        rounds: settings.lRounds,
        subjects: peers(large.stripeSized.path),
      },
      {
        title: 'OpenAI-sized',
        input: `70% of the same paths and what they reach, as OpenAPI 3.1 (type arrays for nullable): ${size(large.openaiSized)}`,
        rounds: settings.lRounds,
        subjects: peers(large.openaiSized.path),
      },
      {
        title: 'Growth',
        input: `the OpenAI-sized spec, and with every component and path copied 2× and 4× under new names: ${large.growth.map((g) => `${g.factor}×: ${size(g)}`).join('; ')}`,
        rounds: settings.lRounds,
        subjects: large.growth.map((g) => specgen(`specgen ${g.factor}×`, g.path, ['--allow-dangling-refs'])),
      },
    );
  }
  return cases;
}
