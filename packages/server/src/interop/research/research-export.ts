import { dateInZone, type ResearchDateMode, type ResearchFreeText, type Visit } from '@sotchart/contract';
import type { ExportSetting, PatientRecord } from '../fhir/export-record';
import { ageOn, daysBetween, reaches90, shiftDate } from './research-dates';
import { findingRow } from './research-finding-row';
import { researchManifest } from './research-manifest';
import { procedureRows } from './research-procedure-rows';
import type {
  ResearchEpisode,
  ResearchFinding,
  ResearchPatient,
  ResearchProcedure,
  ResearchScore,
  ResearchVisit,
} from './research-rows';
import { visitRow } from './research-visit-row';
import { identifyingTokens, scrubLabel, type LabelScrubber } from './scrub-label';

/** Where an export's random ids and date offsets come from (crypto in use; fixed in some tests). */
export interface ResearchRandom {
  id(): string;
  /** A whole number of days, never 0, for the `shifted` mode. */
  shiftDays(): number;
}

export interface ResearchExport {
  manifest: Record<string, unknown>;
  patients: ResearchPatient[];
  episodes: ResearchEpisode[];
  visits: ResearchVisit[];
  findings: ResearchFinding[];
  procedures: ResearchProcedure[];
  scores: ResearchScore[];
}

/** How one export is made: its date mode, whether scrubbed free text goes in, and when it is made. */
export interface ResearchOptions {
  readonly dates: ResearchDateMode;
  readonly freeText: ResearchFreeText;
  readonly exportedAt: string;
}

/** What every row of one patient shares: the patient's random id, date shift, scrubber and day counts. */
interface PatientScope {
  readonly patientId: string;
  /** Days each of the patient's dates moves (0 unless the mode is `shifted`). */
  readonly shift: number;
  readonly label: LabelScrubber;
  /** The scrubber of free text when the owner asked for it scrubbed, else null (free text left out). */
  readonly text: LabelScrubber | null;
  /** The export's episode id and the start day of each of the patient's episodes, by source id. */
  readonly episodeIds: ReadonlyMap<string, string>;
  readonly episodeStart: ReadonlyMap<string, string>;
  /** Where the day count starts for a visit or score with no episode. */
  readonly firstVisitDay: string | undefined;
}

/**
 * Builds a de-identified research export one patient at a time. Safe Harbor (the default) keeps no
 * date element finer than the year and times visits as days since the episode start; `shifted` moves
 * every date of a patient by one random offset instead (not Safe Harbor: an expert determination is
 * needed). Both replace every id by a random one made for this export, aggregate ages over 89 (on any
 * date the export shows), scrub the short labels they keep and leave free text out unless the owner
 * asks for it scrubbed (then the export is not Safe Harbor-certain).
 */
export class ResearchExportBuilder {
  private readonly out: Omit<ResearchExport, 'manifest'> = {
    patients: [],
    episodes: [],
    visits: [],
    findings: [],
    procedures: [],
    scores: [],
  };
  private scrubbed = 0;

  private readonly mode: ResearchDateMode;

  constructor(
    private readonly setting: ExportSetting,
    private readonly options: ResearchOptions,
    private readonly random: ResearchRandom,
  ) {
    this.mode = options.dates;
  }

  private dayOf(iso: string): string {
    return dateInZone(iso, this.setting.clinic.timeZone);
  }

  /** `date` as the export shows it: moved by the patient's shift in the `shifted` mode. */
  private moved(date: string, shift: number): string {
    return this.mode === 'shifted' ? shiftDate(date, shift) : date;
  }

  /** Adds one patient's rows. Random ids are drawn patient, episodes, then visits, in source order. */
  add(record: PatientRecord): void {
    const shift = this.mode === 'shifted' ? this.random.shiftDays() : 0;
    const label = this.labelScrubber(record.patient);
    const visitDays = record.visits.map((v) => this.dayOf(v.visitAt));
    const patientId = this.addPatient(record, visitDays, shift);
    const scope: PatientScope = {
      patientId,
      shift,
      label,
      text: this.options.freeText === 'scrubbed' ? label : null,
      ...this.addEpisodes(record.episodes, patientId, shift, label, this.options.freeText === 'scrubbed'),
      firstVisitDay: [...visitDays].sort()[0],
    };
    const visitIds = this.addVisits(record.visits, visitDays, scope);
    this.addQuestionnaireScores(record.questionnaires, visitIds, scope);
  }

  /** Scrubs labels of this patient's record of its own identifiers and the clinic's, counting each change. */
  private labelScrubber(patient: PatientRecord['patient']): LabelScrubber {
    const tokens = identifyingTokens([
      patient.givenName,
      patient.familyName,
      patient.chartNumber,
      patient.phone,
      patient.email,
      patient.address,
      patient.occupation,
      this.setting.clinic.name,
      this.setting.clinic.address,
      ...[...this.setting.practitioners.values()].flatMap((p) => [
        p.displayName,
        p.nameAsSigned,
        p.licenceNumber,
        p.npi,
      ]),
    ]);
    return (text) => {
      if (text === undefined || text === null || text === '') return null;
      const clean = scrubLabel(text, tokens);
      if (clean !== text) this.scrubbed += 1;
      return clean;
    };
  }

  /**
   * The patient row: sex, birth year (or shifted birth date) and age at the first visit. A patient who
   * is 90 or older on any date the export shows (a visit, an episode's start or end, a questionnaire,
   * the export itself), as exported or as it really is, is "90+" with no birth year or date, so no
   * year, date or day count of theirs can reveal an age over 89.
   */
  private addPatient(record: PatientRecord, visitDays: readonly string[], shift: number): string {
    const { patient } = record;
    const id = this.random.id();
    const firstDay = [...visitDays, ...record.episodes.map((e) => e.startDate)].sort()[0] ?? null;
    const age = firstDay === null ? null : ageOn(patient.dateOfBirth, firstDay);
    const birth = this.moved(patient.dateOfBirth, shift);
    const shown = [
      ...visitDays,
      ...record.episodes.flatMap((e) => (e.endDate === null ? [e.startDate] : [e.startDate, e.endDate])),
      ...record.questionnaires.map((q) => this.dayOf(q.completedAt)),
    ];
    const over89 =
      (age !== null && age > 89) ||
      reaches90(patient.dateOfBirth, shown, shift, this.options.exportedAt.slice(0, 10));
    this.out.patients.push({
      id,
      sex: patient.sex,
      birthYear: over89 ? null : Number(birth.slice(0, 4)),
      ...(this.mode === 'shifted' ? { birthDate: over89 ? null : birth } : {}),
      ageAtFirstVisit: age === null ? null : over89 ? '90+' : age,
    });
    return id;
  }

  private addEpisodes(
    episodes: PatientRecord['episodes'],
    patientId: string,
    shift: number,
    label: LabelScrubber,
    withText: boolean,
  ): Pick<PatientScope, 'episodeIds' | 'episodeStart'> {
    const episodeIds = new Map<string, string>();
    const episodeStart = new Map<string, string>();
    for (const e of episodes) {
      const id = this.random.id();
      episodeIds.set(e.id, id);
      episodeStart.set(e.id, e.startDate);
      const start = this.moved(e.startDate, shift);
      this.out.episodes.push({
        id,
        patientId,
        startYear: Number(start.slice(0, 4)),
        ...(this.mode === 'shifted' ? { startDate: start } : {}),
        lengthDays: e.endDate === null ? null : daysBetween(e.startDate, e.endDate),
        onset: e.onset,
        phase: e.phase,
        abnOnFile: e.abnDate !== null,
        ...(withText ? { complaint: label(e.complaint) ?? '' } : {}),
        diagnoses: e.diagnoses.map((d) => ({ code: d.code, region: label(d.region) ?? '', rank: d.rank })),
        plan: {
          visitsPerWeek: e.plan.visitsPerWeek,
          durationWeeks: e.plan.durationWeeks,
          goals: e.plan.goals.length,
          goalsAchieved: e.plan.goals.filter((g) => g.achieved).length,
        },
      });
    }
    return { episodeIds, episodeStart };
  }

  /** Adds every visit with its findings, procedures and pain; returns the export's visit ids by source id. */
  private addVisits(
    visits: readonly Visit[],
    visitDays: readonly string[],
    scope: PatientScope,
  ): ReadonlyMap<string, string> {
    const visitIds = new Map<string, string>();
    visits.forEach((v, i) => {
      const id = this.random.id();
      visitIds.set(v.id, id);
      this.addVisit(v, id, visitDays[i] ?? this.dayOf(v.visitAt), scope);
    });
    return visitIds;
  }

  private addVisit(v: Visit, id: string, localDay: string, scope: PatientScope): void {
    const start = v.episodeId === null ? undefined : scope.episodeStart.get(v.episodeId);
    const day = daysBetween(start ?? scope.firstVisitDay ?? localDay, localDay);
    this.out.visits.push(
      visitRow({
        visit: v,
        id,
        patientId: scope.patientId,
        episodeId: v.episodeId === null ? null : (scope.episodeIds.get(v.episodeId) ?? null),
        date: this.moved(localDay, scope.shift),
        withDate: this.mode === 'shifted',
        day,
        fromFirstVisit: start === undefined,
        label: scope.label,
        text: scope.text,
      }),
    );
    this.out.findings.push(...v.findings.map((f) => findingRow(f, id, scope.label, scope.text)));
    this.out.procedures.push(...procedureRows(v, id, scope.label));
    if (v.pain !== null)
      this.out.scores.push({
        patientId: scope.patientId,
        visitId: id,
        instrument: 'visit_pain_nprs',
        day,
        value: v.pain,
        band: null,
      });
  }

  /** One score row per scored questionnaire, timed from its episode's start (or the first visit). */
  private addQuestionnaireScores(
    questionnaires: PatientRecord['questionnaires'],
    visitIds: ReadonlyMap<string, string>,
    scope: PatientScope,
  ): void {
    for (const q of questionnaires) {
      if (q.score === null) continue;
      const linked = q.visitId === null ? undefined : visitIds.get(q.visitId);
      const start = q.episodeId === null ? scope.firstVisitDay : scope.episodeStart.get(q.episodeId);
      this.out.scores.push({
        patientId: scope.patientId,
        visitId: linked ?? null,
        instrument: q.instrument,
        day: start === undefined ? null : daysBetween(start, this.dayOf(q.completedAt)),
        value: q.score.value,
        band: q.score.band,
      });
    }
  }

  /** The finished export: rows ordered by their random ids (never by source order) and the manifest. */
  result(): ResearchExport {
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const byVisit = <T extends { visitId: string | null }>(rows: T[]) =>
      [...rows].sort((a, b) => (a.visitId ?? '').localeCompare(b.visitId ?? ''));
    return {
      manifest: researchManifest({
        shifted: this.mode === 'shifted',
        freeText: this.options.freeText,
        exportedAt: this.options.exportedAt,
        counts: {
          patients: this.out.patients.length,
          episodes: this.out.episodes.length,
          visits: this.out.visits.length,
          findings: this.out.findings.length,
          procedures: this.out.procedures.length,
          scores: this.out.scores.length,
        },
        scrubbedLabels: this.scrubbed,
      }),
      patients: byId(this.out.patients),
      episodes: byId(this.out.episodes),
      visits: byId(this.out.visits),
      findings: byVisit(this.out.findings),
      procedures: byVisit(this.out.procedures),
      scores: byVisit(this.out.scores),
    };
  }
}
