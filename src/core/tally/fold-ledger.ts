import { addDays } from '../iso-days.js';
import type { ArticleRef, Ledger, Mention, Observation, Qualifier } from '../types.js';
import { compatibleCounts, groupArticleReleases, partsSummingTo, type ReleaseGroup } from './group-article-releases.js';
import {
  completionCue,
  earlierEventCue,
  hasCorrectionCue,
  readsAsPromise,
  refersBackAsPart,
  refersToKnownRelease,
  tiesToOwnDay,
  totalScope,
} from './release-cues.js';
import type { Tally, TallyEntry, TallyEvent } from './tally.js';

/*
 * The rules, in one place (docs for `explain` readers and reviewers):
 * - total = the current checkpoint + the distinct releases dated after it (all releases when none).
 * - releases are day-level events: one article's figure for a day (see groupArticleReleases);
 *   another article's figure for the same day is the same event. Close rival figures keep the
 *   lower in the total and the higher as the high estimate; a much smaller one is a part; a much
 *   larger one is a fuller report of the day and replaces it; "corrected" replaces outright.
 *   The same exact count a day off, not cued as "another", is that release misdated when it comes
 *   from another article whose running total has not moved, or from another outlet with no total.
 * - within one article and one day, the largest figure (or one the others add up to, counting a
 *   repeated figure twice: "2 to Jordan and 2 to Jerusalem") is the whole; smaller figures told with
 *   it are parts, in whatever order, and two or more that together fit inside it are its breakdown
 *   ("505 to the West Bank and 41 to Gaza" of 550), not rival reports. A figure taken out of a group
 *   named before it ("31 of them", "Of those, 505") is a part of it, whatever batch words follow.
 *   A part never lowers a whole: another outlet's figure so worded is a part, not a lower report.
 *   A lone smaller figure with no such cue is still a rival (the lower is kept).
 * - an undated release that looks back ("earlier", "last week") or names a group already known ("the 21
 *   freed", "those 21"), its number not itself told as a further batch ("another 21", "21 more", "the 21
 *   remaining"), is a re-report of a release of the last 90 days that any outlet gave that figure for
 *   (counted, rival or part), whatever batch words the rest of its sentence has ("were later flown home").
 *   One placed in an earlier event ("had already freed one in that deal", "in the earlier exchange", "in the
 *   April swap", "back in March", "earlier this year") reaches back a year, not 90 days, for that figure;
 *   with no match it is treated like any undated release (below), so a new release is still counted.
 *   With no such release, one that looks back is taken to be inside the current running total; a definite
 *   one is treated like any undated release (below), so a release missed earlier is still counted.
 * - an undated release is a re-report of a compatible release seen in the last 30 days (3 when
 *   cued "another"/"more"); otherwise, when its article states a current running total dated
 *   within 2 days of publication, it is inside that total; otherwise a new release on the day of
 *   publication. A named past month ("in July", "last month") dates it to the end of that month.
 *   An undated, uncued release smaller than an event reported that day or the day before, by
 *   another outlet or its own article, is a part of it; one introduced as a part ("among those freed were 108") joins the one
 *   dated release of its article that can hold it. The figure its own article gave a past release as, however long
 *   ago, is that release again; a smaller one not looking back is a part of a release its own article told. Releases
 *   with no day told in the sentence of a stated running total are inside it when they fit.
 * - a dated release of the figure an undated release was counted with, within two days after its day, is that release.
 * - a figure that adds up two or more releases its own article told (whatever their days), or, for a named month, the
 *   releases counted in that month, is their whole told again; the outlet giving the whole confirms each part.
 * - a running total two outlets agree on (the same figure, or a second outlet's total in step with an earlier one,
 *   both below the count) is taken over our own sum, as long as it holds the releases two outlets gave.
 * - unconfirmed lone releases (erring low): while other outlets report the ledger, a release only one outlet gives,
 *   told with no day and no word of a further batch, or first told more than a week after its day, is left out of the
 *   total and kept in the high estimate until another outlet or a running total confirms it. This overrides the
 *   "still counted" of undated releases above; a ledger one outlet alone reports counts them as before.
 * - a running total that repeats a known one is that checkpoint again (it keeps its first date,
 *   so it cannot swallow later releases). A higher one becomes the checkpoint. A lower one is kept
 *   only as a correction: exact (or "about" well below), not older than the current checkpoint,
 *   at least the floor that dated releases and earlier lower totals establish, and no more than a
 *   third below the count (a bigger drop is a misprint or a subgroup); otherwise it is stale. A
 *   bigger drop is still a correction when the current total was a lone leap: one source, more
 *   than doubling the count, and the new total is no lower than the count before that leap.
 *   Once an official total is known, a "release" at least as large as the count and dated after
 *   that total is that total; one dated on or before it stays a release inside it. A release told
 *   as one batch on a named day ("freed 550 on Sunday", no "so far"/"in all") stays a release.
 * - a running total an article states beside one of its own releases, equal to the current running
 *   total (dated no later than the release) or the count plus that release ("477 so far" yesterday,
 *   today "550 freed, bringing the total to 1,027"), confirms both: the release is a batch, never the
 *   total misread, and the total is the whole count even when it equals the target or names a phase.
 * - checkpoint dominance over a lone release figure (erring low on conflict): a lower total that the
 *   rules above turn away is still taken when the excess rests on one release whose figure only one
 *   outlet gave while another report gave that release just the figure the total implies (that
 *   figure is kept, the lone one becomes the high estimate); and a total turned away for being
 *   below a single release it must hold is taken once a second outlet states it, when that release's
 *   figure came from one outlet only. A total cannot be below a release it holds.
 * - a day's figure is the whole of the day: a larger figure for a day folds in the other releases
 *   counted separately for it when it can hold them all; an uncued figure that adds up exactly two
 *   or more releases counted for its day (or, from another outlet, a day off) adds nothing.
 * - announcements and pledges never add; an announcement is superseded by the release it announced.
 * - a running total limited by its sentence to part of the ledger's span ("since the start of the
 *   year", "this month", "in 2024", "since 3 March") is left out when the count already holds
 *   anything earlier than that start; one limited to an undated phase ("since the truce began",
 *   "under the original agreement") may raise the count but never lowers it.
 * - one event told as parts by one outlet and as a whole by another is the largest credible whole:
 *   a later whole that the earlier figure plus its parts add up to replaces it, a known part never
 *   counts again, and "also include five" is a part of its group, not a further batch.
 * - the two sides of an exchange are kept apart: a release figure that another outlet, reporting
 *   both sides for that day (or a day off), gave to another ledger while giving this one a different
 *   figure is the other side's, misattributed, and is not counted here.
 * - conservative guards (a tally may err low, never high): a single release above the ledger's
 *   target, a release of the target itself once the count has begun, a running total over twice
 *   the target, a total that restates the target while the count is under half of it, a release
 *   that repeats a running total already reported, and an undated release over three times
 *   anything the ledger or its article has seen are not counted. A total equal to the target is
 *   not the article's total when the same article gives a lower one that still moves the count up.
 * - a total equal to the target told as reached is the count, whatever the count was before and whatever
 *   lower total its article gives ("the operation was complete, with all 681 freed" after 101): dated, not
 *   "about", with no future word in its clause ("are set to"), no present-tense condition before it ("when
 *   681 have been freed"), not the whole of a smaller count ("101 of the 681"), and no pledge word in its
 *   sentence ("promised", "calls for") unless a past release governs the number ("all 681 promised have
 *   now been freed"). A completion word in the number's clause ("has finished releasing the 53", "completed
 *   the release of all 53", "the release of the 53 is now complete") tells it as reached despite a pledge word
 *   ("the 53 it agreed to free"), and dates it to publication when the sentence gives no day.
 *   A later back-reference to it is that total again.
 */

interface ReleaseEvent {
  order: number;
  date: string | null;
  period: string | null;
  /** The day it is ordered by against checkpoints. */
  effectiveDay: string;
  count: number;
  qualifier: Qualifier;
  highCount: number | null;
  sources: ArticleRef[];
  wholes: TallyEntry[];
  /** Smaller figures its reports gave as parts of the day, for spotting another outlet's whole of them. */
  parts: number[];
  /** Every figure any outlet gave for it (whole, rival or part), for telling a lone figure from a corroborated one. */
  reports: Report[];
  /** Whether its first report told it as a further batch ("another 21", "a second group"). */
  cued: boolean;
  firstDelta: number;
}

/** One outlet's figure for a release. */
interface Report {
  count: number;
  qualifier: Qualifier;
  feed: string;
}

/** A mention of one article with its place in the ledger's log. */
type Indexed = { mention: Mention; index: number };

/**
 * A running total an article states beside one of its own releases, equal to the count before that release
 * plus it ("freed 550 on Sunday, bringing the total to 1,027" after 477): each vouches for the other.
 */
interface Confirmation {
  total: Mention;
  release: Mention;
  /** The count the release was added to: the current running total, or the whole count. */
  base: number;
  baseLabel: string;
}

/** What an article's own running total says about the count: no total, a repeat of the current one, or news. */
type TotalState = 'none' | 'unchanged' | 'moved';

type CheckpointStatus = 'current' | 'superseded' | 'consistent' | 'stale';

interface Checkpoint {
  order: number;
  count: number;
  qualifier: Qualifier;
  day: string;
  sources: ArticleRef[];
  status: CheckpointStatus;
  accepted: boolean;
  firstDelta: number;
  /** The count just before it was accepted. */
  prior: number;
  /** How far it fell below a lone release it outweighed, kept for the high estimate. */
  outweighed?: number;
}

interface PendingAnnouncement {
  entry: TallyEntry;
  day: string | null;
  publishedDay: string;
}

interface FoldState {
  events: ReleaseEvent[];
  byDate: Map<string, ReleaseEvent>;
  checkpoints: Checkpoint[];
  current: Checkpoint | null;
  log: TallyEntry[];
  pending: PendingAnnouncement[];
  order: number;
  /** The current checkpoint plus the releases after it, kept in step by every change. */
  total: number;
  /** Events with no stated day, by the day they are ordered on. */
  undatedByDay: Map<string, ReleaseEvent[]>;
  /** Every event by the day it is ordered on. */
  byEffectiveDay: Map<string, ReleaseEvent[]>;
  /** Dated release figures earlier articles gave to the tracker's other ledgers (the other side of an exchange), by count. */
  otherSide: Map<number, OtherSideClaim[]>;
}

/** A dated release figure an article gave to another ledger. */
interface OtherSideClaim {
  count: number;
  day: string;
  feed: string;
  ledgerId: string;
}

const REREPORT_WINDOW_DAYS = 30;
const CUED_REREPORT_WINDOW_DAYS = 3;
const BACK_REFERENCE_WINDOW_DAYS = 90;
/** How far back a release placed in an earlier event ("in that deal", "had already freed") may match. */
const EARLIER_EVENT_WINDOW_DAYS = 366;
const CURRENT_TOTAL_WINDOW_DAYS = 2;
/** A lower total dropping the count below this share of it is a misprint or a subgroup, not a correction. */
const MAX_CORRECTION_DROP = 2 / 3;
/** How many times a stated total a release one outlet alone gave must be before the total outweighs it. */
const LONE_OUTLIER_FACTOR = 3;
/** Deals run over their target a little (late additions, a tenth in the corpus), never by half: such a total counts something else. */
const MAX_TOTAL_OVER_TARGET = 1.5;
/** An undated release this many times the largest figure the ledger has seen is an outlier (a surrender, a pledge). */
const UNDATED_OUTLIER_RATIO = 3;
/** A release one outlet alone first tells more than this many days after its day is no fresh news of a batch. */
const LATE_NEWS_DAYS = 7;

function lastDayOfMonth(period: string): string {
  return addDays(`${addDays(`${period}-28`, 4).slice(0, 7)}-01`, -1);
}

function describe(count: number, day: string | null, article: ArticleRef): string {
  return `${count.toLocaleString('en-US')}${day ? ` on ${day}` : ''} reported by ${article.feed}`;
}

/** The least a reported figure can mean, for deciding whether a lower total contradicts it. */
function lowerBound(count: number, qualifier: Qualifier): number {
  if (qualifier === 'about') return Math.floor(count * 0.9);
  if (qualifier === 'at_most') return 0;
  return count;
}

/** Whether two running totals are the same statement (rounded, or a bound of the other). */
function sameTotal(a: Pick<Mention, 'count' | 'qualifier'>, b: Pick<Mention, 'count' | 'qualifier'>): boolean {
  if (a.count === b.count) return true;
  const [low, high] = a.count < b.count ? [a, b] : [b, a];
  if (low.qualifier === 'at_least') return high.count <= low.count * 1.05;
  if (a.qualifier === 'about' || b.qualifier === 'about') return high.count - low.count <= high.count * 0.05;
  return high.count - low.count <= high.count * 0.01;
}

function sumAfter(state: FoldState, day: string | null, useHigh = false): number {
  let sum = 0;
  for (const event of state.events) {
    if (day === null || event.effectiveDay > day) sum += useHigh ? (event.highCount ?? event.count) : event.count;
  }
  return sum;
}

function recomputeTotal(state: FoldState): void {
  state.total = (state.current?.count ?? 0) + sumAfter(state, state.current?.day ?? null);
}

function totalOf(state: FoldState): number {
  return state.total;
}

function isAfterCurrent(state: FoldState, event: ReleaseEvent): boolean {
  return state.current === null || event.effectiveDay > state.current.day;
}

/** Changes an event's counted figure, keeping the running total in step without a rescan. */
function setEventCount(state: FoldState, event: ReleaseEvent, count: number): void {
  if (isAfterCurrent(state, event)) state.total += count - event.count;
  event.count = count;
}

function addSource(sources: ArticleRef[], article: ArticleRef): void {
  if (!sources.some((s) => s.id === article.id)) sources.push(article);
}

function settleAnnouncements(state: FoldState, event: ReleaseEvent, article: ArticleRef): void {
  state.pending = state.pending.filter((p) => {
    const mention = p.entry.mention;
    const dayMatches = p.day
      ? Math.abs(Date.parse(event.effectiveDay) - Date.parse(p.day)) <= 86_400_000 || event.date === p.day
      : event.effectiveDay >= p.publishedDay && event.effectiveDay <= addDays(p.publishedDay, 14);
    if (!dayMatches || !compatibleCounts(mention, { count: event.count, qualifier: event.qualifier })) return true;
    p.entry.role = 'superseded';
    p.entry.note = `announcement carried out: ${describe(event.count, event.date ?? event.effectiveDay, article)}`;
    return false;
  });
}

function reportsOf(group: ReleaseGroup, article: ArticleRef): Report[] {
  const figures = [{ count: group.count, qualifier: group.qualifier }, ...group.items.map((i) => i.mention)];
  return figures.map((f) => ({ count: f.count, qualifier: f.qualifier, feed: article.feed }));
}

/** The outlets whose own figure for the release is the one counted. */
function confirmingFeeds(event: ReleaseEvent): Set<string> {
  const counted = { count: event.count, qualifier: event.qualifier };
  return new Set(event.reports.filter((r) => compatibleCounts(r, counted)).map((r) => r.feed));
}

function partCounts(group: ReleaseGroup): number[] {
  return group.items.filter((i) => i.role === 'part').map((i) => i.mention.count);
}

/** Whether `extra` is the sum of some of `parts`: an earlier report's figures were siblings of a later whole. */
function sumOfSome(extra: number, parts: number[]): boolean {
  let reach = new Set<number>([0]);
  for (const part of parts) reach = new Set([...reach, ...[...reach].map((r) => r + part).filter((r) => r <= extra)]);
  return extra > 0 && reach.has(extra);
}

/** Notes a figure as the whole of releases already counted for one day: it adds nothing. */
function markSummedWhole(
  summed: ReleaseEvent[],
  when: string,
  group: ReleaseGroup,
  entries: TallyEntry[],
  article: ArticleRef,
): void {
  // The whole vouches for each of its parts: the outlet giving it confirms them.
  for (const e of summed) {
    addSource(e.sources, article);
    e.reports.push({ count: e.count, qualifier: e.qualifier, feed: article.feed });
  }
  const entry = entries[group.whole.index];
  if (entry) {
    entry.role = 'same-event';
    entry.note = `the whole of the releases ${summed.map((e) => e.count).join(' + ')} already counted for ${when}`;
  }
  markItems(group, entries, article);
}

/** Two or more of `events` whose figures add up exactly to `count`, or null. */
function eventsSummingTo(count: number, events: ReleaseEvent[]): ReleaseEvent[] | null {
  const reach = new Map<number, ReleaseEvent[]>([[0, []]]);
  for (const event of events) {
    for (const [sum, used] of [...reach]) {
      const next = sum + event.count;
      if (next <= count && !reach.has(next)) reach.set(next, [...used, event]);
    }
  }
  const found = reach.get(count);
  return found && found.length >= 2 ? found : null;
}

function removeFrom<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const rest = (map.get(key) ?? []).filter((v) => v !== value);
  if (rest.length > 0) map.set(key, rest);
  else map.delete(key);
}

/**
 * Folds into `whole` the other releases counted for its day when its new, larger figure can hold them all:
 * a day's figure is the whole of that day ("13 freed" and "another 10" from two outlets, then "24 freed
 * on Friday" from a third, is 24, not 34). Returns a note for the log, empty when nothing was folded.
 */
function absorbSameDay(state: FoldState, whole: ReleaseEvent, old: number, article: ArticleRef): string {
  const others = (state.byEffectiveDay.get(whole.effectiveDay) ?? []).filter(
    (e) => e !== whole && !e.sources.some((s) => s.id === article.id),
  );
  const held = others.reduce((sum, e) => sum + e.count, 0);
  if (others.length === 0 || old + held > whole.count) return '';
  for (const other of others) {
    if (isAfterCurrent(state, other)) state.total -= other.count;
    state.events = state.events.filter((e) => e !== other);
    removeFrom(state.byEffectiveDay, other.effectiveDay, other);
    removeFrom(state.undatedByDay, other.effectiveDay, other);
    if (other.date && state.byDate.get(other.date) === other) state.byDate.delete(other.date);
    whole.parts.push(other.count);
    whole.reports.push(...other.reports);
    for (const source of other.sources) addSource(whole.sources, source);
    for (const w of other.wholes) w.note = `${w.note}; inside the day's whole of ${whole.count} (${article.feed})`;
  }
  return `; it holds the ${others.map((e) => e.count).join(' + ')} counted separately for that day`;
}

function markItems(group: ReleaseGroup, entries: TallyEntry[], article: ArticleRef): void {
  for (const item of group.items) {
    if (item.role === 'whole' || item.role === 'batch') continue;
    const entry = entries[item.index];
    if (!entry) continue;
    const of = item.of ? describe(item.of.count, item.of.eventDate, article) : 'the figure above';
    if (item.role === 'part') {
      entry.role = 'part';
      entry.note = `part of ${of} in the same article${item.why ? `: ${item.why}` : ''}`;
    } else if (item.role === 'conflict') {
      entry.role = 'same-event';
      entry.note = `rival figure for the same release as ${of}; the lower one is counted`;
    } else {
      entry.role = 'same-event';
      entry.note = `same release as ${of} in the same article${item.why ? `: ${item.why}` : ''}`;
    }
  }
}

function createEvent(
  state: FoldState,
  group: ReleaseGroup,
  entries: TallyEntry[],
  article: ArticleRef,
  effectiveDay: string,
): ReleaseEvent {
  const before = totalOf(state);
  const event: ReleaseEvent = {
    order: state.order++,
    date: group.date,
    period: group.period,
    effectiveDay,
    count: group.count,
    qualifier: group.qualifier,
    highCount: group.highCount,
    sources: [article],
    wholes: [],
    parts: partCounts(group),
    reports: reportsOf(group, article),
    cued: group.batchCue,
    firstDelta: 0,
  };
  state.events.push(event);
  if (isAfterCurrent(state, event)) state.total += event.count;
  const sameDay = state.byEffectiveDay.get(effectiveDay);
  if (sameDay) sameDay.push(event);
  else state.byEffectiveDay.set(effectiveDay, [event]);
  if (group.date) state.byDate.set(group.date, event);
  else if (!group.period)
    state.undatedByDay.set(effectiveDay, [...(state.undatedByDay.get(effectiveDay) ?? []), event]);
  const delta = totalOf(state) - before;
  event.firstDelta = delta;
  const counted = group.items.filter((i) => i.role === 'whole' || i.role === 'batch');
  for (const item of counted) {
    const entry = entries[item.index];
    if (!entry) continue;
    event.wholes.push(entry);
    if (delta === 0 && state.current) {
      entry.role = 'part';
      entry.note = `inside the running total ${describe(state.current.count, state.current.day, state.current.sources[0] ?? article)}`;
      continue;
    }
    entry.role = 'new-event';
    const batches = counted.filter((c) => c.role === 'batch').reduce((sum, c) => sum + c.mention.count, 0);
    if (delta === group.count) entry.delta = item === group.whole ? group.count - batches : item.mention.count;
    else entry.delta = item === group.whole ? delta : 0;
    entry.note = `new release of ${group.count.toLocaleString('en-US')}${event.date ? ` on ${event.date}` : event.period ? ` in ${event.period}` : ''}${group.highCount ? ` (another figure: ${group.highCount})` : ''}`;
  }
  markItems(group, entries, article);
  settleAnnouncements(state, event, article);
  return event;
}

function mergeIntoEvent(
  state: FoldState,
  event: ReleaseEvent,
  group: ReleaseGroup,
  entries: TallyEntry[],
  article: ArticleRef,
  why: string,
): void {
  const before = totalOf(state);
  const first = event.sources[0] ?? article;
  const was = describe(event.count, event.date ?? event.period, first);
  addSource(event.sources, article);
  event.reports.push(...reportsOf(group, article));
  const entry = entries[group.whole.index];
  const newer = group.count;
  const old = event.count;
  let role: TallyEntry['role'] = 'same-event';
  let note = `${why} ${was}`;
  if (newer !== old) {
    if (hasCorrectionCue(group.whole.mention)) {
      for (const w of event.wholes) {
        w.role = 'superseded';
        w.note = `${w.note}; corrected to ${newer} by ${article.feed}`;
      }
      setEventCount(state, event, newer);
      event.qualifier = group.qualifier;
      event.highCount = null;
      note = `corrects ${was} to ${newer}`;
    } else if (newer > old && sumOfSome(newer - old, event.parts)) {
      // "13 to Germany and three to the US" then "16 freed": the earlier figures were parts of this whole.
      note = `whole of the figures ${[old, ...event.parts].join(', ')} reported for the release ${was}: now ${newer}`;
      event.parts.push(old);
      setEventCount(state, event, newer);
      event.qualifier = group.qualifier;
    } else if (compatibleCounts(group, event)) {
      if (group.qualifier === 'exact' && event.qualifier !== 'exact') {
        setEventCount(state, event, newer);
        event.qualifier = 'exact';
        note = `${why} ${was}; exact figure ${newer}`;
      }
    } else if (newer < old) {
      if (event.parts.includes(newer)) {
        role = 'part';
        note = `a part already reported of ${was}`;
      } else if (refersBackAsPart(group.whole.mention)) {
        // "31 of them were captured in 2022" is taken out of a larger group: a part never lowers the whole.
        role = 'part';
        note = `part of ${was}: taken out of a larger group by its own wording, not a lower report of it`;
      } else if (newer >= old * 0.8) {
        event.highCount = Math.max(event.highCount ?? old, old);
        setEventCount(state, event, newer);
        event.qualifier = group.qualifier;
        note = `lower figure for the same release as ${was}: ${newer} counted, ${old} kept as high estimate`;
      } else {
        role = 'part';
        note = `part of ${was}`;
      }
    } else if (old >= newer * 0.8) {
      event.highCount = Math.max(event.highCount ?? newer, newer);
      note = `higher figure for the same release as ${was}: kept as high estimate`;
    } else {
      setEventCount(state, event, newer);
      event.qualifier = group.qualifier;
      note = `fuller report of the release ${was}: now ${newer}`;
    }
  }
  if (event.count > old) note += absorbSameDay(state, event, old, article);
  if (group.highCount !== null) event.highCount = Math.max(event.highCount ?? 0, group.highCount);
  event.parts.push(...partCounts(group));
  if (entry) {
    entry.role = role;
    entry.note = note;
    entry.delta = totalOf(state) - before;
    if (role !== 'part') event.wholes.push(entry);
  }
  for (const item of group.items) {
    if (item.role !== 'batch') continue;
    const batch = entries[item.index];
    if (batch) {
      batch.role = 'same-event';
      batch.note = `batch within ${was}`;
    }
  }
  markItems(group, entries, article);
  settleAnnouncements(state, event, article);
}

function applyDated(
  state: FoldState,
  group: ReleaseGroup,
  keys: Set<string>,
  totalState: TotalState,
  entries: TallyEntry[],
  article: ArticleRef,
): void {
  const day = group.date ?? '';
  const existing = state.byDate.get(day) ?? state.undatedByDay.get(day)?.[0];
  if (existing) {
    mergeIntoEvent(state, existing, group, entries, article, 'same release as');
    return;
  }
  // "the amnesty let 2,310 inmates out" (no day read, counted on its publication day), then "2,310 were let out on April 1": an
  // undated release of the same figure counted within two days after this one's day is this release, now dated.
  for (const after of [addDays(day, 1), addDays(day, 2)]) {
    const undated = state.undatedByDay.get(after)?.find((e) => e.count === group.count);
    if (undated) {
      mergeIntoEvent(state, undated, group, entries, article, 'same release as');
      return;
    }
  }
  // A release a day off an equal one from another outlet, told beside no total or one that has not
  // moved, is that release misdated ("on Thursday" read against another day): erring low is safer.
  // So is one that adds up exactly the releases other outlets gave for that neighbouring day.
  if (!group.batchCue && totalState !== 'moved') {
    // One outlet's equal figures on two days are a daily series; another outlet's may be a misdating.
    const sources = totalState === 'unchanged' ? [article.id] : [article.id, article.feed];
    const fromOthers = (e: ReleaseEvent) => !e.sources.some((s) => sources.includes(s.id) || sources.includes(s.feed));
    for (const neighbour of [addDays(day, -1), addDays(day, 1)]) {
      if (keys.has(`D:${neighbour}`)) continue;
      const near = state.byDate.get(neighbour);
      if (near && near.count === group.count && fromOthers(near)) {
        mergeIntoEvent(state, near, group, entries, article, 'same release (dated a day apart) as');
        return;
      }
      const around = state.byEffectiveDay.get(neighbour) ?? [];
      const summed = around.every(fromOthers) ? eventsSummingTo(group.count, around) : null;
      if (summed) {
        markSummedWhole(summed, neighbour, group, entries, article);
        return;
      }
    }
  }
  createEvent(state, group, entries, article, day);
}

function applyPeriod(state: FoldState, group: ReleaseGroup, entries: TallyEntry[], article: ArticleRef): void {
  const period = group.period ?? '';
  const match = state.events.find(
    (e) =>
      (e.period === period || e.date?.startsWith(period)) &&
      (compatibleCounts(e, group) || wasReportedAs(e, group.count)),
  );
  if (match) {
    mergeIntoEvent(state, match, group, entries, article, 'same release as');
    return;
  }
  // "Three were freed in July", after one and then two more that month: the month's releases summed.
  const summed = eventsSummingTo(
    group.count,
    state.events.filter((e) => (e.period ?? e.date ?? e.effectiveDay).startsWith(period)),
  );
  if (summed) {
    markSummedWhole(summed, period, group, entries, article);
    return;
  }
  createEvent(state, group, entries, article, lastDayOfMonth(period));
}

/** The most recent event ordered within `windowDays` before `publishedDay` (that day included) that passes `test`. */
function findRecentEvent(
  state: FoldState,
  publishedDay: string,
  windowDays: number,
  test: (event: ReleaseEvent) => boolean,
): ReleaseEvent | null {
  let match: ReleaseEvent | null = null;
  const cursor = new Date(`${publishedDay}T00:00:00Z`);
  for (let back = 0; back <= windowDays && !match; back++) {
    const day = cursor.toISOString().slice(0, 10);
    for (const event of state.byEffectiveDay.get(day) ?? []) if (test(event)) match = event;
    cursor.setUTCDate(cursor.getUTCDate() - 1);
  }
  return match;
}

/** Whether any outlet gave `count` for the event (its counted figure, a rival one or one of its parts). */
function wasReportedAs(event: ReleaseEvent, count: number): boolean {
  return event.highCount === count || event.reports.some((r) => r.count === count);
}

function applyUndated(
  state: FoldState,
  group: ReleaseGroup,
  inside: Checkpoint | null,
  publishedDay: string,
  entries: TallyEntry[],
  article: ArticleRef,
  siblings: ReleaseGroup[],
): void {
  // "The 21 freed last week", "those 21": a known release told again, whatever batch words its sentence has.
  const looksBack = group.key === 'B' || refersToKnownRelease(group.whole.mention);
  // "had already freed one in that deal": an earlier event named, however long ago.
  const earlierEvent = looksBack ? earlierEventCue(group.whole.mention) : null;
  const window = earlierEvent
    ? EARLIER_EVENT_WINDOW_DAYS
    : looksBack
      ? BACK_REFERENCE_WINDOW_DAYS
      : group.batchCue
        ? CUED_REREPORT_WINDOW_DAYS
        : REREPORT_WINDOW_DAYS;
  const match =
    findRecentEvent(state, publishedDay, window, (e) => compatibleCounts(e, group)) ??
    (looksBack ? findRecentEvent(state, publishedDay, window, (e) => wasReportedAs(e, group.count)) : null) ??
    // "17 were freed by commandos in May", months on: a figure with no day that a past release was already given as,
    // by any outlet, is that release told again, not a new one.
    (group.batchCue
      ? null
      : (findRecentEvent(state, publishedDay, BACK_REFERENCE_WINDOW_DAYS, (e) => wasReportedAs(e, group.count)) ??
        // "In March last year Eritrea released four ... Four came back.": a figure with no day that its own article
        // already gave a past release as, however long ago, is that release told again.
        state.events.find((e) => e.sources.some((s) => s.id === article.id) && wasReportedAs(e, group.count)) ??
        null));
  if (match) {
    const why = earlierEvent
      ? `refers back ("${earlierEvent}", an earlier event) to the release`
      : looksBack
        ? 'refers back to the release'
        : 'same release as';
    mergeIntoEvent(state, match, group, entries, article, why);
    return;
  }
  // "90 freed in the capital on Friday, 35 in the port the day before ... All told, then, at least 125 are out": a
  // figure with no day that adds up two or more releases its own article told, whatever their days and whatever batch
  // words its sentence has, is their sum told again.
  const ownSummed = eventsSummingTo(
    group.count,
    state.events.filter((e) => e.sources.some((s) => s.id === article.id)),
  );
  if (ownSummed) {
    markSummedWhole(ownSummed, 'this article', group, entries, article);
    return;
  }
  // An undated, uncued figure that adds up releases other reports gave for its day or the day before
  // ("13 freed" and "another 11", then "24 hostages were freed") is their whole told again.
  if (!group.batchCue) {
    for (const day of [publishedDay, addDays(publishedDay, -1)]) {
      const earlier = (state.byEffectiveDay.get(day) ?? []).filter((e) => !e.sources.some((s) => s.id === article.id));
      const summed = eventsSummingTo(group.count, earlier);
      if (!summed) continue;
      markSummedWhole(summed, day, group, entries, article);
      return;
    }
  }
  // An undated, uncued figure smaller than an event reported a day before or the same day, by another outlet or by
  // its own article ("rescued 15 ... The three Americans will fly home tonight"), is most likely a part of that
  // event ("13 went to Germany" after "16 freed"), not a further batch.
  if (!group.batchCue && group.key === 'U') {
    const whole =
      [publishedDay, addDays(publishedDay, -1)]
        .flatMap((day) => state.byEffectiveDay.get(day) ?? [])
        .find((e) => e.count > group.count) ??
      // "He was among the ten freed on Monday ... The other six seamen came home with him": smaller than a release its
      // own article told, however long before publication, and not looking back to another, it is a part of that one.
      (looksBack
        ? undefined
        : state.events.find((e) => e.count > group.count && e.sources.some((s) => s.id === article.id)));
    if (whole) {
      whole.reports.push(...reportsOf(group, article));
      const entry = entries[group.whole.index];
      if (entry) {
        entry.role = 'part';
        entry.note = `part of ${describe(whole.count, whole.date ?? whole.effectiveDay, whole.sources[0] ?? article)}, reported the same day or the day before`;
      }
      markItems(group, entries, article);
      return;
    }
  }
  const scale = Math.max(state.total, ...state.events.map((e) => e.count), ...siblings.map((g) => g.count));
  if (scale > 0 && group.count > scale * UNDATED_OUTLIER_RATIO) {
    const entry = entries[group.whole.index];
    if (entry) {
      entry.role = 'not-counted';
      entry.note = `outlier: an undated ${group.count} is over ${UNDATED_OUTLIER_RATIO} times anything the ledger has seen (${scale}); not counted until dated or confirmed`;
    }
    markItems(group, entries, article);
    return;
  }
  createEvent(state, group, entries, article, inside ? inside.day : publishedDay);
}

/**
 * Whether the current total is a lone leap that a far lower new total contradicts: one source, more
 * than doubling a count that was already under way, and the new total still at least the count before it.
 */
function isLoneLeap(current: Checkpoint, candidate: number): boolean {
  return (
    current.sources.length === 1 &&
    current.prior > 0 &&
    current.firstDelta > current.prior &&
    candidate >= current.prior
  );
}

/**
 * Whether a release figure is at least the whole running total, while an official total is known: the total
 * misread. A release dated on or before the current total's day stays a release, and so inside that total:
 * a figure from before it cannot be news that outdoes it.
 */
function readsAsTotal(state: FoldState, mention: Mention): boolean {
  const current = state.current;
  if (current === null || state.total <= 0 || mention.count < state.total) return false;
  // One batch told on its own day ("freed 550 on Sunday") is a release, however large beside the count.
  if (tiesToOwnDay(mention)) return false;
  return mention.eventDate === null || mention.eventDate > current.day;
}

/**
 * The article's running totals that equal the count before one of its releases plus that release: the
 * current running total (dated no later than the release) or the whole count, plus the release's figure.
 * Such a total is the count, not the deal restated, and such a release is a batch, not the total misread.
 */
function findConfirmations(state: FoldState, mentions: Mention[], publishedDay: string): Confirmation[] {
  const current = state.current;
  const bases: { base: number; baseLabel: string; until: string | null }[] = [];
  if (current) {
    const baseLabel = `the running total ${current.count.toLocaleString('en-US')} as of ${current.day}`;
    bases.push({ base: current.count, baseLabel, until: current.day });
  }
  if (state.total > 0 && state.total !== current?.count) {
    bases.push({ base: state.total, baseLabel: `the count ${state.total.toLocaleString('en-US')}`, until: null });
  }
  const found: Confirmation[] = [];
  for (const total of mentions) {
    if (total.kind !== 'cumulative') continue;
    for (const release of mentions) {
      if (release.kind !== 'release' || release.count <= 0) continue;
      const day = release.eventDate ?? publishedDay;
      const base = bases.find((b) => b.base + release.count === total.count && (b.until === null || b.until <= day));
      if (base) {
        found.push({ total, release, base: base.base, baseLabel: base.baseLabel });
        break;
      }
    }
  }
  return found;
}

/** The explain-log words for a confirmation: the sum, and what its terms are. */
function describeConfirmation(c: Confirmation): string {
  const n = (count: number) => count.toLocaleString('en-US');
  const day = c.release.eventDate ? ` on ${c.release.eventDate}` : '';
  return `${n(c.total.count)} = ${n(c.base)} + ${n(c.release.count)}, ${c.baseLabel} plus the ${n(c.release.count)} freed${day} in the same article: the total and the release confirm each other`;
}

/**
 * Whether a running total is the deal's target told again ("the deal to free about 900") while the count is
 * under half of it. A total the article tells as reached ("complete, with all 681 freed") is the count instead.
 */
function restatesTarget(state: FoldState, mention: Mention, target: number): boolean {
  return isTargetFigure(mention, target) && state.total < target / 2 && !isAchievedTarget(mention, target);
}

/**
 * Whether a total equal to the target is told as reached rather than as the promise: dated (or told with a
 * completion word, "has finished releasing the 53": done by publication), a firm figure (not "about"), and its
 * sentence not worded as the promise (see `readsAsPromise`). The extractor already
 * read it as a running total; nothing seen so far need bridge the gap to it (the reports of the last
 * batches may be missed).
 */
function isAchievedTarget(mention: Mention, target: number): boolean {
  return (
    isTargetFigure(mention, target) &&
    (mention.eventDate !== null || completionCue(mention) !== null) &&
    (mention.qualifier === 'exact' || mention.qualifier === 'at_least') &&
    !readsAsPromise(mention)
  );
}

/** Whether a figure is the target itself or a round "about" of it; a precise 4,917 of 5,000 is a real count. */
function isTargetFigure(mention: Mention, target: number): boolean {
  return (
    mention.count === target ||
    (mention.qualifier !== 'exact' && sameTotal(mention, { count: target, qualifier: 'about' }))
  );
}

/** The earliest day the count already holds a release or a running total for; null before any. */
function firstCountedDay(state: FoldState): string | null {
  let first: string | null = null;
  for (const e of state.events) if (first === null || e.effectiveDay < first) first = e.effectiveDay;
  for (const k of state.checkpoints) if (k.accepted && k.count > 0 && (first === null || k.day < first)) first = k.day;
  return first;
}

/** A counted release whose figure a lower running total contradicts, and what it is taken to be instead. */
interface Dispute {
  event: ReleaseEvent;
  /** Another report's figure for it, which the total fits. */
  figure: number;
  feed: string;
}

/**
 * The release a lower running total contradicts, when the count's excess over the total rests on one
 * release whose figure only one outlet gave, while another outlet gave for that release just the figure
 * the total implies. Between a lone figure and a total that another report agrees with, the lower is kept.
 * (A lower total alone is not enough: it is as often a subgroup or a phase as a correction.)
 */
/**
 * The latest release up to `day`, counted after the current total, that one outlet alone gave and that on its own is
 * at least `excess` and several times the `total` stated: the report such a total most likely contradicts (a group's
 * size or a toll misread as freed). Figures closer than that may both be right, and the release is kept.
 */
function loneOutlier(state: FoldState, total: number, excess: number, day: string): ReleaseEvent | null {
  for (const event of [...state.events].reverse()) {
    if (event.effectiveDay > day || !isAfterCurrent(state, event)) continue;
    if (
      event.count >= excess &&
      event.count >= total * LONE_OUTLIER_FACTOR &&
      new Set(event.sources.map((source) => source.feed)).size === 1
    )
      return event;
  }
  return null;
}

function findDispute(state: FoldState, candidate: number, before: number, day: string, feed: string): Dispute | null {
  const excess = before - candidate;
  for (const event of [...state.events].reverse()) {
    if (event.effectiveDay > day || !isAfterCurrent(state, event)) continue;
    const confirming = confirmingFeeds(event);
    const [lone] = confirming;
    if (confirming.size !== 1 || lone === undefined) continue;
    const implied = event.count - excess;
    const agreeing = event.reports.find((r) => r.count === implied && r.feed !== feed);
    if (implied > 0 && agreeing) return { event, figure: implied, feed: lone };
  }
  return null;
}

/**
 * The least a new running total dated `day` may be, from earlier totals and the releases dated after them
 * (or all dated releases when there is no total); `override` counts one release at another figure.
 */
function computeFloor(
  state: FoldState,
  limit: number,
  day: string,
  override: { event: ReleaseEvent; figure: number } | null = null,
): number {
  // Only releases with a stated day are firm enough to overrule an official figure; a disputed one counts
  // at the figure the total fits.
  const firm = (e: ReleaseEvent) => (e === override?.event ? override.figure : lowerBound(e.count, e.qualifier));
  const lowerSince = (from: string | null) =>
    state.events
      .filter((e) => e.date !== null && e.effectiveDay <= day && (from === null || e.effectiveDay > from))
      .reduce((sum, e) => sum + firm(e), 0);
  // Earlier running totals are firmer ground than our own sum of releases, which may hold a
  // misread batch; the sum is the floor only when no such total exists.
  let floor: number | null = null;
  for (const k of state.checkpoints) {
    if (k.status === 'stale' || k.count > limit || k.day > day) continue;
    floor = Math.max(floor ?? 0, lowerBound(k.count, k.qualifier) + lowerSince(k.day));
  }
  return floor ?? lowerSince(null);
}

/** Marks a release a lower running total contradicts, and says why the total is taken over it. */
function settleDispute(state: FoldState, dispute: Dispute, total: Mention, day: string, article: ArticleRef): string {
  const event = dispute.event;
  const was = describe(event.count, event.date ?? event.effectiveDay, event.sources[0] ?? article);
  const stated = `running total ${total.count.toLocaleString('en-US')} as of ${day}`;
  event.highCount = Math.max(event.highCount ?? 0, event.count);
  setEventCount(state, event, dispute.figure);
  for (const w of event.wholes) w.note = `${w.note}; contradicted by the ${stated} (${article.feed})`;
  return `${stated} contradicts the release ${was}, a figure only ${dispute.feed} gave; another report's ${dispute.figure} for it fits the total and is kept (${event.highCount} as the high estimate)`;
}

/**
 * Picks the article's own running total: the largest, or an exact figure it rounds ("nearly 4,000 ... 3,895").
 * The largest is passed over when it is the ledger's target and the article gives a lower total that still
 * moves the count up: "845 freed ... when 1,000 have been released" states the promise beside the count.
 */
function pickArticleTotal(
  state: FoldState,
  ledger: Ledger,
  cumulative: Indexed[],
  confirmed: Set<Mention>,
): Indexed | undefined {
  const target = ledger.target;
  const counts =
    target === null
      ? cumulative
      : cumulative.filter(
          (c) =>
            confirmed.has(c.mention) ||
            !isTargetFigure(c.mention, target) ||
            isAchievedTarget(c.mention, target) ||
            !hasLowerProgress(state, cumulative, c),
        );
  let best = counts[0];
  for (const c of counts) if (best && c.mention.count > best.mention.count) best = c;
  if (!best) return undefined;
  const top = best.mention.count;
  const exact = counts
    .filter((c) => c.mention.qualifier === 'exact' && c.mention.count >= top * 0.95)
    .sort((a, b) => b.mention.count - a.mention.count)[0];
  return exact ?? best;
}

/** Whether the article gives, beside `total`, a lower total that is no lower than the count: real progress, not a subgroup. */
function hasLowerProgress(state: FoldState, cumulative: Indexed[], total: Indexed): boolean {
  return cumulative.some((c) => c.mention.count < total.mention.count && c.mention.count >= state.total);
}

function applyCheckpoint(
  state: FoldState,
  mention: Mention,
  entry: TallyEntry,
  publishedDay: string,
  article: ArticleRef,
  subPeriod: boolean,
): Checkpoint | null {
  const day = mention.eventDate ?? publishedDay;
  const before = totalOf(state);
  const same = [...state.checkpoints].reverse().find((k) => sameTotal(k, mention));
  if (same) {
    const confirmed = !same.sources.some((s) => s.feed === article.feed);
    addSource(same.sources, article);
    const first = describe(same.count, same.day, same.sources[0] ?? article);
    if (same === state.current) {
      entry.role = 'same-event';
      entry.note = `same running total as ${first}`;
      if (mention.count > same.count && day >= same.day) {
        // A higher figure within rounding of the current total is its more precise, newer statement.
        same.count = mention.count;
        same.qualifier = mention.qualifier;
        same.day = day;
        recomputeTotal(state);
        entry.delta = totalOf(state) - before;
        entry.note = `refines the running total ${first} to ${mention.count.toLocaleString('en-US')} as of ${day}`;
      }
      return same;
    }
    const oversized = confirmed && !subPeriod ? findOversizedRelease(state, same) : null;
    if (oversized && !same.accepted && same.status === 'stale') {
      const floor = computeFloor(state, same.count, same.day, { event: oversized, figure: 0 });
      if (same.count >= floor) {
        oversized.highCount = Math.max(oversized.highCount ?? 0, oversized.count);
        const was = describe(
          oversized.count,
          oversized.date ?? oversized.effectiveDay,
          oversized.sources[0] ?? article,
        );
        for (const w of oversized.wholes) w.note = `${w.note}; contradicted by the running total ${first}`;
        return acceptCheckpoint(
          state,
          same,
          entry,
          before,
          `running total ${first}, now confirmed by ${article.feed}, is below the release ${was} that only one outlet gave: a total cannot be below a release it holds, so the total is kept`,
        );
      }
    }
    if (
      confirmed &&
      !subPeriod &&
      !same.accepted &&
      same.status === 'stale' &&
      same.count < before &&
      (state.current === null || same.day >= state.current.day) &&
      same.count >= corroboratedFloor(state, day)
    ) {
      return acceptCheckpoint(
        state,
        same,
        entry,
        before,
        `running total ${first}, now stated by ${article.feed} too, is below the count ${before}: a total two outlets agree on outweighs releases only one outlet gave`,
      );
    }
    entry.role = 'not-counted';
    entry.note =
      same.status === 'consistent'
        ? `same running total as ${first}, already below the count`
        : `stale: repeats the running total ${first}, since ${same.status === 'stale' ? 'rejected' : 'superseded'}`;
    return null;
  }
  const checkpoint: Checkpoint = {
    order: state.order++,
    count: mention.count,
    qualifier: mention.qualifier,
    day,
    sources: [article],
    status: 'stale',
    accepted: false,
    firstDelta: 0,
    prior: 0,
  };
  state.checkpoints.push(checkpoint);
  const candidate = mention.count + sumAfter(state, day);
  const current = state.current;
  let accept = candidate >= before;
  let note = `running total ${mention.count.toLocaleString('en-US')} as of ${day}`;
  if (!accept) {
    const held = current ? describe(current.count, current.day, current.sources[0] ?? article) : 'the counted releases';
    if (mention.qualifier === 'at_least' || (mention.qualifier === 'about' && candidate >= before * 0.95)) {
      checkpoint.status = 'consistent';
      entry.role = 'not-counted';
      entry.note = `consistent with the count ${before} (${held}); not lower evidence`;
      return null;
    }
    if (subPeriod) {
      entry.role = 'not-counted';
      entry.note = `a total for part of the ledger's span (a phase or deal): it never lowers the count ${before} (${held})`;
      return null;
    }
    if (current && day < current.day) {
      entry.role = 'not-counted';
      entry.note = `stale: older than the running total ${held}`;
      return null;
    }
    const agreeing = agreeingEarlierTotal(state, checkpoint, before, article.feed);
    if (agreeing) {
      return acceptCheckpoint(
        state,
        checkpoint,
        entry,
        before,
        `running total ${mention.count.toLocaleString('en-US')} as of ${day} and ${describe(agreeing.count, agreeing.day, agreeing.sources[0] ?? article)} agree, both below the count ${before}: two outlets' totals in step outweigh our own sum of releases`,
      );
    }
    const leap = current !== null && isLoneLeap(current, candidate);
    // Only a total that would otherwise be turned away is weighed against a lone release figure.
    let dispute: Dispute | null = null;
    // A release only one outlet gave, large enough on its own to explain the gap, is weaker evidence than a running
    // total stated after it: the total stands and the release is taken as inside it.
    const outlier =
      candidate < before * MAX_CORRECTION_DROP && !leap ? loneOutlier(state, candidate, before - candidate, day) : null;
    if (candidate < before * MAX_CORRECTION_DROP && !leap && !outlier) {
      dispute = findDispute(state, candidate, before, day, article.feed);
      if (!dispute) {
        entry.role = 'not-counted';
        entry.note = `not a correction: ${mention.count} is far below the count ${before} (misprint or another basis)`;
        return null;
      }
    }
    let floor = computeFloor(state, mention.count, day, dispute ?? (outlier ? { event: outlier, figure: 0 } : null));
    if (mention.count < floor && dispute === null) {
      dispute = findDispute(state, candidate, before, day, article.feed);
      if (dispute) floor = computeFloor(state, mention.count, day, dispute);
    }
    if (mention.count < floor) {
      entry.role = 'not-counted';
      entry.note = `stale: below the ${floor} already established by other reports`;
      return null;
    }
    accept = true;
    if (dispute) note = settleDispute(state, dispute, mention, day, article);
    else if (outlier) {
      checkpoint.outweighed = before - candidate;
      note = `running total ${mention.count.toLocaleString('en-US')} as of ${day} outweighs the release ${describe(outlier.count, outlier.date ?? outlier.period, outlier.sources[0] ?? article)}, which one outlet alone gave`;
    } else if (current && candidate < before * MAX_CORRECTION_DROP) {
      current.status = 'stale';
      note = `running total ${mention.count.toLocaleString('en-US')} as of ${day} contradicts the outlier ${held}, which alone more than doubled the count`;
    } else note = `correction: running total ${mention.count.toLocaleString('en-US')} as of ${day} replaces ${held}`;
  }
  return acceptCheckpoint(state, checkpoint, entry, before, note);
}

/**
 * An earlier running total, from another outlet, that was itself below the count and is no higher than the
 * new one: two outlets telling totals in step, both under our own sum of releases, which then holds a misread.
 */
function agreeingEarlierTotal(
  state: FoldState,
  checkpoint: Checkpoint,
  before: number,
  feed: string,
): Checkpoint | null {
  for (const k of [...state.checkpoints].reverse()) {
    if (k === checkpoint || k.day > checkpoint.day || k.count > checkpoint.count || k.count >= before) continue;
    if (k.sources.some((s) => s.feed === feed)) continue;
    if (k.status !== 'stale' && k.status !== 'current') continue;
    if (state.current && k !== state.current && k.day < state.current.day) continue;
    return checkpoint.count >= corroboratedFloor(state, checkpoint.day) ? k : null;
  }
  return null;
}

/**
 * The least a running total two outlets agree on may be: the current total (when not later than `day`) plus the
 * releases up to `day` after it that more than one outlet gave. A release one outlet alone told may be a misread.
 */
function corroboratedFloor(state: FoldState, day: string): number {
  const current = state.current && state.current.day <= day ? state.current : null;
  let floor = current ? lowerBound(current.count, current.qualifier) : 0;
  for (const e of state.events) {
    if (e.effectiveDay > day || (current && e.effectiveDay <= current.day)) continue;
    if (confirmingFeeds(e).size > 1) floor += lowerBound(e.count, e.qualifier);
  }
  return floor;
}

/** Makes `checkpoint` the current running total, the count being `before` until now. */
function acceptCheckpoint(
  state: FoldState,
  checkpoint: Checkpoint,
  entry: TallyEntry,
  before: number,
  note: string,
): Checkpoint {
  const current = state.current;
  if (current?.status === 'current') current.status = 'superseded';
  checkpoint.prior = before;
  checkpoint.status = 'current';
  checkpoint.accepted = true;
  state.current = checkpoint;
  recomputeTotal(state);
  checkpoint.firstDelta = totalOf(state) - before;
  entry.role = 'checkpoint';
  entry.note = note;
  entry.delta = checkpoint.firstDelta;
  return checkpoint;
}

/**
 * A release larger on its own than a running total that was rejected as too low, dated on or before it,
 * counted after the current total, and given at that figure by one outlet only. Once a second outlet
 * states the total, the release's figure is the one that yields: a total cannot be below a release it holds.
 */
function findOversizedRelease(state: FoldState, checkpoint: Checkpoint): ReleaseEvent | null {
  if (checkpoint.qualifier === 'at_least' || (state.current && checkpoint.day < state.current.day)) return null;
  const ceiling = checkpoint.qualifier === 'about' ? checkpoint.count * 1.1 : checkpoint.count;
  return (
    state.events.find(
      (e) =>
        e.effectiveDay <= checkpoint.day &&
        isAfterCurrent(state, e) &&
        e.count > ceiling &&
        confirmingFeeds(e).size === 1,
    ) ?? null
  );
}

function applyGroups(
  state: FoldState,
  groups: ReleaseGroup[],
  keys: Set<string>,
  totalState: TotalState,
  entries: TallyEntry[],
  article: ArticleRef,
): void {
  for (const group of groups) if (group.date) applyDated(state, group, keys, totalState, entries, article);
  for (const group of groups) if (group.period) applyPeriod(state, group, entries, article);
}

/**
 * The article's running totals that may speak for the whole ledger, and which of them only cover an
 * undated phase; totals beyond the deal, restating it, or limited to a later sub-period are noted and left out.
 */
function screenTotals(
  state: FoldState,
  ledger: Ledger,
  cumulative: Indexed[],
  entries: TallyEntry[],
  publishedDay: string,
  confirmed: Set<Mention>,
): { wholeTotals: Indexed[]; subPeriod: Set<Mention> } {
  const subPeriod = new Set<Mention>();
  const wholeTotals = cumulative.filter((c) => {
    const entry = entries[c.index];
    if (!entry) return true;
    if (ledger.target !== null && c.mention.count > ledger.target * MAX_TOTAL_OVER_TARGET) {
      entry.note = `not counted: a total of ${c.mention.count} is far beyond the ${ledger.target} promised, so it counts something else`;
      return false;
    }
    // The count plus a release of the same article is the whole count by its own sum, even when it is the target.
    if (confirmed.has(c.mention)) return true;
    if (ledger.target !== null && restatesTarget(state, c.mention, ledger.target)) {
      entry.note = `not counted: ${c.mention.count} restates the ${ledger.target} promised while the count is far below it`;
      return false;
    }
    // A total limited to part of the ledger's span ("since the start of the year") is not the whole count.
    const scope = totalScope(c.mention, publishedDay);
    if (scope.kind === 'whole') return true;
    if (scope.kind === 'sub-period') {
      subPeriod.add(c.mention);
      return true;
    }
    const earlier = firstCountedDay(state);
    if (earlier === null || earlier >= scope.start) return true;
    entry.note = `a total since ${scope.start} only, while the count began by ${earlier}: not the whole ledger's total`;
    return false;
  });
  return { wholeTotals, subPeriod };
}

/** The article's releases that can be counted; figures the deal or a known running total explain are noted and left out. */
function screenReleases(
  state: FoldState,
  ledger: Ledger,
  releases: Indexed[],
  entries: TallyEntry[],
  article: ArticleRef,
): Indexed[] {
  // Wholes left out as the target told again; their parts in the same sentence go with them.
  const droppedWholes: Mention[] = [];
  const kept = releases.filter((r) => {
    const entry = entries[r.index];
    if (!entry) return true;
    const target = ledger.target;
    // A figure bigger than the whole deal is another count misread (a surrender, a population), not this ledger's.
    if (target !== null && r.mention.count > target) {
      entry.note = `not counted: a single release of ${r.mention.count} exceeds the ${target} the whole deal provides for`;
      return false;
    }
    // Once part of the deal is done, the whole deal in one release would overshoot it: the pledge misread.
    if (target !== null && state.total > 0 && isTargetFigure(r.mention, target)) {
      entry.note = `not counted: ${r.mention.count} is the ${target} promised, told again after ${state.total} were already freed`;
      droppedWholes.push(r.mention);
      return false;
    }
    const total = state.checkpoints.find((k) => k.accepted && sameTotal(k, r.mention));
    if (total && r.mention.count >= state.total / 2) {
      entry.note = `not counted: repeats the running total ${describe(total.count, total.day, total.sources[0] ?? article)}, not a release of its own`;
      return false;
    }
    const otherSide = otherSideOf(state, r.mention, article);
    if (otherSide) {
      entry.note = `not counted: ${otherSide.claim.feed} gave ${r.mention.count} to the other side (${otherSide.claim.ledgerId}) on ${otherSide.claim.day} and ${otherSide.own.count} to this one: the figure is the other side's`;
      return false;
    }
    return true;
  });
  if (droppedWholes.length === 0) return kept;
  // "Russia handed back 1,000 Ukrainians, 880 of them soldiers and 120 civilians": the breakdown of a whole left out
  // is left out with it.
  return kept.filter((r) => {
    const whole = droppedWholes.find(
      (w) => w.sentence === r.mention.sentence && r.mention.start > w.start && r.mention.count < w.count,
    );
    const entry = entries[r.index];
    if (!whole || !entry) return true;
    entry.note = `not counted: a part of the ${whole.count} left out above`;
    return false;
  });
}

/**
 * The other side's figure a release repeats: one that another outlet, reporting both sides of the exchange
 * for the same day (or a day off), gave to another ledger while giving this ledger a different figure.
 * That outlet told the sides apart; this article's figure is the other side's, misattributed.
 */
function otherSideOf(
  state: FoldState,
  mention: Mention,
  article: ArticleRef,
): { claim: OtherSideClaim; own: ReleaseEvent } | null {
  const day = mention.eventDate;
  if (day === null || mention.qualifier !== 'exact') return null;
  const near = [addDays(day, -1), day, addDays(day, 1)];
  for (const claim of state.otherSide.get(mention.count) ?? []) {
    if (claim.feed === article.feed || !near.includes(claim.day)) continue;
    const own = [addDays(claim.day, -1), claim.day, addDays(claim.day, 1)]
      .flatMap((d) => state.byEffectiveDay.get(d) ?? [])
      .find((e) => e.count !== mention.count && e.reports.some((r) => r.feed === claim.feed && r.count === e.count));
    if (own) return { claim, own };
  }
  return null;
}

/** Notes the dated release figures an article gave to ledgers other than `ledger`. */
function recordOtherSide(state: FoldState, ledger: Ledger, observation: Observation): void {
  for (const m of observation.mentions) {
    if (m.kind !== 'release' || m.ledger === null || m.ledger === ledger.id || m.eventDate === null) continue;
    const claim = { count: m.count, day: m.eventDate, feed: observation.article.feed, ledgerId: m.ledger };
    state.otherSide.set(m.count, [...(state.otherSide.get(m.count) ?? []), claim]);
  }
}

/** The sum of some mentions' figures. */
function sumOf(figures: Indexed[]): number {
  return figures.reduce((sum, r) => sum + r.mention.count, 0);
}

/**
 * "the 44 fishermen the navy had freed, seven Thais and 37 of our countrymen": releases told in the sentence of a
 * figure read as the running total, that add up to it (or, with a figure of the breakdown missing, that are of its day
 * and fit inside it), are its breakdown, not further releases; so are releases with no day told in the sentence of a
 * stated running total, when they fit inside it. They leave `releases`.
 */
function takePartsOfRestatedTotals(releases: Indexed[], cumulative: Indexed[], entries: TallyEntry[]): void {
  for (const total of cumulative) {
    const beside = releases.filter(
      (r) => r.mention.sentence === total.mention.sentence && r.mention.count < total.mention.count,
    );
    // A stated running total takes in the releases with no day told beside it, as long as they fit inside it.
    const undated = beside.filter((r) => r.mention.eventDate === null);
    const fit = sumOf(undated) <= total.mention.count;
    // A release re-read as the total takes the figures that add up to it, or else its breakdown with a figure
    // missing ("137 were freed, 76 of them girls"): the smaller figures of its own day or of none, if they fit.
    const sameDay = beside.filter(
      (r) => r.mention.eventDate === null || r.mention.eventDate === total.mention.eventDate,
    );
    const parts =
      total.mention.kind === 'release'
        ? (partsSummingTo(
            total.mention.count,
            beside.map((r) => r.mention.count),
          )?.map((at) => beside[at]) ?? (sumOf(sameDay) < total.mention.count ? sameDay : []))
        : fit
          ? undated
          : [];
    for (const part of parts) {
      if (!part) continue;
      releases.splice(releases.indexOf(part), 1);
      const entry = entries[part.index];
      if (entry) {
        entry.role = 'part';
        entry.note = `part of the running total ${total.mention.count.toLocaleString('en-US')} told in the same sentence`;
      }
    }
  }
}

function foldArticle(state: FoldState, ledger: Ledger, observation: Observation): void {
  const article = observation.article;
  const publishedDay = article.published.slice(0, 10);
  const mine = observation.mentions
    .filter((m) => m.ledger === ledger.id)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  if (mine.length === 0) return;
  const entries: TallyEntry[] = mine.map((mention) => ({ role: 'not-counted', mention, article, note: '', delta: 0 }));
  state.log.push(...entries);
  const releases: Indexed[] = [];
  const cumulative: Indexed[] = [];
  const confirmations = findConfirmations(state, mine, publishedDay);
  const confirmedReleases = new Set(confirmations.map((c) => c.release));
  const confirmedTotals = new Set(confirmations.map((c) => c.total));
  for (const [index, mention] of mine.entries()) {
    const entry = entries[index];
    if (!entry) continue;
    if (mention.kind === 'release' && !confirmedReleases.has(mention) && readsAsTotal(state, mention)) {
      // Once official totals are known, a "release" as large as the whole count is that count restated.
      cumulative.push({ mention, index });
    } else if (mention.kind === 'release') releases.push({ mention, index });
    else if (mention.kind === 'cumulative') cumulative.push({ mention, index });
    else if (mention.kind === 'pledge') entry.note = 'pledge, target or demand: never counted';
    else if (mention.kind === 'other') entry.note = 'not a release (held, refused or another count)';
  }
  takePartsOfRestatedTotals(releases, cumulative, entries);
  const { wholeTotals, subPeriod } = screenTotals(state, ledger, cumulative, entries, publishedDay, confirmedTotals);
  const groups = groupArticleReleases(screenReleases(state, ledger, releases, entries, article), publishedDay);
  const keys = new Set(groups.map((g) => g.key));

  // A dated total is weighed before the releases reported alongside it, which it already holds;
  // an undated one ("has released seven") may be old, so it must first face those releases.
  let inside: Checkpoint | null = null;
  const own = pickArticleTotal(state, ledger, wholeTotals, confirmedTotals);
  // With no running total at all, nothing in the article says the count moved either.
  if (!own?.mention.eventDate) applyGroups(state, groups, keys, own ? 'moved' : 'none', entries, article);
  let totalState: TotalState = 'moved';
  if (own) {
    for (const c of wholeTotals) {
      const entry = entries[c.index];
      if (entry && c !== own) {
        entry.role = 'part';
        entry.note =
          c.mention.count > own.mention.count && ledger.target !== null && isTargetFigure(c.mention, ledger.target)
            ? `the ${ledger.target} promised, told beside the running total ${describe(own.mention.count, own.mention.eventDate, article)} in the same article: not the count`
            : `part or rounding of the running total ${describe(own.mention.count, own.mention.eventDate, article)} in the same article`;
      }
    }
    const entry = entries[own.index];
    const stated = own.mention.eventDate ?? publishedDay;
    const checkpoint = entry
      ? applyCheckpoint(state, own.mention, entry, publishedDay, article, subPeriod.has(own.mention))
      : null;
    if (checkpoint !== null && entry?.role === 'same-event' && entry.delta === 0) totalState = 'unchanged';
    if (entry?.role === 'checkpoint' && ledger.target !== null && isAchievedTarget(own.mention, ledger.target)) {
      const completed = completionCue(own.mention);
      entry.note = `${entry.note}; the ${ledger.target} promised, told as reached (dated, firm, not worded as the promise${completed ? `, "${completed}"` : ''}): the count, not the promise restated`;
    }
    if (checkpoint && stated >= addDays(publishedDay, -CURRENT_TOTAL_WINDOW_DAYS)) inside = checkpoint;
  }
  if (own?.mention.eventDate) applyGroups(state, groups, keys, totalState, entries, article);
  for (const group of groups) {
    const siblings = groups.filter((g) => g !== group);
    if (group.key === 'U') applyUndated(state, group, inside, publishedDay, entries, article, siblings);
    if (group.key === 'B')
      applyUndated(state, group, state.current ?? inside, publishedDay, entries, article, siblings);
  }
  for (const confirmation of confirmations) {
    for (const mention of [confirmation.total, confirmation.release]) {
      const entry = entries[mine.indexOf(mention)];
      if (entry) entry.note = `${entry.note}; ${describeConfirmation(confirmation)}`;
    }
  }

  for (const [index, mention] of mine.entries()) {
    const entry = entries[index];
    if (!entry || mention.kind !== 'announcement') continue;
    entry.note = 'announcement: not counted until the release is reported';
    state.pending.push({ entry, day: mention.eventDate, publishedDay });
    const match = state.events.find((e) =>
      mention.eventDate
        ? e.date === mention.eventDate || e.effectiveDay === mention.eventDate
        : e.effectiveDay >= publishedDay && e.sources.some((s) => s.id === article.id),
    );
    if (match) settleAnnouncements(state, match, article);
  }
}

function combineQualifiers(qualifiers: Qualifier[]): Qualifier {
  if (qualifiers.includes('about')) return 'about';
  if (qualifiers.includes('at_least')) return 'at_least';
  if (qualifiers.includes('at_most')) return 'at_most';
  return 'exact';
}

/**
 * Releases after the current total that only one outlet gives, in a ledger other outlets report too, and that nothing
 * pins as news: told with no day and no word of a further batch ("another 21"), or dated more than
 * `LATE_NEWS_DAYS` before the first report of them. Such a figure is as often a look-back, a group's size, another
 * event or a rival figure as it is a batch nobody else saw: too weak to move the count alone. A second outlet giving
 * it, or a running total taking it in, makes it count.
 */
function unconfirmedLone(state: FoldState): ReleaseEvent[] {
  const outlets = new Set(state.log.map((entry) => entry.article.feed));
  if (outlets.size < 2) return [];
  const toldLate = (e: ReleaseEvent) => {
    const first = e.sources[0];
    return e.date !== null && first !== undefined && e.date < addDays(first.published.slice(0, 10), -LATE_NEWS_DAYS);
  };
  return state.events.filter(
    (e) => ((e.date === null && !e.cued) || toldLate(e)) && isAfterCurrent(state, e) && confirmingFeeds(e).size <= 1,
  );
}

function toTallyEvents(state: FoldState, leftOut: ReleaseEvent[]): TallyEvent[] {
  const rows: { order: number; event: TallyEvent }[] = [];
  const currentDay = state.current?.day ?? null;
  for (const e of state.events) {
    if (leftOut.includes(e)) continue;
    if (e.firstDelta === 0 && !(currentDay === null || e.effectiveDay > currentDay)) continue;
    rows.push({
      order: e.order,
      event: {
        kind: 'release',
        date: e.date,
        count: e.count,
        qualifier: e.qualifier,
        delta: e.firstDelta,
        sources: e.sources,
        highCount: e.highCount,
      },
    });
  }
  for (const k of state.checkpoints) {
    if (!k.accepted) continue;
    rows.push({
      order: k.order,
      event: {
        kind: 'checkpoint',
        date: k.day,
        count: k.count,
        qualifier: k.qualifier,
        delta: k.firstDelta,
        sources: k.sources,
        highCount: null,
      },
    });
  }
  return rows.sort((a, b) => a.order - b.order).map((r) => r.event);
}

/** Folds every article's mentions of one ledger into its running tally (pure, order-independent input). */
export function foldLedger(ledger: Ledger, observations: Observation[]): Tally {
  const byArticle = new Map<string, Observation>();
  for (const observation of observations) byArticle.set(observation.article.id, observation);
  const ordered = [...byArticle.values()].sort(
    (a, b) =>
      a.article.published.localeCompare(b.article.published) ||
      (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0),
  );
  const state: FoldState = {
    events: [],
    byDate: new Map(),
    checkpoints: [],
    current: null,
    log: [],
    pending: [],
    order: 0,
    total: 0,
    undatedByDay: new Map(),
    byEffectiveDay: new Map(),
    otherSide: new Map(),
  };
  for (const observation of ordered) {
    foldArticle(state, ledger, observation);
    recordOtherSide(state, ledger, observation);
  }

  const unconfirmed = unconfirmedLone(state);
  let summed = totalOf(state);
  for (const event of unconfirmed) {
    summed -= event.count;
    for (const entry of event.wholes) {
      entry.role = 'not-counted';
      entry.delta = 0;
      entry.note = `${entry.note}; left out of the total: one outlet alone told it, ${event.date === null ? 'with no day' : `over ${LATE_NEWS_DAYS} days after its day`}, while others report this ledger (kept in the high estimate until another outlet or a running total confirms it)`;
    }
  }
  // Releases added up past the number the deal or the group holds are more likely counted twice than freed twice:
  // only a stated running total may take the count past it. The sum is kept as the high estimate.
  const { target } = ledger;
  const total = target !== null && summed > target && (state.current?.count ?? 0) <= target ? target : summed;
  const currentDay = state.current?.day ?? null;
  // A lone release a later total outweighed stays in the high estimate.
  const high = Math.max(
    (state.current?.count ?? 0) + (state.current?.outweighed ?? 0) + sumAfter(state, currentDay, true),
    summed,
  );
  const qualifiers = state.events
    .filter((e) => (currentDay === null || e.effectiveDay > currentDay) && !unconfirmed.includes(e))
    .map((e) => e.qualifier);
  if (state.current) qualifiers.push(state.current.qualifier);
  return {
    ledgerId: ledger.id,
    total,
    qualifier: combineQualifiers(qualifiers),
    highEstimate: high > total ? high : null,
    events: toTallyEvents(state, unconfirmed),
    log: state.log,
  };
}
