import type { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { boltLogger } from '../../src/logging/bolt-logger.ts';
import { createRootLogger } from '../../src/logging/logger.ts';
import { memoryStream } from '../support/memory-stream.ts';

describe('boltLogger', () => {
  it("writes Bolt's console-style arguments as one JSON line", () => {
    const { stream, lines } = memoryStream();
    const logger = boltLogger(createRootLogger({ level: 'debug', destination: stream }));
    logger.warn('http request failed', { status: 500 });
    expect(lines()[0]).toMatchObject({
      level: 40,
      component: 'bolt',
      msg: 'http request failed',
      data: { status: 500 },
    });
  });

  it('keeps an Error passed by Bolt as err, with its stack', () => {
    const { stream, lines } = memoryStream();
    boltLogger(createRootLogger({ level: 'debug', destination: stream })).error(new Error('listener failed'));
    const line = lines()[0] ?? {};
    expect(line.msg).toBe('listener failed');
    expect((line.err as { stack: string }).stack).toContain('listener failed');
  });

  it('follows setLevel and reports it through getLevel, also after setName', () => {
    const { stream, lines } = memoryStream();
    const logger = boltLogger(createRootLogger({ level: 'info', destination: stream }));
    logger.setLevel('error' as LogLevel);
    logger.setName('socket-mode');
    logger.warn('hidden');
    logger.error('shown');
    expect(logger.getLevel()).toBe('error');
    expect(lines()).toMatchObject([{ component: 'socket-mode', msg: 'shown' }]);
  });

  it('keeps redacting secrets that Bolt logs', () => {
    const { stream, lines } = memoryStream();
    const logger = boltLogger(createRootLogger({ level: 'debug', destination: stream }));
    logger.debug({ token: 'xoxb-leak-1' });
    logger.debug('request body:', '{"token":"xoxb-leak-2"}', 'app token xapp-1-A1-leak-3');
    const text = JSON.stringify(lines());
    for (const secret of ['leak-1', 'leak-2', 'leak-3']) expect(text).not.toContain(secret);
  });
});
