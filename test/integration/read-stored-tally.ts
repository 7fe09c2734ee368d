import { loadTrackers } from '../../src/config/load-trackers.js';
import { type FeedState, readFeedState } from '../../src/core/pipeline/feed-state.js';
import { readObservations, readTallies } from '../../src/core/pipeline/observation-store.js';
import type { Logger } from '../../src/core/types.js';
import { createStore } from '../../src/store/create-store.js';

/** What a store holds for a tracker after the bot ran: totals per ledger and the articles observed. */
export interface StoredTally {
  totals: Record<string, number>;
  /** Article keys with their mention counts ("https://…/tuesday → 40"), sorted. */
  observations: string[];
  /** Feed states by URL (`feed:<url>`), as the pipeline left them. */
  feedStates: Record<string, FeedState>;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Opens a store by URL (while or after a bot uses it), reads the first tracker's tally, and closes it. */
export async function readStoredTally(storeUrl: string, trackersFile: string): Promise<StoredTally> {
  const [tracker] = await loadTrackers(trackersFile);
  if (!tracker) throw new Error(`${trackersFile} has no tracker`);
  const opened = await createStore(storeUrl, { log: silent });
  try {
    const tallies = await readTallies(opened.store, tracker);
    const record = await readObservations(opened.store, tracker.id);
    const feedStates: Record<string, FeedState> = {};
    for (const url of tracker.feeds) feedStates[url] = await readFeedState(opened.store, url);
    return {
      totals: Object.fromEntries(tallies.map(({ ledger, tally }) => [ledger.id, tally.total])),
      observations: Object.entries(record)
        .map(([key, observation]) => `${key} → ${observation.mentions.map((m) => m.count).join(',')}`)
        .sort(),
      feedStates,
    };
  } finally {
    await opened.close();
  }
}
