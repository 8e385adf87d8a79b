/**
 * String formats the validators check: each is a small function emitted once into the validators module that uses
 * it (generated code, no runtime dependency), except `date-time` in Kubernetes APIs and `byte`, which the validators
 * runtime checks as Go does. The job's `formats` option switches a format off (`false`) or adds one (a pattern).
 */
import { printString } from '../literal.js';
import type { Emitter } from './context.js';
import { patternTest } from './pattern.js';
import type { Re2 } from '../../re2.js';

/** The test of one format: an expression over the string `x`, and the error detail. */
export interface FormatCheck {
  readonly test: (x: string) => string;
  readonly message: string;
}

/** Formats that constrain nothing a string can hold (or that only document an encoding). */
const UNCHECKED = new Set(['binary', 'password']);

const IPV4 = '(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const URI_CHARACTERS = "(?:[a-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]]|%[0-9a-f]{2})*";

/** A function body's lines, as Prettier prints them at the top level: the constant needs no formatting. */
const block = (...lines: readonly string[]): string => `(s: string): boolean => {\n  ${lines.join('\n  ')}\n}`;

/** Each built-in format: the function's source (taking `s`), and what an error says. */
const BUILT_IN: Readonly<Record<string, { readonly code: string; readonly message: string }>> = {
  date: {
    code: block(
      'const r = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(s);',
      'if (r === null) return false;',
      'const y = +r[1]!,',
      '  m = +r[2]!,',
      '  d = +r[3]!;',
      'return (',
      '  m >= 1 &&',
      '  m <= 12 &&',
      '  d >= 1 &&',
      '  d <=',
      '    (m === 2',
      '      ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)',
      '        ? 29',
      '        : 28',
      '      : m === 4 || m === 6 || m === 9 || m === 11',
      '        ? 30',
      '        : 31)',
      ');',
    ),
    message: 'must be an RFC 3339 full-date, e.g. 2006-01-02',
  },
  time: {
    // A leap second (:60) exists only at 23:59 UTC.
    code: block(
      'const r = /^(\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:z|([+-])(\\d{2}):(\\d{2}))$/i.exec(s);',
      'if (r === null) return false;',
      'const h = +r[1]!,',
      '  m = +r[2]!,',
      '  sec = +r[3]!,',
      '  oh = r[5] === undefined ? 0 : +r[5],',
      '  om = r[6] === undefined ? 0 : +r[6];',
      'if (h > 23 || m > 59 || oh > 23 || om > 59 || sec > 60) return false;',
      'if (sec < 60) return true;',
      'const utc = (((h * 60 + m + (r[4] === "-" ? 1 : -1) * (oh * 60 + om)) % 1440) + 1440) % 1440;',
      'return utc === 1439;',
    ),
    message: 'must be an RFC 3339 full-time, e.g. 15:04:05Z',
  },
  duration: {
    code: `(s: string): boolean => /^P(?:\\d+W|(?:\\d+D|\\d+M(?:\\d+D)?|\\d+Y(?:\\d+M(?:\\d+D)?)?)(?:T(?:\\d+S|\\d+M(?:\\d+S)?|\\d+H(?:\\d+M(?:\\d+S)?)?))?|T(?:\\d+S|\\d+M(?:\\d+S)?|\\d+H(?:\\d+M(?:\\d+S)?)?))$/.test(s)`,
    message: 'must be an RFC 3339 duration, e.g. P1DT2H',
  },
  email: {
    code: "(s: string): boolean => /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(s)",
    message: 'must be an email address',
  },
  hostname: {
    code: '(s: string): boolean => s.length <= 253 && /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.?$/i.test(s)',
    message: 'must be a hostname (RFC 1123)',
  },
  ipv4: { code: `(s: string): boolean => /^${IPV4}$/.test(s)`, message: 'must be an IPv4 address' },
  ipv6: {
    code: block(
      'let t = s;',
      `const v4 = /^(.*:)(${IPV4})$/.exec(t);`,
      'if (v4 !== null) t = v4[1]! + "0:0";',
      'const halves = t.split("::");',
      'if (halves.length > 2) return false;',
      'const groups = halves.map((h) => (h === "" ? [] : h.split(":")));',
      'const all = groups.flat();',
      'if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;',
      'return halves.length === 2 ? all.length < 8 : all.length === 8;',
    ),
    message: 'must be an IPv6 address',
  },
  uri: {
    code: `(s: string): boolean => /^[a-z][a-z0-9+.-]*:${URI_CHARACTERS}$/i.test(s)`,
    message: 'must be an absolute URI (RFC 3986)',
  },
  'uri-reference': {
    code: `(s: string): boolean => /^(?:[a-z][a-z0-9+.-]*:)?${URI_CHARACTERS}$/i.test(s)`,
    message: 'must be a URI reference (RFC 3986)',
  },
  uuid: {
    code: '(s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)',
    message: 'must be a UUID, e.g. 123e4567-e89b-12d3-a456-426614174000',
  },
  regex: {
    code: block('try {', '  new RegExp(s, "u");', '  return true;', '} catch {', '  return false;', '}'),
    message: 'must be a regular expression',
  },
};

/** Options of the format checks. */
export interface FormatOptions {
  /** Per format: `false` off, `true` the built-in check, a string a pattern the value must match. */
  readonly formats?: Readonly<Record<string, boolean | string>>;
  /** The API is Kubernetes: `date-time` is read as Go's `time.RFC3339` reads it. */
  readonly kubernetes?: boolean;
  /**
   * The API is custom resources: their schema defaults are the server's, those of the linked apimachinery library
   * (openapi-gen's zero values on ObjectMeta and friends) are not.
   */
  readonly customResources?: boolean;
  /** The job's RE2 translator (Kubernetes patterns); printGuards makes one when it is not given. */
  readonly regex?: Re2;
  /**
   * The fewest fields an object guard reads before it walks the object's keys (print/guard/keyed.ts); `Infinity`
   * keeps the declared reads everywhere, which tests compare the walk with.
   */
  readonly keyedMinFields?: number;
}

/** The check of a string format, or undefined when there is none (with a warning, once, for an unknown format). */
export function formatCheck(format: string, emitter: Emitter, options: FormatOptions): FormatCheck | undefined {
  const override = options.formats?.[format];
  if (override === false || UNCHECKED.has(format)) return undefined;
  if (typeof override === 'string') {
    const test = patternTest(override, emitter);
    if (test.kind === 'unchecked') {
      emitter.warnOnce(
        `format ${printString(format)}: ${printString(override)} is not a valid JavaScript regular expression; not checked`,
      );
      return undefined;
    }
    if (test.kind === 'refused') {
      // The job's own pattern (Kubernetes APIs: RE2), so the warning names the format, not a place in the spec.
      emitter.warnOnce(`format ${printString(format)}: ${test.message}; every value fails`);
      return { test: () => 'false', message: test.message };
    }
    return { test: (x) => `${test.name}.test(${x})`, message: `must be a valid ${format}` };
  }
  if (format === 'byte') return { test: (x) => `$isBase64(${x})`, message: 'must be base64-encoded' };
  if (format === 'date-time') {
    if (options.kubernetes === true)
      return { test: (x) => `$isDateTime(${x})`, message: 'must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z' };
    const date = emitter.constant('format', BUILT_IN['date']!.code, true);
    const time = emitter.constant('format', BUILT_IN['time']!.code, true);
    const name = emitter.constant(
      'format',
      `(s: string): boolean => s.length > 11 && (s[10] === "T" || s[10] === "t") && ${date}(s.slice(0, 10)) && ${time}(s.slice(11))`,
    );
    return { test: (x) => `${name}(${x})`, message: 'must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z' };
  }
  const builtIn = BUILT_IN[format];
  // An unknown format was named, at its place, when the schema was parsed.
  if (builtIn === undefined) return undefined;
  // Block bodies are written as Prettier prints them; one-line ones are laid out by the validators view.
  const name = emitter.constant('format', builtIn.code, builtIn.code.includes('\n') ? true : undefined);
  return { test: (x) => `${name}(${x})`, message: builtIn.message };
}
