import type { SchematicLandmark } from '@sotchart/engine';
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { formatLocale } from '../../i18n/format-locale';
import { listText } from '../charting/analysis/list-text';
import { blockLandmarks, blockPhrase, landmarkLabelKey, type BlockLandmark } from './landmark-names';
import { mirrorFor, PelvisOutline } from './pelvis-outline';

/** A block drawn on the diagram: which goes first, its side and the landmark it sits under. */
export interface DiagramBlock {
  readonly order: number;
  readonly side: 'L' | 'R' | null;
  readonly landmark: BlockLandmark;
}

export interface BlockingDiagramProps {
  readonly view: 'prone' | 'supine';
  readonly landmarks: readonly SchematicLandmark[];
  readonly blocks: readonly DiagramBlock[];
  /** Given, the block landmarks become buttons that place or remove a block (practitioner placement). */
  readonly onToggle?: (side: 'L' | 'R', landmark: BlockLandmark) => void;
}

const width = 400;
const height = 300;
const sx = (x: number) => 40 + x * (width - 80);
const sy = (y: number) => 36 + y * (height - 60);

// A side label runs from the picture's edge inwards, so a longer wording never leaves the picture.
function sideLabelAt(x: number): { x: number; textAnchor: 'start' | 'end' } {
  return x < width / 2 ? { x: 8, textAnchor: 'start' } : { x: width - 8, textAnchor: 'end' };
}

function isBlockLandmark(id: SchematicLandmark['id']): id is BlockLandmark {
  return (blockLandmarks as readonly string[]).includes(id);
}

/**
 * The blocking plan as a picture: a pelvis outline, prone (seen from behind) or supine (seen from the
 * front), the landmarks, and each block drawn at its landmark and side with the order it goes in.
 */
export function BlockingDiagram({ view, landmarks, blocks, onToggle }: BlockingDiagramProps) {
  const { t } = useTranslation('blocking');
  const titleId = useId();
  const mirror = mirrorFor(view);
  const title = t('diagram.view', { view });
  const summary = blocks.length === 0 ? t('diagram.noBlocks') : listText(blocks.map(blockPhrase));
  const locale = formatLocale();
  const caption = summary.charAt(0).toLocaleUpperCase(locale) + summary.slice(1);
  const editable = onToggle !== undefined;
  const at = (side: 'L' | 'R' | null, id: SchematicLandmark['id']) =>
    landmarks.find((l) => l.id === id && l.side === side);
  const leftX = sx(mirror(0.1, 'L'));
  const rightX = sx(mirror(0.1, 'R'));
  const keyToggle = (e: KeyboardEvent, side: 'L' | 'R', id: BlockLandmark) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onToggle?.(side, id);
  };
  return (
    <figure className="blocking-diagram" data-view={view}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role={editable ? 'group' : 'img'}
        aria-labelledby={titleId}
        className={`diagram-${view}`}
      >
        <title id={titleId}>{t('diagram.svgTitle', { title, summary })}</title>
        <text {...sideLabelAt(leftX)} y={18} className="diagram-side" aria-hidden="true">
          {t('diagram.patientLeft')}
        </text>
        <text {...sideLabelAt(rightX)} y={18} className="diagram-side" aria-hidden="true">
          {t('diagram.patientRight')}
        </text>
        <PelvisOutline mirror={mirror} sx={sx} sy={sy} />
        {landmarks.map((l) => (
          <g key={`${l.id}-${l.side ?? 'mid'}`} aria-hidden="true">
            <circle cx={sx(l.x)} cy={sy(l.y)} r={3.5} className="diagram-landmark" />
            <text x={sx(l.x)} y={sy(l.y) + 14} textAnchor="middle" className="diagram-label">
              {t(landmarkLabelKey[l.id])}
            </text>
          </g>
        ))}
        {blocks.map((b) => {
          const l = b.side === null ? undefined : at(b.side, b.landmark);
          if (l === undefined) return null;
          return (
            <g
              key={`${b.order}-${b.side ?? ''}-${b.landmark}`}
              className="diagram-block"
              data-block={b.order}
              data-side={b.side ?? ''}
              data-landmark={b.landmark}
              aria-hidden="true"
            >
              <rect x={sx(l.x) - 22} y={sy(l.y) - 11} width={44} height={22} rx={5} />
              <text x={sx(l.x)} y={sy(l.y) + 5} textAnchor="middle">
                {b.order}
              </text>
            </g>
          );
        })}
        {editable
          ? landmarks.map((l) => {
              if (l.side === null || !isBlockLandmark(l.id)) return null;
              const side = l.side;
              const id = l.id;
              const placed = blocks.some((b) => b.side === side && b.landmark === id);
              return (
                <g
                  key={`hit-${id}-${side}`}
                  role="button"
                  tabIndex={0}
                  aria-pressed={placed}
                  aria-label={t('diagram.target', { side, landmark: id })}
                  className="diagram-target"
                  onClick={() => onToggle?.(side, id)}
                  onKeyDown={(e) => keyToggle(e, side, id)}
                >
                  <circle cx={sx(l.x)} cy={sy(l.y)} r={20} />
                </g>
              );
            })
          : null}
      </svg>
      <figcaption>{t('diagram.caption', { title, summary: caption })}</figcaption>
    </figure>
  );
}
