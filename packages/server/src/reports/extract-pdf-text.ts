// For tests: reads a PDF back with pdfjs-dist (a dev dependency), so a test can look for the words a
// document must carry. Not imported by the server.

/** The PDF's pages: each page's size in points and its text, items joined by spaces. */
export interface PdfText {
  readonly pages: readonly { readonly width: number; readonly height: number; readonly text: string }[];
  /** Every page's text, joined. */
  readonly text: string;
  readonly info: Readonly<Record<string, unknown>>;
}

/** Extracts the text of every page with pdfjs-dist's legacy build (the one that runs in Node). */
export async function extractPdfText(pdf: Uint8Array): Promise<PdfText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await document.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ');
      pages.push({ width, height, text });
    }
    const metadata = await document.getMetadata();
    return {
      pages,
      text: pages.map((p) => p.text).join('\n'),
      info: metadata.info as Record<string, unknown>,
    };
  } finally {
    await document.destroy();
  }
}
