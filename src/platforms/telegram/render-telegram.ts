import type { Block, Inline, Post } from '../../core/post.js';

/**
 * Telegram's sendMessage limit: 4096 characters after entity parsing (Bot API, sendMessage).
 * We measure the HTML source instead, which is never shorter than the parsed text.
 */
export const TELEGRAM_MESSAGE_LIMIT = 4096; // characters

const PROGRESS_CELLS = 10;
const groupDigits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Escapes text for Telegram's HTML parse mode, quotes included so the result is also safe inside href="…". */
export function escapeTelegramHtml(value: string): string {
  return value.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] ?? char);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Renders a Post as Telegram HTML messages of at most TELEGRAM_MESSAGE_LIMIT characters each,
 * split on line boundaries (inside an over-long line, between whole tags and entities only).
 */
export function renderTelegram(post: Post, limit: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  const lines: Fragment[][] = [bold(post.title, limit), ...post.blocks.map((block) => renderBlock(block, limit))];
  return packLines(lines, limit);
}

/** A self-contained HTML piece (every tag it opens, it closes) no longer than the limit. */
type Fragment = string;

function renderBlock(block: Block, limit: number): Fragment[] {
  switch (block.type) {
    case 'heading':
      return bold(block.text, limit);
    case 'progress':
      return [escapeTelegramHtml(progressBar(block.value, block.target))];
    case 'line':
      return block.parts.flatMap((part) => renderInline(part, limit));
  }
}

function renderInline(inline: Inline, limit: number): Fragment[] {
  switch (inline.type) {
    case 'text':
      return plain(inline.text, limit);
    case 'strong':
      return bold(inline.text, limit);
    case 'link': {
      const href = safeHref(inline.url);
      if (href === null) return plain(inline.text, limit);
      const open = `<a href="${escapeTelegramHtml(href)}">`;
      const html = `${open}${escapeTelegramHtml(inline.text)}</a>`;
      // A link too long for one message keeps its words and loses its target rather than break the tag.
      return html.length <= limit ? [html] : plain(inline.text, limit);
    }
  }
}

/** Only http(s) targets become links: `javascript:`, `data:` and `tg:` URLs from feeds stay inert text. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function bold(value: string, limit: number): Fragment[] {
  const wrapper = '<b></b>'.length;
  return chunkEscaped(value, limit - wrapper).map((chunk) => `<b>${chunk}</b>`);
}

function plain(value: string, limit: number): Fragment[] {
  return chunkEscaped(value, limit);
}

/** Escapes text and cuts it into pieces of at most `size` characters, never inside an entity or a surrogate pair. */
function chunkEscaped(value: string, size: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const char of value) {
    const escaped = HTML_ESCAPES[char] ?? char;
    if (current.length + escaped.length > size) {
      chunks.push(current);
      current = '';
    }
    current += escaped;
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/**
 * A text progress bar, e.g. "▓▓▓▓▓░░░░░ 49% (2,460 / 5,000)". Cells round to the nearest tenth but
 * are only all full when the target is met; the percentage rounds down so 99.6% never reads 100%.
 */
export function progressBar(value: number, target: number): string {
  if (!(target > 0)) return groupDigits.format(value);
  const ratio = Math.min(Math.max(value / target, 0), 1);
  const filled = Math.min(Math.round(ratio * PROGRESS_CELLS), value >= target ? PROGRESS_CELLS : PROGRESS_CELLS - 1);
  const percent = Math.floor((value / target) * 100);
  const bar = '▓'.repeat(filled) + '░'.repeat(PROGRESS_CELLS - filled);
  return `${bar} ${percent}% (${groupDigits.format(value)} / ${groupDigits.format(target)})`;
}

/** Packs lines into messages; a line that fits nowhere whole is spread over messages fragment by fragment. */
function packLines(lines: Fragment[][], limit: number): string[] {
  const messages: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim().length > 0) messages.push(current);
    current = '';
  };
  const append = (piece: string, separator: string): void => {
    if (current.length > 0 && current.length + separator.length + piece.length > limit) flush();
    current = current.length > 0 ? current + separator + piece : piece;
  };
  for (const fragments of lines) {
    const whole = fragments.join('');
    if (whole.length <= limit) {
      append(whole, '\n');
      continue;
    }
    append(fragments[0] ?? '', '\n');
    for (const fragment of fragments.slice(1)) append(fragment, '');
  }
  flush();
  return messages;
}
