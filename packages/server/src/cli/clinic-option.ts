import type { DatabaseHandle } from '../db/connect';
import { clinicChoices } from '../services/clinic.service';
import { UsageError } from './command-errors';

/**
 * The clinic a command works on: the one named by `--clinic`, else the only real (non-demo) clinic,
 * else — where `demo` is `'may-be-chosen'` (reading, as an export does) — the demo clinic when it is
 * the only one. `none` says what to do when there is nothing to choose.
 */
export async function clinicOption(
  handle: DatabaseHandle,
  given: string | undefined,
  options: { readonly none: string; readonly demo: 'may-be-chosen' | 'only-by-id' },
): Promise<{ id: string; name: string }> {
  const clinics = await clinicChoices(handle.db);
  if (given !== undefined) {
    const named = clinics.find((c) => c.id === given);
    if (named === undefined) throw new UsageError(`No clinic has the id ${given}.`);
    return named;
  }
  const real = clinics.filter((c) => !c.isDemo);
  const choices = options.demo === 'may-be-chosen' && real.length === 0 ? clinics : real;
  const only = choices.length === 1 ? choices[0] : undefined;
  if (only !== undefined) return only;
  if (choices.length === 0) throw new UsageError(options.none);
  const list = choices.map((c) => `  ${c.id}  ${c.name}`).join('\n');
  throw new UsageError(`Several clinics exist; choose one with --clinic ID:\n${list}`);
}
