/**
 * Where a translated message stands: `draft` until a clinician who practises in the language has
 * checked it, then `clinician-reviewed`. English, the source, is always reviewed.
 *
 * Source: issue 24.
 */
export const reviewStatuses = ['draft', 'clinician-reviewed'] as const;

export type ReviewStatus = (typeof reviewStatuses)[number];

/** A namespace's review status by message key. */
export type StatusCatalog = Readonly<Record<string, ReviewStatus>>;

/** A namespace's messages (ICU MessageFormat) by key. */
export type MessageCatalog = Readonly<Record<string, string>>;
