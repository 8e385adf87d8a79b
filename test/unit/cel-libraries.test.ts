// The Kubernetes CEL libraries and cel-go extensions (runtime/cel/*.ts), each case from the library's own documented
// examples (k8s.io/apiserver pkg/cel/library: urls.go, ip.go, cidr.go, quantity.go, lists.go, format.go; cel-go
// ext/strings.go, ext/sets.go) or from the Go behaviour those functions call (net/url, net/netip,
// resource.ParseQuantity, strings.Replace). Before this change every one of these rules was refused ("unsupported
// CEL function") and skipped with a warning.
import { describe, expect, it } from 'vitest';
import { compileCelRule } from '../../generator/cel/compile.js';
import { evaluateCel } from '../support/cel.js';

type Case = readonly [expression: string, want: unknown];
const ERROR = Symbol('error');

function check(cases: readonly Case[]): void {
  for (const [expression, want] of cases) {
    if (want === ERROR) expect(() => evaluateCel(expression), expression).toThrow();
    else expect(evaluateCel(expression), expression).toEqual(want);
  }
}

describe('CEL libraries', () => {
  it('url: url(), isURL() and the accessors (urls.go examples)', () => {
    check([
      ["isURL('https://user:pass@example.com:80/path?query=val#fragment')", true],
      ["isURL('/absolute-path')", true],
      ["isURL('https://a:b:c/')", false],
      ["isURL('../relative-path')", false],
      ["url('https://a:b:c/')", ERROR],
      ["url('/path').getScheme()", ''],
      ["url('https://example.com/').getScheme()", 'https'],
      ["url('https://example.com:80/').getHost()", 'example.com:80'],
      ["url('https://example.com/').getHost()", 'example.com'],
      ["url('https://[::1]:80/').getHost()", '[::1]:80'],
      ["url('https://[::1]/').getHost()", '[::1]'],
      ["url('/path').getHost()", ''],
      ["url('https://example.com:80/').getHostname()", 'example.com'],
      ["url('https://127.0.0.1:80/').getHostname()", '127.0.0.1'],
      ["url('https://[::1]:80/').getHostname()", '::1'],
      ["url('/path').getHostname()", ''],
      ["url('https://example.com:80/').getPort()", '80'],
      ["url('https://example.com/').getPort()", ''],
      ["url('https://example.com/path').getEscapedPath()", '/path'],
      ["url('https://example.com/path with spaces/').getEscapedPath()", '/path%20with%20spaces/'],
      ["url('https://example.com').getEscapedPath()", ''],
      ["url('https://example.com/path?k1=a&k2=b&k2=c').getQuery()", { k1: ['a'], k2: ['b', 'c'] }],
      [
        "url('https://example.com/path?key with spaces=value with spaces').getQuery()",
        { 'key with spaces': ['value with spaces'] },
      ],
      ["url('https://example.com/path?').getQuery()", {}],
      ["url('https://example.com/path').getQuery()", {}],
      ["url('https://example.com/p#frag').getEscapedPath()", '/p'],
      ["type(url('/p')) == kubernetes.URL", true],
    ]);
  });

  it('ip: ip(), isIP(), ip.isCanonical() and the predicates (ip.go examples)', () => {
    check([
      ["isIP('127.0.0.1')", true],
      ["isIP('::1')", true],
      ["isIP('127.0.0.256')", false],
      ["isIP(':::1')", false],
      ["isIP('127.0.0.01')", false],
      ["isIP('::ffff:1.2.3.4')", false],
      ["isIP('fe80::1%eth0')", false],
      ["ip('127.0.0.256')", ERROR],
      ["ip('127.0.0.1').family()", 4],
      ["ip('::1').family()", 6],
      ["ip('0.0.0.0').isUnspecified()", true],
      ["ip('127.0.0.1').isUnspecified()", false],
      ["ip('::').isUnspecified()", true],
      ["ip('::1').isUnspecified()", false],
      ["ip('127.0.0.1').isLoopback()", true],
      ["ip('192.168.0.1').isLoopback()", false],
      ["ip('::1').isLoopback()", true],
      ["ip('2001:db8::abcd').isLoopback()", false],
      ["ip('224.0.0.1').isLinkLocalMulticast()", true],
      ["ip('224.0.1.1').isLinkLocalMulticast()", false],
      ["ip('ff02::1').isLinkLocalMulticast()", true],
      ["ip('fd00::1').isLinkLocalMulticast()", false],
      ["ip('169.254.169.254').isLinkLocalUnicast()", true],
      ["ip('192.168.0.1').isLinkLocalUnicast()", false],
      ["ip('fe80::1').isLinkLocalUnicast()", true],
      ["ip('fd80::1').isLinkLocalUnicast()", false],
      ["ip('192.168.0.1').isGlobalUnicast()", true],
      ["ip('255.255.255.255').isGlobalUnicast()", false],
      ["ip('2001:db8::abcd').isGlobalUnicast()", true],
      ["ip('ff00::1').isGlobalUnicast()", false],
      ["ip.isCanonical('127.0.0.1')", true],
      ["ip.isCanonical('2001:db8::abcd')", true],
      ["ip.isCanonical('2001:DB8::ABCD')", false],
      ["ip.isCanonical('2001:db8::0:0:0:abcd')", false],
      ["string(ip('2001:DB8:0:0:1:0:0:1'))", '2001:db8::1:0:0:1'],
      ["ip('::1') == ip('0:0:0:0:0:0:0:1')", true],
      ["type(ip('::1')) == net.IP", true],
    ]);
  });

  it('cidr: cidr(), isCIDR(), containsIP/containsCIDR, ip(), masked(), prefixLength() (cidr.go examples)', () => {
    check([
      ["isCIDR('192.168.0.0/16')", true],
      ["isCIDR('::1/128')", true],
      ["isCIDR('192.168.0.0/33')", false],
      ["isCIDR('::1/129')", false],
      ["cidr('192.168.0.0/24').containsIP(ip('192.168.0.1'))", true],
      ["cidr('192.168.0.0/24').containsIP(ip('192.168.1.1'))", false],
      ["cidr('192.168.0.0/24').containsIP('192.168.0.1')", true],
      ["cidr('192.168.0.0/24').containsIP('192.168.1.1')", false],
      ["cidr('192.168.0.0/16').containsCIDR(cidr('192.168.10.0/24'))", true],
      ["cidr('192.168.1.0/24').containsCIDR(cidr('192.168.2.0/24'))", false],
      ["cidr('192.168.0.0/16').containsCIDR('192.168.10.0/24')", true],
      ["cidr('192.168.1.0/24').containsCIDR('192.168.2.0/24')", false],
      ["cidr('192.168.0.0/24').containsCIDR('192.168.0.0/23')", false],
      ["cidr('192.168.0.1/24').ip() == ip('192.168.0.1')", true],
      ["cidr('::1/128').ip().family()", 6],
      ["cidr('192.168.0.1/24').masked() == cidr('192.168.0.0/24')", true],
      ["string(cidr('192.168.0.1/24').masked())", '192.168.0.0/24'],
      ["string(cidr('192.168.0.1/24'))", '192.168.0.1/24'],
      ["cidr('192.168.0.0/16').prefixLength()", 16],
      ["cidr('10.0.0.0/8').containsIP('::1')", false],
      ["type(cidr('::/0')) == net.CIDR", true],
    ]);
  });

  it('quantity: parsing, comparisons, arithmetic and conversions (quantity.go examples)', () => {
    check([
      ["isQuantity('1.3G')", true],
      ["isQuantity('1.3Gi')", true],
      ["isQuantity('1,3G')", false],
      ["isQuantity('10000k')", true],
      ["isQuantity('200K')", false],
      ["isQuantity('Three')", false],
      // quantity.go's comment says false, but parseQuantityString reads no digit as zero (quantity_test.go
      // TestParseQuantityString: "." parses) and ParseQuantity takes the suffix: the code says true.
      ["isQuantity('Mi')", true],
      ["isQuantity('100u')", true],
      ["quantity('5n') == quantity('0.000000005')", true],
      ["isQuantity(' 1')", false],
      ["isQuantity('1e0000001')", true],
      ["isQuantity('1e2000000')", true],
      ["isQuantity('1e3')", true],
      ["isQuantity('.5')", true],
      ["isQuantity('5.')", true],
      ["isQuantity('1e')", false],
      ["quantity('200K')", ERROR],
      ["quantity('50000000G').isInteger()", true],
      ["quantity('50k').isInteger()", true],
      ["quantity('9999999999999999999999999999999999999G').isInteger()", false],
      ["quantity('0.5').isInteger()", false],
      ["quantity('50k').asInteger()", 50000],
      ["quantity('1.5Gi').asInteger()", 1610612736],
      ["quantity('0.5').asInteger()", ERROR],
      ["quantity('50.703k').asApproximateFloat()", 50703],
      ["quantity('50k').sign()", 1],
      ["quantity('-50k').sign()", -1],
      ["sign(quantity('0'))", 0],
      ["quantity('50k').add(quantity('20k')) == quantity('70k')", true],
      ["quantity('50k').add(20) == quantity('50020')", true],
      ["quantity('50k').sub(quantity('20k')) == quantity('30k')", true],
      ["quantity('50k').sub(20000) == quantity('30k')", true],
      ["quantity('50k').add(20).sub(quantity('100k')).sub(-50000) == quantity('20')", true],
      ["quantity('200M').compareTo(quantity('0.2G'))", 0],
      ["quantity('50M').compareTo(quantity('50Mi'))", -1],
      ["quantity('50Mi').compareTo(quantity('50M'))", 1],
      ["quantity('150Mi').isGreaterThan(quantity('100Mi'))", true],
      ["quantity('50Mi').isGreaterThan(quantity('100Mi'))", false],
      ["quantity('50M').isLessThan(quantity('100M'))", true],
      ["quantity('100M').isLessThan(quantity('50M'))", false],
      ["quantity('1m') == quantity('0.001')", true],
      ["quantity('1Ki') == quantity('1024')", true],
    ]);
  });

  it("quantity: an invalid text's error is ParseQuantity's own", () => {
    expect(() => evaluateCel("quantity('200K')")).toThrow("unable to parse quantity's suffix");
    expect(() => evaluateCel("quantity('1.1.M')")).toThrow('quantities must match the regular expression');
    expect(() => evaluateCel("quantity('Ei')")).toThrow('unable to parse numeric part of quantity');
  });

  it('lists and sets (lists.go, cel-go ext/sets.go)', () => {
    check([
      ['[1, 2, 3].isSorted()', true],
      ['[1, 3, 2].isSorted()', false],
      ["['a', 'b', 'b'].isSorted()", true],
      ['[].sum()', 0],
      ['[1, 2, 3].sum()', 6],
      ['[1.5, 2.0].sum()', 3.5],
      ["[duration('1s'), duration('2s')].sum() == duration('3s')", true],
      ['[3, 1, 2].min()', 1],
      ['[3, 1, 2].max()', 3],
      ['[].min()', ERROR],
      ["['b', 'a'].max()", 'b'],
      ['[1, 2, 2, 3].indexOf(2)', 1],
      ['[1, 2, 2, 3].lastIndexOf(2)', 2],
      ['[1, 2].indexOf(5)', -1],
      ['sets.contains([1, 2, 3, 4], [2, 3])', true],
      ['sets.contains([1, 2, 3], [4])', false],
      ['sets.contains([], [])', true],
      ['sets.equivalent([1, 2, 3], [3, 2, 1, 1])', true],
      ['sets.equivalent([1, 2], [1, 2, 3])', false],
      ['sets.intersects([1, 2, 3], [3, 4])', true],
      ['sets.intersects([1, 2], [3])', false],
      ['sets.intersects([1], [1.0])', true],
    ]);
  });

  it('strings: charAt, reverse, strings.quote, and code points as cel-go counts them', () => {
    check([
      ["'hello'.charAt(1)", 'e'],
      ["'hello'.charAt(5)", ''],
      ["'hello'.charAt(6)", ERROR],
      ["'😀a'.charAt(1)", 'a'],
      ["'😀a'.indexOf('a')", 1],
      ["'a😀b'.lastIndexOf('b')", 2],
      ["'😀ab'.substring(1)", 'ab'],
      ["size('😀')", 1],
      ["'gums'.reverse()", 'smug'],
      ["'😀ab'.reverse()", 'ba😀'],
      ["strings.quote('first\\nsecond')", '"first\\nsecond"'],
      ['strings.quote(\'"quoted"\')', '"\\"quoted\\""'],
      ["'abc'.replace('', '-')", '-a-b-c-'],
    ]);
  });

  it('regex: find and findAll (regex.go)', () => {
    check([
      ["'abc 123'.find('[0-9]+')", '123'],
      ["'abc'.find('[0-9]+')", ''],
      ["'123 abc 456'.findAll('[0-9]+')", ['123', '456']],
      ["'123 abc 456'.findAll('[0-9]+', 1)", ['123']],
      ["'abc'.findAll('[0-9]+')", []],
      ["'aaa'.findAll('a*')", ['aaa', '']],
    ]);
  });

  it('format: named formats and validate() (format.go, apimachinery validation messages)', () => {
    check([
      ["format.dns1123Label().validate('my-name').hasValue()", false],
      ["format.dns1123Label().validate('My-Name').hasValue()", true],
      [
        "format.dns1123Label().validate('My-Name').value()",
        [
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        ],
      ],
      ["format.dns1123Subdomain().validate('example.com').hasValue()", false],
      ["format.dns1035Label().validate('1abc').hasValue()", true],
      ["format.qualifiedName().validate('example.com/MyName').hasValue()", false],
      ["format.qualifiedName().validate('a/b/c').hasValue()", true],
      ["format.labelValue().validate('').hasValue()", false],
      ["format.dns1123LabelPrefix().validate('my-name-').hasValue()", false],
      ["format.dns1123Label().validate('" + 'a'.repeat(64) + "').value()", ['must be no more than 63 characters']],
      ["format.named('dns1123Label').hasValue()", true],
      ["format.named('nope').hasValue()", false],
      ["format.named('uuid').value().validate('123e4567-e89b-12d3-a456-426614174000').hasValue()", false],
      ["format.uri().validate('https://example.com').hasValue()", false],
      ["format.date().validate('2024-02-30').hasValue()", true],
      ["format.datetime().validate('2024-02-03T10:00:00Z').hasValue()", false],
    ]);
  });

  it('optionals: .?field, [?index], optional.* and the methods', () => {
    check([
      ["{'a': 1}.?a.value()", 1],
      ["{'a': 1}.?b.hasValue()", false],
      ["{'a': 1}.?b.orValue(5)", 5],
      ["{'a': {'b': 2}}.?a.b.value()", 2],
      ["{'a': {}}.?a.b.hasValue()", false],
      ['[1, 2][?5].orValue(0)', 0],
      ['optional.none().or(optional.of(3)).value()', 3],
      ['optional.of(1).or(optional.of(2)).value()', 1],
      ["optional.ofNonZeroValue('').hasValue()", false],
      ['optional.of(2).optMap(x, x * 2).value()', 4],
      ['optional.none().value()', ERROR],
      ['[1, ?optional.none(), ?optional.of(3)]', [1, 3]],
      ["{'a': 1, ?'b': optional.none()}", { a: 1 }],
      ['self.?spec.?replicas.orValue(1)', 1],
    ]);
    expect(evaluateCel('self.?spec.replicas.orValue(1)', { spec: { replicas: 3 } })).toBe(3);
  });

  it('durations, timestamps and type() (cel-go types)', () => {
    check([
      ["duration('1h30m') == duration('90m')", true],
      ["duration('1.5s') + duration('500ms') == duration('2s')", true],
      ["string(duration('1m30s'))", '90s'],
      ["duration('-1.5h').getMinutes()", -90],
      ["duration('1d')", ERROR],
      ["int(duration('1s'))", 1000000000],
      ["string(timestamp('2024-01-01T00:00:00.500Z'))", '2024-01-01T00:00:00.5Z'],
      ["timestamp('2024-01-01T00:00:00Z').getDate('UTC')", 1],
      ["timestamp('2024-01-01T00:00:00Z').getDayOfMonth('UTC')", 0],
      ["timestamp('2024-01-01T00:00:00Z').getDayOfYear('UTC')", 0],
      ["timestamp('2024-01-01T00:00:00Z').getDayOfWeek('UTC')", 1],
      ["timestamp('2024-01-01T00:00:00Z') + duration('24h') == timestamp('2024-01-02T00:00:00Z')", true],
      ["timestamp('2024-01-01T00:00:00+01:00') == timestamp('2023-12-31T23:00:00Z')", true],
      ["timestamp('2024-02-29T12:00:00Z').getDayOfYear()", 59],
      ["timestamp('2024-03-10T10:00:00Z').getHours('America/New_York')", 6],
      ["timestamp('2024-01-01T00:00:00Z') < timestamp('2024-01-01T00:00:00.000000001Z')", true],
      ["timestamp('2024-02-30T00:00:00Z')", ERROR],
      ['type(self) == map', true],
      ["type('a') == string && type([]) == list && type(null) == null_type", true],
      ['type(int) == type', true],
      ["type(duration('1s')) == google.protobuf.Duration", true],
    ]);
  });

  it('two-variable comprehensions (cel-go ext/comprehensions.go)', () => {
    check([
      ["{'a': 1, 'b': 2}.all(k, v, v > 0 && k.size() == 1)", true],
      ['[10, 20].exists(i, v, i == 1 && v == 20)', true],
      ['[1, 2, 3].existsOne(i, v, v == i + 1 && i == 0)', true],
      ['[1, 2, 3].transformList(i, v, i * v)', [0, 2, 6]],
      ['[1, 2, 3].transformList(i, v, v > 1, v * 10)', [20, 30]],
      ["{'a': 1, 'b': 2}.transformMap(k, v, v * 2)", { a: 2, b: 4 }],
      ["{'a': 1, 'b': 2}.transformMapEntry(k, v, {k + k: v})", { aa: 1, bb: 2 }],
      ["{'a': 1, 'b': 2}.transformMapEntry(k, v, {'x': v})", ERROR],
    ]);
    expect(evaluateCel('self.items.all(i, item, i == 0 || self.items[i - 1] <= item)', { items: [1, 2] })).toBe(true);
    expect(evaluateCel('self.items.all(i, item, i == 0 || self.items[i - 1] <= item)', { items: [1, 3, 2] })).toBe(
      false,
    );
  });

  it('semver (semverlib.go) and cel-go lists v3 (ext/lists.go)', () => {
    check([
      ["isSemver('1.2.3')", true],
      ["isSemver('1.2.3-alpha.1+build.5')", true],
      ["isSemver('v1.2.3')", false],
      ["isSemver('v1.2', true)", true],
      ["isSemver('01.2.3')", false],
      ["isSemver('1.2.3-01')", false],
      ["semver('1.2.3').major()", 1],
      ["semver('v1.2', true).minor()", 2],
      ["semver('1.2.3').patch()", 3],
      ["semver('1.0.0-alpha').isLessThan(semver('1.0.0'))", true],
      ["semver('1.0.0-alpha.1').isLessThan(semver('1.0.0-alpha.beta'))", true],
      ["semver('1.0.0-beta.11').isGreaterThan(semver('1.0.0-beta.2'))", true],
      ["semver('1.2.3+a').compareTo(semver('1.2.3+b'))", 0],
      ["semver('2.0.0') == semver('2.0.0')", true],
      ['[1, 2, 3, 4].slice(1, 3)', [2, 3]],
      ['[1, 2].slice(1, 5)', ERROR],
      ['[1, [2, [3]]].flatten()', [1, 2, [3]]],
      ['[1, [2, [3]]].flatten(2)', [1, 2, 3]],
      ['[1, 2, 1, 3, 2].distinct()', [1, 2, 3]],
      ['[3, 1, 2].sort()', [1, 2, 3]],
      ["['b', 'a'].sort()", ['a', 'b']],
      ["[1, 'a'].sort()", ERROR],
      ["[{'n': 2}, {'n': 1}].sortBy(e, e.n)", [{ n: 1 }, { n: 2 }]],
      ['[1, 2, 3].reverse()', [3, 2, 1]],
      ['[].first().hasValue()', false],
      ['[1, 2].last().value()', 2],
      ['lists.range(3)', [0, 1, 2]],
    ]);
  });

  it('reports which runtime libraries a rule needs, with their own needs', () => {
    const libraries = (rule: string) => {
      const result = compileCelRule(rule);
      return result.ok ? result.libraries : result.message;
    };
    expect(libraries('self.a == 1')).toEqual([]);
    expect(libraries("quantity(self.q).isLessThan(quantity('1Gi'))")).toEqual(['quantity']);
    expect(libraries('format.dns1123Label().validate(self.name).hasValue()')).toEqual([
      'optional',
      'time',
      'url',
      'format',
    ]);
    expect(libraries('self.?a.orValue(1) == 1 && type(self) == map')).toEqual(['optional', 'types']);
  });
});
