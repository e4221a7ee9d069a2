import { describe, expect, it } from 'vitest';
import { rememberedByPath } from './remembered-paths';

describe('rememberedByPath', () => {
  it('works a path out once, and again only after forgetting everything at its limit', () => {
    const asked: string[] = [];
    const upper = rememberedByPath((path) => {
      asked.push(path);
      return path.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
    // A third path fills it past its limit: it starts afresh, and the answers stay the same.
    expect([upper('c'), upper('a'), upper('c')]).toEqual(['C', 'A', 'C']);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers nothing for a path whose working-out throws', () => {
    let calls = 0;
    const strict = rememberedByPath((path) => {
      calls++;
      if (path.includes('%')) throw new URIError(`malformed ${path}`);
      return path;
    });
    expect(() => strict('/a%')).toThrow('malformed /a%');
    expect(() => strict('/a%')).toThrow('malformed /a%');
    expect(calls).toBe(2);
  });
});
