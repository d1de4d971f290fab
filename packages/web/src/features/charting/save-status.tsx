import type { SaveState } from './draft/save-state';
import { saveStateText } from './draft/save-state';

/** The draft's save status, announced politely as it changes. */
export function SaveStatus({ state }: { readonly state: SaveState }) {
  return (
    <p className={`save-status save-${state.kind}`} role="status" data-save={state.kind}>
      {saveStateText(state)}
    </p>
  );
}
