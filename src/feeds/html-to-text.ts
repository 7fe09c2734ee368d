import { parseHTML } from 'linkedom';

/** Elements whose content is never prose. */
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'HEAD',
  'TITLE',
  'BUTTON',
  'SELECT',
  'FORM',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Turns HTML (a fragment or a whole page) into plain text: block elements become paragraphs
 * separated by one blank line, `<br>` a line break, scripts and styles vanish, entities are
 * decoded and runs of whitespace collapse to one space.
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return normalizeParagraphs(html.split(/\n[ \t\r\u00a0]*\n/));
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  let current = '';
  const breakParagraph = () => {
    paragraphs.push(current);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (DROPPED.has(name)) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) breakParagraph();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) breakParagraph();
  };
  walk(document.body as unknown as DomNode);
  breakParagraph();
  return normalizeParagraphs(paragraphs);
}

/** Collapses whitespace inside each paragraph (keeping `<br>` line breaks) and joins them with blank lines. */
function normalizeParagraphs(paragraphs: string[]): string {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const lines = paragraph
      .split('\n')
      .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length > 0) out.push(lines.join('\n'));
  }
  return out.join('\n\n');
}
