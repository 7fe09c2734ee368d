import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Ledger, Tracker } from '../core/types.js';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lowercase letters, digits and dashes');

const ledgerShape = {
  id: slug,
  title: z.string().min(1),
  releaser: z.array(z.string().min(1)).min(1),
  released: z.array(z.string().min(1)).min(1),
  target: z.number().int().positive().nullable(),
};
const ledgerSchema = z.object(ledgerShape).strict();

const timezone = z.string().refine(isTimezone, 'not an IANA timezone (e.g. "Asia/Kabul", "UTC")');

const trackerSchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    timezone,
    readArticles: z.boolean().default(true),
    feeds: z.array(z.url({ protocol: /^https?$/ })),
    ledgers: z.array(ledgerSchema).min(1),
  })
  .strict();

const trackersFileSchema = z
  .object({ $schema: z.string().optional(), trackers: z.array(trackerSchema).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    const trackerIds = new Set<string>();
    const ledgerIds = new Set<string>();
    file.trackers.forEach((tracker, t) => {
      if (trackerIds.has(tracker.id)) {
        ctx.addIssue({ code: 'custom', path: ['trackers', t, 'id'], message: `duplicate tracker id "${tracker.id}"` });
      }
      trackerIds.add(tracker.id);
      tracker.ledgers.forEach((ledger, l) => {
        if (ledgerIds.has(ledger.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['trackers', t, 'ledgers', l, 'id'],
            message: `duplicate ledger id "${ledger.id}" (ledger ids are global)`,
          });
        }
        ledgerIds.add(ledger.id);
      });
    });
  });

const ledgersFileSchema = z.object({ ledgers: z.array(z.object(ledgerShape)).min(1) });

/** A trackers or ledgers file that cannot be used, with every problem as "file: path: problem". */
export class TrackersFileError extends Error {
  override name = 'TrackersFileError';
}

/** True when the runtime knows the IANA zone. */
export function isTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

async function readJson(file: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new TrackersFileError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`, {
      cause: error,
    });
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new TrackersFileError(`${file}: is not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

function describeIssues(file: string, issues: z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => `  ${file}: ${formatPath(issue.path)}: ${issue.message}`);
  return `${file} is not a valid trackers file:\n${lines.join('\n')}`;
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

/** Reads and validates a trackers file (`config/trackers.json` shape); throws TrackersFileError naming each problem. */
export async function loadTrackers(file: string): Promise<Tracker[]> {
  const parsed = trackersFileSchema.safeParse(await readJson(file));
  if (!parsed.success) throw new TrackersFileError(describeIssues(file, parsed.error.issues));
  return parsed.data.trackers;
}

/**
 * Reads the ledgers of a file holding either `{ "ledgers": [...] }` (a corpus set) or
 * `{ "trackers": [...] }` (the trackers file); other keys are ignored.
 */
export async function loadLedgers(file: string): Promise<Ledger[]> {
  const json = await readJson(file);
  if (json && typeof json === 'object' && 'trackers' in json && !('ledgers' in json)) {
    return (await loadTrackers(file)).flatMap((tracker) => tracker.ledgers);
  }
  const parsed = ledgersFileSchema.safeParse(json);
  if (!parsed.success) throw new TrackersFileError(describeIssues(file, parsed.error.issues));
  return parsed.data.ledgers;
}
