/** What the poller remembers about one feed URL, shown by `/status`. */
export interface FeedHealth {
  url: string;
  /** ISO time of the last successful fetch (200 or 304), null before the first. */
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  /** ISO time before which the feed is not polled again (backoff); null when due. */
  nextAttemptAt: string | null;
  /** Disabled after too many consecutive failures; an operator re-enables it by restarting. */
  disabled: boolean;
}
