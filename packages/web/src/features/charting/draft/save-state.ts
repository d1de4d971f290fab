import type { Visit } from '@sotchart/contract';
import { i18n } from '../../../i18n/translation';
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
      return i18n.t('saveState.saved', { ns });
    case 'pending':
      return i18n.t('saveState.pending', { ns });
    case 'saving':
      return i18n.t('saveState.saving', { ns });
    case 'offline':
      return i18n.t('saveState.offline', { ns });
    case 'conflict':
      return i18n.t('saveState.conflict', { ns });
    case 'signed-elsewhere':
      return i18n.t('saveState.signedElsewhere', { ns });
    case 'error':
      return i18n.t('saveState.error', { ns, message: state.message });
    default: {
      const unknown: never = state;
      return String(unknown);
    }
  }
}
