import { engineInputOf, type EpisodeCoding } from '@sotchart/contract';
import { runEngine, type EngineResult, type ProtocolPack } from '@sotchart/engine';
import { useMemo } from 'react';
import type { VisitDraft } from '../draft/visit-draft';

/**
 * The engine's result for the draft, computed here in the browser on every change with the same
 * assembly the server stores (`engineInputOf` + `runEngine`): analysis, blocking plan, CMRT targets,
 * pre/post verification, heel-lift and coding suggestions. It needs no network.
 */
export function useLiveEngine(
  draft: VisitDraft,
  pack: ProtocolPack,
  episode: EpisodeCoding | null,
): EngineResult {
  const { findings, overrides, record } = draft;
  return useMemo(
    () => runEngine(engineInputOf({ findings, overrides, record }, episode), pack),
    [findings, overrides, record, episode, pack],
  );
}
