/**
 * What a release noun governing a count says about it: "the return of the 140 was the last swap" and
 * "led to the exchange of 478" tell a release; "the release of 300 was delayed" leaves them held; a noun under
 * a future or a plan ("will lead to the release of", "talks on the release of") says nothing here.
 */
export type ReleaseNounReading = 'told' | 'halted' | null;

/** A time that is plainly past: "last month", "earlier this week", "two days ago", "yesterday". */
const PAST_TIME = String.raw`(?:last\s+(?:week|month|year|weekend|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year|day)|yesterday|(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before))`;
const PAST_TIME_IN = new RegExp(PAST_TIME, 'i');
/** The past time right after the noun's people, no verb between: "of 44 wounded soldiers last week". */
const PAST_TIME_AFTER = new RegExp(
  String.raw`^\s*(?:(?!(?:was|were|is|are|has|have|had|be|been|being|will|would|could|may|might|held|\w+ed)\b)[\w'’-]+\s+){0,4}?${PAST_TIME}\b`,
  'i',
);

/** The count as the object of a release noun: "the return of the 140", "an exchange of nearly 500", "Sunday's swap of 12". */
const RELEASE_NOUN_OF = new RegExp(
  String.raw`(?:\b(?:the|an?|their|its|this|that)|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|morning|afternoon|evening|night|weekend|last week)(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:return|release|exchange|swap|trade|handover|repatriation|liberation)(?:\s+${PAST_TIME})?\s*,?\s+of\s+(?:[\d,]+\s+(?:[\w'’-]+\s+){0,3}?(?:and|,)\s+)?(?:(?:the|some|nearly|about|around|almost|over|more than|at least)\s+)*$`,
  'i',
);

/** A past verb that reports the noun's event as done: "led to the exchange of", "oversaw the release of", "welcomed the return of". */
const PAST_EVENT_VERB =
  /\b(?:led to|resulted in|saw|carried out|secured|brokered|mediated|oversaw|overseen|completed|confirmed|marked|followed|came after|proceeded to|thanked\s+\S+\s+for|welcomed|hailed|praised|celebrated|critici[sz]ed|condemned|denounced|attacked|defended|questioned)\s+$/i;

/** The noun as subject of a verb that adds it to a total: "The release of two on Wednesday brings to nine the number". */
export const ADDS_TO_TOTAL =
  /^,?[^,;.]{0,40}?\b(?:brings?|brought|takes|took|lifts?|lifted|raises?|raised|push(?:es)?|pushed)\s+(?:the\s+(?:total|number|tally|figure|count)\s+(?:[\w-]+\s+){0,4}?)?to\b/i;

/** The noun as subject of a past event: "The return of the 140 was the last exchange", "was the third", "took place". */
const PAST_EVENT_PREDICATE =
  /^,?[^,;]{0,40}?\b(?:(?:was|were)\s+(?:the|a|an|its|their|one)\s+(?:[\w-]+\s+){0,3}?(?:swap|exchange|release|handover|batch|round|group|transfer|repatriation)s?\b|(?:was|were)\s+(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|\w+est)\b(?!\s+(?:steps?|stages?|phases?|parts?|pieces?|tests?|signs?|instal?lments?|tranches?)\b)|(?:that|which)\s+[^,;.]{0,50}?\b(?:carried out|completed|conducted|staged|finished|concluded)\b|took place|happened|went ahead|(?:was|were|has been|have been)\s+(?:carried out|effected|completed|conducted|implemented)|came (?:on|after|as|a day|days|hours|weeks))/i;

/** The noun as subject of a halt: "the release of 300 was delayed". */
const HALTED_PREDICATE =
  /^[^,;]{0,40}?\b(?:was|were|has been|had been|is|are|is being)\s+(?:again\s+|now\s+)?(?:delayed|postponed|halted|suspended|blocked|put off|held up|stalled|frozen|called off|cancelled|canceled)\b/i;

const FUTURE_NEAR = /\b(?:will|would|shall|to be|is to|are to|expected|due|planned|set to|scheduled)\b/i;

/**
 * Reads the release noun a count is the object of, from the clause's words before the count (`left`), after it
 * (`right`) and around it (`near`); null when the count is no such object or the clause tells nothing of the event.
 */
export function readReleaseNoun(left: string, right: string, near: string): ReleaseNounReading {
  // Cheap gate: the noun's "of" sits within a few words before the count.
  if (!/\bof\s+(?:\S+\s+){0,3}$/i.test(left.slice(-40))) return null;
  const nominal = RELEASE_NOUN_OF.exec(left);
  if (!nominal) return null;
  if (HALTED_PREDICATE.test(right)) return 'halted';
  if (FUTURE_NEAR.test(near)) return null;
  // "Saturday's trade of one pilot for four soldiers": an exchange named by its day, with no future in the clause, is done.
  if (
    /(?:day|yesterday|today|morning|afternoon|evening|night|weekend|last week)(?:'s|’s)\s/i.test(nominal[0]) &&
    !/\b(?:next|coming|upcoming)\s*$/i.test(left.slice(Math.max(0, nominal.index - 12), nominal.index)) &&
    !FUTURE_NEAR.test(`${left} ${right}`)
  )
    return 'told';
  // "a swap of 22 fighters earlier this year", "the return last week of 44": a noun dated in the past
  // tells a release done.
  if ((PAST_TIME_IN.test(nominal[0]) || PAST_TIME_AFTER.test(right)) && !FUTURE_NEAR.test(`${left} ${right}`))
    return 'told';
  const before = left.slice(0, nominal.index);
  return PAST_EVENT_VERB.test(before) ||
    (/^\s*$/.test(before) && (PAST_EVENT_PREDICATE.test(right) || ADDS_TO_TOTAL.test(right)))
    ? 'told'
    : null;
}
