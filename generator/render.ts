import Handlebars from 'handlebars';
import type { Views } from './views/index.js';

/** A generated file: its path relative to the output folder, and its text. */
export interface OutputFile {
  readonly path: string;
  readonly contents: string;
}

/** Template sources by name (`types`, `index`, `package.json`) and partial sources by name (`banner`). */
export interface TemplateSources {
  readonly templates: Readonly<Record<string, string>>;
  readonly partials: Readonly<Record<string, string>>;
}

/** Which template renders which output file from which view. */
const OUTPUTS: readonly { template: string; path: string; view: keyof Views }[] = [
  { template: 'types', path: 'src/types.ts', view: 'types' },
  { template: 'validators', path: 'src/validators.ts', view: 'validators' },
  { template: 'client', path: 'src/client.ts', view: 'client' },
  { template: 'node', path: 'src/node.ts', view: 'node' },
  { template: 'index', path: 'src/index.ts', view: 'index' },
  { template: 'package.json', path: 'package.json', view: 'packageJson' },
  { template: 'tsconfig.json', path: 'tsconfig.json', view: 'node' },
  { template: 'testing', path: 'src/testing.ts', view: 'testing' },
];

/**
 * Renders every output file. A private Handlebars environment, strict (a missing field is an error, not an empty
 * string), no HTML escaping (the views hold printed code), and only the built-in helpers.
 */
export function render(views: Views, sources: TemplateSources): OutputFile[] {
  const handlebars = Handlebars.create();
  for (const [name, source] of Object.entries(sources.partials)) handlebars.registerPartial(name, source);
  const compileOptions = { strict: true, noEscape: true, knownHelpersOnly: true } as const;
  // A view that is undefined is an entry this API does not need (e.g. `testing` without Kubernetes resources).
  return OUTPUTS.filter(({ view }) => views[view] !== undefined).map(({ template, path, view }) => {
    const source = sources.templates[template];
    if (source === undefined) throw new Error(`template "${template}" is missing`);
    const compiled = handlebars.compile(source, compileOptions);
    return { path, contents: compiled(views[view]) };
  });
}
