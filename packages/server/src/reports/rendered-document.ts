/** A rendered PDF, the file name to offer for it, and for a signed document the SHA-256 it was stored with. */
export interface RenderedDocument {
  readonly pdf: Buffer;
  readonly filename: string;
  readonly sha256?: string;
}
