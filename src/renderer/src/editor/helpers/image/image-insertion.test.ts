import { describe, expect, it } from 'vitest';
import { insertImageMarkdown } from './image-insertion';

const IMAGE = '![A chart](/assets/a/chart.png)';
const at = (body: string, marker = '|') => ({ body: body.replace(marker, ''), range: { start: body.indexOf(marker), end: body.indexOf(marker) } });

describe('insertImageMarkdown', () => {
  it('makes an image at the edge of a line of text its own paragraph', () => {
    const start = at('Intro.\n\n|More text.\n');
    expect(insertImageMarkdown(start.body, start.range, IMAGE)).toEqual({ body: `Intro.\n\n${IMAGE}\n\nMore text.\n`, caret: 8 + IMAGE.length });
    const end = at('Intro.|\n');
    expect(insertImageMarkdown(end.body, end.range, IMAGE).body).toBe(`Intro.\n\n${IMAGE}\n`);
  });

  it('goes in as it is on an empty line, and inline in the middle of a line', () => {
    const empty = at('A.\n\n|\n\nB.');
    expect(insertImageMarkdown(empty.body, empty.range, IMAGE).body).toBe(`A.\n\n${IMAGE}\n\nB.`);
    const inline = at('An icon | here.');
    expect(insertImageMarkdown(inline.body, inline.range, IMAGE).body).toBe(`An icon ${IMAGE} here.`);
  });

  it('replaces a selection', () => {
    expect(insertImageMarkdown('Say [old] here', { start: 4, end: 9 }, IMAGE).body).toBe(`Say ${IMAGE} here`);
  });
});
