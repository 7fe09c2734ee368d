/** How many leading bytes are searched for an XML prolog or HTML meta charset (the HTML spec pre-scans 1024). */
const SNIFF_BYTES = 1024;

/**
 * Picks the charset of a body: a byte-order mark, then the Content-Type header, then the XML
 * prolog's `encoding="…"`, then an HTML `<meta charset>`, else UTF-8. A label TextDecoder does
 * not know is skipped in favour of the next source, because a mislabelled feed is still worth reading.
 */
export function detectCharset(contentType: string, bytes: Uint8Array): string {
  const bom = charsetFromBom(bytes);
  if (bom) return bom;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const candidates = [
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1],
    /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1],
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1],
  ];
  for (const label of candidates) {
    if (label && isKnownCharset(label)) return label.toLowerCase();
  }
  return 'utf-8';
}

/** Decodes bytes with a charset label that `detectCharset` returned; invalid sequences become U+FFFD. */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset).decode(bytes);
}

function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isKnownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
