import { describe, expect, it } from 'vitest';
import { mayRemove } from '../../src/intake/remove-permission.ts';
import { makePosting } from '../digest/make-posting.ts';

const added = {
  ...makePosting({ id: 'abcd1234' }),
  addedBy: { userId: 'U0ALICE', at: '2026-11-25T10:00:00Z' },
};
const handPlaced = makePosting({ id: 'hand0001' });

describe('mayRemove', () => {
  it('lets whoever added a posting remove it', () => {
    expect(mayRemove(added, 'U0ALICE', [])).toEqual({ ok: true });
  });

  it('lets an admin remove a posting someone else added', () => {
    expect(mayRemove(added, 'U0ADMIN', ['U0ADMIN'])).toEqual({ ok: true });
  });

  it('refuses anyone else', () => {
    expect(mayRemove(added, 'U0BOB', ['U0ADMIN'])).toEqual({ ok: false, reason: 'not-yours' });
  });

  it('never removes a posting placed in the folder by hand, not even for an admin', () => {
    expect(mayRemove(handPlaced, 'U0ADMIN', ['U0ADMIN'])).toEqual({ ok: false, reason: 'hand-placed' });
  });
});
