import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockText, timerMinutes } from './timer-minutes';

test('records the minutes actually spent, to a tenth: 1:04 is 1.1 min, not 2 (issue 21)', () => {
  assert.equal(timerMinutes(64), 1.1);
  assert.equal(timerMinutes(60), 1);
  assert.equal(timerMinutes(150), 2.5);
  assert.equal(timerMinutes(3), 0.1);
  assert.equal(timerMinutes(0), 0);
});

test('shows the clock as minutes and seconds', () => {
  assert.equal(clockText(64), '1:04');
  assert.equal(clockText(600), '10:00');
});
