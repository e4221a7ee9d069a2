/**
 * Runs `task` over many items a bounded number at a time: one file at a time
 * leaves a thousand-article workspace waiting on the disk, all at once runs
 * out of file handles. `task` gets the item's index so results can be put
 * back in order.
 */
export async function forEachLimited<T>(items: readonly T[], task: (item: T, index: number) => Promise<void>, limit = 32): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
