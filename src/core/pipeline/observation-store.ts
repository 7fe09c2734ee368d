import type { KeyValueStore } from '../store.js';
import { foldLedger } from '../tally/fold-ledger.js';
import type { Tally } from '../tally/tally.js';
import type { Ledger, Observation, Tracker } from '../types.js';

/** Every observation of a tracker, keyed by article key (`obs:<tracker>`): the tally's only input. */
export type ObservationRecord = Record<string, Observation>;

const observationsKey = (trackerId: string) => `obs:${trackerId}`;
const alertedKey = (trackerId: string) => `alerted:${trackerId}`;

/** Reads a tracker's observations (empty before its first article). */
export async function readObservations(store: KeyValueStore, trackerId: string): Promise<ObservationRecord> {
  return ((await store.get(observationsKey(trackerId))) as ObservationRecord | undefined) ?? {};
}

/** Saves a tracker's observations. */
export async function writeObservations(
  store: KeyValueStore,
  trackerId: string,
  record: ObservationRecord,
): Promise<void> {
  await store.set(observationsKey(trackerId), record);
}

/** Folds every ledger of a tracker from a set of observations. */
export function foldTracker(tracker: Tracker, record: ObservationRecord): Array<{ ledger: Ledger; tally: Tally }> {
  const observations = Object.values(record);
  return tracker.ledgers.map((ledger) => ({ ledger, tally: foldLedger(ledger, observations) }));
}

/** The tallies as `/tally` shows them, derived from the stored observations. */
export async function readTallies(
  store: KeyValueStore,
  tracker: Tracker,
): Promise<Array<{ ledger: Ledger; tally: Tally }>> {
  return foldTracker(tracker, await readObservations(store, tracker.id));
}

/** The tallies chats were last alerted about (`alerted:<tracker>`), without their logs; undefined before the first. */
export async function readAlerted(store: KeyValueStore, trackerId: string): Promise<Record<string, Tally> | undefined> {
  return (await store.get(alertedKey(trackerId))) as Record<string, Tally> | undefined;
}

/** Remembers the tallies chats now know about; logs are dropped (they are re-derivable and large). */
export async function writeAlerted(
  store: KeyValueStore,
  trackerId: string,
  tallies: Array<{ ledger: Ledger; tally: Tally }>,
): Promise<void> {
  const slim: Record<string, Tally> = {};
  for (const { ledger, tally } of tallies) slim[ledger.id] = { ...tally, log: [] };
  await store.set(alertedKey(trackerId), slim);
}
