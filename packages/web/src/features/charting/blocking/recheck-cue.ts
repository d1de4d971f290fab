/**
 * A short tone for a re-check, so a practitioner whose hands are on the patient hears it. Made with
 * the Web Audio API (no sound file to load); silent where audio is unavailable or not yet allowed.
 */
export function playRecheckTone(): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (AudioContextClass === undefined) return;
  const audio = new AudioContextClass();
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.frequency.value = 880;
  gain.gain.setValueAtTime(0.2, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
  tone.connect(gain).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 0.6);
  tone.onended = () => void audio.close();
}

const muteKey = 'sotchart.recheckMuted';

/** Whether the practitioner muted the re-check tone on this device (kept across visits). */
export function readMuted(): boolean {
  return window.localStorage.getItem(muteKey) === 'true';
}

export function writeMuted(muted: boolean): void {
  window.localStorage.setItem(muteKey, String(muted));
}
