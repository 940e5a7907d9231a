import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Roboto 3.x as shipped inside the `pdfmake` npm package (fonts/Roboto/*.ttf, Apache-2.0).
 * It covers Latin-1, Latin Extended-A and the general punctuation Western European text needs
 * (é ë ß ẞ € ü ç œ Œ „ “ ” « » – — …). The bold style is Roboto Medium, as pdfmake ships it.
 */
export const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

export type FontStyle = keyof typeof FONT_FILES;

let fontBytes: Map<string, Buffer> | undefined;

export function fontDirectory(): string {
  return join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
}

/** Reads the four TTF files once; later calls return the same in-memory buffers. */
export function loadFontBytes(): Map<string, Buffer> {
  if (!fontBytes) {
    const dir = fontDirectory();
    const bytes = new Map<string, Buffer>();
    for (const file of Object.values(FONT_FILES)) {
      bytes.set(file, readFileSync(join(dir, file)));
    }
    fontBytes = bytes;
  }
  return fontBytes;
}
