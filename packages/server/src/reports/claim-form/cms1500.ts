import type { ClaimFormPrint } from '@sotchart/contract';
import { fonts } from '../fonts';
import { createReport } from '../pdf-report';
import type { ClaimForm } from './claim-form';
import {
  checkboxCaptions,
  checkboxes,
  diagnosisPosition,
  fields,
  formBoxes,
  formCaptions,
  formTitle,
  grid,
  lastColumn,
  serviceLines,
  xOf,
  yOf,
  type FieldName,
  type FieldPosition,
} from './cms1500-layout';

/** The form's drop-out red, so values printed in black stand out as they do on the pre-printed form. */
const formInk = '#c23b2e';
const shade = '#fbe9e6';
const dataSize = 10;
const labelSize = 5.2;

/** MM DD YYYY (or MM DD YY) of a YYYY-MM-DD date, as the form's date boxes take it. */
function formDate(date: string, year: 'full' | 'short'): string {
  const [y = '', m = '', d = ''] = date.split('-');
  return `${m} ${d} ${year === 'full' ? y : y.slice(2)}`;
}

/** Dollars and cents in their two boxes (no currency sign, no decimal point). */
function money(amount: number): { dollars: string; cents: string } {
  const [dollars = '0', cents = '00'] = amount.toFixed(2).split('.');
  return { dollars, cents };
}

type Doc = PDFKit.PDFDocument;

/**
 * Text cut to a box of `chars` characters: at the last word that fits, without a dangling bracket or
 * separator ("HARBOUR SOT CHIROPRACTIC (DEMO)" in 29 → "HARBOUR SOT CHIROPRACTIC"); a single long
 * word (an id) is cut where the box ends.
 */
function fitted(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.slice(0, chars);
  const space = text[chars] === ' ' ? chars : cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut).replace(/[\s(,;:-]+$/, '');
}

function put(doc: Doc, pos: FieldPosition, text: string, align: 'left' | 'right' = 'left'): void {
  if (text === '') return;
  const value = fitted(text.toUpperCase(), pos.chars);
  doc.font(fonts.mono).fontSize(dataSize).fillColor('#000');
  doc.text(value, xOf(pos.col), yOf(pos.line) + 2, {
    width: pos.chars * grid.column + 2,
    align,
    lineBreak: false,
  });
}

function field(doc: Doc, name: FieldName, text: string, align: 'left' | 'right' = 'left'): void {
  put(doc, fields[name], text, align);
}

function check<G extends keyof typeof checkboxes>(
  doc: Doc,
  group: G,
  value: keyof (typeof checkboxes)[G]['cols'],
): void {
  const { line, cols } = checkboxes[group];
  put(doc, { line, col: (cols as Record<typeof value, number>)[value], chars: 1 }, 'X');
}

/** The boxes, captions, checkbox squares and service-line grid of the plain-paper form. */
function drawForm(doc: Doc): void {
  const right = xOf(lastColumn + 1) - 3;
  doc.fillColor(formInk).font(fonts.bold).fontSize(11);
  doc.text('HEALTH INSURANCE CLAIM FORM', xOf(1) - 3, yOf(formTitle.title) + 1, { lineBreak: false });
  doc.font(fonts.regular).fontSize(labelSize + 0.6);
  doc.text(
    'APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
    xOf(1) - 3,
    yOf(formTitle.approval) + 3,
    {
      lineBreak: false,
    },
  );
  doc.text('PAYER', xOf(fields.payerName.col), yOf(fields.payerName.line - 1) + 4, { lineBreak: false });
  doc.lineWidth(0.6).strokeColor(formInk);
  for (const b of formBoxes) {
    const x = xOf(b.col) - 3;
    const width = b.cols * grid.column;
    doc.rect(x, yOf(b.line), width, b.lines * grid.line).stroke();
    doc.fillColor(formInk).font(fonts.regular).fontSize(labelSize);
    const labelLine = b.labelAt === 'top' ? b.line : b.line + b.lines - 1;
    doc.text(b.label, x + 1.5, yOf(labelLine) + 1.5, {
      width: width - 3,
      height: grid.line * 2 - 3,
      ellipsis: true,
    });
  }
  for (const [group, { line, cols }] of Object.entries(checkboxes)) {
    const captions = checkboxCaptions[group as keyof typeof checkboxes];
    for (const [value, col] of Object.entries(cols)) {
      doc.rect(xOf(col) - 1, yOf(line) + 1.5, grid.column, grid.line - 3).stroke();
      const caption = (captions.text as Record<string, string>)[value] ?? '';
      doc.fillColor(formInk).font(fonts.regular).fontSize(labelSize);
      if ((captions.above as readonly string[] | undefined)?.includes(value) === true)
        doc.text(caption, xOf(col) - 1, yOf(line) - 5, { lineBreak: false });
      else doc.text(caption, xOf(col) + grid.column + 1, yOf(line) + 4, { lineBreak: false });
    }
  }
  // Box 24's six lines: a shaded supplemental line above each line of values, and the column rules.
  const top = yOf(serviceLines.lineOf(0) - 1);
  const bottom = yOf(serviceLines.lineOf(serviceLines.count - 1) + 1);
  for (let n = 0; n < serviceLines.count; n += 1) {
    const y = yOf(serviceLines.lineOf(n) - 1);
    doc.rect(xOf(1) - 3, y, right - xOf(1) + 3, grid.line).fillAndStroke(shade, formInk);
    doc.rect(xOf(1) - 3, y + grid.line, right - xOf(1) + 3, grid.line).stroke();
    doc
      .fillColor(formInk)
      .font(fonts.regular)
      .fontSize(labelSize + 0.8);
    doc.text(String(n + 1), xOf(0) - 4, y + grid.line + 3, { lineBreak: false });
    doc.text('NPI', xOf(serviceLines.qualifier), y + grid.line + 3.5, { lineBreak: false });
  }
  for (const col of serviceLines.columnRules)
    doc
      .moveTo(xOf(col) - 3, top)
      .lineTo(xOf(col) - 3, bottom)
      .stroke();
  doc.lineWidth(0.3);
  const rule = (line: number, col: number) =>
    doc
      .moveTo(xOf(col) - 2, yOf(line) + 3)
      .lineTo(xOf(col) - 2, yOf(line) + grid.line)
      .stroke();
  for (const col of [...serviceLines.modifiers, serviceLines.chargeCents.col])
    for (let n = 0; n < serviceLines.count; n += 1) rule(serviceLines.lineOf(n), col);
  // The dollars | cents rule of box 28.
  rule(fields.totalCents.line, fields.totalCents.col);
  doc.lineWidth(0.6);
  for (const { line, col, text } of formCaptions) {
    doc.fillColor(formInk).font(fonts.regular).fontSize(labelSize);
    doc.text(text, xOf(col), yOf(line) + 4, { lineBreak: false });
  }
  for (let i = 0; i < 12; i += 1) {
    const pos = diagnosisPosition(i);
    doc.text(`${String.fromCharCode(65 + i)}.`, xOf(pos.col - 2), yOf(pos.line) + 4, { lineBreak: false });
  }
}

/** The values of one form at their positions: boxes 1–33 as far as the record fills them. */
function drawValues(doc: Doc, form: ClaimForm): void {
  field(doc, 'payerName', form.payerName);
  check(doc, 'insuranceType', form.insuranceType);
  field(doc, 'insuredId', form.insuredId);
  field(doc, 'patientName', form.patientName);
  field(doc, 'patientBirth', formDate(form.patientBirthDate, 'full'));
  if (form.patientSex !== null) check(doc, 'patientSex', form.patientSex);
  field(doc, 'insuredName', form.insuredName);
  field(doc, 'patientStreet', form.patientAddress.street);
  check(doc, 'relationship', form.relationship);
  field(doc, 'insuredStreet', form.insuredAddress.street);
  field(doc, 'patientCity', form.patientAddress.city);
  field(doc, 'patientState', form.patientAddress.state);
  field(doc, 'insuredCity', form.insuredAddress.city);
  field(doc, 'insuredState', form.insuredAddress.state);
  field(doc, 'patientZip', form.patientAddress.zip);
  field(doc, 'patientPhone', form.patientPhone);
  field(doc, 'insuredZip', form.insuredAddress.zip);
  if (form.otherInsured !== null) {
    field(doc, 'otherInsuredName', form.otherInsured.name);
    field(doc, 'otherInsuredPolicy', form.otherInsured.policyNumber);
    field(doc, 'otherPlanName', form.otherInsured.planName);
  }
  field(doc, 'groupNumber', form.groupNumber);
  check(doc, 'employment', 'no');
  if (form.insuredBirthDate !== null) field(doc, 'insuredBirth', formDate(form.insuredBirthDate, 'full'));
  if (form.insuredSex !== null) check(doc, 'insuredSex', form.insuredSex);
  check(doc, 'autoAccident', 'no');
  check(doc, 'otherAccident', 'no');
  field(doc, 'planName', form.planName);
  check(doc, 'anotherPlan', form.otherInsured === null ? 'no' : 'yes');
  if (form.signatureOnFile) {
    field(doc, 'patientSignature', 'SIGNATURE ON FILE');
    field(doc, 'insuredSignature', 'SIGNATURE ON FILE');
  }
  if (form.courseStart !== null) {
    field(doc, 'courseStart', formDate(form.courseStart, 'short'));
    field(doc, 'courseStartQualifier', '431');
  }
  if (form.xrayDate !== null) field(doc, 'additionalInfo', `X-RAY ${formDate(form.xrayDate, 'short')}`);
  field(doc, 'icdIndicator', '0');
  form.diagnoses.slice(0, 12).forEach((code, i) => put(doc, diagnosisPosition(i), code.replace('.', '')));
  form.lines.slice(0, serviceLines.count).forEach((l, n) => {
    const line = serviceLines.lineOf(n);
    const date = formDate(l.date, 'short');
    put(doc, { line, col: serviceLines.from, chars: 8 }, date);
    put(doc, { line, col: serviceLines.to, chars: 8 }, date);
    put(doc, { line, col: serviceLines.placeOfService, chars: 2 }, l.placeOfService);
    put(doc, { line, col: serviceLines.code, chars: 6 }, l.code);
    l.modifiers
      .slice(0, 4)
      .forEach((m, i) => put(doc, { line, col: serviceLines.modifiers[i] ?? 0, chars: 2 }, m));
    put(doc, { ...serviceLines.pointer, line }, l.pointers);
    if (l.charge !== null) {
      const { dollars, cents } = money(l.charge);
      put(doc, { ...serviceLines.chargeDollars, line }, dollars, 'right');
      put(doc, { ...serviceLines.chargeCents, line }, cents);
    }
    put(doc, { ...serviceLines.units, line }, String(l.units));
    put(doc, { ...serviceLines.npi, line }, l.renderingNpi);
  });
  field(doc, 'taxId', form.taxId);
  if (form.taxId !== '') check(doc, 'taxIdType', form.taxIdType);
  field(doc, 'accountNumber', form.accountNumber);
  const charges = form.lines.map((l) => l.charge).filter((c): c is number => c !== null);
  if (charges.length > 0) {
    const { dollars, cents } = money(charges.reduce((a, b) => a + b, 0));
    field(doc, 'totalDollars', dollars, 'right');
    field(doc, 'totalCents', cents);
  }
  field(doc, 'physicianName', form.physicianSignature.name);
  field(doc, 'physicianDate', formDate(form.physicianSignature.date, 'short'));
  const place = (a: ClaimForm['serviceFacility']['address']) =>
    [a.city, a.state, a.zip].filter((s) => s !== '').join(' ');
  field(doc, 'facilityName', form.serviceFacility.name);
  field(doc, 'facilityStreet', form.serviceFacility.address.street);
  field(doc, 'facilityCity', place(form.serviceFacility.address));
  field(doc, 'facilityNpi', form.serviceFacility.npi);
  field(doc, 'billingName', form.billingProvider.name);
  field(doc, 'billingStreet', form.billingProvider.address.street);
  field(doc, 'billingCity', place(form.billingProvider.address));
  field(doc, 'billingNpi', form.billingProvider.npi);
}

/**
 * CMS-1500 (02/12) claim forms, one page per form, on US Letter. `form` draws the boxes and captions
 * on plain paper (drawn here, not copied from an image of the form); `data` prints only the values,
 * for the red pre-printed form, which payers' scanners read. Values print in upper case, as the NUCC
 * instructions ask.
 */
export function renderCms1500(
  forms: readonly ClaimForm[],
  print: ClaimFormPrint,
  meta: { readonly title: string; readonly createdAt: Date },
): Promise<Buffer> {
  // The CMS-1500 is a US payer's form: its captions stay in English (as the NUCC prints them), whatever
  // the clinic's language; the default English document language gives DejaVu, whose glyphs cover any
  // Latin name. A Japanese name on a US claim would need the payer's romanised spelling anyway.
  const report = createReport({
    pageSize: 'letter',
    title: meta.title,
    subject: 'CMS-1500 claim form',
    createdAt: meta.createdAt,
    frame: null,
    margins: 0,
  });
  const { doc } = report;
  forms.forEach((form, i) => {
    if (i > 0) doc.addPage();
    if (print === 'form') drawForm(doc);
    drawValues(doc, form);
  });
  return report.finish();
}
