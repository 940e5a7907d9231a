import { extractText, getDocumentProxy, getMeta } from 'unpdf';

export interface ExtractedPdf {
  pages: string[];
  /** All pages, whitespace (incl. no-break spaces) collapsed to single spaces. */
  text: string;
  info: Record<string, unknown>;
}

/** Collapses every run of whitespace, including U+00A0 and U+202F, to one space. */
export function norm(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export async function extractPdf(pdf: Uint8Array): Promise<ExtractedPdf> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  try {
    const { text } = await extractText(proxy, { mergePages: false });
    const meta = await getMeta(proxy);
    const pages = text.map(norm);
    return { pages, text: pages.join(' '), info: meta.info as Record<string, unknown> };
  } finally {
    await proxy.cleanup();
  }
}
