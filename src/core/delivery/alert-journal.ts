import { type ChatRef, chatKey } from '../chat.js';
import type { Post } from '../post.js';
import type { KeyValueStore } from '../store.js';
import type { Logger } from '../types.js';
import type { Outbox } from './outbox.js';

/** One post for one chat. */
export interface Delivery {
  chat: ChatRef;
  post: Post;
}

/** A batch of deliveries written to the store before any of them is sent. */
interface StoredBatch {
  deliveries: Delivery[];
  /** Indexes of the deliveries already handled (sent, or given up on by the outbox). */
  done: number[];
}

/**
 * Alerts are written down before they are queued and crossed off as the outbox handles them,
 * so a crash or a shutdown that outlasts the drain timeout loses none: the next start sends
 * what was left. A post can be sent twice only if the process dies between sending it and the
 * next write of its batch (at most `flushDelayMs` later).
 */
export interface AlertJournal {
  /** Writes the deliveries down, then queues them; resolves once they are written. */
  record(platform: ChatRef['platform'], deliveries: Delivery[]): Promise<void>;
  /** Queues what an earlier run wrote down and did not finish; returns how many posts. */
  recover(): Promise<number>;
  /** Writes pending progress now (shutdown). */
  flush(): Promise<void>;
}

export interface AlertJournalDeps {
  store: KeyValueStore;
  outboxes: Partial<Record<ChatRef['platform'], Outbox>>;
  log: Logger;
  /** How long progress on a batch may wait before it is written (default 1 s). */
  flushDelayMs?: number;
}

const indexKey = (platform: string) => `outbox:${platform}`;
const batchKey = (platform: string, id: string) => `outbox:${platform}:${id}`;

interface OpenBatch {
  platform: ChatRef['platform'];
  id: string;
  stored: StoredBatch;
  remaining: number;
  dirty: boolean;
}

/** Creates the journal over the store and the platforms' outboxes. */
export function createAlertJournal(deps: AlertJournalDeps): AlertJournal {
  const flushDelayMs = deps.flushDelayMs ?? 1000;
  const open = new Map<string, OpenBatch>();
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Index updates are read-modify-write; one at a time keeps them from losing each other's ids.
  let writes: Promise<void> = Promise.resolve();

  const serially = (work: () => Promise<void>): Promise<void> => {
    const next = writes.then(work, work);
    writes = next.catch((error: unknown) => deps.log.error('Alert journal write failed', { error: String(error) }));
    return next;
  };

  const readIndex = async (platform: string): Promise<string[]> => {
    const value = await deps.store.get(indexKey(platform));
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  };

  const writeDirty = async (): Promise<void> => {
    for (const batch of open.values()) {
      if (!batch.dirty || batch.remaining === 0) continue;
      batch.dirty = false;
      await deps.store.set(batchKey(batch.platform, batch.id), batch.stored);
    }
  };

  const scheduleFlush = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void serially(writeDirty);
    }, flushDelayMs);
    timer.unref?.();
  };

  const finish = (batch: OpenBatch) =>
    serially(async () => {
      open.delete(`${batch.platform}:${batch.id}`);
      const index = await readIndex(batch.platform);
      await deps.store.set(
        indexKey(batch.platform),
        index.filter((id) => id !== batch.id),
      );
      await deps.store.delete(batchKey(batch.platform, batch.id));
    });

  const queue = (batch: OpenBatch, outbox: Outbox) => {
    const done = new Set(batch.stored.done);
    batch.stored.deliveries.forEach((delivery, index) => {
      if (done.has(index)) return;
      void outbox.enqueue(delivery.chat, delivery.post).then(() => {
        batch.stored.done.push(index);
        batch.remaining--;
        if (batch.remaining === 0) void finish(batch);
        else {
          batch.dirty = true;
          scheduleFlush();
        }
      });
    });
  };

  return {
    async record(platform, deliveries) {
      const outbox = deps.outboxes[platform];
      if (!outbox || deliveries.length === 0) return;
      const id = `${Date.now().toString(36)}-${(sequence++).toString(36)}`;
      const batch: OpenBatch = {
        platform,
        id,
        stored: { deliveries, done: [] },
        remaining: deliveries.length,
        dirty: false,
      };
      // Written before anything is queued: a crash from here on resends rather than loses.
      await serially(async () => {
        await deps.store.set(batchKey(platform, id), batch.stored);
        const index = await readIndex(platform);
        await deps.store.set(indexKey(platform), [...index, id]);
      });
      open.set(`${platform}:${id}`, batch);
      queue(batch, outbox);
    },

    async recover() {
      let posts = 0;
      for (const [platform, outbox] of Object.entries(deps.outboxes) as Array<[ChatRef['platform'], Outbox]>) {
        for (const id of await readIndex(platform)) {
          if (open.has(`${platform}:${id}`)) continue;
          const stored = (await deps.store.get(batchKey(platform, id))) as StoredBatch | undefined;
          const batch: OpenBatch = {
            platform,
            id,
            stored: { deliveries: stored?.deliveries ?? [], done: stored?.done ?? [] },
            remaining: 0,
            dirty: false,
          };
          const done = new Set(batch.stored.done);
          batch.remaining = batch.stored.deliveries.filter((_, index) => !done.has(index)).length;
          if (batch.remaining === 0) {
            await finish(batch);
            continue;
          }
          posts += batch.remaining;
          deps.log.info('Sending alerts left over from the last run', {
            platform,
            posts: batch.remaining,
            chats: new Set(batch.stored.deliveries.map((d) => chatKey(d.chat))).size,
          });
          open.set(`${platform}:${id}`, batch);
          queue(batch, outbox);
        }
      }
      return posts;
    },

    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      await serially(writeDirty);
      await writes;
    },
  };
}
