/** The error codes of RFC 6749 §5.2 the token endpoint answers with. */
export type OAuthErrorCode =
  'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope' | 'unsupported_grant_type';

/**
 * A refused token request. `invalid_client` is 401 (the client failed to authenticate), every other
 * code 400 (RFC 6749 §5.2). The description tells the client's developer what to fix; it never
 * echoes the assertion.
 */
export class OAuthError extends Error {
  readonly code: OAuthErrorCode;

  constructor(code: OAuthErrorCode, description: string) {
    super(description);
    this.name = 'OAuthError';
    this.code = code;
  }

  get status(): number {
    return this.code === 'invalid_client' ? 401 : 400;
  }

  /** The JSON body of RFC 6749 §5.2. */
  body(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.code, error_description: this.message };
  }
}
