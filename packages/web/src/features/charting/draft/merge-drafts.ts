import { findingKey, type Finding } from '@sotchart/engine';
import type { VisitDraft } from './visit-draft';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
// Values picked from a set (a finding's side, the treated category, a referral's method, urgency and
// time): when both sides changed one, one of them wins whole, since the two joined are no value at all.
const choiceKeys: ReadonlySet<string> = new Set(['side', 'direction', 'category', 'method', 'urgency', 'at']);
const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Two texts both changed: the other version's first, then this one's, so neither is lost (one-line texts stay on one line). */
export function joinTexts(theirs: string, mine: string): string {
  if (theirs.trim() === '') return mine;
  if (mine.trim() === '' || theirs.includes(mine)) return theirs;
  if (mine.includes(theirs)) return mine;
  const oneLine = !theirs.includes('\n') && !mine.includes('\n');
  return oneLine ? `${theirs} / ${mine}` : `${theirs}\n\n${mine}`;
}

// Lists both sides changed are joined: the other version's items, then this one's items it lacks,
// less what either side removed from the common base.
function mergeList(base: readonly Json[], mine: readonly Json[], theirs: readonly Json[]): Json[] {
  const removed = (side: readonly Json[]) => base.filter((b) => !side.some((x) => same(x, b)));
  const gone = [...removed(mine), ...removed(theirs)];
  const out = theirs.filter((t) => !gone.some((g) => same(g, t)));
  for (const m of mine) if (!out.some((o) => same(o, m)) && !gone.some((g) => same(g, m))) out.push(m);
  return out;
}

function mergeValue(
  base: Json | undefined,
  mine: Json | undefined,
  theirs: Json | undefined,
  key = '',
): Json | undefined {
  if (same(mine, theirs) || same(mine, base)) return theirs;
  if (same(theirs, base)) return mine;
  if (typeof mine === 'string' && typeof theirs === 'string' && !choiceKeys.has(key))
    return joinTexts(theirs, mine);
  if (Array.isArray(mine) && Array.isArray(theirs))
    return mergeList(Array.isArray(base) ? base : [], mine, theirs);
  if (isObject(mine) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    const out: Record<string, Json> = {};
    for (const field of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = mergeValue(b[field], mine[field], theirs[field], field);
      if (value !== undefined) out[field] = value;
    }
    return out;
  }
  // Numbers and choices both changed: this device's edit is the newer intent, unless it is a removal.
  return mine === undefined || mine === null ? theirs : mine;
}

// Findings merge by what they are (indicator, phase, site): one finding per key, as the engine requires.
function mergeFindings(
  base: readonly Finding[],
  mine: readonly Finding[],
  theirs: readonly Finding[],
): Finding[] {
  const byKey = (list: readonly Finding[]) => new Map(list.map((f) => [findingKey(f), f]));
  const b = byKey(base);
  const m = byKey(mine);
  const t = byKey(theirs);
  const keys = [...new Set([...t.keys(), ...m.keys(), ...b.keys()])];
  return keys.flatMap((key) => {
    const value = mergeValue(
      b.get(key) as Json | undefined,
      m.get(key) as Json | undefined,
      t.get(key) as Json | undefined,
    );
    return value === undefined || value === null ? [] : [value as unknown as Finding];
  });
}

/**
 * Three-way merge of two versions of a draft made from a common base: what only one side changed is
 * taken from that side; texts both changed keep both; lists both changed keep both sides' items.
 */
export function mergeDrafts(base: VisitDraft, mine: VisitDraft, theirs: VisitDraft): VisitDraft {
  const { findings: bf, ...bRest } = base;
  const { findings: mf, ...mRest } = mine;
  const { findings: tf, ...tRest } = theirs;
  const rest = mergeValue(bRest as unknown as Json, mRest as unknown as Json, tRest as unknown as Json);
  return { ...(rest as unknown as Omit<VisitDraft, 'findings'>), findings: mergeFindings(bf, mf, tf) };
}
