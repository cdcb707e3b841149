import { writeLiveSnapshot } from '../storage/catalog-snapshot.ts';
import { buildFromRecords, type FileRecord } from '../storage/file-catalog.ts';

export type BuildTask =
  | { type: 'records'; records: FileRecord[] }
  | { type: 'build'; snapshotPath: string; code: string };

/**
 * Runs in a worker thread of a one-thread pool: gathers the file records the bot sends, a few hundred a task,
 * then builds the whole catalog from them (a cold start) and writes it as a snapshot, which the bot loads in
 * slices. Building 10,000 postings takes seconds of CPU, none of it on the bot's event loop.
 */
const records: FileRecord[] = [];

export default async function buildInWorker(task: BuildTask): Promise<number> {
  if (task.type === 'records') {
    records.push(...task.records);
    return records.length;
  }
  const catalog = buildFromRecords(records);
  await writeLiveSnapshot(task.snapshotPath, catalog, records, task.code);
  records.length = 0;
  return catalog.postings.length;
}
