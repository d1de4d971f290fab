import { compiledMark } from '@sotchart/i18n/compiled-mark';
import type { I18nFormatModule } from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';

const formats = new Map<string, IntlMessageFormat>();

/**
 * i18next's ICU MessageFormat for compiled catalogues: plain text as it is, and a message with ICU
 * syntax formatted from its syntax tree by `intl-messageformat` (kept per language and message).
 */
export const compiledIcu: I18nFormatModule = {
  type: 'i18nFormat',
  parse(res: unknown, options: Record<string, unknown>, language: string | undefined) {
    if (typeof res !== 'string' || !res.startsWith(compiledMark)) return res;
    const id = `${language}\u0000${res}`;
    let format = formats.get(id);
    if (format === undefined) {
      format = new IntlMessageFormat(
        JSON.parse(res.slice(compiledMark.length)),
        language ?? 'en',
        undefined,
        {
          ignoreTag: true,
        },
      );
      formats.set(id, format);
    }
    return format.format(options as never);
  },
};
