import type {
  Addendum,
  Appointment,
  AppointmentKind,
  Clinic,
  Consent,
  Episode,
  PatientWithHistory,
  Visit,
} from '@sotchart/contract';
import type { ImportedPatientRecord } from './imported-record-of';

/** A practitioner as the export shows them: the name they sign with, degree, licence and NPI. */
export interface ExportPractitioner {
  readonly id: string;
  readonly displayName: string;
  readonly nameAsSigned: string;
  readonly degree: string;
  readonly licenceNumber: string;
  readonly licenceState: string;
  readonly npi: string | null;
}

/** An outcome questionnaire's answers and score, when the questionnaire tables exist. */
export interface ExportQuestionnaire {
  readonly id: string;
  readonly instrument: string;
  readonly version: string;
  readonly episodeId: string | null;
  readonly visitId: string | null;
  readonly completedAt: string;
  /** `label` is the patient's own name for a PSFS activity (free text: never in the research export). */
  readonly answers: readonly {
    readonly item: string;
    readonly label: string | null;
    readonly value: number;
  }[];
  readonly score: { readonly value: number; readonly unit: string; readonly band: string | null } | null;
}

/** An appointment as the export shows it: with its type's name and kind, and its room's name. */
export interface ExportAppointment extends Appointment {
  readonly typeName: string;
  readonly kind: AppointmentKind;
  readonly roomName: string | null;
  /** It holds its practitioner's time: booked, arrived or in the room, of a type not double-booked. */
  readonly holdsSlot: boolean;
}

/** Everything exported about one patient, loaded in a few queries. */
export interface PatientRecord {
  readonly patient: PatientWithHistory;
  readonly episodes: readonly Episode[];
  /** Oldest first, each with its findings. */
  readonly visits: readonly Visit[];
  readonly addenda: ReadonlyMap<string, readonly Addendum[]>;
  readonly questionnaires: readonly ExportQuestionnaire[];
  /** Signed consents, newest first. */
  readonly consents: readonly Consent[];
  /** What a FHIR import kept about the patient (its identifiers, facts and coded history). */
  readonly imported?: ImportedPatientRecord;
  /** The patient's appointments, oldest first (unset where a record is built without them). */
  readonly appointments?: readonly ExportAppointment[];
}

/** What every resource of one export shares: the clinic, who is who, and names of indicators. */
export interface ExportSetting {
  readonly clinic: Clinic;
  readonly practitioners: ReadonlyMap<string, ExportPractitioner>;
  /** Indicator, red-flag and contraindication names by id, from the clinic's effective pack. */
  readonly indicatorNames: ReadonlyMap<string, string>;
}
