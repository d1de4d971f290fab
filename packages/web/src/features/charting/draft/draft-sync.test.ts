import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Visit } from '@sotchart/contract';
import { defaultPack } from '@sotchart/engine';
import { makeDraft, makeVisit } from './draft-fixtures';
import { draftPatch } from './draft-patch';
import {
  startDraftSync,
  stepDraftSync,
  type DraftSyncEffect,
  type DraftSyncEvent,
  type DraftSyncState,
} from './draft-sync';
import type { SaveState } from './save-state';
import type { VisitDraft } from './visit-draft';

// The real save body, so incomplete rows count as unsent exactly as in the app.
const patchOf = (draft: VisitDraft) => draftPatch(draft, defaultPack);

// Events, named as they read in a case.
const ready: DraftSyncEvent = { kind: 'stored-read', stored: undefined };
const edit = (chiefComplaint: string): DraftSyncEvent => ({
  kind: 'edited',
  draft: makeDraft({ chiefComplaint }),
});
const pauseOver: DraftSyncEvent = { kind: 'timer-fired', timer: 'save' };
const storeDue: DraftSyncEvent = { kind: 'timer-fired', timer: 'store' };
const serverVisit = (version: number, chiefComplaint: string, over: Partial<Visit> = {}): Visit =>
  makeVisit({ version, chiefComplaint, ...over });
const accepted = (version: number, chiefComplaint: string): DraftSyncEvent => ({
  kind: 'save-succeeded',
  visit: serverVisit(version, chiefComplaint),
});
const noNetwork: DraftSyncEvent = { kind: 'save-failed', failure: { kind: 'offline' } };
const conflictWith = (version: number, chiefComplaint: string): DraftSyncEvent => ({
  kind: 'save-failed',
  failure: { kind: 'conflict', theirs: serverVisit(version, chiefComplaint) },
});
const retry: DraftSyncEvent = { kind: 'retry-due' };
const flush = (id: number): DraftSyncEvent => ({ kind: 'flush-requested', flush: id });
const resolveWith = (version: number, theirs: string, merged: string): DraftSyncEvent => ({
  kind: 'resolved',
  theirs: serverVisit(version, theirs),
  merged: makeDraft({ chiefComplaint: merged }),
});
const kept = (chiefComplaint: string, version: number, base = ''): DraftSyncEvent => ({
  kind: 'stored-read',
  stored: {
    draft: makeDraft({ chiefComplaint }),
    version,
    base: makeDraft({ chiefComplaint: base }),
  },
});
const left: DraftSyncEvent = { kind: 'left' };

/** An effect in one line, e.g. `send v1 "Low back"` (the version and the chief complaint sent). */
function effectText(effect: DraftSyncEffect): string {
  switch (effect.kind) {
    case 'start-timer':
      return `start-timer ${effect.timer} ${effect.ms}`;
    case 'cancel-timer':
      return `cancel-timer ${effect.timer}`;
    case 'send':
      return `send v${effect.version} "${effect.patch.chiefComplaint ?? ''}"`;
    case 'keep':
      return `keep v${effect.version} "${effect.draft.chiefComplaint}" on "${effect.base.chiefComplaint}"`;
    case 'forget':
      return 'forget';
    case 'flushed':
      return `flushed ${effect.flushes.join(',')} ${effect.synced ? 'synced' : 'not synced'}`;
    default: {
      const unknown: never = effect;
      return String(unknown);
    }
  }
}

function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'conflict':
      return `conflict with v${state.theirs.version} "${state.theirs.chiefComplaint}" on "${state.base.chiefComplaint}"`;
    case 'error':
      return `error: ${state.message}`;
    default:
      return state.kind;
  }
}

interface Case {
  readonly why: string;
  /** The visit as loaded; a draft at version 1 unless given. */
  readonly loaded?: Visit;
  readonly events: readonly DraftSyncEvent[];
  readonly saveState: string;
  readonly version: number;
  /** The chief complaint of the draft shown, when the case is about which draft that is. */
  readonly draft?: string;
  readonly halted?: boolean;
  readonly offline?: boolean;
  /** The effects of the last event, in order. */
  readonly effects: readonly string[];
}

// Each case cites where the behaviour comes from: UX.md principle 5 ("Never lose a keystroke") or
// the hook this machine was extracted from (use-visit-draft.ts before issue 17).
const cases: readonly Case[] = [
  // Autosave (UX.md §5: "Drafts autosave with their version").
  {
    why: 'an edit turns the status to not saved yet and starts the store and save timers',
    events: [ready, edit('Low back')],
    saveState: 'pending',
    version: 1,
    effects: ['start-timer store 150', 'start-timer save 700'],
  },
  {
    why: 'an edit made before the local copy is read back waits for it (hook: no save before ready)',
    events: [edit('Low back')],
    saveState: 'pending',
    version: 1,
    effects: [],
  },
  {
    why: 'once the local copy is read, an edit made before it is scheduled',
    events: [edit('Low back'), ready],
    saveState: 'pending',
    version: 1,
    draft: 'Low back',
    effects: ['start-timer store 150', 'start-timer save 700'],
  },
  {
    why: 'the pause over, the save goes out with the version the edit was made on',
    events: [ready, edit('Low back'), pauseOver],
    saveState: 'saving',
    version: 1,
    effects: ['send v1 "Low back"'],
  },
  {
    why: 'the store timer keeps the draft on this device with its version and base',
    events: [ready, edit('Low back'), storeDue],
    saveState: 'pending',
    version: 1,
    effects: ['keep v1 "Low back" on ""'],
  },
  {
    why: 'a save accepted with nothing newer takes its version and forgets the local copy',
    events: [ready, edit('Low back'), pauseOver, accepted(2, 'Low back')],
    saveState: 'saved',
    version: 2,
    effects: ['forget'],
  },
  {
    why: 'an edit made while the save was on its way is still not saved after it returns',
    events: [ready, edit('Low'), pauseOver, edit('Low back'), accepted(2, 'Low')],
    saveState: 'pending',
    version: 2,
    effects: [],
  },
  {
    why: 'that edit is saved on the version the first save returned',
    events: [ready, edit('Low'), pauseOver, edit('Low back'), accepted(2, 'Low'), pauseOver],
    saveState: 'saving',
    version: 2,
    effects: ['send v2 "Low back"'],
  },
  {
    why: 'a save asked for while another is on its way waits for it',
    events: [ready, edit('Low'), pauseOver, edit('Low back'), pauseOver],
    saveState: 'pending',
    version: 1,
    effects: [],
  },
  {
    why: 'the waiting save goes out as soon as the first returns',
    events: [ready, edit('Low'), pauseOver, edit('Low back'), pauseOver, accepted(2, 'Low')],
    saveState: 'saving',
    version: 2,
    effects: ['send v2 "Low back"'],
  },
  {
    why: 'an edit undone before it was sent leaves nothing to save (hook: undo)',
    events: [ready, edit('Low back'), edit('')],
    saveState: 'saved',
    version: 1,
    effects: [],
  },
  {
    why: 'a save timer left over from an undone edit only forgets the local copy',
    events: [ready, edit('Low back'), edit(''), pauseOver],
    saveState: 'saved',
    version: 1,
    effects: ['forget'],
  },
  {
    why: 'an edit undone while its save is on its way is scheduled, since that save changes the server',
    events: [ready, edit('Low back'), pauseOver, edit('')],
    saveState: 'pending',
    version: 1,
    effects: ['start-timer store 150', 'start-timer save 700'],
  },
  {
    why: 'and once that save is accepted, the undo is sent too',
    events: [ready, edit('Low back'), pauseOver, edit(''), accepted(2, 'Low back'), pauseOver],
    saveState: 'saving',
    version: 2,
    effects: ['send v2 ""'],
  },
  {
    why: 'an adjustment row without its technique is not yet a change for the server (draft-patch)',
    events: [
      ready,
      {
        kind: 'edited',
        draft: makeDraft({
          record: {
            ...makeDraft().record,
            treatment: { ...makeDraft().record.treatment, adjustments: [{ segment: 'L5', technique: ' ' }] },
          },
        }),
      },
    ],
    saveState: 'saved',
    version: 1,
    effects: [],
  },

  // Offline (UX.md §5: "a save that fails because the network is down waits in the browser").
  {
    why: 'a save that finds no network keeps the edits on this device and says so',
    events: [ready, edit('Low back'), pauseOver, noNetwork],
    saveState: 'offline',
    version: 1,
    offline: true,
    effects: ['keep v1 "Low back" on ""'],
  },
  {
    why: 'edits made offline keep the offline status and are scheduled as usual',
    events: [ready, edit('Low'), pauseOver, noNetwork, edit('Low back')],
    saveState: 'offline',
    version: 1,
    offline: true,
    effects: ['start-timer store 150', 'start-timer save 700'],
  },
  {
    why: 'the connection back, the unsent edits go out',
    events: [ready, edit('Low back'), pauseOver, noNetwork, retry],
    saveState: 'saving',
    version: 1,
    offline: true,
    effects: ['send v1 "Low back"'],
  },
  {
    why: 'a retry while the retried save is on its way sends nothing more',
    events: [ready, edit('Low back'), pauseOver, noNetwork, retry, retry],
    saveState: 'saving',
    version: 1,
    offline: true,
    effects: [],
  },
  {
    why: 'a retry with no failed save waits for the pause instead',
    events: [ready, edit('Low back'), retry],
    saveState: 'pending',
    version: 1,
    effects: [],
  },
  {
    why: 'the retried save accepted, the draft is saved and online again',
    events: [ready, edit('Low back'), pauseOver, noNetwork, retry, accepted(2, 'Low back')],
    saveState: 'saved',
    version: 2,
    effects: ['forget'],
  },

  // Conflicts (UX.md §5: "a conflict shows both versions side by side ... neither text lost").
  {
    why: 'a version conflict stops saving and shows their version against the common base',
    events: [ready, edit('Worse sitting'), pauseOver, conflictWith(2, 'Low back')],
    saveState: 'conflict with v2 "Low back" on ""',
    version: 1,
    halted: true,
    effects: ['keep v1 "Worse sitting" on ""'],
  },
  {
    why: 'during a conflict edits are kept in the draft but nothing is sent',
    events: [ready, edit('Worse'), pauseOver, conflictWith(2, 'Low back'), edit('Worse sitting'), pauseOver],
    saveState: 'conflict with v2 "Low back" on ""',
    version: 1,
    draft: 'Worse sitting',
    halted: true,
    effects: [],
  },
  {
    why: 'the merge chosen, the draft continues on their version and the merge is kept, then sent',
    events: [
      ready,
      edit('Worse sitting'),
      pauseOver,
      conflictWith(2, 'Low back'),
      resolveWith(2, 'Low back', 'Low back / Worse sitting'),
    ],
    saveState: 'saving',
    version: 2,
    draft: 'Low back / Worse sitting',
    effects: [
      'start-timer store 150',
      'start-timer save 700',
      'keep v2 "Low back / Worse sitting" on "Low back"',
      'send v2 "Low back / Worse sitting"',
    ],
  },
  {
    why: 'keeping the saved version leaves nothing to send',
    events: [
      ready,
      edit('Worse sitting'),
      pauseOver,
      conflictWith(2, 'Low back'),
      resolveWith(2, 'Low back', 'Low back'),
    ],
    saveState: 'saved',
    version: 2,
    draft: 'Low back',
    effects: ['keep v2 "Low back" on "Low back"', 'forget'],
  },
  {
    why: 'a visit signed elsewhere stops saving and keeps the edits on this device',
    events: [
      ready,
      edit('Low back'),
      pauseOver,
      { kind: 'save-failed', failure: { kind: 'signed-elsewhere' } },
    ],
    saveState: 'signed-elsewhere',
    version: 1,
    halted: true,
    effects: ['keep v1 "Low back" on ""'],
  },

  // Re-reading the copy kept on this device (UX.md §5; hook: read-back on opening the visit).
  {
    why: 'edits kept on the version loaded come back and are sent',
    events: [kept('Low back', 1)],
    saveState: 'pending',
    version: 1,
    draft: 'Low back',
    effects: ['start-timer store 150', 'start-timer save 700'],
  },
  {
    why: 'edits kept on an older version than the server holds come back as a conflict',
    loaded: makeVisit({ version: 3, chiefComplaint: 'Low back' }),
    events: [kept('Worse sitting', 2, 'Low')],
    saveState: 'conflict with v3 "Low back" on "Low"',
    version: 3,
    draft: 'Worse sitting',
    halted: true,
    effects: [],
  },
  {
    why: 'a kept copy the server already has is ignored',
    loaded: makeVisit({ version: 2, chiefComplaint: 'Low back' }),
    events: [kept('Low back', 1)],
    saveState: 'saved',
    version: 2,
    draft: 'Low back',
    effects: [],
  },
  {
    why: 'a signed visit ignores a kept copy',
    loaded: makeVisit({ status: 'signed' }),
    events: [kept('Low back', 1)],
    saveState: 'saved',
    version: 1,
    draft: '',
    halted: true,
    effects: [],
  },

  // Other failures, e.g. a sign-in given up (hook: shown with their message; the edits stay).
  {
    why: 'any other failure shows its message and keeps the edits on this device',
    events: [
      ready,
      edit('Low back'),
      pauseOver,
      { kind: 'save-failed', failure: { kind: 'error', message: 'Signed out.' } },
    ],
    saveState: 'error: Signed out.',
    version: 1,
    effects: ['keep v1 "Low back" on ""'],
  },
  {
    why: 'after such a failure the next edit is scheduled again',
    events: [
      ready,
      edit('Low'),
      pauseOver,
      { kind: 'save-failed', failure: { kind: 'error', message: 'Signed out.' } },
      edit('Low back'),
    ],
    saveState: 'pending',
    version: 1,
    effects: ['start-timer store 150', 'start-timer save 700'],
  },

  // Flushing before signing (hook: flush resolves true when the server has everything).
  {
    why: 'a flush sends at once, without waiting for the pause',
    events: [ready, edit('Low back'), flush(1)],
    saveState: 'saving',
    version: 1,
    effects: ['cancel-timer save', 'send v1 "Low back"'],
  },
  {
    why: 'the flush is answered synced when its save is accepted',
    events: [ready, edit('Low back'), flush(1), accepted(2, 'Low back')],
    saveState: 'saved',
    version: 2,
    effects: ['forget', 'flushed 1 synced'],
  },
  {
    why: 'a flush with nothing unsent is answered at once',
    events: [ready, flush(1)],
    saveState: 'saved',
    version: 1,
    effects: ['cancel-timer save', 'forget', 'flushed 1 synced'],
  },
  {
    why: 'a flush asked during another save is not answered by that save',
    events: [ready, edit('Low'), pauseOver, edit('Low back'), flush(1), accepted(2, 'Low')],
    saveState: 'saving',
    version: 2,
    effects: ['send v2 "Low back"'],
  },
  {
    why: 'but by its own',
    events: [
      ready,
      edit('Low'),
      pauseOver,
      edit('Low back'),
      flush(1),
      accepted(2, 'Low'),
      accepted(3, 'Low back'),
    ],
    saveState: 'saved',
    version: 3,
    effects: ['forget', 'flushed 1 synced'],
  },
  {
    why: 'a flush whose save finds no network is answered not synced',
    events: [ready, edit('Low back'), flush(1), noNetwork],
    saveState: 'offline',
    version: 1,
    offline: true,
    effects: ['keep v1 "Low back" on ""', 'flushed 1 not synced'],
  },
  {
    why: 'a flush during a conflict is answered not synced and sends nothing',
    events: [ready, edit('Worse sitting'), pauseOver, conflictWith(2, 'Low back'), flush(1)],
    saveState: 'conflict with v2 "Low back" on ""',
    version: 1,
    halted: true,
    effects: ['cancel-timer save', 'flushed 1 not synced'],
  },

  // Signing and leaving the screen.
  {
    why: 'signing takes the signed version, stops saving and forgets the local copy',
    events: [
      ready,
      edit('Low back'),
      flush(1),
      accepted(2, 'Low back'),
      { kind: 'signed', visit: serverVisit(3, 'Low back', { status: 'signed' }) },
    ],
    saveState: 'saved',
    version: 3,
    halted: true,
    effects: ['forget'],
  },
  {
    why: 'leaving with unsent edits keeps them on this device, then sends them',
    events: [ready, edit('Low back'), left],
    saveState: 'saving',
    version: 1,
    effects: ['cancel-timer save', 'cancel-timer store', 'keep v1 "Low back" on ""', 'send v1 "Low back"'],
  },
  {
    why: 'leaving with everything saved only stops the timers',
    events: [ready, left],
    saveState: 'saved',
    version: 1,
    effects: ['cancel-timer save', 'cancel-timer store'],
  },
  {
    why: 'leaving during a conflict sends nothing; the edits are already on this device',
    events: [ready, edit('Worse sitting'), pauseOver, conflictWith(2, 'Low back'), left],
    saveState: 'conflict with v2 "Low back" on ""',
    version: 1,
    halted: true,
    effects: ['cancel-timer save', 'cancel-timer store'],
  },
];

function run(
  loaded: Visit,
  events: readonly DraftSyncEvent[],
): { state: DraftSyncState; effects: readonly DraftSyncEffect[] } {
  let state = startDraftSync(loaded, patchOf);
  let effects: readonly DraftSyncEffect[] = [];
  for (const event of events) ({ state, effects } = stepDraftSync(state, event, patchOf));
  return { state, effects };
}

describe(stepDraftSync.name, () => {
  for (const c of cases) {
    test(c.why, () => {
      const { state, effects } = run(c.loaded ?? makeVisit(), c.events);
      assert.deepEqual(
        {
          saveState: saveStateText(state.saveState),
          version: state.version,
          ...(c.draft === undefined ? {} : { draft: state.draft.chiefComplaint }),
          halted: state.halted,
          offline: state.offline,
          effects: effects.map(effectText),
        },
        {
          saveState: c.saveState,
          version: c.version,
          ...(c.draft === undefined ? {} : { draft: c.draft }),
          halted: c.halted ?? false,
          offline: c.offline ?? false,
          effects: c.effects,
        },
      );
    });
  }

  test('an event with nothing to do returns the same state, so the screen does not render again', () => {
    const before = run(makeVisit(), [ready, edit('Low back')]).state;
    const after = stepDraftSync(before, retry, patchOf);
    assert.equal(after.state, before);
    assert.deepEqual(after.effects, []);
  });

  test('the local copy is read back only once', () => {
    const before = run(makeVisit(), [ready]).state;
    const after = stepDraftSync(before, kept('Low back', 1), patchOf);
    assert.equal(after.state.draft.chiefComplaint, '');
    assert.deepEqual(after.effects, []);
  });
});

describe(startDraftSync.name, () => {
  test('a visit just loaded is saved, not ready, and halted only when signed', () => {
    const draft = startDraftSync(makeVisit({ version: 4 }), patchOf);
    const signed = startDraftSync(makeVisit({ status: 'signed' }), patchOf);
    assert.deepEqual(
      [draft.saveState.kind, draft.ready, draft.version, draft.halted, signed.halted],
      ['saved', false, 4, false, true],
    );
  });
});
