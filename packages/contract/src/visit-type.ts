import { z } from 'zod';

// Its own module so a list of visits (drafts, the timeline) does not pull in the whole visit schema.
export const VisitTypeSchema = z.enum(['new_patient', 'follow_up', 're_exam']);
