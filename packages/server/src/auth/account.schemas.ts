import { IdSchema, VersionSchema, requiredText, shortText, storableString } from '@sotchart/contract';
import { z } from 'zod';
import { isValidNpi } from './npi';
import { maxPasswordLength } from './password-policy';
import { roles } from './permissions';

// The HTTP shapes of accounts and sessions. They belong in packages/contract once the web app's
// sign-in screen needs them; until then they live beside the code that enforces them.

export const RoleSchema = z.enum(roles);

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
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof UserSchema>;

const EmailSchema = storableString()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }).max(254));
const PasswordInput = storableString().max(maxPasswordLength * 4, 'is too long');

export const LoginSchema = z.object({
  email: storableString().trim().toLowerCase().min(1, 'is required').max(254),
  password: PasswordInput.min(1, 'is required'),
});
export type Login = z.infer<typeof LoginSchema>;

/** What a signed-in browser needs: who it is, its clinic, and the token to send in `x-csrf-token`. */
export const SessionViewSchema = z.object({
  user: UserSchema.pick({
    id: true,
    email: true,
    displayName: true,
    role: true,
    mustChangePassword: true,
    profile: true,
  }),
  clinic: z.object({ id: IdSchema, name: z.string(), timeZone: z.string(), isDemo: z.boolean() }),
  csrfToken: z.string(),
});
export type SessionView = z.infer<typeof SessionViewSchema>;

export const ChangePasswordSchema = z.object({
  currentPassword: PasswordInput.min(1, 'is required'),
  newPassword: PasswordInput,
});
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

export const CreateUserSchema = z.object({
  email: EmailSchema,
  displayName: requiredText(200),
  role: RoleSchema,
  /** Omit it and the server makes one up; either way the user must change it at first sign-in. */
  temporaryPassword: PasswordInput.optional(),
  profile: ProfileSchema.partial().optional(),
});
export type CreateUser = z.infer<typeof CreateUserSchema>;

export const CreatedUserSchema = z.object({ user: UserSchema, temporaryPassword: z.string() });

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

export const ResetPasswordSchema = z.object({ temporaryPassword: PasswordInput.optional() }).optional();
export const TemporaryPasswordSchema = z.object({ temporaryPassword: z.string() });

export const UserListSchema = z.object({ items: z.array(UserSchema) });
