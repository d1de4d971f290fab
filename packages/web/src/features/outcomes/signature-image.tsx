import type { Signature } from '@sotchart/contract';

/** A signature drawn on the kiosk, redrawn from its strokes as an SVG. */
export function SignatureImage({
  signature,
  label,
}: {
  readonly signature: Signature;
  readonly label: string;
}) {
  const paths = signature.strokes.map((stroke) => {
    const points: string[] = [];
    for (let i = 0; i + 1 < stroke.length; i += 2) points.push(`${stroke[i]},${stroke[i + 1]}`);
    return `M${points.join(' L')}`;
  });
  return (
    <svg
      className="signature-image"
      viewBox={`0 0 ${signature.width} ${signature.height}`}
      role="img"
      aria-label={label}
    >
      {paths.map((d, i) => (
        <path
          key={i}
          d={d}
          fill="none"
          stroke="#14202b"
          strokeWidth={3}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ))}
    </svg>
  );
}
