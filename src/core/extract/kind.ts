import type { MentionKind } from '../types.js';

/** What the words around a count say about it; `inherit` when they say nothing (a part of an earlier count). */
export interface KindReading {
  kind: MentionKind | 'inherit';
  /** The predicate's offset in the sentence, to extend the evidence span. */
  cueStart: number;
  cueEnd: number;
  /** A concrete near-term cue ("today", "on Thursday", "set to") backs an announcement. */
  future: boolean;
  /** A future release with no day or batch cue: a batch or a term, decided by its size against the target. */
  openFuture?: boolean;
  /** Present perfect ("have freed"): news uses it for what is true as of publication. */
  perfect?: boolean;
}

/** Release verbs in any form; the auxiliaries around them decide tense and modality. */
const RELEASE_VERB =
  /\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|pardon(?:s|ed|ing)?|let\s+(?:\S+\s+){0,5}?(?:go|out)|lets\s+(?:\S+\s+){0,5}?go|walk(?:s|ed|ing)?\s+(?:free|out)|hand(?:s|ed|ing)?\s+over|set\s+(?:\S+\s+){0,5}?free|return(?:s|ed|ing)?(?!\s+to\s+(?:their|the|his|her|its)\s+(?:homes?|villages?|towns?|cities|north|south|areas?|neighbou?rhoods?|land|country))|repatriat(?:e|es|ed|ing)|came\s+out|flew|flown|fly|took(?!\s+part)|taken(?!\s+part)|brought|sent|carried|go\s+free|went\s+free|going\s+free|amnest(?:y|ied)|granted\s+(?:a\s+)?(?:pardons?|amnesty|clemency)|swapped|exchanged|handed|transferred\s+to\s+freedom)\b/gi;

const CUMULATIVE =
  /\b(?:so far|to date|thus far|in total|a total of|the total|total(?:led|ing|s)?\b|tally|bring(?:s|ing)? (?:the (?:total|number|figure|tally) )?to|brought (?:the (?:total|number|figure|tally) )?(?:\w+ )?to|taking (?:the (?:total|number|figure|tally) )?(?:\w+ )?to|lifts? (?:to|the)|reach(?:ed|es)?|stands? at|stood at|now stands|put the number|number(?:s|ed)? (?:\w+ ){0,8}?at\b|in the space of|in (?:two|three|four|five|\d+) days|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the start|jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|\d)|altogether|all told|overall|cumulative|now been|have now|has now|halfway|(?:climbed|risen|rose|grown|pushed|jumped|increased)\s+(?:\w+\s+)?(?:to|past)|the number of|put (?:the (?:number|total|figure)|it) at)/i;

const OTHER =
  /\b(?:still (?:hold|held|being held|behind|in|detained|jailed|imprisoned|captive)|remain(?:s|ed|ing)? (?:in|behind|jailed|imprisoned|detained|held|captive)|behind bars|(?:are|is|were|being) held|holds?\b|holding|kidnapp?(?:ed|ing)|abduct(?:ed|ing)|arrest(?:ed|ing)|re-?arrested|detain(?:ed|ing)|escap(?:e|ed|ing)|refus(?:e|ed|ing)|reject(?:ed|ing)|dispute|died|imprisoned|jailed|sentenced|convicted|found guilty|charges against|defendants|transferr?(?:ed|ing)|sent \d|none of|not (?:been )?(?:released|freed|included)|yet to be|excluded|hunger strike|joined|built for|capacity)/i;

const PLEDGE =
  /\b(?:supposed to|stipulat\w*|calls? for|called for|calling for|demand\w*|agree(?:s|d|ing|ment)?\b|deal\b|accord\b|promis\w*|commit\w*|pledg\w*|to be (?:released|freed|let|set|pardoned)|(?:are|is|was|were) to (?:be |leave|go|walk)|until|target|propos\w*|in exchange for|condition(?:ed|al)?\b|insist\w*|seek\w*|sought|ready to|willing|start(?:ing)? (?:to )?releas|begin (?:to )?releas|every (?:day|week|two|month)|each day|per day|in phases|step by step|halfway point|obliged|obliges|swap\b|exchange\b|trading|provides? for|provided for|freedom for|set in motion|approv\w*|order freeing|resolution)/i;

const ANNOUNCEMENT =
  /\b(?:(?:is|are|was|were) (?:set|due|expected|scheduled|slated|poised|preparing|about) to|about to|being readied|readied|(?:were|was) to be (?:let|released|freed|set)|(?:were|was) to (?:go|walk|be)|will (?:be )?(?:releas|free|let|set|hand|pardon|walk|go)\w*(?:\s+\S+){0,8}\s+(?:today|tonight|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|would go free that day|later (?:today|this week))/i;

const NEAR_TERM =
  /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|that day|\((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\))/i;

const FRESH_BATCH = /\b(?:another|more(?! than)|further|new|latest|additional|first|second|third|fourth|fifth|next)\b/i;
const PASSIVE_RELEASE =
  /^[^;]{0,60}?\b(?:were|was|have been|has been|had been|are being|is being)\s+(?:\w+\s+)?(?:released|freed|pardoned|granted (?:a )?(?:pardon|amnesty|clemency)|let (?:go|out)|set free|handed over)/i;

/**
 * Reads a count's kind from the release predicate around it: past release, present-perfect
 * running total, concrete future batch, term or demand, or a non-release people-count.
 */
export function readKind(
  sentence: string,
  numberStart: number,
  nounEnd: number,
  neighbours: { before: number; after: number } = { before: 0, after: Number.POSITIVE_INFINITY },
): KindReading {
  const reading = readKindInClause(
    sentence,
    numberStart,
    nounEnd,
    neighbours,
    clauseAround(sentence, numberStart, nounEnd),
  );
  // A count in a clause with no predicate of its own ("..., of up to 2,000") takes the sentence's.
  if (reading.kind === 'inherit') {
    return readKindInClause(sentence, numberStart, nounEnd, neighbours, { start: 0, end: sentence.length });
  }
  return reading;
}

function readKindInClause(
  sentence: string,
  numberStart: number,
  nounEnd: number,
  neighbours: { before: number; after: number },
  clause: { start: number; end: number },
): KindReading {
  const local = `${sentence.slice(Math.max(clause.start, neighbours.before, numberStart - 60), numberStart)} # ${sentence.slice(nounEnd, Math.min(clause.end, neighbours.after, nounEnd + 70))}`;
  const left = sentence.slice(clause.start, numberStart);
  const right = sentence.slice(nounEnd, clause.end);
  const near = `${left.slice(-40)} # ${right.slice(0, 50)}`;
  // Another count's verb is not this count's: look only between the neighbouring counts.
  const verb = nearestReleaseVerb(
    sentence,
    Math.max(clause.start, neighbours.before),
    Math.min(clause.end, neighbours.after),
    numberStart,
    nounEnd,
  );
  const cue = verb ?? { start: numberStart, end: nounEnd };
  const reading = (kind: KindReading['kind'], future = false): KindReading => ({
    kind,
    cueStart: Math.min(cue.start, numberStart),
    cueEnd: Math.max(cue.end, nounEnd),
    future,
  });

  if (
    /\b(?:none of|dispute that|the remaining|the last|the final|some of the)\s+(?:the\s+)?$/i.test(left.slice(-30)) &&
    !verb
  )
    return reading('other');
  if (
    OTHER.test(`${left.slice(-25)} # ${right.slice(0, 30)}`) &&
    !(verb && verb.distance < 25 && !/\bnot\b/.test(near)) &&
    !PASSIVE_RELEASE.test(right)
  ) {
    if (!PLEDGE.test(left.slice(-60))) return reading('other');
  }
  // Auxiliaries sit between the subject and the verb: never read them across the count itself.
  const auxFrom = verb && verb.start >= nounEnd ? nounEnd : clause.start;
  const aux = verb ? sentence.slice(Math.max(auxFrom, verb.start - 40), verb.start) : '';
  const verbText = verb ? sentence.slice(verb.start, verb.end).toLowerCase() : '';
  const scope = `${left} # ${right}`;
  if (
    /\bwith\s+(?:\S+\s+){0,2}$/i.test(sentence.slice(Math.max(0, numberStart - 25), numberStart)) &&
    /\b(?:deal|accord|agreement|terms|swap|exchange)\b/i.test(sentence) &&
    /^\s*(?:released|freed|set free|going free)\b/i.test(right)
  )
    return reading('pledge');
  if (
    /\buntil\b/i.test(left.slice(-40)) ||
    /\b(?:when|once|unless|if)\s+(?:all\s+|the\s+)?$/i.test(left.slice(-15)) ||
    /\b(?:unless|if|until)\b[^,;]*$/i.test(left.slice(-50))
  )
    return reading('pledge');
  if (/\b(?:list|names?|naming)\s+(?:of\s+)?(?:the\s+)?$/i.test(left.slice(-20))) return reading('pledge');
  const modalAfter =
    /^[^.;]{0,40}?\b(?:will|would|shall|are to|is to)\s+(?:\w+\s+)?(?:continue|be|go|take|follow|walk)\b/i.exec(right);
  if (
    modalAfter &&
    !/\b(?:released|freed|pardoned|walked|let)\b/i.test(
      modalAfter[0].slice(0, modalAfter[0].search(/\b(?:will|would|shall|are|is)\b/i)),
    )
  ) {
    return NEAR_TERM.test(local)
      ? reading('announcement', true)
      : { ...reading('pledge'), openFuture: !/\b(?:continue|follow)\b/i.test(modalAfter[0]) };
  }
  const termsOfDeal =
    /\b(?:stipulat\w*|supposed|every|each day|a day|in all|until|demand\w*|condition\w*|obliged|promised|calls? for|provides? for|provided for|swapped for|in phases|step by step)\b/i;
  if (ANNOUNCEMENT.test(scope) && (!termsOfDeal.test(scope) || NEAR_TERM.test(local)))
    return reading('announcement', true);
  const futureAux =
    /(?:\b(?:will|shall|would|must|should|could|can|may)\s+(?:\w+\s+){0,2}|\bto\s+(?:be\s+)?|\bordered(?:\s+that)?\s+(?:\w+\s+){0,3})$/i;
  if (
    (verb && futureAux.test(aux) && !/\bhave\s+\w*\s*$/.test(aux)) ||
    /\bwould\s+(?:soon\s+)?(?:be|go|walk)\b|\bordered\b/i.test(local)
  ) {
    const concrete = NEAR_TERM.test(local) || /\b(?:soon|ordered|that same day|later that day|shortly)\b/i.test(local);
    if (termsOfDeal.test(local)) return reading('pledge');
    if (concrete) return reading('announcement', true);
    return /\b(?:will|would)\s+(?:\w+\s+){0,2}$/i.test(aux) ||
      /^\s*(?:\w+\s+){0,3}(?:will|would)\s+(?:soon\s+)?be\b/i.test(right)
      ? { ...reading('pledge'), openFuture: true }
      : reading('pledge');
  }
  // "the 60 prisoners released by the Taliban": a participle naming its agent describes everyone that side has freed.
  if (
    /^\s*(?:released|freed|let (?:go|out)|set free)\s+(?:so far\s+)?by\b/i.test(right) &&
    !/\b(?:another|more|further)\s+$/i.test(left)
  )
    return reading('cumulative');
  if (/\b(?:complet\w*|finish\w*)\b/i.test(local) && !/\b(?:to complete|will complete|until)\b/i.test(local))
    return reading('cumulative');
  if (
    PLEDGE.test(local) &&
    !(
      verb &&
      /(?:ed|freed|let|set|flew|took|sent|brought|carried|came out|walked)\b/.test(verbText) &&
      verb.distance < 25 &&
      !/\b(?:would|will|to be|promised)\b/i.test(near)
    )
  )
    return reading('pledge');
  if ((FRESH_BATCH.test(lastWords(left, 3)) || /^\s*more\b/i.test(right)) && verb)
    return { ...reading('release'), perfect: /\b(?:have|has)\b/i.test(`${aux} ${right.slice(0, 20)}`) };
  const dayBatch =
    /\b(?:releas\w*|freed|pardoned|let (?:go|out))\s+(?:today|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
  const strongTotal = /\b(?:so far|to date|thus far|in total|total|tally|since|altogether|all told|overall)\b/i;
  // "the number released today reached 100" counts one day's batch, not a running total.
  if (CUMULATIVE.test(local) && !(dayBatch.test(local) && !strongTotal.test(local))) return reading('cumulative');
  if (verb) {
    if (/^releas(?:e|es)$|^free(?:s)?$|^pardons?$|^fly$/.test(verbText)) {
      // "the release of", "the pardons": a noun, whose governing verb the earlier rules have read; say nothing.
      if (/\b(?:the|a|an|this|that|its|their|his|her|of|these|those|")\s*$/i.test(aux)) return reading('inherit');
      if (!/\b(?:did|does|do)\s+$/.test(aux)) return reading('pledge');
    }
    if (/\b(?:have|has|'ve)\s+(?:\w+\s+){0,2}$/i.test(aux) && verb.start >= nounEnd) {
      // "N have been freed": a batch, unless hedged as a floor ("more than 850 have been freed").
      return /\b(?:more than|over|upwards of|in excess of)\s+$/i.test(left.slice(-20))
        ? { ...reading('cumulative'), perfect: true }
        : { ...reading('release'), perfect: true };
    }
    if (/\b(?:have|has|'ve)\s+(?:\w+\s+){0,2}$/i.test(aux)) {
      // "the insurgents have freed 132": news states running figures in the active present perfect.
      return { ...reading('cumulative'), perfect: true };
    }
    if (/ing$/.test(verbText) && /\b(?:start|begin|began|started|continue)\w*\s+$/i.test(aux)) return reading('pledge');
    return reading('release');
  }
  return reading('inherit');
}

function lastWords(text: string, count: number): string {
  return text.split(/\s+/).filter(Boolean).slice(-count).join(' ');
}

interface VerbHit {
  start: number;
  end: number;
  distance: number;
}

function nearestReleaseVerb(
  sentence: string,
  from: number,
  to: number,
  numberStart: number,
  nounEnd: number,
): VerbHit | null {
  let best: VerbHit | null = null;
  const pattern = new RegExp(RELEASE_VERB.source, 'gi');
  for (const match of sentence.slice(from, to).matchAll(pattern)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (start >= numberStart && start < nounEnd) continue;
    // Noun "release" in "the release of" counts as the predicate too (governed by its verb).
    const distance = end <= numberStart ? numberStart - end : start - nounEnd;
    // A noun "release" ("whose release they pledged") is a weaker predicate than a verb next to the count.
    const isNoun =
      /^releases?$/i.test(match[0]) &&
      /\b(?:the|a|an|its|their|his|her|whose|this|that|of|for|s)\s*$/i.test(
        sentence.slice(Math.max(0, start - 8), start),
      );
    const weighted = (end <= numberStart ? distance : distance * 0.8) * (isNoun ? 3 : 1);
    if (!best || weighted < best.distance) best = { start, end, distance: weighted };
  }
  return best;
}

/** The clause a count sits in: cut at semicolons, and at ", while"/", but"/", and" boundaries. */
export function clauseAround(sentence: string, start: number, end: number): { start: number; end: number } {
  const boundary =
    /;|:\s|,\s+(?:while|but|whereas|and|although|though|as|after|before|with|bringing|taking|lifting|raising|pushing)\s|\s+(?:while|whereas|but)\s|\s+and\s+(?=(?:the|its|their|his|her|a|an)\s)/gi;
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const match of sentence.matchAll(boundary)) {
    const matchEnd = match.index + match[0].length;
    if (matchEnd <= start) clauseStart = matchEnd;
    else if (match.index >= end) {
      clauseEnd = match.index;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}
