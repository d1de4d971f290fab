import type { CodingProblem } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';

/** The problems of one diagnosis or line, in words, beside it; errors and warnings say which they are. */
export function CodingProblems({ problems }: { readonly problems: readonly CodingProblem[] }) {
  const { t, i18n } = useTranslation(['chartingNote', 'coding']);
  if (problems.length === 0) return null;
  return (
    <ul className="coding-problems plain-list small">
      {problems.map((p) => (
        <li key={`${p.rule}:${p.path}:${p.message}`} className={`coding-problem coding-${p.severity}`}>
          <strong>{p.severity === 'error' ? t('problem.error') : t('problem.warning')}</strong>{' '}
          {i18n.translateText('coding', p.message)}{' '}
          <span className="muted">
            {p.severity === 'error'
              ? p.overridable
                ? t('problem.overridable', { rule: p.rule })
                : t('problem.mustCorrect', { rule: p.rule })
              : t('problem.rule', { rule: p.rule })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The problems whose path is `prefix` or lies under it (`lines.0` takes `lines.0.modifiers`). */
export function problemsAt(problems: readonly CodingProblem[], prefix: string): CodingProblem[] {
  return problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
}
