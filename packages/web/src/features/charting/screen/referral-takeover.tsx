import type { Analysis } from '@sotchart/engine';
import { Button } from '../../../ui/button';

/** A positive red flag takes over the screen: the referral message, the flags, and no plan. */
export function ReferralTakeover({
  referral,
  name,
  onReview,
}: {
  readonly referral: NonNullable<Analysis['referral']>;
  readonly name: (id: string) => string;
  readonly onReview: () => void;
}) {
  return (
    <section className="referral" role="alert" aria-label="Referral">
      <h2>Refer: red flag present</h2>
      <p className="referral-message">{referral.message}</p>
      <p>
        Red flag{referral.flags.length === 1 ? '' : 's'}:{' '}
        <strong>{referral.flags.map(name).join(', ')}</strong>
      </p>
      <p>
        No pre-check, blocking or adjustment is charted at this visit. Document the referral below and sign.
      </p>
      <Button onClick={onReview}>Review the screen answers</Button>
    </section>
  );
}
