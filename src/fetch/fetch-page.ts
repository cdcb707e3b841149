import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './address-policy.ts';

/**
 * Fetches one web page for the bot, safely: http(s) only, a deadline, a size cap, few redirects, and no
 * private addresses (each redirect is checked again, and the host is resolved by our own lookup that checks
 * every address, so a DNS answer that changes between check and connect cannot slip a private one past).
 */

export type PageKind = 'html' | 'text' | 'json';

export type FetchFailureCode =
  | 'bad-url'
  | 'private-address'
  | 'too-many-redirects'
  | 'too-large'
  | 'timeout'
  | 'http-status'
  | 'unsupported-type'
  | 'unreachable';

export type FetchPageResult =
  | { ok: true; url: string; kind: PageKind; body: string; bytes: number }
  | { ok: false; code: FetchFailureCode; message: string };

/** Resolves a host name to every address it has. */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export interface FetchPageOptions {
  /** FETCH_ALLOW_PRIVATE_ADDRESSES: only for tests and for a bot that must read an intranet. */
  allowPrivateAddresses?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Sent with the first request, and with redirects only while they stay on the same origin. */
  headers?: Record<string, string>;
  /** Tests replace DNS; production uses the system resolver. */
  resolveHost?: ResolveHost;
  /** Read any content type as text: for Slack files, whose type the file name already told us. */
  anyContentType?: boolean;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 3,
} as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'roles-bot/0.1 (+saves job postings shared in Slack)';

class FetchRefused extends Error {
  constructor(
    readonly code: FetchFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'FetchRefused';
  }
}

const systemResolve: ResolveHost = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/** The kind of page a Content-Type header announces, or null for anything we do not read. */
export function pageKindOf(contentType: string | undefined): PageKind | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  if (type === 'application/json' || type === 'application/ld+json' || type.endsWith('+json')) return 'json';
  return null;
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused('bad-url', `"${raw.slice(0, 200)}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefused('bad-url', `only http and https links can be read, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '')
    throw new FetchRefused('bad-url', 'links with a user name or password are not read');
  return url;
}

function privateAddressRefusal(host: string): FetchRefused {
  return new FetchRefused(
    'private-address',
    `${host} is a private or local address; links must point at a public web page`,
  );
}

/** A `lookup` for http.request that refuses the connection when any address of the host is not public. */
function guardedLookup(resolveHost: ResolveHost, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname).then(
      (addresses) => {
        const family = typeof options === 'object' ? options.family : undefined;
        const usable = addresses.filter((a) => family === undefined || family === 0 || a.family === family);
        const first = usable[0];
        if (first === undefined) {
          callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
          return;
        }
        if (!allowPrivate && !usable.every((a) => isPublicAddress(a.address))) {
          callback(privateAddressRefusal(hostname), '', 4);
          return;
        }
        if (typeof options === 'object' && options.all) {
          (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, usable);
        } else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
}

function request(
  url: URL,
  options: Required<Pick<FetchPageOptions, 'allowPrivateAddresses'>> & {
    headers: Record<string, string>;
    signal: AbortSignal;
    resolveHost: ResolveHost;
  },
): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Node skips `lookup` for IP literals, so those are checked here.
  if (isIP(host) !== 0 && !options.allowPrivateAddresses && !isPublicAddress(host))
    return Promise.reject(privateAddressRefusal(host));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/json;q=0.9,text/plain;q=0.8',
        'accept-encoding': 'identity',
        ...options.headers,
      },
      signal: options.signal,
      lookup: guardedLookup(options.resolveHost, options.allowPrivateAddresses),
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    response.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        // Stop reading at once: a huge or endless body must not fill memory. Rejecting first makes the
        // refusal, not the abort that destroying causes, the reason given.
        reject(tooLarge(maxBytes));
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
    response.on('aborted', () => reject(new Error('the connection closed early')));
  });
}

function tooLarge(maxBytes: number): FetchRefused {
  return new FetchRefused('too-large', `the page is larger than ${Math.round(maxBytes / 1024)} KB`);
}

function decode(bytes: Buffer, contentType: string | undefined): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Fetches `rawUrl`. Never throws: every problem is a result with a code and a one-line message. */
export async function fetchPage(rawUrl: string, options: FetchPageOptions = {}): Promise<FetchPageResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const allowPrivateAddresses = options.allowPrivateAddresses ?? false;
  const resolveHost = options.resolveHost ?? systemResolve;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = parseHttpUrl(rawUrl);
    const origin = url.origin;
    for (let redirects = 0; ; redirects++) {
      const headers = url.origin === origin ? (options.headers ?? {}) : {};
      const response = await request(url, {
        allowPrivateAddresses,
        headers,
        signal: controller.signal,
        resolveHost,
      });
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.resume();
        const location = response.headers.location;
        if (location === undefined)
          throw new FetchRefused('http-status', `the site answered ${status} without saying where to go`);
        if (redirects >= maxRedirects)
          throw new FetchRefused('too-many-redirects', `the link redirects more than ${maxRedirects} times`);
        url = parseHttpUrl(new URL(location, url).href);
        continue;
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw new FetchRefused('http-status', `the site answered HTTP ${status}`);
      }
      const contentType = response.headers['content-type'];
      const kind = pageKindOf(contentType) ?? (options.anyContentType ? 'text' : null);
      if (kind === null) {
        response.resume();
        throw new FetchRefused(
          'unsupported-type',
          `the link is ${contentType?.split(';')[0] ?? 'of an unknown type'}, not a web page, text or JSON`,
        );
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        throw tooLarge(maxBytes);
      }
      const bytes = await readBody(response, maxBytes);
      return { ok: true, url: url.href, kind, body: decode(bytes, contentType), bytes: bytes.length };
    }
  } catch (error) {
    if (error instanceof FetchRefused) return { ok: false, code: error.code, message: error.message };
    if (controller.signal.aborted)
      return { ok: false, code: 'timeout', message: `the site did not answer within ${timeoutMs / 1000} s` };
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      code: 'unreachable',
      message: `the site could not be reached (${code ?? (error instanceof Error ? error.message : String(error))})`,
    };
  } finally {
    clearTimeout(timer);
  }
}
