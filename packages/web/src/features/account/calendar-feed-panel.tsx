import type { CalendarFeed } from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { calendarFeedApi, calendarFeedKey } from '../../api/calendar-feed-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { formatDateTime } from '../../ui/date-format';
import { Embed, embedMark } from '../../ui/embed';
import { Loading } from '../../ui/loading';
import { Section } from '../../ui/section';
import { TextField } from '../../ui/text-field';
import { useClinicTimeZone } from '../auth/session-context';
import { useCan } from '../auth/use-can';

/**
 * The practitioner's private calendar feed for their phone: times, appointment types and rooms only,
 * never a patient. The address holds its secret, so it is shown once, when made; a new one or
 * "Turn off" ends the old one. Shown only to users the appointment book can book.
 */
export function CalendarFeedPanel() {
  const { t } = useTranslation('account');
  const bookable = useCan('clinicalWrite');
  const timeZone = useClinicTimeZone();
  const queryClient = useQueryClient();
  const feed = useQuery({ queryKey: calendarFeedKey, queryFn: calendarFeedApi.get, enabled: bookable });
  const [made, setMade] = useState<CalendarFeed | null>(null);
  const [copied, setCopied] = useState(false);
  const settle = () => queryClient.invalidateQueries({ queryKey: calendarFeedKey });
  const create = useMutation({
    mutationFn: calendarFeedApi.create,
    onSuccess: async (answer) => {
      setMade(answer);
      setCopied(false);
      await settle();
    },
  });
  const revoke = useMutation({
    mutationFn: calendarFeedApi.revoke,
    onSuccess: async () => {
      setMade(null);
      await settle();
    },
  });
  if (!bookable) return null;
  const active = feed.data?.active === true;
  const url = made?.url ?? null;
  return (
    <Section title={t('calendarFeed.title')}>
      <p>{t('calendarFeed.intro')}</p>
      {feed.isPending ? <Loading /> : null}
      {feed.isError ? <Alert tone="danger">{feed.error.message}</Alert> : null}
      {create.isError ? <Alert tone="danger">{create.error.message}</Alert> : null}
      {revoke.isError ? <Alert tone="danger">{revoke.error.message}</Alert> : null}
      {url === null ? null : (
        <div className="stack">
          <Alert tone="success">{t('calendarFeed.copyNow')}</Alert>
          <TextField
            label={t('calendarFeed.address')}
            readOnly
            value={url}
            onChange={() => undefined}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="form-actions">
            <Button
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true));
              }}
            >
              {copied ? t('calendarFeed.copied') : t('calendarFeed.copy')}
            </Button>
            <a className="button button-secondary" href={url.replace(/^https?:/, 'webcal:')}>
              {t('calendarFeed.openInApp')}
            </a>
          </div>
        </div>
      )}
      {feed.data === undefined || url !== null ? null : (
        <p>
          {active && feed.data.createdAt !== null ? (
            <Embed text={t('calendarFeed.on', { made: embedMark })}>
              <time dateTime={feed.data.createdAt}>{formatDateTime(feed.data.createdAt, timeZone)}</time>
            </Embed>
          ) : (
            t('calendarFeed.off')
          )}
        </p>
      )}
      {feed.data === undefined ? null : (
        <div className="form-actions">
          <Button
            variant={active ? 'secondary' : 'primary'}
            busy={create.isPending}
            onClick={() => create.mutate()}
          >
            {active ? t('calendarFeed.makeNew') : t('calendarFeed.turnOn')}
          </Button>
          {active ? (
            <Button variant="danger" busy={revoke.isPending} onClick={() => revoke.mutate()}>
              {t('calendarFeed.turnOff')}
            </Button>
          ) : null}
        </div>
      )}
    </Section>
  );
}
