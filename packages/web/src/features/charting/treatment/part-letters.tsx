import { treatedSegments } from '@sotchart/contract';
import {
  checkPartLetters,
  type Finding,
  type PartLetter,
  type ProtocolPack,
  type Segment,
} from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { Badge } from '../../../ui/badge';
import { listText } from '../analysis/list-text';
import { Button } from '../../../ui/button';
import { withRecord, type VisitDraft } from '../draft/visit-draft';
import { formatLocale } from '../../../i18n/format-locale';
import { suggestedPart } from './part-suggestions';

const letters = [
  { letter: 'P', name: 'part.letter.p' },
  { letter: 'A', name: 'part.letter.a' },
  { letter: 'R', name: 'part.letter.r' },
  { letter: 'T', name: 'part.letter.t' },
] as const satisfies readonly { readonly letter: PartLetter; readonly name: string }[];

const partOrder: readonly PartLetter[] = ['P', 'A', 'R', 'T'];

// The letters a segment's PART check still wants, in the app's language ("P, R or T").
function disjunction(items: readonly string[]): string {
  return new Intl.ListFormat(formatLocale(), { type: 'disjunction' }).format(items);
}

export interface PartLettersProps {
  readonly record: VisitDraft['record'];
  readonly findings: readonly Finding[];
  readonly pack: ProtocolPack;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

function setLetters(segment: Segment, next: readonly PartLetter[]) {
  return (d: VisitDraft) =>
    withRecord(d, (r) => {
      const sorted = letters.map((l) => l.letter).filter((l) => next.includes(l));
      const others = r.part.filter((p) => p.segment !== segment);
      return { ...r, part: sorted.length === 0 ? others : [...others, { segment, letters: sorted }] };
    });
}

/**
 * PART letters per treated segment: the pack's suggestions from today's findings are marked, and only
 * the letters the practitioner confirms go in the record. Each segment shows whether PART is met.
 */
export function PartLetters({ record, findings, pack, update }: PartLettersProps) {
  const { t } = useTranslation('charting');
  const treated = treatedSegments(record.treatment);
  if (treated.length === 0) return <p className="muted small">{t('part.empty')}</p>;
  // The engine's check in words: met, or what it still needs.
  const summary = (confirmed: readonly PartLetter[]) => {
    const check = checkPartLetters(confirmed);
    const { needsAOrR, moreLetters } = check.missing;
    const choices = disjunction(partOrder.filter((l) => !confirmed.includes(l)));
    return check.passed
      ? t('part.documented')
      : moreLetters === 0
        ? t('part.needsAOrR')
        : needsAOrR
          ? t('part.needsAOrRAndMore', { count: moreLetters, choices })
          : t('part.needsMore', { count: moreLetters, choices });
  };
  const rows = treated.map((segment) => ({
    segment,
    confirmed: record.part.find((p) => p.segment === segment)?.letters ?? [],
    suggested: suggestedPart(segment, findings, pack),
  }));
  const pending = rows.filter((r) => r.suggested.some((l) => !r.confirmed.includes(l)));
  return (
    <div className="stack part-letters">
      {pending.length === 0 ? null : (
        <div className="row-actions">
          <Button
            onClick={() =>
              update((d) =>
                pending.reduce((next, r) => setLetters(r.segment, [...r.confirmed, ...r.suggested])(next), d),
              )
            }
          >
            {t('part.confirm')}
          </Button>
        </div>
      )}
      <ul className="plain-list">
        {rows.map(({ segment, confirmed, suggested }) => {
          const check = checkPartLetters(confirmed);
          return (
            <li key={segment}>
              <div className="record-row" role="group" aria-label={t('part.group', { segment })}>
                <strong className="segment-name" translate="no">
                  {segment}
                </strong>
                {letters.map(({ letter, name }) => (
                  <button
                    key={letter}
                    type="button"
                    className={`key-button${suggested.includes(letter) ? ' suggested' : ''}`}
                    aria-pressed={confirmed.includes(letter)}
                    aria-label={t(suggested.includes(letter) ? 'part.letterSuggested' : 'part.letterLabel', {
                      segment,
                      name: t(name),
                    })}
                    title={t(name)}
                    onClick={() =>
                      update(
                        setLetters(
                          segment,
                          confirmed.includes(letter)
                            ? confirmed.filter((l) => l !== letter)
                            : [...confirmed, letter],
                        ),
                      )
                    }
                  >
                    <span translate="no">{letter}</span>
                  </button>
                ))}
                <Badge tone={check.passed ? 'success' : 'warning'}>{summary(confirmed)}</Badge>
                {suggested.length === 0 ? null : (
                  <span className="muted small">{t('part.suggested', { letters: listText(suggested) })}</span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
