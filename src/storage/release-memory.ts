/**
 * Full garbage collections now, when the process runs with `--expose-gc` (`npm start` does); elsewhere (tests,
 * tools) nothing. Loading a snapshot leaves its file buffer and every decoded line behind, about 150 MB at
 * 10,000 postings; an idle bot allocates too little for V8 to collect them soon, so RSS would stay that much
 * higher for as long as nobody asks anything. Two collections: the first moves the survivors of the load out of
 * the young generation, the second compacts and gives the emptied pages back (measured at 10,000 postings:
 * RSS 369 MB after one, 259 MB after two, about 100 ms in all, once).
 */
export function releaseMemory(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}
