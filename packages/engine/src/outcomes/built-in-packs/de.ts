import type { BournemouthWording, BuiltInWording } from './wording';

const interference = { min: 'Keine Beeinträchtigung', max: 'Aktivität nicht möglich' };

function bournemouth(pain: string, title: string, dailyTitle: string, daily: string): BournemouthWording {
  return {
    title,
    items: {
      pain: {
        title: 'Schmerzintensität',
        text: `Wie stark waren Ihre ${pain} in der letzten Woche im Durchschnitt?`,
        anchors: { min: 'Keine Schmerzen', max: 'Schlimmste mögliche Schmerzen' },
      },
      daily_activities: {
        title: dailyTitle,
        text: `Wie stark haben Ihre ${pain} Sie in der letzten Woche bei Ihren täglichen Aktivitäten (${daily}) beeinträchtigt?`,
        anchors: interference,
      },
      social_activities: {
        title: 'Beeinträchtigung von Freizeit-, sozialen und familiären Aktivitäten',
        text: `Wie stark haben Ihre ${pain} Sie in der letzten Woche bei der Teilnahme an Freizeit-, sozialen und familiären Aktivitäten beeinträchtigt?`,
        anchors: interference,
      },
      anxiety: {
        title: 'Angst',
        text: 'Wie ängstlich (angespannt, nervös, reizbar, mit Schwierigkeiten, sich zu konzentrieren oder zu entspannen) haben Sie sich in der letzten Woche gefühlt?',
        anchors: { min: 'Überhaupt nicht ängstlich', max: 'Äußerst ängstlich' },
      },
      depression: {
        title: 'Niedergeschlagenheit',
        text: 'Wie niedergeschlagen (bedrückt, traurig, mutlos, pessimistisch, unglücklich) haben Sie sich in der letzten Woche gefühlt?',
        anchors: { min: 'Überhaupt nicht niedergeschlagen', max: 'Äußerst niedergeschlagen' },
      },
      work_effect: {
        title: 'Einfluss der Arbeit auf die Schmerzen',
        text: `Wie hat sich Ihre Arbeit (im Haushalt und außer Haus) in der letzten Woche Ihrer Meinung nach auf Ihre ${pain} ausgewirkt (oder würde sich auswirken)?`,
        anchors: { min: 'Nicht verschlimmert', max: 'Stark verschlimmert' },
      },
      pain_control: {
        title: 'Fähigkeit, die Schmerzen zu kontrollieren',
        text: `Wie gut konnten Sie Ihre ${pain} in der letzten Woche selbst kontrollieren (lindern, beeinflussen)?`,
        anchors: { min: 'Vollständig unter Kontrolle', max: 'Überhaupt keine Kontrolle' },
      },
    },
  };
}

const painEnds = { min: 'Kein Schmerz', max: 'Stärkster vorstellbarer Schmerz' };

/** SOT Chart's German translation of NPRS, PSFS and the Bournemouth questionnaires (unvalidated). */
export const de: BuiltInWording = {
  language: 'de',
  nprs: {
    title: 'Numerische Rating-Skala für Schmerzen (NRS)',
    items: {
      current: {
        title: 'Schmerz jetzt',
        text: 'Wie stark sind Ihre Schmerzen im Moment?',
        anchors: painEnds,
      },
      best: {
        title: 'Geringster Schmerz in den letzten 24 Stunden',
        text: 'Wie stark waren Ihre Schmerzen in den letzten 24 Stunden, als sie am geringsten waren?',
        anchors: painEnds,
      },
      worst: {
        title: 'Stärkster Schmerz in den letzten 24 Stunden',
        text: 'Wie stark waren Ihre Schmerzen in den letzten 24 Stunden, als sie am stärksten waren?',
        anchors: painEnds,
      },
    },
  },
  psfs: {
    title: 'Patientenspezifische Funktionsskala (PSFS)',
    instructions:
      'Nennen Sie 3 bis 5 wichtige Tätigkeiten, die Sie wegen Ihrer Beschwerden nicht oder nur mit Mühe ausführen können. Bewerten Sie jede von 0 (nicht möglich) bis 10 (so gut wie vor den Beschwerden).',
  },
  bournemouthBack: bournemouth(
    'Rückenschmerzen',
    'Bournemouth-Fragebogen (Rücken)',
    'Beeinträchtigung der täglichen Aktivitäten',
    'Hausarbeit, Waschen, Anziehen, Gehen, Treppensteigen, Aufstehen aus dem Bett oder vom Stuhl',
  ),
  bournemouthNeck: bournemouth(
    'Nackenschmerzen',
    'Bournemouth-Fragebogen (Nacken)',
    'Beeinträchtigung der täglichen Aktivitäten (Heben, Lesen, Autofahren)',
    'Hausarbeit, Waschen, Anziehen, Heben, Lesen, Autofahren',
  ),
};
