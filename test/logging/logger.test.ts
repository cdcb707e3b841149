import { describe, expect, it } from 'vitest';
import { createRootLogger, shouldPrettyPrint } from '../../src/logging/logger.ts';
import { memoryStream } from '../support/memory-stream.ts';

describe('createRootLogger', () => {
  it('writes JSON lines with the level and message', () => {
    const { stream, lines } = memoryStream();
    createRootLogger({ level: 'info', destination: stream }).info({ postings: 5 }, 'catalog ready');
    expect(lines()[0]).toMatchObject({ level: 30, name: 'roles', postings: 5, msg: 'catalog ready' });
  });

  it('drops lines below the configured level', () => {
    const { stream, lines } = memoryStream();
    const logger = createRootLogger({ level: 'warn', destination: stream });
    logger.info('quiet');
    logger.warn('loud');
    expect(lines().map((line) => line.msg)).toEqual(['loud']);
  });

  it('never writes tokens, secrets or authorization headers', () => {
    const { stream, lines } = memoryStream();
    const logger = createRootLogger({ level: 'info', destination: stream });
    logger.info({
      token: 'xoxb-secret-1',
      config: { slack: { botToken: 'xoxb-secret-2', signingSecret: 's3cret' } },
    });
    logger.info({
      req: { headers: { authorization: 'Bearer xoxb-secret-3', 'x-slack-signature': 'v0=abc' } },
    });
    logger.info({ slack: { appToken: 'xapp-secret-4' } }, 'started');
    const text = JSON.stringify(lines());
    for (const secret of [
      'xoxb-secret-1',
      'xoxb-secret-2',
      's3cret',
      'xoxb-secret-3',
      'v0=abc',
      'xapp-secret-4',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });

  it('logs an error with its message and stack under err', () => {
    const { stream, lines } = memoryStream();
    createRootLogger({ level: 'info', destination: stream }).error({ err: new Error('boom') }, 'failed');
    const err = lines()[0]?.err as Record<string, unknown>;
    expect(err.message).toBe('boom');
    expect(String(err.stack)).toContain('Error: boom');
  });
});

describe('shouldPrettyPrint', () => {
  it('pretty-prints only for a terminal outside CI and tests', () => {
    expect(shouldPrettyPrint(true, {})).toBe(true);
    expect(shouldPrettyPrint(false, {})).toBe(false);
    expect(shouldPrettyPrint(undefined, {})).toBe(false);
    expect(shouldPrettyPrint(true, { CI: 'true' })).toBe(false);
    expect(shouldPrettyPrint(true, { VITEST: 'true' })).toBe(false);
    expect(shouldPrettyPrint(true, { NODE_ENV: 'test' })).toBe(false);
    expect(shouldPrettyPrint(true, { CI: 'false' })).toBe(true);
  });
});
