import { addDays } from '../iso-days.js';
import type { Article, Ledger, Mention, MentionKind } from '../types.js';
import { readAnswer } from './answers.js';
import { type AliasMatcher, attributeLedger, createAliasMatcher, escapeRegExp, sizesSwap } from './attribution.js';
import {
  isBackground,
  namesUndatedPeriod,
  publicationDay,
  readStoryDay,
  resolveEventDate,
  totalFollowsStory,
} from './dates.js';
import {
  CUSTODY_NOUN,
  isTimedBatch,
  type PeopleCountContext,
  readDatedListHead,
  readElidedCount,
  readPeopleCount,
} from './distractors.js';
import { isToldAsDone } from './done-release.js';
import { foldDiacritics } from './fold.js';
import {
  CAPTURED_BEFORE,
  isWithdrawnReport,
  NUMBER_WORD_AHEAD,
  RELEASE_NOT_OF_MEDIA,
  raisesTotalAfter,
  readKind,
} from './kind.js';
import { isBeforeLedgerStart, ledgerStarts } from './ledger-scope.js';
import { findNumbers, type NumberToken } from './numbers.js';
import { readQualifier } from './qualifiers.js';
import { isRescue, rescuerLedger } from './rescue.js';
import { splitSentences } from './sentences.js';

/** Options for reading one article. */
export interface ExtractOptions {
  /** IANA zone the article's relative dates ("today", "on Wednesday") are resolved in. */
  timezone: string;
  /**
   * Also report vague plurals ("hundreds" as at least 200, "dozens" as at least 24). Off by
   * default: news uses them for colour, not for counts a tally can use, and the labelled
   * corpus lists none of them.
   */
  includeVague?: boolean;
}

/** Cheap gate: only sentences with a digit or a number word get the full reading. */
const NUMBER_LIKE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|dozens|hundreds|thousands|scores|score|half-dozen)\b/i;

/** Counts said to cover both sides of a swap belong to no single ledger. */
const BOTH_SIDES =
  /\b(?:both sides|each side|all sides|either side|on both sides|each\s+(?:handed\s+(?:over|back)|freed|released|returned|swapped|exchanged|set\s+free)|(?:the\s+)?two\s+(?:sides|countries|nations|governments|parties|camps|foes|enemies|rivals|warring\s+parties)\s+(?:have\s+|had\s+|has\s+)?(?:now\s+|so\s+far\s+|already\s+)?(?:exchanged|swapped|traded|freed|released|handed\s+over|returned)|from both|in both directions|in (?:one|either) direction or the other|(?:both|either|each) ways?|between them|chang(?:e|es|ed|ing) hands|(?:flights?|shuttles?|shuttling|planes?|flown|flying|flew|buses|bused)\s+(?:[\w-]+\s+){0,3}?between\s+[A-Z][\w-]*|together\s+(?:released|freed|exchanged|swapped|returned))\b|-(?:person|people|man|men|prisoner|hostage|captive|detainee|inmate|POW)\s+(?:[a-z]+\s+)?(?:exchange|swap|trade)\b/i;

const SPEAKERS_ON_BOTH_SIDES =
  /\b(?:officials|sources|diplomats|negotiators|mediators|people|spokesm[ae]n|families|leaders)\s+(?:on|from)\s+(?:both|each|either)\s+sides?\b/gi;

/** A verb of swapping right before a count: "to exchange 500", "will trade some 200". */
const SWAP_VERB_BEFORE =
  /\b(?:exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?|trad(?:e|es|ed|ing))\s+(?:of\s+)?(?:(?:some|about|around|nearly|up to|more than|over|at least)\s+)?$/i;

/** "fed the 26 hostages": "the" after a verb, not after a preposition nor at the start of the sentence. */
const OBJECT_THE_BEFORE =
  /\b(?!(?:of|among|for|with|from|to|and|all|by|in|on|about|that|as|than|at|into|after|before|over)\s)[a-z]{3,}\s+the\s+$/;

const PART_BEFORE =
  /\b(?:including|among (?:them|whom)(?:\s+(?:were|was|are|is))?|of whom|of them|include|includes|included)\s+(?:the\s+)?$/i;
const PART_AFTER =
  /^\s*(?:of (?:them|whom|those)\b|(?:are|were)\s+(?!(?:released|freed|pardoned|being|to|due|set|expected)\b)(?![a-z]+\s+(?:(?:out|free|home|back|away)\s+)?by\s))/i;

/**
 * "two of the", "most of those", "one of its", "the first of their": what stands before the whole a part is drawn
 * from. Not "all of the" nor "every one of the", which name the whole itself.
 */
const PARTITIVE_BEFORE = new RegExp(
  String.raw`(?:\d\s*|\b(?<!\b(?:every|each)\s+(?:last\s+|single\s+)?)(?:${NUMBER_WORD_AHEAD}|one|some|most|many|several|(?:a\s+)?few|half|none|the majority|the rest|the remainder|the (?:first|last|second|third|youngest|oldest|eldest))\s+)(?:more\s+)?(?:of|out of|from among)\s+(?:the|those|these|its|their|his|her|our)\s+$`,
  'i',
);

/** How far apart two figures for one release may be and still be rivals: a factor of two either way. */
const RIVAL_SPREAD = 2;

/** Words right after a count that make it the sum of what came before: "650 hostages in all". */
const SUM_AFTER = /^\s*,?\s*(?:in all|in total|altogether|all told|combined|between them)\b/i;

/** "there are still", "there remain": people named as not (yet) freed. */
const STILL_THERE_BEFORE =
  /\bthere\s+(?:are|were|is|remain|remained|still\s+remain)\s+(?:still\s+)?(?:(?:some|about|around|nearly|almost|at least|more than|over|another)\s+)?$/i;
/** "the remaining 25": the rest of a group. */
const REMAINING_BEFORE = /\b(?:the|those|these|its|their)\s+remaining\s+$/i;

/**
 * Whether "the remaining N" is the rest of a group told as freed: an earlier count that N and the counts told after it
 * add up to ("of the 40 released, 12 are policemen; the remaining 28 ...") was a release. The rest of a group held
 * ("freed six of the 31; the remaining 25 ...") or of no group told is not freed.
 */
function isRestOfFreedWhole(mentions: Mention[], count: number): boolean {
  let parts = count;
  for (const earlier of mentions.slice(-6).reverse()) {
    if (earlier.count === parts) return earlier.kind === 'release' || earlier.kind === 'cumulative';
    parts += earlier.count;
  }
  return false;
}
/** "Of the 300 aboard, ...": a whole named at the head of its sentence or clause, its parts told after it. */
const FRONTED_WHOLE_BEFORE = /(?:^|[.;:,]\s*|\b(?:and|but)\s+)\W*of\s+(?:the|those|these|all\s+the)\s+$/i;

const DEFINITE_BEFORE = /\b(?:the|those|these|all|all of the|of the)\s+$/i;

const SWAP_COUNTERPART = /\b(?:in exchange for|in return for|against|swapped for|traded for)\s+(?:the\s+)?$/i;
/** "traded 150 prisoners for 150", "swapped 95 soldiers for 90": the count after "for" is the swap's other half. */
const SWAPPED_FOR =
  /\b(?:swap(?:s|ped)?|exchang(?:e|es|ed)|trad(?:e|es|ed))\s+(?:(?!for\b)\S+\s+){1,8}for\s+(?:the\s+)?$/i;

/** "1,000 soldiers (are to be) released in return": a count told as the other half of the swap just named. */
const COUNTERPART_AFTER =
  /^[^.;,]{0,70}?\b(?:released|freed|handed over|let go|returned|set free)\s+in\s+(?:return|exchange)\b/i;

/** Someone's figure for a count just told: "put the figure at six", "gave the number as 138". */
const RIVAL_FIGURE =
  /\b(?:put|puts|putting|gave|gives|placed|places)\s+(?:the|their|its|his|her)\s+(?:number|figure|count|tally)\s+(?:(?!of\b)[\w-]+\s+){0,4}?(?:at|as)\s+(?:(?:about|around|some|nearly|at least|more than|over|only|just)\s+)?$/i;
/** The same, naming whom it counts: "put the number of Kazmori servicemen returned at 117". */
const RIVAL_FIGURE_OF =
  /\b(?:put|puts|putting|gave|gives|placed|places)\s+(?:the|their|its|his|her)\s+(?:number|figure|count|tally)\s+of\s+(?:[\w'’-]+\s+){1,5}?(?:at|as)\s+(?:(?:about|around|some|nearly|at least|only|just)\s+)?$/i;
/** Words that make a figure a running total rather than a rival count for one release. */
const RUNNING_TOTAL_WORDS = /\b(?:so far|to date|thus far|in total|in all|total|since|altogether|overall|all told)\b/i;

/** "of the 23", "of those 300": the whole a count is taken out of, named by its number. */
const PART_OF_NUMBER = /^\s+of\s+(?:the|those|these)\s+(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b/i;

/** "5 of its jailed commanders", "their own fighters": people of the side that pays for a release in a swap. */
const OWN_PEOPLE =
  /\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:members|fighters|commanders|men|militants|comrades|leaders|people|prisoners|detainees|officers|soldiers|troops|servicemen|agents|citizens|nationals|operatives|spies)\b/i;

/** An opening phrase a sentence adds its main clause's count to: "In addition to the 12 released last week, ...". */
const ADDITION_OPENING =
  /^\W*(?:in addition to|on top of|besides|apart from|along with|alongside|as well as)\s[^,;]*,/i;

/** A participle clause that adds the batch just told to a running total: ", taking the total to". */
const TOTAL_AFTER_BATCH = /,\s+(?:taking|bringing|lifting|raising|pushing|making)\b[^.;]*$/i;

/** A deal being made: approved, signed, reached, endorsed, ratified, brokered, accepted. */
const DEAL_MADE =
  /\b(?:approv\w*|sign(?:s|ed|ing)|reach(?:es|ed|ing)|endors\w*|ratif\w*|brokered|accept(?:s|ed|ing)|struck|clinch\w*|back(?:s|ed|ing))\s+(?:\S+\s+){0,4}?(?:deal|agreement|accord|swap|exchange|plan|truce|ceasefire|arrangement)\b/i;

const RELEASE_CONTEXT = new RegExp(
  String.raw`\b(?:${RELEASE_NOT_OF_MEDIA}|freed|free|pardon\w*|walked free|let go|handed over|set free|returned)\b`,
  'i',
);

/** "1,300 fighters laid down their arms", "seized 25 people": people taken into custody, never people freed. */
const CAPTURE_CUE =
  /\b(?:surrender(?:ed|ing|s)?|la(?:id|y|ying|ys) down (?:their |its |his )?(?:arms|weapons)|(?:taken|were taken|was taken) (?:prisoner|captive))\b/i;
/** "a video of 12 kidnapped workers": people the phrase itself calls captive, with no release said of them. */
const HELD_IN_PHRASE = /\b(?:kidnapped|abducted|detained|jailed|imprisoned|captured|seized|captive|missing)\b/i;
/** The verb that takes the count as its object: "seized about 240 people". */
const CAPTURE_BEFORE =
  /\b(?:captured|seized|abducted|kidnapped|took)\s+(?:(?:about|some|around|nearly|more than|at least|over)\s+)?$/i;

/** What may follow a count that says nothing of its own: the end, or an attribution ("..., the ministry said."). */
const NO_PREDICATE_AFTER =
  /^\s*(?:[.;!?)"”’']|$|,\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|says|say|told|reported|announced|confirmed|added)\b)/i;

interface Context {
  kind: MentionKind | null;
  ledger: string | null;
  date: string | null;
  /**
   * Ledger named most recently in the text, used when a sentence names neither side. Sentences that name a side are
   * queued and attributed only when a count falls back to them (newest first), since most counts never do.
   */
  recentLedger: string | null;
  sideSentences: string[];
  /**
   * The story's current day (of the last dated release or announcement, or a day a sentence set), and where;
   * null once a release is told for a period with no day ("In January, 30 were freed").
   */
  lastEventDate: string | null;
  datedSentence: number;
  /** A batch told just before the running total it brings up ("freed 26 overnight, taking to 52 the number"). */
  batchBeforeTotal: Mention | null;
}

/**
 * ", including the head coach and six players,", " — six Filipinos and a Norwegian —", " (two of them women)", ", 10
 * Germans, four Swiss and a Dutch traveller, are": a part set off inside the count's own clause.
 */
const INSERTED_PART =
  /^\s*,\s*(?:including|among them|among whom|of whom)\b[^,;.]{0,120},|^\s*,\s*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\s+[^;.]{1,120}?,(?=\s+(?:(?:all|both|still|now)\s+)?(?:are|were|is|was|have|has|had|remain|remained|will|would)\b)|^\s*[—–]\s*[^—–;.]{1,120}?\s*[—–]|^\s+--?\s+[^;.]{1,120}?\s+--?\s|^\s*\([^()]{1,120}\)/i;

/**
 * The count's own reading; a part set off right after it ("Ten people, including the coach and six players, are still
 * held") is read past, blanked with spaces so every offset holds, so the predicate after it is the count's.
 */
function readPastInsertedPart(
  text: string,
  numberStart: number,
  nounEnd: number,
  counts: ReadonlyArray<{ token: NumberToken; nounEnd: number }>,
  index: number,
  lede: boolean,
): ReturnType<typeof readKind> {
  const before = counts[index - 1]?.nounEnd ?? 0;
  const inserted = INSERTED_PART.exec(text.slice(nounEnd));
  if (!inserted)
    return readKind(text, numberStart, nounEnd, { before, after: counts[index + 1]?.token.start ?? text.length, lede });
  const end = nounEnd + inserted[0].length;
  const blanked = `${text.slice(0, nounEnd)}${' '.repeat(inserted[0].length)}${text.slice(end)}`;
  const next = counts.find((count) => count.token.start >= end)?.token.start ?? text.length;
  return readKind(blanked, numberStart, nounEnd, { before, after: next, lede });
}

/** The ledgers with their names folded like the text, one array per ledger list so the alias matcher is built once. */
const folded = new WeakMap<Ledger[], Ledger[]>();
function foldedLedgers(ledgers: Ledger[]): Ledger[] {
  const known = folded.get(ledgers);
  if (known) return known;
  const made = ledgers.map((ledger) => ({
    ...ledger,
    title: foldDiacritics(ledger.title),
    releaser: ledger.releaser.map(foldDiacritics),
    released: ledger.released.map(foldDiacritics),
  }));
  folded.set(ledgers, made);
  return made;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** "2:10 p.m. Sunday —", "Sunday, 14:05 -", "Sunday 8:30pm:": a live entry's stamp naming its weekday. */
const ENTRY_STAMP =
  /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*,?\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)|(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?)\s*(?:[—–-]|:\s)/i;

/**
 * How many days before the publication day a live entry's weekday stamp lies (that weekday on or before it), and that
 * day; null with no stamp.
 */
function entryStampDay(sentence: string, publishedOn: string): { day: string; back: number } | null {
  const stamp = ENTRY_STAMP.exec(sentence);
  const name = (stamp?.[1] ?? stamp?.[2])?.toLowerCase();
  if (!name) return null;
  const back = (new Date(`${publishedOn}T00:00:00Z`).getUTCDay() - WEEKDAY_NAMES.indexOf(name) + 7) % 7;
  return { day: addDays(publishedOn, -back), back };
}

/** The sentence with the verb "rescue" read as "free", offsets kept: the kind reader knows the tenses of "free". */
function rescueAsFreed(text: string): string {
  return text.replace(/\brescu(ed|ing|es)\b/gi, (word, ending: string) => {
    const freed = ending === 'ed' ? 'freed' : ending === 'ing' ? 'freeing' : 'frees';
    return freed.padEnd(word.length, ' ');
  });
}

/** Finds every count of people released, to be released, promised or held in an article. */
export function extractMentions(original: Article, originalLedgers: Ledger[], options: ExtractOptions): Mention[] {
  // Names with diacritics ("Cissé, 70,") are read like plain ones; offsets stay those of the original body.
  const article = { ...original, title: foldDiacritics(original.title), body: foldDiacritics(original.body) };
  const ledgers = foldedLedgers(originalLedgers);
  const matcher = createAliasMatcher(ledgers);
  const starts = ledgerStarts(ledgers);
  const publishedOn = publicationDay(article.published, options.timezone);
  const single = ledgers.length === 1 ? (ledgers[0]?.id ?? null) : null;
  const titleAttribution = attributeLedger(matcher, article.title, article.title.length, article.title.length);
  const context: Context = {
    kind: null,
    ledger: null,
    date: null,
    recentLedger: titleAttribution.ledger,
    sideSentences: [],
    lastEventDate: null,
    datedSentence: Number.NEGATIVE_INFINITY,
    batchBeforeTotal: null,
  };
  const mentions: Mention[] = [];
  let sentenceIndex = -1;
  let lastMentionSentence = Number.NEGATIVE_INFINITY;
  let lastNumberSentence = Number.NEGATIVE_INFINITY;
  let previousText = '';
  const storyCounts = new Set<number>();
  const vessels = vesselNumbersPattern(article.body);
  // Totals that count escapes with the releases: no ledger lends them its name.
  const mixedTotals = new Set<Mention>();
  const sentenceOf = new Map<Mention, number>();
  const rescued = new Set<Mention>();
  // A live entry stamped with its own weekday ("2:10 p.m. Sunday —") is read as of that day, to the end of its paragraph.
  let entry: { published: string; day: string } | null = null;
  let previousEnd = 0;
  for (const sentence of splitSentences(article.body)) {
    sentenceIndex++;
    const stamped = entryStampDay(sentence.text, publishedOn);
    // The publication moment moved back whole days keeps its local time of day, in whatever zone the story is read.
    if (stamped)
      entry = {
        day: stamped.day,
        published: new Date(Date.parse(article.published) - stamped.back * 86_400_000).toISOString(),
      };
    else if (/\n/.test(article.body.slice(previousEnd, sentence.start))) entry = null;
    previousEnd = sentence.end;
    const now = entry ? { ...article, published: entry.published } : article;
    const nowOn = entry ? entry.day : publishedOn;
    const text = withoutVesselNumbers(withoutRestatedNumbers(sentence.text), vessels);
    if (!NUMBER_LIKE.test(text)) {
      noteLedger(context, matcher, text);
      noteStoryDay(context, text, sentenceIndex, now, options);
      previousText = text;
      continue;
    }
    const afterMention = sentenceIndex - lastMentionSentence <= 1;
    // For telling people-counts, a sentence with no number in between does not break the thread
    // ("...pardoned 31. Names were withheld. The group comprises 20 men and 11 women.").
    const nearMention = lastNumberSentence === lastMentionSentence && sentenceIndex - lastMentionSentence <= 2;
    lastNumberSentence = sentenceIndex;
    const counts = findPeopleCounts(text, matcher.headNouns, options, { afterMention: nearMention, storyCounts });
    // "Q: How many hostages are still held? A: Five, ...": the answer counts the question's people, told its way.
    const answer = readAnswer(previousText, text);
    if (answer && !counts.some((count) => count.token.start === answer.token.start))
      counts.unshift({ token: answer.token, nounEnd: answer.token.end, backReference: false, elided: false });
    let previousInSentence: MentionKind | null = null;
    const additionOpening = ADDITION_OPENING.exec(text)?.[0].length ?? 0;
    const readInSentence: Array<{
      mention: Mention;
      isPart: boolean;
      additive?: boolean;
      wholeOfPart?: boolean;
      /** Where the count starts and its noun phrase ends, in the sentence. */
      at: number;
      nounEnd: number;
      /** An item of a list of batches told by their times alone. */
      timedList?: boolean;
    }> = [];
    // The sentence's topic: the ledger of its last count that is not the price paid in a swap.
    let topicLedger: string | null | undefined;
    let endsOnCounterpart = false;
    for (const [index, { token, nounEnd, backReference, elided }] of counts.entries()) {
      const people = { nounEnd };
      const qualifier = readQualifier(text, token);
      // Other people-counts bound the words that speak about this one; dates and durations do not.
      const told = answer?.token.start === token.start ? answer.told : undefined;
      const reading = told
        ? readKind(told.sentence, told.numberStart, told.nounEnd, {
            before: 0,
            after: told.sentence.length,
            lede: false,
          })
        : readPastInsertedPart(text, token.start, people.nounEnd, counts, index, sentenceIndex === 0);
      // An item of a list of batches told by their times alone ("121 on June 2, 108 on June 7").
      const timedList = inTimedList(text, counts, index);
      // "10 are militants", "five of them", "including nine women": a part of the count just read, on its ledger.
      const isPart =
        PART_BEFORE.test(text.slice(Math.max(0, qualifier.start - 20), qualifier.start)) ||
        PART_AFTER.test(text.slice(people.nounEnd, people.nounEnd + 20));
      const partitiveWhole = PARTITIVE_BEFORE.test(text.slice(Math.max(0, qualifier.start - 30), qualifier.start));
      let kind: MentionKind;
      /** The count before, whose reading and day a count joined to it with no predicate of its own shares. */
      let joinedTo: Mention | undefined;
      /** Whether this count is of people told as rescued (ADR 0010). */
      let rescuedNow = false;
      // "in exchange for 1,000", or "with 1,000 soldiers freed in return": the other side of a swap just named.
      const counterpart =
        SWAP_COUNTERPART.test(text.slice(Math.max(0, token.start - 30), qualifier.start)) ||
        SWAPPED_FOR.test(text.slice(Math.max(0, token.start - 80), qualifier.start)) ||
        COUNTERPART_AFTER.test(text.slice(token.end, token.end + 90));
      // "5,000 released in exchange for 1,000": the counterpart shares the first count's fate, unless a future of its own
      // follows it ("while five sailors held by the other side are due to be freed in exchange").
      if (counterpart && previousInSentence && !(reading.future && reading.cueEnd > people.nounEnd))
        kind = previousInSentence;
      // "approved a deal to bring the pilot home in return for 600 prisoners": the price named in a deal is its term.
      else if (counterpart && DEAL_MADE.test(text.slice(0, token.start))) kind = 'pledge';
      // "freed the pilot on Saturday in exchange for five prisoners": the price of a release told as done was paid.
      // "the morning's exchange of one agent for three spies": the price named in a swap told as done.
      else if (
        counterpart &&
        ((SWAP_COUNTERPART.test(text.slice(0, qualifier.start)) && isToldAsDone(text, 0, token.start)) ||
          (SWAPPED_FOR.test(text.slice(Math.max(0, token.start - 80), qualifier.start)) &&
            isToldAsDone(text, qualifier.start, people.nounEnd)))
      )
        kind = 'release';
      // "Gunmen who seized 30 workers ... freed 11 of them": the count is the capture's object; the release verb after
      // it is its subject's, and speaks of other people.
      else if (
        reading.kind === 'release' &&
        reading.cueStart === token.start &&
        reading.cueEnd > people.nounEnd &&
        CAPTURE_BEFORE.test(text.slice(Math.max(0, qualifier.start - 30), qualifier.start))
      )
        kind = 'other';
      // "bringing the numbers freed to 46 hostages and 138 prisoners": a count joined to the one before, with no predicate
      // of its own after it, shares that count's reading.
      else if (
        previousInSentence &&
        /^\s*(?:,\s*)?(?:and|as well as)\s+$/i.test(text.slice(counts[index - 1]?.nounEnd ?? 0, qualifier.start)) &&
        NO_PREDICATE_AFTER.test(text.slice(people.nounEnd, counts[index + 1]?.token.start ?? text.length))
      ) {
        kind = previousInSentence;
        joinedTo = readInSentence.at(-1)?.mention;
      } else if (
        partitiveWhole &&
        (((reading.kind === 'release' || reading.kind === 'cumulative' || reading.kind === 'announcement') &&
          reading.cueStart < qualifier.start) ||
          (reading.kind === 'inherit' && readInSentence.length > 0))
      ) {
        // "freed two of the 14 hostages held since May": the verb before the part frees the part; the whole it is drawn
        // from is read by its own words ("held", "abducted", "covered by the deal"), else it is the group, not freed.
        const own = readKind(text, token.start, people.nounEnd, {
          before: qualifier.start,
          after: counts[index + 1]?.token.start ?? text.length,
        });
        kind = own.kind !== 'inherit' && own.cueStart >= qualifier.start ? own.kind : 'other';
      } else if (reading.kind !== 'inherit') kind = reading.kind;
      // A count the sentence only ties to a capture or surrender does not take the story's release reading; nor do
      // "the remaining 25" and "there are still 140", which name people not freed, nor the whole a fronted "Of the 300
      // aboard, 80 have been let go" draws its part from.
      else if (
        STILL_THERE_BEFORE.test(text.slice(Math.max(0, qualifier.start - 40), qualifier.start)) ||
        (REMAINING_BEFORE.test(text.slice(Math.max(0, qualifier.start - 20), qualifier.start)) &&
          !isRestOfFreedWhole(mentions, token.value)) ||
        (FRONTED_WHOLE_BEFORE.test(text.slice(0, qualifier.start)) && index + 1 < counts.length) ||
        CAPTURE_BEFORE.test(text.slice(Math.max(0, token.start - 30), token.start)) ||
        CAPTURE_CUE.test(text.slice(nounEnd, nounEnd + 60)) ||
        HELD_IN_PHRASE.test(text.slice(token.end, nounEnd))
      )
        kind = 'other';
      // "the pirates fed the 26 hostages": a group named anew by its custody, with no predicate of release, is held.
      else if (
        OBJECT_THE_BEFORE.test(text.slice(Math.max(0, qualifier.start - 30), qualifier.start)) &&
        CUSTODY_NOUN.test(text.slice(token.end, nounEnd).toLowerCase()) &&
        !mentions.some((earlier) => earlier.count === token.value) &&
        !readInSentence.some((earlier) => earlier.mention.count === token.value)
      )
        kind = 'other';
      // "— 121 on the night of June 2, 108 in the early hours of June 7 and 26 yesterday —": batches of a list, each
      // told only by its past day, were freed on those days.
      else if (timedList && !FUTURE_IN_SENTENCE.test(text)) kind = 'release';
      // "Israel freed 26 overnight, taking to 52 the number. Twenty-one of them ...": a part is of the batch, not the total.
      else if (isPart && context.kind === 'cumulative' && context.batchBeforeTotal) kind = 'release';
      // A count with no predicate of its own, told away from the last count read, larger than any release or total
      // the story has told, and not the size of a swap, is no part or back-reference of a release: it is not taken as
      // freed ("The 52 diplomats held for 444 days" two paragraphs after a release of four).
      else if (
        context.kind &&
        !isPart &&
        !afterMention &&
        readInSentence.length === 0 &&
        (context.kind === 'release' || context.kind === 'cumulative') &&
        !sizesSwap(text, token.start) &&
        !mentions.some(
          (earlier) => (earlier.kind === 'release' || earlier.kind === 'cumulative') && earlier.count >= token.value,
        )
      )
        kind = 'other';
      else if (context.kind) kind = context.kind;
      else kind = RELEASE_CONTEXT.test(text) ? 'release' : 'other';
      // "freed all but five of the prisoners", "all but 12 have left": the ones left out are not freed.
      if (/\ball\s+but\s+$/i.test(text.slice(Math.max(0, qualifier.start - 12), qualifier.start))) kind = 'other';
      // "149 have been freed since Tuesday, including 56 this morning": a part of a total told by its own time is a batch.
      if (
        kind === 'cumulative' &&
        PART_BEFORE.test(text.slice(Math.max(0, qualifier.start - 20), qualifier.start)) &&
        readInSentence.at(-1)?.mention.kind === 'cumulative' &&
        isTimedBatch(text, people.nounEnd)
      )
        kind = 'release';
      const attribution = told
        ? attributeLedger(matcher, told.sentence, told.numberStart, told.nounEnd)
        : attributeLedger(matcher, text, token.start, people.nounEnd, {
            before: counts[index - 1]?.nounEnd ?? 0,
            after: counts[index + 1]?.token.start ?? text.length,
            previousLedger: previousInSentence || /^\W*in (?:return|exchange)\s*,/i.test(text) ? context.ledger : null,
          });
      let ledger: string | null;
      if (
        ledgers.length > 1 &&
        (attribution.bothSides ||
          BOTH_SIDES.test(
            text
              // Up to the next count: "12 hostages, with 120 from each side next week" leaves the 12 one side's.
              .slice(
                Math.max(0, token.start - 50),
                Math.min(people.nounEnd + 70, counts[index + 1]?.token.start ?? text.length),
              )
              // "officials on both sides said": who speaks, not whose people.
              .replace(SPEAKERS_ON_BOTH_SIDES, ' '),
          ) ||
          // "agreed to exchange 500 prisoners each": a swap's count for every side.
          (SWAP_VERB_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)) &&
            /^\s*(?:each|apiece)\b/i.test(text.slice(people.nounEnd, people.nounEnd + 12))))
      )
        ledger = null;
      else if (attribution.outside) ledger = null;
      // "Israel freed 25 Egyptians ... Three of them were teenagers": a part of people in no ledger is in none either.
      else if (
        isPart &&
        context.kind !== null &&
        context.ledger === null &&
        (afterMention || nearMention) &&
        !(attribution.ledger && attribution.score >= 1)
      )
        ledger = null;
      else if (single) ledger = single;
      // A part is of the group before it, unless its own noun names another ledger's people ("198 fishermen were
      // repatriated" after "three civilian prisoners").
      else if (
        isPart &&
        context.ledger &&
        afterMention &&
        !namesOtherPeople(matcher, text, token.start, nounEnd, context.ledger)
      )
        ledger = context.ledger;
      else if (attribution.ledger && attribution.score >= 1) ledger = attribution.ledger;
      else ledger = context.ledger ?? recentLedger(context, matcher);
      // "freed 30 girls in exchange for 5 of its commanders": the other half of a swap goes the other way, never on
      // the ledger of the count it pays for.
      const paidFor = counterpart ? readInSentence.at(-1)?.mention.ledger : undefined;
      // "Oskan freed the pilot in exchange for five of its officers": with no count before, "its" is the releaser's
      // own people, whom the other side frees.
      if (
        counterpart &&
        !paidFor &&
        ledger &&
        ledgers.length === 2 &&
        OWN_PEOPLE.test(text.slice(Math.max(0, token.start - 12), people.nounEnd + 40))
      )
        ledger = ledgers.find((candidate) => candidate.id !== ledger)?.id ?? null;
      if (paidFor && ledger === paidFor && !(attribution.ledger === paidFor && attribution.score >= 1)) {
        // With one ledger, which may cover both directions, only people told as the releaser's own ("5 of its
        // commanders") are known to go the other way.
        if (ledgers.length === 2) ledger = ledgers.find((candidate) => candidate.id !== paidFor)?.id ?? null;
        else if (OWN_PEOPLE.test(text.slice(Math.max(0, token.start - 12), people.nounEnd + 40))) ledger = null;
      }
      // "Commandos rescued 12 hostages": people freed by force were freed, by the rescuers: on the ledger that names
      // them as its releasers, and on none when no ledger does (the captors did not free them).
      // A part of people rescued ("freeing 100 hostages, among them the 12 crew") was rescued with them.
      const rescuedWhole = isPart ? readInSentence.at(-1)?.mention : undefined;
      if (rescuedWhole && rescued.has(rescuedWhole) && (kind === 'other' || kind === 'release')) {
        kind = 'release';
        ledger = rescuedWhole.ledger;
        rescuedNow = true;
      } else if (
        (kind === 'other' || kind === 'release') &&
        isRescue(text, counts[index - 1]?.nounEnd ?? 0, token.start) &&
        // "An earlier version said the army rescued 16": a rescue figure taken back is not freed either.
        !isWithdrawnReport(text, token.start)
      ) {
        // Read as if "rescued" were "freed": "have now rescued 104" is a total, "had rescued 346 by Tuesday" too.
        const asFreed = readPastInsertedPart(
          rescueAsFreed(text),
          token.start,
          people.nounEnd,
          counts,
          index,
          sentenceIndex === 0,
        );
        kind = asFreed.kind === 'cumulative' || asFreed.kind === 'announcement' ? asFreed.kind : 'release';
        ledger = rescuerLedger(matcher, text, counts[index - 1]?.nounEnd ?? 0, token.start);
        rescuedNow = true;
      }
      const target = ledgers.find((candidate) => candidate.id === ledger)?.target ?? null;
      // "more than 700 detainees were flown home" in a swap of 681 for 400: more than one side's whole deal, so both.
      const [first, second] = ledgers;
      if (
        ledger &&
        ledgers.length === 2 &&
        target !== null &&
        first?.target != null &&
        second?.target != null &&
        kind === 'release' &&
        token.value > target * 1.1 &&
        token.value <= (first.target + second.target) * 1.1 &&
        // "6,000 Taliban prisoners": people named by their side stay that side's, however far past the deal.
        !/\b[A-Z]/.test(text.slice(token.end, people.nounEnd))
      )
        ledger = null;
      // A "release" of exactly the whole target usually restates the deal's term, unless told as done (one-shot swaps),
      // in the past or in a headline's present ("Brevnia frees all 500").
      if (
        kind === 'release' &&
        target !== null &&
        token.value === target &&
        !reading.present &&
        !isToldAsDone(text, token.start, people.nounEnd) &&
        // "freed one pilot in exchange for four soldiers": the price of a told release was paid with it.
        !(counterpart && readInSentence.at(-1)?.mention.kind === 'release') &&
        // "Velmar freed three Oskanis. The three men were flown home.": the freed group named again.
        !(
          DEFINITE_BEFORE.test(text.slice(Math.max(0, qualifier.start - 12), qualifier.start)) &&
          mentions.some((earlier) => earlier.count === token.value && earlier.kind === 'release')
        )
      )
        kind = 'pledge';
      if (reading.openFuture) {
        // An open future release small against the target is a concrete batch; one on the target's scale is a term.
        kind = target !== null && token.value < target / 4 ? 'announcement' : 'pledge';
      }
      // A count with no day of its own continues the story's day, however far back it was set, unless told as background.
      let storyDate: string | null | undefined;
      const batchBefore = readInSentence.at(-1)?.mention;
      if ((kind === 'release' || kind === 'announcement') && !isBackground(text, token.start))
        storyDate = context.datedSentence >= 0 ? context.lastEventDate : undefined;
      else if (
        kind === 'cumulative' &&
        context.lastEventDate !== null &&
        sentenceIndex - context.datedSentence <= 1 &&
        totalFollowsStory(text, token.start)
      )
        storyDate = context.lastEventDate;
      else if (
        kind === 'cumulative' &&
        batchBefore?.kind === 'release' &&
        batchBefore.eventDate &&
        TOTAL_AFTER_BATCH.test(text.slice(batchBefore.end - sentence.start, token.start))
      )
        // "freed 12 on Tuesday, taking the total to 40": the total as of the batch that made it.
        storyDate = batchBefore.eventDate;
      else if (kind === 'cumulative')
        // The same running total stated again ("has now seen 3,000 freed in all") keeps the day it was stated for.
        storyDate = mentions.findLast(
          (earlier) => earlier.count === token.value && earlier.kind === 'cumulative',
        )?.eventDate;
      const fallbackDate =
        reading.kind === 'inherit'
          ? afterMention
            ? context.date
            : (context.date ?? storyDate)
          : reading.perfect || reading.present
            ? publicationDay(now.published, options.timezone)
            : storyDate;
      let eventDate = joinedTo
        ? joinedTo.eventDate
        : resolveEventDate(text, token.start, kind, {
            inherited: fallbackDate,
            previousDate: context.date,
            published: now.published,
            timezone: options.timezone,
          });
      // "The 98 were picked...": a definite back-reference to a count already read takes that count's reading;
      // so does one read as people only because it names that count again ("All three women were in stable condition").
      const named =
        backReference ||
        (reading.kind === 'inherit' &&
          DEFINITE_BEFORE.test(text.slice(Math.max(0, qualifier.start - 12), qualifier.start)))
          ? mentions.findLast((earlier) => earlier.count === token.value)
          : undefined;
      // "66 were seized ... All 66 are now free": a group named again that its own predicate frees is freed now.
      const antecedent =
        named &&
        (named.kind === 'other' || named.kind === 'pledge') &&
        (reading.kind === 'release' || reading.kind === 'cumulative')
          ? undefined
          : named;
      // A figure already stated as the running total is that total when it comes back as "the 361 were freed".
      const restatedTotal =
        kind === 'release' && !isPart
          ? mentions.findLast((earlier) => earlier.count === token.value && earlier.kind === 'cumulative')
          : undefined;
      if (restatedTotal) {
        kind = 'cumulative';
        eventDate = restatedTotal.eventDate;
      }
      if (eventDate === null && kind === 'release') {
        // A part of a batch ("32 were serving life sentences") or a batch named again ("Of the 110 freed") shares its day.
        const sameBatch = DEFINITE_BEFORE.test(text.slice(Math.max(0, qualifier.start - 12), qualifier.start))
          ? mentions.findLast((earlier) => earlier.count === token.value && earlier.kind === 'release')
          : undefined;
        if (sameBatch) eventDate = sameBatch.eventDate;
        else if (isPart && afterMention && context.kind === 'release') eventDate = context.date;
        else if (isPart && afterMention && context.kind === 'cumulative' && context.batchBeforeTotal)
          eventDate = context.batchBeforeTotal.eventDate;
      }
      if (antecedent) {
        kind = antecedent.kind;
        ledger = antecedent.ledger;
        eventDate = antecedent.eventDate;
      }
      // "Sixteen of the 23 were women", where the 23 were told as seized: a part of a group already read, in a sentence
      // with no release word of its own, shares that group's reading, not the story's last release.
      const whole =
        !antecedent && (reading.kind === 'inherit' || !RELEASE_CONTEXT.test(text))
          ? PART_OF_NUMBER.exec(text.slice(token.end))
          : null;
      const wholeValue = whole ? findNumbers(whole[1] ?? '')[0]?.value : undefined;
      const group =
        wholeValue !== undefined && wholeValue > token.value
          ? mentions.findLast((earlier) => earlier.count === wholeValue)
          : undefined;
      if (group && group.kind !== 'release' && group.kind !== 'cumulative') {
        kind = group.kind;
        ledger = group.ledger;
        eventDate = group.eventDate;
      }
      // "10 were flown to Oslo, 13 to Vienna": a list item with its noun left out shares the fate (and, with no day
      // of its own, the day) of the count it parallels: the last earlier one that is not itself a part, else the last
      // part of an all-parts breakdown. The places may differ, so the ledger follows only when the item names no side.
      const parallel = elided
        ? (readInSentence.findLast((earlier) => !earlier.isPart && !earlier.wholeOfPart) ?? readInSentence.at(-1))
            ?.mention
        : undefined;
      // "releases three aid workers, keeps nine": a list item with a holding verb of its own stays held.
      if (parallel && CAPTURED_BEFORE.test(text.slice(Math.max(0, qualifier.start - 25), qualifier.start))) {
        kind = 'other';
        eventDate = null;
        if (!(attribution.ledger && attribution.score >= 1)) ledger = parallel.ledger;
      } else if (parallel) {
        // "Eighteen have been freed since the hijacking, including five over the weekend": a timed batch of a total.
        const timed = isTimedBatch(text, token.end);
        kind = parallel.kind === 'cumulative' && timed ? 'release' : parallel.kind;
        // A batch told by its own time has that time's day, or none ("over the weekend"), never its neighbour's.
        if (!timed) eventDate ??= parallel.eventDate;
        else if (
          /^\s+(?:more\s+)?(?:over the weekend|last week|earlier this week|in (?:early |late |mid-?)?[A-Z][a-z]+\b(?!\s+\d{1,2}\b))/.test(
            text.slice(token.end),
          )
        )
          // "300 in November 2003": a batch told by a month or a week has no single day.
          eventDate = null;
        // Its own reading may have been a term ("... each day"): its day is read again as the list's kind.
        else if (eventDate === null && (kind === 'release' || kind === 'announcement'))
          eventDate = resolveEventDate(text, token.start, kind, {
            inherited: undefined,
            previousDate: context.date,
            published: now.published,
            timezone: options.timezone,
          });
        if (!(attribution.ledger && attribution.score >= 1)) ledger = parallel.ledger;
      }
      // "Eight were released yesterday, though the owner put the figure at six": a rival figure for the release just told.
      if (kind === 'cumulative' && !RUNNING_TOTAL_WORDS.test(text)) {
        // A figure that names whom it counts rivals a release told in its own sentence only ("Drelia said it received
        // 120, while Kazmor put the number of servicemen returned at 117"); alone, it is a total.
        const figureBefore = text.slice(Math.max(0, qualifier.start - 80), qualifier.start);
        const reach = RIVAL_FIGURE.test(figureBefore) ? 1 : RIVAL_FIGURE_OF.test(figureBefore) ? 0 : -1;
        const rival = mentions.findLast(
          (earlier) =>
            earlier.kind === 'release' &&
            earlier.eventDate !== null &&
            sentenceIndex - (sentenceOf.get(earlier) ?? -9) <= reach &&
            // A rival figure is of the same size: "put the number at 62" beside "freed 20" counts something larger.
            token.value <= earlier.count * RIVAL_SPREAD &&
            token.value * RIVAL_SPREAD >= earlier.count,
        );
        if (rival) {
          kind = 'release';
          eventDate = rival.eventDate;
          // The figure that names whom it counts keeps the side those people belong to.
          if (reach === 1 || ledger === null) ledger = rival.ledger;
        }
      }
      // A release or total told as done cannot lie after the day it is published: a later day came from a plan nearby.
      // A total is true as of its telling at the latest.
      if ((kind === 'release' || kind === 'cumulative') && eventDate !== null && eventDate > nowOn)
        eventDate = kind === 'cumulative' ? nowOn : null;
      // "freed 573 Algerian workers and half of the 132 foreigners, about 650 hostages in all": a sum over the counts
      // of several ledgers just read is none of them.
      if (
        ledger &&
        SUM_AFTER.test(text.slice(people.nounEnd, people.nounEnd + 20)) &&
        new Set(readInSentence.map((read) => read.mention.ledger).filter((id) => id !== null)).size > 1
      )
        ledger = null;
      // "Including the three who fled and the ones who escaped in February, 19 of the 40 are now free": a total
      // that counts escapes with the releases is no ledger's count of people freed.
      const countsEscapes = kind === 'cumulative' && ESCAPES_COUNTED.test(text);
      if (countsEscapes) ledger = null;
      // "Baku freed 15 in June 2021", in a story about a 2023 exchange: history, not this ledger's.
      if (ledger && isBeforeLedgerStart(starts.get(ledger), eventDate, text, token.start, people.nounEnd, publishedOn))
        ledger = null;
      // "Reed was freed in exchange for a Russian pilot. The two men were handed over in Ankara.": both sides at once.
      if (
        ledger &&
        ledgers.length === 2 &&
        BOTH_MEN.test(text.slice(Math.max(0, qualifier.start - 12), people.nounEnd)) &&
        namesWholeSwap(token.value, mentions, sentenceOf, sentenceIndex, previousText)
      )
        ledger = null;
      const start = Math.min(qualifier.start, token.start);
      const end = Math.max(people.nounEnd, token.end);
      const mention: Mention = {
        count: token.value,
        qualifier: qualifier.qualifier,
        kind,
        ledger,
        eventDate,
        start: sentence.start + start,
        end: sentence.start + end,
        // The sentence as published, accents and all, for the evidence a user sees.
        sentence: original.body.slice(sentence.start, sentence.end),
      };
      mentions.push(mention);
      if (rescuedNow) rescued.add(mention);
      if (countsEscapes) mixedTotals.add(mention);
      sentenceOf.set(mention, sentenceIndex);
      // "On top of the 90 returned on Friday, Aldoria got back 30 more": a count in an opening "in addition to" phrase
      // that names no side of its own adds to the main clause's, on the same ledger.
      const additive =
        token.start < additionOpening && !(attribution.ledger && attribution.score >= 1) && !attribution.bothSides;
      // "freed 21 of the 23 taken: two women on Monday, ...": the whole a part is drawn from is no antecedent for what
      // follows; the part is.
      const wholeOfPart = readInSentence.length > 0 && partitiveWhole;
      readInSentence.push({
        mention,
        isPart,
        additive,
        wholeOfPart,
        at: token.start,
        nounEnd: people.nounEnd,
        timedList,
      });
      lastMentionSentence = sentenceIndex;
      storyCounts.add(token.value);
      if (!wholeOfPart) {
        previousInSentence = kind;
        if (!(isPart && context.kind === 'cumulative' && context.batchBeforeTotal))
          context.batchBeforeTotal =
            kind === 'cumulative' && readInSentence.at(-2)?.mention.kind === 'release'
              ? (readInSentence.at(-2)?.mention ?? null)
              : null;
        context.kind = kind;
      }
      context.ledger = ledger;
      endsOnCounterpart = counterpart && readInSentence.length > 1;
      if (!endsOnCounterpart) topicLedger = ledger;
      context.date = eventDate;
      if (eventDate && (kind === 'release' || kind === 'announcement')) {
        context.lastEventDate = eventDate;
        context.datedSentence = sentenceIndex;
      } else if (
        kind === 'release' &&
        eventDate === null &&
        namesUndatedPeriod(text, token.start, now.published, options.timezone)
      ) {
        // "In January, 30 were freed": the story has moved to a period with no day; what follows does not take the old day.
        context.lastEventDate = null;
        context.datedSentence = sentenceIndex;
      }
    }
    // "11 of the 12 Istmari seafarers": a part named only by the whole after it takes the whole's ledger.
    for (const [index, read] of readInSentence.entries()) {
      const whole = readInSentence[index + 1];
      if (
        read.mention.ledger === null &&
        !mixedTotals.has(read.mention) &&
        whole?.wholeOfPart &&
        whole.mention.ledger !== null &&
        /^\s*of\s+(?:the|all)\s+$/i.test(text.slice(read.nounEnd, whole.at))
      )
        read.mention.ledger = whole.mention.ledger;
    }
    lendLedgerToBareCounts(readInSentence, text);
    if (additionOpening > 0)
      for (const [index, read] of readInSentence.entries()) {
        const main = readInSentence.slice(index + 1).find((later) => !later.additive)?.mention;
        if (read.additive && main?.ledger && main.kind === read.mention.kind) read.mention.ledger = main.ledger;
      }
    // "they have let go 60, in exchange for 360 of their own": the next sentence goes on about the 60, not the price.
    if (endsOnCounterpart && topicLedger !== undefined) context.ledger = topicLedger;
    noteLedger(context, matcher, text);
    if (context.datedSentence !== sentenceIndex) noteStoryDay(context, text, sentenceIndex, now, options);
    previousText = text;
  }
  if (ledgers.length > 1) unpinMixedWholes(mentions, sentenceOf);
  takeBackDeniedReports(article.body, mentions);
  return mentions;
}

/** Whether the count's own noun phrase names the people of a ledger other than `ledger` ("198 fishermen"). */
function namesOtherPeople(
  matcher: AliasMatcher,
  text: string,
  start: number,
  nounEnd: number,
  ledger: string,
): boolean {
  return matcher
    .find(text)
    .some((hit) => hit.side === 'released' && hit.start >= start && hit.end <= nounEnd && hit.ledger !== ledger);
}

/** A definite count of people no side's words name: "The two men", "both prisoners", "the 14 people". */
const BOTH_MEN =
  /\b(?:the|both|all)\s+[\w,-]+\s+(?:men|women|people|prisoners|detainees|captives|hostages|inmates|individuals)$/i;
/** Words of a swap told in a sentence: "in exchange for", "in return for", "swap", "traded". */
const SWAP_TOLD = /\b(?:in exchange for|in return for|swap(?:s|ped)?|exchang(?:e|ed)|trad(?:e|ed)\s+for)\b/i;

/**
 * Whether a count sums up the swap the previous sentence (or its own) just told: the sides' counts added up, those
 * plus one person named without a number, or two when the swap named its two people with none.
 */
function namesWholeSwap(
  count: number,
  mentions: readonly Mention[],
  sentenceOf: ReadonlyMap<Mention, number>,
  sentenceIndex: number,
  previousText: string,
): boolean {
  const told = mentions.filter((m) => sentenceIndex - (sentenceOf.get(m) ?? -9) <= 1);
  // "Reed was freed in exchange for a Russian pilot. The two men ...": two people named, no number given.
  if (told.length === 0) return count === 2 && SWAP_TOLD.test(previousText);
  if (!told.some((m) => SWAP_TOLD.test(m.sentence))) return false;
  const sum = told.reduce((total, m) => total + m.count, 0);
  return count === sum || (told.length === 1 && count === sum + 1);
}

/** Kinds a whole and its parts may differ in: a release and a running total both count people freed. */
function sameTallyKind(a: MentionKind, b: MentionKind): boolean {
  const tallied = (kind: MentionKind) => kind === 'release' || kind === 'cumulative';
  return a === b || (tallied(a) && tallied(b));
}

/**
 * "freed 10 members of the security forces: six police officers and four soldiers": a whole whose parts, read right
 * after it (in its sentence or the next) or right before it, and summing to it, fall on different ledgers is no one
 * ledger's count.
 */
function unpinMixedWholes(mentions: Mention[], sentenceOf: ReadonlyMap<Mention, number>): void {
  for (const [index, whole] of mentions.entries()) {
    if (!whole.ledger) continue;
    const wholeSentence = sentenceOf.get(whole) ?? 0;
    let sum = 0;
    const partLedgers = new Set<string>();
    for (const part of mentions.slice(index + 1)) {
      const partSentence = sentenceOf.get(part) ?? 0;
      if (partSentence - wholeSentence > 1 || !sameTallyKind(part.kind, whole.kind) || !part.ledger) break;
      // Parts in the next sentence follow a whole that closed its own.
      if (partSentence > wholeSentence && mentions[index + 1] !== part && sum === 0) break;
      sum += part.count;
      partLedgers.add(part.ledger);
      if (sum >= whole.count) break;
    }
    if (sum === whole.count && partLedgers.size > 1) {
      whole.ledger = null;
      continue;
    }
    // "... Together with 27 freed by the Front, they made up the 143 released": the parts told first, the whole after.
    let before = 0;
    const beforeLedgers = new Set<string>();
    for (const part of mentions.slice(0, index).reverse()) {
      if (wholeSentence - (sentenceOf.get(part) ?? 0) > 1 || !sameTallyKind(part.kind, whole.kind) || !part.ledger)
        break;
      before += part.count;
      beforeLedgers.add(part.ledger);
      if (before >= whole.count) break;
    }
    if (before === whole.count && beforeLedgers.size > 1) whole.ledger = null;
  }
}

/** A number read as a count of people, the end of the noun phrase naming them, and whether it names an earlier count again. */
interface PeopleCount {
  token: NumberToken;
  nounEnd: number;
  backReference: boolean;
  /** A list item with its noun left out ("..., 13 to Vienna"). */
  elided: boolean;
}

/**
 * The sentence with a number restated in brackets blanked, offsets kept: "thirty-one (31) students", "4 (four)
 * citizens" read as one count whose noun follows the brackets.
 */
function withoutRestatedNumbers(text: string): string {
  if (!/\([\w\s,-]+\)/.test(text)) return text;
  let out = text;
  let last: NumberToken | undefined;
  for (const token of findNumbers(text)) {
    const open = text.lastIndexOf('(', token.start);
    const close = text.indexOf(')', token.end);
    if (
      last?.value === token.value &&
      open >= last.end &&
      /^\s*\(\s*$/.test(text.slice(last.end, token.start)) &&
      /^\s*$/.test(text.slice(token.end, close))
    )
      out = out.slice(0, open) + ' '.repeat(close + 1 - open) + out.slice(close + 1);
    last = token;
  }
  return out;
}

/** A count said to take in escapes: "counting escapes", "adding ... those who escaped". */
const ESCAPES_COUNTED =
  /\b(?:counting|including|adding)\b[^.;]{0,80}?\b(?:escap(?:es|ed|ees)|fled|broke\s+free|got\s+away)\b/i;

/** A vessel's name before its number, after a word for a ship: "the trawler Ocean Gull 3", "MV Sea Star 7". */
const VESSEL_NAMED =
  /\b(?:trawlers?|ships?|vessels?|tankers?|tug(?:boat)?s?|boats?|barges?|freighters?|ferry|ferries|yachts?|dhows?|frigates?|warships?|schooners?|carriers?|dredgers?|MV|M\/V|MT|FV|INS|HMS|USS|RV)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,3})\d{1,4}\b/g;
const NOT_A_NAME = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/**
 * The numbers after the names the article gives vessels ("the trawler Ocean Gull 3"), the same name with any number
 * being a vessel of that family: one pattern per article, or null when it names none.
 */
function vesselNumbersPattern(body: string): RegExp | null {
  const names = new Set<string>();
  for (const match of body.matchAll(VESSEL_NAMED)) {
    const name = (match[1] ?? '').trim();
    if (name && !NOT_A_NAME.test(name)) names.add(escapeRegExp(name).replace(/\s+/g, '\\s+'));
  }
  return names.size > 0 ? new RegExp(`\\b((?:${[...names].join('|')})\\s+)(\\d{1,4})\\b`, 'g') : null;
}

/** The sentence with the numbers of named vessels ("the Ocean Gull 5 got away") blanked, offsets kept. */
function withoutVesselNumbers(text: string, vessels: RegExp | null): string {
  if (!vessels) return text;
  return text.replace(vessels, (_, lead: string, digits: string) => `${lead}${' '.repeat(digits.length)}`);
}

/** A count read in a sentence, with where it stands and what kind of list item it is. */
interface SentenceRead {
  mention: Mention;
  at: number;
  nounEnd: number;
  timedList?: boolean;
}

/**
 * Releases with no people of their own that belong with another count of the sentence take its ledger: batches of a
 * list told by their days ("— 30 on March 2, 25 on March 7 — and you get 55 hostages freed") the one ledger the
 * sentence's other counts name, a step ("With Tuesday's 30, the Front has now freed 210") its total's.
 */
function lendLedgerToBareCounts(reads: SentenceRead[], text: string): void {
  const named = new Set(
    reads.filter((read) => !read.timedList && read.mention.ledger !== null).map((r) => r.mention.ledger),
  );
  const [listLedger] = named;
  for (const [index, read] of reads.entries()) {
    if (read.mention.ledger !== null || read.mention.kind !== 'release') continue;
    const total = reads[index + 1]?.mention;
    if (read.timedList && named.size === 1 && listLedger) read.mention.ledger = listLedger;
    else if (
      total?.kind === 'cumulative' &&
      total.ledger !== null &&
      raisesTotalAfter(text.slice(0, read.at), text.slice(read.nounEnd))
    )
      read.mention.ledger = total.ledger;
  }
}

/** A modal or a plan that makes a list of batches a schedule, not a record. */
const FUTURE_IN_SENTENCE = /\b(?:will|would|shall|is to|are to|to be|plans?|planned|expected|due|scheduled)\b/i;

/** Whether the count at `index` is an item of a list of at least two batches, each told by its time alone. */
function inTimedList(text: string, counts: ReadonlyArray<PeopleCount>, index: number): boolean {
  const count = counts[index];
  if (!count || !isTimedBatch(text, count.nounEnd)) return false;
  const joined = (a: PeopleCount | undefined, b: PeopleCount | undefined) =>
    a !== undefined &&
    b !== undefined &&
    isTimedBatch(text, a.nounEnd) &&
    /^[^.;:]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:another\s+|a further\s+|the last\s+|the final\s+)?$/i.test(
      text.slice(a.nounEnd, b.token.start),
    );
  return joined(counts[index - 1], count) || joined(count, counts[index + 1]);
}

/** A later sentence calling the reports false: "said the reports were false", "denied the reports". */
const REPORTS_DENIED =
  /\b(?:(?:the|these|those|such|this|that)\s+reports?\s+(?:was|were|is|are|had\s+been|proved|turned\s+out\s+to\s+be)\s+(?:false|untrue|wrong|incorrect|premature|unfounded|baseless|groundless|inaccurate)|den(?:y|ies|ied)\s+(?:the|these|those|such)\s+reports?|dismiss(?:es|ed)?\s+(?:the|these|those|such)\s+reports?)\b/i;
/** A figure told as a report, rumour or claim: "By one widely shared report, 90 ... had been released". */
const TOLD_AS_REPORT =
  /\b(?:reports?|reported|rumou?rs?|rumou?red|claims?|claimed|according\s+to\s+(?:some|several|unconfirmed))\b/i;

/**
 * "By one widely shared report, 90 had been released ... said the reports were false": releases and totals told as
 * reports, before a sentence that calls the reports false, are taken back (they stay as mentions, held to no release).
 */
function takeBackDeniedReports(body: string, mentions: Mention[]): void {
  const denied = REPORTS_DENIED.exec(body);
  if (!denied) return;
  for (const mention of mentions)
    if (
      mention.start < denied.index &&
      (mention.kind === 'release' || mention.kind === 'cumulative') &&
      TOLD_AS_REPORT.test(mention.sentence)
    ) {
      mention.kind = 'other';
      mention.eventDate = null;
    }
}

/** The numbers of a sentence that count people, each with the end of the noun phrase naming them. */
function findPeopleCounts(
  text: string,
  headNouns: ReadonlySet<string>,
  options: ExtractOptions,
  context: PeopleCountContext,
): PeopleCount[] {
  const counts: PeopleCount[] = [];
  for (const token of findNumbers(text)) {
    if (token.vague && !options.includeVague) continue;
    const people = readPeopleCount(text, token, headNouns, context);
    const previous = counts.at(-1);
    const elided = people.isPeople
      ? people
      : previous
        ? readElidedCount(text, token, people, previous.nounEnd)
        : readDatedListHead(text, token, people);
    if (elided.isPeople)
      counts.push({
        token,
        nounEnd: elided.nounEnd,
        backReference: elided.backReference === true,
        elided: elided !== people,
      });
  }
  return counts;
}

/** "Thursday looks likely to be the day." / "The ICRC said on Sunday the swap was over.": the day of what follows. */
function noteStoryDay(
  context: Context,
  text: string,
  sentenceIndex: number,
  article: Article,
  options: ExtractOptions,
): void {
  const storyDay = readStoryDay(text, article.published, options.timezone);
  if (!storyDay) return;
  context.lastEventDate = storyDay;
  context.datedSentence = sentenceIndex;
}

function noteLedger(context: Context, matcher: ReturnType<typeof createAliasMatcher>, text: string): void {
  // A sentence that names no side cannot move the story to one.
  if (matcher.find(text).length > 0) context.sideSentences.push(text);
}

/** The ledger of the latest sentence that named a side and could be attributed, read on demand. */
function recentLedger(context: Context, matcher: ReturnType<typeof createAliasMatcher>): string | null {
  for (const text of context.sideSentences.toReversed()) {
    const attribution = attributeLedger(matcher, text, text.length, text.length);
    if (attribution.ledger) {
      context.recentLedger = attribution.ledger;
      break;
    }
  }
  context.sideSentences = [];
  return context.recentLedger;
}
