import type { AliasMatcher } from './attribution.js';
import { allMatches } from './matches.js';

/**
 * Rescues (ADR 0010): people told as rescued were freed, by the rescuers. A rescue is a release on the ledger whose
 * releasers the clause names as the rescuers, and on no ledger when none does.
 */

/** A rescue told as done: "rescued", "freed in a raid", "freed in a military operation". */
const RESCUED =
  /\b(?:rescued|(?:freed|liberated)\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:raid|assault|rescue|(?:military|army|police|commando|security)\s+operation))\b/i;
/** A rescue not (yet) done: "were not rescued", "waiting to be rescued", "could be rescued". */
const RESCUE_NOT_DONE =
  /\b(?:not|never|yet to be|to be|be|being|awaiting|await|could|would|will|might|may)\s+(?:\w+\s+)?rescued\b/i;

/** Where one clause ends and another begins, for the words that can tell a rescue. */
const CLAUSE_BREAK = /[;:]|,\s+(?:but|while|whereas|although|though|and)\s/gi;

/** The clause around a count, not reaching back past the count before it: the words that can tell a rescue. */
function rescueClause(text: string, before: number, numberStart: number): { from: number; clause: string } {
  let from = Math.max(before, numberStart - 100);
  let to = Math.min(text.length, numberStart + 140);
  const start = from;
  for (const pause of allMatches(CLAUSE_BREAK, text.slice(start, to))) {
    const at = start + pause.index;
    if (at < numberStart) from = at + pause[0].length;
    else {
      to = at;
      break;
    }
  }
  return { from, clause: text.slice(from, to) };
}

/** Whether the count is of people told as rescued, and the rescue as done. */
export function isRescue(text: string, before: number, numberStart: number): boolean {
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
