import type { APIEmbed } from 'discord.js';
import type { Block, Inline, Post } from '../../core/post.js';

/** Discord's embed limits in characters (discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of every title, description, field, footer and author text across one message's embeds. */
  totalPerMessage: 6000,
  embedsPerMessage: 10,
} as const;

/** Mentions nobody, whatever the text says: feed text must never ping a server. */
export const NO_MENTIONS = { parse: [] as never[] };

/** One message body for `POST /channels/:id/messages` or an interaction reply. */
export interface DiscordMessageBody {
  embeds: APIEmbed[];
  allowed_mentions: typeof NO_MENTIONS;
}

const POST_COLORS: Record<Post['kind'], number> = {
  alert: 0xe67e22,
  digest: 0x3498db,
  answer: 0x5865f2,
  error: 0xed4245,
};

const PROGRESS_BAR_CELLS = 20;
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Escapes Discord markdown in feed text and makes mentions inert: `@everyone`, `@here` and
 * `<@123>` survive as text because a zero-width space follows every `@` and `<` is escaped,
 * so they stay harmless even if `allowed_mentions` were ever dropped.
 */
export function escapeDiscordMarkdown(value: string): string {
  return value.replace(/[\\*_~`|>#[\]()<]/g, (char) => `\\${char}`).replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}

/** A text progress bar such as `████░░░░ 42% · 2,100 of 5,000`; a target of 0 shows the count alone. */
export function renderProgressBar(value: number, target: number): string {
  const count = formatCount(value);
  if (!(target > 0)) return `${count} so far`;
  const share = Math.max(0, value / target);
  const filled = Math.min(PROGRESS_BAR_CELLS, Math.round(share * PROGRESS_BAR_CELLS));
  const bar = '█'.repeat(filled) + '░'.repeat(PROGRESS_BAR_CELLS - filled);
  return `${bar} ${Math.floor(share * 100)}% · ${count} of ${formatCount(target)}`;
}

/**
 * Renders a Post as Discord messages of embeds: the title on the first embed, blocks as
 * description lines, split across embeds and messages so every Discord embed limit holds.
 */
export function renderDiscord(post: Post): DiscordMessageBody[] {
  const color = POST_COLORS[post.kind];
  const title = truncate(escapeDiscordMarkdown(flatten(post.title)), DISCORD_EMBED_LIMITS.title);
  const lines = post.blocks
    .map(renderBlock)
    .flatMap((rendered) => splitLongText(rendered, DISCORD_EMBED_LIMITS.description));

  const messages: DiscordMessageBody[] = [];
  let embeds: APIEmbed[] = [];
  let messageChars = 0;
  let current: { title?: string; lines: string[]; chars: number } | null = {
    ...(title ? { title } : {}),
    lines: [],
    chars: title.length,
  };

  const closeEmbed = (): void => {
    if (!current) return;
    const description = current.lines.join('\n');
    embeds.push({ ...(current.title ? { title: current.title } : {}), ...(description ? { description } : {}), color });
    messageChars += current.chars;
    current = null;
  };
  const closeMessage = (): void => {
    closeEmbed();
    if (embeds.length > 0) messages.push({ embeds, allowed_mentions: NO_MENTIONS });
    embeds = [];
    messageChars = 0;
  };

  for (const text of lines) {
    for (;;) {
      if (!current) {
        if (embeds.length >= DISCORD_EMBED_LIMITS.embedsPerMessage) closeMessage();
        current = { lines: [], chars: 0 };
      }
      const added = current.lines.length === 0 ? text.length : text.length + 1;
      const descriptionChars = current.chars - (current.title?.length ?? 0);
      const fitsEmbed = descriptionChars + added <= DISCORD_EMBED_LIMITS.description;
      const fitsMessage = messageChars + current.chars + added <= DISCORD_EMBED_LIMITS.totalPerMessage;
      if (fitsEmbed && fitsMessage) {
        current.lines.push(text);
        current.chars += added;
        break;
      }
      if (current.lines.length === 0 && !current.title) current = null;
      else closeEmbed();
      if (!fitsMessage) closeMessage();
    }
  }
  closeMessage();
  if (messages.length === 0) {
    messages.push({ embeds: [{ title: title || '…', color }], allowed_mentions: NO_MENTIONS });
  }
  return messages;
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return bold(escapeDiscordMarkdown(flatten(block.text)));
    case 'progress':
      return renderProgressBar(block.value, block.target);
    case 'line':
      return escapeLineStart(block.parts.map(renderInline).join(''));
  }
}

function renderInline(part: Inline): string {
  const escaped = escapeDiscordMarkdown(flatten(part.text));
  switch (part.type) {
    case 'text':
      return escaped;
    case 'strong':
      return bold(escaped);
    case 'link': {
      const url = safeLinkUrl(part.url);
      if (!url) return escaped;
      return `[${escaped || escapeDiscordMarkdown(url)}](${url})`;
    }
  }
}

/** Only http(s) links become masked links; parentheses are encoded so the URL cannot end the markup early. */
function safeLinkUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20');
}

function bold(escaped: string): string {
  return escaped.trim() === '' ? escaped : `**${escaped}**`;
}

/** A line starting "- " or "1. " would become a list item; the marker is escaped so feed text stays text. */
function escapeLineStart(rendered: string): string {
  return rendered.replace(/^(\s*)(-|\+|\d+\.)(?=\s)/, (_match, space: string, marker: string) =>
    marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
  );
}

function flatten(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${safeCut(value, max - 1)}…`;
}

/** Splits text longer than `max` at spaces where possible, never inside an escape or a surrogate pair. */
function splitLongText(value: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = value;
  while (rest.length > max) {
    let cut = safeCut(rest, max).length;
    const space = rest.lastIndexOf(' ', cut);
    if (space > max / 2) cut = space + 1;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces.filter((piece) => piece !== '');
}

function safeCut(value: string, max: number): string {
  let cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const trailingBackslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailingBackslashes % 2 === 1) cut = cut.slice(0, -1);
  return cut;
}
