import type { ApiErrorDetail } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';

/** Where in the coding a refusal's path points, in words: `record.coding.lines.0.modifiers` → "Line 1". */
function placeOf(path: string): string {
  const [, , part, index] = path.split('.');
  if (part === 'lines' && index !== undefined) return `Line ${Number(index) + 1}`;
  if (part === 'diagnoses' && index !== undefined) return `Diagnosis ${Number(index) + 1}`;
  return part === 'diagnoses' ? 'Diagnoses' : 'Coding';
}

/**
 * Why signing was refused by the coding checks (422 CODING_INVALID): each problem in words, where it
 * is, and whether a written reason in the Coding section may override it or the code must be corrected.
 */
export function CodingRefused({ details }: { readonly details: readonly ApiErrorDetail[] }) {
  if (details.length === 0) return null;
  return (
    <Alert tone="danger">
      <p>Signing was refused: the confirmed codes fail these checks.</p>
      <ul>
        {details.map((d) => (
          <li key={`${d.rule ?? ''}:${d.path}:${d.message}`}>
            {placeOf(d.path)}: {d.message}{' '}
            <span className="small">
              {d.overridable === true
                ? `(${d.rule ?? 'rule'}: correct it, or give a reason under Override reasons in Coding)`
                : `(${d.rule ?? 'rule'}: must be corrected)`}
            </span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
