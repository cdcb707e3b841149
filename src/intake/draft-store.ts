/**
 * Drafts waiting for "Save", held in memory for a short while. Slack's private_metadata holds only 3,000
 * characters and a button value 2,000, too little for a posting, so the message or modal carries only the
 * draft's id. Losing drafts on restart is fine: the person just adds the posting again.
 */
export interface DraftStore<T> {
  put(value: T): string;
  /** The draft, or null when it is unknown or has expired. */
  get(id: string): T | null;
  delete(id: string): void;
  readonly size: number;
}

export function createDraftStore<T>(options: {
  ttlMs: number;
  capacity: number;
  /** Milliseconds since the epoch. */
  now: () => number;
  newId: () => string;
}): DraftStore<T> {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  const dropExpired = () => {
    const now = options.now();
    for (const [id, entry] of entries) if (entry.expiresAt <= now) entries.delete(id);
  };
  return {
    put(value) {
      dropExpired();
      // Oldest first: Map keeps insertion order.
      while (entries.size >= options.capacity) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      let id = options.newId();
      while (entries.has(id)) id = options.newId();
      entries.set(id, { value, expiresAt: options.now() + options.ttlMs });
      return id;
    },
    get(id) {
      const entry = entries.get(id);
      if (entry === undefined) return null;
      if (entry.expiresAt <= options.now()) {
        entries.delete(id);
        return null;
      }
      return entry.value;
    },
    delete(id) {
      entries.delete(id);
    },
    get size() {
      dropExpired();
      return entries.size;
    },
  };
}
