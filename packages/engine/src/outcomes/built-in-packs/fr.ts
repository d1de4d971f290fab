import type { BournemouthWording, BuiltInWording } from './wording';

const interference = { min: 'Aucune gêne', max: 'Incapable de faire l’activité' };

function bournemouth(pain: string, title: string, dailyTitle: string, daily: string): BournemouthWording {
  return {
    title,
    items: {
      pain: {
        title: 'Intensité de la douleur',
        text: `Au cours de la dernière semaine, en moyenne, comment évalueriez-vous votre ${pain} ?`,
        anchors: { min: 'Aucune douleur', max: 'Pire douleur possible' },
      },
      daily_activities: {
        title: dailyTitle,
        text: `Au cours de la dernière semaine, dans quelle mesure votre ${pain} a-t-elle gêné vos activités quotidiennes (${daily}) ?`,
        anchors: interference,
      },
      social_activities: {
        title: 'Gêne dans les activités de loisirs, sociales et familiales',
        text: `Au cours de la dernière semaine, dans quelle mesure votre ${pain} a-t-elle gêné votre participation aux activités de loisirs, sociales et familiales ?`,
        anchors: interference,
      },
      anxiety: {
        title: 'Anxiété',
        text: 'Au cours de la dernière semaine, à quel point vous êtes-vous senti(e) anxieux(se) (tendu(e), nerveux(se), irritable, avec des difficultés à vous concentrer ou à vous détendre) ?',
        anchors: { min: 'Pas du tout anxieux(se)', max: 'Extrêmement anxieux(se)' },
      },
      depression: {
        title: 'Dépression',
        text: 'Au cours de la dernière semaine, à quel point vous êtes-vous senti(e) déprimé(e) (abattu(e), triste, sans entrain, pessimiste, malheureux(se)) ?',
        anchors: { min: 'Pas du tout déprimé(e)', max: 'Extrêmement déprimé(e)' },
      },
      work_effect: {
        title: 'Effet du travail sur la douleur',
        text: `Au cours de la dernière semaine, comment pensez-vous que votre travail (à la maison et à l’extérieur) a influencé (ou influencerait) votre ${pain} ?`,
        anchors: { min: 'Ne l’a pas aggravée', max: 'L’a beaucoup aggravée' },
      },
      pain_control: {
        title: 'Capacité à contrôler la douleur',
        text: `Au cours de la dernière semaine, dans quelle mesure avez-vous pu contrôler (réduire, soulager) votre ${pain} par vous-même ?`,
        anchors: { min: 'Je la contrôle complètement', max: 'Aucun contrôle' },
      },
    },
  };
}

const painEnds = { min: 'Aucune douleur', max: 'Pire douleur imaginable' };

/** SOT Chart's French translation of NPRS, PSFS and the Bournemouth questionnaires (unvalidated). */
export const fr: BuiltInWording = {
  language: 'fr',
  nprs: {
    title: 'Échelle numérique d’évaluation de la douleur (EN)',
    items: {
      current: {
        title: 'Douleur actuelle',
        text: 'Quelle est l’intensité de votre douleur en ce moment ?',
        anchors: painEnds,
      },
      best: {
        title: 'Douleur la plus faible au cours des dernières 24 heures',
        text: 'Quelle a été l’intensité de votre douleur la plus faible au cours des dernières 24 heures ?',
        anchors: painEnds,
      },
      worst: {
        title: 'Douleur la plus forte au cours des dernières 24 heures',
        text: 'Quelle a été l’intensité de votre douleur la plus forte au cours des dernières 24 heures ?',
        anchors: painEnds,
      },
    },
  },
  psfs: {
    title: 'Échelle fonctionnelle spécifique au patient (PSFS)',
    instructions:
      'Indiquez de 3 à 5 activités importantes que vous ne pouvez pas faire ou que vous avez du mal à faire à cause de votre problème. Notez chacune de 0 (incapable de la faire) à 10 (capable de la faire comme avant le problème).',
  },
  bournemouthBack: bournemouth(
    'douleur au dos',
    'Questionnaire de Bournemouth (dos)',
    'Gêne dans les activités quotidiennes',
    'tâches ménagères, toilette, habillage, marche, monter les escaliers, se lever du lit ou d’une chaise',
  ),
  bournemouthNeck: bournemouth(
    'douleur au cou',
    'Questionnaire de Bournemouth (cou)',
    'Gêne dans les activités quotidiennes (soulever, lire, conduire)',
    'tâches ménagères, toilette, habillage, soulever des charges, lire, conduire',
  ),
};
