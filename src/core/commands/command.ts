import type { ChatRef } from '../chat.js';
import type { Post } from '../post.js';

/** The argument names every platform uses (Discord option names, Telegram positional order). */
export type OptionName = 'tracker' | 'alerts' | 'count' | 'cron' | 'timezone';

/** One argument of a command; `choices` are closed sets, `autocomplete` is for tracker ids. */
export interface CommandOption {
  name: OptionName;
  description: string;
  type: 'string' | 'integer';
  required: boolean;
  choices?: string[];
  autocomplete?: boolean;
}

/** Who is asking, where, and with which arguments (already split into named options). */
export interface CommandContext {
  chat: ChatRef;
  /** The platform's verdict: Telegram getChatMember, Discord Manage Server; the console is always admin. */
  isAdmin: boolean;
  args: Partial<Record<OptionName, string>>;
}

/** A result of parsing a free-text argument string (Telegram, console) into named options. */
export type ParsedArgs = { ok: true; args: Partial<Record<OptionName, string>> } | { ok: false; error: string };

/**
 * One row of the command table that drives every platform: Telegram's setMyCommands and
 * handlers, Discord's slash-command definitions, and the console.
 */
export interface Command {
  name: string;
  description: string;
  /** Admin-only commands: Telegram checks getChatMember, Discord sets Manage Server. */
  adminOnly: boolean;
  options: CommandOption[];
  /** Usage line shown on errors, e.g. "/schedule CRON [TIMEZONE]". */
  usage: string;
  /** Splits the text after the command name ("0 18 * * * Asia/Kabul") into named options. */
  parseText(text: string): ParsedArgs;
  run(context: CommandContext): Promise<Post[]>;
}

/** Tracker ids matching what the user typed so far (Discord autocomplete). */
export type AutocompleteTrackers = (typed: string) => Promise<string[]>;
