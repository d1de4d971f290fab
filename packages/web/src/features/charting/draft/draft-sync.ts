import type { Visit } from '@sotchart/contract';
import type { StoredDraft } from './offline-store';
import type { SaveFailure } from './save-failure';
import type { SaveState } from './save-state';
import { draftOf, type DraftPatch, type VisitDraft } from './visit-draft';

/** How long typing must pause before a save goes out, and before the edits are kept on this device. */
const saveDelayMs = 700;
const storeDelayMs = 150;

/** The two timers of a draft: the save after a pause in typing, and the copy kept on this device. */
export type DraftTimer = 'save' | 'store';

/** The save body of a draft (only what is complete enough for the server to accept). */
export type PatchOf = (draft: VisitDraft) => DraftPatch;

/**
 * Where a draft and its way to the server stand. Saves go one at a time: `sending` is the one on its
 * way, `queued` one asked for meanwhile. Flushes are numbers the caller picks, answered by `flushed`.
 */
export interface DraftSyncState {
  /** The visit as the server last returned it. */
  readonly visit: Visit;
  /** The draft with every edit made so far. */
  readonly draft: VisitDraft;
  readonly saveState: SaveState;
  /** False until the copy kept on this device (if any) has been read back. */
  readonly ready: boolean;
  /** The server version the next save is made on. */
  readonly version: number;
  /** The server's draft at `version`, to merge against after a conflict. */
  readonly base: VisitDraft;
  /** The body of the last save the server accepted (or the loaded visit's), to tell what is unsent. */
  readonly lastSent: string;
  /** A conflict or a signed visit stops saving until it is resolved. */
  readonly halted: boolean;
  /** The last save failed for want of a network; retried when it returns. */
  readonly offline: boolean;
  readonly sending: { readonly body: string; readonly flushes: readonly number[] } | null;
  readonly queued: { readonly flushes: readonly number[] } | null;
}

/** What happens to a draft: the user's edits and choices, timers, the server's answers. */
export type DraftSyncEvent =
  | { readonly kind: 'edited'; readonly draft: VisitDraft }
  | {
      readonly kind: 'stored-read';
      readonly stored: Pick<StoredDraft, 'draft' | 'version' | 'base'> | undefined;
    }
  | { readonly kind: 'timer-fired'; readonly timer: DraftTimer }
  | { readonly kind: 'save-succeeded'; readonly visit: Visit }
  | { readonly kind: 'save-failed'; readonly failure: SaveFailure }
  /** The connection came back, or it is time to try again anyway. */
  | { readonly kind: 'retry-due' }
  | { readonly kind: 'flush-requested'; readonly flush: number }
  /** After a conflict: continue from `theirs` with `merged` as the draft. */
  | { readonly kind: 'resolved'; readonly theirs: Visit; readonly merged: VisitDraft }
  | { readonly kind: 'signed'; readonly visit: Visit }
  /** The screen is closing. */
  | { readonly kind: 'left' };

/** What the shell around the machine must do: timers, the save request, the copy on this device. */
export type DraftSyncEffect =
  /** Starts the timer, replacing one already running. */
  | { readonly kind: 'start-timer'; readonly timer: DraftTimer; readonly ms: number }
  | { readonly kind: 'cancel-timer'; readonly timer: DraftTimer }
  | { readonly kind: 'send'; readonly patch: DraftPatch; readonly version: number }
  /** Keeps the draft on this device with the version and base it was made on. */
  | { readonly kind: 'keep'; readonly draft: VisitDraft; readonly version: number; readonly base: VisitDraft }
  | { readonly kind: 'forget' }
  /** Answers the flushes: `synced` is true when the server has every edit. */
  | { readonly kind: 'flushed'; readonly flushes: readonly number[]; readonly synced: boolean };

export interface DraftSyncStep {
  readonly state: DraftSyncState;
  readonly effects: readonly DraftSyncEffect[];
}

const saved: SaveState = { kind: 'saved' };
const pending: SaveState = { kind: 'pending' };
const bodyOf = (draft: VisitDraft, patchOf: PatchOf): string => JSON.stringify(patchOf(draft));
const flushed = (flushes: readonly number[], synced: boolean): DraftSyncEffect[] =>
  flushes.length === 0 ? [] : [{ kind: 'flushed', flushes, synced }];
const keep = (s: DraftSyncState): DraftSyncEffect => ({
  kind: 'keep',
  draft: s.draft,
  version: s.version,
  base: s.base,
});

/** The sync of a visit just loaded: nothing unsent, and halted if the visit is signed. */
export function startDraftSync(visit: Visit, patchOf: PatchOf): DraftSyncState {
  const draft = draftOf(visit);
  return {
    visit,
    draft,
    saveState: saved,
    ready: false,
    version: visit.version,
    base: draft,
    lastSent: bodyOf(draft, patchOf),
    halted: visit.status === 'signed',
    offline: false,
    sending: null,
    queued: null,
  };
}

// After the draft changed: unsent edits are kept on this device soon and saved after a pause.
function afterChange(s: DraftSyncState, patchOf: PatchOf): DraftSyncStep {
  if (!s.ready || s.halted) return { state: s, effects: [] };
  // An edit undone before it was sent leaves nothing to save; while a save is on its way the undo
  // differs from what that save will leave on the server, so it is scheduled like any edit.
  if (bodyOf(s.draft, patchOf) === s.lastSent && s.sending === null) {
    return { state: s.saveState.kind === 'pending' ? { ...s, saveState: saved } : s, effects: [] };
  }
  return {
    state: s.saveState.kind === 'offline' ? s : { ...s, saveState: pending },
    effects: [
      { kind: 'start-timer', timer: 'store', ms: storeDelayMs },
      { kind: 'start-timer', timer: 'save', ms: saveDelayMs },
    ],
  };
}

function attempt(s: DraftSyncState, flushes: readonly number[], patchOf: PatchOf): DraftSyncStep {
  if (s.halted) return { state: s, effects: flushed(flushes, false) };
  const patch = patchOf(s.draft);
  const body = JSON.stringify(patch);
  if (body === s.lastSent)
    return { state: { ...s, saveState: saved }, effects: [{ kind: 'forget' }, ...flushed(flushes, true)] };
  return {
    state: { ...s, saveState: { kind: 'saving' }, sending: { body, flushes } },
    effects: [{ kind: 'send', patch, version: s.version }],
  };
}

// One save at a time: a save asked for while another is on its way goes when that one returns.
function requestSave(s: DraftSyncState, flushes: readonly number[], patchOf: PatchOf): DraftSyncStep {
  if (s.sending === null) return attempt(s, flushes, patchOf);
  return { state: { ...s, queued: { flushes: [...(s.queued?.flushes ?? []), ...flushes] } }, effects: [] };
}

// A save came back: answers the flushes that waited for it, then sends the one queued meanwhile.
function settle(
  s: DraftSyncState,
  flushes: readonly number[],
  effects: readonly DraftSyncEffect[],
  patchOf: PatchOf,
): DraftSyncStep {
  const synced = !s.halted && bodyOf(s.draft, patchOf) === s.lastSent;
  const done = [...effects, ...flushed(flushes, synced)];
  if (s.queued === null) return { state: s, effects: done };
  const next = attempt({ ...s, queued: null }, s.queued.flushes, patchOf);
  return { state: next.state, effects: [...done, ...next.effects] };
}

function succeeded(s: DraftSyncState, visit: Visit, patchOf: PatchOf): DraftSyncStep {
  if (s.sending === null) return { state: s, effects: [] };
  const sent = s.sending.body;
  const complete = bodyOf(s.draft, patchOf) === sent;
  const next: DraftSyncState = {
    ...s,
    visit,
    version: visit.version,
    base: draftOf(visit),
    lastSent: sent,
    offline: false,
    sending: null,
    saveState: complete ? saved : pending,
  };
  return settle(next, s.sending.flushes, complete ? [{ kind: 'forget' }] : [], patchOf);
}

function failed(s: DraftSyncState, failure: SaveFailure, patchOf: PatchOf): DraftSyncStep {
  if (s.sending === null) return { state: s, effects: [] };
  const done = { ...s, sending: null };
  const next = ((): DraftSyncState => {
    switch (failure.kind) {
      case 'conflict':
        return {
          ...done,
          halted: true,
          saveState: { kind: 'conflict', theirs: failure.theirs, base: s.base },
        };
      case 'signed-elsewhere':
        return { ...done, halted: true, saveState: { kind: 'signed-elsewhere' } };
      case 'offline':
        return { ...done, offline: true, saveState: { kind: 'offline' } };
      case 'error':
        return { ...done, saveState: { kind: 'error', message: failure.message } };
      default: {
        const unknown: never = failure;
        return unknown;
      }
    }
  })();
  // Whatever went wrong, the edits stay on this device.
  return settle(next, s.sending.flushes, [keep(s)], patchOf);
}

function storedRead(
  s: DraftSyncState,
  stored: Pick<StoredDraft, 'draft' | 'version' | 'base'> | undefined,
  patchOf: PatchOf,
): DraftSyncStep {
  if (s.ready) return { state: s, effects: [] };
  let next: DraftSyncState = { ...s, ready: true };
  // Edits this device kept but the server never got (offline, closed tab, conflict) come back.
  if (stored !== undefined && s.visit.status === 'draft' && bodyOf(stored.draft, patchOf) !== s.lastSent) {
    next = { ...next, draft: stored.draft };
    // They were made on an older version: someone saved since, so the user chooses what to keep.
    if (stored.version !== s.visit.version)
      next = { ...next, halted: true, saveState: { kind: 'conflict', theirs: s.visit, base: stored.base } };
  }
  return afterChange(next, patchOf);
}

function resolved(s: DraftSyncState, theirs: Visit, merged: VisitDraft, patchOf: PatchOf): DraftSyncStep {
  const base = draftOf(theirs);
  const changed = afterChange(
    {
      ...s,
      visit: theirs,
      draft: merged,
      version: theirs.version,
      base,
      lastSent: bodyOf(base, patchOf),
      halted: theirs.status === 'signed',
      saveState: pending,
    },
    patchOf,
  );
  const save = requestSave(changed.state, [], patchOf);
  return { state: save.state, effects: [...changed.effects, keep(changed.state), ...save.effects] };
}

function left(s: DraftSyncState, patchOf: PatchOf): DraftSyncStep {
  const cancel: DraftSyncEffect[] = [
    { kind: 'cancel-timer', timer: 'save' },
    { kind: 'cancel-timer', timer: 'store' },
  ];
  // Leaving before the pause is over still keeps the edits and sends them.
  if (s.halted || bodyOf(s.draft, patchOf) === s.lastSent) return { state: s, effects: cancel };
  const save = requestSave(s, [], patchOf);
  return { state: save.state, effects: [...cancel, keep(s), ...save.effects] };
}

/**
 * The draft's sync as a pure machine: the state after `event`, and the effects the caller must run
 * (in order; a `keep` before a `send` must reach the device first). `patchOf` gives a draft's save
 * body; two drafts with the same body count as the same to the server.
 */
export function stepDraftSync(state: DraftSyncState, event: DraftSyncEvent, patchOf: PatchOf): DraftSyncStep {
  switch (event.kind) {
    case 'edited':
      // The status turns "not saved yet" with the edit itself, so it never claims a save early.
      return afterChange(
        {
          ...state,
          draft: event.draft,
          saveState: state.saveState.kind === 'saved' ? pending : state.saveState,
        },
        patchOf,
      );
    case 'stored-read':
      return storedRead(state, event.stored, patchOf);
    case 'timer-fired':
      return event.timer === 'store' ? { state, effects: [keep(state)] } : requestSave(state, [], patchOf);
    case 'save-succeeded':
      return succeeded(state, event.visit, patchOf);
    case 'save-failed':
      return failed(state, event.failure, patchOf);
    case 'retry-due':
      return state.offline && !state.halted && state.sending === null
        ? attempt(state, [], patchOf)
        : { state, effects: [] };
    case 'flush-requested': {
      const save = requestSave(state, [event.flush], patchOf);
      return { state: save.state, effects: [{ kind: 'cancel-timer', timer: 'save' }, ...save.effects] };
    }
    case 'resolved':
      return resolved(state, event.theirs, event.merged, patchOf);
    case 'signed':
      return {
        state: { ...state, halted: true, version: event.visit.version, visit: event.visit, saveState: saved },
        effects: [{ kind: 'forget' }],
      };
    case 'left':
      return left(state, patchOf);
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
