/** ODI v2.1a answers by section, as tapped; sex life is skipped ("does not apply"). 16 / 45 = 35.6 %. */
export const odiTaps: readonly (readonly [string, number | null])[] = [
  ['Pain intensity', 2],
  ['Personal care', 1],
  ['Lifting', 3],
  ['Walking', 1],
  ['Sitting', 2],
  ['Standing', 2],
  ['Sleeping', 1],
  ['Sex life (if applicable)', null],
  ['Social life', 2],
  ['Travelling', 2],
];
