import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-to-text.js';

/** The readable part of a news page. */
export interface ReadArticleResult {
  title: string;
  /** Plain text of the article body, paragraphs separated by blank lines. */
  text: string;
}

/**
 * Extracts the main text of a news page with Mozilla Readability (the Firefox Reader View
 * algorithm) on a linkedom DOM, dropping navigation, ads and comments; null when the page has
 * no readable body.
 */
export function readArticle(html: string, url: string): ReadArticleResult | null {
  let parsed: ReturnType<Readability['parse']>;
  try {
    const { document } = parseHTML(html);
    setDocumentUrl(document, url);
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const text = htmlToText(parsed.content);
  if (text === '') return null;
  return { title: (parsed.title ?? '').replace(/\s+/g, ' ').trim(), text };
}

/** Readability resolves relative links against the document URL, which linkedom leaves unset. */
function setDocumentUrl(document: object, url: string): void {
  try {
    Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
    Object.defineProperty(document, 'baseURI', { value: url, configurable: true });
  } catch {
    // A read-only URL only costs relative-link resolution, which the plain text does not use.
  }
}
