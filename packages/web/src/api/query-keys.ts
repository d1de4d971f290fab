/** TanStack Query keys, one place so invalidation and reads always agree. */
export const queryKeys = {
  session: ['session'] as const,
  patients: ['patients'] as const,
  patientSearch: (q: string, includeArchived: boolean) => ['patients', 'search', q, includeArchived] as const,
  /** The appointment book's patient picker (a plain page of results, not the list's infinite one). */
  patientPick: (q: string) => ['patients', 'pick', q] as const,
  patient: (id: string) => ['patient', id] as const,
  timeline: (id: string) => ['patient', id, 'timeline'] as const,
  history: (id: string) => ['patient', id, 'history'] as const,
  importedRecord: (id: string) => ['patient', id, 'imported-record'] as const,
  consents: (id: string) => ['patient', id, 'consents'] as const,
  episodes: (id: string) => ['patient', id, 'episodes'] as const,
  bookingEpisodes: (id: string) => ['patient', id, 'booking-episodes'] as const,
  visit: (id: string) => ['visit', id] as const,
  /** The signed-in practitioner's drafts older than a day. */
  staleDrafts: ['drafts', 'stale'] as const,
  clinic: ['clinic'] as const,
  protocol: ['protocol'] as const,
  users: ['users'] as const,
  backendClients: ['backend-clients'] as const,
  scheduleSettings: ['schedule', 'settings'] as const,
  /** Every query of the book and the day list, to invalidate after any booking change. */
  appointments: ['appointments'] as const,
  appointmentRange: (query: Readonly<Record<string, string | undefined>>) =>
    ['appointments', 'range', query] as const,
  dayList: (date: string | null, practitionerId: string | null) =>
    ['appointments', 'day-list', date, practitionerId] as const,
  appointment: (id: string) => ['appointments', 'one', id] as const,
  seriesPreview: (body: unknown) => ['appointments', 'series-preview', body] as const,
  audit: (patientId: string, filters: Readonly<Record<string, string>>) =>
    ['audit', patientId, filters] as const,
};
