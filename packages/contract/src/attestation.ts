/**
 * The statement a practitioner confirms when signing a visit note, in the words the sign dialog shows
 * and the signed PDF prints: one text, so the two cannot drift apart.
 */
export function attestationStatement(nameAsSigned: string): string {
  return `I, ${nameAsSigned}, attest that this note is accurate and complete, that it records the care I gave at this visit, and that I am signing it myself.`;
}
