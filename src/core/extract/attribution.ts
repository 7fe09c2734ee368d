import type { Ledger } from '../types.js';

/** One alias occurrence in a sentence: which ledger, which side, and where. */
interface AliasHit {
  ledger: string;
  side: 'releaser' | 'released';
  start: number;
  end: number;
}

/** Per-ledger-set alias matcher, built once and reused for every sentence. */
export interface AliasMatcher {
  ledgerIds: string[];
  /** Head nouns of the released aliases ("prisoners", "Houthis"), lowercased, for the people-count test. */
  headNouns: ReadonlySet<string>;
  find(text: string): AliasHit[];
  /** Stemmed words of a ledger's released aliases ("taliban", "prisoner"), to tell whose people a side's name marks. */
  releasedWords(ledgerId: string): ReadonlySet<string>;
}

const cache = new WeakMap<Ledger[], AliasMatcher>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds (or reuses) the alias matcher for a ledger list; longest aliases win where they overlap. */
export function createAliasMatcher(ledgers: Ledger[]): AliasMatcher {
  const cached = cache.get(ledgers);
  if (cached) return cached;
  const entries: Array<{ alias: string; ledger: string; side: AliasHit['side'] }> = [];
  const headNouns = new Set<string>();
  const releasedWords = new Map<string, Set<string>>();
  for (const ledger of ledgers) {
    releasedWords.set(ledger.id, new Set(ledger.released.flatMap((alias) => alias.split(/[\s-]+/).map(stem))));
    for (const alias of ledger.releaser) entries.push({ alias, ledger: ledger.id, side: 'releaser' });
    for (const alias of ledger.released) {
      entries.push({ alias, ledger: ledger.id, side: 'released' });
      const head = alias.trim().split(/\s+/).at(-1)?.toLowerCase();
      if (head && /s$|ese$/.test(head)) headNouns.add(head);
    }
  }
  entries.sort((a, b) => b.alias.length - a.alias.length);
  const byText = new Map<string, Array<{ ledger: string; side: AliasHit['side'] }>>();
  for (const entry of entries) {
    const key = entry.alias.toLowerCase();
    const list = byText.get(key) ?? [];
    list.push({ ledger: entry.ledger, side: entry.side });
    byText.set(key, list);
  }
  const alternatives = [...byText.keys()].map((alias) => escapeRegExp(alias).replace(/\s+/g, '\\s+'));
  const pattern = alternatives.length > 0 ? new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi') : null;
  let lastText: string | null = null;
  let lastHits: AliasHit[] = [];
  const matcher: AliasMatcher = {
    ledgerIds: ledgers.map((ledger) => ledger.id),
    headNouns,
    releasedWords: (ledgerId) => releasedWords.get(ledgerId) ?? new Set(),
    find(text) {
      if (!pattern) return [];
      // The same sentence is asked about once per count in it: remember the last answer.
      if (text === lastText) return lastHits;
      const hits: AliasHit[] = [];
      for (const match of text.matchAll(pattern)) {
        const owners = byText.get(match[0].toLowerCase().replace(/\s+/g, ' ')) ?? [];
        for (const owner of owners) hits.push({ ...owner, start: match.index, end: match.index + match[0].length });
      }
      lastText = text;
      lastHits = hits;
      return hits;
    },
  };
  cache.set(ledgers, matcher);
  return matcher;
}

/** The ledger a count belongs to, with how sure the sentence made us (0 = no evidence). */
export interface Attribution {
  ledger: string | null;
  score: number;
}

const POSSESSIVE_PRONOUN =
  /\b(?:their|its|his|the (?:group|movement|militants|insurgents|rebels|organi[sz]ation)(?:'s|’s|'|’))\s/i;
const DEMAND_AFTER =
  /^\s*(?:,\s*)?(?:(?:have|has|had|are|is|was|were|also|still|now|themselves|itself)\s+)*(?:demand|insist|want|seek|sought|call|expect|name|list|handed|press|ask|say|said|claim)/i;
const TALLY_AFTER = /^(?:'s|’s|'|’)\s+(?:own\s+)?(?:tally|total|count|figure|number|releases?|decree|list of freed)\b/i;
const SPEAKER_AFTER =
  /^(?:'s|’s)?\s+(?:spokesman|spokesperson|spokeswoman|officials?|statement|office|negotiators?|delegation|leaders?|sources?|media|representatives?)\b/i;
const HOLDER_BEFORE =
  /\b(?:held by|in the hands of|in the custody of|captured by|seized by|abducted by|detained by)\s+(?:the\s+)?$/i;
const HOLDER_AFTER = /^\s*(?:'s|’s)?\s*(?:hands|custody|captivity)\b/i;

function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?:'s|’s|'|’)$/, '')
    .replace(/s$/, '');
}

/**
 * Attributes a count to a ledger from the sentence's structure: the people named right after the
 * number ("100 Taliban prisoners"), a side named as the people's owner ("15 of their commanders",
 * "government troops", "the 5,000 the Taliban are demanding") which makes them the other side's
 * release, the agent of a passive ("released by X"), the subject before an active verb, with
 * "in return"/"in exchange" flipping who releases whom.
 */
export function attributeLedger(
  matcher: AliasMatcher,
  sentence: string,
  numberStart: number,
  nounEnd: number,
): Attribution {
  const hits = matcher.find(sentence);
  if (hits.length === 0) return { ledger: null, score: 0 };
  const scores = new Map<string, number>();
  const add = (ledger: string, points: number) => scores.set(ledger, (scores.get(ledger) ?? 0) + points);
  const ownersOf = (text: string): string[] => {
    const words = text.split(/[\s-]+/).map(stem);
    return matcher.ledgerIds.filter((id) =>
      words.some((word) => word.length > 2 && matcher.releasedWords(id).has(word)),
    );
  };
  // The people a side owns are released by the other side: credit the ledgers whose released aliases name that side.
  const possessedBy = (hit: AliasHit, points: number) => {
    const owners = ownersOf(sentence.slice(hit.start, hit.end)).filter((id) => id !== hit.ledger);
    for (const owner of owners) add(owner, points);
    if (owners.length === 0) add(hit.ledger, -points / 2);
  };
  const phraseEnd = nounPhraseEnd(sentence, nounEnd);
  const releasers = hits.filter((hit) => hit.side === 'releaser');
  for (const hit of hits) {
    const inPhrase = hit.start >= numberStart && hit.end <= phraseEnd;
    const afterNumber = hit.start >= nounEnd;
    const distance = afterNumber ? hit.start - nounEnd : numberStart - hit.end;
    if (hit.side === 'released') {
      if (inPhrase) add(hit.ledger, 6);
      else if (afterNumber && distance < 30) add(hit.ledger, 3);
      else add(hit.ledger, distance < 80 ? 1 : 0.5);
      continue;
    }
    if (
      hits.some(
        (other) =>
          other !== hit &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          other.end - other.start > hit.end - hit.start,
      )
    )
      continue;
    const before = sentence.slice(Math.max(0, hit.start - 30), hit.start);
    const after = sentence.slice(hit.end, hit.end + 40);
    if (
      HOLDER_BEFORE.test(before) ||
      HOLDER_AFTER.test(after) ||
      (afterNumber && /\bby\s+(?:the\s+)?$/i.test(sentence.slice(nounEnd, hit.start)))
    ) {
      add(hit.ledger, afterNumber && distance < 60 ? 5 : 2);
      continue;
    }
    if (TALLY_AFTER.test(after)) {
      add(hit.ledger, 4);
      continue;
    }
    if (SPEAKER_AFTER.test(after)) {
      add(hit.ledger, 0.3);
      continue;
    }
    if (inPhrase || /^(?:'s|’s|'|’)/.test(after) || /^\s*side\b|^-side\b/i.test(after)) {
      possessedBy(hit, inPhrase ? 5 : 2);
      continue;
    }
    if (DEMAND_AFTER.test(after) && !/^\s*(?:,\s*)?(?:say|said|claim)/i.test(after)) {
      possessedBy(hit, afterNumber ? 2 : 3);
      continue;
    }
    if (!afterNumber) add(hit.ledger, distance < 25 ? 4 : distance < 60 ? 2.5 : 1);
    else add(hit.ledger, distance < 40 ? 0.8 : 0.4);
  }
  const pronoun = POSSESSIVE_PRONOUN.exec(sentence.slice(numberStart, phraseEnd));
  if (pronoun) {
    // "15 of their commanders": the owner is the side named last before the number.
    const owner = releasers.filter((hit) => hit.end <= numberStart).at(-1);
    if (owner) possessedBy(owner, 5);
  }
  let best: Attribution = { ledger: null, score: 0 };
  let second = 0;
  for (const [ledger, score] of scores) {
    if (score > best.score) {
      second = best.score;
      best = { ledger, score };
    } else if (score > second) second = score;
  }
  if (best.score > 0 && best.score === second) return { ledger: null, score: 0 };
  return best;
}

/** Where the people's noun phrase ends, with its "of ..." complement ("15 of their senior commanders"). */
function nounPhraseEnd(sentence: string, nounEnd: number): number {
  const rest =
    /^(?:\s+(?:of|from)\s+(?:the\s+|their\s+|its\s+)?[\w'’"-]+(?:\s+[\w'’"-]+){0,4}?(?=\s+(?:who|whom|that|which|were|was|are|is|have|has|had|will|would|in|to|from|by|on|at)\b|[,.;:]|$))/i.exec(
      sentence.slice(nounEnd),
    );
  return nounEnd + (rest ? rest[0].length : 0);
}
