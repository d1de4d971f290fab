import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { AppError } from '../errors';
import { patched, saveVersioned, type VersionedWrite } from './save-versioned';

interface Note {
  readonly id: string;
  readonly text: string;
  readonly tags: readonly string[];
  readonly version: number;
}

const stored: Note = { id: 'n-1', text: 'first', tags: ['a'], version: 3 };

/** A save of `stored` that records what it wrote; `wins` says whether the guarded write matched a row. */
function saveOf(overrides: Partial<VersionedWrite<Note>>, wins = true) {
  const writes: [Note, number][] = [];
  const save: VersionedWrite<Note> = {
    current: stored,
    expected: 3,
    change: (current) => ({ ...current, text: 'second' }),
    write: async (next, expected) => {
      writes.push([next, expected]);
      return wins;
    },
    reload: async () => ({ ...stored, text: 'won the race', version: 4 }),
    ...overrides,
  };
  return { save, writes };
}

const conflictWith = (current: unknown) => (error: unknown) =>
  error instanceof AppError && error.code === 'VERSION_CONFLICT' && isDeepStrictEqual(error.current, current);

describe(saveVersioned.name, () => {
  test('writes the change with the version bumped, guarded by the version read', async () => {
    const { save, writes } = saveOf({});
    const saved = await saveVersioned(save);
    assert.deepEqual(saved, { id: 'n-1', text: 'second', tags: ['a'], version: 4 });
    assert.deepEqual(writes, [[{ id: 'n-1', text: 'second', tags: ['a'], version: 4 }, 3]]);
  });

  test('answers a stale version with VERSION_CONFLICT holding the record as read, before any change', async () => {
    let changed = false;
    let reloaded = false;
    const { save, writes } = saveOf({
      expected: 2,
      change: (current) => {
        changed = true;
        return current;
      },
      reload: async () => {
        reloaded = true;
        return stored;
      },
    });
    await assert.rejects(
      saveVersioned(save),
      conflictWith({ id: 'n-1', text: 'first', tags: ['a'], version: 3 }),
    );
    assert.deepEqual({ changed, reloaded, writes }, { changed: false, reloaded: false, writes: [] });
  });

  test('writes nothing and returns the record as it was when nothing changes', async () => {
    const { save, writes } = saveOf({ change: () => null });
    assert.equal(await saveVersioned(save), stored);
    assert.deepEqual(writes, []);
  });

  test('answers a write that lost the race with VERSION_CONFLICT holding the winner', async () => {
    const { save, writes } = saveOf({}, false);
    await assert.rejects(
      saveVersioned(save),
      conflictWith({ id: 'n-1', text: 'won the race', tags: ['a'], version: 4 }),
    );
    assert.equal(writes.length, 1);
  });

  test('shows either conflict through the view', async () => {
    const view = ({ id, version }: Note) => ({ id, version });
    await assert.rejects(
      saveVersioned(saveOf({ expected: 2, view }).save),
      conflictWith({ id: 'n-1', version: 3 }),
    );
    await assert.rejects(
      saveVersioned(saveOf({ view }, false).save),
      conflictWith({ id: 'n-1', version: 4 }),
    );
  });

  test('answers a lost race on a record gone since with VERSION_CONFLICT and no record', async () => {
    const { save } = saveOf({ reload: async () => undefined }, false);
    await assert.rejects(saveVersioned(save), conflictWith(undefined));
  });
});

describe(patched.name, () => {
  test('sets the fields the patch names and leaves the version to the save', () => {
    assert.deepEqual(patched(stored, { text: 'second', version: 9 }), {
      id: 'n-1',
      text: 'second',
      tags: ['a'],
      version: 3,
    });
  });

  test('is null when every field sent equals the stored one (compared deeply) or is left out', () => {
    assert.equal(patched(stored, { tags: ['a'], text: undefined, version: 3 }), null);
  });

  test('is null for a patch that sends only the version', () => {
    assert.equal(patched(stored, { version: 3 }), null);
  });
});
