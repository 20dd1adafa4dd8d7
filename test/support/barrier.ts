/** Holds each caller until `parties` callers have arrived: forces two writers to read the same state. */
export function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release: () => void = () => {};
  const all = new Promise<void>((resolve) => {
    release = resolve;
  });
  return () => {
    if (++arrived >= parties) release();
    return all;
  };
}
