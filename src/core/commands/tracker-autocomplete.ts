import type { Tracker } from '../types.js';
import type { AutocompleteTrackers } from './command.js';

// Discord accepts at most 25 autocomplete choices (discord.com/developers/docs, autocomplete interaction).
const MAX_CHOICES = 25;

/** Tracker ids starting with, then containing, what the user typed (case-insensitive), for Discord autocomplete. */
export function createTrackerAutocomplete(trackers: Tracker[]): AutocompleteTrackers {
  return async (typed) => {
    const query = typed.trim().toLowerCase();
    const starts = trackers.filter((t) => t.id.toLowerCase().startsWith(query));
    const contains = trackers.filter(
      (t) => !starts.includes(t) && (t.id.toLowerCase().includes(query) || t.title.toLowerCase().includes(query)),
    );
    return [...starts, ...contains].slice(0, MAX_CHOICES).map((t) => t.id);
  };
}
