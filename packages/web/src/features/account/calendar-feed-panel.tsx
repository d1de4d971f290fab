import type { CalendarFeed } from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { calendarFeedApi, calendarFeedKey } from '../../api/calendar-feed-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { formatDateTime } from '../../ui/date-format';
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
    <Section title="Calendar on your phone">
      <p>
        Subscribe to your appointments in your phone&apos;s calendar. The feed shows times, appointment types
        and rooms only: no patient names or notes.
      </p>
      {feed.isPending ? <Loading /> : null}
      {feed.isError ? <Alert tone="danger">{feed.error.message}</Alert> : null}
      {create.isError ? <Alert tone="danger">{create.error.message}</Alert> : null}
      {revoke.isError ? <Alert tone="danger">{revoke.error.message}</Alert> : null}
      {url === null ? null : (
        <div className="stack">
          <Alert tone="success">
            Copy this address now and add it to your calendar as a subscription; it is not shown again. Anyone
            with it can see your appointment times.
          </Alert>
          <TextField
            label="Feed address"
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
              {copied ? 'Copied' : 'Copy address'}
            </Button>
            <a className="button button-secondary" href={url.replace(/^https?:/, 'webcal:')}>
              Open in calendar app
            </a>
          </div>
        </div>
      )}
      {feed.data === undefined || url !== null ? null : (
        <p>
          {active && feed.data.createdAt !== null
            ? `Your feed is on, made ${formatDateTime(feed.data.createdAt, timeZone)}.`
            : 'Your feed is off.'}
        </p>
      )}
      {feed.data === undefined ? null : (
        <div className="form-actions">
          <Button
            variant={active ? 'secondary' : 'primary'}
            busy={create.isPending}
            onClick={() => create.mutate()}
          >
            {active ? 'Make a new address' : 'Turn on calendar feed'}
          </Button>
          {active ? (
            <Button variant="danger" busy={revoke.isPending} onClick={() => revoke.mutate()}>
              Turn off
            </Button>
          ) : null}
        </div>
      )}
    </Section>
  );
}
