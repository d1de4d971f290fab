/**
 * The engine's version. The server stores it with every visit's analysis snapshot, beside the
 * protocol pack's `packRef`, so an old visit can be read as it was charted.
 *
 * Source: REFERENCE §10.
 *
 * @example
 * ENGINE_VERSION; // '2.0.0'
 */
export const ENGINE_VERSION = '2.0.0';
