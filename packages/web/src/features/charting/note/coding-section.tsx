import { codingFromSuggestion, type ConfirmedCoding, type VisitRecord } from '@sotchart/contract';
import { blockingProblems, type CodingProblem, type CodingSuggestion, type Region } from '@sotchart/engine';
import type { MessageKey } from '@sotchart/i18n';
import { useTranslation } from '../../../i18n/translation';
import { formatLocale } from '../../../i18n/format-locale';
import { Badge } from '../../../ui/badge';
import { Button } from '../../../ui/button';
import { withRecord, type VisitDraft } from '../draft/visit-draft';
import { CodingLinesEditor } from './coding-lines-editor';
import { CodingOverrides } from './coding-overrides';
import { CodingProblems } from './coding-problems';
import { DiagnosesEditor } from './diagnoses-editor';

export interface CodingSectionProps {
  readonly record: VisitRecord;
  /** The engine result's coding suggestion: null when nothing codable is recorded yet. */
  readonly coding: CodingSuggestion | null;
  /** What the coding checks found at the last save; null while the codes on screen are not saved yet. */
  readonly problems: readonly CodingProblem[] | null;
  /** Diagnoses to list after the suggested M99.0x codes: the episode's neuromusculoskeletal ones. */
  readonly secondary: readonly string[];
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

const regionKey = {
  head: 'coding.region.head',
  cervical: 'coding.region.cervical',
  thoracic: 'coding.region.thoracic',
  lumbar: 'coding.region.lumbar',
  sacral: 'coding.region.sacral',
  pelvic: 'coding.region.pelvic',
  lower_extremity: 'coding.region.lowerExtremity',
  upper_extremity: 'coding.region.upperExtremity',
  rib_cage: 'coding.region.ribCage',
  abdomen: 'coding.region.abdomen',
} as const satisfies Record<Region, string>;

const treatedRegionKey = {
  head: 'coding.treated.head',
  cervical: 'coding.treated.cervical',
  thoracic: 'coding.treated.thoracic',
  lumbar: 'coding.treated.lumbar',
  sacral: 'coding.treated.sacral',
  pelvic: 'coding.treated.pelvic',
  lower_extremity: 'coding.treated.lowerExtremity',
  upper_extremity: 'coding.treated.upperExtremity',
  rib_cage: 'coding.treated.ribCage',
  abdomen: 'coding.treated.abdomen',
} as const satisfies Record<Region, string>;

// The modifier hint's advice by its rule; `code` is the spinal CMT code it applies to.
const modifierKey: Readonly<Record<string, MessageKey<'chartingNote'>>> = {
  'modifier.spinal-cmt-only': 'coding.modifier.spinalCmtOnly',
  'modifier.at-active-care': 'coding.modifier.atActiveCare',
  'modifier.ga-maintenance-with-abn': 'coding.modifier.gaWithAbn',
  'modifier.maintenance-needs-abn': 'coding.modifier.maintenanceNeedsAbn',
};

const partLetterOrder = ['P', 'A', 'R', 'T'] as const;

function Suggestion({ s }: { readonly s: CodingSuggestion }) {
  const { t } = useTranslation('chartingNote');
  const or = new Intl.ListFormat(formatLocale(), { type: 'disjunction' });
  const list = new Intl.ListFormat(formatLocale(), { type: 'unit', style: 'short' });
  const partSummary = (c: CodingSuggestion['partChecks'][number]): string => {
    if (c.passed) return t('coding.part.documented');
    const choices = or.format(partLetterOrder.filter((l) => !(c.letters as readonly string[]).includes(l)));
    if (c.missing.needsAOrR && c.missing.moreLetters > 0)
      return t('coding.part.needsAOrRAndMore', { count: c.missing.moreLetters, choices });
    if (c.missing.needsAOrR) return t('coding.part.needsAOrR');
    return t('coding.part.needsMore', { count: c.missing.moreLetters, choices });
  };
  const modifier = modifierKey[s.modifier.rule.id];
  return (
    <div className="stack">
      {s.diagnoses.length === 0 ? null : (
        <ul className="plain-list">
          {s.diagnoses.map((d) => (
            <li key={d.code}>
              <strong translate="no">{d.code}</strong> {t(regionKey[d.region])}
              {d.segments.length === 0 ? '' : <span translate="no"> ({list.format(d.segments)})</span>}{' '}
              {d.partDocumented === false ? <Badge tone="warning">{t('coding.partNotMet')}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
      {s.procedures.map((p) => (
        <p key={p.code}>
          <strong translate="no">{p.code}</strong>{' '}
          {list.format(p.regions.map((r: Region) => t(treatedRegionKey[r])))}{' '}
          {p.note === null ? null : <span className="muted">{t('coding.notPaidByMedicare')}</span>}
        </p>
      ))}
      {s.partChecks.map((c) => (
        <p key={c.segment} className="small">
          {c.letters.length === 0
            ? t('coding.partCheckNone', { segment: c.segment })
            : t('coding.partCheck', { segment: c.segment, letters: c.letters.join(', ') })}{' '}
          <Badge tone={c.passed ? 'success' : 'warning'}>{partSummary(c)}</Badge>
        </p>
      ))}
      <p className="small">
        {s.modifier.code === null ? null : (
          <Badge tone="accent">
            <span translate="no">{s.modifier.code}</span>
          </Badge>
        )}{' '}
        {modifier === undefined ? s.modifier.message : t(modifier, { code: s.modifier.appliesTo ?? '' })}
      </p>
    </div>
  );
}

/**
 * The engine's coding suggestions (ICD-10-CM M99.0x by region, CPT by region count, the PART check
 * per treated segment, the AT/GA hint), and the confirmed coding as claim lines the practitioner edits:
 * diagnoses in order, lines with their modifiers, pointers and units, each check's problem beside what
 * it concerns, and a reason field for each problem a reason may override.
 */
export function CodingSection({ record, coding, problems, secondary, update }: CodingSectionProps) {
  const { t } = useTranslation('chartingNote');
  const confirmed = record.coding;
  const change = (edit: (c: ConfirmedCoding) => ConfirmedCoding) =>
    update((d) => withRecord(d, (r) => ({ ...r, coding: edit(r.coding) })));
  const suggested = coding === null ? null : codingFromSuggestion(coding, secondary);
  const same =
    suggested !== null &&
    JSON.stringify(suggested.diagnoses) === JSON.stringify(confirmed.diagnoses) &&
    JSON.stringify(suggested.lines) === JSON.stringify(confirmed.lines);
  const shown = problems ?? [];
  const blocking = blockingProblems(shown, confirmed.overrides).length;
  const empty = confirmed.diagnoses.length === 0 && confirmed.lines.length === 0;
  return (
    <div className="stack coding">
      {coding === null ? <p className="muted">{t('coding.noTreatment')}</p> : <Suggestion s={coding} />}
      <div className="row-actions">
        {suggested === null ? null : (
          <Button disabled={same} onClick={() => change((c) => ({ ...suggested, overrides: c.overrides }))}>
            {same ? t('coding.suggestedConfirmed') : t('coding.confirmSuggested')}
          </Button>
        )}
        {empty ? null : (
          <Button variant="link" onClick={() => change(() => ({ diagnoses: [], lines: [], overrides: [] }))}>
            {t('coding.clear')}
          </Button>
        )}
      </div>
      {blocking === 0 ? null : (
        <p className="coding-error" role="status">
          {t('coding.blocking', { count: blocking })}
        </p>
      )}
      <DiagnosesEditor coding={confirmed} problems={shown} change={change} />
      <CodingLinesEditor coding={confirmed} problems={shown} change={change} />
      {problems === null ? (
        <p className="muted small" role="status">
          {t('coding.checkedOnSave')}
        </p>
      ) : (
        <CodingProblems problems={shown.filter((p) => p.path === 'lines' || p.path === '')} />
      )}
      <CodingOverrides coding={confirmed} problems={shown} change={change} />
    </div>
  );
}
