import { describe, expect, it } from 'vitest';
import { CHUNK_MARKER, format, formatText } from '../../generator/format.js';
import { SpecgenError } from '../../generator/errors.js';
import { layCall, layout } from '../../generator/print/layout.js';
import { parseLiteral } from '../../generator/print/literal-parse.js';
import { layLiteral, literalLaidOut } from '../../generator/print/value-layout.js';
import { recipeValue } from '../../generator/views/client-operation.js';

// The printers' layouts, each checked against Prettier itself (the oracle): a shape the printers claim to lay out
// (canonical) must come out of Prettier unchanged. These shapes went to Prettier, or came out wrong, before.
const statements: Record<string, string> = {
  'an overlong if with a plain statement, the test fitting':
    'if (x3 !== undefined && (!x1 || $objectPrototype.lastTransitionTime !== undefined) && !$hasOwn(v, "lastTransitionTime")) x3 = undefined;',
  'an overlong if with a plain statement, the test broken at each &&':
    'if (x3 !== undefined && (!x1 || $objectPrototype.lastTransitionTimeVeryVeryVeryLongNameHere !== undefined) && !$hasOwn(v, "lastTransitionTimeVeryVeryVeryLongNameHere")) x3 = undefined;',
  'an overlong else-if on a call':
    'if (r) { } else if (!$decoded(x7, $dd_CertificateSigningRequestStatus, e === null ? "" : $field(p, "status"), e, c, true, d + 1)) { ok = false; }',
  'an overlong else-if on a call, its arguments broken':
    'if (r) { } else if (!$decoded(x7, $dd_CertificateSigningRequestStatusVeryLongNameIndeedYesVeryLong, e === null ? "" : $field(p, "status"), e, c, true, d + 1)) { ok = false; }',
  'an overlong if on a call with an object between its arguments, then more statements':
    'if (r) { if (!$decoded(x3, { a: (): $Decoding => $dd_SimpleUserWithALongerName }, e === null ? "" : $field(p, "assignees"), e, c, true, d + 1)) { if (e === null) return false; ok = false; } } let x6: unknown = v.cve_id; if (x6 === undefined) { ok = false; }',
  "a key walk's reads, one name too long for its line (print/guard/keyed.ts)":
    'let x1: unknown; let x55: unknown; for (const x99 of Object.getOwnPropertyNames(v)) { switch (x99.length) { case 3: if (x99 === "env") x1 = v.env; break; case 51: if (x99 === "secret_scanning_push_protection_custom_link_enabled") x1 = v.secret_scanning_push_protection_custom_link_enabled; else if (x99 === "secret_scanning_push_protection_custom_link_enabled") x55 = v.secret_scanning_push_protection_custom_link_enabled; else if (x99 === "a") x55 = v["secret-scanning_push_protection_custom_link_and_more_and_more"]; break; } }',
  "an overlong for-of over a union's guards":
    'if (r) { for (const x4 of [$h219, $h220, $h221, $h222, $h223, $h224, $h225, $h226, $h227, $h228, $h229, $h230, $h231, $h232]) { x4(v); } }',
};

const tables: Record<string, string> = {
  'a table of pairs, however short': '{ o: [["a", "string"], ["b", "int64"]] } as const',
  'one pair stays on its line': '{ o: [["a", "string"]] } as const',
  'pairs and a one-item array': '{ o: [["a", "b"], ["c"]] } as const',
  'records of several keys': '[{ a: 1, b: 2 }, { a: 3, b: 4 }]',
  'mixed arrays and records stay': '[{ a: 1, b: 2 }, ["a", "b"]]',
  'a nested table breaks what holds it': '{ o: [["a", { o: [["x", "y"], ["z", "w"]] }]], x: "string" } as const',
  'arrow functions as values':
    '{ f: (s: string): boolean => $isDateTime(s), m: "must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z" }',
};

async function prettierOf(code: string): Promise<string> {
  return (await formatText(code, 'babel-ts')).trimEnd();
}

describe('statement layout matches Prettier', () => {
  for (const [name, code] of Object.entries(statements)) {
    it(name, async () => {
      const { text, canonical } = layout(`function f() {\n${code}\n}`, 0);
      expect(canonical).toBe(true);
      expect(text).toBe(await prettierOf(text));
    });
  }
});

describe('table constants match Prettier', () => {
  for (const [name, init] of Object.entries(tables)) {
    it(name, async () => {
      const asConst = init.endsWith(' as const');
      const literal = parseLiteral(asConst ? init.slice(0, -' as const'.length) : init);
      expect(literal).toBeDefined();
      const head = 'const $dd_Example = ';
      const suffix = asConst ? ' as const' : '';
      const text = `${head}${layLiteral(literal!, 0, head.length, suffix.length + 1)}${suffix};`;
      expect(literalLaidOut(text)).toBe(true);
      expect(text).toBe(await prettierOf(text));
    });
  }
  it('leaves text that is not a literal alone', () => {
    expect(parseLiteral('new RegExp("a", "u")')).toBeUndefined();
    expect(parseLiteral('{ a: 1, b }')).toBeUndefined();
    expect(parseLiteral('[1, 2')).toBeUndefined();
  });
});

describe('statements no rule breaks are kept whole, as Prettier keeps them under prettier-ignore', () => {
  const long = `x20 = $cel_true((x12 ? $cel_absent() : (!(x13 !== undefined && x13 !== null) || ${'$cel_eq(x14, "a") || '.repeat(6)}false)));`;
  it('an overlong assignment of a compiled CEL expression', async () => {
    const { text, canonical } = layout(`function f() {\ntry { ${long} } catch { x21 = 1; }\n}`, 0);
    expect(canonical).toBe(true);
    expect(text).toContain(`// prettier-ignore\n    ${long}`);
    expect(text).toBe(await prettierOf(text));
  });
  it('a block opener is never kept whole', () => {
    const { canonical } = layout(`function f() {\nif (${'a123456789 + '.repeat(12)}b) {\nx = 1;\n}\n}`, 0);
    expect(canonical).toBe(false);
  });
});

describe('a set of strings is laid out as Prettier hugs it', () => {
  it('one string a line, a string longer than the line alone on its own', async () => {
    const items = ['^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9]) *$', 'x'.repeat(130), 'abc'];
    const head = 'const $re2_regexPatterns = new Set<string>(';
    const laid = layLiteral(
      parseLiteral(`[${items.map((item) => JSON.stringify(item)).join(', ')}]`)!,
      0,
      head.length,
      2,
    );
    const text = `${head}${laid});`;
    expect(literalLaidOut(text)).toBe(true);
    expect(text).toBe(await prettierOf(text));
  });
});

describe('operation recipes are laid out as Prettier prints them', () => {
  // A long path template, or many styled path parameters, used to send the recipe (and Prettier's start-up) along.
  const members: Record<string, unknown> = {
    path: ['/orgs/', 'org', '/packages/', 'package_type', '/', 'package_name', '/versions/', 'package_version_id', ''],
    pathStyles: {
      org: ['simple', true],
      package_type: ['simple', true],
      package_name: ['simple', true],
      'package-version': ['label', false],
    },
    headers: [['X-Request-Id', 'requestId']],
  };
  for (const [key, value] of Object.entries(members)) {
    it(key, async () => {
      const laid = recipeValue(key, value);
      expect(laid).toBeDefined();
      const text = `const $op_example: $Operation = {\n  ${key}: ${laid},\n  safe: true,\n};`;
      expect(text).toBe(await prettierOf(text));
    });
  }
  it('leaves arrays of numbers, which Prettier fills, to Prettier', () => {
    expect(
      recipeValue(
        'codes',
        Array.from({ length: 40 }, (_, index) => 200 + index),
      ),
    ).toBeUndefined();
  });
});

describe('the format stage places a syntax error at its line in the rendered file', () => {
  // Lines are counted only up to chunks that go to Prettier; laid-out chunks in between still count.
  it('after laid-out chunks and a formatted one', async () => {
    const contents = [
      `${CHUNK_MARKER} formatted`,
      'const a = 1;\n\nconst b = 2;',
      CHUNK_MARKER,
      'const   c = 3;',
      `${CHUNK_MARKER} formatted`,
      'const d = 4;\nconst e = 5;',
      CHUNK_MARKER,
      '\nexport const = ;',
    ].join('\n');
    const error = await format([{ path: 'src/x.ts', contents }]).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(SpecgenError);
    expect((error as SpecgenError).diagnostics[0]!.location).toMatchObject({ file: 'src/x.ts', line: 12 });
  });
});

describe('an arrow constant too long for its line is broken as Prettier breaks it', () => {
  const URI = "/^[a-z][a-z0-9+.-]*:(?:[a-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]]|%[0-9a-f]{2})*$/i.test(s)";
  const CASES = [
    URI,
    "/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(s)",
    's.length > 11 && (s[10] === "T" || s[10] === "t") && $format3(s.slice(0, 10)) && $format4(s.slice(11))',
    's.length <= 253 && /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.?$/i.test(s)',
    '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)',
  ];
  for (const name of ['$format5', '$format2700000000000000000000000000000000000000000000000']) {
    it.each(CASES)(`const ${name.slice(0, 12)} = (s: string): boolean => %s`, async (body) => {
      const head = `const ${name} = `;
      const laid = layCall('', head, `(s: string): boolean => ${body}`, ';');
      expect(laid).toBeDefined();
      expect(laid).toBe((await formatText(`${head}(s: string): boolean => ${body};`, 'babel-ts')).trimEnd());
    });
  }

  it('leaves other bodies to Prettier (a conditional, a top-level ||)', () => {
    const long = 'x'.repeat(60);
    expect(layCall('', 'const $a = ', `(s: string): boolean => s === "${long}" ? true : s === "${long}"`, ';')).toBe(
      undefined,
    );
    expect(layCall('', 'const $a = ', `(s: string): boolean => s === "${long}" && s || "${long}"`, ';')).toBe(
      undefined,
    );
  });
});
