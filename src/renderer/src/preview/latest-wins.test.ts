import { describe, expect, it } from 'vitest';
import { LatestWins } from './latest-wins';

describe('LatestWins', () => {
  it('sends at once when idle, and only the newest of the requests made while busy', () => {
    const sent: number[] = [];
    const queue = new LatestWins<number>((n) => sent.push(n));
    queue.request(1);
    queue.request(2);
    queue.request(3);
    expect(sent).toEqual([1]);
    queue.done();
    expect(sent).toEqual([1, 3]);
    queue.done();
    queue.request(4);
    expect(sent).toEqual([1, 3, 4]);
  });
});
