import type { Qualifier } from '../types.js';
import type { NumberToken } from './numbers.js';

/** A qualifier read from the words right before a number, and where those words start. */
export interface QualifierReading {
  qualifier: Qualifier;
  /** Offset in the sentence where the hedge starts (the number's start when there is none). */
  start: number;
}

const HEDGES: Array<{ qualifier: Qualifier; pattern: RegExp }> = [
  {
    qualifier: 'at_least',
    pattern:
      /\b(?:(?<!\b(?:no|not)\s)more than|over|at least|no fewer than|no less than|upwards of|in excess of|not less than|above)\s+$/i,
  },
  {
    qualifier: 'at_most',
    pattern:
      /\b(?:(?<!\b(?:adds?|added|adding|summed|sums?|tots?|totted|totting)\s)up to|as many as|(?<!\b(?:no|not)\s)(?:fewer|less) than|at most|no more than|not more than|under|a maximum of)\s+$/i,
  },
  {
    qualifier: 'about',
    pattern:
      /\b(?:about|around|nearly|almost|some|roughly|approximately|close to|an estimated|estimated|circa|about a|around a|nearly a|some a|just under|just over|more or less)\s+$/i,
  },
];

const PHRASAL_OVER = /\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|took|take(?:s|n)?|taking|gave|give(?:s|n)?|giving)\s+$/i;

/** Reads the hedge before a number: "over 850" at_least, "nearly 4,000" about, "up to 2,000" at_most. */
export function readQualifier(sentence: string, token: NumberToken): QualifierReading {
  if (token.rangeFrom !== undefined) {
    const between = /\bbetween\s+$/i.exec(sentence.slice(Math.max(0, token.start - 9), token.start));
    return { qualifier: 'at_most', start: between ? token.start - 8 : token.start };
  }
  if (token.vague) return { qualifier: 'at_least', start: token.start };
  // Skip filler words that may sit between a hedge and the number ("over the 850", "some of the").
  const before = sentence.slice(Math.max(0, token.start - 40), token.start);
  const trimmed = before.replace(/\b(?:another|a further|the|those|these|all)\s+$/i, '');
  for (const { qualifier, pattern } of HEDGES) {
    const match = pattern.exec(trimmed);
    // "handed over 12", "took over": a phrasal verb's particle, not a hedge.
    if (
      match &&
      qualifier === 'at_least' &&
      /^over/i.test(match[0].trim()) &&
      PHRASAL_OVER.test(trimmed.slice(0, match.index))
    )
      continue;
    if (match) return { qualifier, start: token.start - (before.length - match.index) };
  }
  return { qualifier: 'exact', start: token.start };
}
