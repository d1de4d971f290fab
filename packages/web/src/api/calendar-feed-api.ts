import { CalendarFeedSchema, type CalendarFeed } from '@sotchart/contract';
import { request, requestNoContent } from './http-client';

/** The query key of the signed-in user's calendar feed. */
export const calendarFeedKey = ['me', 'calendar-feed'] as const;

/** The signed-in practitioner's private calendar feed: whether it is on, a new address, revoking it. */
export const calendarFeedApi = {
  get: (): Promise<CalendarFeed> => request('GET', '/api/me/calendar-feed', {}, CalendarFeedSchema),
  create: (): Promise<CalendarFeed> => request('POST', '/api/me/calendar-feed', {}, CalendarFeedSchema),
  revoke: (): Promise<void> => requestNoContent('DELETE', '/api/me/calendar-feed', {}),
};
