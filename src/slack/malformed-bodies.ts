import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { HTTPModuleFunctions, type HTTPReceiver, isValidSlackRequest } from '@slack/bolt';
import type { Logger } from 'pino';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * What a signed body must be before Bolt sees it: a JSON object, or a form whose `payload` (when present)
 * is a JSON object. Bolt reads `body.type` straight after parsing, so a signed `null`, `3` or `[]` throws
 * inside its un-awaited handler and the request is never answered; here it gets a 400 at once.
 */
export function bodyShapeProblem(rawBody: string, contentType: string | undefined): string | null {
  let body: unknown;
  try {
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      const form = parseForm(rawBody);
      if (form.payload === undefined) return null;
      if (typeof form.payload !== 'string') return 'the form has more than one payload field';
      body = JSON.parse(form.payload);
    } else {
      body = JSON.parse(rawBody);
    }
  } catch {
    return 'the body is not valid JSON';
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return `the body is ${body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`}, not an object`;
  }
  return null;
}

/** True when the body (or a form's `payload`) starts like a JSON object, or is a form without a payload. */
function looksLikeObject(rawBody: string, contentType: string | undefined): boolean {
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const at = rawBody.startsWith('payload=') ? 0 : rawBody.indexOf('&payload=');
    if (at === -1) return true;
    const start = at === 0 ? 8 : at + 9;
    return rawBody.startsWith('%7B', start) || rawBody.startsWith('%7b', start) || rawBody[start] === '{';
  }
  return rawBody.trimStart().startsWith('{');
}

/**
 * Puts a check in front of the HTTP receiver's request listener. Only correctly signed requests are
 * judged (anything else goes on to Bolt, which answers 401), so the check reveals nothing to strangers.
 */
export function refuseMalformedBodies(
  receiver: HTTPReceiver,
  options: { signingSecret: string; path: string; logger: Logger },
): void {
  const boltListener: RequestListener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== options.path) {
      boltListener(req, res);
      return;
    }
    HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit).then(
      (buffered) => {
        const rawBody = buffered.rawBody.toString();
        // The common case costs a glance: a body that opens like an object goes straight on (Bolt answers 400
        // itself when such a body turns out not to be JSON). Only the rest is verified and judged here.
        if (looksLikeObject(rawBody, req.headers['content-type'])) {
          boltListener(buffered, res);
          return;
        }
        const signature = req.headers['x-slack-signature'];
        const timestamp = Number(req.headers['x-slack-request-timestamp']);
        const signed =
          typeof signature === 'string' &&
          isValidSlackRequest({
            signingSecret: options.signingSecret,
            body: rawBody,
            headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
          });
        const problem = signed ? bodyShapeProblem(rawBody, req.headers['content-type']) : null;
        if (problem === null) {
          // The body is already buffered on `req.rawBody`, which Bolt reuses instead of reading again.
          boltListener(buffered, res);
          return;
        }
        options.logger.warn(
          { problem, bytes: buffered.rawBody.length },
          'refused a signed request with a malformed body',
        );
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Bad request: ${problem}.`);
      },
      (error: unknown) => {
        const tooLarge = HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413;
        options.logger.warn({ err: error }, 'could not read a request body');
        res.writeHead(tooLarge ? 413 : 400);
        res.end();
      },
    );
  };
}
