import type { Ledger } from '../types.js';
import { custodySides, destinationSide, insideLongerHit } from './destination.js';
import { DEMONYMS } from './distractors.js';
import { allMatches } from './matches.js';

/** One alias occurrence in a sentence: which ledger, which side, and where. */
export interface AliasHit {
  ledger: string;
  side: 'releaser' | 'released';
  start: number;
  end: number;
  /** A name the ledgers only imply ("the group", "the authorities"): evidence as an actor, never by mere presence. */
  derived?: boolean;
}

/** Per-ledger-set alias matcher, built once and reused for every sentence. */
export interface AliasMatcher {
  ledgerIds: string[];
  /** Head nouns of the released aliases ("prisoners", "Houthis"), lowercased, for the people-count test. */
  headNouns: ReadonlySet<string>;
  find(text: string): AliasHit[];
  /**
   * Stemmed words of a ledger's released aliases ("taliban", "prisoner") and the nation stems of their
   * capitalised words, to tell whose people a side's name marks.
   */
  releasedWords(ledgerId: string): ReadonlySet<string>;
  /** Up to five first letters of every capitalised alias word ("afgha", "thai"), to tell a side's nation from a foreign one. */
  nationStems: readonly string[];
  /**
   * Capitalised words that only the releaser aliases use, lowercased ("communist" from "Communist forces in the
   * South" when no released alias says it), where every ledger frees the same people: people named by one ("175
   * Communist prisoners") are that side's own, freed by no ledger.
   */
  releaserOnlyWords: ReadonlySet<string>;
  /**
   * With one ledger, the capitalised words of its title and aliases, lowercased ("jangebe", "zamfara"): a count whose
   * people are named by another place ("27 Kagara schoolboys") is of another incident. Null when the title names no
   * place.
   */
  incidentWords: ReadonlySet<string> | null;
  /**
   * With one ledger about one institution's people ("Greenfield University students ..."), the words naming that
   * institution ("greenfield"); a sentence naming another school or college and not this one tells another incident.
   */
  institutionWords: ReadonlySet<string> | null;
  /**
   * Whether some ledger names its released people by nation or side ("Taliban prisoners", "Israelis"). Where none
   * does ("hostages", "oil workers"), a nationality before a released alias ("3 Filipino engineers") says who the
   * people are, not that they are outside every ledger.
   */
  peopleByNation: boolean;
  /**
   * When the story is split into several ledgers, each naming its released people by a nationality ("Indian
   * fishermen", "Indian civilian prisoners"), the first five letters of those nationalities; otherwise null (one
   * ledger may cover both sides of a swap). People of any other nation ("22 Pakistani
   * prisoners", even where Pakistan is a releaser) are then in no ledger.
   */
  releasedNations: readonly string[] | null;
  /**
   * "jailed brigade members", "Front fighters": a releaser's name before a noun of membership, naming that side's
   * own people; null when no releaser has a name of its own to match.
   */
  releaserMembers: RegExp | null;
}

const cache = new WeakMap<Ledger[], AliasMatcher>();

/** The text as a literal in a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds (or reuses) the alias matcher for a ledger list; longest aliases win where they overlap. */
export function createAliasMatcher(ledgers: Ledger[]): AliasMatcher {
  const cached = cache.get(ledgers);
  if (cached) return cached;
  const entries: AliasEntry[] = [];
  const headNouns = new Set<string>();
  const releasedWords = new Map<string, Set<string>>();
  for (const ledger of ledgers) {
    const words = ledger.released.flatMap((alias) => alias.split(/[\s-]+/));
    // "russi" from "Russians" also marks "Russia" as the name of those people's side.
    const nations = words.filter((word) => /^[A-Z][a-z]{4,}/.test(word)).map(nationStem);
    releasedWords.set(ledger.id, new Set([...words.map(stem), ...nations]));
    for (const alias of ledger.releaser) entries.push({ alias, ledger: ledger.id, side: 'releaser' });
    for (const alias of ledger.released) {
      entries.push({ alias, ledger: ledger.id, side: 'released' });
      const words = alias.trim().split(/\s+/);
      const head = words.at(-1)?.toLowerCase();
      if (head && /s$|ese$/.test(head)) headNouns.add(head);
      // "Drelian soldiers" also names "120 Drelians": a nationality of the released names its people.
      for (const word of words.slice(0, -1))
        if (/^[A-Z][a-z]{3,}(?:an|i)$/.test(word)) headNouns.add(`${word.toLowerCase()}s`);
    }
  }
  entries.push(...derivedAliases(ledgers, entries));
  entries.sort((a, b) => b.alias.length - a.alias.length);
  const byText = new Map<string, Array<{ ledger: string; side: AliasHit['side']; derived?: boolean }>>();
  for (const entry of entries) {
    const key = entry.alias.toLowerCase();
    const list = byText.get(key) ?? [];
    list.push(
      entry.derived
        ? { ledger: entry.ledger, side: entry.side, derived: true }
        : { ledger: entry.ledger, side: entry.side },
    );
    byText.set(key, list);
  }
  const alternatives = [...byText.keys()].map((alias) => escapeRegExp(alias).replace(/\s+/g, '\\s+'));
  const pattern = alternatives.length > 0 ? new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi') : null;
  const nations = nationalityOwners(ledgers);
  const nationPattern =
    nations.size > 0
      ? new RegExp(
          // "937 Eritrean and 703 Ethiopian prisoners": a nationality whose head noun is left to the next group.
          `\\b(${[...nations.keys()].map(escapeRegExp).join('|')})(?:s|\\s+(?:(?!(?:are|were|is|was|and|or|of|the|to|in|by|for|from|with|have|has|had|who|that|which|will|would)\\b)[a-z-]+\\s+){0,2}?${PEOPLE_NOUN}|(?=\\s+(?:and|or)\\s+[\\d,]+\\s+[A-Z]))\\b`,
          'g',
        )
      : null;
  // "one Velmari citizen", "one Velmari for five": asked only of sentences with a lone "one", so the common case pays
  // nothing for it.
  const personPattern =
    nations.size > 0
      ? new RegExp(
          `\\b(${[...nations.keys()].map(escapeRegExp).join('|')})(?:\\s+(?:[a-z-]+\\s+)?${PERSON_NOUN}\\b|${LONE_PERSON_END})`,
          'g',
        )
      : null;
  let lastText: string | null = null;
  let lastHits: AliasHit[] = [];
  const nationStems = [
    ...new Set(
      ledgers
        .flatMap((ledger) => [...ledger.releaser, ...ledger.released])
        .flatMap((alias) => alias.split(/[\s-]+/))
        .filter((word) => /^[A-Z][a-z]{3,}/.test(word))
        .map((word) => word.slice(0, 5).toLowerCase()),
    ),
  ];
  const nationsReleased = ledgers.map((ledger) =>
    ledger.released
      .map((alias) => alias.trim().split(/[\s-]+/)[0] ?? '')
      .filter(
        (word) =>
          /^[A-Z][a-z]{3,}$/.test(word) &&
          (DEMONYMS.has(word.toLowerCase()) || DEMONYMS.has(`${word.toLowerCase()}s`) || ISH_DEMONYM.test(word)),
      )
      .map((word) => ISH_NATION[word.toLowerCase()] ?? word.slice(0, 5).toLowerCase()),
  );
  const releasedAliasWords = new Set(
    ledgers.flatMap((ledger) => ledger.released.flatMap((alias) => alias.toLowerCase().split(/[\s-]+/))),
  );
  // Only where every ledger frees the same people (two captors of one group of hostages): in a swap, a side's own
  // people are the other ledger's.
  const sameReleased = (a: Ledger, b: Ledger) =>
    a.released.some((alias) => b.released.some((other) => other.toLowerCase() === alias.toLowerCase()));
  const releaserOnlyWords = new Set(
    ledgers
      .filter((ledger) => ledgers.every((other) => other === ledger || sameReleased(ledger, other)))
      .flatMap((ledger) => ledger.releaser.flatMap((alias) => alias.split(/[\s-]+/)))
      .filter((word) => /^[A-Z][a-z]{3,}$/.test(word))
      .map((word) => word.toLowerCase())
      .filter((word) => !releasedAliasWords.has(word) && !releasedAliasWords.has(`${word}s`)),
  );
  const titleWords = (ledgers[0]?.title ?? '').split(/[\s,()/-]+/).slice(1);
  const incidentWords =
    ledgers.length === 1 && titleWords.some((word) => /^[A-Z][a-z]{3,}$/.test(word) && !MONTH_WORD.test(word))
      ? new Set(
          ledgers
            .flatMap((ledger) => [ledger.title, ...ledger.releaser, ...ledger.released])
            .flatMap((text) => text.split(/[\s,()/'’-]+/))
            .filter((word) => /^[A-Z]/.test(word))
            .map((word) => word.toLowerCase()),
        )
      : null;
  const institution = ledgers.length === 1 ? institutionNames(ledgers[0]?.title ?? '') : [];
  const matcher: AliasMatcher = {
    ledgerIds: ledgers.map((ledger) => ledger.id),
    releaserOnlyWords,
    incidentWords,
    institutionWords: institution.length > 0 ? new Set(institution.flat()) : null,
    releasedNations:
      ledgers.length > 1 && nationsReleased.every((stems) => stems.length > 0)
        ? [...new Set(nationsReleased.flat())]
        : null,
    headNouns,
    nationStems,
    releaserMembers: releaserMembersPattern(ledgers),
    peopleByNation: ledgers.some((ledger) => ledger.released.some((alias) => /(?:^|[\s-])[A-Z]/.test(alias))),
    releasedWords: (ledgerId) => releasedWords.get(ledgerId) ?? new Set(),
    find(text) {
      if (!pattern) return [];
      // The same sentence is asked about once per count in it: remember the last answer.
      if (text === lastText) return lastHits;
      const hits: AliasHit[] = [];
      for (const match of allMatches(pattern, text)) {
        const key = match[0].toLowerCase();
        const owners = byText.get(key) ?? byText.get(key.replace(/\s+/g, ' ')) ?? [];
        const start = match.index;
        const end = start + match[0].length;
        for (const owner of owners)
          hits.push(
            owner.derived
              ? { ledger: owner.ledger, side: owner.side, start, end, derived: true }
              : { ledger: owner.ledger, side: owner.side, start, end },
          );
      }
      // "Varonian soldiers", "Varonians", "Front commanders": the people a released alias's nationality or affiliation names.
      let added = false;
      for (const nationWords of [nationPattern, personPattern && /\bone\b/i.test(text) ? personPattern : null]) {
        if (!nationWords) continue;
        nationWords.lastIndex = 0;
        for (let match = nationWords.exec(text); match; match = nationWords.exec(text)) {
          const start = match.index;
          const end = start + match[0].length;
          // The nationality alone names a person only right after "one": "one Velmari for five Oskanis".
          if (nationWords === personPattern && match[0] === match[1] && !/\bone\s+$/i.test(text.slice(0, start)))
            continue;
          const ledger = nations.get(match[1] ?? '');
          if (!ledger || hits.some((hit) => hit.side === 'released' && hit.start < end && start < hit.end)) continue;
          hits.push({ ledger, side: 'released', start, end });
          added = true;
        }
      }
      if (added) hits.sort((a, b) => a.start - b.start || b.end - a.end);
      lastText = text;
      lastHits = hits;
      return hits;
    },
  };
  cache.set(ledgers, matcher);
  return matcher;
}

/** Releaser words too generic to name a side's own people ("government soldiers" are often the other side's). */
const GENERIC_RELEASER =
  /^(?:government|authorities|authority|president|presidency|service|office|ministry|state|court|courts|officials|side|forces|administration|regime|council|committee|palace)$/i;
const MEMBER_NOUN =
  '(?:members|fighters|militants|comrades|commanders|loyalists|supporters|operatives|gunmen|leaders|activists|cadres|combatants)';

const MEMBER_OF_SIDE = new RegExp(`\\b${MEMBER_NOUN}\\b`, 'i');

/** The pattern of a releaser's head word before a noun of membership, from every releaser alias not also a released word. */
function releaserMembersPattern(ledgers: Ledger[]): RegExp | null {
  const released = new Set(
    ledgers.flatMap((ledger) => ledger.released.flatMap((alias) => alias.split(/[\s-]+/).map(stem))),
  );
  const heads = new Set<string>();
  for (const ledger of ledgers) {
    for (const alias of ledger.releaser) {
      const head = alias.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
      if (/^[a-z]{4,}$/.test(head) && !GENERIC_RELEASER.test(head) && !released.has(stem(head))) heads.add(head);
    }
  }
  // "40 other Velians", "Velian deserters", where Velia frees the ledger's people: the releasing state's own.
  // Only where the ledger frees foreigners: a state freeing its own citizens ("Cubans") frees its nationals.
  const nationals = new Set<string>();
  for (const ledger of ledgers) {
    if (!ledger.released.some((alias) => /\b[A-Z][a-z]+(?:ans?|ians?|is|ese)\b/.test(alias))) continue;
    for (const alias of ledger.releaser) {
      if (!/^[A-Z][a-z]{3,}$/.test(alias)) continue;
      for (const adjective of demonymsOf(alias)) if (!released.has(stem(adjective))) nationals.add(adjective);
    }
  }
  const parts: string[] = [];
  if (heads.size > 0) parts.push(`(?:${[...heads].map(escapeRegExp).join('|')})\\s+${MEMBER_NOUN}`);
  if (nationals.size > 0) {
    const adjectives = [...nationals].map(escapeRegExp).join('|');
    parts.push(`(?:${adjectives})s`, `(?:${adjectives})\\s+(?:deserters|${PEOPLE_NOUN})`);
  }
  if (parts.length === 0) return null;
  return new RegExp(`\\b(?:${parts.join('|')})\\b`, 'i');
}

const PEOPLE_NOUN =
  '(?:soldiers|servicemen|servicewomen|defenders|fighters|prisoners|detainees|captives|hostages|nationals|citizens|civilians|women|men|children|minors|teenagers|officers|personnel|POWs|prisoners of war|journalists|activists|workers|commanders|members|inmates|convicts|sailors|pilots|marines|policemen|farmers|students|abductees|dissidents|spies|conscripts|recruits|reservists|volunteers|troops|militiamen|fishermen|crew|guards|agents|diplomats|doctors|nurses|engineers|teachers|pupils|girls|boys|priests|missionaries|businessmen|contractors|tourists)';

/** Where a lone singular nationality ends as a noun: "one Velmari for five", "one Velmari, a pilot," "one Velmari." */
const LONE_PERSON_END =
  '(?=\\s*[,.;:)]|\\s*$|\\s+(?:for|and|or|in|into|to|from|at|on|by|with|who|was|were|had|has|is|held|jailed|detained|freed|released)\\b)';

/** The singular of a people noun, for "one Velmari citizen": a lone person named by nationality. */
const PERSON_NOUN =
  '(?:soldier|serviceman|servicewoman|fighter|prisoner|detainee|captive|hostage|national|citizen|civilian|woman|man|child|minor|officer|journalist|activist|worker|commander|member|inmate|convict|sailor|pilot|marine|policeman|farmer|student|abductee|dissident|spy|agent|diplomat|businessman|businesswoman|contractor|tourist|priest|nun|missionary|doctor|nurse|engineer)';

/**
 * The nationality or affiliation words of the released aliases ("Palestinian" from "Palestinians",
 * "Varonian" from "Varonian soldiers"), each kept only when it names one ledger's people.
 */
function nationalityOwners(ledgers: Ledger[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const ledger of ledgers) {
    for (const alias of ledger.released) {
      const words = alias.trim().split(/\s+/);
      const first = words[0] ?? '';
      if (!/^[A-Z][a-z]{2,}/.test(first)) continue;
      const word = words.length === 1 ? (/[^s]s$/.test(first) ? first.slice(0, -1) : '') : first;
      if (word.length < 4) continue;
      const set = owners.get(word) ?? new Set<string>();
      set.add(ledger.id);
      owners.set(word, set);
    }
  }
  const unique = new Map<string, string>();
  for (const [word, set] of owners) {
    const [only] = set;
    if (set.size === 1 && only) unique.set(word, only);
  }
  return unique;
}

type AliasEntry = { alias: string; ledger: string; side: AliasHit['side']; derived?: boolean };

/** Nouns naming a non-state armed side, which "the group" or "the movement" refers back to. */
const NON_STATE = new Set([
  'group',
  'movement',
  'militant',
  'insurgent',
  'rebel',
  'militia',
  'organisation',
  'organization',
  'faction',
  'brigade',
  'front',
  'fighter',
]);
const GENERIC_PEOPLE = /^(?:members|people|persons|men|women|others|individuals)$/i;
const REFERENCE_NOUNS = ['group', 'movement', 'organisation', 'organization', 'militia', 'faction'];

/**
 * Shorter names the ledgers imply: a released alias without its first modifier ("security forces"
 * from "Afghan security forces"), a releaser's head noun after "the" ("the authorities"), and "the
 * group"/"the movement" for the one side named as an armed group. Only names that point to a
 * single ledger and side are kept, so a shared word never decides a count.
 */
/** Organs that act for a state, named by its adjective: "the Ostrian side", "Velian authorities". */
const STATE_ORGANS = ['side', 'authorities', 'government', 'officials', 'forces', 'army', 'military', 'negotiators'];

/**
 * The adjectives English forms from a state's name, by its ending: Ostria -> Ostrian, Ukraine -> Ukrainian, Iran ->
 * Iranian, Israel -> Israeli, Pakistan -> Pakistani, Lebanon -> Lebanese, Sudan -> Sudanese. Forms no text uses match
 * nothing; irregular ones (French, Turkish) are not guessed.
 */
function demonymsOf(name: string): string[] {
  const forms = new Set<string>();
  if (/a$/.test(name)) {
    forms.add(`${name}n`);
    forms.add(`${name.slice(0, -1)}ese`);
  }
  if (/e$/.test(name)) forms.add(`${name.slice(0, -1)}ian`);
  if (/[^aeiouy]$/.test(name)) forms.add(`${name}ian`);
  if (/(?:an|el|q|en|ar|it|h)$/.test(name)) forms.add(`${name}i`);
  if (/on$/.test(name)) forms.add(`${name.slice(0, -2)}ese`);
  if (/an$/.test(name)) forms.add(`${name}ese`);
  return [...forms];
}

function derivedAliases(ledgers: Ledger[], entries: AliasEntry[]): AliasEntry[] {
  const known = new Set(entries.map((entry) => entry.alias.toLowerCase()));
  const owners = new Map<string, Set<string>>();
  const candidates: AliasEntry[] = [];
  const propose = (alias: string, ledger: string, side: AliasEntry['side']) => {
    const key = `${alias.toLowerCase()}|${side}`;
    const set = owners.get(key) ?? new Set<string>();
    set.add(ledger);
    owners.set(key, set);
    candidates.push({ alias, ledger, side });
  };
  for (const ledger of ledgers) {
    for (const alias of ledger.released) {
      const words = alias.trim().split(/\s+/);
      const rest = words.slice(1);
      // Only a modifier may go, leaving a plain plural noun phrase; a lone noun only after a common adjective ("female soldiers").
      if (
        /^(?:of|from|in|for|to|the|by|with|and|\w+ed|\w+ing)$/i.test(rest[0] ?? '') ||
        !/^[a-z-]+s$/.test(rest.at(-1) ?? '')
      )
        continue;
      if (
        rest.length >= 2 ||
        (rest.length === 1 && /^[a-z]/.test(words[0] ?? '') && !GENERIC_PEOPLE.test(rest[0] ?? ''))
      )
        propose(rest.join(' '), ledger.id, 'released');
    }
    for (const alias of ledger.releaser) {
      const words = alias.trim().split(/\s+/);
      const head = words.at(-1);
      if (words.length >= 2 && head && /^[a-z]+$/.test(head)) propose(`the ${head}`, ledger.id, 'releaser');
      // "Ostria" also acts as "the Ostrian side", "Ostrian authorities": a state's adjective before an organ of state.
      if (words.length === 1 && /^[A-Z][a-z]{3,}$/.test(alias))
        for (const adjective of demonymsOf(alias))
          for (const organ of STATE_ORGANS) propose(`${adjective} ${organ}`, ledger.id, 'releaser');
    }
    const nonState = ledger.releaser.some((alias) => alias.split(/[\s-]+/).some((word) => NON_STATE.has(stem(word))));
    if (nonState) for (const noun of REFERENCE_NOUNS) propose(`the ${noun}`, ledger.id, 'releaser');
  }
  const kept = new Map<string, AliasEntry>();
  for (const candidate of candidates) {
    const key = candidate.alias.toLowerCase();
    if (known.has(key) || known.has(key.replace(/^the /, ''))) continue;
    const sameSide = owners.get(`${key}|${candidate.side}`);
    const otherSide = owners.get(`${key}|${candidate.side === 'released' ? 'releaser' : 'released'}`);
    if (sameSide?.size !== 1 || otherSide) continue;
    kept.set(`${key}|${candidate.side}`, { ...candidate, derived: true });
  }
  return [...kept.values()];
}

/** The ledger a count belongs to, with how sure the sentence made us (0 = no evidence). */
export interface Attribution {
  ledger: string | null;
  score: number;
  /**
   * The count belongs to no one side's ledger: the size of a whole swap ("an exchange involving 26
   * people"), people held on both sides, or people of a nation no ledger names that no side frees.
   */
  bothSides?: boolean;
  /** The people are of a nation no ledger names: in no ledger, even where there is only one. */
  outside?: boolean;
}

/** A second people noun joined to a count's own with no number of its own: "police officers and soldiers". */
const COORDINATED_PEOPLE =
  /^\s+(?:and|or|as well as)\s+(?!(?:\S*\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|the|its|their|his|her)\b)(?:[\w'’-]+\s+){0,2}[\w'’-]+\b/i;

/** "15 of their commanders", "900 of the group's fighters": people owned by a side named elsewhere. */
const POSSESSIVE_PRONOUN = /\b(?:their|its|his)\s/i;
/** A side's name as the subject of a singular verb: no antecedent for "their". */
const SINGULAR_VERB_AFTER = /^\s+(?:is|was|has|does|says)\b/i;
/** A side's name as the subject of a plural verb: no antecedent for "its". */
const PLURAL_VERB_AFTER = /^\s+(?:are|were|have|do|say)\b/i;
const DEMAND_AFTER =
  /^\s*(?:,\s*)?(?:(?:have|has|had|are|is|was|were|also|still|now|themselves|itself)\s+)*(?:demand|insist|want|seek|sought|call|expect|name|list|handed\s+(?:over\s+)?(?:\w+\s+)?(?:a|the|its|their)\s+(?:\w+\s+)?list|press|ask|say|said|claim)/i;
const TALLY_AFTER = /^(?:'s|’s|'|’)\s+(?:own\s+)?(?:tally|total|count|figure|number|releases?|decree|list of freed)\b/i;
const SPEAKER_AFTER =
  /^(?:'s|’s)?\s+(?:spokesman|spokesperson|spokeswoman|officials?|statement|office|negotiators?|delegation|leaders?|sources?|media|representatives?)\b/i;
const HOLDER_BEFORE =
  /\b(?:held by|in the hands of|in the custody of|captured by|seized by|abducted by|detained by|kidnapped by|taken by)\s+(?:the\s+)?$/i;
const HOLDER_AFTER = /^\s*(?:'s|’s)?\s*(?:[A-Z][\w-]*\s+){0,3}(?:hands|custody|captivity|prisons?|jails?)\b/;
const HOLDING_VERB =
  /^\s+(?:(?:has|have|had|is|are|still|now|was|were)\s+)*(?:seized|abducted|captured|took|taken|holds?|held|holding|kidnapped|detained|imprisoned|jailed)\b/i;
/** "promised to the Front", "belonging to the government", "demanded by the militants": whose people these are. */
const OWNER_BEFORE =
  /\b(?:promised to|owed to|belonging to|loyal to|affiliated with|linked to|members of|demanded by|sought by|claimed by|requested by|named by|listed by)\s+(?:what\s+\w+\s+(?:called|calls)\s+)?(?:the\s+)?$/i;
const OWNER_PRONOUN_AFTER = /^\s+(?:promised|owed|belonging|loyal)\s+to\s+(?:them|it|him)\b/i;
/** A side's name that only modifies another noun ("U.S.-Front talks", "the Front deal") is no actor. */
const MODIFIER_AFTER =
  /^(?:-(?!led\b|backed\b)\w|\s+(?:agreement|deal|accord|talks|negotiations?|truce|ceasefire|war|conflict|peace)\b)/i;
const MODIFIER_BEFORE = /[\w.]-$/;
/** Words after a possessive that name people, so "the Front's fighters" are the Front's own. */
const PEOPLE_AFTER =
  /^(?:'s|’s|'|’)\s+(?:own\s+)?(?:\w+\s+){0,2}?(?:members|fighters|men|people|prisoners|detainees|inmates|captives|hostages|soldiers|personnel|militants|commanders|supporters|citizens|nationals|troops|forces|side)\b/i;
/** A release verb in the active voice between a side and its count: "the Front freed 20", "Kabul would release". */
const SUBJECT_TO_VERB =
  /^(?:\s+(?!(?:and|or|but|while|to|of|in|for|with|the|a|an|its|their|his|her)\b)[a-z]+){0,2}?(?:\s*,[^,]{0,60},)?(?:\s*,?\s+(?:[a-z]+\s+)?(?:officials|sources|spokesm[ae]n|spokeswoman|spokesperson|ministry|leaders?)?\s*(?:said|says|say|announced|confirmed|reported|stated|added)\s+(?:that\s+)?(?:it|they|we))?\s+(?:(?:has|have|had|will|would|is|was|are|were|also|then|now|later|already|again|finally|on \w+|that day|itself|to|agreed to|plans to|began|started|continued|set to|expected to|ready to|committed to|committed itself to|obliged to|going to|due to|[a-z]+ly)\s+)*/
    .source;
const ACTIVE_RELEASE = new RegExp(
  SUBJECT_TO_VERB +
    /(?:release[sd]?|releasing|free[sd]?|freeing|pardon(?:s|ed)?|pardoning|hand(?:s|ed)?(?:\s+over)?|handing(?:\s+over)?|let\s+go|lets\s+go|return(?:s|ed)?|returning|swap(?:s|ped)?|exchang(?:e|es|ed)|turn(?:s|ed)?\s+over)\b/
      .source,
  'i',
);
/** A side receiving its own people: "Varonia received 64 POWs", "the US secured the release of 16". */
const RECEIVE = new RegExp(
  SUBJECT_TO_VERB +
    /(?:receiv(?:e|es|ed|ing)|g[eo]ts?\s+back|welcom(?:e|es|ed)(?:\s+(?:home|back))?|br(?:ought|ings?)\s+(?:home|back)|took\s+back|recovered|(?:secured|won|obtained|negotiated)\s+the\s+(?:release|return|freedom)\s+of)\b/
      .source,
  'i',
);
/** "the number of Front prisoners released ... has climbed to 3,000": the people a total counts. */
const TOTAL_OF = /\b(?:number|total|tally|count)\s+of\s+(?:\w+\s+)?$/i;
/** "a swap involving 26 people", "the exchange of some 250": the size of a whole swap. */
const SWAP_SIZE =
  /\b(?:swap|exchange|trade)s?\b[^.;,]{0,30}?\b(?:of|involving|involved|including|included|that freed|which freed|freeing|totall?ing)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|a total of\s+|more than\s+|over\s+|at least\s+|up to\s+)?$/i;
/** "the 52-person swap", "a 24-prisoner exchange": the count sizes the swap itself. */
const SIZED_SWAP =
  /^[\w,.]+-(?:person|people|prisoner|captive|detainee|hostage|man)\s+(?:prisoner\s+)?(?:swap|exchange|trade)\b/i;
/** Whether a count is the size of a whole swap: "an exchange of 310 people", "the 52-person swap". */
export function sizesSwap(sentence: string, numberStart: number): boolean {
  return (
    SWAP_SIZE.test(sentence.slice(Math.max(0, numberStart - 60), numberStart)) ||
    SIZED_SWAP.test(sentence.slice(numberStart, numberStart + 40))
  );
}
/** "as many as 30 people could be involved": the people a swap takes in, on both sides. */
const INVOLVED_AFTER =
  /^\s+(?:(?:could|would|will|may|might|are|were|is|was|to|be|been|being|likely|expected|set)\s+)*involved\b(?!\s+in\s+(?!(?:the|a|an|this|that|any|such)\s+(?:\w+\s+)?(?:swap|exchange|deal|trade)\b))/i;
/** "24 prisoners were exchanged": people swapped, with no direction, are both sides' at once. */
const SWAPPED_AFTER =
  /^\s+(?:(?:were|was|have been|had been|are|being|to be)\s+)?(?:swapped|exchanged|traded)\b(?!\s+for)/i;
/** "X and Y swapped 200", "X, Y swap 120" (a headline): both sides as the subject of a swap verb. */
const PAIR_SWAPPED =
  /\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+and\s+|\s*,\s*)(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:(?:have|has|had|also|on \w+)\s+)*(?:swap(?:s|ped)?|exchang(?:e|es|ed)|trad(?:e|es|ed))\s+(?:some\s+|about\s+|around\s+|nearly\s+|a total of\s+|more than\s+|over\s+|at least\s+)?$/;
/** A count that is the other half of a swap: "in exchange for 100", "against the release of 5,000". */
const COUNTERPART_BEFORE =
  /\b(?:in exchange for|in return for|against|swapped for|traded for|for the release of|in exchange for the release of|against the release of)\s+(?:the\s+)?(?:release\s+of\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|at least\s+|up to\s+)?$/i;
const COUNTERPART_AFTER = /^[^.;]{0,40}?\b(?:in return|in exchange)\b(?!\s+for)/i;

/** The first five letters of a proper name, shared by a country and its people ("Russia", "Russians"), kept apart from plain stems. */
function nationStem(word: string): string {
  return `nation:${word.slice(0, 5).toLowerCase()}`;
}

function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?:'s|’s|'|’)$/, '')
    .replace(/s$/, '');
}

/** Where other counts in the sentence begin and end, so one count's words are not read for another. */
export interface CountBounds {
  /** End of the previous count's noun phrase (0 when none). */
  before: number;
  /** Start of the next count (the sentence's length when none). */
  after: number;
  /** The ledger of the count just read (this sentence's, or the last one's after "In return,"): a swap's other half is not on it. */
  previousLedger?: string | null;
}

/**
 * Attributes a count to a ledger from the sentence's structure: the people named right after the
 * number ("100 Front prisoners"), a side named as the people's owner ("15 of their commanders",
 * "the 400 promised to them", "the group's fighters") which makes them the other side's release,
 * the agent of a passive ("released by X") or of an active release verb ("X freed 20"), with "in
 * return"/"in exchange" flipping who releases whom.
 */
export function attributeLedger(
  matcher: AliasMatcher,
  sentence: string,
  numberStart: number,
  nounEnd: number,
  bounds: CountBounds = { before: 0, after: sentence.length },
): Attribution {
  const hits = matcher.find(sentence);
  const phraseEnd = nounPhraseEnd(sentence, nounEnd);
  const phrase = sentence.slice(numberStart, phraseEnd);
  // People of one side named in the count's own phrase; a name both ledgers share ("POWs") names neither.
  const ownPeople = new Set(
    hits
      .filter((hit) => hit.side === 'released' && hit.start >= numberStart && hit.end <= phraseEnd)
      .map((hit) => hit.ledger),
  );
  // "the 10 police officers and soldiers": one count of people named by two ledgers' words covers both.
  const coordinated = COORDINATED_PEOPLE.exec(sentence.slice(phraseEnd, phraseEnd + 60));
  if (coordinated && ownPeople.size === 1) {
    const tailEnd = phraseEnd + coordinated[0].length;
    const tail = hits.filter((hit) => hit.side === 'released' && hit.start >= phraseEnd && hit.end <= tailEnd);
    if (tail.some((hit) => !ownPeople.has(hit.ledger))) return { ledger: null, score: 0, bothSides: true };
  }
  // A name that is a nation's or a side's ("Varonian soldiers", "Ostrians") says whose people these are; a generic one ("captives") only hints.
  const markedPeople = hits.some(
    (hit) =>
      hit.side === 'released' &&
      hit.start >= numberStart &&
      hit.end <= phraseEnd &&
      /^[A-Z]/.test(sentence[hit.start] ?? ''),
  );
  const after = sentence.slice(phraseEnd, bounds.after);
  // "the exchange of 310 captives in all", "the 52-person swap": a whole swap, unless a side's people are named or a counterpart follows.
  const wholeSwap =
    SWAP_SIZE.test(sentence.slice(Math.max(bounds.before, numberStart - 60), numberStart)) ||
    SWAPPED_AFTER.test(after) ||
    PAIR_SWAPPED.test(sentence.slice(Math.max(bounds.before, numberStart - 80), numberStart)) ||
    SIZED_SWAP.test(sentence.slice(numberStart, numberStart + 40)) ||
    INVOLVED_AFTER.test(after);
  if (wholeSwap && (ownPeople.size !== 1 || !markedPeople) && !/^[^.;]{0,30}?\bfor\s/i.test(after))
    return { ledger: null, score: 0, bothSides: true };
  // "people held in Ostria, Varonia and Kestrel": held on both sides, freed by both.
  const custody = custodySides(sentence, hits, phraseEnd);
  if (new Set(custody.map((hit) => hit.ledger)).size > 1) return { ledger: null, score: 0, bothSides: true };
  const scores = new Map<string, number>();
  const add = (ledger: string, points: number) => scores.set(ledger, (scores.get(ledger) ?? 0) + points);
  // The people a side owns are released by the other side: the ledgers whose released aliases name that side, else the only other ledger.
  const possessedBy = (hit: AliasHit, points: number) => {
    for (const owner of otherSides(matcher, sentence.slice(hit.start, hit.end), hit.ledger)) add(owner, points);
  };
  const counterpart =
    COUNTERPART_BEFORE.test(sentence.slice(Math.max(0, numberStart - 50), numberStart)) ||
    COUNTERPART_AFTER.test(sentence.slice(phraseEnd, bounds.after)) ||
    (bounds.before === 0 && /^\W*in (?:return|exchange)\s*,/i.test(sentence));
  // "the 27 Kagara schoolboys" in a story whose one ledger is another school's: another incident.
  if (matcher.incidentWords && namesOtherPlace(matcher.incidentWords, sentence, numberStart, phraseEnd))
    return { ledger: null, score: 0, bothSides: true, outside: true };
  // "On May 30 gunmen seized pupils of the Salihu Tanko Islamiyya school at Tegina, letting eleven go", in a story about
  // Greenfield University: another institution's people.
  if (matcher.institutionWords && namesOtherInstitution(matcher.institutionWords, sentence))
    return { ledger: null, score: 0, bothSides: true, outside: true };
  // "the release of 40 jailed brigade members" where the one ledger is the brigade's hostages: its own people are in no ledger.
  if (matcher.ledgerIds.length === 1 && matcher.releaserMembers?.test(phrase))
    return { ledger: null, score: 0, bothSides: true, outside: true };
  // "175 Communist prisoners" where "Communist" names only a releasing side: its own people, freed by another side.
  if (
    matcher.ledgerIds.length > 1 &&
    !hits.some((hit) => hit.side === 'released' && hit.start < phraseEnd && hit.end > numberStart) &&
    phrase
      .split(/[\s,]+/)
      .some((word) => /^[A-Z][a-z]{3,}$/.test(word) && matcher.releaserOnlyWords.has(word.toLowerCase()))
  )
    return { ledger: null, score: 0, bothSides: true, outside: true };
  if (hits.length === 0 && !(counterpart && bounds.previousLedger)) {
    const outside = COMMON_PRISONERS.test(phrase) || foreignPeople(matcher, phrase, hits, numberStart, phraseEnd);
    return outside ? { ledger: null, score: 0, bothSides: true } : { ledger: null, score: 0 };
  }
  const releasers = hits.filter((hit) => hit.side === 'releaser' && !insideLongerHit(hit, hits));
  const agent = releasers.findLast(
    (hit) => hit.end <= numberStart && hit.end >= bounds.before - 80 && isAgentOf(sentence, hit, numberStart),
  );
  const receiver = agent
    ? undefined
    : releasers.findLast(
        (hit) =>
          hit.end <= numberStart && hit.end >= bounds.before - 80 && isAgentOf(sentence, hit, numberStart, RECEIVE),
      );
  const pronoun = POSSESSIVE_PRONOUN.exec(phrase) ?? OWNER_PRONOUN_AFTER.exec(sentence.slice(nounEnd, nounEnd + 40));
  // "15 of their commanders": the owner is the side named last before the number, other than the one releasing them.
  // The owner agrees with the pronoun in number: "their" skips "Kabul is running", "its" skips "the rebels are".
  const owners = pronoun ? releasers.filter((hit) => hit.end <= numberStart && hit !== agent) : [];
  const disagrees = /^(?:them|their)\b/i.test(pronoun?.[0].trim() ?? '') ? SINGULAR_VERB_AFTER : PLURAL_VERB_AFTER;
  const pronounOwner = owners.filter((hit) => !disagrees.test(sentence.slice(hit.end, hit.end + 20))).at(-1);
  // "The brigade demanded the release of four of its leaders": with one ledger, the members of the side that frees its
  // people are in no ledger.
  if (matcher.ledgerIds.length === 1 && pronounOwner && ownPeople.size === 0 && MEMBER_OF_SIDE.test(phrase))
    return { ledger: null, score: 0, bothSides: true, outside: true };
  // "up to 2,000 ordinary prisoners": people jailed for common crimes are no side's in a swap, whoever frees them.
  if (!markedPeople && COMMON_PRISONERS.test(phrase)) return { ledger: null, score: 0, bothSides: true };
  // "Kabul freed 25 Pakistani prisoners" where every ledger is about other nations' people: the side is
  // right but the people are in no ledger, whoever frees them.
  if (
    !markedPeople &&
    matcher.peopleByNation &&
    matcher.nationStems.length > 0 &&
    nationOutsideLedgers(matcher, sentence, numberStart, phraseEnd, hits)
  ) {
    return { ledger: null, score: 0, bothSides: true, outside: true };
  }
  if (
    !agent &&
    !receiver &&
    custody.length === 0 &&
    ownPeople.size === 0 &&
    foreignPeople(matcher, phrase, hits, numberStart, phraseEnd)
  ) {
    // "12 foreign volunteers", "four Canadians": people of a nation no ledger names, and no side here frees them.
    const passiveAgent = releasers.some(
      (hit) => hit.start >= phraseEnd && /\bby\s+(?:the\s+)?$/i.test(sentence.slice(phraseEnd, hit.start)),
    );
    if (!passiveAgent) return { ledger: null, score: 0, bothSides: true };
  }
  for (const hit of hits) {
    const inPhrase = hit.start >= numberStart && hit.end <= phraseEnd;
    const afterNumber = hit.start >= nounEnd;
    const distance = afterNumber ? hit.start - nounEnd : numberStart - hit.end;
    // Past the next count, only a passive agent ("... were freed by X") still speaks of this one.
    const pastNext = afterNumber && hit.start >= bounds.after;
    const span = afterNumber ? sentence.slice(nounEnd, hit.start) : sentence.slice(hit.end, numberStart);
    // Another clause ("..., while the Front released ...") speaks of other people.
    const otherClause =
      (/;|\s(?:while|whereas|but)\s/i.test(span) || (afterNumber && /,\s+(?:and|but)\s/i.test(span))) &&
      !(!afterNumber && hit === agent);
    if (hit.side === 'released') {
      if (pastNext || (otherClause && !inPhrase)) continue;
      // Before the count read just before, the people named are that count's.
      if (!afterNumber && hit.end <= bounds.before) {
        add(hit.ledger, 0.3);
        continue;
      }
      if (TOTAL_OF.test(sentence.slice(Math.max(0, hit.start - 30), hit.start))) add(hit.ledger, 4);
      // "248 of its servicemen", "Ostria freed 60 servicemen": the possessor or the releaser, not a generic name, says whose people they are.
      const generic = !/^[A-Z]/.test(sentence[hit.start] ?? '');
      if (inPhrase) add(hit.ledger, generic && pronounOwner ? 2 : generic && agent ? 4 : 6);
      else if (afterNumber && distance < 30) add(hit.ledger, 3);
      else add(hit.ledger, distance < 80 ? 1 : 0.5);
      continue;
    }
    if (!releasers.includes(hit) || otherClause) continue;
    const before = sentence.slice(Math.max(0, hit.start - 40), hit.start);
    const after = sentence.slice(hit.end, hit.end + 40);
    if (MODIFIER_BEFORE.test(before) || MODIFIER_AFTER.test(after)) continue;
    // "... freed by the government, and 1,000 soldiers by the insurgents": an earlier count's agent is not this one's.
    if (!afterNumber && bounds.before > 0 && hit.start < bounds.before + 40 && /\bby\s+(?:the\s+)?$/i.test(before))
      continue;
    // "the group also included two minors": a group of people, not the armed group.
    if (hit.derived && /^\s+(?:also\s+)?(?:includ|compris|consist|contain|was made up|of\b)/i.test(after)) continue;
    // "by the Front's negotiators": the agent is the Front's people, not a side releasing anyone.
    const passiveAgent =
      afterNumber &&
      !/^(?:'s|’s)/.test(after) &&
      (/\bby\s+(?:the\s+)?$/i.test(sentence.slice(nounEnd, hit.start)) ||
        // "the 240 people the Front seized": a relative clause naming who took or holds them.
        (/^\s*(?:that\s+|whom\s+)?(?:the\s+)?$/i.test(sentence.slice(phraseEnd, hit.start)) &&
          HOLDING_VERB.test(after)));
    // "... in return for 95 of its soldiers held by Dorn": past the next count, a holder's "by" is that count's.
    if (
      pastNext &&
      !(
        passiveAgent &&
        !/\d/.test(sentence.slice(bounds.after, hit.start).replace(/^\S+/, '')) &&
        !HOLDER_BEFORE.test(sentence.slice(Math.max(nounEnd, hit.start - 40), hit.start))
      )
    )
      continue;
    if (HOLDER_BEFORE.test(before) || HOLDER_AFTER.test(after) || passiveAgent) {
      const points = afterNumber && distance < 60 ? 5 : 2;
      if (counterpart && !afterNumber && hit !== agent) possessedBy(hit, points);
      else add(hit.ledger, points);
      continue;
    }
    if (afterNumber && OWNER_BEFORE.test(before)) {
      possessedBy(hit, distance < 60 ? 5 : 2);
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
    if (inPhrase || (/^\s*side\b|^-side\b/i.test(after) && !afterNumber) || PEOPLE_AFTER.test(after)) {
      possessedBy(hit, inPhrase ? 5 : 2);
      continue;
    }
    if (/^(?:'s|’s|'|’)/.test(after)) {
      // "the Front's drive", "the Front's name for itself": the side is present but owns no people here.
      add(hit.ledger, afterNumber ? 0.2 : 0.5);
      continue;
    }
    if (
      DEMAND_AFTER.test(after) &&
      !/^\s*(?:,\s*)?(?:(?:have|has|had|also|still|now)\s+)*(?:say|said|claim)/i.test(after)
    ) {
      possessedBy(hit, afterNumber ? 2 : 3);
      continue;
    }
    if (hit === agent) {
      add(hit.ledger, 5);
      continue;
    }
    if (hit === receiver) {
      possessedBy(hit, 5);
      continue;
    }
    if (hit.derived) continue;
    let points = !afterNumber ? (distance < 25 ? 4 : distance < 60 ? 2.5 : 1) : distance < 40 ? 0.8 : 0.4;
    // "talks with the Front", "the accord between X and Y": a side named as a party, not as the actor.
    if (
      /\b(?:between|with|against|among|to)\s+(?:the\s+)?$|\bbetween\s+(?:the\s+)?\S+(?:\s+\S+)?\s+and\s+(?:the\s+)?$/i.test(
        before,
      )
    )
      points *= 0.2;
    // "Varonia greeted 12 Varonians": a side merely near the count weighs little against the people the count names.
    if (ownPeople.size === 1) points *= 0.3;
    if (counterpart && !afterNumber && !agent) possessedBy(hit, points);
    else add(hit.ledger, points);
  }
  if (pronounOwner) possessedBy(pronounOwner, 5);
  const whole = wholeOfPart(sentence, hits, numberStart, nounEnd, bounds);
  if (whole) add(whole, 10);
  // "people held in Ostria": the side holding them frees them.
  const holder = custody[0];
  if (holder) add(holder.ledger, 6);
  // "10 prisoners were transferred to Ostria", "released to the West": a side's own people going home.
  const destination = destinationSide(sentence, hits, phraseEnd);
  if (destination) possessedBy(destination, 8);
  if (/^\s*of\s+(?:them|those|these|whom)\b/i.test(sentence.slice(nounEnd, nounEnd + 14))) {
    // "the first 1,500 of them": the people named last before the count.
    const antecedent = hits.filter((hit) => hit.side === 'released' && hit.end <= numberStart).at(-1);
    if (antecedent) add(antecedent.ledger, 4);
  }
  const respective = respectiveSide(sentence, releasers, numberStart);
  if (respective) add(respective.ledger, 8);
  if (counterpart && !agent && bounds.previousLedger) {
    // The other half of a swap goes the other way from the half just read.
    const previous = bounds.previousLedger;
    const others = matcher.ledgerIds.filter((id) => id !== previous);
    if (others.length === 1 && others[0]) add(others[0], 5);
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

/** "X and Y agreed to free 5,000 and 1,000 ... respectively": the side in the same place in its list as the count. */
function respectiveSide(sentence: string, releasers: AliasHit[], numberStart: number): AliasHit | undefined {
  const tail = sentence.slice(numberStart);
  if (!/^[^.;]{0,120}\brespectively\b/i.test(tail)) return undefined;
  const pair = releasers.findIndex(
    (hit, i) =>
      hit.end <= numberStart &&
      releasers[i + 1] !== undefined &&
      /^\s*(?:and|,)\s*(?:the\s+)?$/i.test(sentence.slice(hit.end, releasers[i + 1]?.start)),
  );
  if (pair < 0) return undefined;
  const first = /^[\d,.]+(?:\s+\w+)?\s+and\s+\d/.test(tail);
  const second = /\d[\d,.]*(?:\s+\w+)?\s+and\s+$/.test(sentence.slice(Math.max(0, numberStart - 30), numberStart));
  if (first === second) return undefined;
  return releasers[first ? pair : pair + 1];
}

/** "Of the 16 people freed, ...", "Among the hostages released, ...": a whole named first, its parts listed after. */
const WHOLE_FIRST = /^\W*(?:of|among)\s+(?:the|those|these|all(?:\s+the)?)\s[^,;]{3,120}?,\s*/i;
const PART_BEFORE = /\b(?:including|among them|among whom|of whom|of them|includes?|included)\s+$/i;
const PART_AFTER =
  /^\s*(?:of (?:them|whom|those)\b|(?:are|were|was|is)\s+(?!(?:released|freed|pardoned|returned|exchanged|being|to|due|set|expected|still|now)\b))/i;

/**
 * The ledger of the whole a count is a part of: the count read just before when the text says so
 * ("215 people, a figure that includes five commanders", "Of the 16 freed, seven were ..."), or the
 * people a leading "Of the hostages released, ..." names. The whole decides, not the part's own words:
 * the parts of one release are freed by the same side whatever their nationality.
 */
function wholeOfPart(
  sentence: string,
  hits: AliasHit[],
  numberStart: number,
  nounEnd: number,
  bounds: CountBounds,
): string | null {
  const introduced = PART_BEFORE.test(sentence.slice(Math.max(bounds.before, numberStart - 25), numberStart));
  const predicated = PART_AFTER.test(sentence.slice(nounEnd, nounEnd + 20));
  if (!introduced && !predicated) return null;
  const whole = WHOLE_FIRST.exec(sentence);
  const afterWhole = whole !== null && whole[0].length <= numberStart;
  // A part said to be one ("including ...") or listed after a whole the sentence opens with.
  if (bounds.before > 0 && bounds.previousLedger) return introduced || afterWhole ? bounds.previousLedger : null;
  if (!afterWhole || !predicated || !whole || /\d/.test(whole[0])) return null;
  const named = new Set(
    hits
      .filter((hit) => hit.side === 'released' && !hit.derived && hit.end <= whole[0].length)
      .map((hit) => hit.ledger),
  );
  const [only] = named;
  return named.size === 1 && only ? only : null;
}

const COMMON_PRISONERS =
  /\b(?:ordinary|common|regular|petty|non-political|nonpolitical)\s+(?:\w+\s+)?(?:prisoners|inmates|criminals|convicts|offenders|detainees)\b/i;

const MONTH_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/**
 * Whether the counted people are named by a place the one ledger does not: a capitalised word right between the number
 * and its noun ("27 Kagara schoolboys") that is no nation and no month.
 */
/**
 * An institution people are taken from, named by the capitalised words before its kind ("Greenfield University"), after
 * it ("College of Forestry Mechanisation") or by its place ("a school at Tegina").
 */
const INSTITUTION_PATTERNS = [
  /((?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){1,6})(?:School|Schools|College|University|Academy|Seminary|Institute|Polytechnic|Islamiyya|Madrasa|Madrassa|Church|Mosque|Hospital|Convent)\b/g,
  /\b(?:School|College|University|Academy|Institute|Polytechnic)\s+of\s+((?:(?:the|and)\s+)?(?:[A-Z][\w'’-]*\s*){1,4})/g,
  /\b(?:school|college|university|academy|seminary|institute|polytechnic|church|mosque|camp)s?\s+(?:at|in)\s+([A-Z][\w'’-]+)/g,
];
/** Words of an institution's name that say nothing about which one it is. */
const GENERIC_INSTITUTION_WORD =
  /^(?:the|of|and|federal|government|state|national|public|private|girls|boys|secondary|primary|high|junior|senior|science|technical|day|boarding|christian|baptist|catholic|islamic|model|community|new|old|st\.?|saint|students|pupils|schoolgirls|schoolboys|schoolchildren|children|staff|teachers|worshippers|patients|nuns|seminarians|captives|hostages)$/i;

/** The distinctive words of each institution a text names, lower-cased: "Greenfield University" gives ["greenfield"]. */
function institutionNames(text: string): string[][] {
  const names: string[][] = [];
  for (const pattern of INSTITUTION_PATTERNS)
    for (const match of allMatches(pattern, text)) {
      const words = (match[1] ?? '')
        .split(/\s+/)
        .filter((word) => word && !GENERIC_INSTITUTION_WORD.test(word))
        .map((word) => word.toLowerCase().replace(/['’]s$/, ''));
      if (words.length > 0) names.push(words);
    }
  return names;
}

/** Whether the sentence names an institution other than the ledger's, and not the ledger's own. */
function namesOtherInstitution(own: ReadonlySet<string>, sentence: string): boolean {
  const named = institutionNames(sentence);
  if (named.length === 0) return false;
  const words = new Set(sentence.toLowerCase().split(/[^\w'’-]+/));
  if ([...own].some((word) => words.has(word))) return false;
  return named.some((name) => name.every((word) => !own.has(word)));
}

function namesOtherPlace(
  known: ReadonlySet<string>,
  sentence: string,
  numberStart: number,
  phraseEnd: number,
): boolean {
  const modifier = /^\S+\s+([A-Z][a-z]{3,})\s+[a-z]+/.exec(sentence.slice(numberStart, phraseEnd + 20))?.[1];
  if (!modifier) return false;
  const lower = modifier.toLowerCase();
  // "Vellandian", "Marrish", "Dalenese": a nationality, however rare, names people, not a place.
  if (/(?:ian|ean|ese|ish|ic|i|an)$/.test(lower)) return false;
  return !known.has(lower) && !DEMONYMS.has(lower) && !DEMONYMS.has(`${lower}s`) && !MONTH_WORD.test(modifier);
}

/**
 * Nationality adjectives whose people are called by another noun ("Turkish" but "Turks"), so no plural matches; each
 * with the start its people's noun shares ("turk" of "Turks", "pole" of "Poles").
 */
const ISH_NATION: Readonly<Record<string, string>> = {
  turkish: 'turk',
  british: 'brit',
  spanish: 'span',
  polish: 'pole',
  danish: 'dane',
  swedish: 'swed',
  finnish: 'finn',
  kurdish: 'kurd',
  scottish: 'scot',
  welsh: 'wels',
  english: 'engl',
  flemish: 'flem',
};
const ISH_DEMONYM = new RegExp(`^(?:${Object.keys(ISH_NATION).join('|')})$`, 'i');

/** Whether a nationality word and a nation's stem ("turks", "indi") name the same people. */
function sameNation(lower: string, nation: string): boolean {
  const ish = ISH_NATION[lower];
  return (
    lower.startsWith(nation) || nation.startsWith(lower.slice(0, 5)) || (ish !== undefined && nation.startsWith(ish))
  );
}

/**
 * A demonym ("Canadians") or "foreign ..." counted in the phrase, where no ledger names the people:
 * a nation none of the ledgers' aliases mentions ("Afghans" is a side's nation when "Afghan government" is an alias).
 */
function foreignPeople(
  matcher: AliasMatcher,
  phrase: string,
  hits: AliasHit[],
  numberStart: number,
  phraseEnd: number,
): boolean {
  if (hits.some((hit) => hit.start < phraseEnd && hit.end > numberStart)) return false;
  return phrase
    .split(/[\s,]+/)
    .some(
      (word) =>
        /^foreign(?:ers?)?$/i.test(word) ||
        (/^[A-Z]/.test(word) &&
          (DEMONYMS.has(word.toLowerCase()) || ISH_DEMONYM.test(word)) &&
          !matcher.nationStems.some((nation) => sameNation(word.toLowerCase(), nation))),
    );
}

/**
 * A nationality word in the counted phrase ("25 Pakistani prisoners") that no ledger's aliases name,
 * where the only alias inside the phrase is a generic lowercase one ("prisoners").
 */
function nationOutsideLedgers(
  matcher: AliasMatcher,
  sentence: string,
  numberStart: number,
  phraseEnd: number,
  hits: AliasHit[],
): boolean {
  const named = hits.some(
    (hit) => hit.start < phraseEnd && hit.end > numberStart && /[A-Z]/.test(sentence.slice(hit.start, hit.end)),
  );
  const phrase = sentence.slice(numberStart, phraseEnd);
  if (named) return false;
  return phrase.split(/[\s,]+/).some((word) => {
    if (!/^[A-Z][a-z]{2,}$/.test(word)) return false;
    const lower = word.toLowerCase();
    if (!DEMONYMS.has(lower) && !DEMONYMS.has(`${lower}s`) && !ISH_DEMONYM.test(lower)) return false;
    const known = matcher.releasedNations ?? matcher.nationStems;
    return !known.some((nation) => sameNation(lower, nation));
  });
}

/** Whether a side named before a count is the subject of an active release verb that governs it. */
function isAgentOf(sentence: string, hit: AliasHit, numberStart: number, verbs = ACTIVE_RELEASE): boolean {
  const between = sentence.slice(hit.end, numberStart);
  if (between.length > 90 || /[;:]/.test(between)) return false;
  const verb = verbs.exec(between);
  if (!verb) return false;
  // The verb must reach the count: no second clause or passive between them.
  const rest = between.slice(verb.index + verb[0].length);
  return (
    !/\d|\b(?:by|were|was|been|who|which|that|while|but|compared|against|versus)\b|[,]\s+(?:and|but|while)\b/i.test(
      rest,
    ) && rest.length < 60
  );
}

/** The ledgers that release the people of the side a releaser alias names. */
function otherSides(matcher: AliasMatcher, aliasText: string, ledgerId: string): string[] {
  const words = aliasText.split(/[\s-]+/);
  const keys = [
    ...words.map(stem).filter((word) => word.length > 2),
    ...words.filter((word) => /^[A-Z][a-z]{4,}/.test(word)).map(nationStem),
  ];
  const owners = matcher.ledgerIds.filter(
    (id) => id !== ledgerId && keys.some((key) => matcher.releasedWords(id).has(key)),
  );
  if (owners.length > 0) return owners;
  const others = matcher.ledgerIds.filter((id) => id !== ledgerId);
  return others.length === 1 ? others : [];
}

/** Where the people's noun phrase ends, with its "of ..." complement ("15 of their senior commanders"). */
function nounPhraseEnd(sentence: string, nounEnd: number): number {
  const rest =
    /^(?:\s+(?:of|from)\s+(?:the\s+|their\s+|its\s+)?[\w'’"-]+(?:\s+[\w'’"-]+){0,4}?(?=\s+(?:who|whom|that|which|were|was|are|is|have|has|had|will|would|in|to|from|by|on|at)\b|[,.;:]|$))/i.exec(
      sentence.slice(nounEnd),
    );
  return nounEnd + (rest ? rest[0].length : 0);
}
