import { appendFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a job's NDJSON files live: one folder per job under the bulk export folder of the data folder. */
export const jobFolder = (root: string, jobId: string): string => join(root, jobId);

/** The file of one resource type; types are checked to be plain names before they reach here. */
export const typeFile = (root: string, jobId: string, type: string): string =>
  join(jobFolder(root, jobId), `${type}.ndjson`);

/** Appends NDJSON lines to each type's file, creating the job's folder on first use. */
export async function appendLines(
  root: string,
  jobId: string,
  linesByType: ReadonlyMap<string, string[]>,
): Promise<void> {
  if (linesByType.size === 0) return;
  await mkdir(jobFolder(root, jobId), { recursive: true });
  for (const [type, lines] of linesByType)
    await appendFile(typeFile(root, jobId, type), `${lines.join('\n')}\n`);
}

/** Removes a job's folder and everything in it (cancelled, failed or expired). */
export async function removeJobFiles(root: string, jobId: string): Promise<void> {
  await rm(jobFolder(root, jobId), { recursive: true, force: true });
}
