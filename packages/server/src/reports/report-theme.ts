import { categoryColours } from '@sotchart/contract';

/**
 * Colours and sizes shared by every report. Category colours are the web app's palette itself, so a
 * category looks the same on screen, in charts and on paper (UX.md principle 8).
 */
export const reportTheme = {
  ink: '#14202b',
  muted: '#4a5763',
  line: '#cfd8df',
  wash: '#f3f6f8',
  accent: '#0b5fa5',
  danger: '#b3261e',
  success: '#1b6b3f',
  warning: '#8a5300',
  category: categoryColours,
  /** Band shading, lightest first: the chart shades bands from the best to the worst. */
  bandShades: ['#e5f4ea', '#eef5e0', '#fff4e0', '#fde7d9', '#fbe9e7'],
  size: { title: 16, heading: 12, subheading: 10.5, body: 9.5, small: 7.5 },
  /** Page margins in points (1/72 inch): room for the header above and the footer below. */
  margin: { top: 92, bottom: 60, left: 50, right: 50 },
} as const;
