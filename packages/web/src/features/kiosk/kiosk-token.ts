const storageKey = 'sotchart.kiosk-token';
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * The link's token. It arrives after `#` (browsers never send that part to a server); it is moved to
 * this tab's session storage and taken out of the address bar, so a reload keeps the form but the
 * token does not linger in the browser's history.
 */
export function takeKioskToken(): string | null {
  const fromHash = window.location.hash.slice(1);
  if (tokenPattern.test(fromHash)) {
    window.sessionStorage.setItem(storageKey, fromHash);
    window.history.replaceState(null, '', window.location.pathname);
    return fromHash;
  }
  const stored = window.sessionStorage.getItem(storageKey);
  return stored !== null && tokenPattern.test(stored) ? stored : null;
}

/** Forgets the token once its form is sent (the link is used up anyway). */
export function forgetKioskToken(): void {
  window.sessionStorage.removeItem(storageKey);
}
