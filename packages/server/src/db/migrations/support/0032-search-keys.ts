// Frozen for migration 0032: the patient search keys exactly as 0032 first wrote them. The app's own
// keys (db/patient-search-keys.ts) may change later; what this migration writes must not.

const searchForm = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

function wordTails(text: string): string[] {
  const tails = [text];
  for (let i = 0; i < text.length - 1; i += 1) {
    if (text[i] === ' ' || text[i] === '-') tails.push(text.slice(i + 1));
  }
  return tails;
}

/** Every word tail of "family given" and "given family", and the chart number, lower-cased. */
export function searchKeys0032(p: { familyName: string; givenName: string; chartNumber: string }): string[] {
  const family = searchForm(p.familyName);
  const given = searchForm(p.givenName);
  const keys = [
    ...wordTails(`${family} ${given}`.trim()),
    ...wordTails(`${given} ${family}`.trim()),
    searchForm(p.chartNumber),
  ];
  return [...new Set(keys)].filter((k) => k !== '');
}
