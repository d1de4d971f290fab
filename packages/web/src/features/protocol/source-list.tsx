import type { ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../i18n/translation';
import { ProtocolText } from '../../i18n/protocol-text';

/** Source ids as their titles, linked to the first address of each. */
export function SourceList({ ids, pack }: { readonly ids: readonly string[]; readonly pack: ProtocolPack }) {
  const { t } = useTranslation('protocol');
  return (
    <span className="sources">
      {t('sources.label')}{' '}
      {ids.map((id, i) => {
        const source = pack.sources.find((s) => s.id === id);
        const url = source?.urls[0];
        const title =
          source === undefined ? (
            <span translate="no">{id}</span>
          ) : (
            <ProtocolText kind="source" id={id} field="title" text={source.title} />
          );
        return (
          <span key={id}>
            {i > 0 ? '; ' : ''}
            {url === undefined ? (
              title
            ) : (
              <a href={url} target="_blank" rel="noreferrer noopener">
                {title}
              </a>
            )}
          </span>
        );
      })}
    </span>
  );
}
