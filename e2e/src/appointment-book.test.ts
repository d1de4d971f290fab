import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { chartingFixture } from './charting-fixture';
import { tabletContext } from './charting-helpers';
import { createTestUser, type ApiSession } from './support/api-session';
import type { Credentials } from './support/demo-login';
import { smallTargets } from './support/layout-checks';
import { screenshot, screenshotAtReviewSizes, screenshotOf } from './support/screenshot';
import { signInThroughUi } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

interface Entry {
  readonly id: string;
  readonly startAt: string;
  readonly endAt: string;
  readonly kind: string;
  readonly version: number;
}

/** A calendar date `days` after `date` (both YYYY-MM-DD). */
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The Monday at least a week ahead, so every booking of a test is in the future. */
function mondayAhead(weeks: number): string {
  const today = new Date().toISOString().slice(0, 10);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  return addDays(today, 8 - weekday + 7 * weeks);
}

/** An instant as the clinic's clock shows it, "YYYY-MM-DD HH:MM", read with Intl (not the app's code). */
function clinicClock(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** Presses Tab until `target` has the focus (a keyboard user's way there), failing after 80 presses. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let n = 0; n < 80; n += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** A practitioner of their own for one test, working Monday to Friday 08:00–18:00 with lunch 12:00–13:00. */
async function ownPractitioner(url: string, owner: ApiSession, name: string): Promise<string> {
  const user = await createTestUser(url, owner, 'practitioner', { displayName: name });
  const day = (weekday: number) => ({
    weekday,
    start: '08:00',
    end: '18:00',
    breaks: [{ start: '12:00', end: '13:00' }],
  });
  await owner.call('PUT', `/api/practitioners/${user.id}/working-hours`, {
    days: [1, 2, 3, 4, 5].map(day),
    version: 0,
  });
  return user.id;
}

/** A patient with an open episode whose plan is 2 visits a week for 2 weeks, re-examined on `reExamDate`. */
async function patientWithPlan(owner: ApiSession, familyName: string, reExamDate: string): Promise<string> {
  const patient = await owner.call<{ id: string }>('POST', '/api/patients', {
    chartNumber: `AB-${Math.random().toString(36).slice(2, 9)}`,
    givenName: 'Booked',
    familyName,
    dateOfBirth: '1981-02-03',
    sex: 'female',
  });
  await owner.call('POST', `/api/patients/${patient.id}/episodes`, {
    startDate: '2026-01-05',
    complaint: 'Low back pain',
    onset: 'subacute',
    plan: { visitsPerWeek: 2, durationWeeks: 2, reExamDate, goals: [] },
  });
  return patient.id;
}

async function signedIn(context: BrowserContext, url: string, who: Credentials, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}${path}`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signInThroughUi(page, who);
  await page.getByRole('heading', { name: 'Appointment book', level: 1 }).waitFor();
  return page;
}

describe('the appointment book', () => {
  const book = chartingFixture();
  let timeZone = '';
  let assistant: Credentials | undefined;

  const front = async (): Promise<Credentials> => {
    if (assistant === undefined) {
      assistant = await createTestUser(book.url, book.session, 'assistant');
      timeZone = (await book.session.call<{ timeZone: string }>('GET', '/api/schedule-settings')).timeZone;
    }
    return assistant;
  };
  const appointmentsOf = (patientId: string, from: string, to: string) =>
    book.session.call<Entry[]>('GET', `/api/appointments?from=${from}&to=${to}&patientId=${patientId}`);

  /** The series' appointments are at 10:00 on Mon and Thu of both weeks, and the re-exam on its date. */
  async function assertSeries(patientId: string, monday: string): Promise<void> {
    const booked = await appointmentsOf(patientId, monday, addDays(monday, 20));
    assert.deepEqual(
      booked.map((a) => `${clinicClock(a.startAt, timeZone)} ${a.kind}`),
      [
        `${monday} 10:00 follow_up`,
        `${addDays(monday, 3)} 10:00 follow_up`,
        `${addDays(monday, 7)} 10:00 follow_up`,
        `${addDays(monday, 10)} 10:00 follow_up`,
        `${addDays(monday, 16)} 10:00 re_exam`,
      ],
    );
  }

  /** The y of the grid's hour line labelled `time`, and the height of an hour, in pixels. */
  async function hourLine(page: Page, time: string): Promise<{ y: number; hourPx: number }> {
    const label = page.locator('.book-hour').filter({ hasText: time });
    const next = page
      .locator('.book-hour')
      .filter({ hasText: `${String(Number(time.slice(0, 2)) + 1).padStart(2, '0')}:00` });
    const [a, b] = await Promise.all([label.boundingBox(), next.boundingBox()]);
    return { y: a!.y, hourPx: b!.y - a!.y };
  }

  /** The week view draws the first week's two visits at 10:00, one in Monday's column and one in Thursday's. */
  async function assertWeekView(page: Page, monday: string, family: string): Promise<void> {
    const blocks = page.locator('.appt').filter({ hasText: family });
    await blocks.nth(1).waitFor();
    assert.equal(await blocks.count(), 2);
    const ten = await hourLine(page, '10:00');
    const columns = page.locator('.book-column');
    assert.match((await columns.nth(0).getAttribute('data-column')) ?? '', new RegExp(`^${monday}\\|`));
    const [mon, thu] = await Promise.all([columns.nth(0).boundingBox(), columns.nth(3).boundingBox()]);
    const inColumn = (x: number, c: { x: number; width: number } | null) => x >= c!.x && x < c!.x + c!.width;
    const days: string[] = [];
    for (const block of await blocks.all()) {
      assert.match((await block.getAttribute('aria-label')) ?? '', /^10:00–/);
      const box = (await block.boundingBox())!;
      assert.ok(Math.abs(box.y - ten.y) < 5, `drawn at the 10:00 line: ${box.y} vs ${ten.y}`);
      days.push(inColumn(box.x, mon) ? 'Mon' : inColumn(box.x, thu) ? 'Thu' : `x=${box.x}`);
    }
    assert.deepEqual(days.sort(), ['Mon', 'Thu']);
  }

  test('the front desk books a care-plan series by keyboard alone', uiTest, async () => {
    const who = await front();
    const monday = mondayAhead(1);
    const practitionerId = await ownPractitioner(book.url, book.session, 'Dr Keys');
    const patientId = await patientWithPlan(book.session, 'Keyboardson', addDays(monday, 16));
    const context = await book.newContext();
    const page = await signedIn(context, book.url, who, `/schedule?date=${monday}&only=${practitionerId}`);

    await tabTo(page, page.getByRole('button', { name: 'Book', exact: true }));
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Book an appointment' });
    await form.getByRole('combobox', { name: /Patient/ }).waitFor();
    await page.keyboard.type('Keyboardson');
    await form.getByRole('option', { name: /Keyboardson, Booked/ }).waitFor();
    await page.keyboard.press('Enter');
    await tabTo(page, form.getByRole('button', { name: 'Book a care-plan series…' }));
    await page.keyboard.press('Enter');

    const series = page.getByRole('dialog', { name: 'Book a care-plan series' });
    // The plan fills in Monday and Thursday, two weeks and the re-exam.
    await series.getByRole('checkbox', { name: 'Thursday' }).and(page.locator(':checked')).waitFor();
    await tabTo(page, series.getByLabel('Time', { exact: true }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10:00');
    await series.getByRole('button', { name: 'Book 5 appointments' }).and(page.locator(':enabled')).waitFor();
    await screenshotAtReviewSizes(page, 'appointment-book-series-dialog', false);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Booked 5 appointments' }).waitFor();
    await assertSeries(patientId, monday);

    await tabTo(page, page.getByRole('button', { name: 'Week' }));
    await page.keyboard.press('Enter');
    await assertWeekView(page, monday, 'Keyboardson');
    await context.close();
  });

  test('the front desk books a care-plan series by touch on a tablet', uiTest, async () => {
    const who = await front();
    const monday = mondayAhead(2);
    const practitionerId = await ownPractitioner(book.url, book.session, 'Dr Touch');
    const patientId = await patientWithPlan(book.session, 'Tapperton', addDays(monday, 16));
    const context = await tabletContext(book.browser);
    const page = await signedIn(context, book.url, who, `/schedule?date=${monday}&only=${practitionerId}`);

    // A tap on empty time at 10:00 opens the form there.
    const body = (await page.locator('.book-body').boundingBox())!;
    const ten = await hourLine(page, '10:00');
    await page.touchscreen.tap(body.x + body.width / 2, ten.y + 10);
    const form = page.getByRole('dialog', { name: 'Book an appointment' });
    await form.getByRole('combobox', { name: /Patient/ }).waitFor();
    assert.equal(await form.getByLabel('Time').inputValue(), '10:00');
    await form.getByRole('combobox', { name: /Patient/ }).tap();
    await form.getByRole('combobox', { name: /Patient/ }).fill('Tapperton');
    await form.getByRole('option', { name: /Tapperton, Booked/ }).tap();
    await form.getByRole('button', { name: 'Book a care-plan series…' }).tap();
    const series = page.getByRole('dialog', { name: 'Book a care-plan series' });
    await series.getByRole('checkbox', { name: 'Thursday' }).and(page.locator(':checked')).waitFor();
    const bookAll = series.getByRole('button', { name: 'Book 5 appointments' });
    await bookAll.and(page.locator(':enabled')).waitFor();
    await screenshot(page, 'appointment-book-series-dialog-tablet', false);
    await bookAll.tap();
    await page.getByRole('status').filter({ hasText: 'Booked 5 appointments' }).waitFor();
    await assertSeries(patientId, monday);

    await page.getByRole('button', { name: 'Week' }).tap();
    await assertWeekView(page, monday, 'Tapperton');
    assert.deepEqual(await smallTargets(page), [], 'controls under 44 px on the tablet');
    await screenshot(page, 'appointment-book-week-tablet', false);

    // A finger drags Monday's visit half an hour later (touch events, as a tablet sends them).
    const monday10 = page.locator('.appt').filter({ hasText: 'Tapperton' }).first();
    await monday10.scrollIntoViewIfNeeded();
    const box = (await monday10.boundingBox())!;
    const { hourPx } = await hourLine(page, '10:00');
    const cdp = await context.newCDPSession(page);
    const x = box.x + box.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', box.y + 6);
    for (let step = 1; step <= 6; step += 1) await touch('touchMove', box.y + 6 + (step / 6) * (hourPx / 2));
    await touch('touchEnd', box.y + 6 + hourPx / 2);
    await page.getByRole('status').filter({ hasText: 'moved.' }).waitFor();
    const [first] = await appointmentsOf(patientId, monday, monday);
    assert.equal(clinicClock(first!.startAt, timeZone), `${monday} 10:30`);
    await context.close();
  });

  test(
    'dragging moves an appointment; a clash puts it back with the SLOT_TAKEN message',
    uiTest,
    async () => {
      const who = await front();
      const monday = mondayAhead(3);
      const practitionerId = await ownPractitioner(book.url, book.session, 'Dr Drag');
      const patientId = await patientWithPlan(book.session, 'Draggett', addDays(monday, 16));
      const other = await patientWithPlan(book.session, 'Blocker', addDays(monday, 16));
      const settings = await book.session.call<{ appointmentTypes: { id: string; kind: string }[] }>(
        'GET',
        '/api/schedule-settings',
      );
      const typeId = settings.appointmentTypes.find((t) => t.kind === 'follow_up')!.id;
      const offsetOf = (iso: string) => clinicClock(iso, timeZone);
      // 09:00 clinic time: found by trying the instant that reads 09:00 on the clinic's clock.
      let nine = `${monday}T09:00:00.000Z`;
      for (let h = -14; h <= 14 && offsetOf(nine) !== `${monday} 09:00`; h += 1)
        nine = new Date(Date.parse(`${monday}T09:00:00Z`) - h * 3_600_000).toISOString();
      const plus = (minutes: number) => new Date(Date.parse(nine) + minutes * 60_000).toISOString();
      const moving = await book.session.call<Entry>('POST', '/api/appointments', {
        patientId,
        practitionerId,
        typeId,
        startAt: nine,
      });
      await book.session.call('POST', '/api/appointments', {
        patientId: other,
        practitionerId,
        typeId,
        startAt: plus(120),
      });

      const context = await book.newContext();
      const page = await signedIn(context, book.url, who, `/schedule?date=${monday}&only=${practitionerId}`);
      const block = page.locator(`[data-appointment="${moving.id}"]`);
      await block.waitFor();
      await screenshotAtReviewSizes(page, 'appointment-book-day', false);
      const { hourPx } = await hourLine(page, '10:00');
      const drag = async (minutes: number) => {
        const box = (await block.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + 10);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2, box.y + 10 + (minutes / 60) * hourPx, { steps: 8 });
        await page.mouse.up();
      };

      await drag(60);
      await page.getByRole('status').filter({ hasText: 'moved.' }).waitFor();
      const moved = await book.session.call<Entry>('GET', `/api/appointments/${moving.id}`);
      assert.equal(clinicClock(moved.startAt, timeZone), `${monday} 10:00`);
      assert.equal(
        Date.parse(moved.endAt) - Date.parse(moved.startAt),
        Date.parse(moving.endAt) - Date.parse(moving.startAt),
      );
      assert.equal(moved.version, moving.version + 1);

      await drag(60);
      await page.getByRole('alert').filter({ hasText: 'That time is taken' }).waitFor();
      assert.match((await block.getAttribute('aria-label')) ?? '', /^10:00–/, 'back where it was');
      const kept = await book.session.call<Entry>('GET', `/api/appointments/${moving.id}`);
      assert.equal(clinicClock(kept.startAt, timeZone), `${monday} 10:00`);

      // Opened from the keyboard, the appointment is cancelled with its reason and drawn muted.
      await block.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog', { name: /Draggett/ });
      await panel.getByRole('button', { name: 'Cancel appointment…' }).click();
      await panel.getByLabel('Reason for cancelling').fill('Called in sick');
      await page.keyboard.press('Enter');
      await page.locator(`[data-appointment="${moving.id}"].appt-released`).waitFor();
      const cancelled = await book.session.call<Entry & { status: string; cancelReason: string }>(
        'GET',
        `/api/appointments/${moving.id}`,
      );
      assert.deepEqual([cancelled.status, cancelled.cancelReason], ['cancelled', 'Called in sick']);
      await context.close();
    },
  );

  test('the demo clinic’s book and its settings, for review', uiTest, async () => {
    const context = await book.newContext();
    const page = await context.newPage();
    await page.goto(`${book.url}/schedule`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signInThroughUi(page, book.owner);
    await page.locator('.appt').first().waitFor();
    await screenshotAtReviewSizes(page, 'appointment-book-demo-day', false);
    await page.getByRole('button', { name: 'Week' }).click();
    await page.locator('.book-dates').waitFor();
    await page.locator('.book-week .appt').first().waitFor();
    await screenshotAtReviewSizes(page, 'appointment-book-demo-week', false);
    await page.getByRole('button', { name: 'Rooms' }).click();
    await screenshot(page, 'appointment-book-demo-week-rooms', false);
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await page.locator('.appt').first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Book again' }).waitFor();
    await screenshot(page, 'appointment-book-demo-panel', false);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('dialog', { name: 'Book an appointment' }).waitFor();
    await screenshot(page, 'appointment-book-demo-booking-form', false);
    await page.keyboard.press('Escape');

    // From an open episode on the patient page, the series dialog comes prefilled from its plan.
    const found = await book.session.call<{ items: { id: string }[] }>('GET', '/api/patients?q=Okafor');
    await page.goto(`${book.url}/patients/${found.items[0]!.id}`);
    await page.getByRole('button', { name: 'Book care-plan visits' }).first().click();
    const series = page.getByRole('dialog', { name: 'Book a care-plan series' });
    await series.getByRole('heading', { name: /appointments/ }).waitFor();
    await screenshot(page, 'appointment-book-episode-series', false);
    await page.keyboard.press('Escape');
    await page.goto(`${book.url}/admin/schedule`);
    await page.getByRole('heading', { name: 'Schedule settings' }).waitFor();
    await page
      .getByRole('button', { name: /Save hours of/ })
      .first()
      .waitFor();
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshotOf(
      page.getByRole('region', { name: 'Appointment types' }),
      'appointment-book-settings-types',
    );
    await screenshotOf(
      page.getByRole('form').filter({ hasText: 'Save hours of' }).first(),
      'appointment-book-settings-hours',
    );
    await context.close();
  });
});
