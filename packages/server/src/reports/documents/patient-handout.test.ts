import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CategoryId } from '@sotchart/engine';
import { languages } from '@sotchart/i18n';
import { readCatalog } from '@sotchart/i18n/node';
import { documentLanguage } from '../document-language';
import { extractPdfText } from '../extract-pdf-text';
import { renderPatientHandout, type HandoutModel } from './patient-handout';

const model = (category: CategoryId | null, phone: string | null): HandoutModel => ({
  clinic: { name: 'Lakeside SOT Clinic', address: '1 Lake Street, Madison', phone },
  practitioner: null,
  patient: { givenName: 'Ada', familyName: 'Lovelace' },
  chartNumber: 'C-100',
  visitDate: '2026-03-02',
  category,
  referral: false,
  homeCare: 'Walk twenty minutes daily.',
  createdAt: new Date('2026-03-02T16:00:00Z'),
});

const english = documentLanguage('en', ['handout', 'reports']);

/** Text without any white space: a PDF breaks lines (and Japanese has no spaces) where it will. */
const squeezed = (text: string): string => text.replace(/\s+/g, '');

describe(renderPatientHandout.name, () => {
  for (const category of ['I', 'II', 'III'] as const)
    test(`describes Category ${category} as the pattern of findings that guides treatment, never as a diagnosis`, async () => {
      const { text } = await extractPdfText(
        await renderPatientHandout(model(category, '(608) 555-0123'), 'letter', english),
      );
      assert.ok(text.includes(`Category ${category}`), text);
      assert.match(text, /pattern your practitioner saw today/);
      assert.match(text, /uses (this pattern|it) to choose today’?'?s treatment/);
      for (const diagnostic of [/you have/i, /diagnos/i, /condition/i]) assert.doesNotMatch(text, diagnostic);
      // English is the source: no "not yet reviewed" line.
      assert.ok(!text.includes('not yet reviewed'), text);
    });

  test('carries the clinic’s phone number', async () => {
    const { text } = await extractPdfText(
      await renderPatientHandout(model('II', '(608) 555-0123'), 'letter', english),
    );
    assert.ok(text.includes('Questions? Call us on (608) 555-0123'), text);
    assert.ok(text.includes('Call us on (608) 555-0123 if pain spreads down a leg'), text);
  });

  test('names the clinic to call when no phone number is set', async () => {
    const { text } = await extractPdfText(await renderPatientHandout(model(null, null), 'a4', english));
    assert.ok(text.includes('Questions? Ask us at your next visit, or call Lakeside SOT Clinic.'), text);
  });

  // Each language's handout, read back from the PDF: its own catalogue's words (not English, not empty
  // boxes — a glyph missing from the font extracts as nothing), dates in its own format, and the
  // "translation not yet reviewed" line while its wording is a draft.
  for (const language of languages) {
    test(`renders in ${language} from the ${language} catalogue`, async () => {
      const pdf = await renderPatientHandout(
        model('II', '(608) 555-0123'),
        'a4',
        documentLanguage(language, ['handout', 'reports']),
      );
      const { text } = await extractPdfText(pdf);
      const handout = readCatalog(language, 'handout');
      const reports = readCatalog(language, 'reports');
      const shown = squeezed(text);
      for (const key of [
        'heading.whatIsSot',
        'whatIsSot.blocks',
        'category.II.title',
        'category.II.text',
        'evidence.research',
      ])
        assert.ok(shown.includes(squeezed(handout[key] ?? '∅')), `${language} ${key} missing in: ${text}`);
      const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }).format(new Date('2026-03-02T00:00:00Z'));
      assert.ok(shown.includes(squeezed(date)), `${language} date ${date} missing in: ${text}`);
      const title = documentLanguage(language, ['handout']).handout('title', {
        name: language === 'ja' ? 'Lovelace Ada' : 'Ada',
        date,
      });
      assert.ok(shown.includes(squeezed(title)), `${language} title "${title}" missing in: ${text}`);
      if (language === 'en') return;
      // Not English: the English source's words are not there.
      assert.ok(!text.includes('What is SOT?'), `${language} printed English: ${text}`);
      assert.ok(
        shown.includes(squeezed(reports['frame.unreviewed'] ?? '∅')),
        `${language} review line in: ${text}`,
      );
      if (language === 'ja') {
        // The Japanese glyphs come back as Japanese: the font is embedded, not boxes.
        assert.ok(shown.includes('仙骨後頭骨テクニック'), text);
        assert.ok(shown.includes('LovelaceAda様'), text);
        assert.match(pdf.toString('latin1'), /\/BaseFont \/[A-Z]{6}\+NotoSansJP/);
        // Subset, not the whole 5 MB font files.
        assert.ok(pdf.length < 400_000, `ja handout is ${pdf.length} bytes`);
      }
    });
  }

  test('addresses a Japanese patient by the full name, family name first', async () => {
    const { text } = await extractPdfText(
      await renderPatientHandout(
        { ...model('I', null), patient: { givenName: '花子', familyName: '山田' } },
        'a4',
        documentLanguage('ja', ['handout', 'reports']),
      ),
    );
    assert.ok(squeezed(text).includes('山田花子様'), text);
  });
});
