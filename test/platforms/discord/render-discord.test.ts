import { describe, expect, it } from 'vitest';
import { heading, line, link, type Post, progress, strong, text } from '../../../src/core/post.js';
import {
  DISCORD_EMBED_LIMITS,
  type DiscordMessageBody,
  escapeDiscordMarkdown,
  renderDiscord,
  renderProgressBar,
} from '../../../src/platforms/discord/render-discord.js';

function aPost(fields: Partial<Post> = {}): Post {
  return { kind: 'answer', title: 'Tally', blocks: [], ...fields };
}

function messageChars(message: DiscordMessageBody): number {
  return message.embeds.reduce((sum, embed) => sum + (embed.title?.length ?? 0) + (embed.description?.length ?? 0), 0);
}

function allDescriptions(messages: DiscordMessageBody[]): string {
  return messages
    .flatMap((message) => message.embeds)
    .map((embed) => embed.description ?? '')
    .join('\n');
}

function expectWithinLimits(messages: DiscordMessageBody[]): void {
  for (const message of messages) {
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds.length).toBeGreaterThan(0);
    expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_EMBED_LIMITS.embedsPerMessage);
    expect(messageChars(message)).toBeLessThanOrEqual(DISCORD_EMBED_LIMITS.totalPerMessage);
    for (const embed of message.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_EMBED_LIMITS.title);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_EMBED_LIMITS.description);
    }
  }
}

describe('renderDiscord', () => {
  it('renders a short post as one embed: title, lines, bold, links and a progress bar', () => {
    const post = aPost({
      blocks: [
        heading('Afghan government'),
        line(strong('2,100'), text(' freed so far, '), link('Reuters', 'https://example.org/a')),
        progress(2100, 5000),
      ],
    });

    expect(renderDiscord(post)).toEqual([
      {
        embeds: [
          {
            title: 'Tally',
            description:
              '**Afghan government**\n**2,100** freed so far, [Reuters](https://example.org/a)\n' +
              '████████░░░░░░░░░░░░ 42% · 2,100 of 5,000',
            color: 0x5865f2,
          },
        ],
        allowed_mentions: { parse: [] },
      },
    ]);
  });

  it('colors alerts, digests and errors differently', () => {
    const colors = (['alert', 'digest', 'error'] as const).map(
      (kind) => renderDiscord(aPost({ kind }))[0]?.embeds[0]?.color,
    );

    expect(new Set(colors).size).toBe(3);
  });

  it('splits a very long post across embeds and messages within every limit, losing no line', () => {
    const lines = Array.from({ length: 500 }, (_, index) => line(text(`Line ${index}: ${'word '.repeat(30)}`)));

    const messages = renderDiscord(aPost({ title: 'T'.repeat(400), blocks: lines }));

    expect(messages.length).toBeGreaterThan(1);
    expectWithinLimits(messages);
    expect(messages[0]?.embeds[0]?.title).toHaveLength(DISCORD_EMBED_LIMITS.title);
    const shown = allDescriptions(messages);
    for (let index = 0; index < 500; index++) expect(shown).toContain(`Line ${index}:`);
  });

  it('cuts a single line longer than a description into pieces', () => {
    const messages = renderDiscord(aPost({ blocks: [line(text('a'.repeat(10_000)))] }));

    expectWithinLimits(messages);
    expect(allDescriptions(messages).replace(/\n/g, '')).toBe('a'.repeat(10_000));
  });

  it('never splits an escape from the character it escapes', () => {
    const messages = renderDiscord(aPost({ blocks: [line(text('*'.repeat(5000)))] }));

    for (const embed of messages.flatMap((message) => message.embeds)) {
      expect(embed.description).toMatch(/^(\\\*)+$/);
    }
  });

  it('renders a post with no blocks as a title-only embed', () => {
    expect(renderDiscord(aPost({ title: 'Nothing yet' }))[0]?.embeds).toEqual([
      { title: 'Nothing yet', color: 0x5865f2 },
    ]);
  });
});

describe('hostile feed text', () => {
  const render = (value: string): string =>
    renderDiscord(aPost({ blocks: [line(text(value))] }))[0]?.embeds[0]?.description ?? '';

  it('cannot ping anyone, even without allowed_mentions', () => {
    const shown = render('@everyone @here <@123> <@&456> <#789>');

    expect(shown).not.toMatch(/@everyone|@here|<@123>|<@&456>|<#789>/);
    expect(shown.replace(/[\u200b\\]/g, '')).toBe('@everyone @here <@123> <@&456> <#789>');
  });

  it('cannot forge a link or formatting', () => {
    const shown = render('[click](javascript:alert(1)) **bold** __u__ ~~s~~ `code` ||spoiler|| > quote # head');

    expect(shown).not.toContain('](javascript:');
    expect(shown).toBe(
      '\\[click\\]\\(javascript:alert\\(1\\)\\) \\*\\*bold\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\`code\\` ' +
        '\\|\\|spoiler\\|\\| \\> quote \\# head',
    );
  });

  it('cannot start a list', () => {
    expect(render('- 100 freed')).toBe('\\- 100 freed');
    expect(render('1. first')).toBe('1\\. first');
  });

  it('links only http and https URLs, and keeps a parenthesis in a URL inside the link', () => {
    const shown = renderDiscord(
      aPost({
        blocks: [
          line(link('evil', 'javascript:alert(1)')),
          line(link('data', 'data:text/html,hi')),
          line(link('wiki', 'https://en.wikipedia.org/wiki/Exchange_(2020)')),
        ],
      }),
    )[0]?.embeds[0]?.description;

    expect(shown).toBe('evil\ndata\n[wiki](https://en.wikipedia.org/wiki/Exchange_%282020%29)');
  });

  it('escapes the title too', () => {
    expect(renderDiscord(aPost({ title: '@everyone *now*' }))[0]?.embeds[0]?.title).toBe('@\u200beveryone \\*now\\*');
  });
});

describe('escapeDiscordMarkdown', () => {
  it('leaves plain words and numbers alone', () => {
    expect(escapeDiscordMarkdown('Kabul freed 1,500 prisoners on Thursday.')).toBe(
      'Kabul freed 1,500 prisoners on Thursday.',
    );
  });
});

describe('renderProgressBar', () => {
  it('fills in proportion to the target and caps the bar at full', () => {
    expect(renderProgressBar(0, 5000)).toBe('░░░░░░░░░░░░░░░░░░░░ 0% · 0 of 5,000');
    expect(renderProgressBar(6000, 5000)).toBe('████████████████████ 120% · 6,000 of 5,000');
  });

  it('shows the count alone when there is no target', () => {
    expect(renderProgressBar(361, 0)).toBe('361 so far');
  });
});
