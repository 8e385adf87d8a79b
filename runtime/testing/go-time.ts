/**
 * Go's `time.Parse` with the two layouts Kubernetes decodes times with (metav1.Time: RFC 3339; metav1.MicroTime:
 * RFC 3339 with six fractional digits), reduced to the error it returns: the server quotes it when a body's time
 * does not parse. Follows src/time/format.go `parse` step by step, on the value's UTF-8 bytes as Go slices strings.
 */

/** One step of a layout: the literal text before it, what it reads, and its text in the layout. */
type LayoutStep = readonly [prefix: string, element: TimeElement, text: string];

type TimeElement = "year" | "month" | "day" | "hour" | "minute" | "second" | "fraction6" | "zone";

const RFC3339 = "2006-01-02T15:04:05Z07:00";
const RFC3339_MICRO = "2006-01-02T15:04:05.000000Z07:00";

const RFC3339_STEPS: readonly LayoutStep[] = [
  ["", "year", "2006"],
  ["-", "month", "01"],
  ["-", "day", "02"],
  ["T", "hour", "15"],
  [":", "minute", "04"],
  [":", "second", "05"],
  ["", "zone", "Z07:00"],
];

const RFC3339_MICRO_STEPS: readonly LayoutStep[] = [
  ...RFC3339_STEPS.slice(0, 6),
  ["", "fraction6", ".000000"],
  ["", "zone", "Z07:00"],
];

const HEX = "0123456789abcdef";

/** Go's time `quote`: bytes below space or above ASCII as `\xNN`, `"` and `\` escaped. */
function quote(bytes: Uint8Array): string {
  let out = '"';
  for (const byte of bytes) {
    if (byte >= 0x80 || byte < 0x20) out += `\\x${HEX[byte >> 4]}${HEX[byte & 15]}`;
    else out += (byte === 0x22 || byte === 0x5c ? "\\" : "") + String.fromCharCode(byte);
  }
  return `${out}"`;
}

function isDigit(bytes: Uint8Array, at: number): boolean {
  const byte = bytes[at];
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

/** Go's `getnum`: one or two digits (exactly two when `fixed`), or undefined. */
function getnum(bytes: Uint8Array, at: number, fixed: boolean): [value: number, next: number] | undefined {
  if (!isDigit(bytes, at)) return undefined;
  if (!isDigit(bytes, at + 1)) return fixed ? undefined : [bytes[at]! - 0x30, at + 1];
  return [(bytes[at]! - 0x30) * 10 + bytes[at + 1]! - 0x30, at + 2];
}

/** Go's `atoi` on bytes [from, to): an optional sign, then only digits; undefined otherwise. */
function atoi(bytes: Uint8Array, from: number, to: number): number | undefined {
  let at = from;
  const negative = at < to && bytes[at] === 0x2d;
  if (negative || (at < to && bytes[at] === 0x2b)) at++;
  let value = 0;
  for (; at < to; at++) {
    if (!isDigit(bytes, at)) return undefined;
    value = value * 10 + bytes[at]! - 0x30;
  }
  return negative ? -value : value;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** What one step read: the next position, or a failure (`range` names the value out of range). */
type StepResult = { next: number; value?: number } | { bad: true } | { range: string; next: number };

/** Go's `parseNanoseconds` on `count` bytes from `at` (a `.` or `,`, then digits): only its failures matter here. */
function fraction(bytes: Uint8Array, at: number, count: number): StepResult {
  if (bytes[at] !== 0x2e && bytes[at] !== 0x2c) return { bad: true };
  const digits = atoi(bytes, at + 1, at + Math.min(count, 10));
  if (digits === undefined) return { bad: true };
  return digits < 0 ? { range: "fractional second", next: at + count } : { next: at + count };
}

function readZone(bytes: Uint8Array, at: number): StepResult {
  if (bytes[at] === 0x5a) return { next: at + 1 };
  if (bytes.length - at < 6 || bytes[at + 3] !== 0x3a) return { bad: true };
  const hour = getnum(bytes, at + 1, true);
  const minute = hour === undefined ? undefined : getnum(bytes, at + 4, true);
  // Go 1.20 and later: offsets up to 24 hours and 60 minutes are taken, as people write them. The minute's range
  // is tested last, so its message wins when both are out of range; a range error wins over a bad sign.
  let range: string | undefined;
  if (hour !== undefined && hour[0] > 24) range = "time zone offset hour";
  if (minute !== undefined && minute[0] > 60) range = "time zone offset minute";
  if (range !== undefined) return { range, next: at + 6 };
  if (minute === undefined || (bytes[at] !== 0x2b && bytes[at] !== 0x2d)) return { bad: true };
  return { next: at + 6 };
}

function readStep(
  bytes: Uint8Array,
  at: number,
  element: TimeElement,
  nextElement: TimeElement | undefined,
): StepResult {
  switch (element) {
    case "year": {
      if (bytes.length - at < 4 || !isDigit(bytes, at)) return { bad: true };
      const year = atoi(bytes, at, at + 4);
      return year === undefined ? { bad: true } : { next: at + 4, value: year };
    }
    case "month":
    case "day":
    case "minute":
    case "hour": {
      const read = getnum(bytes, at, element !== "hour");
      if (read === undefined) return { bad: true };
      const [value, next] = read;
      if (element === "month" && (value <= 0 || value > 12)) return { range: "month", next };
      if (element === "hour" && value >= 24) return { range: "hour", next };
      if (element === "minute" && value >= 60) return { range: "minute", next };
      return { next, value };
    }
    case "second": {
      const read = getnum(bytes, at, true);
      // Go 1.20 and later stop at bad seconds (Go 1.19 went on to read a fraction there, so `:.5Z` parsed).
      if (read === undefined) return { bad: true };
      const [value, next] = read;
      if (value >= 60) return { range: "second", next };
      // A fraction the layout does not have is read here: a `.` or `,` and every digit after it.
      if (nextElement !== "fraction6" && (bytes[next] === 0x2e || bytes[next] === 0x2c) && isDigit(bytes, next + 1)) {
        let end = next + 2;
        while (isDigit(bytes, end)) end++;
        return fraction(bytes, next, end - next);
      }
      return { next };
    }
    case "fraction6":
      return bytes.length - at < 7 ? { bad: true } : fraction(bytes, at, 7);
    case "zone":
      return readZone(bytes, at);
  }
}

/**
 * The error `time.Parse` returns for `text` with the RFC 3339 layout (`micro`: with six fractional digits, as
 * MicroTime), or undefined when it parses.
 */
export function goTimeParseError(text: string, micro = false): string | undefined {
  const layout = micro ? RFC3339_MICRO : RFC3339;
  const steps = micro ? RFC3339_MICRO_STEPS : RFC3339_STEPS;
  const bytes = new TextEncoder().encode(text);
  const value = quote(bytes);
  const cannot = (at: number, element: string) =>
    `parsing time ${value} as "${layout}": cannot parse ${quote(bytes.subarray(at))} as "${element}"`;
  let at = 0;
  let year = 0;
  let month = 1;
  let day = 1;
  for (const [index, [prefix, element, text]] of steps.entries()) {
    for (let k = 0; k < prefix.length; k++, at++) if (bytes[at] !== prefix.charCodeAt(k)) return cannot(at, prefix);
    const result = readStep(bytes, at, element, steps[index + 1]?.[1]);
    if ("bad" in result) return cannot(at, text);
    if ("range" in result) return `parsing time ${value}: ${result.range} out of range`;
    if (element === "year") year = result.value!;
    if (element === "month") month = result.value!;
    if (element === "day") day = result.value!;
    at = result.next;
  }
  if (at < bytes.length) return `parsing time ${value}: extra text: ${quote(bytes.subarray(at))}`;
  if (day < 1 || day > daysIn(month, year)) return `parsing time ${value}: day out of range`;
  return undefined;
}
