/** Maps a point given for the patient's left half (x < 0.5) to the side and view drawn. */
export type MirrorX = (x: number, side: 'L' | 'R') => number;

/** The mirror of the engine's schematic: prone is seen from behind, supine from the front. */
export function mirrorFor(view: 'prone' | 'supine'): MirrorX {
  return (x, side) => ((view === 'prone') === (side === 'L') ? x : 1 - x);
}

// The patient's left ilium, femoral head and femur, in the schematic's 0..1 box (prone view).
const ilium: readonly (readonly [number, number])[] = [
  [0.45, 0.3],
  [0.36, 0.12],
  [0.2, 0.1],
  [0.1, 0.22],
  [0.13, 0.42],
  [0.22, 0.56],
  [0.3, 0.7],
  [0.44, 0.8],
  [0.47, 0.68],
];
const femur: readonly (readonly [number, number])[] = [
  [0.27, 0.63],
  [0.12, 0.66],
  [0.07, 0.74],
  [0.14, 0.98],
  [0.22, 0.98],
  [0.2, 0.76],
];

export interface PelvisOutlineProps {
  readonly mirror: MirrorX;
  readonly sx: (x: number) => number;
  readonly sy: (y: number) => number;
}

/** A schematic pelvis: both ilia, the sacrum, the femoral heads and the upper femora. */
export function PelvisOutline({ mirror, sx, sy }: PelvisOutlineProps) {
  const path = (points: readonly (readonly [number, number])[], side: 'L' | 'R', close: boolean) =>
    points
      .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${sx(mirror(x, side)).toFixed(1)},${sy(y).toFixed(1)}`)
      .join(' ') + (close ? ' Z' : '');
  return (
    <g className="pelvis-outline" aria-hidden="true">
      {(['L', 'R'] as const).map((side) => (
        <g key={side}>
          <path d={path(ilium, side, true)} className="pelvis-bone" />
          <path d={path(femur, side, true)} className="pelvis-femur" />
          <circle cx={sx(mirror(0.3, side))} cy={sy(0.62)} r={sy(0.07) - sy(0)} className="pelvis-head" />
        </g>
      ))}
      <path
        d={`M${sx(0.43)},${sy(0.3)} L${sx(0.57)},${sy(0.3)} L${sx(0.5)},${sy(0.74)} Z`}
        className="pelvis-sacrum"
      />
    </g>
  );
}
