import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The font names every report uses, registered from the `dejavu-fonts-ttf` package (never from the
 * system's font folders, so a document looks the same on every machine and covers accents, °, ±, ✓).
 */
export const fonts = {
  regular: 'DejaVuSans',
  bold: 'DejaVuSans-Bold',
  italic: 'DejaVuSans-Oblique',
  mono: 'DejaVuSansMono',
} as const;

export type FontRole = keyof typeof fonts;

/** The TrueType file of each font, resolved inside the npm package. */
export const fontFiles: Readonly<Record<FontRole, string>> = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  mono: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'),
};

/** Registers the report fonts on a document; only the glyphs used are embedded (subset). */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const role of Object.keys(fonts) as FontRole[]) doc.registerFont(fonts[role], fontFiles[role]);
}
