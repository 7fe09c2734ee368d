const ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/g;

/**
 * Letters with diacritics read as their base letter, one character for one, so every offset into the folded text is
 * an offset into the original: "Pétronin, 75," is read like "Petronin, 75,", and a sentence that opens with "Éric"
 * opens with a capital. Letters with no base letter in the Latin alphabet ("ß", "Ø") stay as they are.
 */
export function foldDiacritics(text: string): string {
  return text.replace(ACCENTED, (letter) => {
    const base = letter.normalize('NFD')[0] ?? letter;
    return /^[A-Za-z]$/.test(base) ? base : letter;
  });
}
