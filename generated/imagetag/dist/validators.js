/** Thrown by `assertX`; carries every field error. */
export class ValidationError extends Error {
	errors;
	constructor(errors) {
		super(errors.length === 1 ? errors[0].message : `${errors.length} field errors:\n${errors.map((error) => `- ${error.message}`).join("\n")}`);
		this.name = "ValidationError";
		this.errors = errors;
	}
}
const $hasOwnProperty = Object.prototype.hasOwnProperty;
function $hasOwn(o, k) {
	return $hasOwnProperty.call(o, k);
}
function $isObject(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** String length in code points, as JSON Schema counts it. */
function $length(s) {
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
/** Index of the first item equal (as JSON) to an earlier one, or -1. */
function $duplicateIndex(items) {
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
* `x-kubernetes-list-type: map` list. Items that are not objects are left to their own checks.
*/
function $duplicateKeyIndex(items, keys) {
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
function $field(p, name) {
	return p === "" ? name : `${p}.${name}`;
}
function $index(p, i) {
	return `${p}[${i}]`;
}
function $key(p, k) {
	return `${p}[${k}]`;
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
function $error(path, type, text, value, withValue = false) {
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
function $typeInvalid(path, value, expected) {
	return $error(path, "FieldValueTypeInvalid", `Invalid value: ${$show(value)}: must be ${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}`, value, true);
}
function $notSupported(path, value, supported) {
	const list = supported.map((s) => JSON.stringify(s)).join(", ");
	return $error(path, "FieldValueNotSupported", `Unsupported value: ${$show(value)}: supported values: ${list}`, value, true);
}
function $unknownField(path, value) {
	return $error(path, "FieldValueNotSupported", `Unsupported value: unknown field ${JSON.stringify(path)}`, value, true);
}
/**
* A failed `x-kubernetes-validations` rule, worded as the API server words CEL failures: the value it quotes is the
* schema type of the value the rule is attached to (`schemaType`: "object", "string", ... or "" for untyped schemas),
* and a Duplicate carries no message (field.Duplicate).
*/
function $rule(path, type, message, schemaType = "object") {
	switch (type) {
		case "FieldValueForbidden": return $error(path, type, `Forbidden: ${message}`);
		case "FieldValueRequired": return $error(path, type, `Required value: ${message}`);
		case "FieldValueDuplicate": return $error(path, type, `Duplicate value: ${JSON.stringify(schemaType)}`);
		default: return $error(path, "FieldValueInvalid", `Invalid value: ${JSON.stringify(schemaType)}: ${message}`);
	}
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
	const [response, strict] = $flags(options, responseByDefault);
	try {
		return guard(value, "", null, response, strict, 0);
	} catch {
		return false;
	}
}
function $validate(guard, value, options, responseByDefault = false) {
	const [response, strict] = $flags(options, responseByDefault);
	const unreadable = (error) => $error("", "FieldValueInvalid", `Invalid value: the value could not be read: ${error instanceof Error ? error.message : "unknown error"}`);
	// The fast pass decides; only an invalid value pays for paths and messages, so isX and validateX cannot disagree.
	try {
		if (guard(value, "", null, response, strict, 0)) return {
			valid: true,
			value
		};
	} catch (error) {
		return {
			valid: false,
			errors: [unreadable(error)]
		};
	}
	const errors = [];
	try {
		guard(value, "", errors, response, strict, 0);
	} catch (error) {
		errors.push(unreadable(error));
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
const $qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const $labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const $dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const $qualifiedNameMessage = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const $labelValueMessage = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const $dns1123SubdomainMessage = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
/** `TotalAnnotationSizeLimitB`: keys and values together, in bytes. */
const $annotationsLimit = 256 * 1024;
/** IsDNS1123Subdomain's messages, or undefined when the value is one. */
function $dns1123SubdomainProblems(value) {
	const long = value.length > 253;
	const malformed = !$dns1123Subdomain.test(value);
	if (!long && !malformed) return undefined;
	const problems = [];
	if (long) problems.push("must be no more than 253 characters");
	if (malformed) problems.push($dns1123SubdomainMessage);
	return problems;
}
/** IsQualifiedName's messages (an optional DNS subdomain prefix and `/`, then a name of at most 63), or undefined. */
function $qualifiedNameProblems(value) {
	const slash = value.indexOf("/");
	const name = slash < 0 ? value : value.slice(slash + 1);
	if (slash >= 0 && name.indexOf("/") >= 0) return [`a qualified name ${$qualifiedNameMessage} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
	const prefix = slash < 0 ? undefined : value.slice(0, slash);
	const prefixProblems = prefix === undefined ? undefined : prefix === "" ? ["must be non-empty"] : $dns1123SubdomainProblems(prefix);
	if (prefixProblems === undefined && name.length > 0 && name.length <= 63 && $qualifiedNamePart.test(name)) return undefined;
	const problems = (prefixProblems ?? []).map((problem) => `prefix part ${problem}`);
	if (name.length === 0) problems.push("name part must be non-empty");
	else if (name.length > 63) problems.push("name part must be no more than 63 characters");
	if (!$qualifiedNamePart.test(name)) problems.push(`name part ${$qualifiedNameMessage}`);
	return problems;
}
/** IsValidLabelValue's messages, or undefined. */
function $labelValueProblems(value) {
	const long = value.length > 63;
	const malformed = !$labelValue.test(value);
	if (!long && !malformed) return undefined;
	const problems = [];
	if (long) problems.push("must be no more than 63 characters");
	if (malformed) problems.push($labelValueMessage);
	return problems;
}
/**
* The kind's name rule, or undefined when the name passes: custom resources NameIsDNSSubdomain (a generateName
* prefix with its trailing dash masked as maskTrailingDash does), every other kind ValidatePathSegmentName.
*/
function $nameProblems(value, prefix, dnsSubdomain) {
	if (dnsSubdomain) return $dns1123SubdomainProblems(prefix && value.length > 1 && value.endsWith("-") ? `${value.slice(0, -2)}a` : value);
	if (!prefix && (value === "." || value === "..")) return [`may not be '${value}'`];
	const slash = value.indexOf("/") >= 0;
	const percent = value.indexOf("%") >= 0;
	if (!slash && !percent) return undefined;
	const problems = [];
	if (slash) problems.push("may not contain '/'");
	if (percent) problems.push("may not contain '%'");
	return problems;
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
/** One `Invalid value` error per problem, at `metadata.<field>`. */
function $invalidEach(e, p, field, value, problems) {
	for (const problem of problems) e.push($invalid(p === "" ? field : `${p}.${field}`, value, problem));
}
/**
* Checks `metadata` as ValidateObjectMetaAccessor does: generateName and name by the kind's rule, each label key and
* value, each annotation key (case-insensitive) and the annotations' total size. Values of the wrong type are left to
* the schema. True when all pass; without `e` it stops at the first problem and builds no message.
*/
function $objectMeta(m, dnsSubdomain, p, e) {
	let ok = true;
	const generateName = m["generateName"];
	if (typeof generateName === "string" && generateName !== "") {
		const problems = $nameProblems(generateName, true, dnsSubdomain);
		if (problems !== undefined) {
			if (e === null) return false;
			ok = false;
			$invalidEach(e, p, "generateName", generateName, problems);
		}
	}
	const name = m["name"];
	if (typeof name === "string" && name !== "") {
		const problems = $nameProblems(name, false, dnsSubdomain);
		if (problems !== undefined) {
			if (e === null) return false;
			ok = false;
			$invalidEach(e, p, "name", name, problems);
		}
	}
	const labels = m["labels"];
	if (typeof labels === "object" && labels !== null && !Array.isArray(labels)) for (const k of Object.keys(labels)) {
		const keyProblems = $qualifiedNameProblems(k);
		if (keyProblems !== undefined) {
			if (e === null) return false;
			ok = false;
			$invalidEach(e, p, "labels", k, keyProblems);
		}
		const v = labels[k];
		const valueProblems = typeof v === "string" ? $labelValueProblems(v) : undefined;
		if (valueProblems !== undefined) {
			if (e === null) return false;
			ok = false;
			$invalidEach(e, p, "labels", v, valueProblems);
		}
	}
	const annotations = m["annotations"];
	if (typeof annotations === "object" && annotations !== null && !Array.isArray(annotations)) {
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
			e.push($error(p === "" ? "annotations" : `${p}.annotations`, "FieldValueTooLong", `Too long: may not be more than ${$annotationsLimit} bytes`));
		}
	}
	return ok;
}
/** The JSON kind a decoding takes, or undefined for any. */
function $decodingKind(k) {
	for (let hops = 0; typeof k === "function" && hops < 64; hops++) k = k();
	if (k === 0 || typeof k === "function") return undefined;
	if (typeof k === "string") return k === "string" || k === "boolean" ? k : "number";
	if ("f" in k) return "string";
	if ("a" in k) return "array";
	if ("o" in k) return "object";
	const kinds = new Set(k.u.map($decodingKind));
	return kinds.size === 1 ? [...kinds][0] : undefined;
}
/** The JSON kind of a value. */
function $jsonKind(v) {
	return Array.isArray(v) ? "array" : v === null ? "null" : typeof v;
}
/**
* Whether the decoder takes `v` as `k`, pushing each refusal to `e` (null: stop at the first). `s` reports unknown
* fields (0 no, 1 here and below, 2 below only), `t` says whether JSON kinds count (false for custom resources).
*/
function $decoded(v, k, p, e, s, t, d) {
	if (v === null || k === 0) return true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	if (typeof k === "function") return $decoded(v, k(), p, e, s, t, d + 1);
	const refuse = (error) => {
		if (e !== null) e.push(error);
		return false;
	};
	const kind = $decodingKind(k);
	if (typeof k !== "object" || "f" in k) {
		if (kind !== $jsonKind(v)) return !t || refuse($typeInvalid(p, v, k === "int32" || k === "int64" ? "integer" : typeof k === "object" ? "string" : k));
		if (!t) return true;
		if (typeof k === "object") return k.f(v) || refuse($invalid(p, v, k.m));
		if (k === "number") return Number.isFinite(v) || refuse($typeInvalid(p, v, "number"));
		if (k === "string" || k === "boolean") return true;
		if (!Number.isInteger(v)) return refuse($typeInvalid(p, v, "integer"));
		if (k === "int32" && (v < -2147483648 || v > 2147483647)) return refuse($invalid(p, v, "must fit in a 32-bit integer"));
		if (k === "int64" && !Number.isSafeInteger(v)) return refuse($invalid(p, v, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
		return true;
	}
	if ("u" in k) {
		const members = k.u.filter((member) => $decodingKind(member) === $jsonKind(v) || $decodingKind(member) === undefined);
		if (members.length === 0) {
			const kinds = [...new Set(k.u.map($decodingKind))].join(" or ");
			return !t || refuse($typeInvalid(p, v, kinds));
		}
		if (members.some((member) => $decoded(v, member, "", null, s, t, d + 1))) return true;
		return e === null ? false : $decoded(v, members[0], p, e, s, t, d + 1);
	}
	if (kind !== $jsonKind(v)) return !t || refuse($typeInvalid(p, v, kind));
	const below = s === 0 ? 0 : 1;
	let ok = true;
	if ("a" in k) {
		const items = v;
		for (let i = 0; i < items.length; i++) if (!$decoded(items[i], k.a, e === null ? "" : $index(p, i), e, below, t, d + 1)) {
			if (e === null) return false;
			ok = false;
		}
		return ok;
	}
	const object = v;
	for (const [name, field] of k.o) if ($hasOwn(object, name) && !$decoded(object[name], field, e === null ? "" : $field(p, name), e, below, t, d + 1)) {
		if (e === null) return false;
		ok = false;
	}
	if (k.x === undefined && s !== 1) return ok;
	for (const name in object) {
		if (!$hasOwn(object, name) || k.o.some(([listed]) => listed === name)) continue;
		if (k.x === undefined) {
			if (e === null) return false;
			ok = false;
			e.push($unknownField($field(p, name), object[name]));
		} else if (!$decoded(object[name], k.x, e === null ? "" : $key(p, name), e, below, t, d + 1)) {
			if (e === null) return false;
			ok = false;
		}
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
/** True when a string has surrogate pairs: only then do code points and UTF-16 units differ, and need the slow path. */
function $cel_wide(s) {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 55296 && c <= 57343) return true;
	}
	return false;
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
/**
* One code point as a class operand (or, `inClass` false, an atom): printable ASCII as it is, with a backslash where
* the `v` flag reserves it there; anything else as `\u{…}`.
*/
function $re2_char(cp, inClass = true) {
	if (cp < 32 || cp > 126) return `\\u{${cp.toString(16)}}`;
	const c = String.fromCodePoint(cp);
	const reserved = inClass ? /[\^$\\.*+?()[\]{}|/&\-!#%,:;<=>@`~]/ : /[\^$\\.*+?()[\]{}|/]/;
	return reserved.test(c) ? `\\${c}` : c;
}
/** A range of code points as a class operand. */
function $re2_range(lo, hi) {
	return lo === hi ? $re2_char(lo) : `${$re2_char(lo)}-${$re2_char(hi)}`;
}
/** Go's Perl classes: `\d`, `\s`, `\w` are ASCII (regexp/syntax perl_groups.go); `\s` has no `\v`. */
const $re2_perl = {
	d: "0-9",
	s: "\\u{9}\\u{a}\\u{c}\\u{d}\\u{20}",
	w: "0-9A-Za-z\\u{5f}"
};
/** Go's POSIX classes, `[[:alpha:]]`, all ASCII (regexp/syntax perl_groups.go). */
const $re2_posix = {
	alnum: "0-9A-Za-z",
	alpha: "A-Za-z",
	ascii: "\\u{0}-\\u{7f}",
	blank: "\\u{9}\\u{20}",
	cntrl: "\\u{0}-\\u{1f}\\u{7f}",
	digit: "0-9",
	graph: "\\u{21}-\\u{7e}",
	lower: "a-z",
	print: "\\u{20}-\\u{7e}",
	punct: "\\u{21}-\\u{2f}\\u{3a}-\\u{40}\\u{5b}-\\u{60}\\u{7b}-\\u{7e}",
	space: "\\u{9}-\\u{d}\\u{20}",
	upper: "A-Z",
	word: "0-9A-Za-z\\u{5f}",
	xdigit: "0-9A-Fa-f"
};
/** Go's general categories (unicode.Categories); `C` there is Cc, Cf, Co and Cs, without JavaScript's unassigned Cn. */
const $re2_categories = new Set("C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs".split(" "));
/** The operand for `\p{name}` (a category, a script or `Any`), or undefined when Go does not know the name. */
function $re2_unicodeClass(name) {
	if (name === "Any") return "\\u{0}-\\u{10ffff}";
	if (name === "C") return "\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}";
	if ($re2_categories.has(name)) return `\\p{${name}}`;
	// Go's script names are Unicode's long names, which JavaScript knows too; the 4-letter aliases (Grek) Go does not,
	// except where an alias is the long name.
	if (!/^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$|^SignWriting$/.test(name)) return undefined;
	if (/^[A-Z][a-z]{3}$/.test(name) && !/^(?:Ahom|Cham|Lisu|Miao|Modi|Newa|Thai|Toto)$/.test(name)) return undefined;
	try {
		new RegExp(`\\p{Script=${name}}`, "v");
		return `\\p{Script=${name}}`;
	} catch {
		return undefined;
	}
}
/** Case-folding orbits (each a list of code points equal under simple case folding), built once on first use. */
const $re2_orbits = new Map();
/**
* The simple case folding orbit of every code point that has one. Go folds by Unicode's CaseFolding.txt (simple
* and common mappings), as JavaScript's `ui` flags do; the candidates come from the case mappings and each is
* confirmed with a `ui` regular expression, so mappings that are not foldings (`ı` to `I`) stay out.
*/
function $re2_foldOrbits() {
	if ($re2_orbits.size > 0) return $re2_orbits;
	const members = new Map();
	const single = (s) => {
		const cp = s.codePointAt(0);
		return cp !== undefined && String.fromCodePoint(cp) === s ? cp : undefined;
	};
	for (let cp = 0; cp <= 131071; cp++) {
		if (cp >= 55296 && cp <= 57343) continue;
		const s = String.fromCodePoint(cp);
		const upper = single(s.toUpperCase());
		const key = (upper === undefined ? undefined : single(String.fromCodePoint(upper).toLowerCase())) ?? single(s.toLowerCase());
		if (key === undefined || key === cp) continue;
		if (!new RegExp(`^\\u{${key.toString(16)}}$`, "ui").test(s)) continue;
		const orbit = members.get(key) ?? [key];
		orbit.push(cp);
		members.set(key, orbit);
	}
	for (const orbit of members.values()) for (const cp of orbit) $re2_orbits.set(cp, orbit);
	return $re2_orbits;
}
/** A literal code point under `(?i)`: the class of its orbit, or the code point alone. */
function $re2_foldChar(cp) {
	const orbit = $re2_foldOrbits().get(cp);
	return orbit === undefined ? $re2_char(cp, false) : `[${orbit.map((member) => $re2_char(member)).join("")}]`;
}
/** A range under `(?i)`: small ranges by their orbits, large ones as any class. */
function $re2_foldRange(lo, hi) {
	if (hi - lo > 256) return $re2_foldClass($re2_range(lo, hi));
	const orbits = $re2_foldOrbits();
	const extra = new Set();
	for (let cp = lo; cp <= hi; cp++) for (const member of orbits.get(cp) ?? []) if (member < lo || member > hi) extra.add(member);
	return $re2_range(lo, hi) + [...extra].map((member) => $re2_char(member)).join("");
}
/** Class operands under `(?i)`: the operands plus every code point that folds to one they hold (Go's appendFoldedClass). */
function $re2_foldClass(operands) {
	const holds = new RegExp(`^[${operands}]$`, "v");
	const extra = new Set();
	for (const [cp, orbit] of $re2_foldOrbits()) {
		if (extra.has(cp) || !holds.test(String.fromCodePoint(cp))) continue;
		for (const member of orbit) if (!holds.test(String.fromCodePoint(member))) extra.add(member);
	}
	return operands + [...extra].map((member) => $re2_char(member)).join("");
}
/** A parse error, worded as Go's regexp/syntax words it. */
class $Re2Error extends Error {}
/** Go's nesting limit (regexp/syntax maxHeight). */
const $re2_maxDepth = 1e3;
/** Throws Go's error for `code` at the text from `from` to the current position (or `text`). */
function $re2_fail(code, text) {
	throw new $Re2Error(`error parsing regexp: ${code}: \`${text}\``);
}
/** The pattern text between two positions. */
function $re2_text(p, from, to = p.at) {
	// (Not a spread: a long pattern would pass the engine's argument limit.)
	return p.cps.slice(from, to).map((cp) => String.fromCodePoint(cp)).join("");
}
/** The code point at the current position (plus `ahead`), or -1 past the end. */
function $re2_peek(p, ahead = 0) {
	return p.cps[p.at + ahead] ?? -1;
}
/** True when the text at the current position starts with `s`. */
function $re2_startsWith(p, s) {
	return $re2_text(p, p.at, p.at + Array.from(s).length) === s;
}
/** An alternation up to `)` or the end, with the flags of its group (a flag group changes them for the rest of it). */
function $re2_alternation(p, flags) {
	const branches = [$re2_concat(p, flags)];
	let weight = p.weight;
	while ($re2_peek(p) === 124) {
		p.at++;
		branches.push($re2_concat(p, flags));
		weight = Math.max(weight, p.weight);
	}
	p.weight = weight;
	return branches.join("|");
}
/** A sequence of atoms, each with its repetition, up to `|`, `)` or the end. */
function $re2_concat(p, flags) {
	const items = [];
	const weights = [];
	let lastRepeat = -1;
	while (p.at < p.cps.length && $re2_peek(p) !== 124 && $re2_peek(p) !== 41) {
		const start = p.at;
		const repeat = $re2_repeat(p, flags);
		if (repeat !== undefined) {
			// Go refuses stacked operators (`a**`) and an operator with nothing to repeat.
			if (lastRepeat >= 0) $re2_fail("invalid nested repetition operator", $re2_text(p, lastRepeat));
			if (items.length === 0) $re2_fail("missing argument to repetition operator", $re2_text(p, start));
			const item = items.pop();
			items.push(`${$re2_atomic(item) ? item : `(?:${item})`}${repeat.op}`);
			// Go refuses nested counts whose product passes 1000 (`(a{500}){3}`); `{0}` ends the count below it.
			const below = weights.pop();
			const weight = repeat.count === 0 ? 1 : repeat.count * below;
			if (repeat.checked && weight > 1e3) $re2_fail("invalid repeat count", $re2_text(p, start));
			weights.push(weight);
			lastRepeat = start;
			continue;
		}
		lastRepeat = -1;
		const group = $re2_peek(p) === 40;
		// A flag group yields nothing: an operator after it repeats the atom before it, as in Go.
		for (const item of $re2_atom(p, flags)) {
			if (item === "") continue;
			items.push(item);
			weights.push(group ? p.weight : 1);
		}
	}
	p.weight = Math.max(1, ...weights);
	return items.join("");
}
/**
* True when an item can take a quantifier as it is: one class, one group, or one character (items are single atoms;
* assertions, which JavaScript does not let a quantifier follow, and repeated items are wrapped).
*/
function $re2_atomic(item) {
	if (/^\[[^]*\]$/.test(item)) return true;
	if (/^\((?!\?[=!<])[^]*\)$/.test(item)) return true;
	return /^(?:[^\\()[\]{}|^$.*+?]|\\[\^$\\.*+?()[\]{}|/]|\\u\{[0-9a-f]+\})$/.test(item);
}
/**
* A repetition operator at the current position (consumed): its JavaScript, its count (`{n,m}`: m, or n when
* unbounded; 1 otherwise) and whether Go checks the counts below it (`{n,m}` with n or m at least 2); undefined when
* there is none.
*/
function $re2_repeat(p, flags) {
	const c = $re2_peek(p);
	let op;
	let count = 1;
	let checked = false;
	if (c === 42 || c === 43 || c === 63) {
		op = String.fromCodePoint(c);
		p.at++;
	} else if (c === 123) {
		const m = /^\{(0|[1-9][0-9]*)(,(0|[1-9][0-9]*)?)?\}/.exec($re2_text(p, p.at, p.at + 24));
		if (m === null) return undefined;
		const min = Number(m[1]);
		const max = m[2] === undefined ? min : m[3] === undefined ? -1 : Number(m[3]);
		if (min > 1e3 || max > 1e3 || max >= 0 && min > max) $re2_fail("invalid repeat count", m[0]);
		op = max === min ? `{${min}}` : max < 0 ? `{${min},}` : `{${min},${max}}`;
		count = max < 0 ? min : max;
		checked = min >= 2 || max >= 2;
		p.at += m[0].length;
	} else return undefined;
	let lazy = false;
	if ($re2_peek(p) === 63) {
		lazy = true;
		p.at++;
	}
	return {
		op: lazy !== flags.U ? `${op}?` : op,
		count,
		checked
	};
}
/** One atom (a literal run of `\Q…\E` gives several), consumed. */
function $re2_atom(p, flags) {
	const c = $re2_peek(p);
	if (c === 40) return [$re2_group(p, flags)];
	if (c === 91) return [$re2_class(p, flags)];
	p.at++;
	if (c === 46) return [flags.s ? "[\\u{0}-\\u{10ffff}]" : $re2_negatedClass("\\n")];
	// Without `m`, `^` and `$` are the ends of the text, as JavaScript's are without its `m` flag; with it, Go's line
	// ends are `\n` only (JavaScript's `m` would also take `\r`, U+2028, U+2029).
	// (Lookarounds with positive forms: V8 also tries the position inside a surrogate pair, where classes never match.)
	if (c === 94) return [flags.m ? "(?<=^|\\n)" : "^"];
	if (c === 36) return [flags.m ? "(?=$|\\n)" : "$"];
	if (c === 42 || c === 43 || c === 63) $re2_fail("missing argument to repetition operator", $re2_text(p, p.at - 1));
	if (c !== 92) return [flags.i ? $re2_foldChar(c) : $re2_char(c, false)];
	const e = $re2_peek(p);
	if (e === -1) $re2_fail("trailing backslash at end of expression", "");
	// JavaScript's `\b` without the `i` flag is ASCII, as Go's; `\B` must not hold inside a surrogate pair, a position
	// V8 tries and Go never sees.
	const simple = {
		65: "^",
		122: "$",
		98: "\\b",
		66: "\\B(?:(?<=[\\s\\S])|(?=[\\s\\S])|^$)"
	};
	if (simple[e] !== undefined) {
		p.at++;
		return [simple[e]];
	}
	if (e === 81) {
		// `\Q…\E`: literal text up to `\E` or the end.
		p.at++;
		const chars = [];
		while (p.at < p.cps.length && !$re2_startsWith(p, "\\E")) {
			const cp = p.cps[p.at++];
			chars.push(flags.i ? $re2_foldChar(cp) : $re2_char(cp, false));
		}
		if (p.at < p.cps.length) p.at += 2;
		return chars;
	}
	p.at--;
	const group = $re2_escapeClass(p, flags);
	if (group !== undefined) return [`[${group}]`];
	const cp = $re2_escape(p);
	return [flags.i ? $re2_foldChar(cp) : $re2_char(cp, false)];
}
/** A group: capturing, named, non-capturing with flags, or a flag change (which yields nothing), consumed. */
function $re2_group(p, flags) {
	const start = p.at;
	p.at++;
	if (++p.depth > $re2_maxDepth) $re2_fail("expression nests too deeply", $re2_text(p, start));
	let capture = true;
	const inner = { ...flags };
	if ($re2_peek(p) === 63) {
		const named = /^\?P?<([^>]*)>/.exec($re2_text(p, p.at, p.at + 260));
		if (named !== null && (named[0][1] === "P" || named[0][1] === "<")) {
			const name = named[1];
			if (!/^[0-9A-Za-z_]+$/.test(name)) $re2_fail("invalid named capture", `(${named[0]}`);
			if (p.names.has(name)) $re2_fail("duplicate capture group name", name);
			p.names.add(name);
			p.at += Array.from(named[0]).length;
		} else {
			p.at++;
			let sign = true;
			let sawFlag = false;
			for (;;) {
				const c = $re2_peek(p);
				const flag = c === -1 ? "" : String.fromCodePoint(c);
				p.at++;
				if (flag === "i" || flag === "m" || flag === "s" || flag === "U") {
					inner[flag] = sign;
					sawFlag = true;
				} else if (flag === "-" && sign) {
					sign = false;
					sawFlag = false;
				} else if ((flag === ":" || flag === ")") && (sign || sawFlag)) {
					if (flag === ")") {
						// A flag group changes the flags of the enclosing group from here on.
						Object.assign(flags, inner);
						p.depth--;
						return "";
					}
					capture = false;
					break;
				} else $re2_fail("invalid or unsupported Perl syntax", $re2_text(p, start, Math.min(p.at, p.cps.length)));
			}
		}
	}
	const body = $re2_alternation(p, inner);
	if ($re2_peek(p) !== 41) $re2_fail("missing closing )", $re2_text(p, start));
	p.at++;
	p.depth--;
	return capture ? `(${body})` : `(?:${body})`;
}
/** A bracketed class, consumed: `[…]`, `[^…]`, with ranges, escapes, Perl, POSIX and Unicode classes. */
function $re2_class(p, flags) {
	const start = p.at;
	p.at++;
	let negated = false;
	if ($re2_peek(p) === 94) {
		negated = true;
		p.at++;
	}
	const operands = [];
	let first = true;
	while (first || $re2_peek(p) !== 93) {
		if (p.at >= p.cps.length) $re2_fail("missing closing ]", $re2_text(p, start));
		first = false;
		const posix = $re2_posixName(p);
		if (posix !== undefined) {
			const body = $re2_posix[posix.replace(/^\[:\^?|:\]$/g, "")];
			if (body === undefined) $re2_fail("invalid character class range", posix);
			operands.push($re2_group_operand(body, posix[2] === "^", flags));
			p.at += Array.from(posix).length;
			continue;
		}
		if ($re2_peek(p) === 92) {
			const group = $re2_escapeClass(p, flags);
			if (group !== undefined) {
				operands.push(group);
				continue;
			}
		}
		const rangeStart = p.at;
		const lo = $re2_classChar(p);
		let hi = lo;
		if ($re2_peek(p) === 45 && $re2_peek(p, 1) !== 93 && $re2_peek(p, 1) !== -1) {
			p.at++;
			hi = $re2_classChar(p);
			if (hi < lo) $re2_fail("invalid character class range", $re2_text(p, rangeStart));
		}
		operands.push(flags.i ? $re2_foldRange(lo, hi) : $re2_range(lo, hi));
	}
	p.at++;
	return negated ? $re2_negatedClass(operands.join("")) : `[${operands.join("")}]`;
}
/** `[:name:]` at the current position (Go reads up to the next `:]`, whatever lies between), or undefined. */
function $re2_posixName(p) {
	if ($re2_peek(p) !== 91 || $re2_peek(p, 1) !== 58) return undefined;
	// The next `:]` is found once and reused while it lies ahead, so `[[:[[:[[:…` stays linear.
	if (p.posixEnd < p.at + 2) {
		p.posixEnd = p.cps.length;
		for (let end = p.at + 2; end + 1 < p.cps.length; end++) if (p.cps[end] === 58 && p.cps[end + 1] === 93) {
			p.posixEnd = end;
			break;
		}
	}
	return p.posixEnd < p.cps.length ? $re2_text(p, p.at, p.posixEnd + 2) : undefined;
}
/** One class member character (an escape or a code point), consumed. */
function $re2_classChar(p) {
	if ($re2_peek(p) === 92) return $re2_escape(p);
	return p.cps[p.at++];
}
/** A Perl (`\d`) or Unicode (`\pL`, `\p{Greek}`, `\P{^L}`) class escape as class operands, consumed; else undefined. */
function $re2_escapeClass(p, flags) {
	const start = p.at;
	const e = String.fromCodePoint($re2_peek(p, 1) === -1 ? 0 : $re2_peek(p, 1));
	const perl = $re2_perl[e.toLowerCase()];
	if (perl !== undefined && /^[dswDSW]$/.test(e)) {
		p.at += 2;
		return $re2_group_operand(perl, e !== e.toLowerCase(), flags);
	}
	if (e !== "p" && e !== "P") return undefined;
	p.at += 2;
	let name;
	if ($re2_peek(p) === 123) {
		const end = p.cps.indexOf(125, p.at);
		if (end < 0) $re2_fail("invalid character class range", $re2_text(p, start, p.cps.length));
		name = $re2_text(p, p.at + 1, end);
		p.at = end + 1;
	} else {
		if (p.at >= p.cps.length) $re2_fail("invalid character class range", $re2_text(p, start));
		name = String.fromCodePoint(p.cps[p.at++]);
	}
	let negated = e === "P";
	if (name.startsWith("^")) {
		negated = !negated;
		name = name.slice(1);
	}
	const body = $re2_unicodeClass(name);
	if (body === undefined) $re2_fail("invalid character class range", $re2_text(p, start));
	return $re2_group_operand(body, negated, flags);
}
/** A named group's operands, negated and case-folded as Go's appendGroup does (fold first, then negate). */
function $re2_group_operand(body, negated, flags) {
	const folded = flags.i ? $re2_foldClass(body) : body;
	return negated ? $re2_negatedClass(folded) : folded;
}
/**
* A negated class, written `[[^…]]` (the same set, nested). Node 20's V8 mis-matches a top-level `[^…]` under the
* `v` flag inside a repeated group followed by more pattern (`/(?:[^a]x){1,2}/v` fails on ":x"); the nested form is
* compiled correctly. Found by the re2js differential test.
*/
function $re2_negatedClass(operands) {
	return `[[^${operands}]]`;
}
/** A single-character escape (`\n`, `\x41`, `\x{41}`, `\101`, `\.`), consumed; anything else is Go's error. */
function $re2_escape(p) {
	const start = p.at;
	p.at++;
	const c = $re2_peek(p);
	if (c === -1) $re2_fail("trailing backslash at end of expression", "");
	p.at++;
	const letter = String.fromCodePoint(c);
	const controls = {
		a: 7,
		f: 12,
		n: 10,
		r: 13,
		t: 9,
		v: 11
	};
	if (controls[letter] !== undefined) return controls[letter];
	if (c < 128 && !/^[0-9A-Za-z]$/.test(letter)) return c;
	const octal = /^[0-7]{1,2}/.exec($re2_text(p, p.at, p.at + 2))?.[0] ?? "";
	// `\1`…`\7` alone would be backreferences, which Go refuses; `\0` and multi-digit forms are octal.
	if (c >= 49 && c <= 55 && octal !== "" || c === 48) {
		p.at += octal.length;
		return parseInt(letter + octal, 8);
	}
	if (letter === "x") {
		const hex = /^(?:\{([0-9A-Fa-f]+)\}|([0-9A-Fa-f]{2}))/.exec($re2_text(p, p.at, p.at + 12));
		const digits = hex?.[1] ?? hex?.[2];
		const value = digits === undefined ? -1 : parseInt(digits, 16);
		if (hex === null || value > 1114111 || digits.length > 8) $re2_fail("invalid escape sequence", $re2_text(p, start));
		p.at += hex[0].length;
		return value;
	}
	return $re2_fail("invalid escape sequence", $re2_text(p, start));
}
/**
* Translates a RE2 pattern to JavaScript source for the `v` flag. `invalid` failures are patterns Go refuses (the
* message is Go's); the others are valid RE2 this engine cannot express (a Unicode script it does not know).
*/
function $re2_translate(pattern) {
	const p = {
		cps: Array.from(pattern, (c) => c.codePointAt(0)),
		at: 0,
		names: new Set(),
		depth: 0,
		weight: 1,
		posixEnd: -1
	};
	let source;
	try {
		source = $re2_alternation(p, {
			i: false,
			m: false,
			s: false,
			U: false
		});
		if (p.at < p.cps.length) $re2_fail("unexpected )", pattern);
	} catch (error) {
		if (error instanceof $Re2Error) return {
			ok: false,
			invalid: true,
			message: error.message
		};
		throw error;
	}
	try {
		new RegExp(source, "v");
	} catch (error) {
		return {
			ok: false,
			invalid: false,
			message: `no JavaScript equivalent: ${String(error)}`
		};
	}
	return {
		ok: true,
		source
	};
}
/** Compiled patterns by source: rules run per value, so each pattern is translated once (bounded). */
const $re2_compiled = new Map();
/**
* A RE2 pattern as an equivalent JavaScript RegExp (`v` flag, no `g`: `test` keeps no state); throws an Error with
* Go's message for a pattern Go refuses, or one saying why it has no JavaScript equivalent.
*/
function $re2_compile(pattern) {
	let compiled = $re2_compiled.get(pattern);
	if (compiled === undefined) {
		const translated = $re2_translate(pattern);
		compiled = translated.ok ? new RegExp(translated.source, "v") : translated.message;
		if ($re2_compiled.size >= 256) $re2_compiled.clear();
		$re2_compiled.set(pattern, compiled);
	}
	if (typeof compiled === "string") throw new Error(compiled);
	return compiled;
}
const $df7 = (v) => {
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
const $df6 = (v) => {
	return $df7(v);
};
const $df5 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df6(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df4 = (v) => {
	return $df5(v);
};
const $df13 = (v) => {
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
const $df12 = (v) => {
	return $df13(v);
};
const $df11 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df12(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df10 = (v) => {
	return $df11(v);
};
const $df41 = (v) => {
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
const $df23 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.ownerReferences;
		if (c !== undefined) {
			const d = $df38(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["ownerReferences"] = d;
			}
		}
	}
	return o;
};
const $df22 = (v) => {
	return $df23(v);
};
const $df50 = (v) => {
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
const $df49 = (v) => {
	return $df50(v);
};
const $df48 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df49(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df47 = (v) => {
	return $df48(v);
};
const $df56 = (v) => {
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
const $df55 = (v) => {
	return $df56(v);
};
const $df46 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.conditions;
		if (c !== undefined) {
			const d = $df47(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["conditions"] = d;
			}
		}
	}
	{
		const c = v.issuedTo;
		if (c !== undefined) {
			const d = $df55(c);
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
			const d = $df22(c);
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
const $df45 = (v) => {
	return $df46(v);
};
const $df44 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df45(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df43 = (v) => {
	return $df44(v);
};
const $df1 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.dockerImageLayers;
		if (c !== undefined) {
			const d = $df4(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["dockerImageLayers"] = d;
			}
		}
	}
	{
		const c = v.dockerImageManifests;
		if (c !== undefined) {
			const d = $df10(c);
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
			const d = $df22(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["metadata"] = d;
			}
		}
	}
	{
		const c = v.signatures;
		if (c !== undefined) {
			const d = $df43(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["signatures"] = d;
			}
		}
	}
	return o;
};
const $dd_ImageLayer = { o: [
	["mediaType", "string"],
	["name", "string"],
	["size", "int64"]
] };
const $dd_ImageManifest = { o: [
	["architecture", "string"],
	["digest", "string"],
	["manifestSize", "int64"],
	["mediaType", "string"],
	["os", "string"],
	["variant", "string"]
] };
const $dfmt28 = {
	f: (s) => $isBase64(s),
	m: "must be base64-encoded"
};
const $dd29 = {
	o: [],
	x: "string"
};
const $dfmt30 = {
	f: (s) => $isDateTime(s),
	m: "must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z"
};
const $dd_ManagedFieldsEntry = { o: [
	["apiVersion", "string"],
	["fieldsType", "string"],
	["fieldsV1", 0],
	["manager", "string"],
	["operation", "string"],
	["subresource", "string"],
	["time", $dfmt30]
] };
const $dd_OwnerReference = { o: [
	["apiVersion", "string"],
	["blockOwnerDeletion", "boolean"],
	["controller", "boolean"],
	["kind", "string"],
	["name", "string"],
	["uid", "string"]
] };
const $dd_ObjectMeta = { o: [
	["annotations", $dd29],
	["creationTimestamp", $dfmt30],
	["deletionGracePeriodSeconds", "int64"],
	["deletionTimestamp", $dfmt30],
	["finalizers", { a: "string" }],
	["generateName", "string"],
	["generation", "int64"],
	["labels", $dd29],
	["managedFields", { a: () => $dd_ManagedFieldsEntry }],
	["name", "string"],
	["namespace", "string"],
	["ownerReferences", { a: () => $dd_OwnerReference }],
	["resourceVersion", "string"],
	["selfLink", "string"],
	["uid", "string"]
] };
const $dd_SignatureCondition = { o: [
	["lastProbeTime", $dfmt30],
	["lastTransitionTime", $dfmt30],
	["message", "string"],
	["reason", "string"],
	["status", "string"],
	["type", "string"]
] };
const $dd_SignatureIssuer = { o: [["commonName", "string"], ["organization", "string"]] };
const $dd_SignatureSubject = { o: [
	["commonName", "string"],
	["organization", "string"],
	["publicKeyID", "string"]
] };
const $dd_ImageSignature = { o: [
	["apiVersion", "string"],
	["conditions", { a: () => $dd_SignatureCondition }],
	["content", $dfmt28],
	["created", $dfmt30],
	["imageIdentity", "string"],
	["issuedBy", () => $dd_SignatureIssuer],
	["issuedTo", () => $dd_SignatureSubject],
	["kind", "string"],
	["metadata", () => $dd_ObjectMeta],
	["signedClaims", $dd29],
	["type", "string"]
] };
const $dd_Image = { o: [
	["apiVersion", "string"],
	["dockerImageConfig", "string"],
	["dockerImageLayers", { a: () => $dd_ImageLayer }],
	["dockerImageManifest", "string"],
	["dockerImageManifestMediaType", "string"],
	["dockerImageManifests", { a: () => $dd_ImageManifest }],
	["dockerImageMetadata", 0],
	["dockerImageMetadataVersion", "string"],
	["dockerImageReference", "string"],
	["dockerImageSignatures", { a: $dfmt28 }],
	["kind", "string"],
	["metadata", () => $dd_ObjectMeta],
	["signatures", { a: () => $dd_ImageSignature }]
] };
const $re39 = new RegExp("^[a-z0-9]+(?:[\\._\\-][a-z0-9]+)*:[[^\\:\\@\\/\\%]]+$", "v");
const $dd_TagEventCondition = { o: [
	["generation", "int64"],
	["lastTransitionTime", $dfmt30],
	["message", "string"],
	["reason", "string"],
	["status", "string"],
	["type", "string"]
] };
const $dd_TagEvent = { o: [
	["created", $dfmt30],
	["dockerImageReference", "string"],
	["generation", "int64"],
	["image", "string"]
] };
const $dd_NamedTagEventList = { o: [
	["conditions", { a: () => $dd_TagEventCondition }],
	["items", { a: () => $dd_TagEvent }],
	["tag", "string"]
] };
const $df60 = (v) => {
	return $df1(v);
};
const $df59 = (v) => {
	return $df60(v);
};
const $df62 = (v) => {
	return $df22(v);
};
const $df79 = (v) => {
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
const $df78 = (v) => {
	return $df79(v);
};
const $df67 = (v) => {
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
			const d = $df78(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["referencePolicy"] = d;
			}
		}
	}
	return o;
};
const $df66 = (v) => {
	return $df67(v);
};
const $df65 = (v) => {
	return $df66(v);
};
const $df87 = (v) => {
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
const $df86 = (v) => {
	return $df87(v);
};
const $df85 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df86(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df84 = (v) => {
	return $df85(v);
};
const $df91 = (v) => {
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
const $df90 = (v) => {
	return $df91(v);
};
const $df89 = (v) => {
	if (!Array.isArray(v)) return v;
	let o = v;
	for (let i = 0; i < v.length; i++) {
		const d = $df90(v[i]);
		if (d !== v[i]) {
			if (o === v) o = [...v];
			o[i] = d;
		}
	}
	return o;
};
const $df88 = (v) => {
	return $df89(v);
};
const $df83 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.conditions;
		if (c !== undefined) {
			const d = $df84(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["conditions"] = d;
			}
		}
	}
	{
		const c = v.items;
		if (c !== undefined) {
			const d = $df88(c);
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
const $df82 = (v) => {
	return $df83(v);
};
const $df81 = (v) => {
	return $df82(v);
};
const $df58 = (v) => {
	if (!$isObject(v)) return v;
	let o = v;
	{
		const c = v.image;
		if (c !== undefined) {
			const d = $df59(c);
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
			const d = $df62(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["metadata"] = d;
			}
		}
	}
	{
		const c = v.spec;
		if (c !== undefined) {
			const d = $df65(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["spec"] = d;
			}
		}
	}
	{
		const c = v.status;
		if (c !== undefined) {
			const d = $df81(c);
			if (d !== c) {
				if (o === v) o = { ...v };
				o["status"] = d;
			}
		}
	}
	return o;
};
function $v_Image(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	const x23 = e === null ? 0 : e.length;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.apiVersion;
		if (x1 !== undefined && !$hasOwn(v, "apiVersion")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!(x1 === "image.openshift.io/v1" || r && x1 === "v1")) {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "apiVersion"), x1, r ? ["image.openshift.io/v1", "v1"] : ["image.openshift.io/v1"]));
				}
			}
		}
		let x2 = v.dockerImageConfig;
		if (x2 !== undefined && !$hasOwn(v, "dockerImageConfig")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "dockerImageConfig"), x2, "string"));
				}
			}
		}
		let x3 = v.dockerImageLayers;
		if (x3 !== undefined && !$hasOwn(v, "dockerImageLayers")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (!Array.isArray(x3)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "dockerImageLayers"), x3, "array"));
				} else {
					for (let x4 = 0; x4 < x3.length; x4++) {
						const x5 = x3[x4];
						if (!$v_ImageLayer(x5, e === null ? "" : $index($field(p, "dockerImageLayers"), x4), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		let x6 = v.dockerImageManifest;
		if (x6 !== undefined && !$hasOwn(v, "dockerImageManifest")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (typeof x6 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "dockerImageManifest"), x6, "string"));
				}
			}
		}
		let x7 = v.dockerImageManifestMediaType;
		if (x7 !== undefined && !$hasOwn(v, "dockerImageManifestMediaType")) x7 = undefined;
		if (x7 !== undefined) {
			if (x7 !== null) {
				if (typeof x7 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "dockerImageManifestMediaType"), x7, "string"));
				}
			}
		}
		let x8 = v.dockerImageManifests;
		if (x8 !== undefined && !$hasOwn(v, "dockerImageManifests")) x8 = undefined;
		if (x8 !== undefined) {
			if (x8 !== null) {
				if (!Array.isArray(x8)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "dockerImageManifests"), x8, "array"));
				} else {
					for (let x9 = 0; x9 < x8.length; x9++) {
						const x10 = x8[x9];
						if (!$v_ImageManifest(x10, e === null ? "" : $index($field(p, "dockerImageManifests"), x9), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		let x11 = v.dockerImageMetadata;
		if (x11 !== undefined && !$hasOwn(v, "dockerImageMetadata")) x11 = undefined;
		if (x11 !== undefined) {
			if (x11 !== null) {
				if (!$v_RawExtension(x11, e === null ? "" : $field(p, "dockerImageMetadata"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x12 = v.dockerImageMetadataVersion;
		if (x12 !== undefined && !$hasOwn(v, "dockerImageMetadataVersion")) x12 = undefined;
		if (x12 !== undefined) {
			if (x12 !== null) {
				if (typeof x12 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "dockerImageMetadataVersion"), x12, "string"));
				}
			}
		}
		let x13 = v.dockerImageReference;
		if (x13 !== undefined && !$hasOwn(v, "dockerImageReference")) x13 = undefined;
		if (x13 !== undefined) {
			if (x13 !== null) {
				if (typeof x13 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "dockerImageReference"), x13, "string"));
				}
			}
		}
		let x14 = v.dockerImageSignatures;
		if (x14 !== undefined && !$hasOwn(v, "dockerImageSignatures")) x14 = undefined;
		if (x14 !== undefined) {
			if (x14 !== null) {
				if (!Array.isArray(x14)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "dockerImageSignatures"), x14, "array"));
				} else {
					for (let x15 = 0; x15 < x14.length; x15++) {
						const x16 = x14[x15];
						if (typeof x16 !== "string") {
							if (e === null) return false;
							ok = false;
							e.push($typeInvalid($index($field(p, "dockerImageSignatures"), x15), x16, "string"));
						} else {
							if (!$isBase64(x16)) {
								if (e === null) return false;
								ok = false;
								e.push($invalid($index($field(p, "dockerImageSignatures"), x15), x16, "must be base64-encoded"));
							}
						}
					}
				}
			}
		}
		let x17 = v.kind;
		if (x17 !== undefined && !$hasOwn(v, "kind")) x17 = undefined;
		if (x17 !== undefined) {
			if (x17 !== null) {
				if (x17 !== "Image") {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "kind"), x17, ["Image"]));
				}
			}
		}
		let x18 = v.metadata;
		if (x18 !== undefined && !$hasOwn(v, "metadata")) x18 = undefined;
		if (x18 !== undefined) {
			if (x18 !== null) {
				if (!$v_ObjectMeta(x18, e === null ? "" : $field(p, "metadata"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x19 = v.signatures;
		if (x19 !== undefined && !$hasOwn(v, "signatures")) x19 = undefined;
		if (x19 !== undefined) {
			if (x19 !== null) {
				if (!Array.isArray(x19)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "signatures"), x19, "array"));
				} else {
					for (let x20 = 0; x20 < x19.length; x20++) {
						const x21 = x19[x20];
						if (!$v_ImageSignature(x21, e === null ? "" : $index($field(p, "signatures"), x20), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		if (s === 1) {
			for (const x22 in v) {
				if (!$hasOwn(v, x22)) continue;
				switch (x22) {
					case "apiVersion":
					case "dockerImageConfig":
					case "dockerImageLayers":
					case "dockerImageManifest":
					case "dockerImageManifestMediaType":
					case "dockerImageManifests":
					case "dockerImageMetadata":
					case "dockerImageMetadataVersion":
					case "dockerImageReference":
					case "dockerImageSignatures":
					case "kind":
					case "metadata":
					case "signatures": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x22), v[x22]));
				}
			}
		}
	}
	const x24 = e === null || e.length === x23;
	const x25 = x24 ? $df1(v) : v;
	if (x24 && x25 !== null && x25 !== undefined && !r) {
		let x26 = true;
		let x27 = "";
		try {
			x26 = $cel_true($cel_bool($cel_not($cel_has(x25, "dockerImageManifests"))) || $cel_bool($cel_eq($cel_get(x25, "dockerImageManifests"), null)) || $cel_bool($cel_eq($cel_size($cel_get(x25, "dockerImageManifests")), 0)) || $cel_bool($cel_not($cel_has(x25, "dockerImageLayers"))) || $cel_bool($cel_eq($cel_get(x25, "dockerImageLayers"), null)) || $cel_bool($cel_eq($cel_size($cel_get(x25, "dockerImageLayers")), 0)));
		} catch {
			try {
				x26 = $cel_true($cel_or([
					() => $cel_not($cel_has(x25, "dockerImageManifests")),
					() => $cel_eq($cel_get(x25, "dockerImageManifests"), null),
					() => $cel_eq($cel_size($cel_get(x25, "dockerImageManifests")), 0),
					() => $cel_not($cel_has(x25, "dockerImageLayers")),
					() => $cel_eq($cel_get(x25, "dockerImageLayers"), null),
					() => $cel_eq($cel_size($cel_get(x25, "dockerImageLayers")), 0)
				]));
			} catch (error) {
				x26 = false;
				x27 = String(error instanceof Error ? error.message : error) + " evaluating rule: dockerImageLayers should not be set when dockerImageManifests is set";
			}
		}
		if (!x26) {
			if (x27 === "") {
				if (e === null) return false;
				ok = false;
				e.push($rule($field(p, "dockerImageLayers"), "FieldValueInvalid", "dockerImageLayers should not be set when dockerImageManifests is set", "object"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x27, "object"));
			}
		}
	}
	if (x24 && x25 !== null && x25 !== undefined && !r) {
		let x28 = true;
		let x29 = "";
		try {
			x28 = $cel_true($cel_bool($cel_not($cel_has(x25, "dockerImageReference"))) || $cel_bool($cel_eq($cel_get(x25, "dockerImageReference"), "")) || $cel_bool($cel_bool($cel_matches($cel_get(x25, "dockerImageReference"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$")) && $cel_bool($cel_bool($cel_cmp($cel_size($cel_get(x25, "dockerImageReference")), 255) <= 0) || $cel_bool($cel_cmp($cel_size($cel_bool($cel_cmp($cel_lastIndexOf($cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0), ":"), $cel_lastIndexOf($cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0), "/")) > 0) ? $cel_substring($cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0), 0, $cel_lastIndexOf($cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0), ":")) : $cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0)), 255) <= 0))));
		} catch {
			try {
				x28 = $cel_true($cel_or([
					() => $cel_not($cel_has(x25, "dockerImageReference")),
					() => $cel_eq($cel_get(x25, "dockerImageReference"), ""),
					() => $cel_and([() => $cel_matches($cel_get(x25, "dockerImageReference"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"), () => $cel_or([() => $cel_cmp($cel_size($cel_get(x25, "dockerImageReference")), 255) <= 0, () => $cel_cmp($cel_size($cel_bool($cel_cmp($cel_lastIndexOf($cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0), ":"), $cel_lastIndexOf($cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0), "/")) > 0) ? $cel_substring($cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0), 0, $cel_lastIndexOf($cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0), ":")) : $cel_index($cel_split($cel_get(x25, "dockerImageReference"), "@"), 0)), 255) <= 0])])
				]));
			} catch (error) {
				x28 = false;
				x29 = String(error instanceof Error ? error.message : error) + " evaluating rule: invalid reference format";
			}
		}
		if (!x28) {
			if (x29 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "dockerImageReference"), $cel_quoted(() => $cel_get(x25, "dockerImageReference"), "object"), $cel_message(() => $cel_bool($cel_not($cel_matches($cel_get(x25, "dockerImageReference"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"))) ? $cel_bool($cel_matches($cel_lowerAscii($cel_get(x25, "dockerImageReference")), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$")) ? "repository name must be lowercase" : "invalid reference format" : "repository name must not be more than 255 characters", "invalid reference format")));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x29, "object"));
			}
		}
	}
	return ok;
}
function $v_ImageLayer(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.mediaType;
		if (x1 !== undefined && !$hasOwn(v, "mediaType")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "mediaType"), x1, "string"));
				}
			}
		}
		let x2 = v.name;
		if (x2 !== undefined && !$hasOwn(v, "name")) x2 = undefined;
		if (x2 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "name")));
			}
		} else {
			if (typeof x2 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "name"), x2, "string"));
			}
		}
		let x3 = v.size;
		if (x3 !== undefined && !$hasOwn(v, "size")) x3 = undefined;
		if (x3 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "size")));
			}
		} else {
			if (typeof x3 !== "number" || !Number.isInteger(x3)) {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "size"), x3, "integer"));
			} else {
				if (!Number.isSafeInteger(x3)) {
					if (e === null) return false;
					ok = false;
					e.push($invalid($field(p, "size"), x3, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		if (s === 1) {
			for (const x4 in v) {
				if (!$hasOwn(v, x4)) continue;
				switch (x4) {
					case "mediaType":
					case "name":
					case "size": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x4), v[x4]));
				}
			}
		}
	}
	return ok;
}
function $v_ImageManifest(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	const x8 = e === null ? 0 : e.length;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.architecture;
		if (x1 !== undefined && !$hasOwn(v, "architecture")) x1 = undefined;
		if (x1 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "architecture")));
			}
		} else {
			if (typeof x1 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "architecture"), x1, "string"));
			}
		}
		let x2 = v.digest;
		if (x2 !== undefined && !$hasOwn(v, "digest")) x2 = undefined;
		if (x2 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "digest")));
			}
		} else {
			if (typeof x2 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "digest"), x2, "string"));
			}
		}
		let x3 = v.manifestSize;
		if (x3 !== undefined && !$hasOwn(v, "manifestSize")) x3 = undefined;
		if (x3 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "manifestSize")));
			}
		} else {
			if (typeof x3 !== "number" || !Number.isInteger(x3)) {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "manifestSize"), x3, "integer"));
			} else {
				if (!Number.isSafeInteger(x3)) {
					if (e === null) return false;
					ok = false;
					e.push($invalid($field(p, "manifestSize"), x3, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		let x4 = v.mediaType;
		if (x4 !== undefined && !$hasOwn(v, "mediaType")) x4 = undefined;
		if (x4 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "mediaType")));
			}
		} else {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "mediaType"), x4, "string"));
			}
		}
		let x5 = v.os;
		if (x5 !== undefined && !$hasOwn(v, "os")) x5 = undefined;
		if (x5 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "os")));
			}
		} else {
			if (typeof x5 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "os"), x5, "string"));
			}
		}
		let x6 = v.variant;
		if (x6 !== undefined && !$hasOwn(v, "variant")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (typeof x6 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "variant"), x6, "string"));
				}
			}
		}
		if (s === 1) {
			for (const x7 in v) {
				if (!$hasOwn(v, x7)) continue;
				switch (x7) {
					case "architecture":
					case "digest":
					case "manifestSize":
					case "mediaType":
					case "os":
					case "variant": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x7), v[x7]));
				}
			}
		}
	}
	const x9 = e === null || e.length === x8;
	const x10 = x9 ? $df13(v) : v;
	if (x9 && x10 !== null && x10 !== undefined && !r) {
		let x11 = true;
		let x12 = "";
		try {
			x11 = $cel_true($cel_bool($cel_not($cel_has(x10, "digest"))) || $cel_bool($cel_matches($cel_get(x10, "digest"), "[A-Za-z][0-9]*[:][[:xdigit:]]{32}")));
		} catch {
			try {
				x11 = $cel_true($cel_or([() => $cel_not($cel_has(x10, "digest")), () => $cel_matches($cel_get(x10, "digest"), "[A-Za-z][0-9]*[:][[:xdigit:]]{32}")]));
			} catch (error) {
				x11 = false;
				x12 = String(error instanceof Error ? error.message : error) + " evaluating rule: digest does not conform with OCI image specification";
			}
		}
		if (!x11) {
			if (x12 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "digest"), $cel_quoted(() => $cel_get(x10, "digest"), "object"), "digest does not conform with OCI image specification"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x12, "object"));
			}
		}
	}
	if (x9 && x10 !== null && x10 !== undefined && !r) {
		let x13 = true;
		let x14 = "";
		try {
			x13 = $cel_true($cel_bool($cel_not($cel_has(x10, "mediaType"))) || $cel_bool($cel_matches($cel_get(x10, "mediaType"), "^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$")));
		} catch {
			try {
				x13 = $cel_true($cel_or([() => $cel_not($cel_has(x10, "mediaType")), () => $cel_matches($cel_get(x10, "mediaType"), "^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$")]));
			} catch (error) {
				x13 = false;
				x14 = String(error instanceof Error ? error.message : error) + " evaluating rule: media type does not conform to RFC6838";
			}
		}
		if (!x13) {
			if (x14 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "mediaType"), $cel_quoted(() => $cel_get(x10, "mediaType"), "object"), "media type does not conform to RFC6838"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x14, "object"));
			}
		}
	}
	if (x9 && x10 !== null && x10 !== undefined && !r) {
		let x15 = true;
		let x16 = "";
		try {
			x15 = $cel_true($cel_bool($cel_not($cel_has(x10, "manifestSize"))) || $cel_bool($cel_cmp($cel_get(x10, "manifestSize"), 0) >= 0));
		} catch {
			try {
				x15 = $cel_true($cel_or([() => $cel_not($cel_has(x10, "manifestSize")), () => $cel_cmp($cel_get(x10, "manifestSize"), 0) >= 0]));
			} catch (error) {
				x15 = false;
				x16 = String(error instanceof Error ? error.message : error) + " evaluating rule: manifest size cannot be negative";
			}
		}
		if (!x15) {
			if (x16 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "size"), $cel_quoted(() => $cel_get(x10, "manifestSize"), "object"), "manifest size cannot be negative"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x16, "object"));
			}
		}
	}
	return ok;
}
function $v_ImageSignature(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	const x17 = e === null ? 0 : e.length;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.apiVersion;
		if (x1 !== undefined && !$hasOwn(v, "apiVersion")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!(x1 === "image.openshift.io/v1" || r && x1 === "v1")) {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "apiVersion"), x1, r ? ["image.openshift.io/v1", "v1"] : ["image.openshift.io/v1"]));
				}
			}
		}
		let x2 = v.conditions;
		if (x2 !== undefined && !$hasOwn(v, "conditions")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (!Array.isArray(x2)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "conditions"), x2, "array"));
				} else {
					for (let x3 = 0; x3 < x2.length; x3++) {
						const x4 = x2[x3];
						if (!$v_SignatureCondition(x4, e === null ? "" : $index($field(p, "conditions"), x3), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		let x5 = v.content;
		if (x5 !== undefined && !$hasOwn(v, "content")) x5 = undefined;
		if (x5 === undefined) {
			if (!r) {
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "content")));
			}
		} else {
			if (x5 === null) {
				if (!r) {
					if (e === null) return false;
					ok = false;
					e.push($invalid($field(p, "content"), x5, "must not be null"));
				}
			} else {
				if (typeof x5 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "content"), x5, "string"));
				} else {
					if (!$isBase64(x5)) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "content"), x5, "must be base64-encoded"));
					}
				}
			}
		}
		let x6 = v.created;
		if (x6 !== undefined && !$hasOwn(v, "created")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (!$v_Time(x6, e === null ? "" : $field(p, "created"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x7 = v.imageIdentity;
		if (x7 !== undefined && !$hasOwn(v, "imageIdentity")) x7 = undefined;
		if (x7 !== undefined) {
			if (x7 !== null) {
				if (typeof x7 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "imageIdentity"), x7, "string"));
				}
			}
		}
		let x8 = v.issuedBy;
		if (x8 !== undefined && !$hasOwn(v, "issuedBy")) x8 = undefined;
		if (x8 !== undefined) {
			if (x8 !== null) {
				if (!$v_SignatureIssuer(x8, e === null ? "" : $field(p, "issuedBy"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x9 = v.issuedTo;
		if (x9 !== undefined && !$hasOwn(v, "issuedTo")) x9 = undefined;
		if (x9 !== undefined) {
			if (x9 !== null) {
				if (!$v_SignatureSubject(x9, e === null ? "" : $field(p, "issuedTo"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x10 = v.kind;
		if (x10 !== undefined && !$hasOwn(v, "kind")) x10 = undefined;
		if (x10 !== undefined) {
			if (x10 !== null) {
				if (x10 !== "ImageSignature") {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "kind"), x10, ["ImageSignature"]));
				}
			}
		}
		let x11 = v.metadata;
		if (x11 !== undefined && !$hasOwn(v, "metadata")) x11 = undefined;
		if (x11 !== undefined) {
			if (x11 !== null) {
				if (!$v_ObjectMeta(x11, e === null ? "" : $field(p, "metadata"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x12 = v.signedClaims;
		if (x12 !== undefined && !$hasOwn(v, "signedClaims")) x12 = undefined;
		if (x12 !== undefined) {
			if (x12 !== null) {
				if (!$isObject(x12)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "signedClaims"), x12, "object"));
				} else {
					for (const x13 in x12) {
						if (!$hasOwn(x12, x13)) continue;
						const x14 = x12[x13];
						if (x14 !== null) {
							if (typeof x14 !== "string") {
								if (e === null) return false;
								ok = false;
								e.push($typeInvalid($key($field(p, "signedClaims"), x13), x14, "string"));
							}
						}
					}
				}
			}
		}
		let x15 = v.type;
		if (x15 !== undefined && !$hasOwn(v, "type")) x15 = undefined;
		if (x15 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "type")));
			}
		} else {
			if (typeof x15 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "type"), x15, "string"));
			}
		}
		if (s === 1) {
			for (const x16 in v) {
				if (!$hasOwn(v, x16)) continue;
				switch (x16) {
					case "apiVersion":
					case "conditions":
					case "content":
					case "created":
					case "imageIdentity":
					case "issuedBy":
					case "issuedTo":
					case "kind":
					case "metadata":
					case "signedClaims":
					case "type": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x16), v[x16]));
				}
			}
		}
	}
	const x18 = e === null || e.length === x17;
	const x19 = x18 ? $df46(v) : v;
	if (x18 && x19 !== null && x19 !== undefined && !r) {
		let x20 = true;
		let x21 = "";
		try {
			x20 = $cel_true($cel_bool($cel_has(x19, "metadata")) && $cel_bool($cel_has($cel_get(x19, "metadata"), "name")) && $cel_bool($cel_matches($cel_get($cel_get(x19, "metadata"), "name"), "^[^@]+@[^@]+$")));
		} catch {
			try {
				x20 = $cel_true($cel_and([
					() => $cel_has(x19, "metadata"),
					() => $cel_has($cel_get(x19, "metadata"), "name"),
					() => $cel_matches($cel_get($cel_get(x19, "metadata"), "name"), "^[^@]+@[^@]+$")
				]));
			} catch (error) {
				x20 = false;
				x21 = String(error instanceof Error ? error.message : error) + " evaluating rule: name must be of format <imageName>@<signatureName>";
			}
		}
		if (!x20) {
			if (x21 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "metadata.name"), $cel_quoted(() => $cel_bool($cel_and([() => $cel_has(x19, "metadata"), () => $cel_has($cel_get(x19, "metadata"), "name")])) ? $cel_get($cel_get(x19, "metadata"), "name") : "", "object"), "name must be of format <imageName>@<signatureName>"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x21, "object"));
			}
		}
	}
	if (x18 && x19 !== null && x19 !== undefined && !r) {
		let x22 = true;
		let x23 = "";
		try {
			x22 = $cel_true($cel_bool($cel_not($cel_has(x19, "metadata"))) || $cel_bool($cel_not($cel_has($cel_get(x19, "metadata"), "labels"))) || $cel_bool($cel_eq($cel_get($cel_get(x19, "metadata"), "labels"), null)) || $cel_bool($cel_eq($cel_size($cel_get($cel_get(x19, "metadata"), "labels")), 0)));
		} catch {
			try {
				x22 = $cel_true($cel_or([
					() => $cel_not($cel_has(x19, "metadata")),
					() => $cel_not($cel_has($cel_get(x19, "metadata"), "labels")),
					() => $cel_eq($cel_get($cel_get(x19, "metadata"), "labels"), null),
					() => $cel_eq($cel_size($cel_get($cel_get(x19, "metadata"), "labels")), 0)
				]));
			} catch (error) {
				x22 = false;
				x23 = String(error instanceof Error ? error.message : error) + " evaluating rule: signature labels cannot be set";
			}
		}
		if (!x22) {
			if (x23 === "") {
				if (e === null) return false;
				ok = false;
				e.push($rule($field(p, "metadata.labels"), "FieldValueForbidden", "signature labels cannot be set", "object"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x23, "object"));
			}
		}
	}
	if (x18 && x19 !== null && x19 !== undefined && !r) {
		let x24 = true;
		let x25 = "";
		try {
			x24 = $cel_true($cel_bool($cel_not($cel_has(x19, "metadata"))) || $cel_bool($cel_not($cel_has($cel_get(x19, "metadata"), "annotations"))) || $cel_bool($cel_eq($cel_get($cel_get(x19, "metadata"), "annotations"), null)) || $cel_bool($cel_eq($cel_size($cel_get($cel_get(x19, "metadata"), "annotations")), 0)));
		} catch {
			try {
				x24 = $cel_true($cel_or([
					() => $cel_not($cel_has(x19, "metadata")),
					() => $cel_not($cel_has($cel_get(x19, "metadata"), "annotations")),
					() => $cel_eq($cel_get($cel_get(x19, "metadata"), "annotations"), null),
					() => $cel_eq($cel_size($cel_get($cel_get(x19, "metadata"), "annotations")), 0)
				]));
			} catch (error) {
				x24 = false;
				x25 = String(error instanceof Error ? error.message : error) + " evaluating rule: signature annotations cannot be set";
			}
		}
		if (!x24) {
			if (x25 === "") {
				if (e === null) return false;
				ok = false;
				e.push($rule($field(p, "metadata.annotations"), "FieldValueForbidden", "signature annotations cannot be set", "object"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x25, "object"));
			}
		}
	}
	if (x18 && x19 !== null && x19 !== undefined && !r) {
		let x26 = true;
		let x27 = "";
		try {
			x26 = $cel_true($cel_bool($cel_not($cel_has(x19, "conditions"))) || $cel_bool($cel_eq($cel_get(x19, "conditions"), null)) || $cel_bool($cel_eq($cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted")), $cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "ForImage")))));
		} catch {
			try {
				x26 = $cel_true($cel_or([
					() => $cel_not($cel_has(x19, "conditions")),
					() => $cel_eq($cel_get(x19, "conditions"), null),
					() => $cel_eq($cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted")), $cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "ForImage")))
				]));
			} catch (error) {
				x26 = false;
				x27 = String(error instanceof Error ? error.message : error) + " evaluating rule: missing condition type";
			}
		}
		if (!x26) {
			if (x27 === "") {
				if (e === null) return false;
				ok = false;
				e.push($rule($field(p, "conditions"), "FieldValueInvalid", $cel_message(() => $cel_bool($cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_eq($cel_get($cel_it1, "type"), "Trusted"))) ? "missing \"ForImage\" condition type" : "missing \"Trusted\" condition type", "missing condition type"), "object"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x27, "object"));
			}
		}
	}
	if (x18 && x19 !== null && x19 !== undefined && !r) {
		let x28 = true;
		let x29 = "";
		try {
			x28 = $cel_true($cel_bool($cel_bool($cel_has(x19, "conditions")) && $cel_bool(!$cel_eq($cel_get(x19, "conditions"), null)) && $cel_bool($cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_bool($cel_eq($cel_get($cel_it1, "type"), "Trusted")) && $cel_bool(!$cel_eq($cel_get($cel_it1, "status"), "Unknown"))))) || $cel_bool($cel_not($cel_has(x19, "imageIdentity"))) || $cel_bool($cel_eq($cel_get(x19, "imageIdentity"), "")));
		} catch {
			try {
				x28 = $cel_true($cel_or([
					() => $cel_and([
						() => $cel_has(x19, "conditions"),
						() => !$cel_eq($cel_get(x19, "conditions"), null),
						() => $cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_and([() => $cel_eq($cel_get($cel_it1, "type"), "Trusted"), () => !$cel_eq($cel_get($cel_it1, "status"), "Unknown")]))
					]),
					() => $cel_not($cel_has(x19, "imageIdentity")),
					() => $cel_eq($cel_get(x19, "imageIdentity"), "")
				]));
			} catch (error) {
				x28 = false;
				x29 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be unset for unknown signature state";
			}
		}
		if (!x28) {
			if (x29 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "imageIdentity"), $cel_quoted(() => $cel_get(x19, "imageIdentity"), "object"), "must be unset for unknown signature state"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x29, "object"));
			}
		}
	}
	if (x18 && x19 !== null && x19 !== undefined && !r) {
		let x30 = true;
		let x31 = "";
		try {
			x30 = $cel_true($cel_bool($cel_bool($cel_has(x19, "conditions")) && $cel_bool(!$cel_eq($cel_get(x19, "conditions"), null)) && $cel_bool($cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_bool($cel_eq($cel_get($cel_it1, "type"), "Trusted")) && $cel_bool(!$cel_eq($cel_get($cel_it1, "status"), "Unknown"))))) || $cel_bool($cel_not($cel_has(x19, "signedClaims"))) || $cel_bool($cel_eq($cel_get(x19, "signedClaims"), null)) || $cel_bool($cel_eq($cel_size($cel_get(x19, "signedClaims")), 0)));
		} catch {
			try {
				x30 = $cel_true($cel_or([
					() => $cel_and([
						() => $cel_has(x19, "conditions"),
						() => !$cel_eq($cel_get(x19, "conditions"), null),
						() => $cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_and([() => $cel_eq($cel_get($cel_it1, "type"), "Trusted"), () => !$cel_eq($cel_get($cel_it1, "status"), "Unknown")]))
					]),
					() => $cel_not($cel_has(x19, "signedClaims")),
					() => $cel_eq($cel_get(x19, "signedClaims"), null),
					() => $cel_eq($cel_size($cel_get(x19, "signedClaims")), 0)
				]));
			} catch (error) {
				x30 = false;
				x31 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be unset for unknown signature state";
			}
		}
		if (!x30) {
			if (x31 === "") {
				if (e === null) return false;
				ok = false;
				e.push($rule($field(p, "signedClaims"), "FieldValueInvalid", "must be unset for unknown signature state", "object"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x31, "object"));
			}
		}
	}
	if (x18 && x19 !== null && x19 !== undefined && !r) {
		let x32 = true;
		let x33 = "";
		try {
			x32 = $cel_true($cel_bool($cel_bool($cel_has(x19, "conditions")) && $cel_bool(!$cel_eq($cel_get(x19, "conditions"), null)) && $cel_bool($cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_bool($cel_eq($cel_get($cel_it1, "type"), "Trusted")) && $cel_bool(!$cel_eq($cel_get($cel_it1, "status"), "Unknown"))))) || $cel_bool($cel_not($cel_has(x19, "issuedBy"))) || $cel_bool($cel_eq($cel_get(x19, "issuedBy"), null)));
		} catch {
			try {
				x32 = $cel_true($cel_or([
					() => $cel_and([
						() => $cel_has(x19, "conditions"),
						() => !$cel_eq($cel_get(x19, "conditions"), null),
						() => $cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_and([() => $cel_eq($cel_get($cel_it1, "type"), "Trusted"), () => !$cel_eq($cel_get($cel_it1, "status"), "Unknown")]))
					]),
					() => $cel_not($cel_has(x19, "issuedBy")),
					() => $cel_eq($cel_get(x19, "issuedBy"), null)
				]));
			} catch (error) {
				x32 = false;
				x33 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be unset for unknown signature state";
			}
		}
		if (!x32) {
			if (x33 === "") {
				if (e === null) return false;
				ok = false;
				e.push($rule($field(p, "issuedBy"), "FieldValueInvalid", "must be unset for unknown signature state", "object"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x33, "object"));
			}
		}
	}
	if (x18 && x19 !== null && x19 !== undefined && !r) {
		let x34 = true;
		let x35 = "";
		try {
			x34 = $cel_true($cel_bool($cel_bool($cel_has(x19, "conditions")) && $cel_bool(!$cel_eq($cel_get(x19, "conditions"), null)) && $cel_bool($cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_bool($cel_eq($cel_get($cel_it1, "type"), "Trusted")) && $cel_bool(!$cel_eq($cel_get($cel_it1, "status"), "Unknown"))))) || $cel_bool($cel_not($cel_has(x19, "issuedTo"))) || $cel_bool($cel_eq($cel_get(x19, "issuedTo"), null)));
		} catch {
			try {
				x34 = $cel_true($cel_or([
					() => $cel_and([
						() => $cel_has(x19, "conditions"),
						() => !$cel_eq($cel_get(x19, "conditions"), null),
						() => $cel_exists($cel_get(x19, "conditions"), ($cel_it1) => $cel_and([() => $cel_eq($cel_get($cel_it1, "type"), "Trusted"), () => !$cel_eq($cel_get($cel_it1, "status"), "Unknown")]))
					]),
					() => $cel_not($cel_has(x19, "issuedTo")),
					() => $cel_eq($cel_get(x19, "issuedTo"), null)
				]));
			} catch (error) {
				x34 = false;
				x35 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be unset for unknown signature state";
			}
		}
		if (!x34) {
			if (x35 === "") {
				if (e === null) return false;
				ok = false;
				e.push($rule($field(p, "issuedTo"), "FieldValueInvalid", "must be unset for unknown signature state", "object"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x35, "object"));
			}
		}
	}
	return ok;
}
function $v_ImageTag(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	const x9 = e === null ? 0 : e.length;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.apiVersion;
		if (x1 !== undefined && !$hasOwn(v, "apiVersion")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!(x1 === "image.openshift.io/v1" || r && x1 === "v1")) {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "apiVersion"), x1, r ? ["image.openshift.io/v1", "v1"] : ["image.openshift.io/v1"]));
				}
			}
		}
		let x2 = v.image;
		if (x2 !== undefined && !$hasOwn(v, "image")) x2 = undefined;
		if (x2 !== undefined) {
			if (r) {
				if (x2 === null) {} else {
					if (!$v_Image(x2, e === null ? "" : $field(p, "image"), e, true, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			} else {
				if (!$decoded(x2, $dd_Image, e === null ? "" : $field(p, "image"), e, c, true, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x3 = v.kind;
		if (x3 !== undefined && !$hasOwn(v, "kind")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (x3 !== "ImageTag") {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "kind"), x3, ["ImageTag"]));
				}
			}
		}
		let x4 = v.metadata;
		if (x4 !== undefined && !$hasOwn(v, "metadata")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (!$v_ObjectMeta(x4, e === null ? "" : $field(p, "metadata"), e, r, m, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
				if (!$h1(x4, e === null ? "" : $field(p, "metadata"), e, r, m, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
				if ($isObject(x4)) {
					if (c === 1) {
						for (const x5 in x4) {
							if (!$hasOwn(x4, x5)) continue;
							switch (x5) {
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
								ok = false;
								e.push($unknownField($field($field(p, "metadata"), x5), x4[x5]));
							}
						}
					}
				}
			}
		}
		let x6 = v.spec;
		if (x6 !== undefined && !$hasOwn(v, "spec")) x6 = undefined;
		if (x6 === undefined) {
			if (!r) {
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "spec")));
			}
		} else {
			if (x6 === null && !r) {
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "spec")));
			} else {
				if (x6 === null) {
					if (!r) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "spec"), x6, "must not be null"));
					}
				} else {
					if (!$v_TagReference(x6, e === null ? "" : $field(p, "spec"), e, r, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			}
		}
		let x7 = v.status;
		if (x7 !== undefined && !$hasOwn(v, "status")) x7 = undefined;
		if (x7 !== undefined) {
			if (r) {
				if (x7 === null) {} else {
					if (!$v_NamedTagEventList(x7, e === null ? "" : $field(p, "status"), e, true, c, d + 1)) {
						if (e === null) return false;
						ok = false;
					}
				}
			} else {
				if (!$decoded(x7, $dd_NamedTagEventList, e === null ? "" : $field(p, "status"), e, c, true, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		if (s === 1) {
			for (const x8 in v) {
				if (!$hasOwn(v, x8)) continue;
				switch (x8) {
					case "apiVersion":
					case "image":
					case "kind":
					case "metadata":
					case "spec":
					case "status": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x8), v[x8]));
				}
			}
		}
	}
	const x10 = e === null || e.length === x9;
	const x11 = x10 ? $df58(v) : v;
	if (x10 && x11 !== null && x11 !== undefined && !r) {
		let x12 = true;
		let x13 = "";
		try {
			x12 = $cel_true($cel_bool($cel_not($cel_has(x11, "spec"))) || $cel_bool($cel_not($cel_has($cel_get(x11, "spec"), "name"))) || $cel_bool($cel_eq($cel_get($cel_get(x11, "spec"), "name"), "")) || $cel_bool($cel_not($cel_has(x11, "metadata"))) || $cel_bool($cel_not($cel_has($cel_get(x11, "metadata"), "name"))) || $cel_bool($cel_not($cel_contains($cel_get($cel_get(x11, "metadata"), "name"), ":"))) || $cel_bool($cel_eq($cel_substring($cel_get($cel_get(x11, "metadata"), "name"), $cel_checkInt($cel_add($cel_indexOf($cel_get($cel_get(x11, "metadata"), "name"), ":"), 1), false)), $cel_get($cel_get(x11, "spec"), "name"))));
		} catch {
			try {
				x12 = $cel_true($cel_or([
					() => $cel_not($cel_has(x11, "spec")),
					() => $cel_not($cel_has($cel_get(x11, "spec"), "name")),
					() => $cel_eq($cel_get($cel_get(x11, "spec"), "name"), ""),
					() => $cel_not($cel_has(x11, "metadata")),
					() => $cel_not($cel_has($cel_get(x11, "metadata"), "name")),
					() => $cel_not($cel_contains($cel_get($cel_get(x11, "metadata"), "name"), ":")),
					() => $cel_eq($cel_substring($cel_get($cel_get(x11, "metadata"), "name"), $cel_checkInt($cel_add($cel_indexOf($cel_get($cel_get(x11, "metadata"), "name"), ":"), 1), false)), $cel_get($cel_get(x11, "spec"), "name"))
				]));
			} catch (error) {
				x12 = false;
				x13 = String(error instanceof Error ? error.message : error) + " evaluating rule: must match image tag name";
			}
		}
		if (!x12) {
			if (x13 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "spec.name"), $cel_quoted(() => $cel_get($cel_get(x11, "spec"), "name"), "object"), "must match image tag name"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x13, "object"));
			}
		}
	}
	if (x10 && x11 !== null && x11 !== undefined && !r) {
		let x14 = true;
		let x15 = "";
		try {
			x14 = $cel_true($cel_bool($cel_not($cel_has(x11, "metadata"))) || $cel_bool($cel_not($cel_has($cel_get(x11, "metadata"), "name"))) || $cel_bool($cel_not($cel_has($cel_get(x11, "metadata"), "namespace"))) || $cel_bool($cel_not($cel_contains($cel_get($cel_get(x11, "metadata"), "name"), ":"))) || $cel_bool($cel_cmp($cel_checkInt($cel_add($cel_checkInt($cel_add($cel_size($cel_get($cel_get(x11, "metadata"), "namespace")), 1), false), $cel_indexOf($cel_get($cel_get(x11, "metadata"), "name"), ":")), false), 255) <= 0));
		} catch {
			try {
				x14 = $cel_true($cel_or([
					() => $cel_not($cel_has(x11, "metadata")),
					() => $cel_not($cel_has($cel_get(x11, "metadata"), "name")),
					() => $cel_not($cel_has($cel_get(x11, "metadata"), "namespace")),
					() => $cel_not($cel_contains($cel_get($cel_get(x11, "metadata"), "name"), ":")),
					() => $cel_cmp($cel_checkInt($cel_add($cel_checkInt($cel_add($cel_size($cel_get($cel_get(x11, "metadata"), "namespace")), 1), false), $cel_indexOf($cel_get($cel_get(x11, "metadata"), "name"), ":")), false), 255) <= 0
				]));
			} catch (error) {
				x14 = false;
				x15 = String(error instanceof Error ? error.message : error) + " evaluating rule: 'namespace/name' cannot be longer than 255 characters";
			}
		}
		if (!x14) {
			if (x15 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "metadata.name"), $cel_quoted(() => $cel_substring($cel_get($cel_get(x11, "metadata"), "name"), 0, $cel_indexOf($cel_get($cel_get(x11, "metadata"), "name"), ":")), "object"), "'namespace/name' cannot be longer than 255 characters"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x15, "object"));
			}
		}
	}
	if (!r && $isObject(v)) {
		const n = v["metadata"];
		if (!($isObject(n) && (typeof n["name"] === "string" && n["name"] !== "" || typeof n["generateName"] === "string" && n["generateName"] !== ""))) {
			if (e === null) return false;
			ok = false;
			e.push($rule($field($field(p, "metadata"), "name"), "FieldValueRequired", "name or generateName is required"));
		}
		if ($isObject(n) && !$objectMeta(n, false, e === null ? "" : $field(p, "metadata"), e)) {
			if (e === null) return false;
			ok = false;
		}
	}
	return ok;
}
function $v_ImageTagList(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.apiVersion;
		if (x1 !== undefined && !$hasOwn(v, "apiVersion")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!(x1 === "image.openshift.io/v1" || r && x1 === "v1")) {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "apiVersion"), x1, r ? ["image.openshift.io/v1", "v1"] : ["image.openshift.io/v1"]));
				}
			}
		}
		let x2 = v.items;
		if (x2 !== undefined && !$hasOwn(v, "items")) x2 = undefined;
		if (x2 === undefined) {
			if (!r) {
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "items")));
			}
		} else {
			if (x2 === null) {
				if (!r) {
					if (e === null) return false;
					ok = false;
					e.push($invalid($field(p, "items"), x2, "must not be null"));
				}
			} else {
				if (!Array.isArray(x2)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "items"), x2, "array"));
				} else {
					for (let x3 = 0; x3 < x2.length; x3++) {
						const x4 = x2[x3];
						if (!$v_ImageTag(x4, e === null ? "" : $index($field(p, "items"), x3), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		let x5 = v.kind;
		if (x5 !== undefined && !$hasOwn(v, "kind")) x5 = undefined;
		if (x5 !== undefined) {
			if (x5 !== null) {
				if (x5 !== "ImageTagList") {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "kind"), x5, ["ImageTagList"]));
				}
			}
		}
		let x6 = v.metadata;
		if (x6 !== undefined && !$hasOwn(v, "metadata")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (!$v_ListMeta(x6, e === null ? "" : $field(p, "metadata"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		if (s === 1) {
			for (const x7 in v) {
				if (!$hasOwn(v, x7)) continue;
				switch (x7) {
					case "apiVersion":
					case "items":
					case "kind":
					case "metadata": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x7), v[x7]));
				}
			}
		}
	}
	return ok;
}
function $v_NamedTagEventList(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.conditions;
		if (x1 !== undefined && !$hasOwn(v, "conditions")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!Array.isArray(x1)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "conditions"), x1, "array"));
				} else {
					for (let x2 = 0; x2 < x1.length; x2++) {
						const x3 = x1[x2];
						if (!$v_TagEventCondition(x3, e === null ? "" : $index($field(p, "conditions"), x2), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		let x4 = v.items;
		if (x4 !== undefined && !$hasOwn(v, "items")) x4 = undefined;
		if (x4 === undefined) {
			if (!r) {
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "items")));
			}
		} else {
			if (x4 === null) {
				if (!r) {
					if (e === null) return false;
					ok = false;
					e.push($invalid($field(p, "items"), x4, "must not be null"));
				}
			} else {
				if (!Array.isArray(x4)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "items"), x4, "array"));
				} else {
					for (let x5 = 0; x5 < x4.length; x5++) {
						const x6 = x4[x5];
						if (!$v_TagEvent(x6, e === null ? "" : $index($field(p, "items"), x5), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		let x7 = v.tag;
		if (x7 !== undefined && !$hasOwn(v, "tag")) x7 = undefined;
		if (x7 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "tag")));
			}
		} else {
			if (typeof x7 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "tag"), x7, "string"));
			}
		}
		if (s === 1) {
			for (const x8 in v) {
				if (!$hasOwn(v, x8)) continue;
				switch (x8) {
					case "conditions":
					case "items":
					case "tag": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x8), v[x8]));
				}
			}
		}
	}
	return ok;
}
function $v_SignatureCondition(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.lastProbeTime;
		if (x1 !== undefined && !$hasOwn(v, "lastProbeTime")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!$v_Time(x1, e === null ? "" : $field(p, "lastProbeTime"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x2 = v.lastTransitionTime;
		if (x2 !== undefined && !$hasOwn(v, "lastTransitionTime")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (!$v_Time(x2, e === null ? "" : $field(p, "lastTransitionTime"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x3 = v.message;
		if (x3 !== undefined && !$hasOwn(v, "message")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (typeof x3 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "message"), x3, "string"));
				}
			}
		}
		let x4 = v.reason;
		if (x4 !== undefined && !$hasOwn(v, "reason")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (typeof x4 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "reason"), x4, "string"));
				}
			}
		}
		let x5 = v.status;
		if (x5 !== undefined && !$hasOwn(v, "status")) x5 = undefined;
		if (x5 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "status")));
			}
		} else {
			if (!(x5 === "True" || x5 === "False" || x5 === "Unknown")) {
				if (e === null) return false;
				ok = false;
				e.push($notSupported($field(p, "status"), x5, [
					"True",
					"False",
					"Unknown"
				]));
			}
		}
		let x6 = v.type;
		if (x6 !== undefined && !$hasOwn(v, "type")) x6 = undefined;
		if (x6 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "type")));
			}
		} else {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "type"), x6, "string"));
			}
		}
		if (s === 1) {
			for (const x7 in v) {
				if (!$hasOwn(v, x7)) continue;
				switch (x7) {
					case "lastProbeTime":
					case "lastTransitionTime":
					case "message":
					case "reason":
					case "status":
					case "type": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x7), v[x7]));
				}
			}
		}
	}
	return ok;
}
function $v_SignatureIssuer(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.commonName;
		if (x1 !== undefined && !$hasOwn(v, "commonName")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "commonName"), x1, "string"));
				}
			}
		}
		let x2 = v.organization;
		if (x2 !== undefined && !$hasOwn(v, "organization")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "organization"), x2, "string"));
				}
			}
		}
		if (s === 1) {
			for (const x3 in v) {
				if (!$hasOwn(v, x3)) continue;
				switch (x3) {
					case "commonName":
					case "organization": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x3), v[x3]));
				}
			}
		}
	}
	return ok;
}
function $v_SignatureSubject(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.commonName;
		if (x1 !== undefined && !$hasOwn(v, "commonName")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "commonName"), x1, "string"));
				}
			}
		}
		let x2 = v.organization;
		if (x2 !== undefined && !$hasOwn(v, "organization")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "organization"), x2, "string"));
				}
			}
		}
		let x3 = v.publicKeyID;
		if (x3 !== undefined && !$hasOwn(v, "publicKeyID")) x3 = undefined;
		if (x3 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "publicKeyID")));
			}
		} else {
			if (typeof x3 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "publicKeyID"), x3, "string"));
			}
		}
		if (s === 1) {
			for (const x4 in v) {
				if (!$hasOwn(v, x4)) continue;
				switch (x4) {
					case "commonName":
					case "organization":
					case "publicKeyID": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x4), v[x4]));
				}
			}
		}
	}
	return ok;
}
function $v_TagEvent(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.created;
		if (x1 !== undefined && !$hasOwn(v, "created")) x1 = undefined;
		if (x1 === undefined) {
			if (!r) {
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "created")));
			}
		} else {
			if (x1 === null) {
				if (!r) {
					if (e === null) return false;
					ok = false;
					e.push($invalid($field(p, "created"), x1, "must not be null"));
				}
			} else {
				if (!$v_Time(x1, e === null ? "" : $field(p, "created"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x2 = v.dockerImageReference;
		if (x2 !== undefined && !$hasOwn(v, "dockerImageReference")) x2 = undefined;
		if (x2 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "dockerImageReference")));
			}
		} else {
			if (typeof x2 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "dockerImageReference"), x2, "string"));
			}
		}
		let x3 = v.generation;
		if (x3 !== undefined && !$hasOwn(v, "generation")) x3 = undefined;
		if (x3 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "generation")));
			}
		} else {
			if (typeof x3 !== "number" || !Number.isInteger(x3)) {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "generation"), x3, "integer"));
			} else {
				if (!Number.isSafeInteger(x3)) {
					if (e === null) return false;
					ok = false;
					e.push($invalid($field(p, "generation"), x3, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		let x4 = v.image;
		if (x4 !== undefined && !$hasOwn(v, "image")) x4 = undefined;
		if (x4 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "image")));
			}
		} else {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "image"), x4, "string"));
			}
		}
		if (s === 1) {
			for (const x5 in v) {
				if (!$hasOwn(v, x5)) continue;
				switch (x5) {
					case "created":
					case "dockerImageReference":
					case "generation":
					case "image": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x5), v[x5]));
				}
			}
		}
	}
	return ok;
}
function $v_TagEventCondition(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.generation;
		if (x1 !== undefined && !$hasOwn(v, "generation")) x1 = undefined;
		if (x1 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "generation")));
			}
		} else {
			if (typeof x1 !== "number" || !Number.isInteger(x1)) {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "generation"), x1, "integer"));
			} else {
				if (!Number.isSafeInteger(x1)) {
					if (e === null) return false;
					ok = false;
					e.push($invalid($field(p, "generation"), x1, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
				}
			}
		}
		let x2 = v.lastTransitionTime;
		if (x2 !== undefined && !$hasOwn(v, "lastTransitionTime")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (!$v_Time(x2, e === null ? "" : $field(p, "lastTransitionTime"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x3 = v.message;
		if (x3 !== undefined && !$hasOwn(v, "message")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (typeof x3 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "message"), x3, "string"));
				}
			}
		}
		let x4 = v.reason;
		if (x4 !== undefined && !$hasOwn(v, "reason")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (typeof x4 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "reason"), x4, "string"));
				}
			}
		}
		let x5 = v.status;
		if (x5 !== undefined && !$hasOwn(v, "status")) x5 = undefined;
		if (x5 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "status")));
			}
		} else {
			if (!(x5 === "True" || x5 === "False" || x5 === "Unknown")) {
				if (e === null) return false;
				ok = false;
				e.push($notSupported($field(p, "status"), x5, [
					"True",
					"False",
					"Unknown"
				]));
			}
		}
		let x6 = v.type;
		if (x6 !== undefined && !$hasOwn(v, "type")) x6 = undefined;
		if (x6 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "type")));
			}
		} else {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "type"), x6, "string"));
			}
		}
		if (s === 1) {
			for (const x7 in v) {
				if (!$hasOwn(v, x7)) continue;
				switch (x7) {
					case "generation":
					case "lastTransitionTime":
					case "message":
					case "reason":
					case "status":
					case "type": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x7), v[x7]));
				}
			}
		}
	}
	return ok;
}
function $v_TagImportPolicy(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.importMode;
		if (x1 !== undefined && !$hasOwn(v, "importMode")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!(x1 === "" || x1 === "Legacy" || x1 === "PreserveOriginal")) {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "importMode"), x1, ["Legacy", "PreserveOriginal"]));
				}
			}
		}
		let x2 = v.insecure;
		if (x2 !== undefined && !$hasOwn(v, "insecure")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "boolean") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "insecure"), x2, "boolean"));
				}
			}
		}
		let x3 = v.scheduled;
		if (x3 !== undefined && !$hasOwn(v, "scheduled")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (typeof x3 !== "boolean") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "scheduled"), x3, "boolean"));
				}
			}
		}
		if (s === 1) {
			for (const x4 in v) {
				if (!$hasOwn(v, x4)) continue;
				switch (x4) {
					case "importMode":
					case "insecure":
					case "scheduled": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x4), v[x4]));
				}
			}
		}
	}
	return ok;
}
function $v_TagReference(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	const x12 = e === null ? 0 : e.length;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.annotations;
		if (x1 !== undefined && !$hasOwn(v, "annotations")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!$isObject(x1)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "annotations"), x1, "object"));
				} else {
					for (const x2 in x1) {
						if (!$hasOwn(x1, x2)) continue;
						const x3 = x1[x2];
						if (x3 !== null) {
							if (typeof x3 !== "string") {
								if (e === null) return false;
								ok = false;
								e.push($typeInvalid($key($field(p, "annotations"), x2), x3, "string"));
							}
						}
					}
				}
			}
		}
		let x4 = v.from;
		if (x4 !== undefined && !$hasOwn(v, "from")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (!$v_ObjectReference(x4, e === null ? "" : $field(p, "from"), e, r, m, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
				if (!$h2(x4, e === null ? "" : $field(p, "from"), e, r, m, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
				if ($isObject(x4)) {
					if (c === 1) {
						for (const x5 in x4) {
							if (!$hasOwn(x4, x5)) continue;
							switch (x5) {
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
								ok = false;
								e.push($unknownField($field($field(p, "from"), x5), x4[x5]));
							}
						}
					}
				}
			}
		}
		let x6 = v.generation;
		if (x6 !== undefined && !$hasOwn(v, "generation")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (typeof x6 !== "number" || !Number.isInteger(x6)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "generation"), x6, "integer"));
				} else {
					if (!Number.isSafeInteger(x6)) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "generation"), x6, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
					}
				}
			}
		}
		let x7 = v.importPolicy;
		if (x7 !== undefined && !$hasOwn(v, "importPolicy")) x7 = undefined;
		if (x7 !== undefined) {
			if (x7 !== null) {
				if (!$v_TagImportPolicy(x7, e === null ? "" : $field(p, "importPolicy"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x8 = v.name;
		if (x8 !== undefined && !$hasOwn(v, "name")) x8 = undefined;
		if (x8 !== undefined) {
			if (x8 !== null) {
				if (typeof x8 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "name"), x8, "string"));
				}
			}
		}
		let x9 = v.reference;
		if (x9 !== undefined && !$hasOwn(v, "reference")) x9 = undefined;
		if (x9 !== undefined) {
			if (x9 !== null) {
				if (typeof x9 !== "boolean") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "reference"), x9, "boolean"));
				}
			}
		}
		let x10 = v.referencePolicy;
		if (x10 !== undefined && !$hasOwn(v, "referencePolicy")) x10 = undefined;
		if (x10 !== undefined) {
			if (x10 !== null) {
				if (!$v_TagReferencePolicy(x10, e === null ? "" : $field(p, "referencePolicy"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		if (s === 1) {
			for (const x11 in v) {
				if (!$hasOwn(v, x11)) continue;
				switch (x11) {
					case "annotations":
					case "from":
					case "generation":
					case "importPolicy":
					case "name":
					case "reference":
					case "referencePolicy": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x11), v[x11]));
				}
			}
		}
	}
	const x13 = e === null || e.length === x12;
	const x14 = x13 ? $df67(v) : v;
	if (x13 && x14 !== null && x14 !== undefined && !r) {
		let x15 = true;
		let x16 = "";
		try {
			x15 = $cel_true($cel_bool($cel_not($cel_has(x14, "importPolicy"))) || $cel_bool($cel_not($cel_has($cel_get(x14, "importPolicy"), "scheduled"))) || $cel_bool($cel_not($cel_get($cel_get(x14, "importPolicy"), "scheduled"))) || $cel_bool($cel_not($cel_has(x14, "from"))) || $cel_bool($cel_eq($cel_get($cel_get(x14, "from"), "kind"), "DockerImage")));
		} catch {
			try {
				x15 = $cel_true($cel_or([
					() => $cel_not($cel_has(x14, "importPolicy")),
					() => $cel_not($cel_has($cel_get(x14, "importPolicy"), "scheduled")),
					() => $cel_not($cel_get($cel_get(x14, "importPolicy"), "scheduled")),
					() => $cel_not($cel_has(x14, "from")),
					() => $cel_eq($cel_get($cel_get(x14, "from"), "kind"), "DockerImage")
				]));
			} catch (error) {
				x15 = false;
				x16 = String(error instanceof Error ? error.message : error) + " evaluating rule: only tags pointing to Docker repositories may be scheduled for background import";
			}
		}
		if (!x15) {
			if (x16 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "importPolicy.scheduled"), $cel_quoted(() => $cel_get($cel_get(x14, "importPolicy"), "scheduled"), "object"), "only tags pointing to Docker repositories may be scheduled for background import"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x16, "object"));
			}
		}
	}
	if (x13 && x14 !== null && x14 !== undefined && !r) {
		let x17 = true;
		let x18 = "";
		try {
			x17 = $cel_true($cel_bool($cel_not($cel_has(x14, "from"))) || $cel_bool($cel_not($cel_has($cel_get(x14, "from"), "name"))) || $cel_bool($cel_not($cel_has($cel_get(x14, "from"), "kind"))) || $cel_bool(!$cel_eq($cel_get($cel_get(x14, "from"), "kind"), "DockerImage")) || $cel_bool($cel_eq($cel_get($cel_get(x14, "from"), "name"), "")) || $cel_bool($cel_bool($cel_matches($cel_get($cel_get(x14, "from"), "name"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$")) && $cel_bool($cel_bool($cel_cmp($cel_size($cel_get($cel_get(x14, "from"), "name")), 255) <= 0) || $cel_bool($cel_cmp($cel_size($cel_bool($cel_cmp($cel_lastIndexOf($cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0), ":"), $cel_lastIndexOf($cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0), "/")) > 0) ? $cel_substring($cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0), 0, $cel_lastIndexOf($cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0), ":")) : $cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0)), 255) <= 0))));
		} catch {
			try {
				x17 = $cel_true($cel_or([
					() => $cel_not($cel_has(x14, "from")),
					() => $cel_not($cel_has($cel_get(x14, "from"), "name")),
					() => $cel_not($cel_has($cel_get(x14, "from"), "kind")),
					() => !$cel_eq($cel_get($cel_get(x14, "from"), "kind"), "DockerImage"),
					() => $cel_eq($cel_get($cel_get(x14, "from"), "name"), ""),
					() => $cel_and([() => $cel_matches($cel_get($cel_get(x14, "from"), "name"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"), () => $cel_or([() => $cel_cmp($cel_size($cel_get($cel_get(x14, "from"), "name")), 255) <= 0, () => $cel_cmp($cel_size($cel_bool($cel_cmp($cel_lastIndexOf($cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0), ":"), $cel_lastIndexOf($cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0), "/")) > 0) ? $cel_substring($cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0), 0, $cel_lastIndexOf($cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0), ":")) : $cel_index($cel_split($cel_get($cel_get(x14, "from"), "name"), "@"), 0)), 255) <= 0])])
				]));
			} catch (error) {
				x17 = false;
				x18 = String(error instanceof Error ? error.message : error) + " evaluating rule: invalid reference format";
			}
		}
		if (!x17) {
			if (x18 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "from.name"), $cel_quoted(() => $cel_get($cel_get(x14, "from"), "name"), "object"), $cel_message(() => $cel_bool($cel_not($cel_matches($cel_get($cel_get(x14, "from"), "name"), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"))) ? $cel_bool($cel_matches($cel_lowerAscii($cel_get($cel_get(x14, "from"), "name")), "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$")) ? "repository name must be lowercase" : "invalid reference format" : "repository name must not be more than 255 characters", "invalid reference format")));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x18, "object"));
			}
		}
	}
	if (x13 && x14 !== null && x14 !== undefined && !r) {
		let x19 = true;
		let x20 = "";
		try {
			x19 = $cel_true($cel_bool($cel_not($cel_has(x14, "from"))) || $cel_bool($cel_not($cel_has($cel_get(x14, "from"), "name"))) || $cel_bool($cel_bool($cel_bool(!$cel_eq($cel_get($cel_get(x14, "from"), "kind"), "ImageStreamTag")) || $cel_bool($cel_matches($cel_get($cel_get(x14, "from"), "name"), "^[^:]*(:[^:]*)?$"))) && $cel_bool($cel_bool(!$cel_eq($cel_get($cel_get(x14, "from"), "kind"), "ImageStreamImage")) || $cel_bool($cel_matches($cel_get($cel_get(x14, "from"), "name"), "^[^@]*(@[^@]*)?$")))));
		} catch {
			try {
				x19 = $cel_true($cel_or([
					() => $cel_not($cel_has(x14, "from")),
					() => $cel_not($cel_has($cel_get(x14, "from"), "name")),
					() => $cel_and([() => $cel_or([() => !$cel_eq($cel_get($cel_get(x14, "from"), "kind"), "ImageStreamTag"), () => $cel_matches($cel_get($cel_get(x14, "from"), "name"), "^[^:]*(:[^:]*)?$")]), () => $cel_or([() => !$cel_eq($cel_get($cel_get(x14, "from"), "kind"), "ImageStreamImage"), () => $cel_matches($cel_get($cel_get(x14, "from"), "name"), "^[^@]*(@[^@]*)?$")])])
				]));
			} catch (error) {
				x19 = false;
				x20 = String(error instanceof Error ? error.message : error) + " evaluating rule: must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>";
			}
		}
		if (!x19) {
			if (x20 === "") {
				if (e === null) return false;
				ok = false;
				e.push($invalid($field(p, "from.name"), $cel_quoted(() => $cel_get($cel_get(x14, "from"), "name"), "object"), "must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>"));
			} else {
				if (e === null) return false;
				ok = false;
				e.push($rule(p, "FieldValueInvalid", x20, "object"));
			}
		}
	}
	return ok;
}
function $v_TagReferencePolicy(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.type;
		if (x1 !== undefined && !$hasOwn(v, "type")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!(x1 === "" || x1 === "Local" || x1 === "Source")) {
					if (e === null) return false;
					ok = false;
					e.push($notSupported($field(p, "type"), x1, ["Local", "Source"]));
				}
			}
		}
		if (s === 1) {
			for (const x2 in v) {
				if (!$hasOwn(v, x2)) continue;
				switch (x2) {
					case "type": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x2), v[x2]));
				}
			}
		}
	}
	return ok;
}
function $v_ObjectReference(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.apiVersion;
		if (x1 !== undefined && !$hasOwn(v, "apiVersion")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "apiVersion"), x1, "string"));
				}
			}
		}
		let x2 = v.fieldPath;
		if (x2 !== undefined && !$hasOwn(v, "fieldPath")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "fieldPath"), x2, "string"));
				}
			}
		}
		let x3 = v.kind;
		if (x3 !== undefined && !$hasOwn(v, "kind")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (typeof x3 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "kind"), x3, "string"));
				}
			}
		}
		let x4 = v.name;
		if (x4 !== undefined && !$hasOwn(v, "name")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (typeof x4 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "name"), x4, "string"));
				}
			}
		}
		let x5 = v.namespace;
		if (x5 !== undefined && !$hasOwn(v, "namespace")) x5 = undefined;
		if (x5 !== undefined) {
			if (x5 !== null) {
				if (typeof x5 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "namespace"), x5, "string"));
				}
			}
		}
		let x6 = v.resourceVersion;
		if (x6 !== undefined && !$hasOwn(v, "resourceVersion")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (typeof x6 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "resourceVersion"), x6, "string"));
				}
			}
		}
		let x7 = v.uid;
		if (x7 !== undefined && !$hasOwn(v, "uid")) x7 = undefined;
		if (x7 !== undefined) {
			if (x7 !== null) {
				if (typeof x7 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "uid"), x7, "string"));
				}
			}
		}
		if (s === 1) {
			for (const x8 in v) {
				if (!$hasOwn(v, x8)) continue;
				switch (x8) {
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
					ok = false;
					e.push($unknownField($field(p, x8), v[x8]));
				}
			}
		}
	}
	return ok;
}
function $v_DeleteOptions(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.apiVersion;
		if (x1 !== undefined && !$hasOwn(v, "apiVersion")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "apiVersion"), x1, "string"));
				}
			}
		}
		let x2 = v.dryRun;
		if (x2 !== undefined && !$hasOwn(v, "dryRun")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (!Array.isArray(x2)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "dryRun"), x2, "array"));
				} else {
					for (let x3 = 0; x3 < x2.length; x3++) {
						const x4 = x2[x3];
						if (typeof x4 !== "string") {
							if (e === null) return false;
							ok = false;
							e.push($typeInvalid($index($field(p, "dryRun"), x3), x4, "string"));
						}
					}
				}
			}
		}
		let x5 = v.gracePeriodSeconds;
		if (x5 !== undefined && !$hasOwn(v, "gracePeriodSeconds")) x5 = undefined;
		if (x5 !== undefined) {
			if (x5 !== null) {
				if (typeof x5 !== "number" || !Number.isInteger(x5)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "gracePeriodSeconds"), x5, "integer"));
				} else {
					if (!Number.isSafeInteger(x5)) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "gracePeriodSeconds"), x5, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
					}
				}
			}
		}
		let x6 = v.ignoreStoreReadErrorWithClusterBreakingPotential;
		if (x6 !== undefined && !$hasOwn(v, "ignoreStoreReadErrorWithClusterBreakingPotential")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (typeof x6 !== "boolean") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "ignoreStoreReadErrorWithClusterBreakingPotential"), x6, "boolean"));
				}
			}
		}
		let x7 = v.kind;
		if (x7 !== undefined && !$hasOwn(v, "kind")) x7 = undefined;
		if (x7 !== undefined) {
			if (x7 !== null) {
				if (typeof x7 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "kind"), x7, "string"));
				}
			}
		}
		let x8 = v.orphanDependents;
		if (x8 !== undefined && !$hasOwn(v, "orphanDependents")) x8 = undefined;
		if (x8 !== undefined) {
			if (x8 !== null) {
				if (typeof x8 !== "boolean") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "orphanDependents"), x8, "boolean"));
				}
			}
		}
		let x9 = v.preconditions;
		if (x9 !== undefined && !$hasOwn(v, "preconditions")) x9 = undefined;
		if (x9 !== undefined) {
			if (x9 !== null) {
				if (!$v_Preconditions(x9, e === null ? "" : $field(p, "preconditions"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x10 = v.propagationPolicy;
		if (x10 !== undefined && !$hasOwn(v, "propagationPolicy")) x10 = undefined;
		if (x10 !== undefined) {
			if (x10 !== null) {
				if (typeof x10 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "propagationPolicy"), x10, "string"));
				}
			}
		}
		if (s === 1) {
			for (const x11 in v) {
				if (!$hasOwn(v, x11)) continue;
				switch (x11) {
					case "apiVersion":
					case "dryRun":
					case "gracePeriodSeconds":
					case "ignoreStoreReadErrorWithClusterBreakingPotential":
					case "kind":
					case "orphanDependents":
					case "preconditions":
					case "propagationPolicy": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x11), v[x11]));
				}
			}
		}
	}
	return ok;
}
function $v_FieldsV1(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	}
	return ok;
}
function $v_ListMeta(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.continue;
		if (x1 !== undefined && !$hasOwn(v, "continue")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "continue"), x1, "string"));
				}
			}
		}
		let x2 = v.remainingItemCount;
		if (x2 !== undefined && !$hasOwn(v, "remainingItemCount")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "number" || !Number.isInteger(x2)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "remainingItemCount"), x2, "integer"));
				} else {
					if (!Number.isSafeInteger(x2)) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "remainingItemCount"), x2, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
					}
				}
			}
		}
		let x3 = v.resourceVersion;
		if (x3 !== undefined && !$hasOwn(v, "resourceVersion")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (typeof x3 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "resourceVersion"), x3, "string"));
				}
			}
		}
		let x4 = v.selfLink;
		if (x4 !== undefined && !$hasOwn(v, "selfLink")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (typeof x4 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "selfLink"), x4, "string"));
				}
			}
		}
		let x5 = v.shardInfo;
		if (x5 !== undefined && !$hasOwn(v, "shardInfo")) x5 = undefined;
		if (x5 !== undefined) {
			if (x5 !== null) {
				if (!$v_ShardInfo(x5, e === null ? "" : $field(p, "shardInfo"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		if (s === 1) {
			for (const x6 in v) {
				if (!$hasOwn(v, x6)) continue;
				switch (x6) {
					case "continue":
					case "remainingItemCount":
					case "resourceVersion":
					case "selfLink":
					case "shardInfo": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x6), v[x6]));
				}
			}
		}
	}
	return ok;
}
function $v_ManagedFieldsEntry(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.apiVersion;
		if (x1 !== undefined && !$hasOwn(v, "apiVersion")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "apiVersion"), x1, "string"));
				}
			}
		}
		let x2 = v.fieldsType;
		if (x2 !== undefined && !$hasOwn(v, "fieldsType")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "fieldsType"), x2, "string"));
				}
			}
		}
		let x3 = v.fieldsV1;
		if (x3 !== undefined && !$hasOwn(v, "fieldsV1")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (!$v_FieldsV1(x3, e === null ? "" : $field(p, "fieldsV1"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x4 = v.manager;
		if (x4 !== undefined && !$hasOwn(v, "manager")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (typeof x4 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "manager"), x4, "string"));
				}
			}
		}
		let x5 = v.operation;
		if (x5 !== undefined && !$hasOwn(v, "operation")) x5 = undefined;
		if (x5 !== undefined) {
			if (x5 !== null) {
				if (typeof x5 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "operation"), x5, "string"));
				}
			}
		}
		let x6 = v.subresource;
		if (x6 !== undefined && !$hasOwn(v, "subresource")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (typeof x6 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "subresource"), x6, "string"));
				}
			}
		}
		let x7 = v.time;
		if (x7 !== undefined && !$hasOwn(v, "time")) x7 = undefined;
		if (x7 !== undefined) {
			if (x7 !== null) {
				if (!$v_Time(x7, e === null ? "" : $field(p, "time"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		if (s === 1) {
			for (const x8 in v) {
				if (!$hasOwn(v, x8)) continue;
				switch (x8) {
					case "apiVersion":
					case "fieldsType":
					case "fieldsV1":
					case "manager":
					case "operation":
					case "subresource":
					case "time": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x8), v[x8]));
				}
			}
		}
	}
	return ok;
}
function $v_ObjectMeta(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.annotations;
		if (x1 !== undefined && !$hasOwn(v, "annotations")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!$isObject(x1)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "annotations"), x1, "object"));
				} else {
					for (const x2 in x1) {
						if (!$hasOwn(x1, x2)) continue;
						const x3 = x1[x2];
						if (x3 !== null) {
							if (typeof x3 !== "string") {
								if (e === null) return false;
								ok = false;
								e.push($typeInvalid($key($field(p, "annotations"), x2), x3, "string"));
							}
						}
					}
				}
			}
		}
		let x4 = v.creationTimestamp;
		if (x4 !== undefined && !$hasOwn(v, "creationTimestamp")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (!$v_Time(x4, e === null ? "" : $field(p, "creationTimestamp"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x5 = v.deletionGracePeriodSeconds;
		if (x5 !== undefined && !$hasOwn(v, "deletionGracePeriodSeconds")) x5 = undefined;
		if (x5 !== undefined) {
			if (x5 !== null) {
				if (typeof x5 !== "number" || !Number.isInteger(x5)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "deletionGracePeriodSeconds"), x5, "integer"));
				} else {
					if (!Number.isSafeInteger(x5)) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "deletionGracePeriodSeconds"), x5, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
					}
				}
			}
		}
		let x6 = v.deletionTimestamp;
		if (x6 !== undefined && !$hasOwn(v, "deletionTimestamp")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (!$v_Time(x6, e === null ? "" : $field(p, "deletionTimestamp"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x7 = v.finalizers;
		if (x7 !== undefined && !$hasOwn(v, "finalizers")) x7 = undefined;
		if (x7 !== undefined) {
			if (x7 !== null) {
				if (!Array.isArray(x7)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "finalizers"), x7, "array"));
				} else {
					for (let x8 = 0; x8 < x7.length; x8++) {
						const x9 = x7[x8];
						if (typeof x9 !== "string") {
							if (e === null) return false;
							ok = false;
							e.push($typeInvalid($index($field(p, "finalizers"), x8), x9, "string"));
						}
					}
				}
			}
		}
		let x10 = v.generateName;
		if (x10 !== undefined && !$hasOwn(v, "generateName")) x10 = undefined;
		if (x10 !== undefined) {
			if (x10 !== null) {
				if (typeof x10 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "generateName"), x10, "string"));
				}
			}
		}
		let x11 = v.generation;
		if (x11 !== undefined && !$hasOwn(v, "generation")) x11 = undefined;
		if (x11 !== undefined) {
			if (x11 !== null) {
				if (typeof x11 !== "number" || !Number.isInteger(x11)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "generation"), x11, "integer"));
				} else {
					if (!Number.isSafeInteger(x11)) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "generation"), x11, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"));
					}
				}
			}
		}
		let x12 = v.labels;
		if (x12 !== undefined && !$hasOwn(v, "labels")) x12 = undefined;
		if (x12 !== undefined) {
			if (x12 !== null) {
				if (!$isObject(x12)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "labels"), x12, "object"));
				} else {
					for (const x13 in x12) {
						if (!$hasOwn(x12, x13)) continue;
						const x14 = x12[x13];
						if (x14 !== null) {
							if (typeof x14 !== "string") {
								if (e === null) return false;
								ok = false;
								e.push($typeInvalid($key($field(p, "labels"), x13), x14, "string"));
							}
						}
					}
				}
			}
		}
		let x15 = v.managedFields;
		if (x15 !== undefined && !$hasOwn(v, "managedFields")) x15 = undefined;
		if (x15 !== undefined) {
			if (x15 !== null) {
				if (!Array.isArray(x15)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "managedFields"), x15, "array"));
				} else {
					for (let x16 = 0; x16 < x15.length; x16++) {
						const x17 = x15[x16];
						if (!$v_ManagedFieldsEntry(x17, e === null ? "" : $index($field(p, "managedFields"), x16), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		let x18 = v.name;
		if (x18 !== undefined && !$hasOwn(v, "name")) x18 = undefined;
		if (x18 !== undefined) {
			if (x18 !== null) {
				if (typeof x18 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "name"), x18, "string"));
				}
			}
		}
		let x19 = v.namespace;
		if (x19 !== undefined && !$hasOwn(v, "namespace")) x19 = undefined;
		if (x19 !== undefined) {
			if (x19 !== null) {
				if (typeof x19 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "namespace"), x19, "string"));
				}
			}
		}
		let x20 = v.ownerReferences;
		if (x20 !== undefined && !$hasOwn(v, "ownerReferences")) x20 = undefined;
		if (x20 !== undefined) {
			if (x20 !== null) {
				if (!Array.isArray(x20)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "ownerReferences"), x20, "array"));
				} else {
					for (let x21 = 0; x21 < x20.length; x21++) {
						const x22 = x20[x21];
						if (!$v_OwnerReference(x22, e === null ? "" : $index($field(p, "ownerReferences"), x21), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		let x23 = v.resourceVersion;
		if (x23 !== undefined && !$hasOwn(v, "resourceVersion")) x23 = undefined;
		if (x23 !== undefined) {
			if (x23 !== null) {
				if (typeof x23 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "resourceVersion"), x23, "string"));
				}
			}
		}
		let x24 = v.selfLink;
		if (x24 !== undefined && !$hasOwn(v, "selfLink")) x24 = undefined;
		if (x24 !== undefined) {
			if (x24 !== null) {
				if (typeof x24 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "selfLink"), x24, "string"));
				}
			}
		}
		let x25 = v.uid;
		if (x25 !== undefined && !$hasOwn(v, "uid")) x25 = undefined;
		if (x25 !== undefined) {
			if (x25 !== null) {
				if (typeof x25 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "uid"), x25, "string"));
				}
			}
		}
		if (s === 1) {
			for (const x26 in v) {
				if (!$hasOwn(v, x26)) continue;
				switch (x26) {
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
					ok = false;
					e.push($unknownField($field(p, x26), v[x26]));
				}
			}
		}
	}
	return ok;
}
function $v_OwnerReference(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.apiVersion;
		if (x1 !== undefined && !$hasOwn(v, "apiVersion")) x1 = undefined;
		if (x1 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "apiVersion")));
			}
		} else {
			if (typeof x1 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "apiVersion"), x1, "string"));
			}
		}
		let x2 = v.blockOwnerDeletion;
		if (x2 !== undefined && !$hasOwn(v, "blockOwnerDeletion")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "boolean") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "blockOwnerDeletion"), x2, "boolean"));
				}
			}
		}
		let x3 = v.controller;
		if (x3 !== undefined && !$hasOwn(v, "controller")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (typeof x3 !== "boolean") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "controller"), x3, "boolean"));
				}
			}
		}
		let x4 = v.kind;
		if (x4 !== undefined && !$hasOwn(v, "kind")) x4 = undefined;
		if (x4 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "kind")));
			}
		} else {
			if (typeof x4 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "kind"), x4, "string"));
			}
		}
		let x5 = v.name;
		if (x5 !== undefined && !$hasOwn(v, "name")) x5 = undefined;
		if (x5 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "name")));
			}
		} else {
			if (typeof x5 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "name"), x5, "string"));
			}
		}
		let x6 = v.uid;
		if (x6 !== undefined && !$hasOwn(v, "uid")) x6 = undefined;
		if (x6 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "uid")));
			}
		} else {
			if (typeof x6 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "uid"), x6, "string"));
			}
		}
		if (s === 1) {
			for (const x7 in v) {
				if (!$hasOwn(v, x7)) continue;
				switch (x7) {
					case "apiVersion":
					case "blockOwnerDeletion":
					case "controller":
					case "kind":
					case "name":
					case "uid": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x7), v[x7]));
				}
			}
		}
	}
	return ok;
}
function $v_Patch(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	}
	return ok;
}
function $v_Preconditions(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.resourceVersion;
		if (x1 !== undefined && !$hasOwn(v, "resourceVersion")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "resourceVersion"), x1, "string"));
				}
			}
		}
		let x2 = v.uid;
		if (x2 !== undefined && !$hasOwn(v, "uid")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "uid"), x2, "string"));
				}
			}
		}
		if (s === 1) {
			for (const x3 in v) {
				if (!$hasOwn(v, x3)) continue;
				switch (x3) {
					case "resourceVersion":
					case "uid": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x3), v[x3]));
				}
			}
		}
	}
	return ok;
}
function $v_ShardInfo(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.selector;
		if (x1 !== undefined && !$hasOwn(v, "selector")) x1 = undefined;
		if (x1 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "selector")));
			}
		} else {
			if (typeof x1 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "selector"), x1, "string"));
			}
		}
		if (s === 1) {
			for (const x2 in v) {
				if (!$hasOwn(v, x2)) continue;
				switch (x2) {
					case "selector": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x2), v[x2]));
				}
			}
		}
	}
	return ok;
}
function $v_Status(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.apiVersion;
		if (x1 !== undefined && !$hasOwn(v, "apiVersion")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "apiVersion"), x1, "string"));
				}
			}
		}
		let x2 = v.code;
		if (x2 !== undefined && !$hasOwn(v, "code")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "number" || !Number.isInteger(x2)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "code"), x2, "integer"));
				} else {
					if (x2 < -2147483648 || x2 > 2147483647) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "code"), x2, "must fit in a 32-bit integer"));
					}
				}
			}
		}
		let x3 = v.details;
		if (x3 !== undefined && !$hasOwn(v, "details")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (!$v_StatusDetails(x3, e === null ? "" : $field(p, "details"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x4 = v.kind;
		if (x4 !== undefined && !$hasOwn(v, "kind")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (typeof x4 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "kind"), x4, "string"));
				}
			}
		}
		let x5 = v.message;
		if (x5 !== undefined && !$hasOwn(v, "message")) x5 = undefined;
		if (x5 !== undefined) {
			if (x5 !== null) {
				if (typeof x5 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "message"), x5, "string"));
				}
			}
		}
		let x6 = v.metadata;
		if (x6 !== undefined && !$hasOwn(v, "metadata")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (!$v_ListMeta(x6, e === null ? "" : $field(p, "metadata"), e, r, c, d + 1)) {
					if (e === null) return false;
					ok = false;
				}
			}
		}
		let x7 = v.reason;
		if (x7 !== undefined && !$hasOwn(v, "reason")) x7 = undefined;
		if (x7 !== undefined) {
			if (x7 !== null) {
				if (typeof x7 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "reason"), x7, "string"));
				}
			}
		}
		let x8 = v.status;
		if (x8 !== undefined && !$hasOwn(v, "status")) x8 = undefined;
		if (x8 !== undefined) {
			if (x8 !== null) {
				if (typeof x8 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "status"), x8, "string"));
				}
			}
		}
		if (s === 1) {
			for (const x9 in v) {
				if (!$hasOwn(v, x9)) continue;
				switch (x9) {
					case "apiVersion":
					case "code":
					case "details":
					case "kind":
					case "message":
					case "metadata":
					case "reason":
					case "status": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x9), v[x9]));
				}
			}
		}
	}
	return ok;
}
function $v_StatusCause(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.field;
		if (x1 !== undefined && !$hasOwn(v, "field")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "field"), x1, "string"));
				}
			}
		}
		let x2 = v.message;
		if (x2 !== undefined && !$hasOwn(v, "message")) x2 = undefined;
		if (x2 !== undefined) {
			if (x2 !== null) {
				if (typeof x2 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "message"), x2, "string"));
				}
			}
		}
		let x3 = v.reason;
		if (x3 !== undefined && !$hasOwn(v, "reason")) x3 = undefined;
		if (x3 !== undefined) {
			if (x3 !== null) {
				if (typeof x3 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "reason"), x3, "string"));
				}
			}
		}
		if (s === 1) {
			for (const x4 in v) {
				if (!$hasOwn(v, x4)) continue;
				switch (x4) {
					case "field":
					case "message":
					case "reason": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x4), v[x4]));
				}
			}
		}
	}
	return ok;
}
function $v_StatusDetails(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.causes;
		if (x1 !== undefined && !$hasOwn(v, "causes")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (!Array.isArray(x1)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "causes"), x1, "array"));
				} else {
					for (let x2 = 0; x2 < x1.length; x2++) {
						const x3 = x1[x2];
						if (!$v_StatusCause(x3, e === null ? "" : $index($field(p, "causes"), x2), e, r, c, d + 1)) {
							if (e === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		let x4 = v.group;
		if (x4 !== undefined && !$hasOwn(v, "group")) x4 = undefined;
		if (x4 !== undefined) {
			if (x4 !== null) {
				if (typeof x4 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "group"), x4, "string"));
				}
			}
		}
		let x5 = v.kind;
		if (x5 !== undefined && !$hasOwn(v, "kind")) x5 = undefined;
		if (x5 !== undefined) {
			if (x5 !== null) {
				if (typeof x5 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "kind"), x5, "string"));
				}
			}
		}
		let x6 = v.name;
		if (x6 !== undefined && !$hasOwn(v, "name")) x6 = undefined;
		if (x6 !== undefined) {
			if (x6 !== null) {
				if (typeof x6 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "name"), x6, "string"));
				}
			}
		}
		let x7 = v.retryAfterSeconds;
		if (x7 !== undefined && !$hasOwn(v, "retryAfterSeconds")) x7 = undefined;
		if (x7 !== undefined) {
			if (x7 !== null) {
				if (typeof x7 !== "number" || !Number.isInteger(x7)) {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "retryAfterSeconds"), x7, "integer"));
				} else {
					if (x7 < -2147483648 || x7 > 2147483647) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "retryAfterSeconds"), x7, "must fit in a 32-bit integer"));
					}
				}
			}
		}
		let x8 = v.uid;
		if (x8 !== undefined && !$hasOwn(v, "uid")) x8 = undefined;
		if (x8 !== undefined) {
			if (x8 !== null) {
				if (typeof x8 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "uid"), x8, "string"));
				}
			}
		}
		if (s === 1) {
			for (const x9 in v) {
				if (!$hasOwn(v, x9)) continue;
				switch (x9) {
					case "causes":
					case "group":
					case "kind":
					case "name":
					case "retryAfterSeconds":
					case "uid": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x9), v[x9]));
				}
			}
		}
	}
	return ok;
}
function $v_Time(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (typeof v !== "string") {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "string"));
	} else {
		if (!$isDateTime(v)) {
			if (e === null) return false;
			ok = false;
			e.push($invalid(p, v, "must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z"));
		}
	}
	return ok;
}
function $v_RawExtension(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	}
	return ok;
}
function $h1(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.name;
		if (x1 !== undefined && !$hasOwn(v, "name")) x1 = undefined;
		if (x1 !== undefined) {
			if (x1 !== null) {
				if (typeof x1 !== "string") {
					if (e === null) return false;
					ok = false;
					e.push($typeInvalid($field(p, "name"), x1, "string"));
				} else {
					if (!$re39.test(x1)) {
						if (e === null) return false;
						ok = false;
						e.push($invalid($field(p, "name"), x1, "must match ^[a-z0-9]+(?:[._-][a-z0-9]+)*:[^:@/%]+$"));
					}
				}
			}
		}
		if (s === 1) {
			for (const x2 in v) {
				if (!$hasOwn(v, x2)) continue;
				switch (x2) {
					case "name": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x2), v[x2]));
				}
			}
		}
	}
	return ok;
}
function $h2(v, p, e, r, s, d) {
	let ok = true;
	if (d > 256) {
		if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
		return false;
	}
	const c = s === 0 ? 0 : 1;
	const m = s === 0 ? 0 : 2;
	if (!$isObject(v)) {
		if (e === null) return false;
		ok = false;
		e.push($typeInvalid(p, v, "object"));
	} else {
		let x1 = v.kind;
		if (x1 !== undefined && !$hasOwn(v, "kind")) x1 = undefined;
		if (x1 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "kind")));
			}
		} else {
			if (!(x1 === "DockerImage" || x1 === "ImageStreamImage" || x1 === "ImageStreamTag")) {
				if (e === null) return false;
				ok = false;
				e.push($notSupported($field(p, "kind"), x1, [
					"DockerImage",
					"ImageStreamImage",
					"ImageStreamTag"
				]));
			}
		}
		let x2 = v.name;
		if (x2 !== undefined && !$hasOwn(v, "name")) x2 = undefined;
		if (x2 === undefined) {
			{
				if (e === null) return false;
				ok = false;
				e.push($required($field(p, "name")));
			}
		} else {
			if (typeof x2 !== "string") {
				if (e === null) return false;
				ok = false;
				e.push($typeInvalid($field(p, "name"), x2, "string"));
			} else {
				if ($length(x2) < 1) {
					if (e === null) return false;
					ok = false;
					e.push($required($field(p, "name")));
				}
			}
		}
		if (s === 1) {
			for (const x3 in v) {
				if (!$hasOwn(v, x3)) continue;
				switch (x3) {
					case "kind":
					case "name": continue;
				}
				{
					if (e === null) return false;
					ok = false;
					e.push($unknownField($field(p, x3), v[x3]));
				}
			}
		}
	}
	return ok;
}
/** True when `value` is a valid {@link Image }; allocates nothing when it is. */
export function isImage(value, options) {
	return $is($v_Image, value, options);
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
	return $is($v_ImageLayer, value, options);
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
	return $is($v_ImageManifest, value, options);
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
	return $is($v_ImageSignature, value, options);
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
	return $is($v_ImageTag, value, options);
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
	return $is($v_ImageTagList, value, options);
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
	return $is($v_NamedTagEventList, value, options);
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
	return $is($v_SignatureCondition, value, options);
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
	return $is($v_SignatureIssuer, value, options);
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
	return $is($v_SignatureSubject, value, options);
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
	return $is($v_TagEvent, value, options);
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
	return $is($v_TagEventCondition, value, options);
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
	return $is($v_TagImportPolicy, value, options);
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
	return $is($v_TagReference, value, options);
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
	return $is($v_TagReferencePolicy, value, options);
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
	return $is($v_ObjectReference, value, options);
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
	return $is($v_DeleteOptions, value, options);
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
	return $is($v_FieldsV1, value, options);
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
	return $is($v_ListMeta, value, options);
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
	return $is($v_ManagedFieldsEntry, value, options);
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
	return $is($v_ObjectMeta, value, options);
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
	return $is($v_OwnerReference, value, options);
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
	return $is($v_Patch, value, options);
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
	return $is($v_Preconditions, value, options);
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
	return $is($v_ShardInfo, value, options);
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
	return $is($v_Status, value, options);
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
	return $is($v_StatusCause, value, options);
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
	return $is($v_StatusDetails, value, options);
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
	return $is($v_Time, value, options);
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
	return $is($v_RawExtension, value, options);
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
