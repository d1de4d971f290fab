import { useId, type ReactNode } from 'react';

export interface SectionProps {
  readonly title: string;
  /** Buttons shown beside the heading. */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

/** A titled panel of a screen; its heading names the region for assistive technology. */
export function Section({ title, actions, children }: SectionProps) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel-head">
        <h2 id={id}>{title}</h2>
        {actions === undefined ? null : <div className="panel-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
