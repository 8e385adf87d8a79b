// An overlong `if (condition) statement;` (the guards' own-property test on long property names) laid out as Prettier
// prints it, so the validator holding it needs no Prettier pass. Prettier itself is the oracle.
import { describe, expect, it } from 'vitest';
import { formatText, unformattedChunks } from '../../generator/format.js';
import { bundle } from '../../generator/bundle.js';
import { loadFile, loadSpecFiles } from '../../generator/load.js';
import { normalize } from '../../generator/normalize.js';
import { applyOverlay } from '../../generator/overlay.js';
import { parse } from '../../generator/parse/index.js';
import { layout } from '../../generator/print/layout.js';
import { render, type OutputFile } from '../../generator/render.js';
import { loadTemplates } from '../../generator/templates.js';
import { upgrade } from '../../generator/upgrade.js';
import { buildViews } from '../../generator/views/index.js';
import { repoPath } from '../support/pipeline.js';

const read = (name: string): string =>
  `let x3: unknown = v.${name};\nif (x3 !== undefined && (!x1 || $objectPrototype.${name} !== undefined) && !$hasOwn(v, "${name}")) x3 = undefined;`;

/** What Prettier prints for the statements inside a function, at the given block depth. */
async function prettier(body: string, depth: number): Promise<string> {
  const open = Array.from({ length: depth - 1 }, () => '{\n').join('');
  const close = Array.from({ length: depth - 1 }, () => '}\n').join('');
  const source = `function f(v: any, x1: boolean) {\n${open}${body}\n${close}}\n`;
  const formatted = await formatText(source, 'babel-ts');
  const lines = formatted.split('\n');
  return lines.slice(depth, lines.length - depth - 1).join('\n');
}

describe('layout: an overlong if without braces', () => {
  it.each([
    ['the statement on its own line', 'resourceVersion', 2],
    ['the condition broken at its && operands', 'resourceVersionWithAVeryVeryLongNameIndeedYesVeryLongIndeed', 3],
    ['short enough for one line', 'name', 2],
  ])('%s: exactly what Prettier prints', async (_, name, depth) => {
    const laid = layout(read(name), depth);
    expect(laid.canonical).toBe(true);
    expect(laid.text).toBe(await prettier(read(name), depth));
  });

  it('leaves an operand too long for its own line to Prettier', () => {
    const name = 'aVeryVeryLongNameIndeedYesVeryLongIndeedaVeryVeryLongNameIndeedYesVeryLongIndeedAndLongerStill';
    expect(layout(read(name), 3).canonical).toBe(false);
  });

  it('ImageTag: validators with long property names and no CEL rules are not handed to Prettier', async () => {
    const rendered = await renderImageTag();
    const sent = unformattedChunks(rendered.filter((file) => file.path === 'src/validators.ts')).map(
      (chunk) => /^function (\$v_[A-Za-z]+)\(/.exec(chunk.text)?.[1],
    );
    // Each reads a property whose own-property test is over the print width (resourceVersion, blockOwnerDeletion, ...).
    for (const guard of ['$v_ObjectMeta', '$v_Preconditions', '$v_Status', '$v_ListMeta', '$v_OwnerReference'])
      expect(sent).not.toContain(guard);
  });
});

/** ImageTag's files as rendered, before the format stage: what it would give Prettier. */
async function renderImageTag(): Promise<OutputFile[]> {
  const specFile = repoPath('specs/imagetag.openapi.yaml');
  const spec = bundle(await loadSpecFiles(specFile), specFile);
  const overlaid = applyOverlay(upgrade(spec), await loadFile(repoPath('specs/imagetag.overlay.yaml')));
  const templates = await loadTemplates();
  const { api } = parse(normalize(overlaid, { kubernetes: 'auto' }), { allowDanglingRefs: false });
  return render(buildViews(api, { packageName: 'x' }, overlaid.document), templates);
}
