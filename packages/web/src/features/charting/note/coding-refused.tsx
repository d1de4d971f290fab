import type { TFunction } from '@sotchart/i18n';
import { useTranslation } from '../../../i18n/translation';
import type { ApiErrorDetail } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';

/** Where in the coding a refusal's path points, in words: `record.coding.lines.0.modifiers` → "Line 1". */
function placeOf(path: string, t: TFunction<readonly ('chartingNote' | 'coding')[]>): string {
  const [, , part, index] = path.split('.');
  if (part === 'lines' && index !== undefined) return t('refused.line', { n: Number(index) + 1 });
  if (part === 'diagnoses' && index !== undefined) return t('refused.diagnosis', { n: Number(index) + 1 });
  return part === 'diagnoses' ? t('refused.diagnoses') : t('refused.coding');
}

/**
 * Why signing was refused by the coding checks (422 CODING_INVALID): each problem in words, where it
 * is, and whether a written reason in the Coding section may override it or the code must be corrected.
 */
export function CodingRefused({ details }: { readonly details: readonly ApiErrorDetail[] }) {
  const { t, i18n } = useTranslation(['chartingNote', 'coding']);
  if (details.length === 0) return null;
  return (
    <Alert tone="danger">
      <p>{t('refused.title')}</p>
      <ul>
        {details.map((d) => (
          <li key={`${d.rule ?? ''}:${d.path}:${d.message}`}>
            {t('refused.item', {
              place: placeOf(d.path, t),
              message: i18n.translateText('coding', d.message),
            })}{' '}
            <span className="small">
              {d.overridable === true
                ? t('refused.overridable', { rule: d.rule ?? t('refused.rule') })
                : t('refused.mustCorrect', { rule: d.rule ?? t('refused.rule') })}
            </span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
