import { validateFindings, type Finding, type ProtocolPack } from '@sotchart/engine';
import { validationFailed } from '../errors';

/** Findings checked against the pack in effect; every problem is reported as `findings.<index>.<field>`. */
export function checkFindings(findings: readonly unknown[], pack: ProtocolPack): Finding[] {
  const result = validateFindings(findings, pack);
  if (result.ok) return result.value;
  throw validationFailed(
    result.error.details.map((d) => ({
      path: d.path === '' ? 'findings' : `findings.${d.path}`,
      message: d.message,
    })),
  );
}
