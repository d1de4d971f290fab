/** A clock that returns a fixed instant and moves only when told, so tests are deterministic. */
export interface FixedClock {
  (): Date;
  advance(ms: number): void;
}

export function fixedClock(start = '2026-03-02T14:30:00.000Z'): FixedClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as FixedClock;
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}
