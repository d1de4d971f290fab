import { Banner } from '../../ui/banner';

/** Shown on every screen of a demo clinic, so nobody mistakes its patients for real ones. */
export function DemoBanner() {
  return (
    <Banner label="Demo clinic">
      <strong>Demo clinic.</strong> Every patient here is made up. Do not enter real patient data.
    </Banner>
  );
}
