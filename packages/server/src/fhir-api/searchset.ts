import type { Bundle, BundleLink, Resource } from '@medplum/fhirtypes';

/** Where a searchset Bundle's links point: the request's own URL on the server's public address. */
export interface SearchPage {
  /** The FHIR base URL, `https://host/fhir/R4`. */
  readonly base: string;
  /** The path and query as asked, `/fhir/R4/Observation?patient=…`. */
  readonly requestUrl: string;
  readonly count: number;
  readonly offset: number;
}

function withOffset(page: SearchPage, offset: number): string {
  const url = new URL(page.requestUrl, page.base);
  url.searchParams.set('_offset', String(offset));
  url.searchParams.set('_count', String(page.count));
  return url.toString();
}

/**
 * A `searchset` Bundle of one page of `matches` (FHIR R4 §3.1.1.4): `total` counts all of them, `self`
 * is the request, `next` and `previous` page through with `_offset`.
 */
export function searchset(matches: readonly Resource[], page: SearchPage): Bundle {
  const slice = matches.slice(page.offset, page.offset + page.count);
  const link: BundleLink[] = [{ relation: 'self', url: new URL(page.requestUrl, page.base).toString() }];
  if (page.offset + page.count < matches.length)
    link.push({ relation: 'next', url: withOffset(page, page.offset + page.count) });
  if (page.offset > 0)
    link.push({ relation: 'previous', url: withOffset(page, Math.max(0, page.offset - page.count)) });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    link,
    ...(slice.length === 0
      ? {}
      : {
          entry: slice.map((resource) => ({
            fullUrl: `${page.base}/${resource.resourceType}/${resource.id ?? ''}`,
            resource,
            search: { mode: 'match' as const },
          })),
        }),
  };
}
