import { describe, expect, it } from 'vitest';
import { createRootLogger } from '../../src/logging/logger.ts';
import { createRequestStats } from '../../src/slack/request-stats.ts';
import { memoryStream } from '../support/memory-stream.ts';

describe('the request summary', () => {
  it('logs one info line with the count, the ack percentiles and the errors of the period', () => {
    const { stream, lines } = memoryStream();
    const stats = createRequestStats(createRootLogger({ level: 'info', destination: stream }), 3_600_000);
    for (let ms = 1; ms <= 100; ms += 1) stats.recordAck(ms, ms === 50 ? 500 : 200);
    stats.recordError();
    stats.flush();
    stats.stop();
    const summaries = lines().filter((l) => l.msg === 'slack requests in the last period');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({
      requests: 100,
      ackP50Ms: 51,
      ackP99Ms: 100,
      non2xx: 1,
      listenerErrors: 1,
    });
  });

  it('says nothing for a quiet period', () => {
    const { stream, lines } = memoryStream();
    const stats = createRequestStats(createRootLogger({ level: 'info', destination: stream }), 3_600_000);
    stats.stop();
    expect(lines()).toEqual([]);
  });
});
