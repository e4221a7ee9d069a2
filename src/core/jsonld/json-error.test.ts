import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-error';

describe('findJsonSyntaxError', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text), text).toBeNull();
    }
  });

  it('points at the first error', () => {
    const cases: [string, number, RegExp][] = [
      ['{"a": 1,\n}', 9, /trailing comma/],
      ['{\n  "a": "x"\n  "b": 2\n}', 15, /expected "," or "}"/],
      ['{"a": tru}', 6, /expected a value/],
      ['[1, 2,, 3]', 6, /expected a value/],
      ["{'a': 1}", 1, /property name in double quotes/],
      ['{"a": "line\nbreak"}', 11, /past the end of its line/],
      ['{"a": 1', 7, /the end of the JSON/],
      ['', 0, /expected a value/],
      ['{} {}', 3, /after the JSON value/],
      ['{"a": "\\x"}', 7, /invalid escape/],
    ];
    for (const [text, offset, message] of cases) {
      expect(() => JSON.parse(text)).toThrow();
      const error = findJsonSyntaxError(text);
      expect(error, text).not.toBeNull();
      expect(error!.offset, text).toBe(offset);
      expect(error!.message, text).toMatch(message);
    }
  });

  it('does not overflow on absurd nesting', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ message: expect.stringMatching(/nested too deeply|end of the JSON/) });
  });
});
