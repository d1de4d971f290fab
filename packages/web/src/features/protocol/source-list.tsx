import type { ProtocolPack } from '@sotchart/engine';

/** Source ids as their titles, linked to the first address of each. */
export function SourceList({ ids, pack }: { readonly ids: readonly string[]; readonly pack: ProtocolPack }) {
  return (
    <span className="sources">
      Sources:{' '}
      {ids.map((id, i) => {
        const source = pack.sources.find((s) => s.id === id);
        const url = source?.urls[0];
        return (
          <span key={id}>
            {i > 0 ? '; ' : ''}
            {url === undefined ? (
              (source?.title ?? id)
            ) : (
              <a href={url} target="_blank" rel="noreferrer noopener">
                {source?.title ?? id}
              </a>
            )}
          </span>
        );
      })}
    </span>
  );
}
