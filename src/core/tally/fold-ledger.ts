import type { Ledger, Observation } from '../types.js';
import type { Tally } from './tally.js';

/** Folds every article's mentions of one ledger into its running tally (pure, order-independent input). */
export function foldLedger(ledger: Ledger, _observations: Observation[]): Tally {
  return { ledgerId: ledger.id, total: 0, qualifier: 'exact', highEstimate: null, events: [], log: [] }; // placeholder
}
