/** Thrown by `assertX`; carries every field error. */
export class ValidationError extends Error {
	errors;
	constructor(errors) {
		super(errors.length === 1 ? errors[0].message : `${errors.length} field errors:\n${errors.map((error) => `- ${error.message}`).join("\n")}`);
		this.name = "ValidationError";
		this.errors = errors;
	}
}
/** The field path `p` stands for: `spec.from.name`, `status.items[2]`, `metadata.annotations[foo]`. */
function $pathText(p) {
	if (typeof p === "string") return p;
	const up = $pathText(p.up);
	return p.bracket ? `${up}[${p.key}]` : up === "" ? p.key : `${up}.${p.key}`;
}
const $hasOwnProperty = Object.prototype.hasOwnProperty;
function $hasOwn(o, k) {
	return $hasOwnProperty.call(o, k);
}
/**
* Object.prototype, which the guards compare an object's prototype with and read names from: on an object whose
* prototype is this (or null), a name Object.prototype lacks is never inherited, so a value found is own without a
* `$hasOwn` call. A guard checks once per object, before it reads the object, that Object.prototype lacks the names
* it reads (`$fields<N>`); a polluted name, or any other prototype (a class instance, `Object.create(proto)`), makes
* it read through `$own`. (A getter of that same object that pollutes Object.prototype while it is read is not seen.)
*/
const $objectPrototype = Object.prototype;
/** The fields test of a type without fields. */
const $noFields = () => true;
/**
* The names a fields test reads, found by running it once on a recorder: the guards module makes one constant
* (`$names<N>`) per fields test an unknown-field check uses, at load, so the bundle holds each name list once.
*/
function $namesOf(fields) {
	const read = new Set();
	fields(new globalThis.Proxy({}, { get: (_, name) => {
		if (typeof name === "string") read.add(name);
		return undefined;
	} }));
	return read;
}
/**
* The fields test `fields`, answering `has(name)` too for the names it reads (`$namesOf`, once at load): the guards
* module makes the fields test of each type an unknown-field check covers this way, so it is one constant, not two.
*/
function $named(fields) {
	const names = $namesOf(fields);
	return Object.freeze(Object.assign(fields, { has: (name) => names.has(name) }));
}
const $noKeys = [];
/**
* The own enumerable keys of `v`, in for-in order, that are none of `names` (a fields test's, `$namesOf`) nor one
* of `also` (a type's fields that Object.prototype has, which the test leaves out): the unknown fields.
*/
function $unknownKeys(v, names, also) {
	let unknown;
	for (const k in v) {
		if (!$hasOwn(v, k) || names.has(k) || also !== undefined && also.includes(k)) continue;
		(unknown ??= []).push(k);
	}
	return unknown ?? $noKeys;
}
/**
* Whether `v` has no key that is none of its fields (`names`, and `also`: those Object.prototype has); each such key
* is reported an unknown field (the strict decoder's error), in key order. One call per checked object, guards and
* decode functions alike.
*/
function $knownOnly(v, names, p, e, also) {
	const unknown = $unknownKeys(v, names, also);
	if (unknown.length === 0) return true;
	if (e !== null) for (const k of unknown) e.push($unknownField($field(p, k), v[k]));
	return false;
}
/** Reads only own properties of the target: an inherited name reads as absent. */
const $ownOnly = { get: (target, key) => typeof key === "string" && $hasOwn(target, key) ? target[key] : undefined };
/**
* A view of `v` whose reads find its own properties only (each read asks `$hasOwn`, then reads once). Through
* `globalThis`, as a model may be named like any global the runtime mentions.
*/
function $own(v) {
	return new globalThis.Proxy(v, $ownOnly);
}
function $isObject(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** A high surrogate: without one, code points and UTF-16 units are the same count. */
const $highSurrogate = /[\ud800-\udbff]/;
/** String length in code points, as JSON Schema counts it. */
function $length(s) {
	// One regular expression scan is about three times faster than the loop below on strings without surrogates.
	if (!$highSurrogate.test(s)) return s.length;
	let n = s.length;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
			const next = s.charCodeAt(i + 1);
			if (next >= 56320 && next <= 57343) {
				n--;
				i++;
			}
		}
	}
	return n;
}
/** The value of `n` decimal digits at `s[at]`, or -1 when any of them is not a digit. */
function $digits(s, at, n) {
	let value = 0;
	for (let i = at; i < at + n; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		value = value * 10 + c;
	}
	return value;
}
/**
* RFC 3339 as Go's time.Parse(time.RFC3339) accepts it: upper-case T and Z, real dates, no leap second. Read by hand,
* without a regular expression's match array: timestamps are everywhere in Kubernetes objects.
*/
function $isDateTime(s) {
	if (s.length < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
	const year = $digits(s, 0, 4), month = $digits(s, 5, 2), day = $digits(s, 8, 2);
	const hour = $digits(s, 11, 2), minute = $digits(s, 14, 2), second = $digits(s, 17, 2);
	if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const days = month === 2 ? leap ? 29 : 28 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
	if (day > days) return false;
	let i = 19;
	if (s.charCodeAt(i) === 46) {
		i++;
		const start = i;
		while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
		if (i === start) return false;
	}
	if (i === s.length - 1) return s.charCodeAt(i) === 90;
	if (i !== s.length - 6 || s.charCodeAt(i) !== 43 && s.charCodeAt(i) !== 45 || s.charCodeAt(i + 3) !== 58) return false;
	const offsetHour = $digits(s, i + 1, 2), offsetMinute = $digits(s, i + 4, 2);
	return offsetHour >= 0 && offsetHour < 24 && offsetMinute >= 0 && offsetMinute < 60;
}
const $base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Standard base64 with padding, as Go's encoding/json decodes []byte (its decoder skips CR and LF). */
function $isBase64(s) {
	return $base64.test(s.indexOf("\n") < 0 && s.indexOf("\r") < 0 ? s : s.replace(/[\r\n]/g, ""));
}
function $isMultipleOf(n, m) {
	const q = n / m;
	return Math.abs(q - Math.round(q)) < 1e-9;
}
/**
* A value `===` compares as `$canonical` does: a string, a boolean, a finite number (one JSON text each), null or
* undefined. Short lists of such values are compared pairwise, with no key strings built.
*/
function $simple(v) {
	return v === null || v === undefined || typeof v === "string" || typeof v === "boolean" || Number.isFinite(v);
}
/** Lists up to this long are compared pairwise when their values are simple (`$simple`). */
const $pairwise = 8;
/** Index of the first item equal (as JSON) to an earlier one, or -1. */
function $duplicateIndex(items) {
	if (items.length < 2) return -1;
	if (items.length <= $pairwise && items.every($simple)) {
		for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (items[i] === items[j]) return i;
		return -1;
	}
	const seen = new Set();
	for (let i = 0; i < items.length; i++) {
		const key = $canonical(items[i]);
		if (seen.has(key)) return i;
		seen.add(key);
	}
	return -1;
}
/**
* Index of the first object item whose values at `keys` equal (as JSON) an earlier one's, or -1: the uniqueness of an
* `x-kubernetes-list-type: map` list. Items that are not objects are left to their own checks. `checked` says that
* every item has passed its guard and the one key is a scalar field the item type requires in both modes (the
* generator's word, given only in the allocation-free pass, which returns at an item's first failure): an object
* item's key is then its own scalar, read and compared directly.
*/
function $duplicateKeyIndex(items, keys, checked = false) {
	if (items.length < 2) return -1;
	const found = items.length > $pairwise ? -2 : checked ? $duplicateRequiredKeyPairwise(items, keys[0]) : $duplicateKeyIndexPairwise(items, keys);
	if (found !== -2) return found;
	const seen = new Set();
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if (!$isObject(item)) continue;
		const key = $canonical(keys.map((k) => $hasOwn(item, k) ? item[k] : undefined));
		if (seen.has(key)) return i;
		seen.add(key);
	}
	return -1;
}
/**
* `$duplicateKeyIndex` of checked items (see there) by one key, pairwise: no `$hasOwn` (its two calls per pair were
* most of this check's cost in a small Pod's request-mode `isPod`, bench/README.md session 7) and no `$simple`.
*/
function $duplicateRequiredKeyPairwise(items, key) {
	for (let i = 1; i < items.length; i++) {
		const a = items[i];
		if (!$isObject(a)) continue;
		const x = a[key];
		for (let j = 0; j < i; j++) {
			const b = items[j];
			if ($isObject(b) && b[key] === x) return i;
		}
	}
	return -1;
}
/** `$duplicateKeyIndex` by comparing items pairwise, or -2 when a key value is not simple (`$simple`). */
function $duplicateKeyIndexPairwise(items, keys) {
	for (let i = 1; i < items.length; i++) {
		const a = items[i];
		if (!$isObject(a)) continue;
		for (let j = 0; j < i; j++) {
			const b = items[j];
			if (!$isObject(b)) continue;
			let same = true;
			for (const k of keys) {
				const x = $hasOwn(a, k) ? a[k] : undefined;
				const y = $hasOwn(b, k) ? b[k] : undefined;
				if (!$simple(x) || !$simple(y)) return -2;
				if (x !== y) {
					same = false;
					break;
				}
			}
			if (same) return i;
		}
	}
	return -1;
}
/** The key fields of a list-map item, as the API server shows a duplicate. */
function $keysOf(item, keys) {
	const picked = {};
	if ($isObject(item)) {
		for (const k of keys) if ($hasOwn(item, k)) picked[k] = item[k];
	}
	return picked;
}
/**
* The old items of an `x-kubernetes-list-type: map` list by their map keys (as `$canonical` of `$keysOf`), so a
* transition rule finds an item's old value (apiextensions-apiserver pkg/apiserver/schema/cel/maplist.go), or
* undefined when the old value is not a list.
*/
function $correlate(old, keys) {
	if (!Array.isArray(old)) return undefined;
	const byKey = new Map();
	for (const item of old) if ($isObject(item)) byKey.set($canonical($keysOf(item, keys)), item);
	return byKey;
}
function $canonical(v) {
	if (Array.isArray(v)) return `[${v.map($canonical).join(",")}]`;
	if ($isObject(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${$canonical(v[k])}`).join(",")}}`;
	return JSON.stringify(v) ?? "undefined";
}
/** A deep copy of a JSON value (arrays and plain objects, own keys), bounded in depth: what `defaultX` returns. */
function $copyJson(v, d = 0) {
	if (typeof v !== "object" || v === null || d > 256) return v;
	if (Array.isArray(v)) return v.map((item) => $copyJson(item, d + 1));
	const copy = {};
	for (const k of Object.keys(v)) copy[k] = $copyJson(v[k], d + 1);
	return copy;
}
/** The path of a field (`name` may hold dots: `spec.name`); a top-level field's is the name itself. */
function $field(p, name) {
	return p === "" ? name : {
		up: p,
		key: name,
		bracket: false
	};
}
/** The path of a list item. */
function $index(p, i) {
	return {
		up: p,
		key: i,
		bracket: true
	};
}
/** The path of a map value. */
function $key(p, k) {
	return {
		up: p,
		key: k,
		bracket: true
	};
}
/** A value as the API server quotes it in messages: strings quoted, short; bounded work on any value. */
function $show(v) {
	const limit = 120;
	let text = "";
	const put = (part) => {
		text += part;
		return text.length <= limit;
	};
	const walk = (x, depth) => {
		if (typeof x === "string") return put(JSON.stringify(x.length > limit ? x.slice(0, limit) : x));
		if (typeof x === "number" || typeof x === "boolean" || x === null) return put(String(x));
		if (typeof x !== "object") return put(typeof x);
		if (depth > 3) return put(Array.isArray(x) ? "[...]" : "{...}");
		if (Array.isArray(x)) {
			if (!put("[")) return false;
			for (let i = 0; i < x.length; i++) if (!(i === 0 || put(",")) || !walk(x[i], depth + 1)) return false;
			return put("]");
		}
		if (!put("{")) return false;
		let first = true;
		for (const k of Object.keys(x)) {
			if (!(first || put(",")) || !put(`${JSON.stringify(k)}:`) || !walk(x[k], depth + 1)) return false;
			first = false;
		}
		return put("}");
	};
	try {
		walk(v, 0);
	} catch {
		return Array.isArray(v) ? "[...]" : "{...}";
	}
	return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}
function $error(at, type, text, value, withValue = false) {
	const path = $pathText(at);
	const message = path === "" ? text : `${path}: ${text}`;
	return withValue ? {
		path,
		type,
		message,
		value
	} : {
		path,
		type,
		message
	};
}
function $required(path) {
	return $error(path, "FieldValueRequired", "Required value");
}
function $invalid(path, value, detail) {
	return $error(path, "FieldValueInvalid", `Invalid value: ${$show(value)}: ${detail}`, value, true);
}
/** A guard's answer for a value nested deeper than the limit: reported when errors are collected. */
function $tooDeep(v, p, e) {
	if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
	return false;
}
/** Records `error` and answers false, for `ok = $fail(e, error)`: one call instead of two statements per check. */
function $fail(e, error) {
	e.push(error);
	return false;
}
function $typeInvalid(path, value, expected) {
	return $error(path, "FieldValueTypeInvalid", `Invalid value: ${$show(value)}: must be ${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}`, value, true);
}
function $notSupported(path, value, supported) {
	const list = supported.map((s) => JSON.stringify(s)).join(", ");
	return $error(path, "FieldValueNotSupported", `Unsupported value: ${$show(value)}: supported values: ${list}`, value, true);
}
function $unknownField(at, value) {
	const path = $pathText(at);
	return $error(path, "FieldValueNotSupported", `Unsupported value: unknown field ${JSON.stringify(path)}`, value, true);
}
/** Marks the errors of CEL rules (`$rule`), which the server skips after a blocking schema error. */
const $ruleMark = Symbol("x-kubernetes-validations");
/**
* A failed `x-kubernetes-validations` rule, worded as the API server words CEL failures: the value it quotes is the
* schema type of the value the rule is attached to (`schemaType`: "object", "string", ... or "" for untyped schemas),
* and a Duplicate carries no message (field.Duplicate).
*/
function $rule(path, type, message, schemaType = "object", node = path) {
	const error = type === "FieldValueForbidden" ? $error(path, type, `Forbidden: ${message}`) : type === "FieldValueRequired" ? $error(path, type, `Required value: ${message}`) : type === "FieldValueDuplicate" ? $error(path, type, `Duplicate value: ${JSON.stringify(schemaType)}`) : $error(path, "FieldValueInvalid", `Invalid value: ${JSON.stringify(schemaType)}: ${message}`);
	// Not enumerable: the error reads and serialises as any other; only runtime/cel-blocking.ts and ratchet.ts ask. It
	// holds the path of the value the rule is written on, which a rule's `fieldPath` makes differ from the error's.
	Object.defineProperty(error, $ruleMark, { value: node === path ? error.path : $pathText(node) });
	return error;
}
/** Whether a field error is a CEL rule's. */
function $isRuleError(error) {
	return $ruleNode(error) !== undefined;
}
/** The path of the value a CEL rule's error is about (where the rule is written), or undefined for other errors. */
function $ruleNode(error) {
	return error[$ruleMark];
}
function $tooLong(path, value, max) {
	return $error(path, "FieldValueTooLong", `Too long: may not be more than ${max} characters`, value, true);
}
function $tooMany(path, count, max) {
	return $error(path, "FieldValueTooMany", `Too many: ${count}: must have at most ${max} items`, count, true);
}
function $duplicate(path, value) {
	return $error(path, "FieldValueDuplicate", `Duplicate value: ${$show(value)}`, value, true);
}
/** The guard of an update: the new value checked in full, then its transition rules against the old value. */
function $update(guard, walker, old) {
	return (v, p, e, r, s, d) => {
		const ok = guard(v, p, e, r, s, d);
		if (!ok && e === null) return false;
		return walker(old, v, p, e, r, d) && ok;
	};
}
const $fast = {
	request: [false, 0],
	response: [true, 0],
	requestStrict: [false, 1],
	responseStrict: [true, 1]
};
/**
* The mode flags of the options, as [response, unknown fields], without allocating; unknown values mean the defaults
* (the mode is `response` by default for the response form of a model that has an input form).
*/
function $flags(options, responseByDefault = false) {
	if (options === undefined || options === null) return responseByDefault ? $fast.response : $fast.request;
	const strict = options.unknownFields === "reject";
	return options.mode === "response" || responseByDefault && options.mode !== "request" ? strict ? $fast.responseStrict : $fast.response : strict ? $fast.requestStrict : $fast.request;
}
function $is(guard, value, options, responseByDefault = false) {
	// Indexed, not destructured: array destructuring goes through the iterator protocol.
	const flags = $flags(options, responseByDefault);
	try {
		return guard(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** The error for a value whose reading threw (a getter, a proxy): made only then, no closure per call. */
function $unreadable(error) {
	return $error("", "FieldValueInvalid", `Invalid value: the value could not be read: ${error instanceof Error ? error.message : "unknown error"}`);
}
function $validate(guard, value, options, responseByDefault = false) {
	const flags = $flags(options, responseByDefault);
	// One pass: paths are links (`$Path`) until an error spells one out, so collecting costs a valid value next to
	// nothing, and an invalid one is not read twice. The guard's verdict decides, as in isX.
	const errors = [];
	try {
		if (guard(value, "", errors, flags[0], flags[1], 0) && errors.length === 0) return {
			valid: true,
			value
		};
	} catch (error) {
		errors.push($unreadable(error));
	}
	if (errors.length === 0) errors.push($error("", "FieldValueInvalid", "Invalid value"));
	return {
		valid: false,
		errors: $distinct(errors)
	};
}
/**
* The errors without repeats: two `allOf` branches that require the same field report it once, as the API server's
* field.ErrorList.ToAggregate (k8s.io/apimachinery/pkg/util/validation/field/errors.go) drops repeated messages.
*/
function $distinct(errors) {
	if (errors.length < 2) return errors;
	const seen = new Set();
	return errors.filter((error) => {
		const key = `${error.type}\n${error.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
const $configMapKey = /^[-._a-zA-Z0-9]+$/;
const $dns1123SubdomainMessage = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const $dns1123LabelMessage = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const $dns1035LabelMessage = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const $configMapKeyMessage = "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
/**
* The messages of a DNS name check (`$dnsName`'s rule: 1 IsDNS1123Subdomain, 2 IsDNS1123Label, 3 IsDNS1035Label) of
* at most `limit` bytes, as Go's len counts, or undefined when the value passes. A label that would pass as a
* subdomain "must not contain dots", as IsDNS1123Label says.
*/
function $dnsProblems(value, rule, limit, message) {
	const malformed = !$dnsName(value, rule, 1e9);
	// A well-formed name is ASCII: its length is its length in bytes, and the second scan is needed only otherwise.
	const long = (malformed ? $utf8Length(value) : value.length) > limit;
	if (!long && !malformed) return undefined;
	const problems = [];
	if (long) problems.push(`must be no more than ${limit} characters`);
	if (malformed) problems.push(rule === 2 && $dnsName(value, 1, 1e9) ? "must not contain dots" : message);
	return problems;
}
/** IsDNS1123Subdomain's messages, or undefined when the value is one. */
function $dns1123SubdomainProblems(value) {
	return $dnsProblems(value, 1, 253, $dns1123SubdomainMessage);
}
/** IsDNS1123Label's messages, or undefined. */
function $dns1123LabelProblems(value) {
	return $dnsProblems(value, 2, 63, $dns1123LabelMessage);
}
/** IsDNS1035Label's messages, or undefined. */
function $dns1035LabelProblems(value) {
	return $dnsProblems(value, 3, 63, $dns1035LabelMessage);
}
/** IsConfigMapKey's messages (`[-._a-zA-Z0-9]+`, at most 253, and hasChDirPrefix), or undefined. */
function $configMapKeyProblems(value) {
	const problems = [];
	if ($utf8Length(value) > 253) problems.push("must be no more than 253 characters");
	if (!$configMapKey.test(value)) problems.push($configMapKeyMessage);
	if (value === ".") problems.push("must not be '.'");
	else if (value === "..") problems.push("must not be '..'");
	else if (value.startsWith("..")) problems.push("must not start with '..'");
	return problems.length === 0 ? undefined : problems;
}
/**
* Whether `s` is a DNS name of the rule (1 an RFC 1123 subdomain, 2 an RFC 1123 label, 3 an RFC 1035 label) and at
* most `max` characters long, by character codes: Go's expressions exactly (lower case letters, digits, `-` inside a
* label, `.` between labels), which V8 runs faster than the expression on the short names objects have.
*/
function $dnsName(s, rule, max) {
	const n = s.length;
	if (n === 0 || n > max) return false;
	// The character before; a `.` at the start, so that a name and each label start with a letter or digit.
	let before = 46;
	for (let i = 0; i < n; i++) {
		const c = s.charCodeAt(i);
		if (c >= 97 && c <= 122 || c >= 48 && c <= 57) before = c;
		else if (c === 45 && before !== 46) before = c;
		else if (c === 46 && rule === 1 && before !== 45 && before !== 46) before = c;
		else return false;
	}
	if (before === 45 || before === 46) return false;
	return rule !== 3 || s.charCodeAt(0) >= 97;
}
/**
* Whether a name passes ValidatePathSegmentName (no `/`, no `%`, not `.` or `..`): two `indexOf`, which V8 runs on the
* string's characters in place, where a `charCodeAt` loop pays for each character of a sliced string (a YAML
* parser's long scalars) and measured a tenth of a small Pod's request-mode check. False leaves the messages to
* `$nameProblems`.
*/
function $plainSegment(s) {
	return s.indexOf("/") < 0 && s.indexOf("%") < 0 && s !== "." && s !== "..";
}
/** The UTF-8 size of a string, as Go's len() counts it (a lone surrogate becomes U+FFFD, 3 bytes). */
function $utf8Length(s) {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 128) n += 1;
		else if (c < 2048) n += 2;
		else if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
			const next = s.charCodeAt(i + 1);
			if (next >= 56320 && next <= 57343) {
				n += 4;
				i++;
			} else n += 3;
		} else n += 3;
	}
	return n;
}
/** maskTrailingDash (apimachinery pkg/api/validation/generic.go): a prefix's last two characters become `a`. */
function $maskTrailingDash(value) {
	return value.length > 1 && value.endsWith("-") ? `${value.slice(0, -2)}a` : value;
}
/**
* The kind's name rule (generator/kubernetes-name-rules.ts numbers them), or undefined when the name passes: 0
* ValidatePathSegmentName, 1 NameIsDNSSubdomain (a generateName prefix with its trailing dash masked), 5 CronJob's
* NameIsDNSSubdomain then at most 52 characters. The other rules are functions of their own (`$OwnName`) that the
* kind's guard passes to `$createMeta`, so that a bundle of other kinds' validators leaves them out.
*/
function $nameProblems(value, prefix, rule) {
	if (rule === 1 || rule === 5) {
		const problems = $subdomainName(value, prefix);
		// ValidateCronJobCreate: the controller appends 11 characters to the name for each Job.
		if (rule === 1 || prefix || $utf8Length(value) <= 52) return problems;
		return [...problems ?? [], "must be no more than 52 characters"];
	}
	if (!prefix && (value === "." || value === "..")) return [`may not be '${value}'`];
	const slash = value.indexOf("/") >= 0;
	const percent = value.indexOf("%") >= 0;
	if (!slash && !percent) return undefined;
	const problems = [];
	if (slash) problems.push("may not contain '/'");
	if (percent) problems.push("may not contain '%'");
	return problems;
}
/** A string member of `spec` (or of `spec.<child>`), "" when absent or not a string, as Go's zero value reads. */
function $specString(object, key, child) {
	let at = object["spec"];
	if (child !== undefined) at = typeof at === "object" && at !== null ? at[child] : undefined;
	const value = typeof at === "object" && at !== null ? at[key] : undefined;
	return typeof value === "string" ? value : "";
}
/** NameIsDNSSubdomain: IsDNS1123Subdomain of the name, a generateName prefix's trailing dash masked. */
function $subdomainName(value, prefix) {
	return $dns1123SubdomainProblems(prefix ? $maskTrailingDash(value) : value);
}
/** NameIsDNSLabel (Namespace, StatefulSet). */
function $labelName(value, prefix) {
	return $dns1123LabelProblems(prefix ? $maskTrailingDash(value) : value);
}
/** NameIsDNS1035Label (Service). */
function $dns1035Name(value, prefix) {
	return $dns1035LabelProblems(prefix ? $maskTrailingDash(value) : value);
}
/** LeaseCandidate's ValidLeaseCandidateName: IsConfigMapKey, whatever `prefix`. */
function $configMapKeyName(value) {
	return $configMapKeyProblems(value);
}
/**
* pkg/apis/certificates/validation ValidateClusterTrustBundleName: with a `spec.signerName`, the name starts with it
* (`/` as `:`) and a `:`, the rest NameIsDNSSubdomain; without one, no `:` and NameIsDNSSubdomain.
*/
function $trustBundleName(value, prefix, object) {
	const signer = $specString(object, "signerName");
	if (signer === "") return value.indexOf(":") >= 0 ? ["ClusterTrustBundle without signer name must not have \":\" in its name"] : $subdomainName(value, prefix);
	const required = `${signer.split("/").join(":")}:`;
	if (!value.startsWith(required)) return [`ClusterTrustBundle for signerName ${signer} must be named with prefix ${required}`];
	return $subdomainName(value.slice(required.length), prefix);
}
/**
* batch/validation ValidateJob: NameIsDNSSubdomain (ValidateReplicationControllerName), and an Indexed Job's last pod
* hostname, `<name>-<completions - 1>`, must be a DNS-1123 label.
*/
function $jobName(value, prefix, object) {
	const problems = $subdomainName(value, prefix);
	const spec = object["spec"];
	if (prefix || typeof spec !== "object" || spec === null) return problems;
	const { completionMode, completions } = spec;
	if (completionMode !== "Indexed" || typeof completions !== "number" || completions <= 0) return problems;
	const hostname = `${value}-${completions - 1}`;
	if ($dnsName(hostname, 2, 63)) return problems;
	return [...problems ?? [], `will not able to create pod with invalid DNS label: ${hostname}`];
}
/**
* scheduling/validation ValidatePriorityClass: NameIsDNSSubdomain, and a name starting with `system-` must be one of
* the system classes with their value and globalDefault (schedulingapiv1.IsKnownSystemPriorityClass), else the
* Forbidden message (a problem starting with `Forbidden: `, which `$createMeta` reports as FieldValueForbidden).
*/
function $priorityClassName(value, prefix, object) {
	const problems = $subdomainName(value, prefix);
	if (prefix || !value.startsWith("system-")) return problems;
	const given = typeof object["value"] === "number" ? object["value"] : 0;
	const known = value === "system-node-critical" ? 2000001e3 : value === "system-cluster-critical" ? 2e9 : undefined;
	const reason = known === undefined ? `${value} is not a known system priority class` : given !== known ? `value of ${value} PriorityClass must be ${known}` : object["globalDefault"] === true ? `globalDefault of ${value} PriorityClass must be false` : undefined;
	if (reason === undefined) return problems;
	return [...problems ?? [], `Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: ${reason}`];
}
/** apiextensions-apiserver ValidateCustomResourceDefinition: NameIsDNSSubdomain and `<spec.names.plural>.<spec.group>`. */
function $crdName(value, prefix, object) {
	const problems = $subdomainName(value, prefix) ?? [];
	if (value !== `${$specString(object, "plural", "names")}.${$specString(object, "group")}`) problems.push("must be spec.names.plural+\".\"+spec.group");
	return problems.length === 0 ? undefined : problems;
}
/** kube-aggregator ValidateAPIService: a path segment (prefix or not), then `<spec.version>.<spec.group>`. */
function $apiServiceName(value, prefix, object) {
	const segment = $nameProblems(value, false, 0);
	if (segment !== undefined) return segment;
	const required = `${$specString(object, "version")}.${$specString(object, "group")}`;
	return value === required ? undefined : [`must be \`spec.version+"."+spec.group\`: ${JSON.stringify(required)}`];
}
/** pkg/apis/apiserverinternal/validation ValidateStorageVersionName: `<group>.<resource>`, whatever `prefix`. */
function $storageVersionName(value) {
	const dot = value.lastIndexOf(".");
	if (dot < 0) return ["name must be in the form of <group>.<resource>"];
	const problems = [...($dns1123SubdomainProblems(value.slice(0, dot)) ?? []).map((problem) => `the group segment ${problem}`), ...($dns1035LabelProblems(value.slice(dot + 1)) ?? []).map((problem) => `the resource segment ${problem}`)];
	return problems.length === 0 ? undefined : problems;
}
/** Whether a name passes the rule, quickly, on the common path (a valid lowercase name); false when unsure. */
function $nameFits(s, rule) {
	if (rule === 0) return $plainSegment(s);
	if (rule === 1) return $dnsName(s, 1, 253);
	if (rule === 5) return $dnsName(s, 1, 52);
	return (rule === 2 || rule === 3) && $dnsName(s, rule, 63);
}
// Go's expressions with their groups non-capturing: the same language, and V8 tests them about twice as fast.
const $qualifiedNamePart = /^(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const $labelValue = /^(?:(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const $qualifiedNameMessage = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const $labelValueMessage = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
/** `TotalAnnotationSizeLimitB`: keys and values together, in bytes. */
const $annotationsLimit = 256 * 1024;
/** IsQualifiedName's messages (an optional DNS subdomain prefix and `/`, then a name of at most 63), or undefined. */
function $qualifiedNameProblems(value) {
	const slash = value.indexOf("/");
	const name = slash < 0 ? value : value.slice(slash + 1);
	if (slash >= 0 && name.indexOf("/") >= 0) return [`a qualified name ${$qualifiedNameMessage} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
	const prefix = slash < 0 ? undefined : value.slice(0, slash);
	const prefixProblems = prefix === undefined ? undefined : prefix === "" ? ["must be non-empty"] : $dns1123SubdomainProblems(prefix);
	if (prefixProblems === undefined && $simpleName(name)) return undefined;
	const problems = (prefixProblems ?? []).map((problem) => `prefix part ${problem}`);
	if (name.length === 0) problems.push("name part must be non-empty");
	else if ($utf8Length(name) > 63) problems.push("name part must be no more than 63 characters");
	if (!$qualifiedNamePart.test(name)) problems.push(`name part ${$qualifiedNameMessage}`);
	return problems;
}
/**
* Whether `s` is 1 to 63 of `[-A-Za-z0-9_.]` starting and ending with an alphanumeric: a label value or an unprefixed
* qualified name that passes (`$qualifiedNamePart` with its length), by character codes, which V8 runs several times
* faster than the expression on the short strings labels are. False leaves the answer to the full check.
*/
function $simpleName(s) {
	const n = s.length;
	if (n === 0 || n > 63) return false;
	for (let i = 0; i < n; i++) {
		const c = s.charCodeAt(i);
		if (c >= 97 && c <= 122 || c >= 48 && c <= 57 || c >= 65 && c <= 90) continue;
		if ((c === 45 || c === 46 || c === 95) && i !== 0 && i !== n - 1) continue;
		return false;
	}
	return true;
}
/** IsValidLabelValue's messages, or undefined. */
function $labelValueProblems(value) {
	const long = $utf8Length(value) > 63;
	const malformed = !$labelValue.test(value);
	if (!long && !malformed) return undefined;
	const problems = [];
	if (long) problems.push("must be no more than 63 characters");
	if (malformed) problems.push($labelValueMessage);
	return problems;
}
/**
* Whether the annotations pass ValidateAnnotationsSize (at most 256 KiB of keys and values): counted in code units
* first, in bytes only when a value might be past the limit.
*/
function $annotationsFit(annotations) {
	let units = 0;
	const keys = Object.keys(annotations);
	for (const k of keys) {
		const v = annotations[k];
		units += k.length + (typeof v === "string" ? v.length : 0);
	}
	if (units * 3 <= $annotationsLimit) return true;
	let bytes = 0;
	for (const k of keys) {
		const v = annotations[k];
		bytes += $utf8Length(k) + (typeof v === "string" ? $utf8Length(v) : 0);
	}
	return bytes <= $annotationsLimit;
}
/**
* One `Invalid value` error per problem, at `metadata.<field>`; a problem starting with `Forbidden: ` (a kind's own
* name function's, e.g. PriorityClass's reserved prefix) is a FieldValueForbidden error with no value.
*/
function $invalidEach(e, p, field, value, problems) {
	for (const problem of problems) e.push(problem.startsWith("Forbidden: ") ? $error($field(p, field), "FieldValueForbidden", problem) : $invalid($field(p, field), value, problem));
}
/**
* Each label key and value (IsQualifiedName, IsValidLabelValue), errors at `metadata.labels`; without `e` it stops at
* the first problem. Apart from `$createMeta` so that the common call (no labels, or a few) stays small to inline.
*/
function $labelsPass(labels, p, e) {
	let ok = true;
	for (const k of Object.keys(labels)) {
		const keyProblems = $simpleName(k) ? undefined : $qualifiedNameProblems(k);
		if (keyProblems !== undefined) {
			if (e === null) return false;
			ok = false;
			$invalidEach(e, p, "labels", k, keyProblems);
		}
		const value = labels[k];
		const valueProblems = typeof value === "string" && value !== "" && !$simpleName(value) ? $labelValueProblems(value) : undefined;
		if (valueProblems !== undefined) {
			if (e === null) return false;
			ok = false;
			$invalidEach(e, p, "labels", value, valueProblems);
		}
	}
	return ok;
}
/** Each annotation key (case-insensitive) and their total size, errors at `metadata.annotations`. */
function $annotationsPass(annotations, p, e) {
	let ok = true;
	for (const k of Object.keys(annotations)) {
		const problems = $qualifiedNameProblems(k.toLowerCase());
		if (problems !== undefined) {
			if (e === null) return false;
			ok = false;
			$invalidEach(e, p, "annotations", k, problems);
		}
	}
	if (!$annotationsFit(annotations)) {
		if (e === null) return false;
		ok = false;
		e.push($error($field(p, "annotations"), "FieldValueTooLong", `Too long: may not be more than ${$annotationsLimit} bytes`));
	}
	return ok;
}
/**
* The name a create with `generateName` and no name gets before validation (apiserver pkg/storage/names
* SimpleNameGenerator.GenerateName, called from the create handler): the prefix cut to MaxGeneratedNameLength (58) and
* five random characters of utilrand's alphabet (`bcdfghjklmnpqrstvwxz2456789`), which every name rule treats alike:
* shown as `xxxxx`. Go cuts 58 bytes, this 58 UTF-16 units: the same for ASCII, and a prefix that is not ASCII fails
* every rule with a length limit whatever its cut.
*/
function $generatedName(prefix) {
	return `${prefix.slice(0, 58)}xxxxx`;
}
/**
* Checks a stored kind's `metadata` on create or update as ValidateObjectMetaAccessor does: a name or generateName
* given, each by the kind's rule (`rule`, see `$nameProblems`, or the kind's own function `own`, which reads the
* object), and without a name the one generateName makes; each label key and value, each annotation key
* (case-insensitive) and the annotations' total size. Values of the wrong type are left to the schema. Reads each
* field once (the required test and the rules share the reads). True when all pass; without `e` it stops at the
* first problem and builds no message.
*/
function $createMeta(v, rule, path, e, own) {
	const m = v["metadata"];
	const p = e === null ? "" : $field(path, "metadata");
	if (!$isObject(m)) {
		if (e !== null) e.push($rule($field(p, "name"), "FieldValueRequired", "name or generateName is required"));
		return false;
	}
	let ok = true;
	const name = m["name"];
	const generateName = m["generateName"];
	const named = typeof name === "string" && name !== "";
	const generated = typeof generateName === "string" && generateName !== "";
	if (!named && !generated) {
		if (e === null) return false;
		ok = false;
		e.push($rule($field(p, "name"), "FieldValueRequired", "name or generateName is required"));
	}
	if (generated) {
		const problems = own === undefined ? $nameProblems(generateName, true, rule) : own(generateName, true, v);
		if (problems !== undefined) {
			if (e === null) return false;
			ok = false;
			$invalidEach(e, p, "generateName", generateName, problems);
		}
	}
	// Without a name the server makes one from generateName before it validates (`$generatedName`), and checks it.
	const checked = named ? name : generated ? $generatedName(generateName) : undefined;
	if (checked !== undefined && !$nameFits(checked, rule)) {
		const problems = own === undefined ? $nameProblems(checked, false, rule) : own(checked, false, v);
		if (problems !== undefined) {
			if (e === null) return false;
			ok = false;
			$invalidEach(e, p, "name", checked, problems);
		}
	}
	const labels = m["labels"];
	if (typeof labels === "object" && labels !== null && !Array.isArray(labels) && !$labelsPass(labels, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	const annotations = m["annotations"];
	if (typeof annotations === "object" && annotations !== null && !Array.isArray(annotations) && !$annotationsPass(annotations, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
/** The decoder's refusal of `v` for a Go int32 or int64 field (`bits`): not an integer, or out of range. */
function $notInteger(p, v, bits) {
	if (typeof v !== "number" || !Number.isInteger(v)) return $typeInvalid(p, v, "integer");
	return $invalid(p, v, bits === 32 ? "must fit in a 32-bit integer" : "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly");
}
/** The decoder's refusal of `v` for a string field type that parses it (`message` says what it must be). */
function $notFormat(p, v, message) {
	return typeof v === "string" ? $invalid(p, v, message) : $typeInvalid(p, v, "string");
}
/** A field the decoder reads as a Go string: absent, null or a string; else refused at `p.name` (when `e` collects). */
function $dString(v, p, name, e) {
	if (typeof v === "string" || v === undefined || v === null) return true;
	if (e !== null) e.push($typeInvalid($field(p, name), v, "string"));
	return false;
}
/** A field the decoder reads as a Go bool. */
function $dBoolean(v, p, name, e) {
	if (typeof v === "boolean" || v === undefined || v === null) return true;
	if (e !== null) e.push($typeInvalid($field(p, name), v, "boolean"));
	return false;
}
/** A field the decoder reads as a Go float (a finite number). */
function $dNumber(v, p, name, e) {
	if (typeof v === "number" ? Number.isFinite(v) : v === undefined || v === null) return true;
	if (e !== null) e.push($typeInvalid($field(p, name), v, "number"));
	return false;
}
/** A field the decoder reads as a Go int (an integer). */
function $dInteger(v, p, name, e) {
	if (typeof v === "number" ? Number.isInteger(v) : v === undefined || v === null) return true;
	if (e !== null) e.push($typeInvalid($field(p, name), v, "integer"));
	return false;
}
/** A field the decoder reads as a Go int32. */
function $dInt32(v, p, name, e) {
	if (typeof v === "number" ? (v | 0) === v : v === undefined || v === null) return true;
	if (e !== null) e.push($notInteger($field(p, name), v, 32));
	return false;
}
/** A field the decoder reads as a Go int64 (exactly: within ±(2^53 - 1)). */
function $dInt64(v, p, name, e) {
	if (typeof v === "number" ? Number.isSafeInteger(v) : v === undefined || v === null) return true;
	if (e !== null) e.push($notInteger($field(p, name), v, 64));
	return false;
}
/** A field of a Go type that parses its string (`test`; `message` says what it must be). */
function $dFormat(v, test, message, p, name, e) {
	if (typeof v === "string" ? test(v) : v === undefined || v === null) return true;
	if (e !== null) e.push($notFormat($field(p, name), v, message));
	return false;
}
/**
* A decode function's value that is not walked: null (decodes into anything), or refused: nested past the guards'
* depth limit (256, `d > 256`), or no object.
*/
function $dRefused(v, p, e, d) {
	if (v === null) return true;
	if (e !== null) e.push(d > 256 ? $invalid(p, v, "is nested too deeply") : $typeInvalid(p, v, "object"));
	return false;
}
/** A field the decoder reads as a Go slice of a model's type (`item`, its decode function, called at depth `d`). */
function $dList(v, item, p, name, e, r, s, d) {
	if (v === undefined || v === null) return true;
	if (!Array.isArray(v)) {
		if (e !== null) e.push($typeInvalid($field(p, name), v, "array"));
		return false;
	}
	let ok = true;
	for (let i = 0; i < v.length; i++) if (!item(v[i], e === null ? "" : $index($field(p, name), i), e, r, s, d)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
/** A field the decoder reads as a Go map of a model's type (`value`, its decode function, called at depth `d`). */
function $dMap(v, value, p, name, e, r, s, d) {
	if (v === undefined || v === null) return true;
	if (!$isObject(v)) {
		if (e !== null) e.push($typeInvalid($field(p, name), v, "object"));
		return false;
	}
	let ok = true;
	for (const k in v) if ($hasOwn(v, k) && !value(v[k], e === null ? "" : $key($field(p, name), k), e, r, s, d)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
// CEL runtime: the helpers that compiled `x-kubernetes-validations` rules call (generator/cel/compile.ts emits the
// calls). Values are JSON values; objects are CEL maps. A helper throws a plain Error wherever CEL reports an
// evaluation error (missing field, wrong type, division by zero): the caller treats a throw as "the rule could not be
// evaluated". Helpers read own properties only and never mutate their inputs.
const $cel_hasOwnProperty = Object.prototype.hasOwnProperty;
/** The rule holds only when its result is exactly `true`. */
function $cel_true(x) {
	return x === true;
}
/** A rule's messageExpression result, or `fallback` when it fails or is not a non-empty string (as the server does). */
function $cel_message(evaluate, fallback) {
	try {
		const message = evaluate();
		return typeof message === "string" && message.trim() !== "" ? message : fallback;
	} catch {
		return fallback;
	}
}
/** The value a failure quotes (a rule's `x-specgen-value-expression`): a JSON scalar, else the fallback. */
function $cel_quoted(evaluate, fallback) {
	try {
		const value = evaluate();
		return typeof value === "string" || typeof value === "boolean" || typeof value === "number" && Number.isFinite(value) ? value : fallback;
	} catch {
		return fallback;
	}
}
/**
* A CEL value JSON has no form for (duration, timestamp, quantity, IP, CIDR, URL, optional, type, format): the
* libraries in runtime/cel/ extend it, and the operators here ask the value itself, so they need none of them.
*/
class $CelValue {
	/** The order of `this` and `other` (negative, zero, positive), or undefined when CEL has no `<` for the pair. */
	celCompare(_other) {
		return undefined;
	}
	/** `this + other` (`other + this` when `swapped`), or undefined when CEL has no such overload. */
	celAdd(_other, _swapped) {
		return undefined;
	}
	/** `this - other` (`other - this` when `swapped`), or undefined when CEL has no such overload. */
	celSub(_other, _swapped) {
		return undefined;
	}
	/** `string(this)`, or undefined when there is no such conversion. */
	celString() {
		return undefined;
	}
	/**
	* `this.k` (`has`: whether it is set; `index`: `this[k]`), or undefined when the value has no fields: optionals
	* answer for the value they hold.
	*/
	celSelect(_k, _how) {
		return undefined;
	}
	/** `int(this)`, or undefined when there is no such conversion. */
	celInt() {
		return undefined;
	}
}
function $cel_isMap(x) {
	return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof $CelValue);
}
function $cel_isList(x) {
	return Array.isArray(x);
}
function $cel_isInt(x) {
	return typeof x === "number" && Number.isInteger(x);
}
/** CEL's name for a value's type, for error messages. */
function $cel_typeName(x) {
	if (x === null) return "null_type";
	if (x instanceof $CelValue) return x.celType();
	if (Array.isArray(x)) return "list";
	if (typeof x === "number") return Number.isInteger(x) ? "int" : "double";
	if (typeof x === "boolean") return "bool";
	if (typeof x === "object") return "map";
	return typeof x;
}
function $cel_noOverload(name, ...args) {
	return new Error(`no such overload: ${name}(${args.map($cel_typeName).join(", ")})`);
}
/** `x.k`: an own property of a map; a missing key is an error, as in CEL. */
function $cel_get(x, k) {
	if ($cel_isMap(x) && $cel_hasOwnProperty.call(x, k)) {
		const v = x[k];
		if (v !== undefined) return v;
	} else if (x instanceof $CelValue) {
		const v = x.celSelect(k, "get");
		if (v !== undefined) return v;
	}
	throw new Error(`no such key: ${k}`);
}
/** What a rule's direct read (a field the fast path reads itself) throws where `$cel_get` would: no such key. */
function $cel_absent() {
	throw new Error("no such key");
}
/** `has(x.k)`: Kubernetes treats a null (nullable) field as absent. */
function $cel_has(x, k) {
	if (x instanceof $CelValue) {
		const v = x.celSelect(k, "has");
		if (typeof v === "boolean") return v;
	}
	if (!$cel_isMap(x)) throw $cel_noOverload("has", x);
	return $cel_hasOwnProperty.call(x, k) && x[k] !== null && x[k] !== undefined;
}
/** `x[i]`: a list by integer position, a map by string key. */
function $cel_index(x, i) {
	if ($cel_isList(x) && $cel_isInt(i)) {
		if (i < 0 || i >= x.length) throw new Error(`index out of range: ${i}`);
		return x[i];
	}
	if ($cel_isMap(x) && typeof i === "string") return $cel_get(x, i);
	const v = x instanceof $CelValue ? x.celSelect(i, "index") : undefined;
	if (v !== undefined) return v;
	throw $cel_noOverload("_[_]", x, i);
}
/** A map literal; `Object.fromEntries` defines own properties, so a `__proto__` key is an ordinary key. */
function $cel_map(entries) {
	const checked = [];
	const seen = new Set();
	for (const [k, v] of entries) {
		if (typeof k !== "string") throw $cel_noOverload("map key", k);
		if (seen.has(k)) throw new Error(`duplicate map key: ${k}`);
		seen.add(k);
		checked.push([k, v]);
	}
	return Object.fromEntries(checked);
}
/** `==`: deep equality of JSON values; numbers by value, values of different types are unequal. */
function $cel_eq(a, b) {
	if (a === b) return true;
	if (a instanceof $CelValue) return a.celEquals(b);
	if (b instanceof $CelValue) return b.celEquals(a);
	if ($cel_isList(a)) {
		if (!$cel_isList(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!$cel_eq(a[i], b[i])) return false;
		return true;
	}
	if ($cel_isMap(a)) {
		if (!$cel_isMap(b)) return false;
		const keys = Object.keys(a);
		if (keys.length !== Object.keys(b).length) return false;
		for (const k of keys) if (!$cel_hasOwnProperty.call(b, k) || !$cel_eq(a[k], b[k])) return false;
		return true;
	}
	return false;
}
/** Ordering for `< <= > >=`: negative, zero, positive, or NaN (never ordered) for NaN operands. */
function $cel_cmp(a, b) {
	if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
	if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
	if (typeof a === "string" && typeof b === "string") {
		// Code-point order, as Go compares UTF-8, not JavaScript's UTF-16 code-unit order.
		for (let i = 0; i < a.length && i < b.length;) {
			const x = a.codePointAt(i);
			const y = b.codePointAt(i);
			if (x !== y) return x < y ? -1 : 1;
			i += x > 65535 ? 2 : 1;
		}
		return a.length - b.length;
	}
	const order = a instanceof $CelValue ? a.celCompare(b) : undefined;
	if (order !== undefined) return order;
	throw $cel_noOverload("_<_", a, b);
}
/** `x in c`: membership (by `==`) in a list, or an own key of a map. */
function $cel_in(x, c) {
	if ($cel_isList(c)) return c.some((item) => $cel_eq(x, item));
	if ($cel_isMap(c)) return typeof x === "string" && $cel_hasOwnProperty.call(c, x);
	throw $cel_noOverload("@in", x, c);
}
/** `!x`. */
function $cel_not(x) {
	return !$cel_bool(x);
}
/** A value that must be a bool (conditions, predicates). */
function $cel_bool(x) {
	if (typeof x !== "boolean") throw $cel_noOverload("bool", x);
	return x;
}
/** `a && b && …`, CEL's way: any false wins, even when another operand fails; evaluated left to right. */
function $cel_and(operands) {
	let failure;
	for (const operand of operands) {
		try {
			const value = operand();
			if (value === false) return false;
			if (value !== true) throw $cel_noOverload("_&&_", value);
		} catch (error) {
			failure ??= { error };
		}
	}
	if (failure !== undefined) throw failure.error;
	return true;
}
/** `a || b || …`, CEL's way: any true wins, even when another operand fails; evaluated left to right. */
function $cel_or(operands) {
	let failure;
	for (const operand of operands) {
		try {
			const value = operand();
			if (value === true) return true;
			if (value !== false) throw $cel_noOverload("_||_", value);
		} catch (error) {
			failure ??= { error };
		}
	}
	if (failure !== undefined) throw failure.error;
	return false;
}
/** `-x`. */
function $cel_neg(x) {
	if (typeof x !== "number") throw $cel_noOverload("-_", x);
	return 0 - x;
}
/** `a + b`: numbers, strings, or lists (a new list). */
function $cel_add(a, b) {
	if (typeof a === "number" && typeof b === "number") return a + b;
	if (typeof a === "string" && typeof b === "string") return a + b;
	if ($cel_isList(a) && $cel_isList(b)) return [...a, ...b];
	const sum = a instanceof $CelValue ? a.celAdd(b, false) : b instanceof $CelValue ? b.celAdd(a, true) : undefined;
	if (sum !== undefined) return sum;
	throw $cel_noOverload("_+_", a, b);
}
/** `a - b`: numbers, or library values (timestamps, durations). */
function $cel_sub(a, b) {
	if (typeof a === "number" && typeof b === "number") return a - b;
	const difference = a instanceof $CelValue ? a.celSub(b, false) : b instanceof $CelValue ? b.celSub(a, true) : undefined;
	if (difference !== undefined) return difference;
	throw $cel_noOverload("_-_", a, b);
}
/** `a * b`. */
function $cel_mul(a, b) {
	if (typeof a !== "number" || typeof b !== "number") throw $cel_noOverload("_*_", a, b);
	return a * b;
}
/** An int or uint result the compiler knows is one: past what a number holds exactly (or a negative uint) is an error. */
function $cel_checkInt(x, unsigned) {
	if (typeof x === "number" && (!Number.isSafeInteger(x) || unsigned && x < 0)) throw new Error("integer overflow");
	return x;
}
/** `compareTo`, `isLessThan`, `isGreaterThan` on library values that have an order (quantities, versions). */
function $cel_orderMethod(name, x, y) {
	const order = x instanceof $CelValue && y instanceof $CelValue && x.celType() === y.celType() ? x.celCompare(y) : undefined;
	if (order === undefined) throw $cel_noOverload(name, x, y);
	return name === "compareTo" ? order : name === "isLessThan" ? order < 0 : order > 0;
}
/** Integer `a / b`, truncated toward zero. */
function $cel_idiv(a, b) {
	if (!$cel_isInt(a) || !$cel_isInt(b)) throw $cel_noOverload("_/_", a, b);
	if (b === 0) throw new Error("division by zero");
	return Math.trunc(a / b) + 0;
}
/** Double `a / b` (IEEE: division by zero is an infinity, not an error). */
function $cel_fdiv(a, b) {
	if (typeof a !== "number" || typeof b !== "number") throw $cel_noOverload("_/_", a, b);
	return a / b;
}
/** `a / b` when the rule does not say int or double: integer division when both values are integers. */
function $cel_div(a, b) {
	return $cel_isInt(a) && $cel_isInt(b) ? $cel_idiv(a, b) : $cel_fdiv(a, b);
}
/** `a % b`: integers only, the sign of `a` (truncated division). */
function $cel_mod(a, b) {
	if (!$cel_isInt(a) || !$cel_isInt(b)) throw $cel_noOverload("_%_", a, b);
	if (b === 0) throw new Error("modulus by zero");
	return a % b + 0;
}
/** A string as code points (CEL strings are sequences of code points, not UTF-16 units). */
function $cel_chars(s) {
	return Array.from(s);
}
/** Any surrogate code unit (a regular expression scans about three times faster than a charCodeAt loop). */
const $cel_surrogate = /[\ud800-\udfff]/;
/** True when a string has surrogate pairs: only then do code points and UTF-16 units differ, and need the slow path. */
function $cel_wide(s) {
	return $cel_surrogate.test(s);
}
/** `size(x)`: code points of a string, items of a list, keys of a map. */
function $cel_size(x) {
	if (typeof x === "string") return $cel_wide(x) ? $cel_chars(x).length : x.length;
	if ($cel_isList(x)) return x.length;
	if ($cel_isMap(x)) return Object.keys(x).length;
	throw $cel_noOverload("size", x);
}
/** `s.startsWith(t)`. */
function $cel_startsWith(s, t) {
	if (typeof s !== "string" || typeof t !== "string") throw $cel_noOverload("startsWith", s, t);
	return s.startsWith(t);
}
/** `s.endsWith(t)`. */
function $cel_endsWith(s, t) {
	if (typeof s !== "string" || typeof t !== "string") throw $cel_noOverload("endsWith", s, t);
	return s.endsWith(t);
}
/** `s.contains(t)`. */
function $cel_contains(s, t) {
	if (typeof s !== "string" || typeof t !== "string") throw $cel_noOverload("contains", s, t);
	return s.includes(t);
}
/** `s.matches(re)`: an unanchored RE2 search (runtime/re2.ts translates Go's syntax and semantics). */
function $cel_matches(s, re) {
	if (typeof s !== "string" || typeof re !== "string") throw $cel_noOverload("matches", s, re);
	return $re2_compile(re).test(s);
}
/** The first position of `sub` in `chars` at or after `from` (`step` 1) or at or before it (`step` -1), or -1. */
function $cel_find(chars, sub, from, step) {
	// Searching backwards starts where a match still fits; forwards, `from` past that point simply finds nothing.
	const start = step === -1 ? Math.min(from, chars.length - sub.length) : from;
	for (let i = start; i >= 0 && i + sub.length <= chars.length; i += step) {
		let found = true;
		for (let j = 0; j < sub.length && found; j++) found = chars[i + j] === sub[j];
		if (found) return i;
	}
	return -1;
}
/** `s.indexOf(t)`, `s.indexOf(t, from)`, in code points; `list.indexOf(x)` (Kubernetes' list library). */
function $cel_indexOf(s, t, from = 0) {
	if ($cel_isList(s) && from === 0) return s.findIndex((item) => $cel_eq(item, t));
	if (typeof s !== "string" || typeof t !== "string" || !$cel_isInt(from)) throw $cel_noOverload("indexOf", s, t, from);
	if (!$cel_wide(s) && !$cel_wide(t)) {
		// Without surrogates a code point is one UTF-16 unit: the native search gives the same answer, with no copies.
		if (from < 0 || from > s.length) throw new Error(`index out of range: ${from}`);
		return s.indexOf(t, from);
	}
	const chars = $cel_chars(s);
	if (from < 0 || from > chars.length) throw new Error(`index out of range: ${from}`);
	return $cel_find(chars, $cel_chars(t), from, 1);
}
/** `s.lastIndexOf(t)`, `s.lastIndexOf(t, from)`, in code points; `list.lastIndexOf(x)`. */
function $cel_lastIndexOf(s, t, from) {
	if ($cel_isList(s) && from === undefined) {
		for (let i = s.length - 1; i >= 0; i--) if ($cel_eq(s[i], t)) return i;
		return -1;
	}
	if (typeof s !== "string" || typeof t !== "string") throw $cel_noOverload("lastIndexOf", s, t, from);
	if (!$cel_wide(s) && !$cel_wide(t)) {
		// As indexOf: without surrogates the native search gives the same answer, with no copies.
		const at = from === undefined ? s.length : from;
		if (!$cel_isInt(at)) throw $cel_noOverload("lastIndexOf", s, t, from);
		if (at < 0 || at > s.length) throw new Error(`index out of range: ${at}`);
		return s.lastIndexOf(t, at);
	}
	const chars = $cel_chars(s);
	const start = from === undefined ? chars.length : from;
	if (!$cel_isInt(start)) throw $cel_noOverload("lastIndexOf", s, t, from);
	if (start < 0 || start > chars.length) throw new Error(`index out of range: ${start}`);
	return $cel_find(chars, $cel_chars(t), start, -1);
}
/** `s.substring(start)`, `s.substring(start, end)`, in code points; out of range is an error. */
function $cel_substring(s, start, end) {
	if (typeof s !== "string") throw $cel_noOverload("substring", s, start, end);
	const chars = $cel_wide(s) ? $cel_chars(s) : s;
	const stop = end === undefined ? chars.length : end;
	if (!$cel_isInt(start) || !$cel_isInt(stop)) throw $cel_noOverload("substring", s, start, end);
	if (start < 0 || start > chars.length) throw new Error(`index out of range: ${start}`);
	if (stop < 0 || stop > chars.length) throw new Error(`index out of range: ${stop}`);
	if (start > stop) throw new Error(`invalid substring range. start: ${start}, end: ${stop}`);
	return typeof chars === "string" ? chars.slice(start, stop) : chars.slice(start, stop).join("");
}
/** `s.split(sep)`, `s.split(sep, n)`, as Go's strings.SplitN (an empty separator splits into code points). */
function $cel_split(s, sep, n = -1) {
	if (typeof s !== "string" || typeof sep !== "string" || !$cel_isInt(n)) throw $cel_noOverload("split", s, sep, n);
	if (n === 0) return [];
	const parts = sep === "" ? $cel_chars(s) : s.split(sep);
	if (n < 0 || parts.length <= n) return parts;
	return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}
/** `s.lowerAscii()`: only A-Z change. */
function $cel_lowerAscii(s) {
	if (typeof s !== "string") throw $cel_noOverload("lowerAscii", s);
	return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
/** `s.upperAscii()`: only a-z change. */
function $cel_upperAscii(s) {
	if (typeof s !== "string") throw $cel_noOverload("upperAscii", s);
	return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}
/** `s.trim()`: Unicode white space as Go's unicode.IsSpace has it (JavaScript's trim also strips U+FEFF, Go's does not). */
function $cel_trim(s) {
	if (typeof s !== "string") throw $cel_noOverload("trim", s);
	return s.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, "");
}
/** `s.replace(old, new)`, `s.replace(old, new, n)`, as Go's strings.Replace; no `$` patterns in the replacement. */
function $cel_replace(s, from, to, n = -1) {
	if (typeof s !== "string" || typeof from !== "string" || typeof to !== "string" || !$cel_isInt(n)) throw $cel_noOverload("replace", s, from, to, n);
	if (from === "") {
		// An empty pattern matches before every code point and at the end.
		const chars = $cel_chars(s);
		let out = "";
		for (let i = 0; i <= chars.length; i++) out += (n < 0 || i < n ? to : "") + (chars[i] ?? "");
		return out;
	}
	const parts = s.split(from);
	if (n < 0 || n >= parts.length - 1) return parts.join(to);
	return `${parts.slice(0, n + 1).join(to)}${from}${parts.slice(n + 1).join(from)}`;
}
/** `list.join()`, `list.join(sep)`: a list of strings only. */
function $cel_join(x, sep = "") {
	if (!$cel_isList(x) || typeof sep !== "string") throw $cel_noOverload("join", x, sep);
	return x.map((item) => {
		if (typeof item !== "string") throw $cel_noOverload("join", item);
		return item;
	}).join(sep);
}
/** `int(x)`: a number truncated toward zero, a base-10 string, a timestamp's seconds; out of range is an error. */
function $cel_int(x) {
	if (x instanceof $CelValue) {
		const n = x.celInt();
		if (n === undefined) throw $cel_noOverload("int", x);
		return n;
	}
	const n = typeof x === "number" ? Math.trunc(x) : typeof x === "string" && /^[+-]?[0-9]+$/.test(x) ? Number(x) : undefined;
	if (n === undefined) throw $cel_noOverload("int", x);
	if (!Number.isSafeInteger(n)) throw new Error("int conversion out of range");
	return n + 0;
}
/** `uint(x)`: as `int(x)`, never negative. */
function $cel_uint(x) {
	const n = $cel_int(x);
	if (n < 0) throw new Error("uint conversion out of range");
	return n;
}
/** `bool(x)`: a bool, or a string as Go's strconv.ParseBool reads it. */
function $cel_toBool(x) {
	if (typeof x === "boolean") return x;
	if (typeof x === "string") {
		if ([
			"1",
			"t",
			"T",
			"TRUE",
			"true",
			"True"
		].includes(x)) return true;
		if ([
			"0",
			"f",
			"F",
			"FALSE",
			"false",
			"False"
		].includes(x)) return false;
		throw new Error(`cannot convert "${x}" to bool`);
	}
	throw $cel_noOverload("bool", x);
}
/** `double(x)`: a number, or a string as Go's strconv.ParseFloat reads decimal, Inf and NaN. */
function $cel_double(x) {
	if (typeof x === "number") return x;
	if (typeof x === "string") {
		if (/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(x)) {
			const n = Number(x);
			if (Number.isFinite(n)) return n;
			throw new Error("double conversion out of range");
		}
		if (/^[+-]?inf(?:inity)?$/i.test(x)) return x.startsWith("-") ? -Infinity : Infinity;
		if (/^nan$/i.test(x)) return NaN;
		throw new Error(`cannot convert "${x}" to double`);
	}
	throw $cel_noOverload("double", x);
}
/** `string(x)`; `double` says the rule typed it as a double, which Go formats with %g (`1e+06`). */
function $cel_string(x, double) {
	if (typeof x === "string") return x;
	if (typeof x === "boolean") return x ? "true" : "false";
	const text = x instanceof $CelValue ? x.celString() : undefined;
	if (text !== undefined) return text;
	if (typeof x !== "number") throw $cel_noOverload("string", x);
	if (!double && Number.isSafeInteger(x)) return String(x + 0);
	if (Number.isNaN(x)) return "NaN";
	if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
	if (x === 0) return Object.is(x, -0) ? "-0" : "0";
	// The shortest digits that round-trip, with Go's %g rule: exponent form when the exponent is below -4 or at least 6.
	const [digits = "", power = "0"] = x.toExponential().split("e");
	const exponent = Number(power);
	if (exponent >= -4 && exponent < 6) return String(x);
	return `${digits}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
}
/** The items a comprehension ranges over: a list's items or a map's keys. */
function $cel_range(x, name) {
	if ($cel_isList(x)) return x;
	if ($cel_isMap(x)) return Object.keys(x);
	throw $cel_noOverload(name, x);
}
/** `x.all(v, p)`: any false wins over errors, as with `&&`. */
function $cel_all(x, p) {
	return $cel_and($cel_range(x, "all").map((v) => () => p(v)));
}
/** `x.exists(v, p)`: any true wins over errors, as with `||`. */
function $cel_exists(x, p) {
	return $cel_or($cel_range(x, "exists").map((v) => () => p(v)));
}
/** `x.exists_one(v, p)`: exactly one true; an error anywhere is an error. */
function $cel_exists_one(x, p) {
	let count = 0;
	for (const v of $cel_range(x, "exists_one")) if ($cel_bool(p(v))) count++;
	return count === 1;
}
/** `x.map(v, f)`: a new list. */
function $cel_map_list(x, f) {
	return $cel_range(x, "map").map((v) => f(v));
}
/** `x.filter(v, p)`: a new list of the items for which `p` is true. */
function $cel_filter(x, p) {
	return $cel_range(x, "filter").filter((v) => $cel_bool(p(v)));
}
/** `x.map(v, p, f)`: filter by `p`, then map by `f`. */
function $cel_filter_map(x, p, f) {
	return $cel_filter(x, p).map((v) => f(v));
}
/** No translator here: a pattern that is no literal of the API's rules is an evaluation error (never a pass). */
function $re2_dynamic(pattern) {
	return `the pattern ${JSON.stringify(pattern)} is not a literal of the API's rules and this package has no RE2 translator`;
}
/**
* The matchers of the literal patterns of the API's rules, by pattern: what `$re2_literals` is made from when the
* generated module loads (from the generator's table, `$re2_literalTable`), never changed afterwards.
*/
function $re2_prepare(table) {
	return new Map(table.map(([pattern, use, text, plain]) => [pattern, use === 0 ? $re2_regexMatcher(text, plain) : use === 1 ? $re2_linear(text) : text]));
}
/**
* A RE2 pattern as a matcher: the generator's for a literal pattern of the API's rules (an equivalent JavaScript
* RegExp with the `v` flag where V8 cannot backtrack on it for long, else the linear-time matcher), else translated
* now to the linear-time matcher; throws an Error with Go's message for a pattern Go refuses, or one saying why it has
* no JavaScript equivalent.
*/
function $re2_compile(pattern) {
	const compiled = $re2_literals.get(pattern) ?? $re2_dynamic(pattern);
	if (typeof compiled === "string") throw new Error(compiled);
	return compiled;
}
/** The assertions by the exact text the translator prints for them, longest first. */
const $re2_assertionTexts = [
	["\\B(?:(?<=[\\s\\S])|(?=[\\s\\S])|^$)", "nonBoundary"],
	["(?<=^|\\n)", "lineStart"],
	["(?=$|\\n)", "lineEnd"],
	["\\b", "boundary"],
	["^", "start"],
	["$", "end"]
];
/** Parses a `v`-flag source printed by `$re2_translate`; throws on anything it does not print. */
function $re2_parseSource(source) {
	const r = {
		source,
		at: 0
	};
	const node = $re2_parseAlternation(r);
	if (r.at !== source.length) throw new Error(`re2-linear: unexpected ${source.slice(r.at)} in ${source}`);
	return node;
}
/** Branches separated by `|`, up to `)` or the end. */
function $re2_parseAlternation(r) {
	const branches = [$re2_parseConcat(r)];
	while (r.source[r.at] === "|") {
		r.at++;
		branches.push($re2_parseConcat(r));
	}
	return branches.length === 1 ? branches[0] : {
		kind: "alt",
		branches
	};
}
/** Items, each maybe repeated, up to `|`, `)` or the end. */
function $re2_parseConcat(r) {
	const items = [];
	while (r.at < r.source.length && r.source[r.at] !== "|" && r.source[r.at] !== ")") {
		const item = $re2_parseItem(r);
		const repeat = /^(?:([*+?])|\{(\d+)(,(\d*))?\})(\??)/.exec(r.source.slice(r.at, r.at + 16));
		if (repeat === null) {
			items.push(item);
			continue;
		}
		r.at += repeat[0].length;
		const op = repeat[1];
		const min = op === undefined ? Number(repeat[2]) : op === "+" ? 1 : 0;
		const max = op === undefined ? repeat[3] === undefined ? min : repeat[4] === "" ? -1 : Number(repeat[4]) : op === "?" ? 1 : -1;
		items.push({
			kind: "repeat",
			body: item,
			min,
			max,
			lazy: repeat[5] === "?"
		});
	}
	return items.length === 1 ? items[0] : {
		kind: "concat",
		items
	};
}
/** One item: an assertion, a group, a class, or one (maybe escaped) character. */
function $re2_parseItem(r) {
	const s = r.source;
	for (const [text, what] of $re2_assertionTexts) if (s.startsWith(text, r.at)) {
		r.at += text.length;
		return {
			kind: "assert",
			what
		};
	}
	if (s[r.at] === "(") {
		r.at += s.startsWith("(?:", r.at) ? 3 : 1;
		const body = $re2_parseAlternation(r);
		if (s[r.at] !== ")") throw new Error(`re2-linear: missing ) in ${s}`);
		r.at++;
		return body;
	}
	if (s[r.at] === "[") {
		// A class, kept as it is (an operand of a `v`-flag class): brackets nest, a backslash escapes one character.
		const start = r.at;
		let depth = 0;
		do {
			const c = s[r.at++];
			if (c === "\\") r.at++;
			else if (c === "[") depth++;
			else if (c === "]") depth--;
			if (r.at > s.length) throw new Error(`re2-linear: missing ] in ${s}`);
		} while (depth > 0);
		return {
			kind: "set",
			operand: s.slice(start, r.at)
		};
	}
	const escaped = /^\\(?:u\{([0-9a-f]+)\}|([^]))/.exec(s.slice(r.at, r.at + 12));
	if (escaped !== null) {
		r.at += escaped[0].length;
		const cp = escaped[1] !== undefined ? parseInt(escaped[1], 16) : escaped[2].codePointAt(0);
		return {
			kind: "set",
			operand: `\\u{${cp.toString(16)}}`
		};
	}
	const cp = s.codePointAt(r.at);
	r.at += cp > 65535 ? 2 : 1;
	return {
		kind: "set",
		operand: `\\u{${cp.toString(16)}}`
	};
}
/** The program's operations. */
const $RE2_CHAR = 0;
const $RE2_SPLIT = 1;
const $RE2_JUMP = 2;
const $RE2_ASSERT = 3;
const $RE2_MATCH = 4;
/** Compiles a parsed pattern to a program (Go's regexp/syntax compile.go, with simplify.go's counted repeats). */
function $re2_program(root) {
	const ops = [];
	const x = [];
	const y = [];
	const operands = new Map();
	const assertions = [];
	const emit = (op, a = -1, b = -1) => {
		ops.push(op);
		x.push(a);
		y.push(b);
		return ops.length - 1;
	};
	/** A split, its targets set by `patchSplit` or `plus`. */
	const split = () => emit($RE2_SPLIT);
	/** A split preferring the instruction after it (unless `lazy`) over `other`. */
	const patchSplit = (at, other, lazy) => {
		x[at] = lazy ? other : at + 1;
		y[at] = lazy ? at + 1 : other;
	};
	const nullable = (node) => {
		switch (node.kind) {
			case "set": return false;
			case "assert": return true;
			case "concat": return node.items.every(nullable);
			case "alt": return node.branches.some(nullable);
			case "repeat": return node.min === 0 || nullable(node.body);
		}
	};
	/** `body+`: the body, then a split back to it. */
	const plus = (body, lazy) => {
		const start = ops.length;
		compile(body);
		const at = split();
		x[at] = lazy ? at + 1 : start;
		y[at] = lazy ? start : at + 1;
	};
	/** `body?`: a split over the body. */
	const quest = (inner, lazy) => {
		const at = split();
		inner();
		patchSplit(at, ops.length, lazy);
	};
	const compile = (node) => {
		switch (node.kind) {
			case "set": {
				let index = operands.get(node.operand);
				if (index === undefined) operands.set(node.operand, index = operands.size);
				emit($RE2_CHAR, index);
				return;
			}
			case "assert":
				emit($RE2_ASSERT, assertions.push(node.what) - 1);
				return;
			case "concat":
				for (const item of node.items) compile(item);
				return;
			case "alt": {
				const jumps = [];
				node.branches.forEach((branch, i) => {
					if (i === node.branches.length - 1) return compile(branch);
					const at = split();
					compile(branch);
					jumps.push(emit($RE2_JUMP));
					patchSplit(at, ops.length, false);
				});
				for (const at of jumps) x[at] = ops.length;
				return;
			}
			case "repeat": {
				const { body, min, max, lazy } = node;
				if (max === -1) {
					// x{n,} is n-1 copies and x+; x* over a body that can match empty is (x+)?, as Go compiles it.
					for (let i = 1; i < min; i++) compile(body);
					if (min > 0) plus(body, lazy);
					else if (nullable(body)) quest(() => plus(body, lazy), lazy);
					else {
						const at = split();
						compile(body);
						emit($RE2_JUMP, at);
						patchSplit(at, ops.length, lazy);
					}
					return;
				}
				// x{n,m}: n copies, then m-n nested optional copies (x(x(x)?)?)?.
				for (let i = 0; i < min; i++) compile(body);
				const splits = [];
				for (let i = min; i < max; i++) {
					splits.push(split());
					compile(body);
				}
				for (const at of splits) patchSplit(at, ops.length, lazy);
				return;
			}
		}
	};
	compile(root);
	emit($RE2_MATCH);
	return {
		ops: Int8Array.from(ops),
		x: Int32Array.from(x),
		y: Int32Array.from(y),
		sets: [...operands.keys()].map((operand) => ({
			regex: new RegExp(`^[${operand}]$`, "v"),
			latin1: new Int8Array(256)
		})),
		assertions
	};
}
/** Whether the set at `index` holds `cp` (answers below 256 cached: 1 yes, 2 no). */
function $re2_holds(program, index, cp) {
	const set = program.sets[index];
	if (cp < 256) {
		const known = set.latin1[cp];
		if (known !== 0) return known === 1;
		const holds = set.regex.test(String.fromCodePoint(cp));
		set.latin1[cp] = holds ? 1 : 2;
		return holds;
	}
	return set.regex.test(String.fromCodePoint(cp));
}
/** An ASCII word character (`\b` is ASCII in Go, and in JavaScript without the `i` flag). */
function $re2_isWord(unit) {
	return unit >= 48 && unit <= 57 || unit >= 65 && unit <= 90 || unit >= 97 && unit <= 122 || unit === 95;
}
/**
* What assertions can see at offset `at` of `s`, as bits: 1 text start, 2 text end, 4 `\n` before, 8 `\n` after, 16 a
* word character before, 32 one after; only those in `mask` are computed (the rest are 0).
*/
function $re2_context(s, at, mask = 63) {
	let context = (at === 0 ? 1 : 0) | (at === s.length ? 2 : 0);
	if ((mask & 12) !== 0) context |= (s.charCodeAt(at - 1) === 10 ? 4 : 0) | (s.charCodeAt(at) === 10 ? 8 : 0);
	if ((mask & 48) !== 0) context |= ($re2_isWord(s.charCodeAt(at - 1)) ? 16 : 0) | ($re2_isWord(s.charCodeAt(at)) ? 32 : 0);
	return context & mask;
}
/** The context bits an assertion reads. */
const $re2_contextBits = {
	start: 1,
	end: 2,
	lineStart: 5,
	lineEnd: 10,
	boundary: 48,
	nonBoundary: 48
};
/** Whether an assertion holds in a context (`$re2_context`). */
function $re2_assertion(what, context) {
	switch (what) {
		case "start": return (context & 1) !== 0;
		case "end": return (context & 2) !== 0;
		case "lineStart": return (context & 5) !== 0;
		case "lineEnd": return (context & 10) !== 0;
		case "boundary":
		case "nonBoundary": return (context & 16) === 0 !== ((context & 32) === 0) === (what === "boundary");
	}
}
/**
* Runs `program` over `s` from offset `from`: the leftmost-first match as [start, end], or undefined. With
* `anyMatch` it stops at the first match any thread reaches (enough for a yes/no answer).
*/
function $re2_run(program, s, from, anyMatch) {
	const size = program.ops.length;
	const { ops, x, y } = program;
	let current = {
		pcs: new Int32Array(size),
		starts: new Int32Array(size),
		count: 0
	};
	let next = {
		pcs: new Int32Array(size),
		starts: new Int32Array(size),
		count: 0
	};
	// The offset at which each instruction was last added: a thread list holds each instruction once.
	const seen = new Int32Array(size).fill(-1);
	const stack = [];
	let matched;
	/** Adds the thread at `pc` and everything it reaches without consuming at offset `at`, in priority order. */
	const add = (list, pc, start, at) => {
		stack.push(pc);
		while (stack.length > 0) {
			const i = stack.pop();
			if (seen[i] === at) continue;
			seen[i] = at;
			switch (ops[i]) {
				case $RE2_SPLIT:
					stack.push(y[i], x[i]);
					break;
				case $RE2_JUMP:
					stack.push(x[i]);
					break;
				case $RE2_ASSERT:
					if ($re2_assertion(program.assertions[x[i]], $re2_context(s, at))) stack.push(i + 1);
					break;
				default:
					if (ops[i] === $RE2_MATCH && anyMatch) {
						stack.length = 0;
						return true;
					}
					list.pcs[list.count] = i;
					list.starts[list.count++] = start;
			}
		}
		return false;
	};
	for (let at = from;;) {
		// A new thread starting here, behind every thread that started earlier; none once a match is found.
		if (matched === undefined && add(current, 0, at, at)) return [at, at];
		if (current.count === 0 && matched !== undefined) break;
		const cp = at < s.length ? s.codePointAt(at) : -1;
		const after = at + (cp > 65535 ? 2 : 1);
		next.count = 0;
		for (let t = 0; t < current.count; t++) {
			const pc = current.pcs[t];
			if (ops[pc] === $RE2_MATCH) {
				// Threads behind this one lose to it (leftmost-first).
				matched = [current.starts[t], at];
				break;
			}
			if (cp >= 0 && $re2_holds(program, x[pc], cp) && add(next, pc + 1, current.starts[t], after)) return [current.starts[t], after];
		}
		[current, next] = [next, current];
		if (cp < 0) break;
		at = after;
	}
	return matched;
}
/** Past this many states, the DFA gives way to the Pike VM (its memory stays bounded). */
const $re2_maxDfaStates = 2e3;
/** A new DFA for `program`, with the empty open state (only the search's new thread). */
function $re2_dfa(program) {
	return {
		program,
		mask: program.assertions.reduce((mask, what) => mask | $re2_contextBits[what], 0),
		openIds: new Map([["", 0]]),
		open: [new Int32Array(0)],
		closure: new Map(),
		closedIds: new Map(),
		closed: []
	};
}
/** The closed state of open state `id` in `context`: what it reaches without reading, plus a new thread at 0. */
function $re2_close(dfa, id, context) {
	const { ops, x, y, assertions } = dfa.program;
	const seen = new Set();
	const chars = [];
	let accepts = false;
	const stack = [0, ...dfa.open[id]];
	while (stack.length > 0) {
		const pc = stack.pop();
		if (seen.has(pc)) continue;
		seen.add(pc);
		const op = ops[pc];
		if (op === $RE2_SPLIT) stack.push(x[pc], y[pc]);
		else if (op === $RE2_JUMP) stack.push(x[pc]);
		else if (op === $RE2_ASSERT) {
			if ($re2_assertion(assertions[x[pc]], context)) stack.push(pc + 1);
		} else if (op === $RE2_CHAR) chars.push(pc);
		else if (op === $RE2_MATCH) accepts = true;
	}
	chars.sort((a, b) => a - b);
	const key = `${accepts ? "!" : ""}${chars.join(",")}`;
	let closed = dfa.closedIds.get(key);
	if (closed === undefined) {
		closed = dfa.closed.push({
			chars: Int32Array.from(chars),
			accepts,
			next: new Map()
		}) - 1;
		dfa.closedIds.set(key, closed);
	}
	dfa.closure.set(id * 64 + context, closed);
	return closed;
}
/** The open state after `state` reads `cp`. */
function $re2_advance(dfa, state, cp) {
	const after = [];
	for (const pc of state.chars) if ($re2_holds(dfa.program, dfa.program.x[pc], cp)) after.push(pc + 1);
	const key = after.join(",");
	let id = dfa.openIds.get(key);
	if (id === undefined) {
		id = dfa.open.push(Int32Array.from(after)) - 1;
		dfa.openIds.set(key, id);
	}
	// (Code points past Latin-1 are cached while few: a text of many scripts must not grow a state without bound.)
	if (cp < 256 || state.next.size < 256) state.next.set(cp, id);
	return id;
}
/** Whether the program matches somewhere in `s`. */
function $re2_dfaTest(dfa, s) {
	let open = 0;
	for (let at = 0;;) {
		const context = dfa.mask === 0 ? 0 : $re2_context(s, at, dfa.mask);
		let closed = dfa.closure.get(open * 64 + context);
		// Too many states (a pattern whose DFA is exponential): no new ones; the Pike VM answers, still in linear time.
		if (closed === undefined && $re2_dfaFull(dfa)) return $re2_run(dfa.program, s, 0, true) !== undefined;
		closed ??= $re2_close(dfa, open, context);
		const state = dfa.closed[closed];
		if (state.accepts) return true;
		if (at >= s.length) return false;
		const cp = s.codePointAt(at);
		const next = state.next.get(cp);
		if (next === undefined && $re2_dfaFull(dfa)) return $re2_run(dfa.program, s, 0, true) !== undefined;
		open = next ?? $re2_advance(dfa, state, cp);
		at += cp > 65535 ? 2 : 1;
	}
}
/** Whether the DFA has as many states as it may keep. */
function $re2_dfaFull(dfa) {
	return dfa.open.length + dfa.closed.length >= $re2_maxDfaStates;
}
/** The linear-time matcher of a source `$re2_translate` printed (compiled on first use). */
function $re2_linear(source) {
	let dfa;
	const compiled = () => dfa ??= $re2_dfa($re2_program($re2_parseSource(source)));
	return {
		linear: true,
		test: (s) => $re2_dfaTest(compiled(), s),
		match: (s, from) => $re2_run(compiled().program, s, from, false)
	};
}
/**
* A translated source as a RegExp matcher (`v` flag; `match` on a global copy, `test` keeps no state). `plain`, the
* source without flags where that tests the same strings (the generator's, plain-regex.ts), is what `test` runs: V8
* tests it by UTF-16 units, faster; `match` keeps the `v` source, whose positions are the code points' own.
*/
function $re2_regexMatcher(source, plain) {
	const regex = plain === undefined ? new RegExp(source, "v") : new RegExp(plain);
	const global = new RegExp(source, "gv");
	return {
		linear: false,
		test: (s) => regex.test(s),
		match: (s, from) => {
			global.lastIndex = from;
			const m = global.exec(s);
			return m === null ? undefined : [m.index, m.index + m[0].length];
		}
	};
}
const $fields1 = /* @__PURE__ */ $named((o) => o.apiVersion === undefined && o.dockerImageConfig === undefined && o.dockerImageLayers === undefined && o.dockerImageManifest === undefined && o.dockerImageManifestMediaType === undefined && o.dockerImageManifests === undefined && o.dockerImageMetadata === undefined && o.dockerImageMetadataVersion === undefined && o.dockerImageReference === undefined && o.dockerImageSignatures === undefined && o.kind === undefined && o.metadata === undefined && o.signatures === undefined);
const $df5 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.mediaType;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["mediaType"] = "";
		}
	}
	{
		const c = v.name;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["name"] = "";
		}
	}
	{
		const c = v.size;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["size"] = 0;
		}
	}
	return o;
};
const $df4 = (v) => {
	return $df5(v);
};
const $df3 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df4(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df2 = (v) => {
	return $df3(v);
};
const $df9 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.architecture;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["architecture"] = "";
		}
	}
	{
		const c = v.digest;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["digest"] = "";
		}
	}
	{
		const c = v.manifestSize;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["manifestSize"] = 0;
		}
	}
	{
		const c = v.mediaType;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["mediaType"] = "";
		}
	}
	{
		const c = v.os;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["os"] = "";
		}
	}
	return o;
};
const $df8 = (v) => {
	return $df9(v);
};
const $df7 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df8(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df6 = (v) => {
	return $df7(v);
};
const $df15 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.apiVersion;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["apiVersion"] = "";
		}
	}
	{
		const c = v.kind;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["kind"] = "";
		}
	}
	{
		const c = v.name;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["name"] = "";
		}
	}
	{
		const c = v.uid;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["uid"] = "";
		}
	}
	return o;
};
const $df14 = (v) => {
	return $df15(v);
};
const $df13 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df14(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df12 = (v) => {
	return $df13(v);
};
const $df11 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.ownerReferences;
		if (c !== undefined) {
			const d = $df12(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["ownerReferences"] = d;
			}
		}
	}
	return o;
};
const $df10 = (v) => {
	return $df11(v);
};
const $df23 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.status;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["status"] = "";
		}
	}
	{
		const c = v.type;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["type"] = "";
		}
	}
	return o;
};
const $df22 = (v) => {
	return $df23(v);
};
const $df21 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df22(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df20 = (v) => {
	return $df21(v);
};
const $df25 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.publicKeyID;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["publicKeyID"] = "";
		}
	}
	return o;
};
const $df24 = (v) => {
	return $df25(v);
};
const $df19 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.conditions;
		if (c !== undefined) {
			const d = $df20(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["conditions"] = d;
			}
		}
	}
	{
		const c = v.issuedTo;
		if (c !== undefined) {
			const d = $df24(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["issuedTo"] = d;
			}
		}
	}
	{
		const c = v.metadata;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["metadata"] = {};
		} else if (c !== undefined) {
			const d = $df10(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["metadata"] = d;
			}
		}
	}
	{
		const c = v.type;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["type"] = "";
		}
	}
	return o;
};
const $df18 = (v) => {
	return $df19(v);
};
const $df17 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df18(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df16 = (v) => {
	return $df17(v);
};
const $df1 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.dockerImageLayers;
		if (c !== undefined) {
			const d = $df2(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["dockerImageLayers"] = d;
			}
		}
	}
	{
		const c = v.dockerImageManifests;
		if (c !== undefined) {
			const d = $df6(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["dockerImageManifests"] = d;
			}
		}
	}
	{
		const c = v.metadata;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["metadata"] = {};
		} else if (c !== undefined) {
			const d = $df10(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["metadata"] = d;
			}
		}
	}
	{
		const c = v.signatures;
		if (c !== undefined) {
			const d = $df16(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["signatures"] = d;
			}
		}
	}
	return o;
};
const $fields2 = /* @__PURE__ */ $named((o) => o.mediaType === undefined && o.name === undefined && o.size === undefined);
const $fields3 = /* @__PURE__ */ $named((o) => o.architecture === undefined && o.digest === undefined && o.manifestSize === undefined && o.mediaType === undefined && o.os === undefined && o.variant === undefined);
const $fields4 = /* @__PURE__ */ $named((o) => o.apiVersion === undefined && o.conditions === undefined && o.content === undefined && o.created === undefined && o.imageIdentity === undefined && o.issuedBy === undefined && o.issuedTo === undefined && o.kind === undefined && o.metadata === undefined && o.signedClaims === undefined && o.type === undefined);
const $cd30 = {};
const $fields5 = (o) => o.name === undefined && o.labels === undefined && o.annotations === undefined;
const $dm32 = "must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z";
const $fields6 = /* @__PURE__ */ $named((o) => o.apiVersion === undefined && o.fieldsType === undefined && o.fieldsV1 === undefined && o.manager === undefined && o.operation === undefined && o.subresource === undefined && o.time === undefined);
const $fields7 = /* @__PURE__ */ $named((o) => o.apiVersion === undefined && o.blockOwnerDeletion === undefined && o.controller === undefined && o.kind === undefined && o.name === undefined && o.uid === undefined);
const $fields8 = /* @__PURE__ */ $named((o) => o.annotations === undefined && o.creationTimestamp === undefined && o.deletionGracePeriodSeconds === undefined && o.deletionTimestamp === undefined && o.finalizers === undefined && o.generateName === undefined && o.generation === undefined && o.labels === undefined && o.managedFields === undefined && o.name === undefined && o.namespace === undefined && o.ownerReferences === undefined && o.resourceVersion === undefined && o.selfLink === undefined && o.uid === undefined);
const $fields9 = /* @__PURE__ */ $named((o) => o.lastProbeTime === undefined && o.lastTransitionTime === undefined && o.message === undefined && o.reason === undefined && o.status === undefined && o.type === undefined);
const $fields10 = /* @__PURE__ */ $named((o) => o.commonName === undefined && o.organization === undefined);
const $fields11 = /* @__PURE__ */ $named((o) => o.commonName === undefined && o.organization === undefined && o.publicKeyID === undefined);
const $dm39 = "must be base64-encoded";
const $re40 = new RegExp("^[a-z0-9]+(?:[\\._\\-][a-z0-9]+)*:[^\\:\\@\\/\\%]+$");
const $fields12 = /* @__PURE__ */ $named((o) => o.name === undefined);
const $fields13 = /* @__PURE__ */ $named((o) => o.generation === undefined && o.lastTransitionTime === undefined && o.message === undefined && o.reason === undefined && o.status === undefined && o.type === undefined);
const $fields14 = /* @__PURE__ */ $named((o) => o.created === undefined && o.dockerImageReference === undefined && o.generation === undefined && o.image === undefined);
const $fields15 = /* @__PURE__ */ $named((o) => o.conditions === undefined && o.items === undefined && o.tag === undefined);
const $fields16 = /* @__PURE__ */ $named((o) => o.apiVersion === undefined && o.image === undefined && o.kind === undefined && o.metadata === undefined && o.spec === undefined && o.status === undefined);
const $df28 = (v) => {
	return $df1(v);
};
const $df27 = (v) => {
	return $df28(v);
};
const $df29 = (v) => {
	return $df10(v);
};
const $df34 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.type;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["type"] = "";
		}
	}
	return o;
};
const $df33 = (v) => {
	return $df34(v);
};
const $df32 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.importPolicy;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["importPolicy"] = {};
		}
	}
	{
		const c = v.name;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["name"] = "";
		}
	}
	{
		const c = v.referencePolicy;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["referencePolicy"] = {};
		} else if (c !== undefined) {
			const d = $df33(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["referencePolicy"] = d;
			}
		}
	}
	return o;
};
const $df31 = (v) => {
	return $df32(v);
};
const $df30 = (v) => {
	return $df31(v);
};
const $df41 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.generation;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["generation"] = 0;
		}
	}
	{
		const c = v.status;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["status"] = "";
		}
	}
	{
		const c = v.type;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["type"] = "";
		}
	}
	return o;
};
const $df40 = (v) => {
	return $df41(v);
};
const $df39 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df40(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df38 = (v) => {
	return $df39(v);
};
const $df45 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.dockerImageReference;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["dockerImageReference"] = "";
		}
	}
	{
		const c = v.generation;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["generation"] = 0;
		}
	}
	{
		const c = v.image;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["image"] = "";
		}
	}
	return o;
};
const $df44 = (v) => {
	return $df45(v);
};
const $df43 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df44(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df42 = (v) => {
	return $df43(v);
};
const $df37 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.conditions;
		if (c !== undefined) {
			const d = $df38(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["conditions"] = d;
			}
		}
	}
	{
		const c = v.items;
		if (c !== undefined) {
			const d = $df42(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["items"] = d;
			}
		}
	}
	{
		const c = v.tag;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["tag"] = "";
		}
	}
	return o;
};
const $df36 = (v) => {
	return $df37(v);
};
const $df35 = (v) => {
	return $df36(v);
};
const $df26 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.image;
		if (c !== undefined) {
			const d = $df27(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["image"] = d;
			}
		}
	}
	{
		const c = v.metadata;
		if (c === undefined || c === null && true) {
			if (o === v) o = { ...v };
			o["metadata"] = {};
		} else if (c !== undefined) {
			const d = $df29(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["metadata"] = d;
			}
		}
	}
	{
		const c = v.spec;
		if (c !== undefined) {
			const d = $df30(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["spec"] = d;
			}
		}
	}
	{
		const c = v.status;
		if (c !== undefined) {
			const d = $df35(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["status"] = d;
			}
		}
	}
	return o;
};
const $fields17 = (o) => o.name === undefined && o.namespace === undefined;
const $fields18 = /* @__PURE__ */ $named((o) => o.apiVersion === undefined && o.items === undefined && o.kind === undefined && o.metadata === undefined);
const $fields19 = /* @__PURE__ */ $named((o) => o.importMode === undefined && o.insecure === undefined && o.scheduled === undefined);
const $fields20 = /* @__PURE__ */ $named((o) => o.kind === undefined && o.name === undefined);
const $fields21 = /* @__PURE__ */ $named((o) => o.annotations === undefined && o.from === undefined && o.generation === undefined && o.importPolicy === undefined && o.name === undefined && o.reference === undefined && o.referencePolicy === undefined);
const $fields22 = (o) => o.scheduled === undefined;
const $fields23 = /* @__PURE__ */ $named((o) => o.type === undefined);
const $fields24 = /* @__PURE__ */ $named((o) => o.apiVersion === undefined && o.fieldPath === undefined && o.kind === undefined && o.name === undefined && o.namespace === undefined && o.resourceVersion === undefined && o.uid === undefined);
const $fields25 = /* @__PURE__ */ $named((o) => o.apiVersion === undefined && o.dryRun === undefined && o.gracePeriodSeconds === undefined && o.ignoreStoreReadErrorWithClusterBreakingPotential === undefined && o.kind === undefined && o.orphanDependents === undefined && o.preconditions === undefined && o.propagationPolicy === undefined);
const $fields26 = /* @__PURE__ */ $named((o) => o.continue === undefined && o.remainingItemCount === undefined && o.resourceVersion === undefined && o.selfLink === undefined && o.shardInfo === undefined);
const $fields27 = /* @__PURE__ */ $named((o) => o.resourceVersion === undefined && o.uid === undefined);
const $fields28 = /* @__PURE__ */ $named((o) => o.selector === undefined);
const $fields29 = /* @__PURE__ */ $named((o) => o.apiVersion === undefined && o.code === undefined && o.details === undefined && o.kind === undefined && o.message === undefined && o.metadata === undefined && o.reason === undefined && o.status === undefined);
const $fields30 = /* @__PURE__ */ $named((o) => o.field === undefined && o.message === undefined && o.reason === undefined);
const $fields31 = /* @__PURE__ */ $named((o) => o.causes === undefined && o.group === undefined && o.kind === undefined && o.name === undefined && o.retryAfterSeconds === undefined && o.uid === undefined);
const $re2_literalTable = [
	[
		"[A-Za-z][0-9]*[:][[:xdigit:]]{32}",
		1,
		"[A-Za-z][0-9]*[\\:][0-9A-Fa-f]{32}"
	],
	[
		"^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$",
		0,
		"^ *([A-Za-z0-9][A-Za-z0-9\\!\\#\\$\\&\\^_\\-]{0,126})\\/([A-Za-z0-9][A-Za-z0-9\\!\\#\\$\\&\\^_\\.\\+\\-]{0,126}) *$"
	],
	[
		"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$",
		0,
		"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?(?:[\\.][a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?)*(?::[0-9]+)?\\/)?[a-z0-9]+(?:(?:[\\._]|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:[\\._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_\\.\\-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[\\-_\\+\\.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$",
		"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?(?:[\\.][a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?)*(?::[0-9]+)?\\/)?[a-z0-9]+(?:(?:[\\._]|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:[\\._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_\\.\\-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[\\-_\\+\\.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"
	],
	[
		"^[^:]*(:[^:]*)?$",
		0,
		"^[[^\\:]]*(:[[^\\:]]*)?$"
	],
	[
		"^[^@]*(@[^@]*)?$",
		0,
		"^[[^\\@]]*(@[[^\\@]]*)?$"
	],
	[
		"^[^@]+@[^@]+$",
		0,
		"^[[^\\@]]+@[[^\\@]]+$"
	]
];
const $re2_literals = /* @__PURE__ */ $re2_prepare($re2_literalTable);
function $v_Image(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	const x24 = e === null ? 0 : e.length;
	let x2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.apiVersion;
		x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields1($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.apiVersion;
		if (x3 != null) {
			if (!(x3 === "image.openshift.io/v1" || r && x3 === "v1")) {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $notSupported($field(p, "apiVersion"), x3, r ? ["image.openshift.io/v1", "v1"] : ["image.openshift.io/v1"]));
			}
		}
		let x4 = x1.dockerImageConfig;
		if (x4 != null) {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dockerImageConfig"), x4, "string"));
			}
		}
		let x5 = x1.dockerImageLayers;
		if (x5 != null) {
			if (!Array.isArray(x5)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dockerImageLayers"), x5, "array"));
			} else {
				for (let x6 = 0; x6 < x5.length; x6++) {
					const x7 = x5[x6];
					if (!$v_ImageLayer(x7, e === null ? "" : $index($field(p, "dockerImageLayers"), x6), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		let x8 = x1.dockerImageManifest;
		if (x8 != null) {
			if (typeof x8 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dockerImageManifest"), x8, "string"));
			}
		}
		let x9 = x1.dockerImageManifestMediaType;
		if (x9 != null) {
			if (typeof x9 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dockerImageManifestMediaType"), x9, "string"));
			}
		}
		let x10 = x1.dockerImageManifests;
		if (x10 != null) {
			if (!Array.isArray(x10)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dockerImageManifests"), x10, "array"));
			} else {
				for (let x11 = 0; x11 < x10.length; x11++) {
					const x12 = x10[x11];
					if (!$v_ImageManifest(x12, e === null ? "" : $index($field(p, "dockerImageManifests"), x11), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		let x13 = x1.dockerImageMetadata;
		if (x13 != null) {
			if (!$v_RawExtension(x13, e === null ? "" : $field(p, "dockerImageMetadata"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x14 = x1.dockerImageMetadataVersion;
		if (x14 != null) {
			if (typeof x14 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dockerImageMetadataVersion"), x14, "string"));
			}
		}
		let x15 = x1.dockerImageReference;
		if (x15 != null) {
			if (typeof x15 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dockerImageReference"), x15, "string"));
			}
		}
		let x16 = x1.dockerImageSignatures;
		if (x16 != null) {
			if (!Array.isArray(x16)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dockerImageSignatures"), x16, "array"));
			} else {
				for (let x17 = 0; x17 < x16.length; x17++) {
					const x18 = x16[x17];
					if (typeof x18 !== "string") {
						if (e === null) return false;
						ok = $fail(e, $typeInvalid($index($field(p, "dockerImageSignatures"), x17), x18, "string"));
					} else {
						if (!$isBase64(x18)) {
							if (e === null) return false;
							ok = $fail(e, $invalid($index($field(p, "dockerImageSignatures"), x17), x18, "must be base64-encoded"));
						}
					}
				}
			}
		}
		let x19 = x1.kind;
		if (x19 != null) {
			if (x19 !== "Image") {
				if (e === null) return false;
				ok = $fail(e, $notSupported($field(p, "kind"), x19, ["Image"]));
			}
		}
		let x20 = x1.metadata;
		if (x20 != null) {
			if (!$v_ObjectMeta(x20, e === null ? "" : $field(p, "metadata"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x21 = x1.signatures;
		if (x21 != null) {
			if (!Array.isArray(x21)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "signatures"), x21, "array"));
			} else {
				for (let x22 = 0; x22 < x21.length; x22++) {
					const x23 = x21[x22];
					if (!$v_ImageSignature(x23, e === null ? "" : $index($field(p, "signatures"), x22), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		if (s === 1 && !$knownOnly(v, $fields1, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	const x29 = e === null || e.length === x24;
	let x30;
	let x25 = false;
	let x26;
	let x27;
	let x28;
	if (x29 && v !== null && v !== undefined && !r) {
		if ($isObject(v)) {
			x26 = v.dockerImageManifests;
			if (x2 !== null && (x2 !== $objectPrototype || !$fields1($objectPrototype))) x25 = true;
			x27 = v.dockerImageLayers;
			x28 = v.dockerImageReference;
		}
	}
	if (x29 && v !== null && v !== undefined && !r) {
		let x31 = true;
		let x32 = "";
		try {
			// prettier-ignore
			x31 = $cel_true(x25 ? $cel_absent() : !(x26 !== undefined && x26 !== null) || (x26 === undefined ? $cel_absent() : x26) === null || $cel_eq($cel_size(x26 === undefined ? $cel_absent() : x26), 0) || !(x27 !== undefined && x27 !== null) || (x27 === undefined ? $cel_absent() : x27) === null || $cel_eq($cel_size(x27 === undefined ? $cel_absent() : x27), 0));
		} catch {
			try {
				// prettier-ignore
				x31 = $cel_true($cel_or([
					() => $cel_not($cel_has(x30 ??= $df1(v), "dockerImageManifests")),
					() => $cel_eq($cel_get(x30 ??= $df1(v), "dockerImageManifests"), null),
					() => $cel_eq($cel_size($cel_get(x30 ??= $df1(v), "dockerImageManifests")), 0),
					() => $cel_not($cel_has(x30 ??= $df1(v), "dockerImageLayers")),
					() => $cel_eq($cel_get(x30 ??= $df1(v), "dockerImageLayers"), null),
					() => $cel_eq($cel_size($cel_get(x30 ??= $df1(v), "dockerImageLayers")), 0)
				]));
			} catch (error) {
				x31 = false;
				// prettier-ignore
				x32 = String(error instanceof Error ? error.message : error) + " evaluating rule: dockerImageLayers should not be set when dockerImageManifests is set";
			}
		}
		if (!x31) {
			if (x32 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $rule($field(p, "dockerImageLayers"), "FieldValueInvalid", "dockerImageLayers should not be set when dockerImageManifests is set", "object", p));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x32, "object"));
			}
		}
	}
	if (x29 && v !== null && v !== undefined && !r) {
		let x33 = true;
		let x34 = "";
		try {
			// prettier-ignore
			x33 = $cel_true(x25 ? $cel_absent() : !(x28 !== undefined && x28 !== null) || (x28 === undefined ? $cel_absent() : x28) === "" || $cel_bool($cel_matches(x28 === undefined ? $cel_absent() : x28, "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$")) && ($cel_cmp($cel_size(x28 === undefined ? $cel_absent() : x28), 255) <= 0 || $cel_cmp($cel_size($cel_cmp($cel_lastIndexOf($cel_index($cel_split(x28 === undefined ? $cel_absent() : x28, "@"), 0), ":"), $cel_lastIndexOf($cel_index($cel_split(x28 === undefined ? $cel_absent() : x28, "@"), 0), "/")) > 0 ? $cel_substring($cel_index($cel_split(x28 === undefined ? $cel_absent() : x28, "@"), 0), 0, $cel_lastIndexOf($cel_index($cel_split(x28 === undefined ? $cel_absent() : x28, "@"), 0), ":")) : $cel_index($cel_split(x28 === undefined ? $cel_absent() : x28, "@"), 0)), 255) <= 0));
		} catch {
			try {
				// prettier-ignore
				x33 = $cel_true($cel_or([
					() => $cel_not($cel_has(x30 ??= $df1(v), "dockerImageReference")),
					() => $cel_eq($cel_get(x30 ??= $df1(v), "dockerImageReference"), ""),
					() => $cel_and([() => $cel_matches($cel_get(x30 ??= $df1(v), "dockerImageReference"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"), () => $cel_or([() => $cel_cmp($cel_size($cel_get(x30 ??= $df1(v), "dockerImageReference")), 255) <= 0, () => $cel_cmp($cel_size($cel_bool($cel_cmp($cel_lastIndexOf($cel_index($cel_split($cel_get(x30 ??= $df1(v), "dockerImageReference"), "@"), 0), ":"), $cel_lastIndexOf($cel_index($cel_split($cel_get(x30 ??= $df1(v), "dockerImageReference"), "@"), 0), "/")) > 0) ? $cel_substring($cel_index($cel_split($cel_get(x30 ??= $df1(v), "dockerImageReference"), "@"), 0), 0, $cel_lastIndexOf($cel_index($cel_split($cel_get(x30 ??= $df1(v), "dockerImageReference"), "@"), 0), ":")) : $cel_index($cel_split($cel_get(x30 ??= $df1(v), "dockerImageReference"), "@"), 0)), 255) <= 0])])
				]));
			} catch (error) {
				x33 = false;
				x34 = String(error instanceof Error ? error.message : error) + " evaluating rule: invalid reference format";
			}
		}
		if (!x33) {
			if (x34 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "dockerImageReference"), $cel_quoted(() => $cel_get(x30 ??= $df1(v), "dockerImageReference"), "object"), $cel_message(() => $cel_bool($cel_not($cel_matches($cel_get(x30 ??= $df1(v), "dockerImageReference"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"))) ? $cel_bool($cel_matches($cel_lowerAscii($cel_get(x30 ??= $df1(v), "dockerImageReference")), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$")) ? "repository name must be lowercase" : "invalid reference format" : "repository name must not be more than 255 characters", "invalid reference format")));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x34, "object"));
			}
		}
	}
	return ok;
}
function $v_ImageLayer(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.mediaType;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields2($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.mediaType;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "mediaType"), x3, "string"));
			}
		}
		let x4 = x1.name;
		if (x4 === undefined || x4 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "name")));
			}
		} else {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "name"), x4, "string"));
			}
		}
		let x5 = x1.size;
		if (x5 === undefined || x5 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "size")));
			}
		} else {
			if (typeof x5 !== "number" || !Number.isInteger(x5)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "size"), x5, "integer"));
			} else {
				if (!Number.isSafeInteger(x5)) {
					if (e === null) return false;
					// prettier-ignore
					ok = $fail(e, $invalid($field(p, "size"), x5, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		if (s === 1 && !$knownOnly(v, $fields2, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_ImageManifest(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const x9 = e === null ? 0 : e.length;
	let x2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.architecture;
		x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields3($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.architecture;
		if (x3 === undefined || x3 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "architecture")));
			}
		} else {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "architecture"), x3, "string"));
			}
		}
		let x4 = x1.digest;
		if (x4 === undefined || x4 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "digest")));
			}
		} else {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "digest"), x4, "string"));
			}
		}
		let x5 = x1.manifestSize;
		if (x5 === undefined || x5 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "manifestSize")));
			}
		} else {
			if (typeof x5 !== "number" || !Number.isInteger(x5)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "manifestSize"), x5, "integer"));
			} else {
				if (!Number.isSafeInteger(x5)) {
					if (e === null) return false;
					// prettier-ignore
					ok = $fail(e, $invalid($field(p, "manifestSize"), x5, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		let x6 = x1.mediaType;
		if (x6 === undefined || x6 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "mediaType")));
			}
		} else {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "mediaType"), x6, "string"));
			}
		}
		let x7 = x1.os;
		if (x7 === undefined || x7 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "os")));
			}
		} else {
			if (typeof x7 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "os"), x7, "string"));
			}
		}
		let x8 = x1.variant;
		if (x8 != null) {
			if (typeof x8 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "variant"), x8, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields3, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	const x14 = e === null || e.length === x9;
	let x15;
	let x10 = false;
	let x11;
	let x12;
	let x13;
	if (x14 && v !== null && v !== undefined && !r) {
		if ($isObject(v)) {
			if (x2 !== null && (x2 !== $objectPrototype || !$fields3($objectPrototype))) x10 = true;
			x11 = v.digest;
			if (x11 === undefined || x11 === null) {
				x11 = "";
			} else {}
			x12 = v.mediaType;
			if (x12 === undefined || x12 === null) {
				x12 = "";
			} else {}
			x13 = v.manifestSize;
			if (x13 === undefined || x13 === null) {
				x13 = 0;
			} else {}
		}
	}
	if (x14 && v !== null && v !== undefined && !r) {
		let x16 = true;
		let x17 = "";
		try {
			// prettier-ignore
			x16 = $cel_true(x10 ? $cel_absent() : !(x11 !== undefined && x11 !== null) || $cel_bool($cel_matches(x11 === undefined ? $cel_absent() : x11, "[A-Za-z][0-9]*[:][[:xdigit:]]{32}")));
		} catch {
			try {
				// prettier-ignore
				x16 = $cel_true($cel_or([() => $cel_not($cel_has(x15 ??= $df9(v), "digest")), () => $cel_matches($cel_get(x15 ??= $df9(v), "digest"), "[A-Za-z][0-9]*[:][[:xdigit:]]{32}")]));
			} catch (error) {
				x16 = false;
				// prettier-ignore
				x17 = String(error instanceof Error ? error.message : error) + " evaluating rule: digest does not conform with OCI image specification";
			}
		}
		if (!x16) {
			if (x17 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "digest"), $cel_quoted(() => $cel_get(x15 ??= $df9(v), "digest"), "object"), "digest does not conform with OCI image specification"));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x17, "object"));
			}
		}
	}
	if (x14 && v !== null && v !== undefined && !r) {
		let x18 = true;
		let x19 = "";
		try {
			// prettier-ignore
			x18 = $cel_true(x10 ? $cel_absent() : !(x12 !== undefined && x12 !== null) || $cel_bool($cel_matches(x12 === undefined ? $cel_absent() : x12, "^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$")));
		} catch {
			try {
				// prettier-ignore
				x18 = $cel_true($cel_or([() => $cel_not($cel_has(x15 ??= $df9(v), "mediaType")), () => $cel_matches($cel_get(x15 ??= $df9(v), "mediaType"), "^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$")]));
			} catch (error) {
				x18 = false;
				// prettier-ignore
				x19 = String(error instanceof Error ? error.message : error) + " evaluating rule: media type does not conform to RFC6838";
			}
		}
		if (!x18) {
			if (x19 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "mediaType"), $cel_quoted(() => $cel_get(x15 ??= $df9(v), "mediaType"), "object"), "media type does not conform to RFC6838"));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x19, "object"));
			}
		}
	}
	if (x14 && v !== null && v !== undefined && !r) {
		let x20 = true;
		let x21 = "";
		try {
			// prettier-ignore
			x20 = $cel_true(x10 ? $cel_absent() : !(x13 !== undefined && x13 !== null) || $cel_cmp(x13 === undefined ? $cel_absent() : x13, 0) >= 0);
		} catch {
			try {
				// prettier-ignore
				x20 = $cel_true($cel_or([() => $cel_not($cel_has(x15 ??= $df9(v), "manifestSize")), () => $cel_cmp($cel_get(x15 ??= $df9(v), "manifestSize"), 0) >= 0]));
			} catch (error) {
				x20 = false;
				// prettier-ignore
				x21 = String(error instanceof Error ? error.message : error) + " evaluating rule: manifest size cannot be negative";
			}
		}
		if (!x20) {
			if (x21 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "size"), $cel_quoted(() => $cel_get(x15 ??= $df9(v), "manifestSize"), "object"), "manifest size cannot be negative"));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x21, "object"));
			}
		}
	}
	return ok;
}
function $v_ImageSignature(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	const x20 = e === null ? 0 : e.length;
	let x2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.apiVersion;
		x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields4($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.apiVersion;
		if (x3 != null) {
			if (!(x3 === "image.openshift.io/v1" || r && x3 === "v1")) {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $notSupported($field(p, "apiVersion"), x3, r ? ["image.openshift.io/v1", "v1"] : ["image.openshift.io/v1"]));
			}
		}
		let x4 = x1.conditions;
		if (x4 != null) {
			if (!Array.isArray(x4)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "conditions"), x4, "array"));
			} else {
				for (let x5 = 0; x5 < x4.length; x5++) {
					const x6 = x4[x5];
					if (!$v_SignatureCondition(x6, e === null ? "" : $index($field(p, "conditions"), x5), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		let x7 = x1.content;
		if (x7 === undefined || x7 === null) {
			if (!r) {
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "content")));
			}
		} else {
			if (typeof x7 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "content"), x7, "string"));
			} else {
				if (!$isBase64(x7)) {
					if (e === null) return false;
					ok = $fail(e, $invalid($field(p, "content"), x7, "must be base64-encoded"));
				}
			}
		}
		let x8 = x1.created;
		if (x8 != null) {
			if (!$v_Time(x8, e === null ? "" : $field(p, "created"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x9 = x1.imageIdentity;
		if (x9 != null) {
			if (typeof x9 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "imageIdentity"), x9, "string"));
			}
		}
		let x10 = x1.issuedBy;
		if (x10 != null) {
			if (!$v_SignatureIssuer(x10, e === null ? "" : $field(p, "issuedBy"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x11 = x1.issuedTo;
		if (x11 != null) {
			if (!$v_SignatureSubject(x11, e === null ? "" : $field(p, "issuedTo"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x12 = x1.kind;
		if (x12 != null) {
			if (x12 !== "ImageSignature") {
				if (e === null) return false;
				ok = $fail(e, $notSupported($field(p, "kind"), x12, ["ImageSignature"]));
			}
		}
		let x13 = x1.metadata;
		if (x13 != null) {
			if (!$v_ObjectMeta(x13, e === null ? "" : $field(p, "metadata"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x14 = x1.signedClaims;
		if (x14 != null) {
			if (!$isObject(x14)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "signedClaims"), x14, "object"));
			} else {
				for (const x17 in x14) {
					if (!$hasOwn(x14, x17)) continue;
					const x18 = x14[x17];
					if (x18 !== null) {
						if (typeof x18 !== "string") {
							if (e === null) return false;
							ok = $fail(e, $typeInvalid($key($field(p, "signedClaims"), x17), x18, "string"));
						}
					}
				}
			}
		}
		let x19 = x1.type;
		if (x19 === undefined || x19 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "type")));
			}
		} else {
			if (typeof x19 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "type"), x19, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields4, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	const x27 = e === null || e.length === x20;
	let x28;
	let x21 = false;
	let x22;
	let x23;
	let x24;
	let x25;
	let x26;
	if (x27 && v !== null && v !== undefined && !r) {
		if ($isObject(v)) {
			if (x2 !== null && (x2 !== $objectPrototype || !$fields4($objectPrototype))) x21 = true;
			x22 = v.metadata;
			if (x22 === undefined || x22 === null) {
				x22 = $cd30;
			} else {
				if ($isObject(x22)) {
					x23 = x22.name;
					const x29 = Object.getPrototypeOf(x22);
					if (x29 !== null && (x29 !== $objectPrototype || !$fields5($objectPrototype))) x21 = true;
					x24 = x22.labels;
					x25 = x22.annotations;
				}
			}
			x26 = v.conditions;
		}
	}
	if (x27 && v !== null && v !== undefined && !r) {
		let x30 = true;
		let x31 = "";
		try {
			// prettier-ignore
			x30 = $cel_true(x21 ? $cel_absent() : x22 !== undefined && x22 !== null && (x22 !== undefined && x22 !== null ? x23 !== undefined && x23 !== null : $cel_absent()) && $cel_bool($cel_matches(x23 === undefined ? $cel_absent() : x23, "^[^@]+@[^@]+$")));
		} catch {
			try {
				// prettier-ignore
				x30 = $cel_true($cel_and([
					() => $cel_has(x28 ??= $df19(v), "metadata"),
					() => $cel_has($cel_get(x28 ??= $df19(v), "metadata"), "name"),
					() => $cel_matches($cel_get($cel_get(x28 ??= $df19(v), "metadata"), "name"), "^[^@]+@[^@]+$")
				]));
			} catch (error) {
				x30 = false;
				// prettier-ignore
				x31 = String(error instanceof Error ? error.message : error) + " evaluating rule: name must be of format <imageName>@<signatureName>";
			}
		}
		if (!x30) {
			if (x31 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "metadata.name"), $cel_quoted(() => $cel_bool($cel_and([() => $cel_has(x28 ??= $df19(v), "metadata"), () => $cel_has($cel_get(x28 ??= $df19(v), "metadata"), "name")])) ? $cel_get($cel_get(x28 ??= $df19(v), "metadata"), "name") : "", "object"), "name must be of format <imageName>@<signatureName>"));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x31, "object"));
			}
		}
	}
	if (x27 && v !== null && v !== undefined && !r) {
		let x32 = true;
		let x33 = "";
		try {
			// prettier-ignore
			x32 = $cel_true(x21 ? $cel_absent() : !(x22 !== undefined && x22 !== null) || !(x22 !== undefined && x22 !== null ? x24 !== undefined && x24 !== null : $cel_absent()) || (x24 === undefined ? $cel_absent() : x24) === null || $cel_eq($cel_size(x24 === undefined ? $cel_absent() : x24), 0));
		} catch {
			try {
				// prettier-ignore
				x32 = $cel_true($cel_or([
					() => $cel_not($cel_has(x28 ??= $df19(v), "metadata")),
					() => $cel_not($cel_has($cel_get(x28 ??= $df19(v), "metadata"), "labels")),
					() => $cel_eq($cel_get($cel_get(x28 ??= $df19(v), "metadata"), "labels"), null),
					() => $cel_eq($cel_size($cel_get($cel_get(x28 ??= $df19(v), "metadata"), "labels")), 0)
				]));
			} catch (error) {
				x32 = false;
				// prettier-ignore
				x33 = String(error instanceof Error ? error.message : error) + " evaluating rule: signature labels cannot be set";
			}
		}
		if (!x32) {
			if (x33 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $rule($field(p, "metadata.labels"), "FieldValueForbidden", "signature labels cannot be set", "object", p));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x33, "object"));
			}
		}
	}
	if (x27 && v !== null && v !== undefined && !r) {
		let x34 = true;
		let x35 = "";
		try {
			// prettier-ignore
			x34 = $cel_true(x21 ? $cel_absent() : !(x22 !== undefined && x22 !== null) || !(x22 !== undefined && x22 !== null ? x25 !== undefined && x25 !== null : $cel_absent()) || (x25 === undefined ? $cel_absent() : x25) === null || $cel_eq($cel_size(x25 === undefined ? $cel_absent() : x25), 0));
		} catch {
			try {
				// prettier-ignore
				x34 = $cel_true($cel_or([
					() => $cel_not($cel_has(x28 ??= $df19(v), "metadata")),
					() => $cel_not($cel_has($cel_get(x28 ??= $df19(v), "metadata"), "annotations")),
					() => $cel_eq($cel_get($cel_get(x28 ??= $df19(v), "metadata"), "annotations"), null),
					() => $cel_eq($cel_size($cel_get($cel_get(x28 ??= $df19(v), "metadata"), "annotations")), 0)
				]));
			} catch (error) {
				x34 = false;
				// prettier-ignore
				x35 = String(error instanceof Error ? error.message : error) + " evaluating rule: signature annotations cannot be set";
			}
		}
		if (!x34) {
			if (x35 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $rule($field(p, "metadata.annotations"), "FieldValueForbidden", "signature annotations cannot be set", "object", p));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x35, "object"));
			}
		}
	}
	if (x27 && v !== null && v !== undefined && !r) {
		let x36 = true;
		let x37 = "";
		try {
			// prettier-ignore
			x36 = $cel_true($cel_not($cel_has(x28 ??= $df19(v), "conditions")) || $cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null) || $cel_eq($cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted")), $cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "ForImage"))));
		} catch {
			try {
				// prettier-ignore
				x36 = $cel_true($cel_or([
					() => $cel_not($cel_has(x28 ??= $df19(v), "conditions")),
					() => $cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null),
					() => $cel_eq($cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted")), $cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "ForImage")))
				]));
			} catch (error) {
				x36 = false;
				x37 = String(error instanceof Error ? error.message : error) + " evaluating rule: missing condition type";
			}
		}
		if (!x36) {
			if (x37 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $rule($field(p, "conditions"), "FieldValueInvalid", $cel_message(() => $cel_bool($cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted"))) ? "missing \"ForImage\" condition type" : "missing \"Trusted\" condition type", "missing condition type"), "object", p));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x37, "object"));
			}
		}
	}
	if (x27 && v !== null && v !== undefined && !r) {
		let x38 = true;
		let x39 = "";
		try {
			// prettier-ignore
			x38 = $cel_true($cel_bool($cel_has(x28 ??= $df19(v), "conditions")) && !$cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null) && $cel_bool($cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted") && !$cel_eq($cel_get($cel_it1, "status"), "Unknown"))) || $cel_not($cel_has(x28 ??= $df19(v), "imageIdentity")) || $cel_eq($cel_get(x28 ??= $df19(v), "imageIdentity"), ""));
		} catch {
			try {
				// prettier-ignore
				x38 = $cel_true($cel_or([
					() => $cel_and([
						() => $cel_has(x28 ??= $df19(v), "conditions"),
						() => !$cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null),
						() => $cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_and([() => $cel_eq($cel_get($cel_it1, "type"), "Trusted"), () => !$cel_eq($cel_get($cel_it1, "status"), "Unknown")]))
					]),
					() => $cel_not($cel_has(x28 ??= $df19(v), "imageIdentity")),
					() => $cel_eq($cel_get(x28 ??= $df19(v), "imageIdentity"), "")
				]));
			} catch (error) {
				x38 = false;
				// prettier-ignore
				x39 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be unset for unknown signature state";
			}
		}
		if (!x38) {
			if (x39 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "imageIdentity"), $cel_quoted(() => $cel_get(x28 ??= $df19(v), "imageIdentity"), "object"), "must be unset for unknown signature state"));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x39, "object"));
			}
		}
	}
	if (x27 && v !== null && v !== undefined && !r) {
		let x40 = true;
		let x41 = "";
		try {
			// prettier-ignore
			x40 = $cel_true($cel_bool($cel_has(x28 ??= $df19(v), "conditions")) && !$cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null) && $cel_bool($cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted") && !$cel_eq($cel_get($cel_it1, "status"), "Unknown"))) || $cel_not($cel_has(x28 ??= $df19(v), "signedClaims")) || $cel_eq($cel_get(x28 ??= $df19(v), "signedClaims"), null) || $cel_eq($cel_size($cel_get(x28 ??= $df19(v), "signedClaims")), 0));
		} catch {
			try {
				// prettier-ignore
				x40 = $cel_true($cel_or([
					() => $cel_and([
						() => $cel_has(x28 ??= $df19(v), "conditions"),
						() => !$cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null),
						() => $cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_and([() => $cel_eq($cel_get($cel_it1, "type"), "Trusted"), () => !$cel_eq($cel_get($cel_it1, "status"), "Unknown")]))
					]),
					() => $cel_not($cel_has(x28 ??= $df19(v), "signedClaims")),
					() => $cel_eq($cel_get(x28 ??= $df19(v), "signedClaims"), null),
					() => $cel_eq($cel_size($cel_get(x28 ??= $df19(v), "signedClaims")), 0)
				]));
			} catch (error) {
				x40 = false;
				// prettier-ignore
				x41 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be unset for unknown signature state";
			}
		}
		if (!x40) {
			if (x41 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $rule($field(p, "signedClaims"), "FieldValueInvalid", "must be unset for unknown signature state", "object", p));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x41, "object"));
			}
		}
	}
	if (x27 && v !== null && v !== undefined && !r) {
		let x42 = true;
		let x43 = "";
		try {
			// prettier-ignore
			x42 = $cel_true($cel_bool($cel_has(x28 ??= $df19(v), "conditions")) && !$cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null) && $cel_bool($cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted") && !$cel_eq($cel_get($cel_it1, "status"), "Unknown"))) || $cel_not($cel_has(x28 ??= $df19(v), "issuedBy")) || $cel_eq($cel_get(x28 ??= $df19(v), "issuedBy"), null));
		} catch {
			try {
				// prettier-ignore
				x42 = $cel_true($cel_or([
					() => $cel_and([
						() => $cel_has(x28 ??= $df19(v), "conditions"),
						() => !$cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null),
						() => $cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_and([() => $cel_eq($cel_get($cel_it1, "type"), "Trusted"), () => !$cel_eq($cel_get($cel_it1, "status"), "Unknown")]))
					]),
					() => $cel_not($cel_has(x28 ??= $df19(v), "issuedBy")),
					() => $cel_eq($cel_get(x28 ??= $df19(v), "issuedBy"), null)
				]));
			} catch (error) {
				x42 = false;
				// prettier-ignore
				x43 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be unset for unknown signature state";
			}
		}
		if (!x42) {
			if (x43 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $rule($field(p, "issuedBy"), "FieldValueInvalid", "must be unset for unknown signature state", "object", p));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x43, "object"));
			}
		}
	}
	if (x27 && v !== null && v !== undefined && !r) {
		let x44 = true;
		let x45 = "";
		try {
			// prettier-ignore
			x44 = $cel_true($cel_bool($cel_has(x28 ??= $df19(v), "conditions")) && !$cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null) && $cel_bool($cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted") && !$cel_eq($cel_get($cel_it1, "status"), "Unknown"))) || $cel_not($cel_has(x28 ??= $df19(v), "issuedTo")) || $cel_eq($cel_get(x28 ??= $df19(v), "issuedTo"), null));
		} catch {
			try {
				// prettier-ignore
				x44 = $cel_true($cel_or([
					() => $cel_and([
						() => $cel_has(x28 ??= $df19(v), "conditions"),
						() => !$cel_eq($cel_get(x28 ??= $df19(v), "conditions"), null),
						() => $cel_exists($cel_get(x28 ??= $df19(v), "conditions"), ($cel_it1) => $cel_and([() => $cel_eq($cel_get($cel_it1, "type"), "Trusted"), () => !$cel_eq($cel_get($cel_it1, "status"), "Unknown")]))
					]),
					() => $cel_not($cel_has(x28 ??= $df19(v), "issuedTo")),
					() => $cel_eq($cel_get(x28 ??= $df19(v), "issuedTo"), null)
				]));
			} catch (error) {
				x44 = false;
				// prettier-ignore
				x45 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be unset for unknown signature state";
			}
		}
		if (!x44) {
			if (x45 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $rule($field(p, "issuedTo"), "FieldValueInvalid", "must be unset for unknown signature state", "object", p));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x45, "object"));
			}
		}
	}
	return ok;
}
function $v_ImageTag(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	const x10 = e === null ? 0 : e.length;
	let x2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.apiVersion;
		x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields16($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.apiVersion;
		if (x3 != null) {
			if (!(x3 === "image.openshift.io/v1" || r && x3 === "v1")) {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $notSupported($field(p, "apiVersion"), x3, r ? ["image.openshift.io/v1", "v1"] : ["image.openshift.io/v1"]));
			}
		}
		let x4 = x1.image;
		if (x4 !== undefined) {
			if (r) {
				if (x4 !== null) {
					if (!$v_Image(x4, e === null ? "" : $field(p, "image"), e, true, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			} else {
				if (!$dd_Image(x4, e === null ? "" : $field(p, "image"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x5 = x1.kind;
		if (x5 != null) {
			if (x5 !== "ImageTag") {
				if (e === null) return false;
				ok = $fail(e, $notSupported($field(p, "kind"), x5, ["ImageTag"]));
			}
		}
		let x6 = x1.metadata;
		if (x6 != null) {
			if (!$v_ObjectMeta(x6, e === null ? "" : $field(p, "metadata"), e, r, m, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
			if (!$h11(x6, e === null ? "" : $field(p, "metadata"), e, r, m, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
			if ($isObject(x6)) {
				if (c === 1) {
					for (const x7 in x6) {
						if (!$hasOwn(x6, x7)) continue;
						switch (x7) {
							case "annotations":
							case "creationTimestamp":
							case "deletionGracePeriodSeconds":
							case "deletionTimestamp":
							case "finalizers":
							case "generateName":
							case "generation":
							case "labels":
							case "managedFields":
							case "name":
							case "namespace":
							case "ownerReferences":
							case "resourceVersion":
							case "selfLink":
							case "uid": continue;
						}
						{
							if (e === null) return false;
							ok = $fail(e, $unknownField($field($field(p, "metadata"), x7), x6[x7]));
						}
					}
				}
			}
		}
		let x8 = x1.spec;
		if (x8 === undefined) {
			if (!r) {
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "spec")));
			}
		} else {
			if (x8 === null && !r) {
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "spec")));
			} else {
				if (x8 === null) {
					if (!r) {
						if (e === null) return false;
						ok = $fail(e, $invalid($field(p, "spec"), x8, "must not be null"));
					}
				} else {
					if (!$v_TagReference(x8, e === null ? "" : $field(p, "spec"), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		let x9 = x1.status;
		if (x9 !== undefined) {
			if (r) {
				if (x9 !== null) {
					if (!$v_NamedTagEventList(x9, e === null ? "" : $field(p, "status"), e, true, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			} else {
				if (!$dd_NamedTagEventList(x9, e === null ? "" : $field(p, "status"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		if (s === 1 && !$knownOnly(v, $fields16, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	const x17 = e === null || e.length === x10;
	let x18;
	let x11 = false;
	let x12;
	let x13;
	let x14;
	let x15;
	let x16;
	if (x17 && v !== null && v !== undefined && !r) {
		if ($isObject(v)) {
			x12 = v.spec;
			if (x2 !== null && (x2 !== $objectPrototype || !$fields16($objectPrototype))) x11 = true;
			if ($isObject(x12)) {
				const x19 = Object.getPrototypeOf(x12);
				if (x19 !== null && (x19 !== $objectPrototype || !$fields12($objectPrototype))) x11 = true;
				x13 = x12.name;
				if (x13 === undefined || x13 === null) {
					x13 = "";
				} else {}
			}
			x14 = v.metadata;
			if (x14 === undefined || x14 === null) {
				x14 = $cd30;
			} else {
				if ($isObject(x14)) {
					x15 = x14.name;
					const x20 = Object.getPrototypeOf(x14);
					if (x20 !== null && (x20 !== $objectPrototype || !$fields17($objectPrototype))) x11 = true;
					x16 = x14.namespace;
				}
			}
		}
	}
	if (x17 && v !== null && v !== undefined && !r) {
		let x21 = true;
		let x22 = "";
		try {
			// prettier-ignore
			x21 = $cel_true(x11 ? $cel_absent() : !(x12 !== undefined && x12 !== null) || !(x12 !== undefined && x12 !== null ? x13 !== undefined && x13 !== null : $cel_absent()) || (x13 === undefined ? $cel_absent() : x13) === "" || !(x14 !== undefined && x14 !== null) || !(x14 !== undefined && x14 !== null ? x15 !== undefined && x15 !== null : $cel_absent()) || $cel_not($cel_contains(x15 === undefined ? $cel_absent() : x15, ":")) || $cel_eq($cel_substring(x15 === undefined ? $cel_absent() : x15, $cel_checkInt($cel_add($cel_indexOf(x15 === undefined ? $cel_absent() : x15, ":"), 1), false)), x13 === undefined ? $cel_absent() : x13));
		} catch {
			try {
				// prettier-ignore
				x21 = $cel_true($cel_or([
					() => $cel_not($cel_has(x18 ??= $df26(v), "spec")),
					() => $cel_not($cel_has($cel_get(x18 ??= $df26(v), "spec"), "name")),
					() => $cel_eq($cel_get($cel_get(x18 ??= $df26(v), "spec"), "name"), ""),
					() => $cel_not($cel_has(x18 ??= $df26(v), "metadata")),
					() => $cel_not($cel_has($cel_get(x18 ??= $df26(v), "metadata"), "name")),
					() => $cel_not($cel_contains($cel_get($cel_get(x18 ??= $df26(v), "metadata"), "name"), ":")),
					() => $cel_eq($cel_substring($cel_get($cel_get(x18 ??= $df26(v), "metadata"), "name"), $cel_checkInt($cel_add($cel_indexOf($cel_get($cel_get(x18 ??= $df26(v), "metadata"), "name"), ":"), 1), false)), $cel_get($cel_get(x18 ??= $df26(v), "spec"), "name"))
				]));
			} catch (error) {
				x21 = false;
				x22 = String(error instanceof Error ? error.message : error) + " evaluating rule: must match image tag name";
			}
		}
		if (!x21) {
			if (x22 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "spec.name"), $cel_quoted(() => $cel_get($cel_get(x18 ??= $df26(v), "spec"), "name"), "object"), "must match image tag name"));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x22, "object"));
			}
		}
	}
	if (x17 && v !== null && v !== undefined && !r) {
		let x23 = true;
		let x24 = "";
		try {
			// prettier-ignore
			x23 = $cel_true(x11 ? $cel_absent() : !(x14 !== undefined && x14 !== null) || !(x14 !== undefined && x14 !== null ? x15 !== undefined && x15 !== null : $cel_absent()) || !(x14 !== undefined && x14 !== null ? x16 !== undefined && x16 !== null : $cel_absent()) || $cel_not($cel_contains(x15 === undefined ? $cel_absent() : x15, ":")) || $cel_cmp($cel_checkInt($cel_add($cel_checkInt($cel_add($cel_size(x16 === undefined ? $cel_absent() : x16), 1), false), $cel_indexOf(x15 === undefined ? $cel_absent() : x15, ":")), false), 255) <= 0);
		} catch {
			try {
				// prettier-ignore
				x23 = $cel_true($cel_or([
					() => $cel_not($cel_has(x18 ??= $df26(v), "metadata")),
					() => $cel_not($cel_has($cel_get(x18 ??= $df26(v), "metadata"), "name")),
					() => $cel_not($cel_has($cel_get(x18 ??= $df26(v), "metadata"), "namespace")),
					() => $cel_not($cel_contains($cel_get($cel_get(x18 ??= $df26(v), "metadata"), "name"), ":")),
					() => $cel_cmp($cel_checkInt($cel_add($cel_checkInt($cel_add($cel_size($cel_get($cel_get(x18 ??= $df26(v), "metadata"), "namespace")), 1), false), $cel_indexOf($cel_get($cel_get(x18 ??= $df26(v), "metadata"), "name"), ":")), false), 255) <= 0
				]));
			} catch (error) {
				x23 = false;
				// prettier-ignore
				x24 = String(error instanceof Error ? error.message : error) + " evaluating rule: 'namespace/name' cannot be longer than 255 characters";
			}
		}
		if (!x23) {
			if (x24 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "metadata.name"), $cel_quoted(() => $cel_substring($cel_get($cel_get(x18 ??= $df26(v), "metadata"), "name"), 0, $cel_indexOf($cel_get($cel_get(x18 ??= $df26(v), "metadata"), "name"), ":")), "object"), "'namespace/name' cannot be longer than 255 characters"));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x24, "object"));
			}
		}
	}
	if (!r && $isObject(v) && !$createMeta(v, 0, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $v_ImageTagList(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.apiVersion;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields18($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.apiVersion;
		if (x3 != null) {
			if (!(x3 === "image.openshift.io/v1" || r && x3 === "v1")) {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $notSupported($field(p, "apiVersion"), x3, r ? ["image.openshift.io/v1", "v1"] : ["image.openshift.io/v1"]));
			}
		}
		let x4 = x1.items;
		if (x4 === undefined || x4 === null) {
			if (!r) {
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "items")));
			}
		} else {
			if (!Array.isArray(x4)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "items"), x4, "array"));
			} else {
				for (let x5 = 0; x5 < x4.length; x5++) {
					const x6 = x4[x5];
					if (!$v_ImageTag(x6, e === null ? "" : $index($field(p, "items"), x5), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		let x7 = x1.kind;
		if (x7 != null) {
			if (x7 !== "ImageTagList") {
				if (e === null) return false;
				ok = $fail(e, $notSupported($field(p, "kind"), x7, ["ImageTagList"]));
			}
		}
		let x8 = x1.metadata;
		if (x8 != null) {
			if (!$v_ListMeta(x8, e === null ? "" : $field(p, "metadata"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		if (s === 1 && !$knownOnly(v, $fields18, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_NamedTagEventList(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.conditions;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields15($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.conditions;
		if (x3 != null) {
			if (!Array.isArray(x3)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "conditions"), x3, "array"));
			} else {
				for (let x4 = 0; x4 < x3.length; x4++) {
					const x5 = x3[x4];
					if (!$v_TagEventCondition(x5, e === null ? "" : $index($field(p, "conditions"), x4), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		let x6 = x1.items;
		if (x6 === undefined || x6 === null) {
			if (!r) {
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "items")));
			}
		} else {
			if (!Array.isArray(x6)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "items"), x6, "array"));
			} else {
				for (let x7 = 0; x7 < x6.length; x7++) {
					const x8 = x6[x7];
					if (!$v_TagEvent(x8, e === null ? "" : $index($field(p, "items"), x7), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		let x9 = x1.tag;
		if (x9 === undefined || x9 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "tag")));
			}
		} else {
			if (typeof x9 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "tag"), x9, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields15, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_SignatureCondition(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.lastProbeTime;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields9($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.lastProbeTime;
		if (x3 != null) {
			if (!$v_Time(x3, e === null ? "" : $field(p, "lastProbeTime"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x4 = x1.lastTransitionTime;
		if (x4 != null) {
			if (!$v_Time(x4, e === null ? "" : $field(p, "lastTransitionTime"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x5 = x1.message;
		if (x5 != null) {
			if (typeof x5 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "message"), x5, "string"));
			}
		}
		let x6 = x1.reason;
		if (x6 != null) {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "reason"), x6, "string"));
			}
		}
		let x7 = x1.status;
		if (x7 === undefined || x7 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "status")));
			}
		} else {
			if (!(x7 === "True" || x7 === "False" || x7 === "Unknown")) {
				if (e === null) return false;
				ok = $fail(e, $notSupported($field(p, "status"), x7, [
					"True",
					"False",
					"Unknown"
				]));
			}
		}
		let x8 = x1.type;
		if (x8 === undefined || x8 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "type")));
			}
		} else {
			if (typeof x8 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "type"), x8, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields9, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_SignatureIssuer(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.commonName;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields10($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.commonName;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "commonName"), x3, "string"));
			}
		}
		let x4 = x1.organization;
		if (x4 != null) {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "organization"), x4, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields10, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_SignatureSubject(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.commonName;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields11($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.commonName;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "commonName"), x3, "string"));
			}
		}
		let x4 = x1.organization;
		if (x4 != null) {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "organization"), x4, "string"));
			}
		}
		let x5 = x1.publicKeyID;
		if (x5 === undefined || x5 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "publicKeyID")));
			}
		} else {
			if (typeof x5 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "publicKeyID"), x5, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields11, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_TagEvent(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.created;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields14($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.created;
		if (x3 === undefined || x3 === null) {
			if (!r) {
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "created")));
			}
		} else {
			if (!$v_Time(x3, e === null ? "" : $field(p, "created"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x4 = x1.dockerImageReference;
		if (x4 === undefined || x4 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "dockerImageReference")));
			}
		} else {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dockerImageReference"), x4, "string"));
			}
		}
		let x5 = x1.generation;
		if (x5 === undefined || x5 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "generation")));
			}
		} else {
			if (typeof x5 !== "number" || !Number.isInteger(x5)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "generation"), x5, "integer"));
			} else {
				if (!Number.isSafeInteger(x5)) {
					if (e === null) return false;
					// prettier-ignore
					ok = $fail(e, $invalid($field(p, "generation"), x5, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		let x6 = x1.image;
		if (x6 === undefined || x6 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "image")));
			}
		} else {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "image"), x6, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields14, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_TagEventCondition(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.generation;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields13($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.generation;
		if (x3 === undefined || x3 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "generation")));
			}
		} else {
			if (typeof x3 !== "number" || !Number.isInteger(x3)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "generation"), x3, "integer"));
			} else {
				if (!Number.isSafeInteger(x3)) {
					if (e === null) return false;
					// prettier-ignore
					ok = $fail(e, $invalid($field(p, "generation"), x3, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		let x4 = x1.lastTransitionTime;
		if (x4 != null) {
			if (!$v_Time(x4, e === null ? "" : $field(p, "lastTransitionTime"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x5 = x1.message;
		if (x5 != null) {
			if (typeof x5 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "message"), x5, "string"));
			}
		}
		let x6 = x1.reason;
		if (x6 != null) {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "reason"), x6, "string"));
			}
		}
		let x7 = x1.status;
		if (x7 === undefined || x7 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "status")));
			}
		} else {
			if (!(x7 === "True" || x7 === "False" || x7 === "Unknown")) {
				if (e === null) return false;
				ok = $fail(e, $notSupported($field(p, "status"), x7, [
					"True",
					"False",
					"Unknown"
				]));
			}
		}
		let x8 = x1.type;
		if (x8 === undefined || x8 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "type")));
			}
		} else {
			if (typeof x8 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "type"), x8, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields13, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_TagImportPolicy(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.importMode;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields19($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.importMode;
		if (x3 != null) {
			if (!(x3 === "" || x3 === "Legacy" || x3 === "PreserveOriginal")) {
				if (e === null) return false;
				ok = $fail(e, $notSupported($field(p, "importMode"), x3, ["Legacy", "PreserveOriginal"]));
			}
		}
		let x4 = x1.insecure;
		if (x4 != null) {
			if (typeof x4 !== "boolean") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "insecure"), x4, "boolean"));
			}
		}
		let x5 = x1.scheduled;
		if (x5 != null) {
			if (typeof x5 !== "boolean") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "scheduled"), x5, "boolean"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields19, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_TagReference(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	const x15 = e === null ? 0 : e.length;
	let x2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.annotations;
		x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields21($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.annotations;
		if (x3 != null) {
			if (!$isObject(x3)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "annotations"), x3, "object"));
			} else {
				for (const x6 in x3) {
					if (!$hasOwn(x3, x6)) continue;
					const x7 = x3[x6];
					if (x7 !== null) {
						if (typeof x7 !== "string") {
							if (e === null) return false;
							ok = $fail(e, $typeInvalid($key($field(p, "annotations"), x6), x7, "string"));
						}
					}
				}
			}
		}
		let x8 = x1.from;
		if (x8 != null) {
			if (!$v_ObjectReference(x8, e === null ? "" : $field(p, "from"), e, r, m, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
			if (!$h15(x8, e === null ? "" : $field(p, "from"), e, r, m, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
			if ($isObject(x8)) {
				if (c === 1) {
					for (const x9 in x8) {
						if (!$hasOwn(x8, x9)) continue;
						switch (x9) {
							case "apiVersion":
							case "fieldPath":
							case "kind":
							case "name":
							case "namespace":
							case "resourceVersion":
							case "uid": continue;
						}
						{
							if (e === null) return false;
							ok = $fail(e, $unknownField($field($field(p, "from"), x9), x8[x9]));
						}
					}
				}
			}
		}
		let x10 = x1.generation;
		if (x10 != null) {
			if (typeof x10 !== "number" || !Number.isInteger(x10)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "generation"), x10, "integer"));
			} else {
				if (!Number.isSafeInteger(x10)) {
					if (e === null) return false;
					// prettier-ignore
					ok = $fail(e, $invalid($field(p, "generation"), x10, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		let x11 = x1.importPolicy;
		if (x11 != null) {
			if (!$v_TagImportPolicy(x11, e === null ? "" : $field(p, "importPolicy"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x12 = x1.name;
		if (x12 != null) {
			if (typeof x12 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "name"), x12, "string"));
			}
		}
		let x13 = x1.reference;
		if (x13 != null) {
			if (typeof x13 !== "boolean") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "reference"), x13, "boolean"));
			}
		}
		let x14 = x1.referencePolicy;
		if (x14 != null) {
			if (!$v_TagReferencePolicy(x14, e === null ? "" : $field(p, "referencePolicy"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		if (s === 1 && !$knownOnly(v, $fields21, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	const x22 = e === null || e.length === x15;
	let x23;
	let x16 = false;
	let x17;
	let x18;
	let x19;
	let x20;
	let x21;
	if (x22 && v !== null && v !== undefined && !r) {
		if ($isObject(v)) {
			if (x2 !== null && (x2 !== $objectPrototype || !$fields21($objectPrototype))) x16 = true;
			x17 = v.importPolicy;
			if (x17 === undefined || x17 === null) {
				x17 = $cd30;
			} else {
				if ($isObject(x17)) {
					x18 = x17.scheduled;
					const x24 = Object.getPrototypeOf(x17);
					if (x24 !== null && (x24 !== $objectPrototype || !$fields22($objectPrototype))) x16 = true;
				}
			}
			x19 = v.from;
			if ($isObject(x19)) {
				x20 = x19.kind;
				const x25 = Object.getPrototypeOf(x19);
				if (x25 !== null && (x25 !== $objectPrototype || !$fields20($objectPrototype))) x16 = true;
				x21 = x19.name;
			}
		}
	}
	if (x22 && v !== null && v !== undefined && !r) {
		let x26 = true;
		let x27 = "";
		try {
			// prettier-ignore
			x26 = $cel_true(x16 ? $cel_absent() : !(x17 !== undefined && x17 !== null) || !(x17 !== undefined && x17 !== null ? x18 !== undefined && x18 !== null : $cel_absent()) || $cel_not(x18 === undefined ? $cel_absent() : x18) || !(x19 !== undefined && x19 !== null) || (x20 === undefined ? $cel_absent() : x20) === "DockerImage");
		} catch {
			try {
				// prettier-ignore
				x26 = $cel_true($cel_or([
					() => $cel_not($cel_has(x23 ??= $df32(v), "importPolicy")),
					() => $cel_not($cel_has($cel_get(x23 ??= $df32(v), "importPolicy"), "scheduled")),
					() => $cel_not($cel_get($cel_get(x23 ??= $df32(v), "importPolicy"), "scheduled")),
					() => $cel_not($cel_has(x23 ??= $df32(v), "from")),
					() => $cel_eq($cel_get($cel_get(x23 ??= $df32(v), "from"), "kind"), "DockerImage")
				]));
			} catch (error) {
				x26 = false;
				// prettier-ignore
				x27 = String(error instanceof Error ? error.message : error) + " evaluating rule: only tags pointing to Docker repositories may be scheduled for background import";
			}
		}
		if (!x26) {
			if (x27 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "importPolicy.scheduled"), $cel_quoted(() => $cel_get($cel_get(x23 ??= $df32(v), "importPolicy"), "scheduled"), "object"), "only tags pointing to Docker repositories may be scheduled for background import"));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x27, "object"));
			}
		}
	}
	if (x22 && v !== null && v !== undefined && !r) {
		let x28 = true;
		let x29 = "";
		try {
			// prettier-ignore
			x28 = $cel_true(x16 ? $cel_absent() : !(x19 !== undefined && x19 !== null) || !(x19 !== undefined && x19 !== null ? x21 !== undefined && x21 !== null : $cel_absent()) || !(x19 !== undefined && x19 !== null ? x20 !== undefined && x20 !== null : $cel_absent()) || (x20 === undefined ? $cel_absent() : x20) !== "DockerImage" || (x21 === undefined ? $cel_absent() : x21) === "" || $cel_bool($cel_matches(x21 === undefined ? $cel_absent() : x21, "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$")) && ($cel_cmp($cel_size(x21 === undefined ? $cel_absent() : x21), 255) <= 0 || $cel_cmp($cel_size($cel_cmp($cel_lastIndexOf($cel_index($cel_split(x21 === undefined ? $cel_absent() : x21, "@"), 0), ":"), $cel_lastIndexOf($cel_index($cel_split(x21 === undefined ? $cel_absent() : x21, "@"), 0), "/")) > 0 ? $cel_substring($cel_index($cel_split(x21 === undefined ? $cel_absent() : x21, "@"), 0), 0, $cel_lastIndexOf($cel_index($cel_split(x21 === undefined ? $cel_absent() : x21, "@"), 0), ":")) : $cel_index($cel_split(x21 === undefined ? $cel_absent() : x21, "@"), 0)), 255) <= 0));
		} catch {
			try {
				// prettier-ignore
				x28 = $cel_true($cel_or([
					() => $cel_not($cel_has(x23 ??= $df32(v), "from")),
					() => $cel_not($cel_has($cel_get(x23 ??= $df32(v), "from"), "name")),
					() => $cel_not($cel_has($cel_get(x23 ??= $df32(v), "from"), "kind")),
					() => !$cel_eq($cel_get($cel_get(x23 ??= $df32(v), "from"), "kind"), "DockerImage"),
					() => $cel_eq($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), ""),
					() => $cel_and([() => $cel_matches($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"), () => $cel_or([() => $cel_cmp($cel_size($cel_get($cel_get(x23 ??= $df32(v), "from"), "name")), 255) <= 0, () => $cel_cmp($cel_size($cel_bool($cel_cmp($cel_lastIndexOf($cel_index($cel_split($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "@"), 0), ":"), $cel_lastIndexOf($cel_index($cel_split($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "@"), 0), "/")) > 0) ? $cel_substring($cel_index($cel_split($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "@"), 0), 0, $cel_lastIndexOf($cel_index($cel_split($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "@"), 0), ":")) : $cel_index($cel_split($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "@"), 0)), 255) <= 0])])
				]));
			} catch (error) {
				x28 = false;
				x29 = String(error instanceof Error ? error.message : error) + " evaluating rule: invalid reference format";
			}
		}
		if (!x28) {
			if (x29 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "from.name"), $cel_quoted(() => $cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "object"), $cel_message(() => $cel_bool($cel_not($cel_matches($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"))) ? $cel_bool($cel_matches($cel_lowerAscii($cel_get($cel_get(x23 ??= $df32(v), "from"), "name")), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$")) ? "repository name must be lowercase" : "invalid reference format" : "repository name must not be more than 255 characters", "invalid reference format")));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x29, "object"));
			}
		}
	}
	if (x22 && v !== null && v !== undefined && !r) {
		let x30 = true;
		let x31 = "";
		try {
			// prettier-ignore
			x30 = $cel_true(x16 ? $cel_absent() : !(x19 !== undefined && x19 !== null) || !(x19 !== undefined && x19 !== null ? x21 !== undefined && x21 !== null : $cel_absent()) || ((x20 === undefined ? $cel_absent() : x20) !== "ImageStreamTag" || $cel_bool($cel_matches(x21 === undefined ? $cel_absent() : x21, "^[^:]*(:[^:]*)?$"))) && ((x20 === undefined ? $cel_absent() : x20) !== "ImageStreamImage" || $cel_bool($cel_matches(x21 === undefined ? $cel_absent() : x21, "^[^@]*(@[^@]*)?$"))));
		} catch {
			try {
				// prettier-ignore
				x30 = $cel_true($cel_or([
					() => $cel_not($cel_has(x23 ??= $df32(v), "from")),
					() => $cel_not($cel_has($cel_get(x23 ??= $df32(v), "from"), "name")),
					() => $cel_and([() => $cel_or([() => !$cel_eq($cel_get($cel_get(x23 ??= $df32(v), "from"), "kind"), "ImageStreamTag"), () => $cel_matches($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "^[^:]*(:[^:]*)?$")]), () => $cel_or([() => !$cel_eq($cel_get($cel_get(x23 ??= $df32(v), "from"), "kind"), "ImageStreamImage"), () => $cel_matches($cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "^[^@]*(@[^@]*)?$")])])
				]));
			} catch (error) {
				x30 = false;
				// prettier-ignore
				x31 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>";
			}
		}
		if (!x30) {
			if (x31 === "") {
				if (e === null) return false;
				// prettier-ignore
				ok = $fail(e, $invalid($field(p, "from.name"), $cel_quoted(() => $cel_get($cel_get(x23 ??= $df32(v), "from"), "name"), "object"), "must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>"));
			} else {
				if (e === null) return false;
				ok = $fail(e, $rule(p, "FieldValueInvalid", x31, "object"));
			}
		}
	}
	return ok;
}
function $v_TagReferencePolicy(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.type;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields23($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.type;
		if (x3 != null) {
			if (!(x3 === "" || x3 === "Local" || x3 === "Source")) {
				if (e === null) return false;
				ok = $fail(e, $notSupported($field(p, "type"), x3, ["Local", "Source"]));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields23, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_ObjectReference(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.apiVersion;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields24($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.apiVersion;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "apiVersion"), x3, "string"));
			}
		}
		let x4 = x1.fieldPath;
		if (x4 != null) {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "fieldPath"), x4, "string"));
			}
		}
		let x5 = x1.kind;
		if (x5 != null) {
			if (typeof x5 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "kind"), x5, "string"));
			}
		}
		let x6 = x1.name;
		if (x6 != null) {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "name"), x6, "string"));
			}
		}
		let x7 = x1.namespace;
		if (x7 != null) {
			if (typeof x7 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "namespace"), x7, "string"));
			}
		}
		let x8 = x1.resourceVersion;
		if (x8 != null) {
			if (typeof x8 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "resourceVersion"), x8, "string"));
			}
		}
		let x9 = x1.uid;
		if (x9 != null) {
			if (typeof x9 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "uid"), x9, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields24, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_DeleteOptions(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.apiVersion;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields25($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.apiVersion;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "apiVersion"), x3, "string"));
			}
		}
		let x4 = x1.dryRun;
		if (x4 != null) {
			if (!Array.isArray(x4)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "dryRun"), x4, "array"));
			} else {
				for (let x5 = 0; x5 < x4.length; x5++) {
					const x6 = x4[x5];
					if (typeof x6 !== "string") {
						if (e === null) return false;
						ok = $fail(e, $typeInvalid($index($field(p, "dryRun"), x5), x6, "string"));
					}
				}
			}
		}
		let x7 = x1.gracePeriodSeconds;
		if (x7 != null) {
			if (typeof x7 !== "number" || !Number.isInteger(x7)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "gracePeriodSeconds"), x7, "integer"));
			} else {
				if (!Number.isSafeInteger(x7)) {
					if (e === null) return false;
					// prettier-ignore
					ok = $fail(e, $invalid($field(p, "gracePeriodSeconds"), x7, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		let x8 = x1.ignoreStoreReadErrorWithClusterBreakingPotential;
		if (x8 != null) {
			if (typeof x8 !== "boolean") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "ignoreStoreReadErrorWithClusterBreakingPotential"), x8, "boolean"));
			}
		}
		let x9 = x1.kind;
		if (x9 != null) {
			if (typeof x9 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "kind"), x9, "string"));
			}
		}
		let x10 = x1.orphanDependents;
		if (x10 != null) {
			if (typeof x10 !== "boolean") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "orphanDependents"), x10, "boolean"));
			}
		}
		let x11 = x1.preconditions;
		if (x11 != null) {
			if (!$v_Preconditions(x11, e === null ? "" : $field(p, "preconditions"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x12 = x1.propagationPolicy;
		if (x12 != null) {
			if (typeof x12 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "propagationPolicy"), x12, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields25, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_FieldsV1(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	}
	return ok;
}
function $v_ListMeta(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.continue;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields26($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.continue;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "continue"), x3, "string"));
			}
		}
		let x4 = x1.remainingItemCount;
		if (x4 != null) {
			if (typeof x4 !== "number" || !Number.isInteger(x4)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "remainingItemCount"), x4, "integer"));
			} else {
				if (!Number.isSafeInteger(x4)) {
					if (e === null) return false;
					// prettier-ignore
					ok = $fail(e, $invalid($field(p, "remainingItemCount"), x4, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		let x5 = x1.resourceVersion;
		if (x5 != null) {
			if (typeof x5 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "resourceVersion"), x5, "string"));
			}
		}
		let x6 = x1.selfLink;
		if (x6 != null) {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "selfLink"), x6, "string"));
			}
		}
		let x7 = x1.shardInfo;
		if (x7 != null) {
			if (!$v_ShardInfo(x7, e === null ? "" : $field(p, "shardInfo"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		if (s === 1 && !$knownOnly(v, $fields26, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_ManagedFieldsEntry(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.apiVersion;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields6($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.apiVersion;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "apiVersion"), x3, "string"));
			}
		}
		let x4 = x1.fieldsType;
		if (x4 != null) {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "fieldsType"), x4, "string"));
			}
		}
		let x5 = x1.fieldsV1;
		if (x5 != null) {
			if (!$v_FieldsV1(x5, e === null ? "" : $field(p, "fieldsV1"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x6 = x1.manager;
		if (x6 != null) {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "manager"), x6, "string"));
			}
		}
		let x7 = x1.operation;
		if (x7 != null) {
			if (typeof x7 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "operation"), x7, "string"));
			}
		}
		let x8 = x1.subresource;
		if (x8 != null) {
			if (typeof x8 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "subresource"), x8, "string"));
			}
		}
		let x9 = x1.time;
		if (x9 != null) {
			if (!$v_Time(x9, e === null ? "" : $field(p, "time"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		if (s === 1 && !$knownOnly(v, $fields6, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_ObjectMeta(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3;
		let x8;
		let x9;
		let x10;
		let x11;
		let x14;
		let x15;
		let x16;
		let x21;
		let x24;
		let x25;
		let x26;
		let x29;
		let x30;
		let x31;
		for (const x32 of Object.getOwnPropertyNames(v)) {
			switch (x32.length) {
				case 3:
					if (x32 === "uid") x31 = v.uid;
					break;
				case 4:
					if (x32 === "name") x24 = v.name;
					break;
				case 6:
					if (x32 === "labels") x16 = v.labels;
					break;
				case 8:
					if (x32 === "selfLink") x30 = v.selfLink;
					break;
				case 9:
					if (x32 === "namespace") x25 = v.namespace;
					break;
				case 10:
					if (x32 === "finalizers") x11 = v.finalizers;
					else if (x32 === "generation") x15 = v.generation;
					break;
				case 11:
					if (x32 === "annotations") x3 = v.annotations;
					break;
				case 12:
					if (x32 === "generateName") x14 = v.generateName;
					break;
				case 13:
					if (x32 === "managedFields") x21 = v.managedFields;
					break;
				case 15:
					if (x32 === "ownerReferences") x26 = v.ownerReferences;
					else if (x32 === "resourceVersion") x29 = v.resourceVersion;
					break;
				case 17:
					if (x32 === "creationTimestamp") x8 = v.creationTimestamp;
					else if (x32 === "deletionTimestamp") x10 = v.deletionTimestamp;
					break;
				case 26:
					if (x32 === "deletionGracePeriodSeconds") x9 = v.deletionGracePeriodSeconds;
					break;
			}
		}
		if (x3 != null) {
			if (!$isObject(x3)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "annotations"), x3, "object"));
			} else {
				for (const x6 in x3) {
					if (!$hasOwn(x3, x6)) continue;
					const x7 = x3[x6];
					if (x7 !== null) {
						if (typeof x7 !== "string") {
							if (e === null) return false;
							ok = $fail(e, $typeInvalid($key($field(p, "annotations"), x6), x7, "string"));
						}
					}
				}
			}
		}
		if (x8 != null) {
			if (!$v_Time(x8, e === null ? "" : $field(p, "creationTimestamp"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		if (x9 != null) {
			if (typeof x9 !== "number" || !Number.isInteger(x9)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "deletionGracePeriodSeconds"), x9, "integer"));
			} else {
				if (!Number.isSafeInteger(x9)) {
					if (e === null) return false;
					// prettier-ignore
					ok = $fail(e, $invalid($field(p, "deletionGracePeriodSeconds"), x9, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		if (x10 != null) {
			if (!$v_Time(x10, e === null ? "" : $field(p, "deletionTimestamp"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		if (x11 != null) {
			if (!Array.isArray(x11)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "finalizers"), x11, "array"));
			} else {
				for (let x12 = 0; x12 < x11.length; x12++) {
					const x13 = x11[x12];
					if (typeof x13 !== "string") {
						if (e === null) return false;
						ok = $fail(e, $typeInvalid($index($field(p, "finalizers"), x12), x13, "string"));
					}
				}
			}
		}
		if (x14 != null) {
			if (typeof x14 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "generateName"), x14, "string"));
			}
		}
		if (x15 != null) {
			if (typeof x15 !== "number" || !Number.isInteger(x15)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "generation"), x15, "integer"));
			} else {
				if (!Number.isSafeInteger(x15)) {
					if (e === null) return false;
					// prettier-ignore
					ok = $fail(e, $invalid($field(p, "generation"), x15, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		if (x16 != null) {
			if (!$isObject(x16)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "labels"), x16, "object"));
			} else {
				for (const x19 in x16) {
					if (!$hasOwn(x16, x19)) continue;
					const x20 = x16[x19];
					if (x20 !== null) {
						if (typeof x20 !== "string") {
							if (e === null) return false;
							ok = $fail(e, $typeInvalid($key($field(p, "labels"), x19), x20, "string"));
						}
					}
				}
			}
		}
		if (x21 != null) {
			if (!Array.isArray(x21)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "managedFields"), x21, "array"));
			} else {
				for (let x22 = 0; x22 < x21.length; x22++) {
					const x23 = x21[x22];
					if (!$v_ManagedFieldsEntry(x23, e === null ? "" : $index($field(p, "managedFields"), x22), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		if (x24 != null) {
			if (typeof x24 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "name"), x24, "string"));
			}
		}
		if (x25 != null) {
			if (typeof x25 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "namespace"), x25, "string"));
			}
		}
		if (x26 != null) {
			if (!Array.isArray(x26)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "ownerReferences"), x26, "array"));
			} else {
				for (let x27 = 0; x27 < x26.length; x27++) {
					const x28 = x26[x27];
					if (!$v_OwnerReference(x28, e === null ? "" : $index($field(p, "ownerReferences"), x27), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		if (x29 != null) {
			if (typeof x29 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "resourceVersion"), x29, "string"));
			}
		}
		if (x30 != null) {
			if (typeof x30 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "selfLink"), x30, "string"));
			}
		}
		if (x31 != null) {
			if (typeof x31 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "uid"), x31, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields8, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_OwnerReference(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.apiVersion;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields7($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.apiVersion;
		if (x3 === undefined || x3 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "apiVersion")));
			}
		} else {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "apiVersion"), x3, "string"));
			}
		}
		let x4 = x1.blockOwnerDeletion;
		if (x4 != null) {
			if (typeof x4 !== "boolean") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "blockOwnerDeletion"), x4, "boolean"));
			}
		}
		let x5 = x1.controller;
		if (x5 != null) {
			if (typeof x5 !== "boolean") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "controller"), x5, "boolean"));
			}
		}
		let x6 = x1.kind;
		if (x6 === undefined || x6 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "kind")));
			}
		} else {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "kind"), x6, "string"));
			}
		}
		let x7 = x1.name;
		if (x7 === undefined || x7 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "name")));
			}
		} else {
			if (typeof x7 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "name"), x7, "string"));
			}
		}
		let x8 = x1.uid;
		if (x8 === undefined || x8 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "uid")));
			}
		} else {
			if (typeof x8 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "uid"), x8, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields7, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_Patch(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	}
	return ok;
}
function $v_Preconditions(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.resourceVersion;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields27($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.resourceVersion;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "resourceVersion"), x3, "string"));
			}
		}
		let x4 = x1.uid;
		if (x4 != null) {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "uid"), x4, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields27, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_ShardInfo(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.selector;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields28($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.selector;
		if (x3 === undefined || x3 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "selector")));
			}
		} else {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "selector"), x3, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields28, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_Status(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.apiVersion;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields29($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.apiVersion;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "apiVersion"), x3, "string"));
			}
		}
		let x4 = x1.code;
		if (x4 != null) {
			if (typeof x4 !== "number" || !Number.isInteger(x4)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "code"), x4, "integer"));
			} else {
				if (x4 < -2147483648 || x4 > 2147483647) {
					if (e === null) return false;
					ok = $fail(e, $invalid($field(p, "code"), x4, "must fit in a 32-bit integer"));
				}
			}
		}
		let x5 = x1.details;
		if (x5 != null) {
			if (!$v_StatusDetails(x5, e === null ? "" : $field(p, "details"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x6 = x1.kind;
		if (x6 != null) {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "kind"), x6, "string"));
			}
		}
		let x7 = x1.message;
		if (x7 != null) {
			if (typeof x7 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "message"), x7, "string"));
			}
		}
		let x8 = x1.metadata;
		if (x8 != null) {
			if (!$v_ListMeta(x8, e === null ? "" : $field(p, "metadata"), e, r, c, d + 1)) {
				if (e === null) return false;
				ok = false;
			}
		}
		let x9 = x1.reason;
		if (x9 != null) {
			if (typeof x9 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "reason"), x9, "string"));
			}
		}
		let x10 = x1.status;
		if (x10 != null) {
			if (typeof x10 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "status"), x10, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields29, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_StatusCause(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.field;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields30($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.field;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "field"), x3, "string"));
			}
		}
		let x4 = x1.message;
		if (x4 != null) {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "message"), x4, "string"));
			}
		}
		let x5 = x1.reason;
		if (x5 != null) {
			if (typeof x5 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "reason"), x5, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields30, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_StatusDetails(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	const c = s === 0 ? 0 : 1;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.causes;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields31($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.causes;
		if (x3 != null) {
			if (!Array.isArray(x3)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "causes"), x3, "array"));
			} else {
				for (let x4 = 0; x4 < x3.length; x4++) {
					const x5 = x3[x4];
					if (!$v_StatusCause(x5, e === null ? "" : $index($field(p, "causes"), x4), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		let x6 = x1.group;
		if (x6 != null) {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "group"), x6, "string"));
			}
		}
		let x7 = x1.kind;
		if (x7 != null) {
			if (typeof x7 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "kind"), x7, "string"));
			}
		}
		let x8 = x1.name;
		if (x8 != null) {
			if (typeof x8 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "name"), x8, "string"));
			}
		}
		let x9 = x1.retryAfterSeconds;
		if (x9 != null) {
			if (typeof x9 !== "number" || !Number.isInteger(x9)) {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "retryAfterSeconds"), x9, "integer"));
			} else {
				if (x9 < -2147483648 || x9 > 2147483647) {
					if (e === null) return false;
					ok = $fail(e, $invalid($field(p, "retryAfterSeconds"), x9, "must fit in a 32-bit integer"));
				}
			}
		}
		let x10 = x1.uid;
		if (x10 != null) {
			if (typeof x10 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "uid"), x10, "string"));
			}
		}
		if (s === 1 && !$knownOnly(v, $fields31, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_Time(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (typeof v !== "string") {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "string"));
	} else {
		if (!$isDateTime(v)) {
			if (e === null) return false;
			ok = $fail(e, $invalid(p, v, "must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z"));
		}
	}
	return ok;
}
function $v_RawExtension(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	}
	return ok;
}
function $dd_ImageLayer(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields2($objectPrototype) ? v : $own(v);
	if (!$dString(x1.mediaType, p, "mediaType", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.name, p, "name", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dInt64(x1.size, p, "size", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields2, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_ImageManifest(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields3($objectPrototype) ? v : $own(v);
	if (!$dString(x1.architecture, p, "architecture", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.digest, p, "digest", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dInt64(x1.manifestSize, p, "manifestSize", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.mediaType, p, "mediaType", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.os, p, "os", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.variant, p, "variant", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields3, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_ManagedFieldsEntry(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields6($objectPrototype) ? v : $own(v);
	if (!$dString(x1.apiVersion, p, "apiVersion", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.fieldsType, p, "fieldsType", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.manager, p, "manager", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.operation, p, "operation", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.subresource, p, "subresource", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dFormat(x1.time, $isDateTime, $dm32, p, "time", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields6, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_OwnerReference(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields7($objectPrototype) ? v : $own(v);
	if (!$dString(x1.apiVersion, p, "apiVersion", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dBoolean(x1.blockOwnerDeletion, p, "blockOwnerDeletion", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dBoolean(x1.controller, p, "controller", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.kind, p, "kind", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.name, p, "name", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.uid, p, "uid", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields7, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_ObjectMeta(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const c = s === 0 ? 0 : 1;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields8($objectPrototype) ? v : $own(v);
	const x3 = x1.annotations;
	if (x3 !== undefined && x3 !== null) {
		if (!$isObject(x3)) {
			if (e === null) return false;
			ok = $fail(e, $typeInvalid($field(p, "annotations"), x3, "object"));
		} else {
			for (const x6 in x3) {
				if (!$hasOwn(x3, x6)) continue;
				const x7 = x3[x6];
				if (typeof x7 !== "string" && x7 !== null) {
					if (e === null) return false;
					ok = $fail(e, $typeInvalid($key($field(p, "annotations"), x6), x7, "string"));
				}
			}
		}
	}
	if (!$dFormat(x1.creationTimestamp, $isDateTime, $dm32, p, "creationTimestamp", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dInt64(x1.deletionGracePeriodSeconds, p, "deletionGracePeriodSeconds", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dFormat(x1.deletionTimestamp, $isDateTime, $dm32, p, "deletionTimestamp", e)) {
		if (e === null) return false;
		ok = false;
	}
	const x11 = x1.finalizers;
	if (x11 !== undefined && x11 !== null) {
		if (!Array.isArray(x11)) {
			if (e === null) return false;
			ok = $fail(e, $typeInvalid($field(p, "finalizers"), x11, "array"));
		} else {
			for (let x12 = 0; x12 < x11.length; x12++) {
				const x13 = x11[x12];
				if (typeof x13 !== "string" && x13 !== null) {
					if (e === null) return false;
					ok = $fail(e, $typeInvalid($index($field(p, "finalizers"), x12), x13, "string"));
				}
			}
		}
	}
	if (!$dString(x1.generateName, p, "generateName", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dInt64(x1.generation, p, "generation", e)) {
		if (e === null) return false;
		ok = false;
	}
	const x16 = x1.labels;
	if (x16 !== undefined && x16 !== null) {
		if (!$isObject(x16)) {
			if (e === null) return false;
			ok = $fail(e, $typeInvalid($field(p, "labels"), x16, "object"));
		} else {
			for (const x19 in x16) {
				if (!$hasOwn(x16, x19)) continue;
				const x20 = x16[x19];
				if (typeof x20 !== "string" && x20 !== null) {
					if (e === null) return false;
					ok = $fail(e, $typeInvalid($key($field(p, "labels"), x19), x20, "string"));
				}
			}
		}
	}
	if (!$dList(x1.managedFields, $dd_ManagedFieldsEntry, p, "managedFields", e, r, c, d + 3)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.name, p, "name", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.namespace, p, "namespace", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dList(x1.ownerReferences, $dd_OwnerReference, p, "ownerReferences", e, r, c, d + 3)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.resourceVersion, p, "resourceVersion", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.selfLink, p, "selfLink", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.uid, p, "uid", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields8, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_SignatureCondition(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields9($objectPrototype) ? v : $own(v);
	if (!$dFormat(x1.lastProbeTime, $isDateTime, $dm32, p, "lastProbeTime", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dFormat(x1.lastTransitionTime, $isDateTime, $dm32, p, "lastTransitionTime", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.message, p, "message", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.reason, p, "reason", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.status, p, "status", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.type, p, "type", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields9, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_SignatureIssuer(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields10($objectPrototype) ? v : $own(v);
	if (!$dString(x1.commonName, p, "commonName", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.organization, p, "organization", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields10, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_SignatureSubject(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields11($objectPrototype) ? v : $own(v);
	if (!$dString(x1.commonName, p, "commonName", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.organization, p, "organization", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.publicKeyID, p, "publicKeyID", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields11, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_ImageSignature(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const c = s === 0 ? 0 : 1;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields4($objectPrototype) ? v : $own(v);
	if (!$dString(x1.apiVersion, p, "apiVersion", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dList(x1.conditions, $dd_SignatureCondition, p, "conditions", e, r, c, d + 3)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dFormat(x1.content, $isBase64, $dm39, p, "content", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dFormat(x1.created, $isDateTime, $dm32, p, "created", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.imageIdentity, p, "imageIdentity", e)) {
		if (e === null) return false;
		ok = false;
	}
	const x10 = x1.issuedBy;
	if (x10 !== undefined) {
		if (!$dd_SignatureIssuer(x10, e === null ? "" : $field(p, "issuedBy"), e, r, c, d + 2)) {
			if (e === null) return false;
			ok = false;
		}
	}
	const x11 = x1.issuedTo;
	if (x11 !== undefined) {
		if (!$dd_SignatureSubject(x11, e === null ? "" : $field(p, "issuedTo"), e, r, c, d + 2)) {
			if (e === null) return false;
			ok = false;
		}
	}
	if (!$dString(x1.kind, p, "kind", e)) {
		if (e === null) return false;
		ok = false;
	}
	const x13 = x1.metadata;
	if (x13 !== undefined) {
		if (!$dd_ObjectMeta(x13, e === null ? "" : $field(p, "metadata"), e, r, c, d + 2)) {
			if (e === null) return false;
			ok = false;
		}
	}
	const x14 = x1.signedClaims;
	if (x14 !== undefined && x14 !== null) {
		if (!$isObject(x14)) {
			if (e === null) return false;
			ok = $fail(e, $typeInvalid($field(p, "signedClaims"), x14, "object"));
		} else {
			for (const x17 in x14) {
				if (!$hasOwn(x14, x17)) continue;
				const x18 = x14[x17];
				if (typeof x18 !== "string" && x18 !== null) {
					if (e === null) return false;
					ok = $fail(e, $typeInvalid($key($field(p, "signedClaims"), x17), x18, "string"));
				}
			}
		}
	}
	if (!$dString(x1.type, p, "type", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields4, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_Image(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const c = s === 0 ? 0 : 1;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields1($objectPrototype) ? v : $own(v);
	if (!$dString(x1.apiVersion, p, "apiVersion", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.dockerImageConfig, p, "dockerImageConfig", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dList(x1.dockerImageLayers, $dd_ImageLayer, p, "dockerImageLayers", e, r, c, d + 3)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.dockerImageManifest, p, "dockerImageManifest", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.dockerImageManifestMediaType, p, "dockerImageManifestMediaType", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dList(x1.dockerImageManifests, $dd_ImageManifest, p, "dockerImageManifests", e, r, c, d + 3)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.dockerImageMetadataVersion, p, "dockerImageMetadataVersion", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.dockerImageReference, p, "dockerImageReference", e)) {
		if (e === null) return false;
		ok = false;
	}
	const x16 = x1.dockerImageSignatures;
	if (x16 !== undefined && x16 !== null) {
		if (!Array.isArray(x16)) {
			if (e === null) return false;
			ok = $fail(e, $typeInvalid($field(p, "dockerImageSignatures"), x16, "array"));
		} else {
			for (let x17 = 0; x17 < x16.length; x17++) {
				const x18 = x16[x17];
				if (typeof x18 === "string" ? !$isBase64(x18) : x18 !== null) {
					if (e === null) return false;
					ok = $fail(e, $notFormat($index($field(p, "dockerImageSignatures"), x17), x18, "must be base64-encoded"));
				}
			}
		}
	}
	if (!$dString(x1.kind, p, "kind", e)) {
		if (e === null) return false;
		ok = false;
	}
	const x20 = x1.metadata;
	if (x20 !== undefined) {
		if (!$dd_ObjectMeta(x20, e === null ? "" : $field(p, "metadata"), e, r, c, d + 2)) {
			if (e === null) return false;
			ok = false;
		}
	}
	if (!$dList(x1.signatures, $dd_ImageSignature, p, "signatures", e, r, c, d + 3)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields1, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $h11(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.name;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields12($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.name;
		if (x3 != null) {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "name"), x3, "string"));
			} else {
				if (!$re40.test(x3)) {
					if (e === null) return false;
					ok = $fail(e, $invalid($field(p, "name"), x3, "must match ^[a-z0-9]+(?:[._-][a-z0-9]+)*:[^:@/%]+$"));
				}
			}
		}
		if (s === 1 && !$knownOnly(v, $fields12, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $dd_TagEventCondition(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields13($objectPrototype) ? v : $own(v);
	if (!$dInt64(x1.generation, p, "generation", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dFormat(x1.lastTransitionTime, $isDateTime, $dm32, p, "lastTransitionTime", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.message, p, "message", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.reason, p, "reason", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.status, p, "status", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.type, p, "type", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields13, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_TagEvent(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields14($objectPrototype) ? v : $own(v);
	if (!$dFormat(x1.created, $isDateTime, $dm32, p, "created", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.dockerImageReference, p, "dockerImageReference", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dInt64(x1.generation, p, "generation", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.image, p, "image", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields14, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $dd_NamedTagEventList(v, p, e, r, s, d) {
	if (d > 256 || !$isObject(v)) return $dRefused(v, p, e, d);
	let ok = true;
	const c = s === 0 ? 0 : 1;
	const x2 = Object.getPrototypeOf(v);
	const x1 = x2 === null || x2 === $objectPrototype && $fields15($objectPrototype) ? v : $own(v);
	if (!$dList(x1.conditions, $dd_TagEventCondition, p, "conditions", e, r, c, d + 3)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dList(x1.items, $dd_TagEvent, p, "items", e, r, c, d + 3)) {
		if (e === null) return false;
		ok = false;
	}
	if (!$dString(x1.tag, p, "tag", e)) {
		if (e === null) return false;
		ok = false;
	}
	if (s === 1 && !$knownOnly(v, $fields15, p, e)) {
		if (e === null) return false;
		ok = false;
	}
	return ok;
}
function $h15(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) return $tooDeep(v, p, e);
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = $fail(e, $typeInvalid(p, v, "object"));
	} else {
		let x3 = v.kind;
		const x2 = Object.getPrototypeOf(v);
		const x1 = x2 === null || x2 === $objectPrototype && $fields20($objectPrototype) ? v : $own(v);
		if (x1 !== v) x3 = x1.kind;
		if (x3 === undefined || x3 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "kind")));
			}
		} else {
			if (!(x3 === "DockerImage" || x3 === "ImageStreamImage" || x3 === "ImageStreamTag")) {
				if (e === null) return false;
				ok = $fail(e, $notSupported($field(p, "kind"), x3, [
					"DockerImage",
					"ImageStreamImage",
					"ImageStreamTag"
				]));
			}
		}
		let x4 = x1.name;
		if (x4 === undefined || x4 === null) {
			{
				if (e === null) return false;
				ok = $fail(e, $required($field(p, "name")));
			}
		} else {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = $fail(e, $typeInvalid($field(p, "name"), x4, "string"));
			} else {
				if ($length(x4) < 1) {
					if (e === null) return false;
					ok = $fail(e, $required($field(p, "name")));
				}
			}
		}
		if (s === 1 && !$knownOnly(v, $fields20, p, e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
/** True when `value` is a valid {@link Image }; allocates nothing when it is. */
export function isImage(value, options) {
	const flags = $flags(options);
	try {
		return $v_Image(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link Image } and returns it typed, or every field error. */
export function validateImage(value, options) {
	return $validate($v_Image, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Image }. */
export function assertImage(value, options) {
	const result = validateImage(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ImageLayer }; allocates nothing when it is. */
export function isImageLayer(value, options) {
	const flags = $flags(options);
	try {
		return $v_ImageLayer(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ImageLayer } and returns it typed, or every field error. */
export function validateImageLayer(value, options) {
	return $validate($v_ImageLayer, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageLayer }. */
export function assertImageLayer(value, options) {
	const result = validateImageLayer(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ImageManifest }; allocates nothing when it is. */
export function isImageManifest(value, options) {
	const flags = $flags(options);
	try {
		return $v_ImageManifest(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ImageManifest } and returns it typed, or every field error. */
export function validateImageManifest(value, options) {
	return $validate($v_ImageManifest, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageManifest }. */
export function assertImageManifest(value, options) {
	const result = validateImageManifest(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ImageSignature }; allocates nothing when it is. */
export function isImageSignature(value, options) {
	const flags = $flags(options);
	try {
		return $v_ImageSignature(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ImageSignature } and returns it typed, or every field error. */
export function validateImageSignature(value, options) {
	return $validate($v_ImageSignature, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageSignature }. */
export function assertImageSignature(value, options) {
	const result = validateImageSignature(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ImageTag }; allocates nothing when it is. */
export function isImageTag(value, options) {
	const flags = $flags(options);
	try {
		return $v_ImageTag(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ImageTag } and returns it typed, or every field error. */
export function validateImageTag(value, options) {
	return $validate($v_ImageTag, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageTag }. */
export function assertImageTag(value, options) {
	const result = validateImageTag(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ImageTagList }; allocates nothing when it is. */
export function isImageTagList(value, options) {
	const flags = $flags(options);
	try {
		return $v_ImageTagList(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ImageTagList } and returns it typed, or every field error. */
export function validateImageTagList(value, options) {
	return $validate($v_ImageTagList, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageTagList }. */
export function assertImageTagList(value, options) {
	const result = validateImageTagList(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link NamedTagEventList }; allocates nothing when it is. */
export function isNamedTagEventList(value, options) {
	const flags = $flags(options);
	try {
		return $v_NamedTagEventList(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link NamedTagEventList } and returns it typed, or every field error. */
export function validateNamedTagEventList(value, options) {
	return $validate($v_NamedTagEventList, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link NamedTagEventList }. */
export function assertNamedTagEventList(value, options) {
	const result = validateNamedTagEventList(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link SignatureCondition }; allocates nothing when it is. */
export function isSignatureCondition(value, options) {
	const flags = $flags(options);
	try {
		return $v_SignatureCondition(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link SignatureCondition } and returns it typed, or every field error. */
export function validateSignatureCondition(value, options) {
	return $validate($v_SignatureCondition, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link SignatureCondition }. */
export function assertSignatureCondition(value, options) {
	const result = validateSignatureCondition(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link SignatureIssuer }; allocates nothing when it is. */
export function isSignatureIssuer(value, options) {
	const flags = $flags(options);
	try {
		return $v_SignatureIssuer(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link SignatureIssuer } and returns it typed, or every field error. */
export function validateSignatureIssuer(value, options) {
	return $validate($v_SignatureIssuer, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link SignatureIssuer }. */
export function assertSignatureIssuer(value, options) {
	const result = validateSignatureIssuer(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link SignatureSubject }; allocates nothing when it is. */
export function isSignatureSubject(value, options) {
	const flags = $flags(options);
	try {
		return $v_SignatureSubject(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link SignatureSubject } and returns it typed, or every field error. */
export function validateSignatureSubject(value, options) {
	return $validate($v_SignatureSubject, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link SignatureSubject }. */
export function assertSignatureSubject(value, options) {
	const result = validateSignatureSubject(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link TagEvent }; allocates nothing when it is. */
export function isTagEvent(value, options) {
	const flags = $flags(options);
	try {
		return $v_TagEvent(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link TagEvent } and returns it typed, or every field error. */
export function validateTagEvent(value, options) {
	return $validate($v_TagEvent, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagEvent }. */
export function assertTagEvent(value, options) {
	const result = validateTagEvent(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link TagEventCondition }; allocates nothing when it is. */
export function isTagEventCondition(value, options) {
	const flags = $flags(options);
	try {
		return $v_TagEventCondition(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link TagEventCondition } and returns it typed, or every field error. */
export function validateTagEventCondition(value, options) {
	return $validate($v_TagEventCondition, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagEventCondition }. */
export function assertTagEventCondition(value, options) {
	const result = validateTagEventCondition(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link TagImportPolicy }; allocates nothing when it is. */
export function isTagImportPolicy(value, options) {
	const flags = $flags(options);
	try {
		return $v_TagImportPolicy(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link TagImportPolicy } and returns it typed, or every field error. */
export function validateTagImportPolicy(value, options) {
	return $validate($v_TagImportPolicy, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagImportPolicy }. */
export function assertTagImportPolicy(value, options) {
	const result = validateTagImportPolicy(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link TagReference }; allocates nothing when it is. */
export function isTagReference(value, options) {
	const flags = $flags(options);
	try {
		return $v_TagReference(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link TagReference } and returns it typed, or every field error. */
export function validateTagReference(value, options) {
	return $validate($v_TagReference, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagReference }. */
export function assertTagReference(value, options) {
	const result = validateTagReference(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link TagReferencePolicy }; allocates nothing when it is. */
export function isTagReferencePolicy(value, options) {
	const flags = $flags(options);
	try {
		return $v_TagReferencePolicy(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link TagReferencePolicy } and returns it typed, or every field error. */
export function validateTagReferencePolicy(value, options) {
	return $validate($v_TagReferencePolicy, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagReferencePolicy }. */
export function assertTagReferencePolicy(value, options) {
	const result = validateTagReferencePolicy(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ObjectReference }; allocates nothing when it is. */
export function isObjectReference(value, options) {
	const flags = $flags(options);
	try {
		return $v_ObjectReference(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ObjectReference } and returns it typed, or every field error. */
export function validateObjectReference(value, options) {
	return $validate($v_ObjectReference, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ObjectReference }. */
export function assertObjectReference(value, options) {
	const result = validateObjectReference(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link DeleteOptions }; allocates nothing when it is. */
export function isDeleteOptions(value, options) {
	const flags = $flags(options);
	try {
		return $v_DeleteOptions(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link DeleteOptions } and returns it typed, or every field error. */
export function validateDeleteOptions(value, options) {
	return $validate($v_DeleteOptions, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link DeleteOptions }. */
export function assertDeleteOptions(value, options) {
	const result = validateDeleteOptions(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link FieldsV1 }; allocates nothing when it is. */
export function isFieldsV1(value, options) {
	const flags = $flags(options);
	try {
		return $v_FieldsV1(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link FieldsV1 } and returns it typed, or every field error. */
export function validateFieldsV1(value, options) {
	return $validate($v_FieldsV1, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link FieldsV1 }. */
export function assertFieldsV1(value, options) {
	const result = validateFieldsV1(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ListMeta }; allocates nothing when it is. */
export function isListMeta(value, options) {
	const flags = $flags(options);
	try {
		return $v_ListMeta(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ListMeta } and returns it typed, or every field error. */
export function validateListMeta(value, options) {
	return $validate($v_ListMeta, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ListMeta }. */
export function assertListMeta(value, options) {
	const result = validateListMeta(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ManagedFieldsEntry }; allocates nothing when it is. */
export function isManagedFieldsEntry(value, options) {
	const flags = $flags(options);
	try {
		return $v_ManagedFieldsEntry(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ManagedFieldsEntry } and returns it typed, or every field error. */
export function validateManagedFieldsEntry(value, options) {
	return $validate($v_ManagedFieldsEntry, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ManagedFieldsEntry }. */
export function assertManagedFieldsEntry(value, options) {
	const result = validateManagedFieldsEntry(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ObjectMeta }; allocates nothing when it is. */
export function isObjectMeta(value, options) {
	const flags = $flags(options);
	try {
		return $v_ObjectMeta(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ObjectMeta } and returns it typed, or every field error. */
export function validateObjectMeta(value, options) {
	return $validate($v_ObjectMeta, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ObjectMeta }. */
export function assertObjectMeta(value, options) {
	const result = validateObjectMeta(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link OwnerReference }; allocates nothing when it is. */
export function isOwnerReference(value, options) {
	const flags = $flags(options);
	try {
		return $v_OwnerReference(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link OwnerReference } and returns it typed, or every field error. */
export function validateOwnerReference(value, options) {
	return $validate($v_OwnerReference, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link OwnerReference }. */
export function assertOwnerReference(value, options) {
	const result = validateOwnerReference(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link Patch }; allocates nothing when it is. */
export function isPatch(value, options) {
	const flags = $flags(options);
	try {
		return $v_Patch(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link Patch } and returns it typed, or every field error. */
export function validatePatch(value, options) {
	return $validate($v_Patch, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Patch }. */
export function assertPatch(value, options) {
	const result = validatePatch(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link Preconditions }; allocates nothing when it is. */
export function isPreconditions(value, options) {
	const flags = $flags(options);
	try {
		return $v_Preconditions(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link Preconditions } and returns it typed, or every field error. */
export function validatePreconditions(value, options) {
	return $validate($v_Preconditions, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Preconditions }. */
export function assertPreconditions(value, options) {
	const result = validatePreconditions(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link ShardInfo }; allocates nothing when it is. */
export function isShardInfo(value, options) {
	const flags = $flags(options);
	try {
		return $v_ShardInfo(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link ShardInfo } and returns it typed, or every field error. */
export function validateShardInfo(value, options) {
	return $validate($v_ShardInfo, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ShardInfo }. */
export function assertShardInfo(value, options) {
	const result = validateShardInfo(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link Status }; allocates nothing when it is. */
export function isStatus(value, options) {
	const flags = $flags(options);
	try {
		return $v_Status(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link Status } and returns it typed, or every field error. */
export function validateStatus(value, options) {
	return $validate($v_Status, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Status }. */
export function assertStatus(value, options) {
	const result = validateStatus(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link StatusCause }; allocates nothing when it is. */
export function isStatusCause(value, options) {
	const flags = $flags(options);
	try {
		return $v_StatusCause(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link StatusCause } and returns it typed, or every field error. */
export function validateStatusCause(value, options) {
	return $validate($v_StatusCause, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link StatusCause }. */
export function assertStatusCause(value, options) {
	const result = validateStatusCause(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link StatusDetails }; allocates nothing when it is. */
export function isStatusDetails(value, options) {
	const flags = $flags(options);
	try {
		return $v_StatusDetails(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link StatusDetails } and returns it typed, or every field error. */
export function validateStatusDetails(value, options) {
	return $validate($v_StatusDetails, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link StatusDetails }. */
export function assertStatusDetails(value, options) {
	const result = validateStatusDetails(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link Time }; allocates nothing when it is. */
export function isTime(value, options) {
	const flags = $flags(options);
	try {
		return $v_Time(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link Time } and returns it typed, or every field error. */
export function validateTime(value, options) {
	return $validate($v_Time, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Time }. */
export function assertTime(value, options) {
	const result = validateTime(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
/** True when `value` is a valid {@link RawExtension }; allocates nothing when it is. */
export function isRawExtension(value, options) {
	const flags = $flags(options);
	try {
		return $v_RawExtension(value, "", null, flags[0], flags[1], 0);
	} catch {
		return false;
	}
}
/** Checks `value` against {@link RawExtension } and returns it typed, or every field error. */
export function validateRawExtension(value, options) {
	return $validate($v_RawExtension, value, options);
}
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link RawExtension }. */
export function assertRawExtension(value, options) {
	const result = validateRawExtension(value, options);
	if (!result.valid) throw new ValidationError(result.errors);
}
//# sourceMappingURL=validators.js.map
