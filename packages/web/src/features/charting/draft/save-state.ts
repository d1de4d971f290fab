import type { Visit } from '@sotchart/contract';
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

/** The status line for a save state, in plain words. */
export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'All changes saved';
    case 'pending':
      return 'Changes not saved yet';
    case 'saving':
      return 'Saving…';
    case 'offline':
      return 'Saved on this device — it will be sent when the connection returns';
    case 'conflict':
      return 'Someone else saved this visit: choose what to keep';
    case 'signed-elsewhere':
      return 'This visit was signed elsewhere; reload to see it';
    case 'error':
      return `Not saved: ${state.message}`;
    default: {
      const unknown: never = state;
      return String(unknown);
    }
  }
}
