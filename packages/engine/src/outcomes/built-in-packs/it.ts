import type { BournemouthWording, BuiltInWording } from './wording';

const interference = { min: 'Nessuna interferenza', max: 'Impossibile svolgere l’attività' };

function bournemouth(pain: string, title: string, dailyTitle: string, daily: string): BournemouthWording {
  return {
    title,
    items: {
      pain: {
        title: 'Intensità del dolore',
        text: `Nell’ultima settimana, in media, come valuterebbe il Suo ${pain}?`,
        anchors: { min: 'Nessun dolore', max: 'Il peggior dolore possibile' },
      },
      daily_activities: {
        title: dailyTitle,
        text: `Nell’ultima settimana, quanto il Suo ${pain} ha interferito con le attività quotidiane (${daily})?`,
        anchors: interference,
      },
      social_activities: {
        title: 'Interferenza con le attività ricreative, sociali e familiari',
        text: `Nell’ultima settimana, quanto il Suo ${pain} ha interferito con la Sua capacità di partecipare ad attività ricreative, sociali e familiari?`,
        anchors: interference,
      },
      anxiety: {
        title: 'Ansia',
        text: 'Nell’ultima settimana, quanto si è sentito/a ansioso/a (teso/a, agitato/a, irritabile, con difficoltà a concentrarsi o a rilassarsi)?',
        anchors: { min: 'Per niente ansioso/a', max: 'Estremamente ansioso/a' },
      },
      depression: {
        title: 'Depressione',
        text: 'Nell’ultima settimana, quanto si è sentito/a depresso/a (giù di morale, triste, scoraggiato/a, pessimista, infelice)?',
        anchors: { min: 'Per niente depresso/a', max: 'Estremamente depresso/a' },
      },
      work_effect: {
        title: 'Effetto del lavoro sul dolore',
        text: `Nell’ultima settimana, in che misura ritiene che il Suo lavoro (sia in casa sia fuori casa) abbia influito (o influirebbe) sul Suo ${pain}?`,
        anchors: { min: 'Non lo ha peggiorato', max: 'Lo ha peggiorato molto' },
      },
      pain_control: {
        title: 'Capacità di controllare il dolore',
        text: `Nell’ultima settimana, quanto è riuscito/a a controllare (ridurre, alleviare) da solo/a il Suo ${pain}?`,
        anchors: { min: 'Lo controllo completamente', max: 'Nessun controllo' },
      },
    },
  };
}

const painEnds = { min: 'Nessun dolore', max: 'Il peggior dolore immaginabile' };

/** SOT Chart's Italian translation of NPRS, PSFS and the Bournemouth questionnaires (unvalidated). */
export const it: BuiltInWording = {
  language: 'it',
  nprs: {
    title: 'Scala numerica di valutazione del dolore (NRS)',
    items: {
      current: {
        title: 'Dolore attuale',
        text: 'Quanto è intenso il Suo dolore in questo momento?',
        anchors: painEnds,
      },
      best: {
        title: 'Dolore minimo nelle ultime 24 ore',
        text: 'Nelle ultime 24 ore, quanto è stato intenso il dolore nel momento migliore?',
        anchors: painEnds,
      },
      worst: {
        title: 'Dolore massimo nelle ultime 24 ore',
        text: 'Nelle ultime 24 ore, quanto è stato intenso il dolore nel momento peggiore?',
        anchors: painEnds,
      },
    },
  },
  psfs: {
    title: 'Scala funzionale specifica per il paziente (PSFS)',
    instructions:
      'Indichi da 3 a 5 attività importanti che non riesce a svolgere o che svolge con difficoltà a causa del Suo problema. Valuti ciascuna da 0 (impossibile da svolgere) a 10 (svolta come prima del problema).',
  },
  bournemouthBack: bournemouth(
    'mal di schiena',
    'Questionario di Bournemouth (schiena)',
    'Interferenza con le attività quotidiane',
    'faccende domestiche, lavarsi, vestirsi, camminare, salire le scale, alzarsi dal letto o dalla sedia',
  ),
  bournemouthNeck: bournemouth(
    'dolore al collo',
    'Questionario di Bournemouth (collo)',
    'Interferenza con le attività quotidiane (sollevare pesi, leggere, guidare)',
    'faccende domestiche, lavarsi, vestirsi, sollevare pesi, leggere, guidare',
  ),
};
