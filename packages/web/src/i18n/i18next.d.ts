import type { Resources } from '@sotchart/i18n';
import 'i18next';

// Every t() key is checked against the English catalogues at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    keySeparator: false;
    nsSeparator: false;
    resources: Resources;
  }
}
