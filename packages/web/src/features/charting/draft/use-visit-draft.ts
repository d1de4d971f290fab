import { VisitSchema, type Visit } from '@sotchart/contract';
import type { ProtocolPack } from '@sotchart/engine';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { chartingApi } from '../../../api/visits-api';
import { draftPatch } from './draft-patch';
import { forgetStoredDraft, readStoredDraft, storeDraft } from './offline-store';
import type { SaveState } from './save-state';
import { draftOf, type VisitDraft } from './visit-draft';

const saveDelayMs = 700;
const storeDelayMs = 150;
const retryMs = 4000;

interface Sync {
  version: number;
  base: VisitDraft;
  /** The body of the last save the server accepted (or the loaded visit's), to tell what is unsent. */
  lastSent: string;
  latest: VisitDraft;
  inFlight: Promise<void> | null;
  /** A conflict or a signed visit stops saving until it is resolved. */
  halted: boolean;
  /** The last save failed for want of a network; retried when it returns. */
  offline: boolean;
}

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
 * down, and stopped on a version conflict until the user chooses what to keep.
 */
export function useVisitDraft(loaded: Visit, pack: ProtocolPack): VisitDraftControl {
  // The visit as first loaded; later reads of it must not restart the draft.
  const [initial] = useState(loaded);
  const [draft, setDraft] = useState<VisitDraft>(() => draftOf(initial));
  const [visit, setVisit] = useState<Visit>(initial);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [ready, setReady] = useState(false);
  const bodyOf = useCallback((d: VisitDraft) => JSON.stringify(draftPatch(d, pack)), [pack]);
  const sync = useRef<Sync>({
    version: initial.version,
    base: draftOf(initial),
    lastSent: bodyOf(draftOf(initial)),
    latest: draftOf(initial),
    inFlight: null,
    halted: initial.status === 'signed',
    offline: false,
  });
  const saveTimer = useRef<number | undefined>(undefined);
  const storeTimer = useRef<number | undefined>(undefined);

  const keepLocally = useCallback(async (): Promise<void> => {
    const s = sync.current;
    await storeDraft({
      visitId: initial.id,
      draft: s.latest,
      version: s.version,
      base: s.base,
      savedAt: new Date().toISOString(),
    }).catch(() => undefined);
  }, [initial.id]);

  const saveOnce = useCallback(async (): Promise<void> => {
    const s = sync.current;
    const body = bodyOf(s.latest);
    if (s.halted) return;
    if (body === s.lastSent) {
      setSaveState({ kind: 'saved' });
      await forgetStoredDraft(initial.id).catch(() => undefined);
      return;
    }
    setSaveState({ kind: 'saving' });
    try {
      const saved = await chartingApi.save(initial.id, { ...draftPatch(s.latest, pack), version: s.version });
      s.version = saved.version;
      s.base = draftOf(saved);
      s.lastSent = body;
      s.offline = false;
      setVisit(saved);
      if (bodyOf(s.latest) === body) {
        await forgetStoredDraft(initial.id).catch(() => undefined);
        setSaveState({ kind: 'saved' });
      } else {
        setSaveState({ kind: 'pending' });
      }
    } catch (error) {
      await keepLocally();
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        const theirs = VisitSchema.safeParse(error.current);
        if (theirs.success) {
          s.halted = true;
          setSaveState({ kind: 'conflict', theirs: theirs.data, base: s.base });
          return;
        }
      }
      if (error instanceof ApiError && error.code === 'VISIT_SIGNED') {
        s.halted = true;
        setSaveState({ kind: 'signed-elsewhere' });
      } else if (error instanceof ApiError && error.code === 'NETWORK') {
        s.offline = true;
        setSaveState({ kind: 'offline' });
      } else {
        setSaveState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    }
  }, [bodyOf, initial.id, keepLocally, pack]);

  const save = useCallback(async (): Promise<void> => {
    const s = sync.current;
    while (s.inFlight !== null) await s.inFlight;
    const run = saveOnce().finally(() => {
      s.inFlight = null;
    });
    s.inFlight = run;
    await run;
  }, [saveOnce]);

  const schedule = useCallback(() => {
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => void save(), saveDelayMs);
  }, [save]);

  // Reads back edits this device kept but the server never got (offline, closed tab, conflict).
  useEffect(() => {
    let cancelled = false;
    void readStoredDraft(initial.id)
      .catch(() => undefined)
      .then((stored) => {
        if (cancelled) return;
        const s = sync.current;
        if (stored !== undefined && initial.status === 'draft' && bodyOf(stored.draft) !== s.lastSent) {
          s.latest = stored.draft;
          setDraft(stored.draft);
          if (stored.version !== initial.version) {
            s.halted = true;
            setSaveState({ kind: 'conflict', theirs: initial, base: stored.base });
          }
        }
        setReady(true);
      });
    return () => {
      cancelled = true;
    };
  }, [bodyOf, initial]);

  useEffect(() => {
    if (!ready) return;
    const s = sync.current;
    s.latest = draft;
    if (s.halted) return;
    if (bodyOf(draft) === s.lastSent) {
      // An edit undone before it was sent leaves nothing to save.
      if (s.inFlight === null)
        setSaveState((current) => (current.kind === 'pending' ? { kind: 'saved' } : current));
      return;
    }
    setSaveState((current) => (current.kind === 'offline' ? current : { kind: 'pending' }));
    window.clearTimeout(storeTimer.current);
    storeTimer.current = window.setTimeout(() => void keepLocally(), storeDelayMs);
    schedule();
  }, [bodyOf, draft, keepLocally, ready, schedule]);

  // Retries unsent edits when the connection returns, and now and then in case no event comes.
  useEffect(() => {
    const retry = (): void => {
      const s = sync.current;
      if (s.offline && !s.halted && s.inFlight === null) void save();
    };
    window.addEventListener('online', retry);
    const timer = window.setInterval(retry, retryMs);
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [bodyOf, save]);

  // Leaving the screen before the pause is over still keeps the edits and sends them.
  useEffect(
    () => () => {
      window.clearTimeout(saveTimer.current);
      window.clearTimeout(storeTimer.current);
      const s = sync.current;
      if (!s.halted && bodyOf(s.latest) !== s.lastSent) void keepLocally().then(() => save());
    },
    [bodyOf, keepLocally, save],
  );

  // The status turns "not saved yet" in the same render as the edit, so it never claims a save early.
  const update = useCallback((change: (d: VisitDraft) => VisitDraft) => {
    setDraft((current) => change(current));
    setSaveState((current) => (current.kind === 'saved' ? { kind: 'pending' } : current));
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(saveTimer.current);
    const s = sync.current;
    await save();
    return !s.halted && bodyOf(s.latest) === s.lastSent;
  }, [bodyOf, save]);

  const resolve = useCallback(
    (theirs: Visit, merged: VisitDraft) => {
      const s = sync.current;
      s.version = theirs.version;
      s.base = draftOf(theirs);
      s.lastSent = bodyOf(draftOf(theirs));
      s.latest = merged;
      s.halted = theirs.status === 'signed';
      setVisit(theirs);
      setDraft(merged);
      setSaveState({ kind: 'pending' });
      void keepLocally().then(() => save());
    },
    [bodyOf, keepLocally, save],
  );

  const signed = useCallback(
    (next: Visit) => {
      const s = sync.current;
      s.halted = true;
      s.version = next.version;
      setVisit(next);
      setSaveState({ kind: 'saved' });
      void forgetStoredDraft(initial.id).catch(() => undefined);
    },
    [initial.id],
  );

  const version = useCallback(() => sync.current.version, []);

  return { draft, visit, saveState, ready, update, flush, resolve, signed, version };
}
