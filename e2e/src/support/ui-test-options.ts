/**
 * Options for every browser test: a hung browser or page fails the test after three minutes instead
 * of holding the whole run (node's test runner has no timeout of its own). Steps on a shared, busy CI
 * machine take seconds each, so the limit is generous.
 */
export const uiTest = { timeout: 180_000 } as const;
