import { treatedSegments } from '@sotchart/contract';
import {
  checkPartLetters,
  type Finding,
  type PartLetter,
  type ProtocolPack,
  type Segment,
} from '@sotchart/engine';
import { Badge } from '../../../ui/badge';
import { Button } from '../../../ui/button';
import { withRecord, type VisitDraft } from '../draft/visit-draft';
import { suggestedPart } from './part-suggestions';

const letters: readonly { readonly letter: PartLetter; readonly name: string }[] = [
  { letter: 'P', name: 'Pain/tenderness' },
  { letter: 'A', name: 'Asymmetry/misalignment' },
  { letter: 'R', name: 'Range-of-motion abnormality' },
  { letter: 'T', name: 'Tissue/tone change' },
];

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
  const treated = treatedSegments(record.treatment);
  if (treated.length === 0)
    return (
      <p className="muted small">
        PART letters are asked for each adjusted segment, and for IL when blocking.
      </p>
    );
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
            Confirm suggested PART letters
          </Button>
        </div>
      )}
      <ul className="plain-list">
        {rows.map(({ segment, confirmed, suggested }) => {
          const check = checkPartLetters(confirmed);
          return (
            <li key={segment}>
              <div className="record-row" role="group" aria-label={`PART at ${segment}`}>
                <strong className="segment-name">{segment}</strong>
                {letters.map(({ letter, name }) => (
                  <button
                    key={letter}
                    type="button"
                    className={`key-button${suggested.includes(letter) ? ' suggested' : ''}`}
                    aria-pressed={confirmed.includes(letter)}
                    aria-label={`${segment} ${name}${suggested.includes(letter) ? ' (suggested)' : ''}`}
                    title={name}
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
                    {letter}
                  </button>
                ))}
                <Badge tone={check.passed ? 'success' : 'warning'}>{check.summary}</Badge>
                {suggested.length === 0 ? null : (
                  <span className="muted small">suggested: {suggested.join(', ')}</span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
