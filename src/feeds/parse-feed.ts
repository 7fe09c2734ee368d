import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import type { FeedItem } from '../core/feeds/feed-item.js';
import { htmlToText } from './html-to-text.js';

export type { FeedItem };

/** A parsed feed, or the reason it could not be read. */
export type ParseFeedResult = { status: 'ok'; title: string; items: FeedItem[] } | { status: 'failed'; reason: string };

type RawItem = Parser.Item & {
  id?: string;
  'content:encoded'?: string;
  'rdf:about'?: string;
  date?: string;
};

/** The fields an id can be derived from. */
export interface ItemIdSource {
  guid?: string | null;
  link?: string | null;
  title?: string | null;
  published?: string | null;
}

/**
 * Parses RSS 2.0, Atom or RDF/RSS 1.0 with rss-parser into FeedItems; relative links are
 * resolved against `feedUrl`. Malformed XML or an HTML page is a `failed` value, never a throw.
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParseFeedResult> {
  if (looksLikeHtml(xml)) return { status: 'failed', reason: 'not a feed: the server sent an HTML page' };
  if (xml.trim() === '') return { status: 'failed', reason: 'not a feed: the body is empty' };
  let feed: Parser.Output<RawItem>;
  try {
    feed = await parseXml(xml);
  } catch (error) {
    // Real feeds often carry HTML entities, bare ampersands or unreadable Atom dates, which
    // the strict parser rejects (rss-parser throws on an invalid Atom date); one repair pass saves them.
    const repaired = repairFeedXml(xml);
    try {
      if (repaired === xml) throw error;
      feed = await parseXml(repaired);
    } catch {
      const message = error instanceof Error ? error.message : String(error);
      return { status: 'failed', reason: `not a readable feed: ${firstLine(message)}` };
    }
  }
  const items = feed.items.map((raw) => toFeedItem(raw, feedUrl));
  return { status: 'ok', title: cleanInline(htmlToText(asText(feed.title))), items };
}

/** Parses with a fresh rss-parser: xml2js keeps state between parses, which an error can leave dirty. */
function parseXml(xml: string): Promise<Parser.Output<RawItem>> {
  return new Parser<Record<string, unknown>, RawItem>().parseString(xml);
}

/** The entities XML itself defines; any other named entity comes from HTML. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Rewrites HTML named entities as numeric references, escapes bare ampersands and drops Atom
 * dates that do not parse, leaving everything else untouched.
 */
export function repairFeedXml(xml: string): string {
  const decoded = new Map<string, string>();
  return xml
    .replace(/&(?:([a-zA-Z][a-zA-Z0-9]*);|(?!#\d+;|#x[0-9a-fA-F]+;))/g, (match, name: string | undefined) => {
      if (name === undefined) return '&amp;';
      if (XML_ENTITIES.has(name)) return match;
      let replacement = decoded.get(name);
      if (replacement === undefined) {
        const text = parseHTML(`<!doctype html><html><body>&${name};</body></html>`).document.body.textContent ?? '';
        // An unknown name stays literal text, as a browser would show it.
        replacement =
          text === `&${name};` || text === ''
            ? `&amp;${name};`
            : [...text].map((c) => `&#${c.codePointAt(0)};`).join('');
        decoded.set(name, replacement);
      }
      return replacement;
    })
    .replace(/<(published|updated)>([^<]*)<\/\1>/g, (match, _tag: string, value: string) =>
      Number.isNaN(Date.parse(value.trim())) ? '' : match,
    );
}

/** Derives a stable item id: the guid, else the link, else a hash of title and publication date. */
export function itemId(source: ItemIdSource): string {
  const guid = source.guid?.trim();
  if (guid) return guid;
  const link = source.link?.trim();
  if (link) return link;
  return `sha256:${contentHash(`${source.title ?? ''}\n${source.published ?? ''}`)}`;
}

/** A short (16 hex digits of sha256) fingerprint of a text, used to notice when an article's body changed. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function toFeedItem(raw: RawItem, feedUrl: string): FeedItem {
  const title = cleanInline(htmlToText(asText(raw.title)));
  const link = resolveLink(asText(raw.link), feedUrl);
  const published = toIso(raw.isoDate ?? raw.pubDate ?? raw.date);
  const body = firstNonEmpty(raw['content:encoded'], raw.content, raw.summary);
  const guid = firstNonEmpty(raw.guid, raw.id, raw['rdf:about']);
  return { id: itemId({ guid, link, title, published }), title, link, published, text: htmlToText(body) };
}

/** rss-parser passes some elements through as xml2js objects (attributes, nested markup); keep only strings. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '_' in value && typeof value._ === 'string') return value._;
  return '';
}

function firstNonEmpty(...values: unknown[]): string {
  for (const value of values) {
    const text = asText(value);
    if (text.trim() !== '') return text;
  }
  return '';
}

function resolveLink(link: string, feedUrl: string): string {
  const trimmed = link.trim();
  if (trimmed === '') return '';
  try {
    return new URL(trimmed, feedUrl).href;
  } catch {
    return trimmed;
  }
}

function toIso(date: string | undefined): string | null {
  if (!date) return null;
  const time = Date.parse(date.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function cleanInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '');
  const start = head.replace(/^(\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*/, '');
  return /^<(!doctype\s+html|html[\s>])/i.test(start);
}
