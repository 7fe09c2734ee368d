import { findNumbers, type NumberToken } from './numbers.js';

/**
 * Answers to "how many" questions in explainers and interviews: "Q: How many hostages are still held? A: Five". The
 * answer's number counts the question's people, and the question told with that number in it ("Five hostages are still
 * held") is what the kind reader and attribution read.
 */

/** The answer's number, and the question told with it: the sentence, where the number starts and its noun ends. */
export interface Answer {
  token: NumberToken;
  told: { sentence: string; numberStart: number; nounEnd: number };
}

/** "Q: How many hostages are still held?", "How many have been freed so far?": a question for a count of people. */
const HOW_MANY_QUESTION = /^\W*(?:Q\s*[:.-]\s*)?how many\b\s*(.*?)\?\s*$/i;
/** "A: Five — ...", "Thirteen, according to ...", "About 300.": an answer that opens with its number. */
const ANSWER_OPENING =
  /^\W*(?:A\s*[:.-]\s*)?(?:(?:about|around|some|nearly|almost|at least|more than|over|only|just|roughly)\s+)?$/i;

/**
 * The count an answer gives to the question before it, and the question told with that count in it ("Five hostages
 * are still held"), which is read for the count's kind and side. Null when the sentence answers no "how many".
 */
export function readAnswer(question: string, text: string): Answer | null {
  const asked = HOW_MANY_QUESTION.exec(question);
  if (!asked) return null;
  const token = findNumbers(text)[0];
  if (!token || !ANSWER_OPENING.test(text.slice(0, token.start))) return null;
  const number = text.slice(token.start, token.end);
  const rest = asked[1] ?? '';
  // "How many hostages did the Front free on Tuesday" → "the Front freed Five hostages on Tuesday".
  const done =
    /^(.*?)\s*\bdid\s+(.*?)\b(free|release|let|hand|return|send|swap|exchange|pardon|rescue|bring)\b(.*)$/i.exec(rest);
  if (done) {
    const [, people = '', subject = '', verb = '', tail = ''] = done;
    const head = `${subject.trim()} ${PAST[verb.toLowerCase()] ?? `${verb}ed`} `;
    const phrase = `${number}${people.trim() ? ` ${people.trim()}` : ''}`;
    return {
      token,
      told: { sentence: `${head}${phrase}${tail}.`, numberStart: head.length, nounEnd: head.length + phrase.length },
    };
  }
  // "How many hostages are still held" → "Five hostages are still held": the people are the words before the verb.
  const verb = /\b(?:are|is|were|was|have|has|had|will|would|remain|remained|do|does|can|could)\b/i.exec(rest);
  const people = verb ? rest.slice(0, verb.index).trim() : '';
  // "How many have come home?": a perfect asked with no day of its own asks for the count so far.
  const sinceStart = /^(?:have|has)$/i.test(verb?.[0] ?? '') && !DAY_OR_TOTAL.test(rest) ? ' so far' : '';
  const sentence = `${number}${people ? ` ${people}` : ''} ${verb ? rest.slice(verb.index) : rest}${sinceStart}.`;
  return { token, told: { sentence, numberStart: 0, nounEnd: number.length + (people ? people.length + 1 : 0) } };
}

/** Words that give a perfect question its own day or already make it a total. */
const DAY_OR_TOTAL =
  /\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|so far|to date|in all|in total|altogether|since)\b/i;

/** Past forms of the release verbs a "did" question asks with. */
const PAST: Record<string, string> = {
  free: 'freed',
  release: 'released',
  let: 'let',
  hand: 'handed',
  return: 'returned',
  send: 'sent',
  swap: 'swapped',
  exchange: 'exchanged',
  pardon: 'pardoned',
  rescue: 'rescued',
  bring: 'brought',
};
