import { describe, expect, it } from 'vitest';
import { BoardFetchError, fetchBoardJson, retryAfterMs } from '../../src/boards/board-fetch.ts';
import { startBoardApis, TEST_FETCH_POLICY } from '../support/board-apis.ts';

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 12:00:05 GMT', now)).toBe(5_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});

describe('fetchBoardJson', () => {
  it('gives up on a Retry-After longer than it will wait, without waiting', async () => {
    const api = await startBoardApis();
    try {
      api.lever('globex', []);
      api.program('lever', 'globex', [{ status: 429, headers: { 'retry-after': '3600' } }]);
      const waits: number[] = [];
      const error = await fetchBoardJson(`${api.apis.lever}postings/globex?mode=json`, {
        ...TEST_FETCH_POLICY,
        sleep: async (ms) => void waits.push(ms),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BoardFetchError);
      expect((error as BoardFetchError).status).toBe(429);
      expect(waits).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('does not retry a 4xx other than 429', async () => {
    const api = await startBoardApis();
    try {
      api.program('ashby', 'initech', [{ status: 403 }]);
      const error = await fetchBoardJson(
        `${api.apis.ashby}posting-api/job-board/initech`,
        TEST_FETCH_POLICY,
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ problem: 'http', status: 403 });
      expect(api.requests).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});
