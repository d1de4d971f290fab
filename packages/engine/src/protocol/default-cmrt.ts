import type { ProtocolPack } from './protocol-pack';

/**
 * The default CMRT data: the meaning of each occipital-fibre line, an empty area map (the chart is
 * proprietary; never invented here) and the vertebra → viscera associations SOT claims.
 *
 * Source: REFERENCE §5; SOURCES §3.2, §3.3.
 *
 * @example
 * defaultCmrt.cmrtMap; // {}
 */
export const defaultCmrt: ProtocolPack['cmrt'] = {
  lines: [
    { line: 1, type: 'dural', name: 'meningeal/dural', tender: 'spinous tip', listing: 'superior/inferior' },
    {
      line: 2,
      type: 'reflex_visceral',
      name: 'reflex/visceral (the CMRT line)',
      tender: 'transverse process',
      listing: 'rotation',
    },
    { line: 3, type: 'structural', name: 'structural', tender: 'lamina', listing: 'lateral flexion' },
  ],
  areas: 7,
  cmrtMap: {},
  viscera: [
    { level: 'T1', organ: 'coronary' },
    { level: 'T2', organ: 'myocardium' },
    { level: 'T3', organ: 'lungs' },
    { level: 'T4', organ: 'gallbladder' },
    { level: 'T5', organ: 'stomach' },
    { level: 'T6', organ: 'pancreas' },
    { level: 'T7', organ: 'spleen/lymph' },
    { level: 'T8', organ: 'liver' },
    { level: 'T9', organ: 'adrenal' },
    { level: 'T10', organ: 'small intestine' },
    { level: 'T11', organ: 'kidney' },
    { level: 'T12', organ: 'kidney' },
    { level: 'L1', organ: 'ileocaecal valve' },
    { level: 'L2', organ: 'appendix/caecum' },
    { level: 'L3', organ: 'ovary/testis' },
    { level: 'L4', organ: 'large intestine' },
    { level: 'L5', organ: 'uterus/prostate' },
  ],
  certainty: 'sourced',
  sources: ['sources-3.2'],
  visceraCertainty: 'conflicting',
  visceraSources: ['sources-3.3'],
  claimNote: "SOT's claimed vertebra–organ association (CMRT), not anatomy and not a diagnosis.",
};
