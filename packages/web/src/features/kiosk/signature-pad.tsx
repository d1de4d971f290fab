import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/translation';

export interface SignatureStrokes {
  readonly width: number;
  readonly height: number;
  readonly strokes: number[][];
}

const width = 600;
const height = 200;

/**
 * A box to sign in with a finger, stylus or mouse. Strokes are kept as x, y pairs in a 600 × 200 box,
 * whatever size the box is drawn at, and redrawn on the canvas as they are made.
 */
export function SignaturePad({
  onChange,
}: {
  readonly onChange: (signature: SignatureStrokes | null) => void;
}) {
  const { t } = useTranslation('kiosk');
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<number[][]>([]);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);

  const redraw = () => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx === null || ctx === undefined) return;
    ctx.clearRect(0, 0, width, height);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#14202b';
    for (const stroke of strokes.current) {
      ctx.beginPath();
      ctx.moveTo(stroke[0] ?? 0, stroke[1] ?? 0);
      for (let i = 2; i + 1 < stroke.length; i += 2) ctx.lineTo(stroke[i] ?? 0, stroke[i + 1] ?? 0);
      if (stroke.length === 2) ctx.lineTo((stroke[0] ?? 0) + 0.5, stroke[1] ?? 0);
      ctx.stroke();
    }
  };
  useEffect(redraw, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = Math.round(((e.clientX - box.left) / box.width) * width);
    const y = Math.round(((e.clientY - box.top) / box.height) * height);
    return [Math.max(0, Math.min(width, x)), Math.max(0, Math.min(height, y))];
  };
  const publish = () => {
    const usable = strokes.current.filter((s) => s.length >= 2);
    setEmpty(usable.length === 0);
    onChange(
      usable.length === 0
        ? null
        : { width, height, strokes: usable.map((s) => (s.length === 2 ? [...s, ...s] : s)) },
    );
  };

  return (
    <div className="signature-pad">
      <canvas
        ref={canvas}
        width={width}
        height={height}
        role="img"
        aria-label={empty ? t('signature.empty') : t('signature.signed')}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          strokes.current.push(point(e));
          redraw();
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          strokes.current[strokes.current.length - 1]?.push(...point(e));
          redraw();
        }}
        onPointerUp={() => {
          drawing.current = false;
          publish();
        }}
        onPointerCancel={() => {
          drawing.current = false;
          publish();
        }}
      />
      <button
        type="button"
        className="kiosk-button"
        onClick={() => {
          strokes.current = [];
          redraw();
          publish();
        }}
      >
        {t('signature.clear')}
      </button>
    </div>
  );
}
