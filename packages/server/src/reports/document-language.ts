import { formatPersonName, isLanguage, sourceLanguage, type Language, type PersonName } from '@sotchart/i18n';
import { readStatus } from '@sotchart/i18n/node';
import type { TFunction } from '@sotchart/i18n';
import { translator } from '../i18n/translator';

/** The namespaces a document's words come from. */
export type DocumentNamespace = 'reports' | 'handout' | 'protocolContent' | 'narrative';

/**
 * How a document gets its messages: the server's catalogues by default; a clinic's own approved
 * wording can be swapped in by passing another function with the same shape.
 */
export type DocumentTranslate = <N extends DocumentNamespace>(
  language: Language,
  namespace: N,
) => TFunction<N>;

/** The kinds of protocol-pack item a document names, as the `protocolContent` catalogue keys them. */
export type ProtocolTextKind = 'indicator' | 'redFlag' | 'contraindication' | 'urgency' | 'evidence';

/**
 * A document's language: its messages (`reports`, and `handout` for the patient handout), the
 * protocol pack's wording in that language, and dates, numbers and names formatted the way its readers
 * expect, in the clinic's time zone where an instant is printed.
 */
export interface DocumentLanguage {
  readonly language: Language;
  /** The `reports` namespace: page frame, visit note, progress report, letters, superbill. */
  readonly t: TFunction<'reports'>;
  /** The `handout` namespace: the patient handout's plain-language wording. */
  readonly handout: TFunction<'handout'>;
  /** The `narrative` namespace: the S/O/A/P sentences a note writes from the charted record. */
  readonly narrative: TFunction<'narrative'>;
  /**
   * A protocol pack item's text: the `protocolContent` message `<kind>.<id>.<field>` when the
   * catalogue has it, else the pack's own text as it is (a clinic's own item).
   */
  protocolText(kind: ProtocolTextKind, id: string, field: string, packText: string): string;
  /** A calendar day (YYYY-MM-DD), e.g. "3 Mar 2026", "2026年3月3日", "3. März 2026". */
  date(isoDate: string): string;
  /** A calendar day without its year, for chart axes, e.g. "3 Mar", "3月3日". */
  shortDate(isoDate: string): string;
  /** An instant in a time zone, e.g. "3 Mar 2026, 14:05". */
  dateTime(instant: string, timeZone: string): string;
  /** A number as the language writes it (decimal mark), at most `maximumFractionDigits` decimals. */
  number(value: number, maximumFractionDigits?: number): string;
  /** A language's name in the document's language, e.g. "Japanese", "Japanisch", "日本語". */
  languageName(tag: string): string;
  /** A person's full name in the language's order (family name first in Japanese). */
  personName(name: PersonName): string;
  /**
   * True while any message of the document's namespaces is a draft translation (never for English):
   * the document then carries the "translation not yet reviewed" line.
   */
  readonly unreviewed: boolean;
}

/**
 * The Intl locale of a language for documents. English keeps the day-month-year style documents have
 * always printed ("3 Mar 2026"); every other language uses its own.
 */
export const documentLocale = (language: Language): string => (language === 'en' ? 'en-GB' : language);

/**
 * True while any message of these namespaces is still a draft in the language, leaving out those the
 * clinic has approved in its own wording (`approved` holds `namespace:key`).
 */
export function hasDraftMessages(
  language: Language,
  namespaces: readonly DocumentNamespace[],
  approved: ReadonlySet<string> = new Set(),
): boolean {
  if (language === sourceLanguage) return false;
  return namespaces.some((ns) =>
    Object.entries(readStatus(language, ns)).some(
      ([key, status]) => status === 'draft' && !approved.has(`${ns}:${key}`),
    ),
  );
}

const serverTranslate: DocumentTranslate = (language, namespace) => translator(language, namespace);

/** A supported language for a stored or requested tag; English for anything else (an old snapshot). */
export const documentLanguageTag = (tag: string | null | undefined): Language =>
  tag !== null && tag !== undefined && isLanguage(tag) ? tag : sourceLanguage;

/**
 * The document language for `language`, with the messages of `namespaces` (their review status decides
 * the "translation not yet reviewed" line). `translate` defaults to the server's catalogues; a clinic's
 * own approved wording comes in through `translate` and `approved` (see `clinicDocumentLanguage`).
 *
 * @example
 * const dl = documentLanguage('ja', ['reports']);
 * dl.t('visitNote.title'); // '施術記録'
 */
export function documentLanguage(
  language: Language,
  namespaces: readonly DocumentNamespace[] = ['reports'],
  translate: DocumentTranslate = serverTranslate,
  approved: ReadonlySet<string> = new Set(),
): DocumentLanguage {
  const locale = documentLocale(language);
  const dayFormat = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const shortFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const content = translate(language, 'protocolContent');
  return {
    language,
    t: translate(language, 'reports'),
    handout: translate(language, 'handout'),
    narrative: translate(language, 'narrative'),
    protocolText: (kind, id, field, packText) =>
      // English is the pack's own wording (a clinic may have reworded its items); the catalogue's keys
      // are made from pack ids at run time, so they are not typed literals.
      language === sourceLanguage
        ? packText
        : content(`${kind}.${id}.${field}` as never, { defaultValue: packText }),
    date: (iso) => dayFormat.format(day(iso)),
    shortDate: (iso) => shortFormat.format(day(iso)),
    dateTime: (instant, timeZone) =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(instant)),
    number: (value, maximumFractionDigits = 1) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping: false }).format(value),
    languageName: (tag) => new Intl.DisplayNames(locale, { type: 'language' }).of(tag) ?? tag,
    personName: (name) => formatPersonName(name, language),
    unreviewed: hasDraftMessages(language, namespaces, approved),
  };
}
