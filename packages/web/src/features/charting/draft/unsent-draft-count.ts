import { withStore } from './device-database';

// Its own module: the app's entry asks for the count before any charting code is loaded.
/** How many visits have edits kept on this device that the server does not have yet. */
export async function unsentDraftCount(): Promise<number> {
  return withStore('drafts', 'readonly', (store) => store.count());
}
