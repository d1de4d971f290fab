import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvField, csvLine } from './csv-line';

describe(csvField.name, () => {
  const cases: [string, Parameters<typeof csvField>[0], string][] = [
    // RFC 4180 §2.6: fields with commas, quotes or line breaks are quoted.
    ['plain text as is', 'Lovelace', 'Lovelace'],
    ['a comma quoted', 'Lovelace, Ada', '"Lovelace, Ada"'],
    // RFC 4180 §2.7: a quote inside a quoted field is doubled.
    ['a quote doubled', 'the "sharp" pain', '"the ""sharp"" pain"'],
    ['a line feed quoted', 'line one\nline two', '"line one\nline two"'],
    ['a CRLF quoted', 'a\r\nb', '"a\r\nb"'],
    ['UTF-8 text as is', 'Zoë Ångström – 痛み', 'Zoë Ångström – 痛み'],
    ['a number', 4.5, '4.5'],
    ['a boolean', true, 'true'],
    ['null empty', null, ''],
    ['undefined empty', undefined, ''],
    // OWASP CSV injection: text a spreadsheet would run gets an apostrophe.
    ['a formula defused', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus in text defused', '-5 mm', "'-5 mm"],
    ['a negative number kept', -5, '-5'],
    ['a phone number kept', '+1 418 555 0101', '+1 418 555 0101'],
  ];
  for (const [name, value, expected] of cases)
    test(`writes ${name}`, () => assert.equal(csvField(value), expected));
});

describe(csvLine.name, () => {
  test('joins fields with commas and ends the record with CRLF', () => {
    assert.equal(csvLine(['a', 'b,c', 1, null]), 'a,"b,c",1,\r\n');
  });
});
