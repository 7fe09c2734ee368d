import type { AliasMatcher } from './attribution.js';
import { clauseAround } from './kind.js';

/**
 * Rescues (ADR 0010): people told as rescued were freed, by the rescuers. A rescue is a release on the ledger whose
 * releasers the clause names as the rescuers, and on no ledger when none does.
 */

/**
 * A rescue told as done: "rescued", "freed in a raid", "freed in a military operation", "stormed the terminal, freeing
 * 100 hostages", "commandos freed 12".
 */
const RESCUED =
  /\b(?:rescued|(?:freed|liberated)\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:raid|assault|rescue|(?:military|army|police|commando|security)\s+operation)|(?:stormed|storming|raided|raiding|assaulted)\b[^.;]{0,120}?\b(?:freeing|freed|liberating|liberated)|(?:commandos|special\s+forces|security\s+forces|rescuers|navy\s+seals|an?\s+(?:elite|special|commando|rescue)\s+(?:unit|team|squad))\s+(?:[\w-]+\s+){0,3}?(?:freed|freeing|liberated|liberating))\b/i;
/** A rescue not (yet) done: "were not rescued", "waiting to be rescued", "could be rescued". */
const RESCUE_NOT_DONE =
  /\b(?:not|never|yet to be|to be|be|being|awaiting|await|could|would|will|might|may)\s+(?:\w+\s+)?rescued\b/i;

/** The clause around a count (the kind reader's clause), not reaching back past the count before it. */
function rescueClause(text: string, before: number, numberStart: number): { from: number; clause: string } {
  const bounds = clauseAround(text, numberStart, numberStart + 1);
  const from = Math.max(before, numberStart - 100, bounds.start);
  return { from, clause: text.slice(from, Math.min(bounds.end, numberStart + 140)) };
}

/** "Those rescued are ...", "The hostages rescued include ...": a sentence that lists the people a rescue freed. */
const RESCUED_LIST = /^\W*(?:those|the)\s+(?:[\w-]+\s+){0,2}?rescued\s+(?:[\w-]+\s+){0,2}?(?:are|were|include[sd]?)\b/i;

/** Whether the count is of people told as rescued, and the rescue as done. */
export function isRescue(text: string, before: number, numberStart: number): boolean {
  if (RESCUED_LIST.test(text)) return true;
  const { clause } = rescueClause(text, before, numberStart);
  return RESCUED.test(clause) && !RESCUE_NOT_DONE.test(clause);
}

/**
 * The ledger whose releasers a sentence names as the rescuers of a count told as rescued: the one ledger with a
 * releaser named near the count, not as the people rescued from ("from the gang"). Null when none or several.
 */
export function rescuerLedger(matcher: AliasMatcher, text: string, before: number, numberStart: number): string | null {
  const { from, clause } = rescueClause(text, before, numberStart);
  const rescue = RESCUED.exec(clause);
  if (!rescue) return null;
  const rescuers = new Set<string>();
  for (const hit of matcher.find(text)) {
    if (hit.side !== 'releaser' || hit.derived || hit.start < from || hit.end > from + clause.length) continue;
    const marker = /\b(from|of|against|with|by|among)\s+(?:the\s+)?$/i.exec(
      text.slice(Math.max(0, hit.start - 12), hit.start),
    );
    // "rescued by commandos" names the rescuers; "rescued from the gang" names the captors.
    if (!marker || (marker[1]?.toLowerCase() === 'by' && hit.start > from + rescue.index)) rescuers.add(hit.ledger);
  }
  return rescuers.size === 1 ? ([...rescuers][0] ?? null) : null;
}
