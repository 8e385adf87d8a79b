// runtime/decode.ts: the refusals the generated decode functions report (generator/print/guard/decode.ts; end to end
// in test/decode.test.ts).
import { describe, expect, it } from 'vitest';
import { $notFormat, $notInteger } from '../../runtime/decode.js';

describe('decode refusals', () => {
  it('an int32 or int64 field: not an integer is a type error, out of range an invalid value', () => {
    expect($notInteger('status.n', 1.5, 32).message).toBe('status.n: Invalid value: 1.5: must be an integer');
    expect($notInteger('status.n', '1', 64).message).toBe('status.n: Invalid value: "1": must be an integer');
    expect($notInteger('status.n', 2 ** 31, 32).message).toBe(
      'status.n: Invalid value: 2147483648: must fit in a 32-bit integer',
    );
    expect($notInteger('n', 2 ** 53, 64).message).toBe(
      'n: Invalid value: 9007199254740992: must be an integer within ±(2^53 - 1), the range JavaScript represents exactly',
    );
  });

  it('a string a field type parses: another kind is a type error, a bad string an invalid value', () => {
    expect($notFormat('t', 1, 'must be a time').message).toBe('t: Invalid value: 1: must be a string');
    expect($notFormat('t', 'x', 'must be a time')).toEqual({
      path: 't',
      type: 'FieldValueInvalid',
      message: 't: Invalid value: "x": must be a time',
      value: 'x',
    });
  });
});
