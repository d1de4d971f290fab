import { createRequire } from 'node:module';
import type { Language } from '@sotchart/i18n';

const require = createRequire(import.meta.url);

/**
 * The font names every report draws with, by role. Each name is registered on a document with the
 * TrueType file its language needs (see {@link fontFilesFor}), so the drawing code never changes with
 * the language.
 */
export const fonts = {
  regular: 'ReportSans',
  bold: 'ReportSans-Bold',
  italic: 'ReportSans-Italic',
  mono: 'ReportMono',
} as const;

export type FontRole = keyof typeof fonts;

/**
 * DejaVu, from the `dejavu-fonts-ttf` package (never the system's font folders, so a document looks
 * the same on every machine): Latin with accents, °, ±, ✓. Italian, Portuguese, Spanish, French and
 * German print with it as English does.
 */
export const fontFiles: Readonly<Record<FontRole, string>> = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  mono: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'),
};

/**
 * Noto Sans JP, whole TrueType files from the `@expo-google-fonts/noto-sans-jp` package: DejaVu has no
 * Japanese. It has no italic, so italic prints upright (as Japanese typesetting does); codes and
 * hashes keep DejaVu Sans Mono, whose digits and letters are all they hold.
 */
export const japaneseFontFiles: Readonly<Record<FontRole, string>> = {
  regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  mono: fontFiles.mono,
};

/** The font files a document in `language` is drawn with. */
export const fontFilesFor = (language: Language): Readonly<Record<FontRole, string>> =>
  language === 'ja' ? japaneseFontFiles : fontFiles;

/**
 * Registers the report fonts for a document's language; pdfkit embeds only the glyphs used (a
 * subset), so even the large Japanese files add only what the document prints.
 */
export function registerFonts(doc: PDFKit.PDFDocument, language: Language = 'en'): void {
  const files = fontFilesFor(language);
  for (const role of Object.keys(fonts) as FontRole[]) doc.registerFont(fonts[role], files[role]);
}
