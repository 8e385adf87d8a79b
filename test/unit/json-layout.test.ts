import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../generator/format.js';
import { jsonLaidOut } from '../../generator/print/json-layout.js';
import { repoPath } from '../support/pipeline.js';

// The format stage skips Prettier for a JSON file only when jsonLaidOut vouches for it: each case is checked
// against Prettier itself, so the function can only ever be too cautious, never wrong.
const cases: Record<string, string> = {
  'generated package.json': readFileSync(repoPath('generated/imagetag/package.json'), 'utf8'),
  'generated tsconfig.json': readFileSync(repoPath('generated/imagetag/tsconfig.json'), 'utf8'),
  'compact object': '{"a":1,"b":[1,2]}\n',
  'expanded object kept': '{\n  "a": { "b": "c" }\n}\n',
  'inline object, fits': '{ "a": "b" }\n',
  'array that fits, broken': '{\n  "files": [\n    "dist",\n    "src"\n  ]\n}\n',
  'array too long': `{\n  "a": [${Array.from({ length: 12 }, (_, i) => `"value-number-${i}"`).join(', ')}]\n}\n`,
  'array of pairs': '{\n  "a": [["x", "y"], ["z", "w"]]\n}\n',
  'numbers (filled by Prettier)': '{\n  "a": [\n    1,\n    2\n  ]\n}\n',
  'not JSON': '{ "a": }\n',
};

describe('jsonLaidOut', () => {
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: true only when Prettier prints the text unchanged`, async () => {
      const prettier = await formatText(text, 'json').catch(() => undefined);
      if (jsonLaidOut(text)) expect(prettier).toBe(text);
      else expect(prettier === text && !/\d/.test(text)).toBe(false);
    });
  }

  it('vouches for the generated package.json and tsconfig.json, so a typical run does not format them', () => {
    expect(jsonLaidOut(cases['generated package.json']!)).toBe(true);
    expect(jsonLaidOut(cases['generated tsconfig.json']!)).toBe(true);
    expect(jsonLaidOut(cases['expanded object kept']!)).toBe(true);
  });
});
