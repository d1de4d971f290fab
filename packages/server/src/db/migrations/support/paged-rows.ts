/**
 * Walks rows in id order a page at a time, for data migrations over tables of any size: `readPage`
 * returns up to `limit` rows with ids above `after`, and `work` handles each page before the next is read.
 */
export async function forEachPage<R extends { readonly id: string }>(
  readPage: (after: string, limit: number) => Promise<R[]>,
  work: (page: R[]) => Promise<void>,
  limit = 500,
): Promise<void> {
  for (let after = ''; ;) {
    const page = await readPage(after, limit);
    await work(page);
    const last = page[page.length - 1];
    if (last === undefined || page.length < limit) return;
    after = last.id;
  }
}
