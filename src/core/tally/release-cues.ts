import type { Mention } from '../types.js';

// "more than" is a qualifier, not a new batch, hence the lookahead.
const BATCH_CUE = /\b(another|further|additional|later|then|second|third|fourth|also|again|more(?!\s+than))\b/i;
const PART_CUE =
  /\b(among (them|those|whom|the)|of (them|whom|those|these)|including|includes?|included|comprising|consisting)\b/i;
const BACK_REFERENCE_CUE = /\b(earlier|previously|prior|before that|last week|in the past)\b/i;
const CORRECTION_CUE = /\b(correct(ed|ing|ion)|revis(ed|ing)|amended|clarified)\b/i;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// "May" alone is too often the verb, so only "in May", "early May", "May 3" count as the month.
const MONTH_HINT = new RegExp(
  `\\b(?:(?:in|early|mid|late|since|during|of)[ -](${MONTHS.join('|')})|(${MONTHS.filter((m) => m !== 'may').join('|')}))\\b`,
  'gi',
);
const LAST_MONTH = /\blast month\b/gi;

const SMALL_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Whether the mention's sentence presents it as a batch on top of others ("another 100", "later, 117"). */
export function hasBatchCue(mention: Mention): boolean {
  return BATCH_CUE.test(mention.sentence);
}

/** Whether the mention's sentence breaks a group into parts ("among them 16 Saudis", "9 of whom"). */
export function hasPartCue(mention: Mention): boolean {
  return PART_CUE.test(mention.sentence);
}

/** Whether the sentence looks back at releases already past ("earlier in April", "previously freed"). */
export function hasBackReferenceCue(mention: Mention): boolean {
  return BACK_REFERENCE_CUE.test(mention.sentence);
}

/** Whether the sentence says a figure was corrected, so a later report replaces an earlier one. */
export function hasCorrectionCue(mention: Mention): boolean {
  return CORRECTION_CUE.test(mention.sentence);
}

/** Where the mention's number most likely sits in its sentence (-1 when it cannot be found). */
function locateCount(mention: Mention): number {
  const text = mention.sentence.toLowerCase();
  const forms = [mention.count.toLocaleString('en-US'), String(mention.count)];
  const word = SMALL_WORDS[mention.count];
  if (word !== undefined) forms.push(word);
  for (const form of forms) {
    const at = new RegExp(`(?<![\\d,.])\\b${form.replace(/[,.]/g, '\\$&')}\\b(?![\\d,]\\d)`).exec(text);
    if (at) return at.index;
  }
  return -1;
}

/**
 * The month an undated release happened in when its sentence names one that is over by the
 * time of publication ("last month", "freed in July"), as YYYY-MM; null when it gives none.
 * The hint nearest the mention's number wins, because one sentence often lists several batches.
 */
export function periodHint(mention: Mention, publishedDay: string): string | null {
  const year = Number(publishedDay.slice(0, 4));
  const month = Number(publishedDay.slice(5, 7));
  const hints: { at: number; year: number; month: number }[] = [];
  for (const match of mention.sentence.matchAll(LAST_MONTH)) {
    hints.push({ at: match.index, year: month === 1 ? year - 1 : year, month: month === 1 ? 12 : month - 1 });
  }
  for (const match of mention.sentence.matchAll(MONTH_HINT)) {
    const name = (match[1] ?? match[2] ?? '').toLowerCase();
    const named = MONTHS.indexOf(name) + 1;
    if (named === 0 || named === month) continue;
    hints.push({ at: match.index, year: named < month ? year : year - 1, month: named });
  }
  if (hints.length === 0) return null;
  const at = locateCount(mention);
  let best = hints[0];
  if (at >= 0) {
    for (const hint of hints) if (best && Math.abs(hint.at - at) < Math.abs(best.at - at)) best = hint;
  }
  return best ? `${best.year}-${String(best.month).padStart(2, '0')}` : null;
}
