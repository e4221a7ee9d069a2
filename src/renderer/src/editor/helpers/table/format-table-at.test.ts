import { describe, expect, it } from 'vitest';
import { formatTableInBody } from './format-table-at';

describe('formatTableInBody', () => {
  it('aligns the pipes of the table at the cursor and leaves the rest of the body alone', () => {
    const body = 'Intro.\n\n|a|`x \\| y`|\n|-|:-:|\n|[l](/u)|2|\n\nOutro.';
    expect(formatTableInBody(body, 10)).toEqual({
      kind: 'formatted',
      body: 'Intro.\n\n| a       | `x \\| y` |\n| ------- | :------: |\n| [l](/u) |    2     |\n\nOutro.',
      start: 8,
      line: 3,
    });
  });

  it('says when there is nothing to do', () => {
    expect(formatTableInBody('No table.', 3)).toEqual({ kind: 'no-table' });
    expect(formatTableInBody('| a   |\n| --- |', 2)).toEqual({ kind: 'unchanged' });
  });
});
