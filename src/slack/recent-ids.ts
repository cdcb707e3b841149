/**
 * Remembers ids seen recently, in bounded memory: at most `capacity` ids, each for `ttlMs`.
 * Slack retries an event it thinks was not delivered; this lets us answer it once.
 */
export interface RecentIds {
  /** True when `id` was already seen within the TTL; otherwise records it and returns false. */
  seen(id: string, nowMs: number): boolean;
  readonly size: number;
}

export function createRecentIds(options: { capacity: number; ttlMs: number }): RecentIds {
  // A Map iterates in insertion order, so the first key is always the oldest.
  const seenAt = new Map<string, number>();
  const evictExpired = (nowMs: number) => {
    for (const [id, at] of seenAt) {
      if (nowMs - at < options.ttlMs) break;
      seenAt.delete(id);
    }
  };
  return {
    seen(id, nowMs) {
      evictExpired(nowMs);
      if (seenAt.has(id)) return true;
      seenAt.set(id, nowMs);
      if (seenAt.size > options.capacity) {
        const oldest = seenAt.keys().next().value;
        if (oldest !== undefined) seenAt.delete(oldest);
      }
      return false;
    },
    get size() {
      return seenAt.size;
    },
  };
}
