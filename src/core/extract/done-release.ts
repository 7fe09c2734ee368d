import { clauseAround } from './kind.js';
import { allMatches } from './matches.js';
import { readReleaseNoun } from './release-noun.js';

/** A day the clause pins the release to: "on Wednesday", "yesterday", "on 13 December", "last night". */
const DAY_ANCHOR =
  /\b(?:yesterday|today|last night|this morning|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2})\b/i;

/** A finite past release predicate: "freed", "were handed over", "crossed back", "went home", "were sent home", "had arrived in their homeland". */
const PAST_RELEASE =
  /\b(?:released|freed|pardoned|handed (?:over|back)|set free|walked free|went (?:home|free)|came home|sent home|(?:arrived|landed) (?:back )?(?:home|in (?:their|his|her) (?:homeland|home country))|crossed (?:back|over|into)|returned|repatriated|exchanged|swapped|(?:went|crossed|headed|came) the other way)\b/gi;

/** Words right before a past form that make it a wish, a term or a passive of something still to happen. */
const NOT_DONE_BEFORE =
  /\b(?:wants?|wanted|wanting|to|be|being|will|would|shall|should|must|can|could|may|might|expected|due|set|agreed|agree|agrees|demands?|demanded|seeks?|sought|get|gets|getting)\s+(?:\w+\s+){0,1}$/i;

/** A condition still to be met right before the verb: "before Kabul had freed", "until the brigade has released". */
const CONDITION_BEFORE = /\b(?:before|until|unless|once)\b[^,;]{0,40}$/i;

/** A swap noun's first half up to the "for" of its price: "exchange of one agent held in Oskan for ". */
const SWAP_OF_FOR = /^(.*\b(?:exchange|swap|trade)\s+of\s+)(?:(?!for\b)\S+\s+){1,8}for\s+$/i;

/** Modality in the clause that makes any release in it an intention, not a fact. */
const MODAL =
  /\b(?:will|would|shall|is to|are to|was to|were to|expected to|due to|set to|plans? to|agreed to|wants?|pledged|promised|if)\b/i;

/**
 * Whether the clause around a count tells its release as done: a finite past release verb that
 * no wish or modal governs, or a day the clause pins it to. A count equal to a deal's target is
 * usually the term restated ("the 5,000 prisoners"), but a whole exchange done at once
 * ("handed over 32 soldiers on Wednesday") is a release, and this tells the two apart.
 */
export function isToldAsDone(sentence: string, start: number, end: number): boolean {
  const clause = clauseAround(sentence, start, end);
  const text = sentence.slice(clause.start, clause.end);
  // "had been freed and would land within hours": a modal after the past verb speaks of what comes next.
  for (const match of allMatches(PAST_RELEASE, text)) {
    const before = text.slice(0, match.index);
    if (!NOT_DONE_BEFORE.test(before) && !MODAL.test(before) && !CONDITION_BEFORE.test(before)) return true;
  }
  if (MODAL.test(text)) return false;
  if (DAY_ANCHOR.test(text)) return true;
  // "Saturday's trade of one pilot for four soldiers", "critics attacked the swap of 5 for 1": a release noun told as done.
  const left = sentence.slice(clause.start, start);
  const right = sentence.slice(end, clause.end);
  const near = `${left.slice(-40)} # ${right.slice(0, 50)}`;
  if (readReleaseNoun(left, right, near) === 'told') return true;
  // "the morning's exchange of one agent held in Oskan for three spies": the price, read through the noun it completes.
  const swapOf = SWAP_OF_FOR.exec(left);
  return swapOf !== null && readReleaseNoun(swapOf[1] ?? '', right, near) === 'told';
}
