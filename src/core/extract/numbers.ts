import { allMatches } from './matches.js';

/** A number found in a sentence: its value and where it sits (offsets into the sentence). */
export interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** True for "hundreds", "dozens": the value is a lower bound, not a count. */
  vague: boolean;
  /** Lower end when the token is a range ("20 to 25", "between 12000 and 15000"). */
  rangeFrom?: number;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, dozen: 12 };

/** Nouns that multiply the whole number before them ("two dozen" is 24, "four score" 80). */
const MULTIPLIERS: Record<string, number> = { dozen: 12, score: 20 };

/**
 * Vague plurals read as lower bounds: "dozens" is at least two dozen, "hundreds" at least two
 * hundred, and so on; "scores" (twenties) at least forty.
 */
export const VAGUE_LOWER_BOUNDS: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
};

const WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)';
/** "one hundred and twelve" joins with "and" after a scale word only: "eight and ten" is two numbers. */
const WORD_SEQ = `(?:${WORD}(?:(?:-|(?<=hundred|thousand|million)\\s+and\\s+|\\s+)${WORD})*)`;
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
/** "two dozen", "four score": a multiplier noun after a number word belongs to the number. */
const MULTIPLIER = '(?:[\\s-]+(?:dozen|score)\\b(?!-))';
const TOKEN_SOURCE = [
  `(?<digits>${DIGITS})(?:[\\s-]+(?<dscale>hundred|thousand|million|dozen)\\b)?`,
  '(?<half>\\bhalf[\\s-]+an?[\\s-]+dozen\\b)',
  '(?<score>\\ba\\s+score(?=\\s+of\\b))',
  '(?<pair>\\ba\\s+pair\\s+of\\b)',
  `(?<article>\\ban?\\s+(?:half-dozen|dozen|hundred|thousand|million)\\b)`,
  // "three-quarters of the 4,200", "two thirds of them": a fraction, not a count.
  `(?<words>\\b${WORD_SEQ}${MULTIPLIER}?\\b(?![\\s-]+(?:quarters?|thirds?|fifths?|sixths?|eighths?|tenths?)\\b))`,
  '(?<vague>\\b(?:dozens|scores|hundreds|thousands|(?:several|a few)\\s+(?:dozen|hundred|thousand))\\b)',
  '(?<dozen>\\b(?:half-dozen|dozen)\\b)',
].join('|');

/** Compiled once and shared: `allMatches` resets it before each use. */
const TOKEN_PATTERN = new RegExp(TOKEN_SOURCE, 'gi');

function wordsValue(text: string): number | null {
  const parts = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  for (const part of parts) {
    const unit = UNITS[part];
    const scale = SCALES[part];
    const multiplier = MULTIPLIERS[part];
    if (multiplier !== undefined) {
      total = (total + current) * multiplier;
      current = 0;
    } else if (unit !== undefined) current += unit;
    else if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else return null;
  }
  return total + current;
}

function articleValue(text: string): number {
  const word = text.toLowerCase().split(/\s+/)[1] ?? '';
  if (word === 'half-dozen') return 6;
  if (word === 'dozen') return 12;
  return SCALES[word] ?? 1;
}

/** Finds digit, word and vague numbers in a sentence, joining ranges ("20 to 25") into one token. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of allMatches(TOKEN_PATTERN, text)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    let value: number | null = null;
    let vague = false;
    if (groups.digits) {
      value = Number(groups.digits.replace(/,/g, ''));
      if (groups.dscale) value *= SCALES[groups.dscale.toLowerCase()] ?? 1;
    } else if (groups.half) value = 6;
    else if (groups.score) value = 20;
    else if (groups.pair) value = 2;
    else if (groups.article) value = articleValue(groups.article);
    else if (groups.words) value = wordsValue(groups.words);
    else if (groups.vague) {
      // "several hundred" is at least two hundred, as "hundreds" is.
      const vagueWord = groups.vague.toLowerCase().replace(/^(?:several|a few)\s+(\w+)$/, '$1s');
      value = VAGUE_LOWER_BOUNDS[vagueWord] ?? null;
      vague = true;
    } else if (groups.dozen) value = groups.dozen.toLowerCase() === 'dozen' ? 12 : 6;
    if (value === null || !Number.isFinite(value)) continue;
    // "one" as a pronoun ("the one from Sanaa") is handled by the people-count test, not here.
    tokens.push({ value: Math.round(value), start, end, vague });
  }
  return joinRanges(text, tokens);
}

function joinRanges(text: string, tokens: NumberToken[]): NumberToken[] {
  const joined: NumberToken[] = [];
  for (const token of tokens) {
    const previous = joined.at(-1);
    if (previous && !previous.vague && !token.vague) {
      const gap = text.slice(previous.end, token.start);
      const before = text.slice(Math.max(0, previous.start - 9), previous.start);
      const isRange = /^\s*(?:to|-|–)\s*$/i.test(gap) || (/^\s+and\s+$/i.test(gap) && /between\s+$/i.test(before));
      if (isRange && token.value > previous.value) {
        joined[joined.length - 1] = {
          value: token.value,
          start: previous.start,
          end: token.end,
          vague: false,
          rangeFrom: previous.value,
        };
        continue;
      }
    }
    joined.push(token);
  }
  return joined;
}
