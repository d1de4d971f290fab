import { useEffect, useRef, type ReactNode } from 'react';

export interface PageTitleProps {
  /** The document title's first part and, unless `children` is given, the heading text. */
  readonly title: string;
  readonly children?: ReactNode;
  /** False on screens that put focus somewhere more useful, e.g. the search box. */
  readonly focusOnOpen?: boolean;
}

/**
 * The screen's `<h1>`. It sets the document title and takes focus when the screen opens, so a
 * screen reader announces where a navigation landed.
 */
export function PageTitle({ title, children, focusOnOpen = true }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · SOT Chart`;
    if (focusOnOpen) ref.current?.focus({ preventScroll: true });
  }, [title, focusOnOpen]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children ?? title}
    </h1>
  );
}
