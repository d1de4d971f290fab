import type { Visit } from '@sotchart/contract';
import type { ProtocolPack } from '@sotchart/engine';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { queryKeys } from '../../../api/query-keys';
import { chartingApi } from '../../../api/visits-api';
import { draftPatch } from './draft-patch';
import {
  startDraftSync,
  stepDraftSync,
  type DraftSyncEvent,
  type DraftSyncState,
  type DraftTimer,
} from './draft-sync';
import { forgetStoredDraft, readStoredDraft, storeDraft } from './offline-store';
import { saveFailureOf } from './save-failure';
import type { SaveState } from './save-state';
import type { VisitDraft } from './visit-draft';

/** How often unsent edits are retried while offline, in case no "online" event comes. */
const retryMs = 4000;

export interface VisitDraftControl {
  readonly draft: VisitDraft;
  readonly visit: Visit;
  readonly saveState: SaveState;
  /** False until the local copy (if any) has been read back. */
  readonly ready: boolean;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
  /** Sends unsent edits now; resolves true when the server has everything. */
  readonly flush: () => Promise<boolean>;
  /** Continues from the other version after a conflict, with `merged` as the draft to save. */
  readonly resolve: (theirs: Visit, merged: VisitDraft) => void;
  /** Replaces the visit after signing, and stops saving. */
  readonly signed: (visit: Visit) => void;
  /** The server version the draft is on now (after the latest save). */
  readonly version: () => number;
}

/**
 * The draft being charted and its way to the server: every edit is kept on this device at once,
 * saved after a short pause with the version it was made on, kept and retried while the network is
 * down, and stopped on a version conflict until the user chooses what to keep. The decisions are
 * `stepDraftSync`'s; this hook only runs its timers, requests and device storage.
 */
export function useVisitDraft(loaded: Visit, pack: ProtocolPack): VisitDraftControl {
  // The visit as first loaded; later reads of it must not restart the draft.
  const [initial] = useState(loaded);
  const visitId = initial.id;
  const queryClient = useQueryClient();
  const patchOf = useCallback((d: VisitDraft) => draftPatch(d, pack), [pack]);
  const [view, setView] = useState<DraftSyncState>(() => startDraftSync(initial, patchOf));
  // The machine's state between renders: events arrive from timers and requests, not only renders.
  const sync = useRef(view);
  const timers = useRef<Partial<Record<DraftTimer, number>>>({});
  const flushes = useRef(new Map<number, (synced: boolean) => void>());
  const nextFlush = useRef(0);

  const dispatch = useCallback(
    function dispatch(event: DraftSyncEvent): void {
      const step = stepDraftSync(sync.current, event, patchOf);
      sync.current = step.state;
      setView(step.state);
      for (const effect of step.effects) {
        switch (effect.kind) {
          case 'start-timer':
            window.clearTimeout(timers.current[effect.timer]);
            timers.current[effect.timer] = window.setTimeout(
              () => dispatch({ kind: 'timer-fired', timer: effect.timer }),
              effect.ms,
            );
            break;
          case 'cancel-timer':
            window.clearTimeout(timers.current[effect.timer]);
            break;
          case 'send':
            void chartingApi.save(visitId, { ...effect.patch, version: effect.version }).then(
              (visit) => {
                // The cached visit follows the server, so the copy kept for offline use (the day's
                // working set) is the version later edits are made on, not the one first opened.
                queryClient.setQueryData(queryKeys.visit(visitId), visit);
                dispatch({ kind: 'save-succeeded', visit });
              },
              (error: unknown) => dispatch({ kind: 'save-failed', failure: saveFailureOf(error) }),
            );
            break;
          case 'keep': {
            const { draft, version, base } = effect;
            const savedAt = new Date().toISOString();
            void storeDraft({ visitId, draft, version, base, savedAt }).catch(() => undefined);
            break;
          }
          case 'forget':
            void forgetStoredDraft(visitId).catch(() => undefined);
            break;
          case 'flushed':
            for (const id of effect.flushes) {
              flushes.current.get(id)?.(effect.synced);
              flushes.current.delete(id);
            }
            break;
          default: {
            const unknown: never = effect;
            throw new Error(`unknown draft effect ${JSON.stringify(unknown)}`);
          }
        }
      }
    },
    [patchOf, queryClient, visitId],
  );

  useEffect(() => {
    let cancelled = false;
    void readStoredDraft(visitId)
      .catch(() => undefined)
      .then((stored) => {
        if (!cancelled) dispatch({ kind: 'stored-read', stored });
      });
    return () => {
      cancelled = true;
    };
  }, [dispatch, visitId]);

  // Retries unsent edits when the connection returns, and now and then in case no event comes.
  useEffect(() => {
    const retry = (): void => dispatch({ kind: 'retry-due' });
    window.addEventListener('online', retry);
    const timer = window.setInterval(retry, retryMs);
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [dispatch]);

  useEffect(() => () => dispatch({ kind: 'left' }), [dispatch]);

  // Applied to the machine's draft, not the rendered one, so edits in one tick build on each other.
  const update = useCallback(
    (change: (d: VisitDraft) => VisitDraft) =>
      dispatch({ kind: 'edited', draft: change(sync.current.draft) }),
    [dispatch],
  );

  const flush = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        const flush = nextFlush.current++;
        flushes.current.set(flush, resolve);
        dispatch({ kind: 'flush-requested', flush });
      }),
    [dispatch],
  );

  const resolve = useCallback(
    (theirs: Visit, merged: VisitDraft) => dispatch({ kind: 'resolved', theirs, merged }),
    [dispatch],
  );

  const signed = useCallback((visit: Visit) => dispatch({ kind: 'signed', visit }), [dispatch]);

  const version = useCallback(() => sync.current.version, []);

  const { draft, visit, saveState, ready } = view;
  return { draft, visit, saveState, ready, update, flush, resolve, signed, version };
}
