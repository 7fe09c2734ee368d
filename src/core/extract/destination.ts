import type { AliasHit } from './attribution.js';

/**
 * The words between a count's noun phrase and the side its people go to: "were transferred to",
 * "released to", "being flown back to", "more were returned to", "back to" after a verb before the
 * count ("brought four prisoners back to X"), or nothing at all in a gapped list ("13 to Germany").
 */
const SENT_TO =
  /^\s*(?:,\s*)?(?:(?:who|which|that|were|was|have|has|had|been|are|is|will|would|be|being|to|later|then|also|all|now|safely|already|reportedly|subsequently|eventually|each|more|others)\s+)*(?:(?:transferred|flown|flew|taken|sent|returned|returning|brought|repatriated|released|freed|handed|deported|bussed|driven|delivered|heading|headed|going|gone|went|travell?ed|travell?ing|flying|crossed|crossing|sent|moved)\s+)?(?:(?:back|on|home|over|onward|onwards|out)\s+)?to\s+$/i;
/** A parenthetical part between the count and its verb: ", including two minors,". */
const PARENTHETICAL = /^\s*,\s*(?:including|among them|among whom|of whom|most of them|all of them)\b[^,;.]{0,60},/i;
/** Where people are kept: "held in X", "jailed in X and Y", "in the custody of X". */
const HELD_IN =
  /^\s*(?:,\s*)?(?:(?:who|that|had|have|been|were|are|was|being|still|previously|formerly|long)\s+)*(?:held|jailed|imprisoned|detained|locked up|serving (?:sentences|time)|behind bars)\s+(?:in|by)\s+$/i;
/** What may stand between two places of one list: "the United States, Germany and Russia". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/i;

/** The text after a count's noun phrase, with a parenthetical part ("including two minors") left out. */
function textAfter(sentence: string, phraseEnd: number): { text: string; offset: number } {
  const rest = sentence.slice(phraseEnd);
  const parenthetical = PARENTHETICAL.exec(rest);
  const skip = parenthetical ? parenthetical[0].length : 0;
  return { text: rest.slice(skip), offset: phraseEnd + skip };
}

/** Whether a hit lies inside a longer hit of any side ("the Kremlin" inside "Kremlin critics"). */
export function insideLongerHit(hit: AliasHit, hits: readonly AliasHit[]): boolean {
  return hits.some(
    (other) =>
      other !== hit &&
      other.start <= hit.start &&
      other.end >= hit.end &&
      other.end - other.start > hit.end - hit.start,
  );
}

/** The releaser hits named outright and not inside a longer hit. */
function outermost(hits: AliasHit[]): AliasHit[] {
  return hits.filter((hit) => hit.side === 'releaser' && !hit.derived && !insideLongerHit(hit, hits));
}

/**
 * The side the counted people are sent to ("10 prisoners were transferred to Varonia", "released
 * to the West", "13 to Ostria"): its own people coming home, so they are the other side's release.
 * A side named only as a possessive ("to Varonia's capital") is a place, not the receiver.
 */
export function destinationSide(sentence: string, hits: AliasHit[], phraseEnd: number): AliasHit | undefined {
  const { text, offset } = textAfter(sentence, phraseEnd);
  if (text.length === 0) return undefined;
  const target = outermost(hits).find((hit) => hit.start >= offset && hit.start - offset <= 90);
  if (!target) return undefined;
  const between = sentence.slice(offset, target.start).replace(/\bthe\s+$/i, '');
  if (!SENT_TO.test(between) || /^(?:'s|’s|-)/.test(sentence.slice(target.end))) return undefined;
  return target;
}

/**
 * The sides named as where the counted people are held ("people held in Ostria, Varonia and
 * Kestrel"), in order; empty when the phrase names no place of custody.
 */
export function custodySides(sentence: string, hits: AliasHit[], phraseEnd: number): AliasHit[] {
  const { text, offset } = textAfter(sentence, phraseEnd);
  const candidates = outermost(hits).filter((hit) => hit.start >= offset);
  const first = candidates[0];
  if (!first || !HELD_IN.test(text.slice(0, first.start - offset).replace(/\bthe\s+$/i, ''))) return [];
  const places = [first];
  for (const hit of candidates.slice(1)) {
    const last = places.at(-1);
    if (!last || !LIST_GAP.test(sentence.slice(last.end, hit.start))) break;
    places.push(hit);
  }
  return places;
}
