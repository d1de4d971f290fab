import type { TimelineEntry } from '@sotchart/contract';

export const visitTypeLabels: Readonly<Record<TimelineEntry['type'], string>> = {
  new_patient: 'New patient',
  follow_up: 'Follow-up',
  re_exam: 'Re-examination',
};
