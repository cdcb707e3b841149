import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, toForm } from '../support/slack-payloads.ts';
import { type HttpHarness, startHttpHarness } from './harness.ts';

let harness: HttpHarness;
beforeAll(async () => {
  harness = await startHttpHarness();
});
afterAll(() => harness.close());

describe('the HTTP receiver', () => {
  it('rejects a request with a bad signature with 401 and answers nothing', async () => {
    const url = harness.slack.responseUrl('bad-signature');
    const body = toForm(slashCommand('machine learning', url));
    const response = await harness.post(body, { headers: { 'x-slack-signature': `v0=${'0'.repeat(64)}` } });
    expect(response.status).toBe(401);
    expect(harness.slack.responses('bad-signature')).toHaveLength(0);
  });

  it('rejects a correctly signed request older than five minutes with 401', async () => {
    const url = harness.slack.responseUrl('stale');
    const body = toForm(slashCommand('machine learning', url));
    const response = await harness.post(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
    expect(harness.slack.responses('stale')).toHaveLength(0);
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({
      token: 't',
      challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const response = await harness.post(body, { contentType: 'json' });
    expect(response.status).toBe(200);
    expect(response.text).toContain('challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
  });

  it.each([
    ['a JSON null', 'null', 'json'],
    ['a JSON number', '42', 'json'],
    ['a JSON array', '[{"type":"event_callback"}]', 'json'],
    ['a form whose payload is null', 'payload=null', 'form'],
    ['a form whose payload is a string', 'payload=%22hello%22', 'form'],
    ['a form whose payload is not JSON', 'payload=%7Bnot-json', 'form'],
    ['a body that is not JSON at all', '{"type":', 'json'],
  ] as const)(
    'answers a correctly signed request with %s with a quick 400',
    async (_what, body, contentType) => {
      const started = Date.now();
      const response = await harness.post(body, { contentType });
      expect(response.status).toBe(400);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(
        harness.logLines().some((line) => line.msg === 'refused a signed request with a malformed body'),
      ).toBe(true);
    },
  );

  it('still answers 401, not 400, to an unsigned malformed body', async () => {
    const response = await harness.post('null', {
      contentType: 'json',
      headers: { 'x-slack-signature': `v0=${'0'.repeat(64)}` },
    });
    expect(response.status).toBe(401);
  });

  it('serves /healthz with the number of postings', async () => {
    const response = await fetch(`${harness.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, postings: 30, loading: null });
  });
});
