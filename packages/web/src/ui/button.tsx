import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: ButtonVariant;
  /** Shows the button as busy and disables it while an action runs. */
  readonly busy?: boolean;
}

/** A button with a 44 px hit target; `type` defaults to "button" so it never submits a form by accident. */
export function Button({
  variant = 'secondary',
  busy = false,
  type = 'button',
  className,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={['button', `button-${variant}`, className].filter(Boolean).join(' ')}
      disabled={rest.disabled === true || busy}
      aria-busy={busy || undefined}
    />
  );
}
