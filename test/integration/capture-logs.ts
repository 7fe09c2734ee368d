/** The bot's log lines (what it writes to stderr), captured in this process. */
export interface CapturedLogs {
  readonly text: string;
  /** Puts process.stderr.write back; safe to call twice. */
  restore(): void;
}

/**
 * Captures process.stderr (where the bot's logger writes) until restored, which keeps in-process
 * runs quiet and lets tests wait for lines such as "Poll cycle done".
 */
export function captureLogs(): CapturedLogs {
  let text = '';
  const original = process.stderr.write;
  let restored = false;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  return {
    get text() {
      return text;
    },
    restore() {
      if (restored) return;
      restored = true;
      process.stderr.write = original;
    },
  };
}
