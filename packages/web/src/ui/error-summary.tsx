import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the control to focus when the item is chosen; absent for errors not tied to a field. */
  readonly fieldId?: string;
  readonly message: string;
}

export interface ErrorSummaryProps {
  readonly title: string;
  readonly items: readonly ErrorSummaryItem[];
  /** Changes on every failed save (e.g. the time it was submitted); the summary takes focus then. */
  readonly revision: unknown;
}

/**
 * The list of problems at the top of a form. It takes focus after each failed save so keyboard and
 * screen-reader users learn at once that the form was not saved; each line links to its field.
 */
export function ErrorSummary({ title, items, revision }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [revision, shown]);
  if (items.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h2>{title}</h2>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.fieldId ?? ''}-${i}`}>
            {item.fieldId === undefined ? (
              item.message
            ) : (
              <a
                href={`#${item.fieldId}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(item.fieldId ?? '')?.focus();
                }}
              >
                {item.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
