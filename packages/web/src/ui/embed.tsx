import type { ReactNode } from 'react';

/** Fills a message's placeholder for {@link Embed}: the element goes where this mark lands. */
export const embedMark = '\u2063';

/**
 * A translated sentence with an element (a name, a command) inside it, so the sentence stays one
 * message whose word order the translation decides: translate it with the placeholder set to
 * {@link embedMark}, then pass the element as the child.
 *
 * @example
 * <Embed text={t('password.forcedBody', { name: embedMark })}><span translate="no">{name}</span></Embed>
 */
export function Embed({ text, children }: { readonly text: string; readonly children: ReactNode }) {
  const [before = '', ...rest] = text.split(embedMark);
  return (
    <>
      {before}
      {rest.length === 0 ? null : children}
      {rest.join('')}
    </>
  );
}
