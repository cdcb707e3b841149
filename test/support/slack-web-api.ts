import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Slack's Web API, reached through `clientOptions.slackApiUrl`.
 * It keeps Bolt's real HTTP path (native fetch, form bodies, retries) under test: every call is recorded,
 * answers look like Slack's, failures can be programmed per method, and payloads that break Block Kit
 * limits are refused with `invalid_blocks`, the way Slack would refuse them in production.
 * It also serves local `response_url`s (`/response/<id>`) and records what is posted to them.
 */

export interface SlackWebApiCall {
  method: string;
  /** The bearer token the call carried, or null when it carried none. */
  token: string | null;
  /** The arguments with `blocks`, `view`, `attachments` and `metadata` JSON-decoded. */
  args: Record<string, unknown>;
  /** What the stand-in answered (after any programmed failure). */
  status: number;
  response: Record<string, unknown> | string;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  status: number;
}

export interface ProgrammedFailure {
  /** Answer `{ok: false, error}` with HTTP 200, as Slack does for platform errors. */
  error?: string;
  /** Answer with this HTTP status instead (429 or 5xx). */
  status?: number;
  /** Seconds, sent as `Retry-After` (with status 429). */
  retryAfter?: number;
  /**
   * Never answer. `'before'`: the call is dropped, as when Slack never got it. `'after'`: Slack accepts it
   * (a message is created and shows in the recorded calls) but the answer never comes back.
   */
  hang?: 'before' | 'after';
}

export interface SlackWebApiOptions {
  botToken?: string;
  appToken?: string;
  botUserId?: string;
  botId?: string;
  teamId?: string;
  teamName?: string;
}

export interface SlackWebApiStandIn {
  /** Base URL for `slackApiUrl`, ending in `/api/`. */
  readonly url: string;
  readonly origin: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  /** Every recorded call, or only those to `method`. */
  calls(method?: string): SlackWebApiCall[];
  /** The next call to `method` fails as described (queued: call repeatedly for several failures). */
  failNext(method: string, failure: ProgrammedFailure): void;
  /** A fresh local `response_url`. */
  responseUrl(id?: string): string;
  /** Every post to response URLs, or only those to `id`. */
  responses(id?: string): ResponseUrlPost[];
  /**
   * Serves a file the way Slack does: at `url_private_download`, only to a request carrying the bot token.
   * Returns the file object Slack puts in message payloads (and answers from `files.info`).
   */
  addFile(file: { name: string; content: string; mimetype?: string }): SlackFileObject;
  /** Every download request: its file id and whether the bot token came with it. */
  fileDownloads(): { fileId: string; authorized: boolean }[];
  /** Makes `apps.connections.open` answer with this WebSocket URL (Socket Mode). */
  setSocketModeUrl(url: string | null): void;
  waitForCalls(method: string, count?: number, timeoutMs?: number): Promise<SlackWebApiCall[]>;
  /**
   * Answers `conversations.history` from the messages it accepted, with their metadata, as Slack does for a
   * bot with `channels:history`. Off by default: without the scope the method is unknown to the bot.
   */
  enableHistory(): void;
  waitForResponses(id: string, count?: number, timeoutMs?: number): Promise<ResponseUrlPost[]>;
  reset(): void;
  close(): Promise<void>;
}

export interface SlackFileObject {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  size: number;
  url_private: string;
  url_private_download: string;
}

const JSON_ARGUMENTS = ['blocks', 'view', 'attachments', 'metadata'];
/** Slack allows five posts to one response_url. */
const RESPONSE_URL_USES = 5;

export async function startSlackWebApi(options: SlackWebApiOptions = {}): Promise<SlackWebApiStandIn> {
  const botToken = options.botToken ?? 'xoxb-test-token';
  const appToken = options.appToken ?? 'xapp-test-token';
  const botUserId = options.botUserId ?? 'UBOT';
  const botId = options.botId ?? 'BBOT';
  const teamId = options.teamId ?? 'T0TEAM';
  const teamName = options.teamName ?? 'Test Team';

  const recorded: SlackWebApiCall[] = [];
  const responsePosts: ResponseUrlPost[] = [];
  const failures = new Map<string, ProgrammedFailure[]>();
  let historyEnabled = false;
  let socketModeUrl: string | null = null;
  const files = new Map<string, { object: SlackFileObject; content: string }>();
  const downloads: { fileId: string; authorized: boolean }[] = [];
  let tsCounter = 0;
  let viewCounter = 0;
  let responseCounter = 0;

  const nextTs = (): string => {
    tsCounter += 1;
    return `${1_700_000_000 + tsCounter}.${String(tsCounter).padStart(6, '0')}`;
  };

  const answerMethod = (method: string, args: Record<string, unknown>, token: string | null) => {
    const expected = method === 'apps.connections.open' ? appToken : botToken;
    if (token === null) return { ok: false, error: 'not_authed' };
    if (token !== expected) return { ok: false, error: 'invalid_auth' };
    const problems = blockKitProblems(method, args);
    if (problems.length > 0) return { ok: false, error: 'invalid_blocks', errors: problems };
    if (method === 'conversations.history' && historyEnabled) {
      const messages = recorded
        .filter(
          (c) =>
            c.method === 'chat.postMessage' &&
            c.args.channel === args.channel &&
            (c.response as { ok?: boolean } | null)?.ok === true,
        )
        .map((c) => ({ type: 'message', ts: (c.response as { ts: string }).ts, metadata: c.args.metadata }))
        .reverse();
      return { ok: true, messages, has_more: false };
    }
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://test-team.slack.com/',
          team: teamName,
          user: 'roles',
          team_id: teamId,
          user_id: botUserId,
          bot_id: botId,
          is_enterprise_install: false,
        };
      case 'chat.postMessage': {
        if (typeof args.channel !== 'string' || args.channel === '')
          return { ok: false, error: 'channel_not_found' };
        if (args.text === undefined && args.blocks === undefined) return { ok: false, error: 'no_text' };
        const ts = nextTs();
        return {
          ok: true,
          channel: args.channel,
          ts,
          message: {
            type: 'message',
            text: args.text,
            blocks: args.blocks,
            user: botUserId,
            bot_id: botId,
            ts,
          },
        };
      }
      case 'chat.postEphemeral':
        if (typeof args.channel !== 'string' || typeof args.user !== 'string') {
          return { ok: false, error: 'channel_not_found' };
        }
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        if (typeof args.ts !== 'string') return { ok: false, error: 'message_not_found' };
        return {
          ok: true,
          channel: args.channel,
          ts: args.ts,
          text: args.text,
          message: { text: args.text, blocks: args.blocks, user: botUserId, bot_id: botId },
        };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
      case 'views.push': {
        if (typeof args.view !== 'object' || args.view === null)
          return { ok: false, error: 'invalid_arguments' };
        if (method === 'views.open' && typeof args.trigger_id !== 'string') {
          return { ok: false, error: 'invalid_trigger_id' };
        }
        if (method === 'views.publish' && typeof args.user_id !== 'string') {
          return { ok: false, error: 'invalid_arguments' };
        }
        viewCounter += 1;
        return {
          ok: true,
          view: { id: `V${String(viewCounter).padStart(8, '0')}`, team_id: teamId, ...args.view },
        };
      }
      case 'conversations.info':
        if (typeof args.channel !== 'string') return { ok: false, error: 'channel_not_found' };
        return {
          ok: true,
          channel: { id: args.channel, name: `channel-${args.channel.toLowerCase()}`, is_member: true },
        };
      case 'conversations.open': {
        // Opening a DM with one person: Slack answers with the IM channel, the same one every time.
        const users = typeof args.users === 'string' ? args.users.split(',') : [];
        if (users.length !== 1 || !/^[UW][A-Z0-9]+$/.test(users[0]!))
          return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${users[0]!.slice(1)}` } };
      }
      case 'files.info': {
        const file = typeof args.file === 'string' ? files.get(args.file) : undefined;
        return file === undefined ? { ok: false, error: 'file_not_found' } : { ok: true, file: file.object };
      }
      case 'apps.connections.open':
        if (socketModeUrl === null) return { ok: false, error: 'not_allowed_token_type' };
        return { ok: true, url: socketModeUrl };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const handleApi = async (method: string, req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const args = decodeArguments(raw, req.headers['content-type']);
    const token =
      bearerToken(req.headers.authorization) ?? (typeof args.token === 'string' ? args.token : null);
    delete args.token;
    const failure = failures.get(method)?.shift();
    if (failure?.hang === 'before') {
      // Recorded with status 0 so a test can wait for it; Slack never saw it, so no message exists.
      recorded.push({ method, token, args, status: 0, response: 'never answered' });
      return;
    }
    if (failure?.hang === 'after') {
      recorded.push({ method, token, args, status: 200, response: answerMethod(method, args, token) });
      return;
    }
    if (failure?.status !== undefined) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
      const body =
        failure.status === 429 ? { ok: false, error: 'ratelimited' } : { ok: false, error: 'internal_error' };
      recorded.push({ method, token, args, status: failure.status, response: body });
      res.writeHead(failure.status, headers).end(JSON.stringify(body));
      return;
    }
    const body =
      failure?.error !== undefined ? { ok: false, error: failure.error } : answerMethod(method, args, token);
    recorded.push({ method, token, args, status: 200, response: body });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const handleResponseUrl = async (id: string, req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_payload');
      return;
    }
    const used = responsePosts.filter((post) => post.id === id && post.status === 200).length;
    let status = 200;
    let answer: Record<string, unknown> = { ok: true };
    if (used >= RESPONSE_URL_USES) {
      status = 404;
      answer = { ok: false, error: 'used_url' };
    } else {
      const problems = messageProblems(body);
      if (problems.length > 0) {
        status = 400;
        answer = { ok: false, error: 'invalid_blocks', errors: problems };
      }
    }
    responsePosts.push({ id, body, status });
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  };

  const handleFile = (fileId: string, req: IncomingMessage, res: ServerResponse) => {
    const file = files.get(fileId);
    const authorized = bearerToken(req.headers.authorization) === botToken;
    downloads.push({ fileId, authorized });
    // Slack answers an unauthorised download with a sign-in page, not the file.
    if (!authorized) res.writeHead(403, { 'content-type': 'text/html' }).end('<html>sign in</html>');
    else if (file === undefined) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else res.writeHead(200, { 'content-type': file.object.mimetype }).end(file.content);
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const download = /^\/files-pri\/[\w-]+\/(F\w+)\/download\/[^/]+$/.exec(url.pathname);
    if (req.method === 'GET' && download?.[1] !== undefined) {
      handleFile(download[1], req, res);
      return;
    }
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    const response = /^\/response\/([\w-]+)$/.exec(url.pathname);
    const handled =
      req.method === 'POST' && api?.[1] !== undefined
        ? handleApi(api[1], req, res)
        : req.method === 'POST' && response?.[1] !== undefined
          ? handleResponseUrl(response[1], req, res)
          : Promise.resolve(void res.writeHead(404).end('not found'));
    handled.catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const waitUntil = async <T>(
    read: () => T[],
    count: number,
    timeoutMs: number,
    what: string,
  ): Promise<T[]> => {
    const deadline = Date.now() + timeoutMs;
    while (read().length < count) {
      if (Date.now() > deadline) {
        throw new Error(`Slack stand-in: waited ${timeoutMs} ms for ${count} ${what}, saw ${read().length}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return read();
  };

  const calls = (method?: string) =>
    recorded.filter((call) => method === undefined || call.method === method);
  const responses = (id?: string) => responsePosts.filter((post) => id === undefined || post.id === id);

  return {
    url: `${origin}/api/`,
    origin,
    botToken,
    appToken,
    botUserId,
    botId,
    teamId,
    calls,
    failNext(method, failure) {
      const queue = failures.get(method) ?? [];
      queue.push(failure);
      failures.set(method, queue);
    },
    responseUrl(id) {
      responseCounter += 1;
      return `${origin}/response/${id ?? `r${responseCounter}`}`;
    },
    responses,
    addFile(file) {
      const id = `F${String(files.size + 1).padStart(8, '0')}`;
      const path = `/files-pri/${teamId}-${id}/${id}/download/${encodeURIComponent(file.name)}`;
      const object: SlackFileObject = {
        id,
        name: file.name,
        title: file.name,
        mimetype: file.mimetype ?? 'text/plain',
        filetype: file.name.split('.').pop() ?? 'text',
        size: Buffer.byteLength(file.content),
        url_private: `${origin}${path.replace('/download/', '/')}`,
        url_private_download: `${origin}${path}`,
      };
      files.set(id, { object, content: file.content });
      return object;
    },
    fileDownloads: () => [...downloads],
    setSocketModeUrl(url) {
      socketModeUrl = url;
    },
    waitForCalls: (method, count = 1, timeoutMs = 5_000) =>
      waitUntil(() => calls(method), count, timeoutMs, `${method} call(s)`),
    waitForResponses: (id, count = 1, timeoutMs = 5_000) =>
      waitUntil(() => responses(id), count, timeoutMs, `post(s) to response_url ${id}`),
    enableHistory() {
      historyEnabled = true;
    },
    reset() {
      historyEnabled = false;
      recorded.length = 0;
      downloads.length = 0;
      responsePosts.length = 0;
      failures.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function bearerToken(header: string | undefined): string | null {
  const match = header === undefined ? null : /^Bearer (\S+)$/.exec(header);
  return match?.[1] ?? null;
}

function decodeArguments(raw: string, contentType: string | undefined): Record<string, unknown> {
  let args: Record<string, unknown>;
  if (contentType?.startsWith('application/json')) {
    args = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
  } else {
    args = Object.fromEntries(new URLSearchParams(raw));
  }
  for (const key of JSON_ARGUMENTS) {
    const value = args[key];
    if (typeof value === 'string') {
      try {
        args[key] = JSON.parse(value);
      } catch {
        // Left as a string: the Block Kit checks then report it as malformed.
      }
    }
  }
  return args;
}

// --- Block Kit limits, written from Slack's documentation independently of our renderers. ---

const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  contextElements: 10,
  actionsElements: 25,
  sectionFields: 10,
  fieldText: 2000,
  modalTitle: 24,
  topLevelText: 4000,
} as const;

function blockKitProblems(method: string, args: Record<string, unknown>): string[] {
  if (method.startsWith('views.')) return viewProblems(args.view);
  if (method.startsWith('chat.')) return messageProblems(args);
  return [];
}

/** Problems with a message body (Web API arguments or a response_url post). */
export function messageProblems(message: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof message.text === 'string' && message.text.length > LIMITS.topLevelText) {
    problems.push(`text is ${message.text.length} chars (max ${LIMITS.topLevelText})`);
  }
  if (message.blocks !== undefined) problems.push(...blocksProblems(message.blocks, LIMITS.messageBlocks));
  return problems;
}

export function viewProblems(view: unknown): string[] {
  if (!isRecord(view)) return ['view must be an object'];
  const problems: string[] = [];
  if (view.type !== 'modal' && view.type !== 'home')
    problems.push(`view type ${String(view.type)} is unknown`);
  if (view.type === 'modal') {
    const title = textOf(view.title);
    if (title === null) problems.push('modal needs a title');
    else if (title.length > LIMITS.modalTitle) {
      problems.push(`modal title is ${title.length} chars (max ${LIMITS.modalTitle})`);
    }
  }
  problems.push(...blocksProblems(view.blocks, LIMITS.viewBlocks));
  return problems;
}

function blocksProblems(blocks: unknown, maxBlocks: number): string[] {
  if (!Array.isArray(blocks)) return ['blocks must be an array'];
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (max ${maxBlocks})`);
  blocks.forEach((block: unknown, index) => {
    const at = `blocks[${index}]`;
    if (!isRecord(block) || typeof block.type !== 'string') {
      problems.push(`${at} has no type`);
      return;
    }
    if (typeof block.block_id === 'string' && block.block_id.length > LIMITS.blockId) {
      problems.push(`${at}.block_id is ${block.block_id.length} chars (max ${LIMITS.blockId})`);
    }
    switch (block.type) {
      case 'section': {
        const text = textOf(block.text);
        if (text !== null && text.length > LIMITS.sectionText) {
          problems.push(`${at}.text is ${text.length} chars (max ${LIMITS.sectionText})`);
        }
        if (block.fields !== undefined) {
          const fields = Array.isArray(block.fields) ? block.fields : [];
          if (fields.length > LIMITS.sectionFields) {
            problems.push(`${at} has ${fields.length} fields (max ${LIMITS.sectionFields})`);
          }
          fields.forEach((field: unknown, i) => {
            const fieldText = textOf(field);
            if (fieldText !== null && fieldText.length > LIMITS.fieldText) {
              problems.push(`${at}.fields[${i}] is ${fieldText.length} chars (max ${LIMITS.fieldText})`);
            }
          });
        }
        if (text === null && block.fields === undefined) problems.push(`${at} needs text or fields`);
        if (block.accessory !== undefined)
          problems.push(...elementProblems(block.accessory, `${at}.accessory`));
        break;
      }
      case 'header': {
        const text = textOf(block.text);
        if (text === null) problems.push(`${at} needs text`);
        else if (text.length > LIMITS.headerText) {
          problems.push(`${at}.text is ${text.length} chars (max ${LIMITS.headerText})`);
        }
        break;
      }
      case 'context': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length === 0 || elements.length > LIMITS.contextElements) {
          problems.push(`${at} has ${elements.length} elements (1 to ${LIMITS.contextElements})`);
        }
        break;
      }
      case 'actions': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length === 0 || elements.length > LIMITS.actionsElements) {
          problems.push(`${at} has ${elements.length} elements (1 to ${LIMITS.actionsElements})`);
        }
        elements.forEach((element: unknown, i) => {
          problems.push(...elementProblems(element, `${at}.elements[${i}]`));
        });
        break;
      }
      default:
        break;
    }
  });
  return problems;
}

function elementProblems(element: unknown, at: string): string[] {
  if (!isRecord(element)) return [`${at} is not an object`];
  const problems: string[] = [];
  if (typeof element.action_id === 'string' && element.action_id.length > LIMITS.actionId) {
    problems.push(`${at}.action_id is ${element.action_id.length} chars (max ${LIMITS.actionId})`);
  }
  if (element.type === 'button') {
    const text = textOf(element.text);
    if (text === null) problems.push(`${at} needs text`);
    else if (text.length > LIMITS.buttonText) {
      problems.push(`${at}.text is ${text.length} chars (max ${LIMITS.buttonText})`);
    }
    if (typeof element.value === 'string' && element.value.length > LIMITS.buttonValue) {
      problems.push(`${at}.value is ${element.value.length} chars (max ${LIMITS.buttonValue})`);
    }
  }
  return problems;
}

function textOf(object: unknown): string | null {
  return isRecord(object) && typeof object.text === 'string' ? object.text : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
