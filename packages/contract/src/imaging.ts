import { z } from 'zod';
import { cptSpinalRegions } from '@sotchart/engine';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, longText, requiredText } from './common';

export const ImagingTypeSchema = z.enum(['xray', 'mri', 'ct', 'ultrasound', 'other']);

/**
 * An imaging study; the date matters: the X-ray route to documenting subluxation needs it. A study that
 * shows a subluxation names the spinal regions it shows it in (the PART rule's X-ray alternative,
 * Medicare Benefit Policy Manual ch. 15 §240.1.2).
 */
export const CreateImagingSchema = z
  .object({
    date: IsoDateSchema,
    type: ImagingTypeSchema,
    region: requiredText(100),
    summary: longText(10_000).pipe(z.string().min(1, 'is required')),
    showsSubluxation: z.boolean().default(false),
    subluxationRegions: z.array(z.enum(cptSpinalRegions)).max(cptSpinalRegions.length).default([]),
  })
  .refine((i) => i.showsSubluxation === i.subluxationRegions.length > 0, {
    message: 'name the regions a study shows a subluxation in, and only then',
    path: ['subluxationRegions'],
  });
export const ImagingSchema = CreateImagingSchema.safeExtend({
  id: IdSchema,
  patientId: IdSchema,
  createdAt: IsoDateTimeSchema,
});
export type Imaging = z.infer<typeof ImagingSchema>;
