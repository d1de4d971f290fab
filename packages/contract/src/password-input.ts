import { storableString } from './common';

/** The fewest characters a new password may have (NIST SP 800-63B asks for at least 8). */
export const minPasswordLength = 12;
/** The most characters a new password may have; the server's password policy enforces both bounds. */
export const maxPasswordLength = 256;

/**
 * A password as sent. The bound here only keeps an absurd body from reaching the hash (four UTF-16
 * units per character is the most any character takes); the policy's own checks run on the server.
 */
export const PasswordInputSchema = storableString().max(maxPasswordLength * 4, 'is too long');
