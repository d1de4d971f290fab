import type { Language, WordingEntry } from '@sotchart/contract';
import type { Namespace, ReviewStatus } from '@sotchart/i18n';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { wordingApi } from '../../api/wording-api';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/text-area-field';

const statusKey = {
  draft: 'status.draft',
  'clinician-reviewed': 'status.reviewed',
} as const satisfies Record<ReviewStatus, string>;

interface WordingEntryProps {
  readonly language: Language;
  readonly namespace: Namespace;
  readonly entry: WordingEntry;
  /** After a change: the list is read again and the app's catalogues reloaded. */
  readonly onChanged: () => Promise<void>;
}

/** One message: its English source, the bundled wording and its review, and the clinic's own. */
export function WordingEntryRow({ language, namespace, entry, onChanged }: WordingEntryProps) {
  const { t } = useTranslation('wording');
  const [text, setText] = useState<string | null>(null);
  const ref = { language, namespace, key: entry.key };
  const save = useMutation({
    mutationFn: (status: ReviewStatus) => wordingApi.put({ ...ref, text: text ?? '', status }),
    onSuccess: async () => {
      setText(null);
      await onChanged();
    },
  });
  const revert = useMutation({ mutationFn: () => wordingApi.remove(ref), onSuccess: onChanged });
  const own = entry.own;
  return (
    <li className="wording-entry">
      <p className="wording-key" translate="no">
        {entry.key}
      </p>
      <dl className="wording-texts">
        <dt>{t('entry.english')}</dt>
        <dd translate="no">{entry.english}</dd>
        <dt>
          {t('entry.bundled')}{' '}
          <Badge tone={entry.bundledStatus === 'draft' ? 'warning' : 'success'}>
            {t(statusKey[entry.bundledStatus])}
          </Badge>
        </dt>
        <dd translate="no">{entry.bundled}</dd>
        {own === null ? null : (
          <>
            <dt>
              {t('entry.own')}{' '}
              <Badge tone={own.status === 'draft' ? 'warning' : 'success'}>{t(statusKey[own.status])}</Badge>
            </dt>
            <dd translate="no">{own.text}</dd>
          </>
        )}
      </dl>
      {text === null ? (
        <div className="row-actions">
          <Button variant="secondary" onClick={() => setText(own?.text ?? entry.bundled)}>
            {t('entry.edit')}
          </Button>
          {own === null ? null : (
            <Button variant="secondary" busy={revert.isPending} onClick={() => revert.mutate()}>
              {t('entry.revert')}
            </Button>
          )}
        </div>
      ) : (
        <div className="stack">
          <TextAreaField
            label={t('entry.text')}
            hint={t('entry.textHint')}
            value={text}
            onChange={setText}
            error={errorFor(fieldErrorsOf(save.error), 'text')}
            rows={3}
          />
          <div className="row-actions">
            <Button busy={save.isPending} onClick={() => save.mutate('clinician-reviewed')}>
              {t('entry.approve')}
            </Button>
            <Button variant="secondary" busy={save.isPending} onClick={() => save.mutate('draft')}>
              {t('entry.saveDraft')}
            </Button>
            <Button variant="secondary" onClick={() => setText(null)}>
              {t('entry.cancel')}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
