import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { documentsApi } from '../../../api/documents-api';
import { chartingApi } from '../../../api/visits-api';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { formatDateTime } from '../../../ui/date-format';
import { Loading } from '../../../ui/loading';
import { Section } from '../../../ui/section';
import { TextAreaField } from '../../../ui/text-area-field';

/** A signed visit's addenda, in order, each with its own signed PDF, and a form to sign a new one. */
export function AddendaSection({
  visitId,
  timeZone,
}: {
  readonly visitId: string;
  readonly timeZone: string;
}) {
  const { t } = useTranslation('chartingNote');
  const queryClient = useQueryClient();
  const key = ['visit', visitId, 'addenda'] as const;
  const addenda = useQuery({ queryKey: key, queryFn: () => chartingApi.addenda(visitId) });
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: () => chartingApi.addAddendum(visitId, text),
    onSuccess: async () => {
      setText('');
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  return (
    <Section title={t('addenda.title')}>
      {addenda.isPending ? <Loading /> : null}
      {addenda.isError ? <Alert tone="danger">{addenda.error.message}</Alert> : null}
      {addenda.data?.length === 0 ? <p className="muted">{t('addenda.none')}</p> : null}
      <ol className="plain-list addenda">
        {addenda.data?.map((a) => (
          <li key={a.id}>
            <p className="muted small">
              {t('addenda.signed', { seq: a.seq, date: formatDateTime(a.signedAt, timeZone) })} ·{' '}
              <a href={documentsApi.addendumUrl(visitId, a.seq)} download>
                {t('addenda.pdf', { seq: a.seq })}
              </a>
              {a.sha256 !== undefined ? (
                <span className="hash" translate="no" title={`SHA-256 ${a.sha256}`}>
                  {' '}
                  · SHA-256 {a.sha256.slice(0, 12)}…
                </span>
              ) : null}
            </p>
            <p className="pre-wrap" translate="no">
              {a.text}
            </p>
          </li>
        ))}
      </ol>
      <TextAreaField label={t('addenda.new')} value={text} rows={3} translate="no" onChange={setText} />
      {add.isError ? <Alert tone="danger">{add.error.message}</Alert> : null}
      <div className="row-actions">
        <Button
          variant="primary"
          busy={add.isPending}
          disabled={text.trim() === ''}
          onClick={() => add.mutate()}
        >
          {t('addenda.sign')}
        </Button>
      </div>
    </Section>
  );
}
