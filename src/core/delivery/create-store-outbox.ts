import type { Publisher } from '../chat.js';
import type { KeyValueStore } from '../store.js';
import { disableChat, moveChat } from '../subscriptions/subscription-store.js';
import type { Clock, Logger } from '../types.js';
import { createOutbox, type Outbox } from './outbox.js';

/** A platform's outbox wired to the subscription store: gone chats are disabled, moved chats re-keyed. */
export function createStoreOutbox(deps: {
  publisher: Publisher;
  store: KeyValueStore;
  clock: Clock;
  log: Logger;
  /** Chats sent to at once (default 8). */
  concurrency?: number;
}): Outbox {
  return createOutbox({
    publisher: deps.publisher,
    concurrency: deps.concurrency ?? 8,
    log: deps.log,
    onGone: async (chat, reason) => {
      // Platforms report a kicked bot or deleted chat while sending to some topic; the whole chat is gone.
      await disableChat(deps.store, { platform: chat.platform, chatId: chat.chatId }, reason, deps.clock());
    },
    onMoved: async (from, to) => {
      await moveChat(deps.store, from, to);
    },
  });
}
