// specgen:strip-begin
// CEL durations and timestamps as cel-go has them (common/types/duration.go, timestamp.go): a duration is Go's
// time.Duration (int64 nanoseconds, parsed by time.ParseDuration), a timestamp an instant from 0001-01-01 to
// 9999-12-31 UTC (parsed as RFC 3339), both exact to the nanosecond (bigint).
import { $CelValue, $cel_noOverload } from "../cel.js";

// specgen:strip-end
const $cel_NANOS = 1000000000n;
const $cel_INT64_MAX = 9223372036854775807n;
/** Unix seconds of 0001-01-01T00:00:00Z and of 9999-12-31T23:59:59Z, cel-go's timestamp range. */
const $cel_MIN_SECONDS = -62135596800n;
const $cel_MAX_SECONDS = 253402300799n;

/** A Go time.Duration. */
class $CelDuration extends $CelValue {
  constructor(readonly nanos: bigint) {
    super();
    if (nanos > $cel_INT64_MAX || nanos < -$cel_INT64_MAX - 1n) throw new Error("duration out of range");
  }
  override celType(): string {
    return "google.protobuf.Duration";
  }
  override celEquals(other: unknown): boolean {
    return other instanceof $CelDuration && other.nanos === this.nanos;
  }
  override celCompare(other: unknown): number | undefined {
    return other instanceof $CelDuration ? $cel_sign(this.nanos - other.nanos) : undefined;
  }
  override celAdd(other: unknown): unknown {
    if (other instanceof $CelDuration) return new $CelDuration(this.nanos + other.nanos);
    if (other instanceof $CelTimestamp) return new $CelTimestamp(other.nanos + this.nanos);
    return undefined;
  }
  override celSub(other: unknown, swapped: boolean): unknown {
    if (other instanceof $CelDuration)
      return new $CelDuration(swapped ? other.nanos - this.nanos : this.nanos - other.nanos);
    if (other instanceof $CelTimestamp && swapped) return new $CelTimestamp(other.nanos - this.nanos);
    return undefined;
  }
  /** As cel-go prints it: seconds with the shortest fraction, then `s` (`90s`, `1.5s`). */
  override celString(): string {
    return `${$cel_decimal(this.nanos)}s`;
  }
  override celInt(): number {
    return $cel_safe(this.nanos);
  }
}

/** An instant, as nanoseconds since the Unix epoch. */
class $CelTimestamp extends $CelValue {
  constructor(readonly nanos: bigint) {
    super();
    const seconds = nanos < 0n ? (nanos - $cel_NANOS + 1n) / $cel_NANOS : nanos / $cel_NANOS;
    if (seconds < $cel_MIN_SECONDS || seconds > $cel_MAX_SECONDS) throw new Error("timestamp out of range");
  }
  override celType(): string {
    return "google.protobuf.Timestamp";
  }
  override celEquals(other: unknown): boolean {
    return other instanceof $CelTimestamp && other.nanos === this.nanos;
  }
  override celCompare(other: unknown): number | undefined {
    return other instanceof $CelTimestamp ? $cel_sign(this.nanos - other.nanos) : undefined;
  }
  override celAdd(other: unknown): unknown {
    return other instanceof $CelDuration ? new $CelTimestamp(this.nanos + other.nanos) : undefined;
  }
  override celSub(other: unknown, swapped: boolean): unknown {
    if (other instanceof $CelDuration && !swapped) return new $CelTimestamp(this.nanos - other.nanos);
    if (other instanceof $CelTimestamp)
      return new $CelDuration(swapped ? other.nanos - this.nanos : this.nanos - other.nanos);
    return undefined;
  }
  /** RFC 3339 in UTC with the shortest fraction, as Go's time.RFC3339Nano. */
  override celString(): string {
    const fields = $cel_fields(this, 0);
    const fraction = $cel_decimal(this.nanos - $cel_floorSeconds(this.nanos) * $cel_NANOS).slice(1);
    const pad = (n: number, width = 2) => String(n).padStart(width, "0");
    return `${pad(fields.year, 4)}-${pad(fields.month + 1)}-${pad(fields.date)}T${pad(fields.hours)}:${pad(fields.minutes)}:${pad(fields.seconds)}${fraction}Z`;
  }
  override celInt(): number {
    return $cel_safe($cel_floorSeconds(this.nanos));
  }
}

function $cel_sign(n: bigint): number {
  return n < 0n ? -1 : n > 0n ? 1 : 0;
}

function $cel_safe(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) throw new Error("int overflow");
  return Number(n);
}

function $cel_floorSeconds(nanos: bigint): bigint {
  return nanos < 0n ? (nanos - $cel_NANOS + 1n) / $cel_NANOS : nanos / $cel_NANOS;
}

/** Nanoseconds as a decimal number of seconds with no trailing zeros (`-1.5`, `3`). */
function $cel_decimal(nanos: bigint): string {
  const negative = nanos < 0n;
  const magnitude = negative ? -nanos : nanos;
  const fraction = String(magnitude % $cel_NANOS)
    .padStart(9, "0")
    .replace(/0+$/, "");
  return `${negative ? "-" : ""}${magnitude / $cel_NANOS}${fraction === "" ? "" : `.${fraction}`}`;
}

/** The units time.ParseDuration accepts, in nanoseconds. */
const $cel_DURATION_UNITS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1000n,
  "\u00b5s": 1000n,
  "\u03bcs": 1000n,
  ms: 1000000n,
  s: $cel_NANOS,
  m: 60n * $cel_NANOS,
  h: 3600n * $cel_NANOS,
};

/** `duration(s)`, as Go's time.ParseDuration (`1h30m`, `-1.5s`, `300ms`; `0` alone needs no unit). */
function $cel_duration(s: unknown): $CelDuration {
  if (s instanceof $CelDuration) return s;
  if (typeof s !== "string") throw $cel_noOverload("duration", s);
  const sign = s.startsWith("-") ? -1n : 1n;
  const body = s.replace(/^[-+]/, "");
  if (body === "0") return new $CelDuration(0n);
  const part = /([0-9]*)(?:\.([0-9]*))?([^0-9.]+)/y;
  let total = 0n;
  let at = 0;
  while (at < body.length) {
    part.lastIndex = at;
    const match = part.exec(body);
    const unit = match === null ? undefined : $cel_DURATION_UNITS[match[3]!];
    if (match === null || unit === undefined || (match[1] === "" && (match[2] ?? "") === ""))
      throw new Error(`invalid duration: ${JSON.stringify(s)}`);
    const digits = match[2] ?? "";
    // Exact: whole units plus the fraction's digits scaled (Go rounds the fraction down to the nanosecond).
    const scale = 10n ** BigInt(digits.length);
    total += BigInt(match[1] || "0") * unit + (BigInt(digits || "0") * unit) / scale;
    at = part.lastIndex;
  }
  if (body === "" || total > $cel_INT64_MAX + (sign < 0n ? 1n : 0n))
    throw new Error(`invalid duration: ${JSON.stringify(s)}`);
  return new $CelDuration(sign * total);
}

/** `timestamp(s)` from RFC 3339 (as Go's time.Parse with time.RFC3339), or `timestamp(seconds)`. */
function $cel_timestamp(s: unknown): $CelTimestamp {
  if (s instanceof $CelTimestamp) return s;
  if (typeof s === "number" && Number.isInteger(s)) return new $CelTimestamp(BigInt(s) * $cel_NANOS);
  if (typeof s !== "string") throw $cel_noOverload("timestamp", s);
  const m =
    /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(?:Z|([+-])([0-9]{2}):([0-9]{2}))$/.exec(
      s,
    );
  if (m === null) throw new Error(`invalid timestamp: ${JSON.stringify(s)}`);
  const [year, month, day, hours, minutes, seconds] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    hours > 23 ||
    minutes > 59 ||
    seconds > 59 ||
    Number(m[9] ?? 0) > 23 ||
    Number(m[10] ?? 0) > 59
  )
    throw new Error(`invalid timestamp: ${JSON.stringify(s)}`);
  date.setUTCHours(hours, minutes, seconds, 0);
  const offset = m[8] === undefined ? 0 : (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) * 60;
  const fraction = BigInt((m[7] ?? "").padEnd(9, "0"));
  return new $CelTimestamp((BigInt(date.getTime() / 1000) - BigInt(offset)) * $cel_NANOS + fraction);
}

/** The offset of a time zone (`UTC`, `America/New_York`, `+05:30`, `-02:30`, `02:00`) at an instant, in ms. */
function $cel_zoneOffset(zone: string, ms: number): number {
  const fixed = /^([+-]?)([0-9]{2}):([0-9]{2})$/.exec(zone);
  if (fixed !== null) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60000;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    throw new Error(`invalid time zone: ${zone}`);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(ms))) parts[part.type] = part.value;
  const local = new Date(0);
  const year = Number(parts["year"]);
  local.setUTCFullYear(parts["era"] === "BC" ? 1 - year : year, Number(parts["month"]) - 1, Number(parts["day"]));
  local.setUTCHours(
    Number(parts["hour"]),
    Number(parts["minute"]),
    Number(parts["second"]),
    ms - Math.floor(ms / 1000) * 1000,
  );
  return local.getTime() - ms;
}

/** The calendar fields of a timestamp in a time zone, as cel-go's accessors number them. */
function $cel_fields(t: $CelTimestamp, zoneOrOffset: string | number) {
  const ms = Number($cel_floorSeconds(t.nanos)) * 1000;
  const offset = typeof zoneOrOffset === "number" ? zoneOrOffset : $cel_zoneOffset(zoneOrOffset, ms);
  const local = new Date(ms + offset);
  const yearStart = new Date(0);
  yearStart.setUTCFullYear(local.getUTCFullYear(), 0, 1);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    date: local.getUTCDate(),
    dayOfWeek: local.getUTCDay(),
    dayOfYear: Math.floor((local.getTime() - yearStart.getTime()) / 86400000),
    hours: local.getUTCHours(),
    minutes: local.getUTCMinutes(),
    seconds: local.getUTCSeconds(),
    millis: Number((t.nanos - $cel_floorSeconds(t.nanos) * $cel_NANOS) / 1000000n),
  };
}

/** A timestamp accessor (`getFullYear`, ...) with an optional time zone, or a duration accessor. */
function $cel_timeAccessor(name: string, x: unknown, zone: unknown): number {
  if (x instanceof $CelDuration && zone === undefined) {
    const units: Readonly<Record<string, bigint>> = { getHours: 3600n, getMinutes: 60n, getSeconds: 1n };
    if (name === "getMilliseconds") return Number((x.nanos % $cel_NANOS) / 1000000n);
    const unit = units[name];
    if (unit !== undefined) return Number(x.nanos / (unit * $cel_NANOS));
  }
  if (!(x instanceof $CelTimestamp) || (zone !== undefined && typeof zone !== "string"))
    throw $cel_noOverload(name, x, zone);
  const f = $cel_fields(x, zone ?? 0);
  switch (name) {
    case "getFullYear":
      return f.year;
    case "getMonth":
      return f.month;
    case "getDate":
      return f.date;
    case "getDayOfMonth":
      return f.date - 1;
    case "getDayOfWeek":
      return f.dayOfWeek;
    case "getDayOfYear":
      return f.dayOfYear;
    case "getHours":
      return f.hours;
    case "getMinutes":
      return f.minutes;
    case "getSeconds":
      return f.seconds;
    case "getMilliseconds":
      return f.millis;
  }
  throw $cel_noOverload(name, x, zone);
}

// specgen:strip-begin
export { $CelDuration, $CelTimestamp, $cel_duration, $cel_timestamp, $cel_timeAccessor, $cel_zoneOffset, $cel_decimal };
// specgen:strip-end
