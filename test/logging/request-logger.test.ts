import { describe, expect, it } from 'vitest';
import { createRootLogger } from '../../src/logging/logger.ts';
import { requestLogger } from '../../src/logging/request-logger.ts';
import { memoryStream } from '../support/memory-stream.ts';

describe('requestLogger', () => {
  it('tags every line about one request with the same request id and its Slack context', () => {
    const { stream, lines } = memoryStream();
    const root = createRootLogger({ level: 'info', destination: stream });
    const log = requestLogger(
      root,
      { kind: 'command', name: '/roles', user: 'U1', channel: 'C1' },
      () => 'req00001',
    );
    log.info('acked');
    log.warn('slack call failed');
    expect(lines()).toMatchObject([
      {
        name: 'roles',
        requestId: 'req00001',
        kind: 'command',
        type: '/roles',
        user: 'U1',
        channel: 'C1',
        msg: 'acked',
      },
      { requestId: 'req00001', msg: 'slack call failed' },
    ]);
  });

  it('gives separate requests different ids by default', () => {
    const { stream, lines } = memoryStream();
    const root = createRootLogger({ level: 'info', destination: stream });
    requestLogger(root, { kind: 'event', name: 'app_mention' }).info('one');
    requestLogger(root, { kind: 'event', name: 'app_mention' }).info('two');
    const [first, second] = lines();
    expect(first?.requestId).not.toBe(second?.requestId);
  });
});
