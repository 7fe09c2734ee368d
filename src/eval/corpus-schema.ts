import { z } from 'zod';
import type { Article, Ledger, MentionKind, Qualifier } from '../core/types.js';

const qualifierSchema = z.enum(['exact', 'at_least', 'about', 'at_most']);
const kindSchema = z.enum(['release', 'announcement', 'cumulative', 'pledge', 'other']);
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2020-04-09');

/** An article file (corpus/FORMAT.md); `expected` and any other key are ignored here. */
export const articleSchema: z.ZodType<Article> = z.object({
  id: z.string().min(1),
  feed: z.string(),
  published: z.iso.datetime({ offset: true, message: 'expected an ISO-8601 time like 2020-04-09T13:20:00Z' }),
  title: z.string(),
  link: z.string(),
  body: z.string(),
});

const ledgerSchema: z.ZodType<Ledger> = z
  .object({
    id: z.string().min(1),
    title: z.string().optional(),
    releaser: z.array(z.string()),
    released: z.array(z.string()),
    target: z.number().nullable().optional(),
  })
  .transform((ledger) => ({ ...ledger, title: ledger.title ?? ledger.id, target: ledger.target ?? null }));

/** A ledgers file: a `ledgers` array; other keys (such as `truth`) are ignored. */
export const ledgersFileSchema = z.object({ ledgers: z.array(ledgerSchema) });

/** One labelled mention of a corpus article. */
export interface ExpectedMention {
  count: number;
  qualifier: Qualifier;
  kind: MentionKind;
  ledger: string | null;
  event_date: string | null;
  evidence: string;
}

/** An article with its labels, as the corpus stores it. */
export interface LabelledArticle extends Article {
  expected: ExpectedMention[];
}

const expectedMentionSchema: z.ZodType<ExpectedMention> = z.object({
  count: z.number().int(),
  qualifier: qualifierSchema,
  kind: kindSchema,
  ledger: z.string().nullable(),
  event_date: dateSchema.nullable(),
  evidence: z.string().min(1),
});

/** A corpus article file, labels included. */
export const labelledArticleSchema: z.ZodType<LabelledArticle> = z.object({
  id: z.string().min(1),
  feed: z.string(),
  published: z.iso.datetime({ offset: true, message: 'expected an ISO-8601 time like 2020-04-09T13:20:00Z' }),
  title: z.string(),
  link: z.string(),
  body: z.string(),
  expected: z.array(expectedMentionSchema),
});

/** An officially reported running total: what the ledger should show after `as_of`. */
export interface TruthPoint {
  ledger: string;
  as_of: string;
  cumulative: number;
  qualifier: Qualifier;
  note?: string | undefined;
}

const truthPointSchema: z.ZodType<TruthPoint> = z.object({
  ledger: z.string().min(1),
  as_of: dateSchema,
  cumulative: z.number(),
  qualifier: qualifierSchema,
  note: z.string().optional(),
});

/** A set's `ledgers.json`: its ledgers and their ground-truth running totals. */
export const setLedgersFileSchema = z.object({
  ledgers: z.array(ledgerSchema),
  truth: z.array(truthPointSchema).default([]),
});
