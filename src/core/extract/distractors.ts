import type { NumberToken } from './numbers.js';

/** Whether a number counts people, and where the noun phrase naming them ends. */
export type PeopleCountReading =
  | { isPeople: false; reason: string }
  | { isPeople: true; nounEnd: number; bare: boolean };

/** Nouns that name people in custody stories; ledger alias head nouns are added per ledger set. */
export const PEOPLE_NOUNS = new Set(
  'prisoners prisoner detainees detainee hostages hostage captives captive inmates inmate people persons person individuals members member soldiers soldier policemen policeman officers officer militants militant fighters fighter insurgents insurgent rebels rebel commanders commander personnel forces troops civilians civilian women woman men man minors minor children child boys boy girls girl activists activist defendants defendant protesters protester demonstrators journalists journalist nationals national citizens citizen foreigners loyalists convicts staff employees workers farmers students others loyalists relatives mourners campaigners democrats dissidents opponents pows detainees sailors fishermen seamen pilots crew migrants servicemen servicewomen veterans elderly sick juveniles teenagers teens adults clerics monks priests lawyers opposition ones guards guardsmen marines defenders medics conscripts paratroopers volunteers reservists'.split(
    ' ',
  ),
);

const UNIT_WORDS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|nights?|times?|percent|per|%|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|kg|tons?|tonnes?|dollars?|euros?|pounds?|rubles?|roubles?|rials?|afghanis?|shekels?|points?|votes?|seats?|provinces?|districts?|cities|towns|villages|countries|nations|planes?|flights?|aircraft|buses|trucks|vehicles|rounds?|phases?|stages?|batches|groups?|lists?|names?|pages?|articles?|clauses?|cases|infections?|deaths?|casualties|attacks?|strikes?|rockets?|missiles?|bodies|remains|cells?|prisons?|jails?|facilities|camps?|sites?|hospitals?|delegates?|sentences?|terms?|charges?|counts?|o'clock|am|pm|a\.m|p\.m|gmt|utc|items?|steps?|p\.c)$/i;

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const MONTH_BEFORE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$/i;
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Words that end a noun phrase: the number stands bare when one follows it directly. */
const STOP_WORDS = new Set(
  'were was are is have has had had been be being will would could should may might can did do does of the a an its their his her this that these those in on at to from by for with without among into out as and or but who whom which that whose while after before since until during including include includes included more others apiece each in all altogether total so now already still remain remaining also aboard went walked came left returned got reportedly had face faced received sat'.split(
    ' ',
  ),
);

const MILITARY_MOVES =
  /\b(?:pull-?out|withdraw\w*|deploy\w*|station(?:ed|ing)|reinforce\w*|troop levels?|drawdown|sent to (?:fight|the front))/i;
const CASUALTY = /^(?:killed|wounded|injured|dead|died|missing|hurt|slain)$/i;
const CASUALTY_BEFORE =
  /\b(?:killing|killed|wounding|wounded|injuring|injured|death toll of|toll|(?:bodies|remains)\s+of(?:\s+the)?)\s+(?:at least |more than |some |about )?$/i;
const PREFIX_REJECT =
  /(?:[$€£¥#]\s?|\b(?:US|Rs|No|Nos|aged?|ages|age of|article|section|chapter|clause|resolution|page|room|flight|route|highway|cell|block|ward|level|phase|stage|batch|round|group|list|in|of the|year|the year)\s+)$/i;
const WORD_PATTERN = /[A-Za-z][A-Za-z'’-]*|\d[\d,.-]*(?:-[A-Za-z-]+)?|[^\sA-Za-z\d]/g;

/**
 * Decides whether a number in a sentence is a count of people ("100 Taliban prisoners",
 * "86 had been released") rather than a date, duration, money, age, casualty or thing count.
 */
export function readPeopleCount(
  sentence: string,
  token: NumberToken,
  extraNouns: ReadonlySet<string>,
  afterMention = false,
): PeopleCountReading {
  const reading = readPeopleCountRaw(sentence, token, extraNouns, afterMention);
  if (!reading.isPeople) return reading;
  const phrase = sentence.slice(token.start, reading.nounEnd).toLowerCase();
  // Alias head nouns such as demonyms ("Palestinians") name people, not custody: they need the sentence's context.
  const custodyNoun = CUSTODY_NOUN.test(phrase);
  if (custodyNoun) return reading;
  if (CUSTODY_CONTEXT.test(sentence)) return reading;
  if (afterMention && (reading.bare || PART_MARKER.test(sentence) || BREAKDOWN_NOUN.test(phrase))) return reading;
  return { isPeople: false, reason: 'no-custody-context' };
}

const CUSTODY_NOUN = /\b(?:prisoners?|detainees?|hostages?|captives?|inmates?|convicts?|pows?|prisoners of war)\b/;
const CUSTODY_CONTEXT =
  /\b(?:prison\w*|jail\w*|detain\w*|detention|hostage|captiv\w*|custody|releas\w*|free(?:d|ing|s)?|freedom|pardon\w*|amnest\w*|held|hold(?:s|ing)?|arrest\w*|abduct\w*|kidnap\w*|sentenc\w*|convict\w*|behind bars|swap|exchange|defendants?|court|charg(?:ed|es)|guilty|escap\w*|transferr?\w*|deport\w*|let\b[^.;]{0,40}?\bgo\b|walked (?:free|out)|(?:came|come|coming|returned|brought|back) home|brought back|returned (?:were|was|from|in)|handed over|repatriat\w*|inmates?|cells?|in the hands of)\b/i;
/** Nouns news uses to break a freed group down ("18 men and 11 women"), read as parts after a count. */
const BREAKDOWN_NOUN = /\b(?:men|women|children|minors|boys|girls|teenagers|juveniles)$/;
const PART_MARKER = /\b(?:includ\w*|among|of them|of whom|comprise\w*|consist\w*)\b/i;
const SENTENCE_CASUALTY = /\b(?:killed|deaths?|dead|died|wounded|injured|hurt|casualt\w*|bodies)\b/i;

function readPeopleCountRaw(
  sentence: string,
  token: NumberToken,
  extraNouns: ReadonlySet<string>,
  afterMention: boolean,
): PeopleCountReading {
  const raw = sentence.slice(token.start, token.end);
  const before = sentence.slice(Math.max(0, token.start - 30), token.start);
  const after = sentence.slice(token.end);
  if (/^\d/.test(raw) && /^(?:st|nd|rd|th)\b/i.test(after)) return { isPeople: false, reason: 'ordinal' };
  if (/[A-Za-z]-$/.test(before)) return { isPeople: false, reason: 'code' };
  if (/^\d/.test(raw) && /^-[a-z]/i.test(after) && !/^-(?:year-olds?|month-olds?)\b/i.test(after))
    return { isPeople: false, reason: 'unit' };
  if (/\b(?:older|younger) than\s+$/i.test(before)) return { isPeople: false, reason: 'age' };
  if (/\b[A-Z][a-z]+,\s*$/.test(before) && /^\s*(?:,|\)|and\b|\.)/.test(after) && token.value < 110 && /^\d/.test(raw))
    return { isPeople: false, reason: 'age' };
  if (raw.toLowerCase() === 'one' && !/\b(?:just|only|another|exactly|at least|but)\s+$/i.test(before))
    return { isPeople: false, reason: 'pronoun-one' };
  if (
    /^[\d.,]*\d(?:\s*(?:%|per ?cent)|[:.]\d|-year|-month|-day|-week|-hour|-strong|-member|-point|-page)/i.test(
      raw + after,
    )
  )
    return { isPeople: false, reason: 'unit' };
  if (/^-(?:year|month|day|week|hour|member|strong|man|point|page|nation|party|seat|storey|story)/i.test(after))
    return { isPeople: false, reason: 'unit' };
  if (MONTH_BEFORE.test(before) && token.value <= 31) return { isPeople: false, reason: 'date' };
  if (/\bthe\s+$/i.test(before) && /^\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after))
    return { isPeople: false, reason: 'date' };
  if (/^\d{4}$/.test(raw) && token.value >= 1900 && token.value <= 2100 && !/^\s+[a-z]/.test(after))
    return { isPeople: false, reason: 'year' };
  if (
    /^\d{4}$/.test(raw) &&
    token.value >= 1900 &&
    token.value <= 2100 &&
    /\b(?:in|of|since|by|until|from|early|late|mid|before|after)\s+$/i.test(before)
  )
    return { isPeople: false, reason: 'year' };
  if (PREFIX_REJECT.test(before) && !/\b(?:of the|in)\s+$/i.test(before)) return { isPeople: false, reason: 'prefix' };
  if (
    /\bin\s+$/i.test(before) &&
    !/^\s+(?:[A-Za-z-]+\s+){0,3}?(?:prisoners|detainees|hostages|inmates)/i.test(after) &&
    token.value >= 1900
  )
    return { isPeople: false, reason: 'year' };
  if (CASUALTY_BEFORE.test(before)) return { isPeople: false, reason: 'casualty' };
  const words = [...after.slice(0, 120).matchAll(WORD_PATTERN)].slice(0, 8);
  const first = words[0];
  if (first && MONTHS.test(first[0]) && token.value <= 31) return { isPeople: false, reason: 'date' };
  if (first && WEEKDAYS.test(first[0])) return { isPeople: false, reason: 'date' };
  for (const [index, word] of words.entries()) {
    const text = word[0];
    const lower = text.toLowerCase().replace(/[’']s$/, '');
    if (UNIT_WORDS.test(lower)) return { isPeople: false, reason: 'unit' };
    if (PEOPLE_NOUNS.has(lower) || extraNouns.has(lower) || /-olds?$/.test(lower)) {
      const next = words[index + 1]?.[0] ?? '';
      const afterNext = words[index + 2]?.[0] ?? '';
      const trailing = words.slice(index + 1, index + 5).map((w) => w[0]);
      if (
        CASUALTY.test(next) ||
        (/^(?:were|was|have|had|been)$/i.test(next) && CASUALTY.test(afterNext)) ||
        (trailing.some((w) => CASUALTY.test(w)) && !CUSTODY_NOUN.test(lower))
      )
        return { isPeople: false, reason: 'casualty' };
      if (SENTENCE_CASUALTY.test(sentence) && !CUSTODY_CONTEXT.test(sentence))
        return { isPeople: false, reason: 'casualty' };
      if (/^(?:troops|forces|soldiers)$/.test(lower) && MILITARY_MOVES.test(sentence))
        return { isPeople: false, reason: 'troops' };
      return { isPeople: true, nounEnd: token.end + word.index + text.length, bare: false };
    }
    if ((lower === 'and' || lower === 'or') && index > 0) continue;
    const following = (words[index + 1]?.[0] ?? '').toLowerCase();
    // "two warring parties": a participle used as an adjective before a noun; the noun decides.
    const attributive =
      /^(?:warring|opposing|ruling|competing|governing|neighbou?ring|leading|visiting|participating|contending|belligerent)$/.test(
        lower,
      ) &&
      /^[a-z]+$/.test(following) &&
      !STOP_WORDS.has(following);
    const verbLike =
      !attributive &&
      /^[a-z]/.test(text) &&
      /(?:ed|ing)$/.test(lower) &&
      (/ing$/.test(lower) ||
        words[index + 1] === undefined ||
        STOP_WORDS.has((words[index + 1]?.[0] ?? '').toLowerCase()) ||
        /^(?:both|[^A-Za-z\d])/.test(words[index + 1]?.[0] ?? '')) &&
      !PEOPLE_NOUNS.has((words[index + 1]?.[0] ?? '').toLowerCase()) &&
      !extraNouns.has((words[index + 1]?.[0] ?? '').toLowerCase());
    if (STOP_WORDS.has(lower) || verbLike || /^[^A-Za-z\d]/.test(text)) {
      if (index === 0)
        return readBareNumeral(
          sentence,
          token,
          words.map((w) => w[0]),
          extraNouns,
          afterMention,
        );
      // A capitalised name right after the number ("400 Taliban", "117 Houthis") names a group of people.
      const previous = words[index - 1]?.[0] ?? '';
      if (index === 1 && /^[A-Z][a-z]+$/.test(previous) && !MONTHS.test(previous))
        return { isPeople: true, nounEnd: token.end + (words[index - 1]?.index ?? 0) + previous.length, bare: false };
      return { isPeople: false, reason: 'thing' };
    }
    if (index >= 5) break;
  }
  if (words.length === 0) return readBareNumeral(sentence, token, [], extraNouns, afterMention);
  return { isPeople: false, reason: 'thing' };
}

function readBareNumeral(
  sentence: string,
  token: NumberToken,
  following: string[],
  extraNouns: ReadonlySet<string>,
  afterMention: boolean,
): PeopleCountReading {
  const raw = sentence.slice(token.start, token.end).toLowerCase();
  const next = (following[0] ?? '').toLowerCase();
  if (next === 'of') {
    // "15 of their commanders", "five of whom", "10 of the 20": people when a people word follows closely.
    const rest = following.slice(1, 6).map((w) => w.toLowerCase());
    const isPeople = rest.some(
      (w) =>
        w === 'whom' || w === 'them' || w === 'those' || PEOPLE_NOUNS.has(w) || extraNouns.has(w) || /^[\d,]+$/.test(w),
    );
    if (raw === 'one' && !rest.includes('whom') && !rest.includes('them'))
      return { isPeople: false, reason: 'pronoun-one' };
    return isPeople ? { isPeople: true, nounEnd: token.end, bare: true } : { isPeople: false, reason: 'thing' };
  }
  if (raw === 'one' || raw === 'a dozen' || token.value === 1) return { isPeople: false, reason: 'pronoun-one' };
  if (/\b(?:aged|ages)\s+\d+\s*(?:and|or|to|,)\s*$/i.test(sentence.slice(0, token.start)))
    return { isPeople: false, reason: 'age' };
  if (
    /\b(?:under|below|above|aged|age|age of)\s+$|\b(?:aged|ages?)\s+(?:over|under|above|below|between)\s+$/i.test(
      sentence.slice(0, token.start),
    )
  )
    return { isPeople: false, reason: 'age' };
  const context = sentence.toLowerCase();
  const hasPeopleContext =
    /\b(?:releas|free|pardon|hostage|prisoner|detainee|inmate|captive|custody|jail|prison|walked|let go|let out|handed over|behind bars|held|hold|escap|transferr|swap|exchange|returned|brought back|came home|repatriat)/.test(
      context,
    );
  if (!hasPeopleContext && !(afterMention && /^(?:are|were|have|had|is|was|,)$/.test(next)))
    return { isPeople: false, reason: 'no-context' };
  if (/^\s*(?:on each side|on either side|from each side|apiece|each\b)/i.test(sentence.slice(token.end)))
    return { isPeople: true, nounEnd: token.end, bare: true };
  if (next === 'in' && (following[1] ?? '').toLowerCase() === 'all')
    return { isPeople: true, nounEnd: token.end, bare: true };
  const beforeText = sentence.slice(0, token.start);
  if (
    /^(?:in|on|at|to|from|by|since|until|after|before|during)$/.test(next) &&
    !/\b(?:the|those|these|all|another|further|only|just|remaining|final|last|first|other|more|than|about|some|nearly|around)\s+$/i.test(
      beforeText,
    ) &&
    !/\b(?:releas\w*|free\w*|pardon\w*|let|set|flew|sent|took|brought|carried|handed|to|at|past|reached|reaches)\s+$/i.test(
      beforeText,
    )
  )
    return { isPeople: false, reason: 'no-head' };
  return { isPeople: true, nounEnd: token.end, bare: true };
}
