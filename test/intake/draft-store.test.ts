import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/intake/draft-store.ts';

function store(options: { ttlMs?: number; capacity?: number } = {}) {
  let now = 0;
  let id = 0;
  const drafts = createDraftStore<string>({
    ttlMs: options.ttlMs ?? 1_000,
    capacity: options.capacity ?? 10,
    now: () => now,
    newId: () => `d${++id}`,
  });
  return { drafts, advance: (ms: number) => (now += ms) };
}

describe('createDraftStore', () => {
  it('gives back a draft by its id until it expires', () => {
    const { drafts, advance } = store({ ttlMs: 1_000 });
    const id = drafts.put('posting text');
    advance(999);
    expect(drafts.get(id)).toBe('posting text');
    advance(1);
    expect(drafts.get(id)).toBeNull();
  });

  it('forgets a deleted draft and an unknown id', () => {
    const { drafts } = store();
    const id = drafts.put('a');
    drafts.delete(id);
    expect(drafts.get(id)).toBeNull();
    expect(drafts.get('nope')).toBeNull();
  });

  it('drops the oldest drafts when full, so memory stays bounded', () => {
    const { drafts } = store({ capacity: 2 });
    const first = drafts.put('a');
    const second = drafts.put('b');
    const third = drafts.put('c');
    expect(drafts.get(first)).toBeNull();
    expect(drafts.get(second)).toBe('b');
    expect(drafts.get(third)).toBe('c');
    expect(drafts.size).toBe(2);
  });

  it('never hands out an id that is still in use', () => {
    const ids = ['same', 'same', 'other'];
    const drafts = createDraftStore<string>({
      ttlMs: 10,
      capacity: 10,
      now: () => 0,
      newId: () => ids.shift() ?? 'x',
    });
    const a = drafts.put('a');
    const b = drafts.put('b');
    expect(a).not.toBe(b);
    expect(drafts.get(a)).toBe('a');
    expect(drafts.get(b)).toBe('b');
  });
});
