import { runEngine, type EngineSnapshot, type ProtocolPack } from '@sotchart/engine';
import { useMemo } from 'react';
import type { VisitDraft } from '../draft/visit-draft';

/**
 * The engine's reading of the draft, computed here in the browser on every change: analysis,
 * blocking plan, CMRT targets, pre/post verification and heel-lift suggestion. It needs no network.
 */
export function useLiveEngine(draft: VisitDraft, pack: ProtocolPack): EngineSnapshot {
  const { findings, overrides } = draft;
  return useMemo(
    () =>
      runEngine(
        findings,
        pack,
        overrides.filter((o) => o.reason.trim() !== ''),
      ),
    [findings, overrides, pack],
  );
}
