import { pseudoLanguage, sourceLanguage, type Namespace } from '@sotchart/i18n';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from './translation';
import { loadStatus } from './catalog-files';
import { clinicWording } from './clinic-wording';

/** True when a namespace of the screen still has a draft message the clinic has not worded itself. */
async function hasUnreviewed(language: string, namespaces: readonly Namespace[]): Promise<boolean> {
  if (language === sourceLanguage || language === pseudoLanguage) return false;
  const [statuses, wording] = await Promise.all([
    Promise.all(namespaces.map((ns) => loadStatus(language, ns))),
    clinicWording(language),
  ]);
  return statuses.some((status, i) => {
    const own = wording[namespaces[i] ?? ''] ?? {};
    return Object.entries(status).some(([key, state]) => state === 'draft' && own[key] === undefined);
  });
}

/**
 * The small "translation not yet reviewed" note a clinical screen or document shows while any message
 * of its catalogues in the current language is still a draft translation (the clinic's own approved
 * wording counts as reviewed). Nothing in English.
 */
export function ReviewNote({ namespaces }: { readonly namespaces: readonly Namespace[] }) {
  const { t, i18n } = useTranslation('common');
  const language = i18n.language;
  const { data: unreviewed = false } = useQuery({
    queryKey: ['translation-review', language, ...namespaces],
    queryFn: () => hasUnreviewed(language, namespaces),
    staleTime: Infinity,
  });
  if (!unreviewed) return null;
  return (
    <p className="review-note" role="note">
      {t('translation.unreviewed')}
    </p>
  );
}
