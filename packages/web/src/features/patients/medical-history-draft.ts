import type { MedicalHistory, UpdateMedicalHistory } from '@sotchart/contract';
import { i18n } from '../../i18n/translation';
import type { FieldSpec } from './patient-draft';

/** The medical history form's state: each list one item per line, and the notes. */
export interface MedicalHistoryDraft {
  readonly conditions: string;
  readonly surgeries: string;
  readonly medications: string;
  readonly allergies: string;
  readonly notes: string;
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The draft of a stored history, for editing. */
export function historyDraftOf(stored: MedicalHistory): MedicalHistoryDraft {
  return {
    conditions: stored.history.conditions.join('\n'),
    surgeries: stored.history.surgeries.join('\n'),
    medications: stored.history.medications.join('\n'),
    allergies: stored.history.allergies.join('\n'),
    notes: stored.notes,
  };
}

/** The request body of a draft at `version`: one item per line, blank lines dropped. */
export function historyBodyOf(draft: MedicalHistoryDraft, version: number): UpdateMedicalHistory {
  return {
    version,
    history: {
      conditions: lines(draft.conditions),
      surgeries: lines(draft.surgeries),
      medications: lines(draft.medications),
      allergies: lines(draft.allergies),
    },
    notes: draft.notes,
  };
}

/**
 * The form's fields in screen order (the error summary lists problems in this order), labelled in the
 * app's language (call at render time).
 */
export function historyFields(): FieldSpec<keyof MedicalHistoryDraft>[] {
  const label = {
    conditions: i18n.t('history.conditions', { ns: 'patients' }),
    surgeries: i18n.t('history.surgeries', { ns: 'patients' }),
    medications: i18n.t('history.medications', { ns: 'patients' }),
    allergies: i18n.t('history.allergies', { ns: 'patients' }),
    notes: i18n.t('history.notes', { ns: 'patients' }),
  };
  return [
    { key: 'conditions', path: 'history.conditions', label: label.conditions },
    { key: 'surgeries', path: 'history.surgeries', label: label.surgeries },
    { key: 'medications', path: 'history.medications', label: label.medications },
    { key: 'allergies', path: 'history.allergies', label: label.allergies },
    { key: 'notes', path: 'notes', label: label.notes },
  ];
}
