import { allMatches } from './matches.js';

/** A sentence of an article body, with its UTF-16 offsets into the body. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|etc|Jr|Sr|Inc|Co)|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$/;

/**
 * Splits text into sentences at terminal punctuation followed by space and a capital, digit
 * or quote, and at paragraph breaks; common abbreviations ("Mr.", "U.S.") do not end a sentence.
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /([.!?]["'”’)]*)(\s+)(?=["'“‘(]?[A-Z0-9])|\n\s*\n/g;
  for (const match of allMatches(boundary, body)) {
    const cut = match.index + (match[1]?.length ?? 0);
    if (match[1] && ABBREVIATIONS.test(body.slice(Math.max(start, match.index - 12), match.index + 1))) continue;
    push(sentences, body, start, match[1] ? cut : match.index);
    start = match.index + match[0].length;
  }
  push(sentences, body, start, body.length);
  return sentences;
}

function push(sentences: Sentence[], body: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  if (end > start) sentences.push({ text: body.slice(start, end), start, end });
}
