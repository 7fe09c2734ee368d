import type { Block, Inline, Post } from '../../core/post.js';

/** Width of the console progress bar, in characters. */
const BAR_WIDTH = 20;

/** A text progress bar: "[########............] 41% (2,050 / 5,000)". */
export function progressBar(value: number, target: number, width = BAR_WIDTH): string {
  const ratio = target > 0 ? Math.max(0, Math.min(1, value / target)) : 0;
  const filled = Math.round(ratio * width);
  const percent = Math.floor(ratio * 100);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% (${value.toLocaleString('en-US')} / ${target.toLocaleString('en-US')})`;
}

function renderInline(part: Inline): string {
  switch (part.type) {
    case 'text':
      return part.text;
    case 'strong':
      return part.text;
    case 'link':
      return `${part.text} <${part.url}>`;
  }
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `\n${block.text}`;
    case 'line':
      return `  ${block.parts.map(renderInline).join('')}`;
    case 'progress':
      return `  ${progressBar(block.value, block.target)}`;
  }
}

/** Renders a post as readable plain text for a terminal; control characters from feeds are removed. */
export function renderConsole(post: Post): string {
  const label =
    post.kind === 'alert' ? 'ALERT' : post.kind === 'digest' ? 'DIGEST' : post.kind === 'error' ? 'ERROR' : '';
  const title = label ? `[${label}] ${post.title}` : post.title;
  const body = post.blocks.map(renderBlock).join('\n');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal control characters from feed text is the point
  return `${title}\n${body}\n`.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
