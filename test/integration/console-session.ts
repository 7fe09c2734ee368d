import { PassThrough } from 'node:stream';
import type { Clock } from '../../src/core/types.js';
import { type RunningApp, startApp } from '../../src/main.js';
import { captureLogs } from './capture-logs.js';
import { waitUntil } from './wait-until.js';

/** A bot started in this process on the console, with a keyboard and a screen the test controls. */
export interface ConsoleSession {
  app: RunningApp;
  /** Everything the console printed so far (posts only; logs go to stderr). */
  readonly screen: string;
  /** Types one line, as the operator would. */
  type(line: string): void;
  /** Types a command and resolves with what it printed once `until` appears in that output. */
  ask(line: string, until: string): Promise<string>;
  /** Resolves once the screen contains `text` `times` times; returns the screen. */
  waitForScreen(text: string, times?: number): Promise<string>;
  /** The bot's log lines (stderr) written since it started. */
  readonly logs: string;
  /** Waits for `count` completed poll cycles in total (the one startApp runs on its own is the first). */
  waitForCycles(count: number): Promise<void>;
  stop(): Promise<void>;
}

/** How many times `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/**
 * Starts the app on the console (no chat token) with an injected clock. Logs are captured (and kept
 * off the test output) by capturing stderr for the session's lifetime.
 */
export async function startConsoleSession(options: {
  env: Record<string, string>;
  trackersFile: string;
  clock: Clock;
}): Promise<ConsoleSession> {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.setEncoding('utf8').on('data', (chunk: string) => {
    screen += chunk;
  });
  const logs = captureLogs();
  let app: RunningApp;
  try {
    app = await startApp({
      env: { POLL_INTERVAL_SECONDS: '3600', LOG_LEVEL: 'info', ...options.env },
      trackersFile: options.trackersFile,
      input,
      output,
      clock: options.clock,
    });
  } catch (error) {
    logs.restore();
    throw error;
  }
  const waitForScreen = (text: string, times = 1) =>
    waitUntil(
      () => `${times} × "${text}" on the console; screen:\n${screen}`,
      () => occurrences(screen, text) >= times && screen,
    );
  return {
    app,
    get screen() {
      return screen;
    },
    get logs() {
      return logs.text;
    },
    type: (line) => input.write(`${line}\n`),
    async ask(line, until) {
      const from = screen.length;
      input.write(`${line}\n`);
      await waitUntil(
        () => `the answer to ${line} (containing "${until}"); screen:\n${screen.slice(from)}`,
        () => screen.slice(from).includes(until),
      );
      return screen.slice(from);
    },
    waitForScreen,
    waitForCycles: (count) =>
      waitUntil(
        () => `${count} poll cycles; logs:\n${logs.text}`,
        () => occurrences(logs.text, 'Poll cycle done') >= count,
      ).then(() => undefined),
    async stop() {
      try {
        await app.stop();
      } finally {
        input.end();
        logs.restore();
      }
    },
  };
}
