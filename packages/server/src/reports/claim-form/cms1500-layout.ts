import type { Coverage, InsuredRelationship } from '@sotchart/contract';

/**
 * Where everything sits on the CMS-1500 (02/12), the one table of the form's coordinates. The NUCC
 * designed the form for printers at 10 characters per inch and 6 lines per inch on US Letter, so each
 * data position is a print line (1–66 from the top) and a column (1–85 from the left), and a point
 * position is one step of the grid per column (7.2 pt) and per line (12 pt). The data-only print puts
 * the values at these positions for the red pre-printed form; the plain-paper print draws its boxes
 * on the same grid, so both prints put every value in the same place.
 */
export const grid = {
  pageWidth: 612,
  pageHeight: 792,
  column: 7.2,
  line: 12,
  /**
   * Where column 1 and line 1 start on the paper. Printers feed a sheet a little differently: a clinic
   * whose data-only prints sit off the red boxes shifts them here.
   */
  left: 21.6,
  top: 0,
} as const;

/** The x of a column's left edge, in points. */
export const xOf = (col: number): number => grid.left + (col - 1) * grid.column;
/** The y of a line's top edge, in points. */
export const yOf = (line: number): number => grid.top + (line - 1) * grid.line;

/** A value's place: its line, first column and the most characters the box holds. */
export interface FieldPosition {
  readonly line: number;
  readonly col: number;
  readonly chars: number;
}

const at = (line: number, col: number, chars: number): FieldPosition => ({ line, col, chars });

/** The text fields of boxes 1–33, one entry per value printed. */
export const fields = {
  payerName: at(2, 41, 31),
  payerStreet: at(3, 41, 31),
  insuredId: at(8, 50, 29),
  patientName: at(10, 1, 28),
  patientBirth: at(10, 31, 10),
  insuredName: at(10, 50, 29),
  patientStreet: at(12, 1, 28),
  insuredStreet: at(12, 50, 29),
  patientCity: at(14, 1, 24),
  patientState: at(14, 26, 2),
  insuredCity: at(14, 50, 23),
  insuredState: at(14, 74, 2),
  patientZip: at(16, 1, 12),
  patientPhone: at(16, 15, 14),
  insuredZip: at(16, 50, 13),
  otherInsuredName: at(18, 1, 28),
  groupNumber: at(18, 50, 29),
  otherInsuredPolicy: at(20, 1, 28),
  insuredBirth: at(20, 53, 10),
  planName: at(24, 50, 29),
  otherPlanName: at(26, 1, 28),
  patientSignature: at(29, 7, 24),
  insuredSignature: at(29, 55, 24),
  courseStart: at(32, 2, 10),
  courseStartQualifier: at(32, 16, 3),
  additionalInfo: at(36, 1, 47),
  icdIndicator: at(37, 42, 1),
  taxId: at(56, 1, 15),
  accountNumber: at(56, 23, 13),
  totalDollars: at(56, 51, 6),
  totalCents: at(56, 58, 2),
  physicianName: at(60, 1, 21),
  physicianDate: at(61, 6, 10),
  facilityName: at(58, 23, 26),
  facilityStreet: at(59, 23, 26),
  facilityCity: at(60, 23, 26),
  facilityNpi: at(61, 23, 10),
  billingName: at(58, 50, 29),
  billingStreet: at(59, 50, 29),
  billingCity: at(60, 50, 29),
  billingNpi: at(61, 50, 10),
} as const satisfies Record<string, FieldPosition>;
export type FieldName = keyof typeof fields;

/** Box 21: the twelve diagnoses run across three lines, A–D, E–H, I–L, each 13 columns apart. */
export const diagnosisPosition = (index: number): FieldPosition =>
  at(38 + Math.floor(index / 4), 3 + 13 * (index % 4), 8);

/** The X of each checkbox, by the value it marks: its line and column. */
export const checkboxes = {
  insuranceType: {
    line: 8,
    cols: { medicare: 1, medicaid: 8, tricare: 15, champva: 24, group: 31, feca: 39, other: 45 },
  },
  patientSex: { line: 10, cols: { M: 42, F: 47 } },
  relationship: { line: 12, cols: { self: 33, spouse: 38, child: 42, other: 47 } },
  employment: { line: 20, cols: { yes: 35, no: 41 } },
  insuredSex: { line: 20, cols: { M: 68, F: 75 } },
  autoAccident: { line: 22, cols: { yes: 35, no: 41 } },
  otherAccident: { line: 24, cols: { yes: 35, no: 41 } },
  anotherPlan: { line: 26, cols: { yes: 52, no: 57 } },
  taxIdType: { line: 56, cols: { ssn: 17, ein: 19 } },
} as const satisfies Record<string, { line: number; cols: Record<string, number> }>;

/**
 * What the plain-paper form prints beside each checkbox: to its right, or above it (in the label
 * line) where the next box or the box's edge is too close.
 */
export const checkboxCaptions: {
  readonly [G in keyof typeof checkboxes]: {
    readonly above?: readonly (keyof (typeof checkboxes)[G]['cols'])[];
    readonly text: Record<keyof (typeof checkboxes)[G]['cols'], string>;
  };
} = {
  insuranceType: {
    text: {
      medicare: 'Medicare',
      medicaid: 'Medicaid',
      tricare: 'TRICARE',
      champva: 'CHAMPVA',
      group: 'Group plan',
      feca: 'FECA',
      other: 'Other',
    },
  },
  patientSex: { above: ['M', 'F'], text: { M: 'M', F: 'F' } },
  relationship: {
    above: ['other'],
    text: { self: 'Self', spouse: 'Spouse', child: 'Child', other: 'Other' },
  },
  employment: { text: { yes: 'YES', no: 'NO' } },
  insuredSex: { text: { M: 'M', F: 'F' } },
  autoAccident: { text: { yes: 'YES', no: 'NO' } },
  otherAccident: { text: { yes: 'YES', no: 'NO' } },
  anotherPlan: { text: { yes: 'YES', no: 'NO' } },
  taxIdType: { above: ['ssn', 'ein'], text: { ssn: 'SSN', ein: 'EIN' } },
};

// Compile-time checks that the checkbox tables cover every value the record can hold.
checkboxes.insuranceType.cols satisfies Record<Coverage['insuranceType'], number>;
checkboxes.relationship.cols satisfies Record<InsuredRelationship, number>;

/** Box 24: six service lines, each a shaded line above the line its values print on. */
export const serviceLines = {
  count: 6,
  /** The print line of service line n (0-based). */
  lineOf: (n: number): number => 44 + 2 * n,
  from: 1,
  to: 10,
  placeOfService: 19,
  code: 25,
  /** The four modifier boxes. */
  modifiers: [33, 36, 39, 42],
  pointer: at(0, 45, 4),
  chargeDollars: at(0, 50, 5),
  chargeCents: at(0, 56, 2),
  units: at(0, 59, 3),
  /** 24I: the qualifier the form prints before the rendering provider's id ("NPI"). */
  qualifier: 65,
  npi: at(0, 68, 10),
  /** The plain-paper form's column rules through the six lines: 24A to, B, C, D, E, F, G, H, I, J. */
  columnRules: [10, 19, 22, 25, 45, 50, 59, 63, 65, 68],
} as const;

/** The plain-paper form's title and its approval line, above box 1. */
export const formTitle = { title: 4, approval: 5 } as const;

/** Small captions the plain-paper form prints on a value's own line, left of where the value goes. */
export const formCaptions: readonly { line: number; col: number; text: string }[] = [
  { line: 29, col: 1, text: 'SIGNED' },
  { line: 29, col: 33, text: 'DATE' },
  { line: 29, col: 50, text: 'SIGNED' },
  { line: 32, col: 13, text: 'QUAL.' },
  { line: 61, col: 1, text: 'DATE' },
  { line: 37, col: 38, text: 'ICD Ind.' },
];

/** A box of the plain-paper form: its label, its first line and column, and its size in lines and columns. */
export interface FormBox {
  readonly label: string;
  readonly line: number;
  readonly col: number;
  readonly lines: number;
  readonly cols: number;
  /** Where the label goes: the box's top line (default), or its last line when values fill the top. */
  readonly labelAt: 'top' | 'below';
}

const box = (
  label: string,
  line: number,
  col: number,
  lines: number,
  cols: number,
  labelAt: FormBox['labelAt'] = 'top',
): FormBox => ({ label, line, col, lines, cols, labelAt });

/** The right edge of the form, in columns: the last service-line NPI ends inside it. */
export const lastColumn = 79;
const left = 30;
const right = 49;
const rightCols = lastColumn - right + 1;

/**
 * The boxes of the plain-paper form, drawn on the data grid: each box's label sits in the line above
 * the line its value prints on. Labels are short forms of the form's captions.
 */
export const formBoxes: readonly FormBox[] = [
  box('1. INSURANCE TYPE', 7, 1, 2, right - 1),
  box("1a. INSURED'S I.D. NUMBER", 7, right, 2, rightCols),
  box("2. PATIENT'S NAME (Last Name, First Name)", 9, 1, 2, left - 1),
  box("3. PATIENT'S BIRTH DATE    SEX", 9, left, 2, right - left),
  box("4. INSURED'S NAME (Last Name, First Name)", 9, right, 2, rightCols),
  box("5. PATIENT'S ADDRESS (No., Street)", 11, 1, 2, left - 1),
  box('6. PATIENT RELATIONSHIP TO INSURED', 11, left, 2, right - left),
  box("7. INSURED'S ADDRESS (No., Street)", 11, right, 2, rightCols),
  box('CITY', 13, 1, 2, 24),
  box('STATE', 13, 25, 2, left - 25),
  box('8. RESERVED FOR NUCC USE', 13, left, 4, right - left),
  box('CITY', 13, right, 2, 24),
  box('STATE', 13, right + 24, 2, rightCols - 24),
  box('ZIP CODE', 15, 1, 2, 13),
  box('TELEPHONE', 15, 14, 2, left - 14),
  box('ZIP CODE', 15, right, 2, 15),
  box('TELEPHONE', 15, right + 15, 2, rightCols - 15),
  box("9. OTHER INSURED'S NAME", 17, 1, 2, left - 1),
  box("10. IS PATIENT'S CONDITION RELATED TO:", 17, left, 2, right - left),
  box("11. INSURED'S POLICY GROUP OR FECA NUMBER", 17, right, 2, rightCols),
  box("a. OTHER INSURED'S POLICY OR GROUP NUMBER", 19, 1, 2, left - 1),
  box('a. EMPLOYMENT? (current or previous)', 19, left, 2, right - left),
  box("a. INSURED'S DATE OF BIRTH      SEX", 19, right, 2, rightCols),
  box('b. RESERVED FOR NUCC USE', 21, 1, 2, left - 1),
  box('b. AUTO ACCIDENT?', 21, left, 2, right - left),
  box('b. OTHER CLAIM ID', 21, right, 2, rightCols),
  box('c. RESERVED FOR NUCC USE', 23, 1, 2, left - 1),
  box('c. OTHER ACCIDENT?', 23, left, 2, right - left),
  box('c. INSURANCE PLAN NAME OR PROGRAM NAME', 23, right, 2, rightCols),
  box('d. INSURANCE PLAN NAME OR PROGRAM NAME', 25, 1, 2, left - 1),
  box('10d. CLAIM CODES', 25, left, 2, right - left),
  box('d. IS THERE ANOTHER HEALTH BENEFIT PLAN?', 25, right, 2, rightCols),
  box("12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE (release of information)", 27, 1, 4, right - 1),
  box("13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE (payment of benefits)", 27, right, 4, rightCols),
  box('14. DATE OF CURRENT ILLNESS, INJURY (course of treatment)', 31, 1, 2, left - 1),
  box('15. OTHER DATE', 31, left, 2, right - left),
  box('16. DATES UNABLE TO WORK IN CURRENT OCCUPATION', 31, right, 2, rightCols),
  box('17. NAME OF REFERRING PROVIDER OR OTHER SOURCE', 33, 1, 2, left - 1),
  box('17b. NPI', 33, left, 2, right - left),
  box('18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES', 33, right, 2, rightCols),
  box('19. ADDITIONAL CLAIM INFORMATION', 35, 1, 2, right - 1),
  box('20. OUTSIDE LAB?   $ CHARGES', 35, right, 2, rightCols),
  box('21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY  Relate A-L to service line (24E)', 37, 1, 4, right - 1),
  box('22. RESUBMISSION CODE   ORIGINAL REF. NO.', 37, right, 2, rightCols),
  box('23. PRIOR AUTHORIZATION NUMBER', 39, right, 2, rightCols),
  box('24. A. DATE(S) OF SERVICE  From / To', 41, 1, 2, 18),
  box('B. POS', 41, 19, 2, 3),
  box('C. EMG', 41, 22, 2, 3),
  box('D. CPT/HCPCS      MODIFIER', 41, 25, 2, 20),
  box('E. DX PTR', 41, 45, 2, 5),
  box('F. $ CHARGES', 41, 50, 2, 9),
  box('G. UNITS', 41, 59, 2, 4),
  box('H.', 41, 63, 2, 2),
  box('I. QUAL', 41, 65, 2, 3),
  box('J. RENDERING PROVIDER ID #', 41, 68, 2, lastColumn - 67),
  box('25. FEDERAL TAX I.D. NUMBER', 55, 1, 2, 22),
  box("26. PATIENT'S ACCOUNT NO.", 55, 23, 2, 13),
  box('27. ACCEPT ASSIGNMENT?', 55, 36, 2, 14),
  box('28. TOTAL CHARGE', 55, 50, 2, 12),
  box('29. AMOUNT PAID', 55, 62, 2, 10),
  box('30. Rsvd for NUCC Use', 55, 72, 2, lastColumn - 71),
  box('31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS', 57, 1, 6, 22),
  box('32. SERVICE FACILITY LOCATION INFORMATION', 57, 23, 4, 27),
  box('32a. NPI', 61, 23, 2, 13, 'below'),
  box('32b.', 61, 36, 2, 14, 'below'),
  box('33. BILLING PROVIDER INFO & PH #', 57, 50, 4, lastColumn - 49),
  box('33a. NPI', 61, 50, 2, 13, 'below'),
  box('33b.', 61, 63, 2, lastColumn - 62, 'below'),
];
