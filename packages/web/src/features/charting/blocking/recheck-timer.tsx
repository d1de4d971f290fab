import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../../ui/button';
import { playRecheckTone, readMuted, writeMuted } from './recheck-cue';
import { clockText, timerMinutes } from './timer-minutes';

export interface RecheckTimerProps {
  readonly recheckSeconds: number;
  readonly maxMinutes: number;
  /** What to re-check at each interval, in words. */
  readonly recheck: string;
  /** Records the time spent on the blocks, in minutes (to a tenth). */
  readonly onRecord: (minutes: number) => void;
}

/**
 * Time on the blocks, with a re-check prompt every `recheckSeconds` and a stop at `maxMinutes`. Each
 * re-check is also signalled by a tone (mutable) and a flash of the prompt, since the practitioner's
 * hands and eyes are on the patient.
 */
export function RecheckTimer({ recheckSeconds, maxMinutes, recheck, onRecord }: RecheckTimerProps) {
  const { t } = useTranslation('blocking');
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [banked, setBanked] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [muted, setMuted] = useState(readMuted);
  const signalled = useRef(0);
  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  const elapsed = banked + (startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000)));
  const checks = Math.floor(elapsed / recheckSeconds);
  const over = elapsed >= maxMinutes * 60;
  useEffect(() => {
    if (checks <= signalled.current) return;
    signalled.current = checks;
    if (!muted) playRecheckTone();
  }, [checks, muted]);
  const start = () => {
    setNow(Date.now());
    setStartedAt(Date.now());
  };
  const pause = () => {
    setBanked(elapsed);
    setStartedAt(null);
  };
  const toggleMute = () => {
    writeMuted(!muted);
    setMuted(!muted);
  };
  const minutes = timerMinutes(elapsed);
  return (
    <div className="recheck-timer">
      <p>
        <span className="timer-clock" aria-label={t('timer.clockLabel', { clock: clockText(elapsed) })}>
          {clockText(elapsed)}
        </span>{' '}
        <span className="muted">{t('timer.every', { seconds: recheckSeconds, minutes: maxMinutes })}</span>
      </p>
      {/* Keyed by the re-check number so the flash restarts at each re-check. */}
      <p
        key={checks}
        role="status"
        className={checks > 0 ? 'timer-prompt timer-flash' : 'muted'}
        data-recheck={checks}
      >
        {over
          ? t('timer.over', { minutes: maxMinutes })
          : checks > 0
            ? t('timer.recheck', { number: checks, recheck })
            : t('timer.first', { clock: clockText(recheckSeconds) })}
      </p>
      <div className="row-actions">
        {startedAt === null ? (
          <Button onClick={start}>{elapsed === 0 ? t('timer.start') : t('timer.resume')}</Button>
        ) : (
          <Button onClick={pause}>{t('timer.pause')}</Button>
        )}
        <Button
          disabled={elapsed === 0}
          onClick={() => {
            pause();
            onRecord(minutes);
          }}
        >
          {t('timer.record', { clock: clockText(elapsed) })}
        </Button>
        <Button aria-pressed={muted} onClick={toggleMute}>
          {muted ? t('timer.toneOff') : t('timer.toneOn')}
        </Button>
      </div>
    </div>
  );
}
