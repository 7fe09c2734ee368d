import { addDays, daysBetween } from '../iso-days.js';
import type { Mention, Qualifier } from '../types.js';
import {
  hasBackReferenceCue,
  hasBatchCue,
  hasPartCue,
  isCoordinatedAfter,
  isIntroducedAsPart,
  isSecondHandFigure,
  periodHint,
  refersBackAsPart,
} from './release-cues.js';

/** How one release mention takes part in its article's figure for a day. */
export type ItemRole = 'whole' | 'batch' | 'repeat' | 'part' | 'conflict';

/** A release mention of one article, with its position in the ledger's log. */
export interface ReleaseItem {
  mention: Mention;
  index: number;
}

/** One release mention after grouping: its role, and the mention it repeats or belongs to. */
export interface GroupedItem extends ReleaseItem {
  role: ItemRole;
  of: Mention | null;
  /** Why a part is a part, for the explain log, when its wording alone does not say so. */
  why?: string;
}

/**
 * What one article says was released on one day (or in one month, or on an unknown day):
 * the conservative figure, the higher one when the article gives two, and every mention behind it.
 */
export interface ReleaseGroup {
  /** `D:YYYY-MM-DD`, `P:YYYY-MM` (only the month is known), `B` (looks back, no day) or `U` (no day given). */
  key: string;
  date: string | null;
  period: string | null;
  count: number;
  qualifier: Qualifier;
  highCount: number | null;
  /** The group's main mention reads as a further batch ("another 20"), not a re-report. */
  batchCue: boolean;
  whole: GroupedItem;
  items: GroupedItem[];
}

// Two figures for the same people closer than this are rival reports; further apart, a part and its whole.
const CONFLICT_RATIO = 0.8;

/** Whether two counts can describe the same people ("over 300" and 318, "about 900" and 880). */
export function compatibleCounts(a: Pick<Mention, 'count' | 'qualifier'>, b: Pick<Mention, 'count' | 'qualifier'>) {
  if (a.count === b.count) return true;
  const [low, high] = a.count < b.count ? [a, b] : [b, a];
  if (low.qualifier === 'at_least' && high.count <= low.count * 1.25) return true;
  if (high.qualifier === 'at_most' && low.count >= high.count * CONFLICT_RATIO) return true;
  if ((a.qualifier === 'about' || b.qualifier === 'about') && high.count - low.count <= high.count * 0.1) return true;
  return false;
}

function keyOf(mention: Mention, publishedDay: string): string {
  if (mention.eventDate) return `D:${mention.eventDate}`;
  const period = periodHint(mention, publishedDay);
  if (period) return `P:${period}`;
  return hasBackReferenceCue(mention) && !hasBatchCue(mention) ? 'B' : 'U';
}

/**
 * Indices of items (all smaller than `total`) that sum exactly to it, using two or more of them; null if none.
 * Equal counts are separate items: a breakdown may repeat a figure ("2 to Jordan and 2 to Jerusalem").
 */
export function partsSummingTo(total: number, counts: number[]): number[] | null {
  const reach = new Map<number, number[]>([[0, []]]);
  for (const [i, count] of counts.entries()) {
    if (count >= total) continue;
    for (const [sum, used] of [...reach]) {
      const next = sum + count;
      if (next <= total && !reach.has(next)) reach.set(next, [...used, i]);
    }
  }
  const found = reach.get(total);
  return found && found.length >= 2 ? found : null;
}

/** Consecutive mentions right after the whole (in text order) whose counts add up to it, or null. */
function runSummingTo(whole: ReleaseItem, inTextOrder: ReleaseItem[]): ReleaseItem[] | null {
  const after = inTextOrder.filter((d) => d.mention.start > whole.mention.start);
  for (let from = 0; from < after.length; from++) {
    let sum = 0;
    for (let to = from; to < after.length; to++) {
      sum += after[to]?.mention.count ?? 0;
      if (sum === whole.mention.count && to > from) return after.slice(from, to + 1);
      if (sum >= whole.mention.count) break;
    }
  }
  return null;
}

function buildGroup(key: string, items: ReleaseItem[], dayBefore: readonly Mention[] = []): ReleaseGroup {
  const ordered = [...items].sort((a, b) => a.mention.start - b.mention.start);
  const grouped = new Map<ReleaseItem, GroupedItem>();
  const distinct: ReleaseItem[] = [];
  for (const [at, item] of ordered.entries()) {
    const first = distinct.find((d) => d.mention.count === item.mention.count);
    // "100 men and 100 women": the same figure told for another group beside it is not a repeat.
    const sibling = at > 0 && isCoordinatedAfter((ordered[at - 1] as ReleaseItem).mention, item.mention);
    if (first && !sibling) grouped.set(item, { ...item, role: 'repeat', of: first.mention });
    else distinct.push(item);
  }
  // A figure another source gives second-hand is a rival account: the report's own figure, when it has one, is the day's.
  const ownFigure = distinct.some((d) => !isSecondHandFigure(d.mention));
  const secondHand = (d: ReleaseItem) => (ownFigure && isSecondHandFigure(d.mention) ? 1 : 0);
  distinct.sort(
    (a, b) => secondHand(a) - secondHand(b) || b.mention.count - a.mention.count || a.mention.start - b.mention.start,
  );
  // "took off with six freed hostages: the five released yesterday and one freed this morning": a figure that adds
  // the article's releases of the day before to the rest of this day's is their whole, carried; this day adds the rest.
  const before = [...new Set(dayBefore.map((m) => m.count))];
  const carriedSum = before.reduce((sum, count) => sum + count, 0);
  const top = distinct[0];
  const restSum = distinct.slice(1).reduce((sum, d) => sum + d.mention.count, 0);
  if (top && carriedSum > 0 && distinct.length >= 2 && top.mention.count === carriedSum + restSum) {
    const why = `the whole of ${before.join(' + ')} freed the day before and ${distinct
      .slice(1)
      .map((d) => d.mention.count)
      .join(' + ')} this day, told together`;
    grouped.set(top, { ...top, role: 'repeat', of: dayBefore[0] ?? null, why });
    for (const item of ordered)
      if (grouped.get(item)?.role === 'repeat' && grouped.get(item)?.of === top.mention)
        grouped.set(item, { ...item, role: 'repeat', of: dayBefore[0] ?? null, why });
    distinct.shift();
  }
  const base = distinct[0];
  if (!base) throw new Error(`Grouping releases for ${key} got no mentions`);

  // A number taken out of a group already named ("31 of them", "Of those, 505") belongs to the nearest
  // larger figure before it, in whatever sentence; other part cues only reach within their sentence.
  const containerOf = (m: Mention) =>
    refersBackAsPart(m)
      ? ordered.filter((d) => d.mention.start < m.start && d.mention.count > m.count).at(-1)
      : ordered.find(
          (d) => d.mention.sentence === m.sentence && d.mention.start < m.start && d.mention.count > m.count,
        );
  const hasAnyPartCue = (m: Mention) => hasPartCue(m) || refersBackAsPart(m);
  const contained = new Set(ordered.filter((d) => hasAnyPartCue(d.mention) && containerOf(d.mention)));
  const partOf = new Map<ReleaseItem, Mention>();
  const sumOf = new Map<ReleaseItem, string>();
  // "also include five Germans" and "31 of them ... and another one" name parts, whatever their batch-like words.
  const isBatch = (m: Mention) => hasBatchCue(m) && !isIntroducedAsPart(m) && !refersBackAsPart(m);
  const summable = ordered.filter((d) => !isBatch(d.mention) || contained.has(d));
  const inTextOrder = distinct.filter((d) => !contained.has(d)).sort((a, b) => a.mention.start - b.mention.start);
  for (const whole of distinct) {
    const smaller = summable.filter((d) => d.mention.count < whole.mention.count);
    const used = partsSummingTo(
      whole.mention.count,
      smaller.map((d) => d.mention.count),
    );
    // A breakdown may be told as batches ("46 ... In a separate move, 30"), but then it follows the whole in one run.
    const run = used ? null : runSummingTo(whole, inTextOrder);
    const parts = used ? used.map((i) => smaller[i]) : (run ?? []);
    const sum = `${parts.map((p) => p?.mention.count).join(' + ')} = ${whole.mention.count}`;
    for (const part of parts) {
      if (part && !partOf.has(part)) {
        partOf.set(part, whole.mention);
        sumOf.set(part, `one of the figures adding up to it (${sum})`);
      }
    }
  }

  // Figures each smaller than the day's largest, told beside it, that together fit inside it, are its
  // breakdown (by place, by category), even when some people are left out: not rival reports of it.
  const breakdown = distinct.filter(
    (d) =>
      d !== base &&
      !contained.has(d) &&
      !partOf.has(d) &&
      !isBatch(d.mention) &&
      !isIntroducedAsPart(d.mention) &&
      !compatibleCounts(d.mention, base.mention),
  );
  const breakdownSum = breakdown.reduce((sum, d) => sum + d.mention.count, 0);
  const isBreakdown = breakdown.length >= 2 && breakdownSum <= base.mention.count;

  // "freed 270 servicemen and 120 civilians" with no whole stated: groups told beside the largest, each joined to
  // the one before it, are freed with it and add to it.
  const siblings = new Set<ReleaseItem>();
  const baseAt = ordered.indexOf(base);
  for (let at = baseAt + 1; at < ordered.length; at++) {
    const item = ordered[at] as ReleaseItem;
    if (partOf.has(item) || contained.has(item) || partOf.has(base) || contained.has(base)) break;
    if (!isCoordinatedAfter((ordered[at - 1] as ReleaseItem).mention, item.mention)) break;
    siblings.add(item);
  }

  let low = base;
  // The largest rival figure, kept as the high estimate when the day's count is below it.
  let highest = base.mention.count;
  const batches: ReleaseItem[] = [];
  const baseParts: ReleaseItem[] = [];
  for (const item of distinct.slice(1)) {
    const m = item.mention;
    const summed = partOf.get(item);
    const container = containerOf(m);
    if (summed) {
      const why = sumOf.get(item);
      grouped.set(item, { ...item, role: 'part', of: summed, ...(why ? { why } : {}) });
      if (summed === base.mention) baseParts.push(item);
    } else if (siblings.has(item)) {
      const why = `told beside ${base.mention.count} as another group freed with it`;
      grouped.set(item, { ...item, role: 'batch', of: null, why });
      batches.push(item);
    } else if (container && hasAnyPartCue(m)) {
      const why = refersBackAsPart(m) ? `taken out of the ${container.mention.count} named before it` : undefined;
      grouped.set(item, { ...item, role: 'part', of: container.mention, ...(why ? { why } : {}) });
      if (container.mention.count === base.mention.count) baseParts.push(item);
    } else if (compatibleCounts(m, base.mention)) {
      // "put the group at 294, roughly 300": the exact figure is the count, the hedged one the high estimate.
      if (m.qualifier === 'exact' && base.mention.qualifier === 'about' && m.count < low.mention.count) {
        grouped.set(item, { ...item, role: 'conflict', of: base.mention });
        low = item;
      } else grouped.set(item, { ...item, role: 'repeat', of: base.mention });
    } else if (isBatch(m)) {
      grouped.set(item, { ...item, role: 'batch', of: null });
      batches.push(item);
    } else if (isBreakdown && breakdown.includes(item)) {
      const why = `with ${breakdown
        .filter((d) => d !== item)
        .map((d) => d.mention.count)
        .join(' + ')} a breakdown of ${base.mention.count} (${breakdownSum} in all): a part, not a rival figure`;
      grouped.set(item, { ...item, role: 'part', of: base.mention, why });
      baseParts.push(item);
    } else if (m.count >= base.mention.count * CONFLICT_RATIO && base.mention.qualifier !== 'at_least') {
      // Below "more than 300", 250 cannot be a rival count of the same people, only a part of them.
      grouped.set(item, { ...item, role: 'conflict', of: base.mention });
      // A lower figure told second-hand never displaces the report's own.
      if (m.count < low.mention.count && !secondHand(item)) low = item;
      highest = Math.max(highest, m.count);
    } else {
      grouped.set(item, { ...item, role: 'part', of: base.mention });
      baseParts.push(item);
    }
  }

  const extra = batches.reduce((sum, b) => sum + b.mention.count, 0);
  let baseCount = low.mention.count;
  if (base.mention.qualifier === 'at_least' && low === base) {
    baseCount = Math.max(
      baseCount,
      baseParts.reduce((sum, p) => sum + p.mention.count, 0),
    );
  }
  // A figure told twice can be two parts of a sum ("2 to Jordan and 2 to Jerusalem"): it is a part, not a repeat.
  for (const item of ordered) {
    const summed = partOf.get(item);
    const why = sumOf.get(item);
    if (summed && grouped.get(item)?.role === 'repeat') {
      grouped.set(item, { ...item, role: 'part', of: summed, ...(why ? { why } : {}) });
    }
  }
  const whole: GroupedItem = { ...low, role: 'whole', of: null };
  grouped.set(low, whole);
  if (low !== base) grouped.set(base, { ...base, role: 'conflict', of: low.mention });
  return {
    key,
    date: key.startsWith('D:') ? key.slice(2) : null,
    period: key.startsWith('P:') ? key.slice(2) : null,
    count: baseCount + extra,
    qualifier: low.mention.qualifier,
    highCount: low === base ? (highest > base.mention.count ? highest + extra : null) : highest + extra,
    batchCue: hasBatchCue(base.mention) && !hasPartCue(base.mention),
    whole,
    items: ordered.map((item) => grouped.get(item) ?? { ...item, role: 'repeat', of: base.mention }),
  };
}

/**
 * Splits one article's release mentions of a ledger into per-day figures: repeats of the same
 * release collapse, parts (by sum, or "among them") fold into their whole, cued batches
 * ("later, another 100") add up, and two close rival figures keep the lower.
 */
export function groupArticleReleases(items: ReleaseItem[], publishedDay: string): ReleaseGroup[] {
  const byKey = new Map<string, ReleaseItem[]>();
  const undated: ReleaseItem[] = [];
  for (const item of items) {
    const key = keyOf(item.mention, publishedDay);
    if (key === 'U' || key === 'B') undated.push(item);
    else byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  // A figure with no day of its own, introduced as a part ("among those freed were 108"), belongs to
  // the one dated release of the article it could be part of.
  const datedKeys = [...byKey.keys()].filter((key) => key.startsWith('D:'));
  for (const [key, group] of [...byKey.entries()]) {
    if (!key.startsWith('P:')) continue;
    const parts = group.filter((item) => isIntroducedAsPart(item.mention));
    for (const item of parts) {
      const home = datedKeys.filter((k) => byKey.get(k)?.some((g) => g.mention.count > item.mention.count));
      if (home.length !== 1 || !home[0]) continue;
      byKey.set(home[0], [...(byKey.get(home[0]) ?? []), item]);
      const rest = (byKey.get(key) ?? []).filter((g) => g !== item);
      if (rest.length > 0) byKey.set(key, rest);
      else byKey.delete(key);
    }
  }
  // An undated mention of a count the article also dates is the same release told twice.
  for (const item of undated) {
    const dated = [...byKey.entries()].find(
      ([key, group]) => key.startsWith('D:') && group.some((g) => g.mention.count === item.mention.count),
    );
    const home = datedKeys.filter((k) => byKey.get(k)?.some((g) => g.mention.count > item.mention.count));
    const key = dated
      ? dated[0]
      : isIntroducedAsPart(item.mention) && home.length === 1 && home[0]
        ? home[0]
        : keyOf(item.mention, publishedDay);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  mergeSumOfNextDay(byKey);
  mergeSecondHandNextDay(byKey);
  return [...byKey.entries()].map(([key, group]) => {
    const previous = key.startsWith('D:') ? byKey.get(`D:${addDays(key.slice(2), -1)}`) : undefined;
    return buildGroup(
      key,
      group,
      (previous ?? []).map((item) => item.mention),
    );
  });
}

/**
 * "Jails released 2,310 inmates on Wednesday ... A southern daily said that 2,250 had walked free on Tuesday":
 * a day's figure told only second-hand, a day from a release the article gives as its own (or told with no day read)
 * and close to it in size, is a rival account of that release. It joins that group, where the article's own figure is
 * the count.
 */
function mergeSecondHandNextDay(byKey: Map<string, ReleaseItem[]>): void {
  for (const [key, group] of [...byKey.entries()]) {
    if (!key.startsWith('D:') || !byKey.has(key) || !group.every((item) => isSecondHandFigure(item.mention))) continue;
    const largest = Math.max(...group.map((item) => item.mention.count));
    const home = [...byKey.entries()].find(([other, items]) => {
      // The report's own figure with no day read ("the amnesty let 2,310 inmates out") is told of the same days.
      const near =
        other === 'U' ||
        other === 'B' ||
        (other.startsWith('D:') && Math.abs(daysBetween(other.slice(2), key.slice(2))) <= 1);
      if (other === key || !near) return false;
      return items.some((item) => {
        const own = item.mention.count;
        return !isSecondHandFigure(item.mention) && Math.min(own, largest) >= Math.max(own, largest) * CONFLICT_RATIO;
      });
    });
    if (!home) continue;
    byKey.set(home[0], [...home[1], ...group]);
    byKey.delete(key);
  }
}

/**
 * "The six marines and two sailors were freed on Thursday ... the eight were back with their units today": a figure one
 * day apart from releases of the same article that add up to it is their whole, told again on arrival. It joins their
 * day, where it is read as the whole of those parts, not as a new release.
 */
function mergeSumOfNextDay(byKey: Map<string, ReleaseItem[]>): void {
  for (const [key, group] of [...byKey.entries()]) {
    if (!key.startsWith('D:') || !byKey.has(key)) continue;
    const counts = new Set(group.map((item) => item.mention.count));
    if (counts.size !== 1) continue;
    const total = group[0]?.mention.count ?? 0;
    const home = [...byKey.entries()].find(([other, items]) => {
      if (other === key || !other.startsWith('D:') || Math.abs(daysBetween(other.slice(2), key.slice(2))) > 1)
        return false;
      const distinct = [...new Set(items.map((item) => item.mention.count))];
      return distinct.every((count) => count < total) && partsSummingTo(total, distinct) !== null;
    });
    if (!home) continue;
    byKey.set(home[0], [...home[1], ...group]);
    byKey.delete(key);
  }
}
