import type { ReactNode } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

/** A message box; danger and warning are announced to screen readers as they appear. */
export function Alert({
  tone = 'info',
  children,
}: {
  readonly tone?: AlertTone;
  readonly children: ReactNode;
}) {
  const role = tone === 'danger' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={`alert alert-${tone}`} role={role}>
      {children}
    </div>
  );
}
