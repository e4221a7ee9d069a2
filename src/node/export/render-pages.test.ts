import { describe, expect, it } from 'vitest';
import { workerCountFor } from './render-pages';

describe('render threads by default', () => {
  it('starts none on two cores, where one measured no faster and used more memory', () => {
    expect(workerCountFor(2, 10_000)).toBe(0);
    expect(workerCountFor(1, 10_000)).toBe(0);
  });

  it('starts one per spare core, one per hundred pages, at most four', () => {
    expect(workerCountFor(4, 1_000)).toBe(3);
    expect(workerCountFor(8, 150)).toBe(1);
    expect(workerCountFor(8, 99)).toBe(0);
    expect(workerCountFor(32, 100_000)).toBe(4);
  });
});
