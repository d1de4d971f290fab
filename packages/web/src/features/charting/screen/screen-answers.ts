import type { Finding, ProtocolPack } from '@sotchart/engine';

/** The screen's questions: red flags, then relative contraindications. */
export function screenIds(pack: ProtocolPack): readonly string[] {
  return [...pack.redFlags.map((r) => r.id), ...pack.contraindications.map((c) => c.id)];
}

/** Each screen question's answer: true (yes), false (no), or absent when not asked yet. */
export function screenAnswers(
  pack: ProtocolPack,
  findings: readonly Finding[],
): ReadonlyMap<string, boolean> {
  const ids = new Set(screenIds(pack));
  return new Map(
    findings
      .filter((f) => f.phase === 'pre' && ids.has(f.indicator))
      .map((f) => [f.indicator, f.positive === true]),
  );
}

/** True once every red flag and contraindication question has an answer. */
export function screenComplete(pack: ProtocolPack, findings: readonly Finding[]): boolean {
  const answers = screenAnswers(pack, findings);
  return screenIds(pack).every((id) => answers.has(id));
}

/** The screen questions with no answer yet, in screen order (signing needs every one answered). */
export function unansweredScreen(pack: ProtocolPack, findings: readonly Finding[]): readonly string[] {
  const answers = screenAnswers(pack, findings);
  return screenIds(pack).filter((id) => !answers.has(id));
}
