import type { Logger } from 'pino';
import { type DigestStore, DigestStoreCorruptError, openDigestStore } from '../storage/digest-store.ts';

export interface OpenDigestStoreOrPauseOptions {
  dataDir: string;
  logger: Logger;
  now: () => Date;
  /** The operator's consent to move a corrupt store aside and start afresh. */
  moveAsideCorrupt?: boolean;
}

/**
 * Opens the digest store for the composition root. A corrupt store pauses digests rather than the whole bot:
 * the error (its path and exactly what to do) is logged and null is returned, so main starts no scheduler and
 * registers `pausedDigestSubcommands()`. Anything else (a folder it cannot create) is thrown as usual.
 */
export async function openDigestStoreOrPause(
  options: OpenDigestStoreOrPauseOptions,
): Promise<DigestStore | null> {
  try {
    const { store, movedAside } = await openDigestStore({
      dataDir: options.dataDir,
      now: options.now,
      moveAsideCorrupt: options.moveAsideCorrupt ?? false,
    });
    if (movedAside !== null) {
      options.logger.warn(
        { movedAside, store: store.location },
        'the digest store was corrupt: moved it aside and started afresh, as configured',
      );
    }
    return store;
  } catch (error) {
    if (!(error instanceof DigestStoreCorruptError)) throw error;
    options.logger.error({ err: error, store: error.path }, error.message);
    return null;
  }
}
