// The HTTP shapes of sessions, users and the audit log. They mirror the server's account and audit
// schemas, which have not moved into packages/contract yet; when they do, import them from there and
// delete this file.

export type Role = 'owner' | 'practitioner' | 'assistant' | 'auditor';
export const roles: readonly Role[] = ['owner', 'practitioner', 'assistant', 'auditor'];

export interface Profile {
  readonly nameAsSigned: string;
  readonly degree: string;
  readonly licenceNumber: string;
  readonly licenceState: string;
  readonly npi: string | null;
}

export interface User {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly active: boolean;
  readonly mustChangePassword: boolean;
  readonly profile: Profile;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** What a signed-in browser needs: who it is, its clinic, and the token to send in `x-csrf-token`. */
export interface SessionView {
  readonly user: Pick<User, 'id' | 'email' | 'displayName' | 'role' | 'mustChangePassword' | 'profile'>;
  readonly clinic: {
    readonly id: string;
    readonly name: string;
    readonly timeZone: string;
    readonly isDemo: boolean;
  };
  readonly csrfToken: string;
}

export interface Login {
  readonly email: string;
  readonly password: string;
}

export interface ChangePassword {
  readonly currentPassword: string;
  readonly newPassword: string;
}

export interface CreateUser {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly temporaryPassword?: string;
  readonly profile?: Partial<Profile>;
}

export interface UpdateUser {
  readonly version: number;
  readonly displayName?: string;
  readonly role?: Role;
  readonly active?: boolean;
  readonly profile?: Partial<Profile>;
}

export interface CreatedUser {
  readonly user: User;
  readonly temporaryPassword: string;
}

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityIds: readonly string[];
  readonly patientId: string | null;
  readonly actor: { readonly id: string; readonly displayName: string } | null;
  readonly requestId: string;
  readonly ip: string;
}

export interface AuditPage {
  readonly items: readonly AuditEntry[];
  readonly nextCursor: string | null;
}
