import type { EmptyDigestPolicy } from '../../digest/build-digest-message.ts';
import type { DigestStore } from '../../storage/digest-store.ts';

/** What the digest subcommands need besides the request: built once in main from the config. */
export interface DigestCommandDependencies {
  store: DigestStore;
  /** DIGEST_CHANNEL when set: it gets every new role. */
  digestChannels: readonly string[];
  /** DIGEST_CRON and DIGEST_TIMEZONE, to tell people when digests go out. */
  cron: string;
  timeZone: string;
  emptyPolicy: EmptyDigestPolicy;
}
