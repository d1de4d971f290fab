import { formatSortedPersonName } from '@sotchart/i18n';

/**
 * An appointment's patient as the book and the day list show them: "Family, Given", or family name
 * first without the comma where the language writes names that way. The appointment carries the
 * name as "Family, Given"; it is split at its first comma to order it for the language.
 */
export function sortedPatientName(name: string, language: string): string {
  const comma = name.indexOf(', ');
  if (comma < 0) return name;
  return formatSortedPersonName(
    { familyName: name.slice(0, comma), givenName: name.slice(comma + 2) },
    language,
  );
}
