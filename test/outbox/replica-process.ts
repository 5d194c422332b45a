// A second replica in its own process, for the test that has two replicas sweep one database at the same time.
// It has to be a process: better-sqlite3 waits for a busy database synchronously, so two SQLite connections in one
// Node thread deadlock (one holds the write lock across an await while the other blocks the event loop waiting for
// it), which two real replicas never do. Started by job-worker.test.ts with `node --import jiti/register`.

import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { createLogger } from '../../src/logger.ts';
import { DONE, JobWorker } from '../../src/outbox/job-worker.ts';
import { openDatabase } from '../../src/store/create-store.ts';
import { jobQueue } from '../../src/store/job-repository.ts';

export type ReplicaRequest = { type: 'kick'; now: string } | { type: 'close' };
export type ReplicaReply = { type: 'ready' } | { type: 'ran'; id: string } | { type: 'kicked'; count: number };

const [url, workerId, batchSize] = process.argv.slice(2);
if (!url || !workerId || !process.send) throw new Error('usage: replica-process.ts DATABASE_URL WORKER_ID BATCH_SIZE');
const send = (reply: ReplicaReply) => process.send?.(reply);

let now = new Date(0);
const database = await openDatabase(url);
const worker = new JobWorker({
  jobs: jobQueue(database.db),
  now: () => now,
  logger: createLogger('error'),
  maxAttempts: 3,
  workerId,
  batchSize: Number(batchSize ?? 50),
  handlers: {
    post: async (job) => {
      send({ type: 'ran', id: job.id });
      await yieldToLoop();
      return DONE;
    },
  },
});

process.on('message', (request: ReplicaRequest) => {
  if (request.type === 'kick') {
    now = new Date(request.now);
    void worker.kick().then((count) => send({ type: 'kicked', count }));
    return;
  }
  void worker
    .idle()
    .then(() => database.close())
    .then(() => process.disconnect());
});
send({ type: 'ready' });
