import { isCronNameToken } from '../digest/cron-schedule.js';
import type { OptionName, ParsedArgs } from './command.js';

function tokens(input: string): string[] {
  return input.trim().split(/\s+/).filter(Boolean);
}

function tooMany(extra: string[], usage: string): ParsedArgs {
  return { ok: false, error: `I did not understand "${extra.join(' ')}". Usage: ${usage}` };
}

/** Commands without arguments ignore whatever follows them. */
export function parseNothing(): ParsedArgs {
  return { ok: true, args: {} };
}

/** `[TRACKER]`: one optional tracker id. */
export function parseTrackerArg(input: string, usage: string): ParsedArgs {
  const [tracker, ...rest] = tokens(input);
  if (rest.length > 0) return tooMany(rest, usage);
  return { ok: true, args: tracker ? { tracker } : {} };
}

/** `TRACKER [alerts on|off]`; "alerts=off" and a bare "on"/"off" are read the same way. */
export function parseSubscribeArgs(input: string, usage: string): ParsedArgs {
  const words = tokens(input.replace(/\balerts\s*=\s*/i, 'alerts '));
  const args: Partial<Record<OptionName, string>> = {};
  const extra: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const lower = word.toLowerCase();
    if (lower === 'alerts') {
      const value = words[i + 1]?.toLowerCase();
      if (value !== 'on' && value !== 'off') return { ok: false, error: `"alerts" takes on or off. Usage: ${usage}` };
      args.alerts = value;
      i++;
    } else if ((lower === 'on' || lower === 'off') && args.alerts === undefined) {
      args.alerts = lower;
    } else if (args.tracker === undefined) {
      args.tracker = word;
    } else {
      extra.push(word);
    }
  }
  if (extra.length > 0) return tooMany(extra, usage);
  return { ok: true, args };
}

/** `[TRACKER] [N]` in either order: a whole number is the count, anything else the tracker. */
export function parseHistoryArgs(input: string, usage: string): ParsedArgs {
  const args: Partial<Record<OptionName, string>> = {};
  const extra: string[] = [];
  for (const word of tokens(input)) {
    if (/^-?\d+$/.test(word) && args.count === undefined) args.count = word;
    else if (args.tracker === undefined) args.tracker = word;
    else extra.push(word);
  }
  if (extra.length > 0) return tooMany(extra, usage);
  return { ok: true, args };
}

/**
 * `CRON [TIMEZONE]` or `off`: the last word is the timezone when it starts with a letter and is not
 * a month or weekday name ("UTC", "Asia/Kabul"; but "mon-fri" is cron). The cron is checked by `run`.
 */
export function parseScheduleArgs(input: string, usage: string): ParsedArgs {
  const words = tokens(input);
  if (words.length === 0) return { ok: false, error: `Give a schedule or "off". Usage: ${usage}` };
  if (words.length === 1 && words[0]?.toLowerCase() === 'off') return { ok: true, args: { cron: 'off' } };
  const last = words.at(-1) ?? '';
  if (words.length > 1 && /^[A-Za-z]/.test(last) && !isCronNameToken(last)) {
    return { ok: true, args: { cron: words.slice(0, -1).join(' '), timezone: last } };
  }
  return { ok: true, args: { cron: words.join(' ') } };
}
