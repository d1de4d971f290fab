import { useEffect, useState } from 'react';
import { Button } from '../../../ui/button';

export interface RecheckTimerProps {
  readonly recheckSeconds: number;
  readonly maxMinutes: number;
  /** What to re-check at each interval, in words. */
  readonly recheck: string;
  /** Records the time spent on the blocks, in whole minutes. */
  readonly onRecord: (minutes: number) => void;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Time on the blocks, with a re-check prompt every `recheckSeconds` and a stop at `maxMinutes`. */
export function RecheckTimer({ recheckSeconds, maxMinutes, recheck, onRecord }: RecheckTimerProps) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [banked, setBanked] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  const elapsed = banked + (startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000)));
  const checks = Math.floor(elapsed / recheckSeconds);
  const over = elapsed >= maxMinutes * 60;
  const start = () => {
    setNow(Date.now());
    setStartedAt(Date.now());
  };
  const pause = () => {
    setBanked(elapsed);
    setStartedAt(null);
  };
  return (
    <div className="recheck-timer">
      <p>
        <span className="timer-clock" aria-label={`Time on the blocks ${clock(elapsed)}`}>
          {clock(elapsed)}
        </span>{' '}
        <span className="muted">
          re-check every {recheckSeconds} s, at most {maxMinutes} min
        </span>
      </p>
      <p role="status" className={checks > 0 ? 'timer-prompt' : 'muted'}>
        {over
          ? `Maximum time on the blocks (${maxMinutes} min) reached: remove the blocks.`
          : checks > 0
            ? `Re-check ${checks}: ${recheck}.`
            : `First re-check at ${clock(recheckSeconds)}.`}
      </p>
      <div className="row-actions">
        {startedAt === null ? (
          <Button onClick={start}>{elapsed === 0 ? 'Start timer' : 'Resume'}</Button>
        ) : (
          <Button onClick={pause}>Pause</Button>
        )}
        <Button
          disabled={elapsed === 0}
          onClick={() => {
            pause();
            onRecord(Math.max(1, Math.ceil(elapsed / 60)));
          }}
        >
          Record {Math.max(1, Math.ceil(elapsed / 60))} min on the blocks
        </Button>
      </div>
    </div>
  );
}
