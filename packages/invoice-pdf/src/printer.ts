import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { FONT_FILES, loadFontBytes } from './fonts.js';
import { FONT_FAMILY } from './layout.js';

const require = createRequire(import.meta.url);

/** The part of pdfmake's (untyped) server-side Printer this package uses. */
export interface PdfPrinter {
  createPdfKitDocument(
    docDefinition: TDocumentDefinitions,
    options?: Record<string, unknown>,
  ): Promise<Readable & { end(): void }>;
}

interface VirtualFs {
  existsSync(path: string): boolean;
  readFileSync(path: string): Buffer;
}

type PdfPrinterClass = new (
  fontDescriptors: Record<string, Record<string, string>>,
  virtualfs: VirtualFs,
  urlResolver: { resolve(url: string): void; resolved(): Promise<void> },
  localAccessPolicy: (path: string) => boolean,
) => PdfPrinter;

/** A parsed font as fontkit returns it; opaque here. */
type FontkitFont = object;

interface FontkitModule {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
  registerFormat(format: unknown): void;
}

/** pdfkit's EmbeddedFont, as far as this module touches it. */
interface EmbeddedFont {
  font: FontkitFont;
  layoutCache?: Record<string, unknown>;
}

interface PdfmakeDocumentPrototype {
  provideFont(this: { virtualfs: unknown }, family: string, bold: boolean, italics: boolean): EmbeddedFont;
}

/**
 * Word layouts shared by every document of this printer are dropped after this many renders,
 * so that a long-running process does not grow the cache without bound.
 */
const LAYOUT_CACHE_RENDERS = 2_000;

/** Marks a stand-in "font file" that stands for an already parsed font (see below). */
const TOKEN_MAGIC = 'ORION-PARSED-FONT:';

let printer: PdfPrinter | undefined;
let fontsParsedOnce = false;
let rendersSinceReset = 0;
let layoutCaches = new WeakMap<FontkitFont, Record<string, unknown>>();

/**
 * Parses each font once and makes every document reuse the parsed font.
 *
 * pdfkit calls `fontkit.create(bytes)` for each new document, and parsing Roboto's tables is
 * most of the cost of a small PDF. The parsed font is read-only for pdfkit (each document makes
 * its own subset of it), so one parse can serve all documents. The virtual file system hands
 * pdfkit a small token instead of the TTF bytes, and a font "format" registered with fontkit
 * (its public `registerFormat`) recognises the token and returns the parsed font. Other users of
 * fontkit in the process never see a token, so they are unaffected.
 *
 * Returns the token for each font file, or undefined if pdfkit does not use the fontkit module
 * this package registered with (then fonts are parsed per document: slower, still correct).
 */
function parsedFontTokens(bytes: ReadonlyMap<string, Buffer>): Map<string, Buffer> | undefined {
  try {
    const fromPdfmake = createRequire(require.resolve('pdfmake/package.json'));
    const fontkit = createRequire(fromPdfmake.resolve('pdfkit'))('fontkit') as FontkitModule;
    const parsed = new Map<string, FontkitFont>();
    const tokens = new Map<string, Buffer>();
    for (const [file, data] of bytes) {
      const token = Buffer.from(`${TOKEN_MAGIC}${file}`, 'latin1');
      parsed.set(token.toString('latin1'), fontkit.create(data));
      tokens.set(file, token);
    }
    const magic = Buffer.from(TOKEN_MAGIC, 'latin1');
    class ParsedFontToken {
      static probe(buffer: Uint8Array): boolean {
        return (
          buffer.length > magic.length && Buffer.from(buffer.buffer, buffer.byteOffset, magic.length).equals(magic)
        );
      }
      constructor(stream: { buffer: Uint8Array }) {
        const b = stream.buffer;
        const font = parsed.get(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1'));
        if (!font) throw new Error('unknown parsed-font token');
        // biome-ignore lint/correctness/noConstructorReturn: returns the already parsed font
        return font as ParsedFontToken;
      }
    }
    fontkit.registerFormat(ParsedFontToken);
    // Check that the format is recognised (pdfkit requires this same fontkit module).
    const [, token] = [...tokens][0];
    if (fontkit.create(token) !== parsed.get(token.toString('latin1'))) return undefined;
    return tokens;
  } catch {
    return undefined;
  }
}

/**
 * Shares pdfkit's per-document word-layout cache (text → shaped glyph run) between the
 * documents of this printer, per font. Cached runs are never mutated (pdfkit copies a run's
 * positions before adjusting word spacing), so sharing them is safe. Scoped to documents that
 * use this package's virtual file system.
 */
function shareLayoutCache(vfs: VirtualFs): void {
  try {
    hookProvideFont(vfs);
  } catch {
    // pdfmake's internals moved: documents keep their own cache (slower, still correct).
  }
}

function hookProvideFont(vfs: VirtualFs): void {
  const fromPdfmake = createRequire(require.resolve('pdfmake/package.json'));
  const PDFDocument = (fromPdfmake('./js/PDFDocument.js') as { default: { prototype: PdfmakeDocumentPrototype } })
    .default;
  const originalProvideFont = PDFDocument.prototype.provideFont;
  if (typeof originalProvideFont !== 'function') return;
  PDFDocument.prototype.provideFont = function provideFont(family, bold, italics) {
    const embedded = originalProvideFont.call(this, family, bold, italics);
    if (this.virtualfs === vfs && embedded?.layoutCache && embedded.font) {
      let shared = layoutCaches.get(embedded.font);
      if (!shared) {
        shared = Object.create(null) as Record<string, unknown>;
        layoutCaches.set(embedded.font, shared);
      }
      embedded.layoutCache = shared;
    }
    return embedded;
  };
}

/**
 * The process-wide printer: created once, with the font bytes read once into an in-memory
 * file system. Nothing is fetched from the network and no other local file may be read.
 */
export function getPrinter(): PdfPrinter {
  if (!printer) {
    const bytes = loadFontBytes();
    const tokens = parsedFontTokens(bytes);
    fontsParsedOnce = tokens !== undefined;
    const files = tokens ?? bytes;
    const vfs: VirtualFs = {
      existsSync: (path) => files.has(path),
      readFileSync: (path) => {
        const data = files.get(path);
        if (!data) throw new Error(`font ${path} is not embedded`);
        return data;
      },
    };
    shareLayoutCache(vfs);
    const Printer = (
      createRequire(require.resolve('pdfmake/package.json'))('./js/Printer.js') as {
        default: PdfPrinterClass;
      }
    ).default;
    const noUrls = {
      resolve(url: string) {
        if (/^https?:\/\//i.test(url)) throw new Error(`remote resources are not allowed: ${url}`);
      },
      resolved: async () => {},
    };
    printer = new Printer({ [FONT_FAMILY]: { ...FONT_FILES } }, vfs, noUrls, () => false);
  }
  if (++rendersSinceReset > LAYOUT_CACHE_RENDERS) {
    rendersSinceReset = 0;
    layoutCaches = new WeakMap();
  }
  return printer;
}

/** Whether documents reuse the fonts parsed once (the fast path); for tests and diagnostics. */
export function fontsAreParsedOnce(): boolean {
  getPrinter();
  return fontsParsedOnce;
}
