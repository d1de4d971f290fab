import type { ReactNode } from 'react';

/** A full-width notice above the page header, labelled so it is listed among the page's regions. */
export function Banner({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <section className="banner" aria-label={label}>
      {children}
    </section>
  );
}
