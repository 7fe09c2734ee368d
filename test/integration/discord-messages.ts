import type { RecordedMessage } from '../fakes/discord/fake-discord.js';

/** A member permission bitfield with Manage Server (1 << 5), as Discord sends it in interactions. */
export const MANAGE_SERVER = '32';

/** View Channel and Send Messages without Manage Server: an ordinary member. */
export const READ_AND_WRITE = '3072';

/** The text a reader sees in a message: its content, then each embed's title and description. */
export function embedText(message: RecordedMessage | null | undefined): string {
  if (!message) return '';
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? [])
    parts.push(String(embed['title'] ?? ''), String(embed['description'] ?? ''));
  return parts.filter((part) => part !== '').join('\n');
}
