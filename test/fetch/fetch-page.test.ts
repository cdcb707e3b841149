import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, pageKindOf } from '../../src/fetch/fetch-page.ts';
import { type PageServer, startPageServer } from '../support/page-server.ts';

let server: PageServer;
const local = { allowPrivateAddresses: true } as const;

beforeAll(async () => {
  server = await startPageServer();
  server.page('/job', '<html><body><h1>Staff Data Engineer</h1></body></html>');
  server.page('/job.txt', 'Staff Data Engineer\nAcme', 'text/plain');
  server.page('/job.json', '{"@type":"JobPosting","title":"SRE"}', 'application/ld+json');
  server.page('/logo.png', 'PNG', 'image/png');
  server.page('/latin1', 'Caf\u00e9', 'text/plain; charset=utf-8');
  server.route('/hop1', (_req, res) => res.writeHead(302, { location: '/hop2' }).end());
  server.route('/hop2', (_req, res) => res.writeHead(301, { location: `${server.origin}/job` }).end());
  for (let i = 0; i < 5; i++)
    server.route(`/loop${i}`, (_req, res) => res.writeHead(302, { location: `/loop${i + 1}` }).end());
  server.route('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    // No Content-Length: the cap must be enforced while reading.
    for (let i = 0; i < 100; i++) res.write('x'.repeat(1024));
    res.end();
  });
  server.route('/declared-huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
    res.write('x');
  });
  server.route('/slow', () => {});
  server.route('/to-file', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
  server.route('/gone', (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('gone'));
  server.route('/auth', (req, res) =>
    res.writeHead(200, { 'content-type': 'text/plain' }).end(req.headers.authorization ?? 'none'),
  );
  server.route('/to-auth-elsewhere', (_req, res) =>
    res.writeHead(302, { location: `${server.origin.replace('127.0.0.1', 'localhost')}/auth` }).end(),
  );
});
afterAll(() => server.close());

describe('fetchPage', () => {
  it('reads an HTML page and says it is HTML', async () => {
    const result = await fetchPage(`${server.origin}/job`, local);
    expect(result).toMatchObject({ ok: true, kind: 'html', url: `${server.origin}/job` });
    if (result.ok) expect(result.body).toContain('Staff Data Engineer');
  });

  it('reads plain text and JSON-LD as well', async () => {
    expect(await fetchPage(`${server.origin}/job.txt`, local)).toMatchObject({ ok: true, kind: 'text' });
    expect(await fetchPage(`${server.origin}/job.json`, local)).toMatchObject({ ok: true, kind: 'json' });
  });

  it('decodes the body with the charset the server names', async () => {
    const result = await fetchPage(`${server.origin}/latin1`, local);
    expect(result.ok && result.body).toBe('Café');
  });

  it('follows up to three redirects and reports the final address', async () => {
    const result = await fetchPage(`${server.origin}/hop1`, local);
    expect(result).toMatchObject({ ok: true, url: `${server.origin}/job` });
  });

  it('refuses a link that redirects more than three times', async () => {
    const result = await fetchPage(`${server.origin}/loop0`, local);
    expect(result).toMatchObject({ ok: false, code: 'too-many-redirects' });
    expect(server.requests.filter((path) => path.startsWith('/loop'))).toHaveLength(4);
  });

  it('stops reading a page past the size limit', async () => {
    const result = await fetchPage(`${server.origin}/huge`, { ...local, maxBytes: 10 * 1024 });
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('refuses a page whose declared length is over the limit without reading it', async () => {
    const result = await fetchPage(`${server.origin}/declared-huge`, local);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('gives up on a site that does not answer in time', async () => {
    const result = await fetchPage(`${server.origin}/slow`, { ...local, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('refuses images and other content that is not a page, text or JSON', async () => {
    const result = await fetchPage(`${server.origin}/logo.png`, local);
    expect(result).toMatchObject({ ok: false, code: 'unsupported-type' });
    if (!result.ok) expect(result.message).toContain('image/png');
  });

  it('reports an error status from the site', async () => {
    expect(await fetchPage(`${server.origin}/gone`, local)).toMatchObject({ ok: false, code: 'http-status' });
  });

  it.each(['ftp://example.com/job', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url'])(
    'refuses %s without trying it',
    async (url) => {
      expect(await fetchPage(url)).toMatchObject({ ok: false, code: 'bad-url' });
    },
  );

  describe('with private addresses refused (the default)', () => {
    it('never sends a request to a loopback IP address', async () => {
      const before = server.requests.length;
      const result = await fetchPage(`${server.origin}/job`);
      expect(result).toMatchObject({ ok: false, code: 'private-address' });
      expect(server.requests.length).toBe(before);
    });

    it.each([
      'http://[::1]:9/job',
      'http://2130706433/job',
      'http://0x7f.1/job',
      'http://169.254.169.254/latest/meta-data/',
    ])('refuses %s, however the address is spelled', async (url) => {
      expect(await fetchPage(url, { timeoutMs: 500 })).toMatchObject({ ok: false, code: 'private-address' });
    });

    it('refuses a host name that resolves to loopback, checked at connect time', async () => {
      const before = server.requests.length;
      const result = await fetchPage(`${server.origin.replace('127.0.0.1', 'localhost')}/job`);
      expect(result).toMatchObject({ ok: false, code: 'private-address' });
      expect(server.requests.length).toBe(before);
    });

    it('refuses a host when any one of its addresses is private (DNS rebinding)', async () => {
      const result = await fetchPage('http://jobs.example.test/job', {
        resolveHost: async () => [
          { address: '93.184.216.34', family: 4 },
          { address: '10.0.0.7', family: 4 },
        ],
      });
      expect(result).toMatchObject({ ok: false, code: 'private-address' });
    });
  });

  it('checks every redirect again, so a page cannot send the bot to a file: address', async () => {
    const result = await fetchPage(`${server.origin}/to-file`, local);
    expect(result).toMatchObject({ ok: false, code: 'bad-url' });
  });

  it('sends extra headers on the first origin only, never to a redirect elsewhere', async () => {
    const same = await fetchPage(`${server.origin}/auth`, {
      ...local,
      headers: { authorization: 'Bearer x' },
    });
    expect(same.ok && same.body).toBe('Bearer x');
    const elsewhere = await fetchPage(`${server.origin}/to-auth-elsewhere`, {
      ...local,
      headers: { authorization: 'Bearer x' },
    });
    expect(elsewhere.ok && elsewhere.body).toBe('none');
  });
});

describe('pageKindOf', () => {
  it('reads the media type and ignores parameters and case', () => {
    expect(pageKindOf('Text/HTML; charset=UTF-8')).toBe('html');
    expect(pageKindOf('application/vnd.api+json')).toBe('json');
    expect(pageKindOf('application/pdf')).toBeNull();
    expect(pageKindOf(undefined)).toBeNull();
  });
});
