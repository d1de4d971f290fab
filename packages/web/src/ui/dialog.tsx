import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  readonly open: boolean;
  /** The heading; a node when it holds user data (e.g. a name marked `translate="no"`). */
  readonly title: ReactNode;
  /** Called on Escape; omit it for a dialog that must be answered (e.g. re-authentication). */
  readonly onClose?: () => void;
  readonly children: ReactNode;
}

/**
 * A modal built on the native `<dialog>`: the browser traps focus, makes the page behind it inert and
 * restores focus to the opener on close.
 */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose?.();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open ? children : null}
    </dialog>
  );
}
