import { dateInZone, type ResearchDateMode, type Visit } from '@sotchart/contract';
import type { ExportSetting, PatientRecord } from '../fhir/export-record';
import { removedFields, safeHarborIdentifiers } from './safe-harbor-manifest';
import { identifyingTokens, scrubLabel } from './scrub-label';

/** Where an export's random ids and date offsets come from (crypto in use; fixed in some tests). */
export interface ResearchRandom {
  id(): string;
  /** A whole number of days, never 0, for the `shifted` mode. */
  shiftDays(): number;
}

type Age = number | '90+' | null;
export interface ResearchPatient {
  id: string;
  sex: string;
  birthYear: number | null;
  birthDate?: string | null;
  ageAtFirstVisit: Age;
}
export interface ResearchEpisode {
  id: string;
  patientId: string;
  startYear: number;
  startDate?: string;
  lengthDays: number | null;
  onset: string;
  phase: string;
  abnOnFile: boolean;
  diagnoses: { code: string; region: string; rank: number }[];
  plan: { visitsPerWeek: number | null; durationWeeks: number | null; goals: number; goalsAchieved: number };
}
export interface ResearchVisit {
  id: string;
  patientId: string;
  episodeId: string | null;
  year: number;
  date?: string;
  /** Whole days since the episode started (or, with no episode, since the patient's first visit). */
  day: number;
  dayFrom: 'episode-start' | 'first-visit';
  type: string;
  status: string;
  pain: number | null;
  category: string;
  side: string | null;
  level: string | null;
  coexisting: { category: string; side: string | null; level: string }[];
  treatedCategory: string | null;
  referral: string[] | null;
  contraindications: string[];
  verification: Record<string, number>;
  part: { segment: string; letters: string[] }[];
  coding: { diagnoses: string[]; procedures: string[]; modifiers: string[] };
  packRef: string;
  engineVersion: string;
}
export interface ResearchFinding {
  visitId: string;
  phase: string;
  indicator: string;
  side: string | null;
  site: {
    fossa?: string;
    line?: number;
    area?: number;
    level?: string;
    direction?: string;
    structure?: string;
  } | null;
  positive: boolean | null;
  grade: number | null;
  degrees: number | null;
  mm: number | null;
  symptomReproduced: boolean | null;
  carriedForward: boolean;
}
export interface ResearchProcedure {
  visitId: string;
  kind: string;
  segment: string | null;
  side: string | null;
  detail: Record<string, string | number | null>;
}
export interface ResearchScore {
  patientId: string;
  visitId: string | null;
  instrument: string;
  day: number | null;
  value: number;
  band: string | null;
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

const dayMs = 86_400_000;
const dateOnly = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const daysBetween = (from: string, to: string) => Math.round((dateOnly(to) - dateOnly(from)) / dayMs);
const shiftDate = (date: string, days: number) =>
  new Date(dateOnly(date) + days * dayMs).toISOString().slice(0, 10);

function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Builds a de-identified research export one patient at a time. Safe Harbor (the default) keeps no
 * date element finer than the year and times visits as days since the episode start; `shifted` moves
 * every date of a patient by one random offset instead (not Safe Harbor: an expert determination is
 * needed). Both replace every id by a random one made for this export, aggregate ages over 89, drop all
 * free text and scrub the short labels they keep.
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

  constructor(
    private readonly setting: ExportSetting,
    private readonly mode: ResearchDateMode,
    private readonly random: ResearchRandom,
  ) {}

  private dayOf(iso: string): string {
    return dateInZone(iso, this.setting.clinic.timeZone);
  }

  add(record: PatientRecord): void {
    const { patient } = record;
    const shift = this.mode === 'shifted' ? this.random.shiftDays() : 0;
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
    const label = (text: string | undefined | null): string | null => {
      if (text === undefined || text === null || text === '') return null;
      const clean = scrubLabel(text, tokens);
      if (clean !== text) this.scrubbed += 1;
      return clean;
    };
    const pid = this.random.id();
    const visitDays = record.visits.map((v) => this.dayOf(v.visitAt));
    const firstDay = [...visitDays, ...record.episodes.map((e) => e.startDate)].sort()[0] ?? null;
    const age = firstDay === null ? null : ageOn(patient.dateOfBirth, firstDay);
    const over89 = age !== null && age > 89;
    const birth = this.mode === 'shifted' ? shiftDate(patient.dateOfBirth, shift) : patient.dateOfBirth;
    this.out.patients.push({
      id: pid,
      sex: patient.sex,
      birthYear: over89 ? null : Number(birth.slice(0, 4)),
      ...(this.mode === 'shifted' ? { birthDate: over89 ? null : birth } : {}),
      ageAtFirstVisit: age === null ? null : over89 ? '90+' : age,
    });
    const episodeIds = new Map<string, string>();
    const episodeStart = new Map<string, string>();
    for (const e of record.episodes) {
      const id = this.random.id();
      episodeIds.set(e.id, id);
      episodeStart.set(e.id, e.startDate);
      const start = this.mode === 'shifted' ? shiftDate(e.startDate, shift) : e.startDate;
      this.out.episodes.push({
        id,
        patientId: pid,
        startYear: Number(start.slice(0, 4)),
        ...(this.mode === 'shifted' ? { startDate: start } : {}),
        lengthDays: e.endDate === null ? null : daysBetween(e.startDate, e.endDate),
        onset: e.onset,
        phase: e.phase,
        abnOnFile: e.abnDate !== null,
        diagnoses: e.diagnoses.map((d) => ({ code: d.code, region: label(d.region) ?? '', rank: d.rank })),
        plan: {
          visitsPerWeek: e.plan.visitsPerWeek,
          durationWeeks: e.plan.durationWeeks,
          goals: e.plan.goals.length,
          goalsAchieved: e.plan.goals.filter((g) => g.achieved).length,
        },
      });
    }
    const firstVisitDay = [...visitDays].sort()[0];
    const visitIds = new Map<string, string>();
    const visitDay = new Map<string, number>();
    record.visits.forEach((v, i) => {
      const id = this.random.id();
      visitIds.set(v.id, id);
      const localDay = visitDays[i] ?? this.dayOf(v.visitAt);
      const start = v.episodeId === null ? undefined : episodeStart.get(v.episodeId);
      const day = daysBetween(start ?? firstVisitDay ?? localDay, localDay);
      visitDay.set(v.id, day);
      const shifted = this.mode === 'shifted' ? shiftDate(localDay, shift) : localDay;
      this.out.visits.push(
        this.visitRow(
          v,
          id,
          pid,
          v.episodeId === null ? null : (episodeIds.get(v.episodeId) ?? null),
          shifted,
          day,
          start === undefined,
          label,
        ),
      );
      for (const f of v.findings) {
        const site = f.site;
        this.out.findings.push({
          visitId: id,
          phase: f.phase,
          indicator: f.indicator,
          side: f.side ?? null,
          site:
            site === undefined
              ? null
              : {
                  ...(site.fossa === undefined ? {} : { fossa: site.fossa }),
                  ...(site.line === undefined ? {} : { line: site.line }),
                  ...(site.area === undefined ? {} : { area: site.area }),
                  ...(site.level === undefined ? {} : { level: site.level }),
                  ...(site.direction === undefined ? {} : { direction: label(site.direction) ?? '' }),
                  ...(site.structure === undefined ? {} : { structure: label(site.structure) ?? '' }),
                },
          positive: f.positive ?? null,
          grade: f.grade ?? null,
          degrees: f.degrees ?? null,
          mm: f.mm ?? null,
          symptomReproduced: f.symptomReproduced ?? null,
          carriedForward: f.carriedForward === true,
        });
      }
      this.out.procedures.push(...this.procedures(v, id, label));
      if (v.pain !== null)
        this.out.scores.push({
          patientId: pid,
          visitId: id,
          instrument: 'visit_pain_nprs',
          day,
          value: v.pain,
          band: null,
        });
    });
    for (const q of record.questionnaires) {
      if (q.score === null) continue;
      const linked = q.visitId === null ? undefined : visitIds.get(q.visitId);
      const start = q.episodeId === null ? firstVisitDay : episodeStart.get(q.episodeId);
      this.out.scores.push({
        patientId: pid,
        visitId: linked ?? null,
        instrument: q.instrument,
        day: start === undefined ? null : daysBetween(start, this.dayOf(q.completedAt)),
        value: q.score.value,
        band: q.score.band,
      });
    }
  }

  private visitRow(
    v: Visit,
    id: string,
    patientId: string,
    episodeId: string | null,
    date: string,
    day: number,
    fromFirstVisit: boolean,
    label: (t: string | undefined) => string | null,
  ): ResearchVisit {
    const a = v.engine.analysis;
    return {
      id,
      patientId,
      episodeId,
      year: Number(date.slice(0, 4)),
      ...(this.mode === 'shifted' ? { date } : {}),
      day,
      dayFrom: fromFirstVisit ? 'first-visit' : 'episode-start',
      type: v.type,
      status: v.status,
      pain: v.pain,
      category: a.category,
      side: a.side,
      level: a.level,
      coexisting: a.coexisting.map((c) => ({ category: c.category, side: c.side, level: c.level })),
      treatedCategory: v.treatedCategory?.category ?? null,
      referral: a.referral === null ? null : [...a.referral.flags],
      contraindications: [...a.contraindications],
      verification: { ...v.engine.verification.summary },
      part: v.record.part.map((p) => ({ segment: p.segment, letters: [...p.letters] })),
      coding: {
        diagnoses: v.record.coding.diagnoses.map((c) => label(c) ?? ''),
        procedures: [...v.record.coding.procedures],
        modifiers: [...v.record.coding.modifiers],
      },
      packRef: a.packRef,
      engineVersion: v.engine.engineVersion,
    };
  }

  private procedures(
    v: Visit,
    visitId: string,
    label: (t: string | undefined) => string | null,
  ): ResearchProcedure[] {
    const t = v.record.treatment;
    const row = (
      kind: string,
      segment: string | null,
      side: string | null,
      detail: ResearchProcedure['detail'],
    ) => ({
      visitId,
      kind,
      segment,
      side,
      detail,
    });
    return [
      ...t.blocks.map((b) => row('block', null, b.side, { landmark: b.landmark, minutes: b.minutes })),
      ...t.adjustments.map((a) =>
        row('adjustment', a.segment, null, { technique: label(a.technique), listing: label(a.listing) }),
      ),
      ...t.cmrt.map((c) => row('cmrt', c.level, null, {})),
      ...t.cranial.map((c) =>
        row('cranial', null, null, {
          structure: label(c.structure),
          direction: label(c.direction),
          breathPhase: c.breathPhase ?? null,
        }),
      ),
      ...t.extremity.map((e) =>
        row('extremity', null, e.side, { joint: label(e.joint), direction: label(e.direction) }),
      ),
      ...t.instrument.map((d) =>
        row('instrument', d.segment ?? null, null, {
          device: label(d.device),
          force: d.force,
          thrust: d.thrust,
          lineOfDrive: label(d.lineOfDrive),
        }),
      ),
      ...t.sittingDisc.map((s) =>
        row('sitting_disc', s.level, null, { slrPre: s.slrPre ?? null, slrPost: s.slrPost ?? null }),
      ),
      ...t.muscleTests.map((m) =>
        row('muscle_test', null, m.side, {
          muscle: label(m.muscle),
          result: m.result,
          phase: m.phase,
          method: label(m.method),
        }),
      ),
    ];
  }

  /** The finished export: rows ordered by their random ids (never by source order) and the manifest. */
  result(exportedAt: string): ResearchExport {
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const byVisit = <T extends { visitId: string | null }>(rows: T[]) =>
      [...rows].sort((a, b) => (a.visitId ?? '').localeCompare(b.visitId ?? ''));
    const shifted = this.mode === 'shifted';
    return {
      manifest: {
        format: 'sotchart-research-export',
        formatVersion: 1,
        method: shifted ? 'date-shift' : 'hipaa-safe-harbor',
        standard: shifted
          ? 'NOT HIPAA Safe Harbor: dates are shifted by a random per-patient offset (±1 to 365 days), not removed. The data may be used or shared as de-identified only after an expert determination under 45 CFR 164.514(b)(1).'
          : 'HIPAA Safe Harbor, 45 CFR 164.514(b)(2): the 18 identifier types removed; no date element finer than the year.',
        requiresExpertDetermination: shifted,
        exportYear: Number(exportedAt.slice(0, 4)),
        counts: {
          patients: this.out.patients.length,
          episodes: this.out.episodes.length,
          visits: this.out.visits.length,
          findings: this.out.findings.length,
          procedures: this.out.procedures.length,
          scores: this.out.scores.length,
        },
        ids: 'Every id is random and made for this export only; it links rows within this export and to nothing else.',
        dates: shifted
          ? 'Dates shifted by one random offset per patient (intervals within a patient are kept); ages over 89 as "90+" with no birth date.'
          : 'Years only; visit timing as whole days since the episode start (dayFrom says when there is no episode); ages over 89 as "90+" with no birth year.',
        identifiers: safeHarborIdentifiers,
        removedFields,
        scrubbedLabels: this.scrubbed,
        actualKnowledge:
          'Safe Harbor also requires that the clinic has no actual knowledge that the remaining data could identify a patient (45 CFR 164.514(b)(2)(ii)); review small groups and rare findings before sharing.',
      },
      patients: byId(this.out.patients),
      episodes: byId(this.out.episodes),
      visits: byId(this.out.visits),
      findings: byVisit(this.out.findings),
      procedures: byVisit(this.out.procedures),
      scores: byVisit(this.out.scores),
    };
  }
}
