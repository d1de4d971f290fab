import { z } from 'zod';
import { IdSchema, VersionSchema, requiredText, shortText, storableString } from './common';
import { LanguageSchema } from './language';
import { isValidNpi } from './npi';
import { PasswordInputSchema } from './password-input';
import { RoleSchema } from './permissions';

/** How a practitioner appears on signatures and documents. */
export const ProfileSchema = z.object({
  nameAsSigned: shortText(200),
  degree: shortText(50),
  licenceNumber: shortText(50),
  licenceState: shortText(50),
  npi: z.string().trim().refine(isValidNpi, 'must be a 10-digit NPI with a valid check digit').nullable(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const UserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  profile: ProfileSchema,
  /** The app's language for this user; null to follow the device's. */
  language: LanguageSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof UserSchema>;
export const UserListSchema = z.object({ items: z.array(UserSchema) });

const EmailSchema = storableString()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }).max(254));

export const CreateUserSchema = z.object({
  email: EmailSchema,
  displayName: requiredText(200),
  role: RoleSchema,
  /** Omit it and the server makes one up; either way the user must change it at first sign-in. */
  temporaryPassword: PasswordInputSchema.optional(),
  profile: ProfileSchema.partial().optional(),
});
export type CreateUser = z.infer<typeof CreateUserSchema>;

/** The new user and their temporary password, shown once. */
export const CreatedUserSchema = z.object({ user: UserSchema, temporaryPassword: z.string() });
export type CreatedUser = z.infer<typeof CreatedUserSchema>;

export const UpdateUserSchema = z
  .object({
    displayName: requiredText(200),
    role: RoleSchema,
    active: z.boolean(),
    profile: ProfileSchema.partial(),
  })
  .partial()
  .extend({ version: VersionSchema });
export type UpdateUser = z.infer<typeof UpdateUserSchema>;

/** `PATCH /api/me`: what a user sets for themselves, whatever their role. */
export const UpdateMeSchema = z.object({ language: LanguageSchema.nullable() });
export type UpdateMe = z.infer<typeof UpdateMeSchema>;

/** `POST /api/users/:id/reset-password`: a chosen temporary password, or none for the server to make one. */
export const ResetPasswordSchema = z.object({ temporaryPassword: PasswordInputSchema.optional() }).optional();
export const TemporaryPasswordSchema = z.object({ temporaryPassword: z.string() });
export type TemporaryPassword = z.infer<typeof TemporaryPasswordSchema>;
