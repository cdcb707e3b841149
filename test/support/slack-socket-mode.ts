import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for Slack's side of Socket Mode: the app connects to the URL the Web API stand-in's
 * `apps.connections.open` returns, gets `hello`, receives envelopes and acks them with their `envelope_id`.
 */

export type EnvelopeType = 'slash_commands' | 'events_api' | 'interactive';

export interface SocketModeAck {
  envelope_id: string;
  payload?: unknown;
}

export interface SocketModeStandIn {
  /** `ws://127.0.0.1:<port>/link`, for `setSocketModeUrl`. */
  readonly url: string;
  /** Resolves once an app is connected and has been sent `hello`. */
  waitForConnection(timeoutMs?: number): Promise<void>;
  /** Sends an envelope to the connected app; returns its envelope id. */
  send(type: EnvelopeType, payload: unknown, options?: { retryAttempt?: number }): string;
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketModeAck>;
  acks(): SocketModeAck[];
  close(): Promise<void>;
}

export async function startSocketModeServer(): Promise<SocketModeStandIn> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const received: SocketModeAck[] = [];
  let socket: WebSocket | null = null;

  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Partial<SocketModeAck>;
      if (typeof message.envelope_id === 'string') received.push(message as SocketModeAck);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'local-stand-in', approximate_connection_time: 3600 },
        connection_info: { app_id: 'A0TEST' },
      }),
    );
  });

  const poll = async <T>(read: () => T | undefined, timeoutMs: number, what: string): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = read();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`Socket Mode stand-in: waited ${timeoutMs} ms for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  return {
    url: `ws://127.0.0.1:${port}/link`,
    waitForConnection: async (timeoutMs = 5_000) => {
      await poll(() => (socket?.readyState === WebSocket.OPEN ? true : undefined), timeoutMs, 'a connection');
    },
    send(type, payload, options = {}) {
      if (socket === null) throw new Error('Socket Mode stand-in: no app is connected');
      const envelopeId = randomUUID();
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(type === 'events_api' ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: '' } : {}),
        }),
      );
      return envelopeId;
    },
    waitForAck: (envelopeId, timeoutMs = 5_000) =>
      poll(
        () => received.find((ack) => ack.envelope_id === envelopeId),
        timeoutMs,
        `the ack of ${envelopeId}`,
      ),
    acks: () => [...received],
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
