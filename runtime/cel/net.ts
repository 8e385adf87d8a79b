// specgen:strip-begin
// Kubernetes' IP and CIDR libraries (apiserver pkg/cel/library/ip.go, cidr.go) over Go's net/netip: addresses are
// parsed as netip.ParseAddr (IPv4 without leading zeros), and Kubernetes refuses zones and IPv4-mapped IPv6.
import { $CelValue, $cel_noOverload } from "../cel.js";

// specgen:strip-end
/** An IPv4 (4 bytes) or IPv6 (16 bytes) address. */
class $CelIP extends $CelValue {
  constructor(readonly bytes: readonly number[]) {
    super();
  }
  override celType(): string {
    return "net.IP";
  }
  override celEquals(other: unknown): boolean {
    return other instanceof $CelIP && other.bytes.join() === this.bytes.join();
  }
  /** Go's netip.Addr.String: dotted IPv4, RFC 5952 IPv6 (the longest run of two or more zero groups as `::`). */
  override celString(): string {
    if (this.bytes.length === 4) return this.bytes.join(".");
    const groups = Array.from({ length: 8 }, (_, i) => (this.bytes[2 * i]! << 8) | this.bytes[2 * i + 1]!);
    let best = -1;
    let length = 1;
    for (let i = 0; i < 8; i++) {
      let j = i;
      while (j < 8 && groups[j] === 0) j++;
      if (j - i > length) [best, length] = [i, j - i];
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0) return hex.join(":");
    return `${hex.slice(0, best).join(":")}::${hex.slice(best + length).join(":")}`;
  }
}

/** An address and a prefix length, as written (`masked()` clears the host bits). */
class $CelCIDR extends $CelValue {
  constructor(
    readonly ip: $CelIP,
    readonly bits: number,
  ) {
    super();
  }
  override celType(): string {
    return "net.CIDR";
  }
  override celEquals(other: unknown): boolean {
    return other instanceof $CelCIDR && other.bits === this.bits && other.ip.celEquals(this.ip);
  }
  override celString(): string {
    return `${this.ip.celString()}/${this.bits}`;
  }
}

function $cel_parseIPv4(s: string): number[] | undefined {
  const parts = s.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^(?:0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255))
    return undefined;
  return parts.map(Number);
}

/** netip.ParseAddr without zones; undefined when invalid. */
function $cel_parseAddr(s: string): number[] | undefined {
  if (!s.includes(":")) return $cel_parseIPv4(s);
  let tail: number[] = [];
  let text = s;
  const v4 = /:([0-9.]+)$/.exec(s);
  if (v4 !== null && v4[1]!.includes(".")) {
    const parsed = $cel_parseIPv4(v4[1]!);
    if (parsed === undefined) return undefined;
    tail = parsed;
    text = `${s.slice(0, v4.index)}:0:0`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = halves.map((half) => (half === "" ? [] : half.split(":")));
  if (!groups.every((list) => list.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g)))) return undefined;
  const count = groups.reduce((n, list) => n + list.length, 0);
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const all = halves.length === 1 ? groups[0]! : [...groups[0]!, ...Array(8 - count).fill("0"), ...groups[1]!];
  const bytes = all.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 255]);
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** An address as Kubernetes accepts it (no zone, no IPv4-mapped IPv6), or the reason it does not. */
function $cel_ipOrReason(s: string): $CelIP | string {
  const zone = s.indexOf("%");
  const bytes = $cel_parseAddr(zone < 0 ? s : s.slice(0, zone));
  const quoted = JSON.stringify(s);
  if (bytes === undefined || (zone >= 0 && (bytes.length === 4 || zone === s.length - 1)))
    return `IP Address ${quoted} parse error during conversion from string: ParseAddr(${quoted}): invalid IP address`;
  if (zone >= 0) return `IP address ${quoted} with zone value is not allowed`;
  if (bytes.length === 16 && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255)
    return `IPv4-mapped IPv6 address ${quoted} is not allowed`;
  return new $CelIP(bytes);
}

/** `ip(s)`, or the address of a CIDR: `cidr.ip()`. */
function $cel_ip(s: unknown): $CelIP {
  if (s instanceof $CelCIDR) return s.ip;
  if (s instanceof $CelIP) return s;
  if (typeof s !== "string") throw $cel_noOverload("ip", s);
  const ip = $cel_ipOrReason(s);
  if (typeof ip === "string") throw new Error(ip);
  return ip;
}

/** `ip.isCanonical(s)`: `s` is how Go prints the address (lower-case hex, the longest zero run as `::`). */
function $cel_ipIsCanonical(s: unknown): boolean {
  return $cel_ip(s).celString() === s;
}

/** `isIP(s)`. */
function $cel_isIP(s: unknown): boolean {
  if (typeof s !== "string") throw $cel_noOverload("isIP", s);
  return typeof $cel_ipOrReason(s) !== "string";
}

/** A CIDR as Kubernetes accepts it (netip.ParsePrefix, no zone, no IPv4-mapped IPv6), or the reason it does not. */
function $cel_cidrOrReason(s: string): $CelCIDR | string {
  const slash = s.lastIndexOf("/");
  if (slash < 0) return `netip.ParsePrefix(${JSON.stringify(s)}): no '/'`;
  const ip = $cel_ipOrReason(s.slice(0, slash));
  if (typeof ip === "string") return ip;
  const bits = s.slice(slash + 1);
  if (!/^(?:0|[1-9][0-9]*)$/.test(bits) || Number(bits) > ip.bytes.length * 8)
    return `netip.ParsePrefix(${JSON.stringify(s)}): bad bits after slash: ${JSON.stringify(bits)}`;
  return new $CelCIDR(ip, Number(bits));
}

/** `cidr(s)`. */
function $cel_cidr(s: unknown): $CelCIDR {
  if (typeof s !== "string") throw $cel_noOverload("cidr", s);
  const cidr = $cel_cidrOrReason(s);
  if (typeof cidr === "string") throw new Error(cidr);
  return cidr;
}

/** `isCIDR(s)`. */
function $cel_isCIDR(s: unknown): boolean {
  if (typeof s !== "string") throw $cel_noOverload("isCIDR", s);
  return typeof $cel_cidrOrReason(s) !== "string";
}

/** The first `bits` bits of `bytes`, the rest zero. */
function $cel_mask(bytes: readonly number[], bits: number): number[] {
  return bytes.map((b, i) => (i * 8 >= bits ? 0 : i * 8 + 8 <= bits ? b : b & (0xff << (8 - (bits - i * 8))) & 0xff));
}

function $cel_containsIP(cidr: $CelCIDR, ip: $CelIP): boolean {
  return (
    ip.bytes.length === cidr.ip.bytes.length &&
    $cel_mask(ip.bytes, cidr.bits).join() === $cel_mask(cidr.ip.bytes, cidr.bits).join()
  );
}

/** An IP or CIDR method, Kubernetes' names: family, isUnspecified, isLoopback, ..., containsIP, masked. */
function $cel_netMethod(name: string, x: unknown, arg?: unknown): unknown {
  if (x instanceof $CelIP && arg === undefined) {
    const b = x.bytes;
    const v4 = b.length === 4;
    const is = (prefix: readonly number[], bits: number) =>
      $cel_mask(b, bits).join() === $cel_mask([...prefix, ...Array(b.length - prefix.length).fill(0)], bits).join();
    const unspecified = b.every((byte) => byte === 0);
    const loopback = v4 ? b[0] === 127 : is([...Array(15).fill(0), 1], 128);
    const linkLocalUnicast = v4 ? is([169, 254], 16) : is([0xfe, 0x80], 10);
    // Go's netip: IPv6 ff02::/16 with any flags nibble (`v6u16(0) & 0xff0f == 0xff02`).
    const linkLocalMulticast = v4 ? is([224, 0, 0], 24) : b[0] === 0xff && (b[1]! & 0x0f) === 0x02;
    const multicast = v4 ? (b[0]! & 0xf0) === 224 : b[0] === 0xff;
    switch (name) {
      case "family":
        return v4 ? 4 : 6;
      case "isUnspecified":
        return unspecified;
      case "isLoopback":
        return loopback;
      case "isLinkLocalMulticast":
        return linkLocalMulticast;
      case "isLinkLocalUnicast":
        return linkLocalUnicast;
      case "isGlobalUnicast":
        // Go's netip.Addr.IsGlobalUnicast: not unspecified, loopback, multicast, link-local, nor IPv4 broadcast.
        return !unspecified && !loopback && !multicast && !linkLocalUnicast && !(v4 && b.every((byte) => byte === 255));
    }
  }
  if (x instanceof $CelCIDR) {
    switch (name) {
      case "prefixLength":
        if (arg === undefined) return x.bits;
        break;
      case "masked":
        if (arg === undefined) return new $CelCIDR(new $CelIP($cel_mask(x.ip.bytes, x.bits)), x.bits);
        break;
      case "containsIP":
        if (arg instanceof $CelIP || typeof arg === "string") return $cel_containsIP(x, $cel_ip(arg));
        break;
      case "containsCIDR":
        if (arg instanceof $CelCIDR || typeof arg === "string") {
          const other = arg instanceof $CelCIDR ? arg : $cel_cidr(arg);
          return other.bits >= x.bits && $cel_containsIP(x, other.ip);
        }
        break;
    }
  }
  throw $cel_noOverload(name, x, ...(arg === undefined ? [] : [arg]));
}

// specgen:strip-begin
export {
  $CelIP,
  $CelCIDR,
  $cel_parseAddr,
  $cel_ip,
  $cel_ipIsCanonical,
  $cel_isIP,
  $cel_cidr,
  $cel_isCIDR,
  $cel_netMethod,
};
// specgen:strip-end
