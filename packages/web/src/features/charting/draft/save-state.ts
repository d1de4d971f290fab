import type { Visit } from '@sotchart/contract';
import i18next from 'i18next';
import type { VisitDraft } from './visit-draft';

/** Where the draft's latest edits are: on the server, on their way, kept on this device, or stuck. */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'conflict'; readonly theirs: Visit; readonly base: VisitDraft }
  | { readonly kind: 'signed-elsewhere' }
  | { readonly kind: 'error'; readonly message: string };

/**
 * The status line for a save state, in plain words, in the app's language (the `chartingNote`
 * catalogue, which the screen showing it loads).
 */
export function saveStateText(state: SaveState): string {
  const ns = 'chartingNote';
  switch (state.kind) {
    case 'saved':
      return i18next.t('saveState.saved', { ns });
    case 'pending':
      return i18next.t('saveState.pending', { ns });
    case 'saving':
      return i18next.t('saveState.saving', { ns });
    case 'offline':
      return i18next.t('saveState.offline', { ns });
    case 'conflict':
      return i18next.t('saveState.conflict', { ns });
    case 'signed-elsewhere':
      return i18next.t('saveState.signedElsewhere', { ns });
    case 'error':
      return i18next.t('saveState.error', { ns, message: state.message });
    default: {
      const unknown: never = state;
      return String(unknown);
    }
  }
}
