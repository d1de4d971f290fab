import type { CategoryId } from '@sotchart/engine';

/**
 * Each SOT category's colour, one palette for every screen, chart and PDF, so a category looks the
 * same wherever it appears (UX.md principle 8). The web app's stylesheet carries the same values as
 * `--cat-1` … `--cat-3` (a test holds the two together); each passes WCAG AA as text on white.
 */
export const categoryColours: Readonly<Record<CategoryId, string>> = {
  I: '#1f7a4d',
  II: '#0b5fa5',
  III: '#7a36e0',
};

/** The colour of a category id as stored ('I', 'II', 'III'); null for none, undetermined or a referral. */
export function categoryColour(category: string): string | null {
  return category === 'I' || category === 'II' || category === 'III' ? categoryColours[category] : null;
}
