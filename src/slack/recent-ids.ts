/**
 * Remembers ids seen recently, in bounded memory: at most `capacity` ids, each for `ttlMs`.
 * Slack retries an event it thinks was not delivered; this lets us answer it once, and, with `onRecord`
 * writing each id down (see `storage/seen-events-file.ts`), once across a restart too.
 */
export interface RecentIds {
  /** True when `id` was already seen within the TTL; otherwise records it and returns false. */
  seen(id: string, nowMs: number): boolean;
  readonly size: number;
}

export interface RecentIdsOptions {
  capacity: number;
  ttlMs: number;
  /** Ids seen before this process started, oldest first, as `[id, seenAtMs]`. */
  initial?: Iterable<readonly [string, number]>;
  /** Told of every newly seen id, so it can be kept beyond this process. */
  onRecord?: (id: string, atMs: number) => void;
}

export function createRecentIds(options: RecentIdsOptions): RecentIds {
  // A Map iterates in insertion order, so the first key is always the oldest.
  const seenAt = new Map<string, number>();
  const evictExpired = (nowMs: number) => {
    for (const [id, at] of seenAt) {
      if (nowMs - at < options.ttlMs) break;
      seenAt.delete(id);
    }
  };
  const remember = (id: string, atMs: number) => {
    seenAt.set(id, atMs);
    if (seenAt.size > options.capacity) {
      const oldest = seenAt.keys().next().value;
      if (oldest !== undefined) seenAt.delete(oldest);
    }
  };
  for (const [id, at] of options.initial ?? []) remember(id, at);
  return {
    seen(id, nowMs) {
      evictExpired(nowMs);
      if (seenAt.has(id)) return true;
      remember(id, nowMs);
      options.onRecord?.(id, nowMs);
      return false;
    },
    get size() {
      return seenAt.size;
    },
  };
}
