import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { AuditCommitter } from '../audit/audit-committer';
import type { RequestContext } from '../auth/request-context';
import { openSqliteFile } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { patientRepository } from '../db/repositories/patient.repository';
import { userRepository } from '../db/repositories/user.repository';
import { signedDocumentRepository } from '../db/repositories/signed-document.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import { demoToday } from '../demo/demo-patients';
import { demoLogin, seedDemoClinic } from '../demo/seed-demo-clinic';
import { claimFormService } from '../services/claim-form.service';
import { documentService } from '../services/document.service';
import { superbillService } from '../services/superbill.service';
import { renderVisitNote } from './documents/visit-note';
import type { VisitNoteSnapshot } from './documents/visit-note-snapshot';

/** One rendered sample: its file name (without extension) and the PDF. */
export interface Sample {
  readonly name: string;
  readonly pdf: Buffer;
}

/**
 * Renders every document for the demo clinic, on a throwaway SQLite database seeded with a fixed
 * clock, so the same code renders the same samples: the visit note (US Letter and A4), the patient
 * handout, the progress report, the superbill and the CMS-1500 (plain paper, every visit; data only,
 * the latest visit) of the first demo patient, the visit note of a neck patient, and the referral
 * letter of the patient whose visit stopped at a red flag.
 */
export async function renderDemoSamples(): Promise<Sample[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sotchart-samples-'));
  const handle = openSqliteFile(join(dir, 'samples.db'));
  const clock = () => new Date(`${demoToday}T18:00:00.000Z`);
  try {
    await migrateToLatest(handle.db);
    const { clinicId } = await seedDemoClinic(
      handle,
      { argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 } },
      clock,
    );
    const owner = (await userRepository.findCredentialsByEmail(handle.db, demoLogin.email)).find(
      (account) => account.clinicId === clinicId,
    );
    if (owner === undefined) throw new Error('the demo owner is missing');
    const ctx: RequestContext = {
      clinicId,
      userId: owner.user.id,
      role: 'owner',
      requestId: 'docs-samples',
      ip: '127.0.0.1',
    };
    const audit = new AuditCommitter({ db: handle.db, dialect: handle.dialect, clock });
    const deps = { db: handle.db, audit, clock, newId: uuidv7 };
    try {
      const patientByChart = async (chartNumber: string) => {
        const page = await patientRepository.search(
          handle.db,
          clinicId,
          { q: chartNumber, sort: 'name', limit: 1, includeArchived: false },
          null,
        );
        const patient = page.items[0];
        if (patient === undefined) throw new Error(`demo patient ${chartNumber} is missing`);
        return patient.id;
      };
      const latestSignedVisit = async (patientId: string) => {
        const visits = await visitRepository.listByPatient(handle.db, clinicId, patientId);
        const visit = visits.find((v) => v.status === 'signed');
        if (visit === undefined) throw new Error('the demo patient has no signed visit');
        return visit.id;
      };
      const back = await patientByChart('SOT-1001');
      const neck = await patientByChart('SOT-1003');
      const note = (visitId: string) => documentService.visitNote(deps, ctx, visitId, undefined);
      const backVisit = await latestSignedVisit(back);
      // A signed note is served as frozen, on the clinic's paper; the A4 sample renders its stored
      // snapshot again on A4, which is all a note is rendered from.
      const stored = await signedDocumentRepository.find(handle.db, clinicId, backVisit, 'note', 0);
      if (stored === undefined) throw new Error('the demo visit has no stored note');
      const snapshot = JSON.parse(stored.snapshot) as VisitNoteSnapshot;
      // SOT-1025 is the demo patient whose first visit stopped at a red flag (demo-patients.ts).
      const referred = (
        await visitRepository.listByPatient(handle.db, clinicId, await patientByChart('SOT-1025'))
      ).find((v) => v.engine.analysis.referral !== null);
      if (referred === undefined) throw new Error('the demo has no visit under a red flag');
      return [
        { name: 'visit-note-letter', pdf: (await note(backVisit)).pdf },
        { name: 'visit-note-a4', pdf: await renderVisitNote({ ...snapshot, pageSize: 'a4' }) },
        { name: 'visit-note-neck-letter', pdf: (await note(await latestSignedVisit(neck))).pdf },
        {
          name: 'referral-letter-letter',
          pdf: (await documentService.referralLetter(deps, ctx, referred.id, 'letter')).pdf,
        },
        {
          name: 'patient-handout-letter',
          pdf: (await documentService.handout(deps, ctx, backVisit, 'letter')).pdf,
        },
        {
          name: 'progress-report-letter',
          pdf: (await documentService.progressReport(deps, ctx, back, { pageSize: 'letter' })).pdf,
        },
        { name: 'superbill-letter', pdf: (await superbillService.period(deps, ctx, back, {}, 'letter')).pdf },
        { name: 'cms1500-form', pdf: (await claimFormService.period(deps, ctx, back, {}, 'form')).pdf },
        { name: 'cms1500-data', pdf: (await claimFormService.visit(deps, ctx, backVisit, 'data')).pdf },
      ];
    } finally {
      await audit.close();
    }
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
