import type { SpinalCmtCode } from '../cmt-code';

const spinalCmtCodes: readonly string[] = ['98940', '98941', '98942'] satisfies SpinalCmtCode[];

/**
 * Whether a line's code is a spinal CMT code (98940–98942), the codes the AT/GA rules and the
 * subluxation documentation rules apply to.
 *
 * Source: clinical-notes §1.4–1.5.
 *
 * @example
 * isSpinalCmt('98941'); // true
 * isSpinalCmt('98943'); // false
 */
export function isSpinalCmt(code: string): boolean {
  return spinalCmtCodes.includes(code);
}

/**
 * Whether a line's code is a CMT code (98940–98943).
 *
 * Source: clinical-notes §1.5.
 *
 * @example
 * isCmt('98943'); // true
 */
export function isCmt(code: string): boolean {
  return isSpinalCmt(code) || code === '98943';
}
