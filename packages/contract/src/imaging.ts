import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, longText, requiredText } from './common';

export const ImagingTypeSchema = z.enum(['xray', 'mri', 'ct', 'ultrasound', 'other']);

/** An imaging study; the date matters: the X-ray route to documenting subluxation needs it. */
export const CreateImagingSchema = z.object({
  date: IsoDateSchema,
  type: ImagingTypeSchema,
  region: requiredText(100),
  summary: longText(10_000).pipe(z.string().min(1, 'is required')),
});
export const ImagingSchema = CreateImagingSchema.extend({
  id: IdSchema,
  patientId: IdSchema,
  createdAt: IsoDateTimeSchema,
});
export type Imaging = z.infer<typeof ImagingSchema>;
