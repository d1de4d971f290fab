import { z } from 'zod';
import { IdSchema, storableString } from './common';
import { LanguageSchema } from './language';
import { PasswordInputSchema } from './password-input';
import { UserSchema } from './user';

export const LoginSchema = z.object({
  email: storableString().trim().toLowerCase().min(1, 'is required').max(254),
  password: PasswordInputSchema.min(1, 'is required'),
  /** Which clinic, when the email and password open accounts in several (CLINIC_CHOICE_REQUIRED). */
  clinicId: IdSchema.optional(),
});
export type Login = z.infer<typeof LoginSchema>;

/** The `current` of a CLINIC_CHOICE_REQUIRED: the clinics whose accounts the email and password open. */
export const ClinicChoiceSchema = z.object({
  clinics: z.array(z.object({ id: IdSchema, name: z.string() })).min(2),
});
export type ClinicChoice = z.infer<typeof ClinicChoiceSchema>;

/** What a signed-in browser needs: who it is, its clinic, and the token to send in `x-csrf-token`. */
export const SessionViewSchema = z.object({
  user: UserSchema.pick({
    id: true,
    email: true,
    displayName: true,
    role: true,
    mustChangePassword: true,
    profile: true,
    language: true,
  }),
  clinic: z.object({
    id: IdSchema,
    name: z.string(),
    timeZone: z.string(),
    language: LanguageSchema,
    isDemo: z.boolean(),
    /** The web app hides the US billing features outside the US. */
    country: z.string(),
  }),
  csrfToken: z.string(),
});
export type SessionView = z.infer<typeof SessionViewSchema>;

export const ChangePasswordSchema = z.object({
  currentPassword: PasswordInputSchema.min(1, 'is required'),
  newPassword: PasswordInputSchema,
});
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;
