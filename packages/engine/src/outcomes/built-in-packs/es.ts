import type { BournemouthWording, BuiltInWording } from './wording';

const interference = { min: 'Ninguna interferencia', max: 'Incapaz de realizar la actividad' };

function bournemouth(pain: string, title: string, dailyTitle: string, daily: string): BournemouthWording {
  return {
    title,
    items: {
      pain: {
        title: 'Intensidad del dolor',
        text: `Durante la última semana, en promedio, ¿cómo valoraría su ${pain}?`,
        anchors: { min: 'Sin dolor', max: 'El peor dolor posible' },
      },
      daily_activities: {
        title: dailyTitle,
        text: `Durante la última semana, ¿cuánto ha interferido su ${pain} en sus actividades diarias (${daily})?`,
        anchors: interference,
      },
      social_activities: {
        title: 'Interferencia con las actividades recreativas, sociales y familiares',
        text: `Durante la última semana, ¿cuánto ha interferido su ${pain} en su capacidad de participar en actividades recreativas, sociales y familiares?`,
        anchors: interference,
      },
      anxiety: {
        title: 'Ansiedad',
        text: 'Durante la última semana, ¿cuánta ansiedad ha sentido (tensión, nerviosismo, irritabilidad, dificultad para concentrarse o relajarse)?',
        anchors: { min: 'Nada ansioso/a', max: 'Extremadamente ansioso/a' },
      },
      depression: {
        title: 'Depresión',
        text: 'Durante la última semana, ¿cuán deprimido/a se ha sentido (decaído/a, triste, desanimado/a, pesimista, infeliz)?',
        anchors: { min: 'Nada deprimido/a', max: 'Extremadamente deprimido/a' },
      },
      work_effect: {
        title: 'Efecto del trabajo sobre el dolor',
        text: `Durante la última semana, ¿cómo cree que su trabajo (dentro y fuera de casa) ha afectado (o afectaría) a su ${pain}?`,
        anchors: { min: 'No lo ha empeorado', max: 'Lo ha empeorado mucho' },
      },
      pain_control: {
        title: 'Capacidad de controlar el dolor',
        text: `Durante la última semana, ¿en qué medida ha podido controlar (reducir, aliviar) su ${pain} por sí mismo/a?`,
        anchors: { min: 'Lo controlo por completo', max: 'Ningún control' },
      },
    },
  };
}

const painEnds = { min: 'Sin dolor', max: 'El peor dolor imaginable' };

/** SOT Chart's Spanish translation of NPRS, PSFS and the Bournemouth questionnaires (unvalidated). */
export const es: BuiltInWording = {
  language: 'es',
  nprs: {
    title: 'Escala numérica de valoración del dolor (NRS)',
    items: {
      current: {
        title: 'Dolor actual',
        text: '¿Qué intensidad tiene su dolor en este momento?',
        anchors: painEnds,
      },
      best: {
        title: 'Dolor mínimo en las últimas 24 horas',
        text: '¿Cuál fue la menor intensidad de su dolor en las últimas 24 horas?',
        anchors: painEnds,
      },
      worst: {
        title: 'Dolor máximo en las últimas 24 horas',
        text: '¿Cuál fue la mayor intensidad de su dolor en las últimas 24 horas?',
        anchors: painEnds,
      },
    },
  },
  psfs: {
    title: 'Escala Funcional Específica del Paciente (PSFS)',
    instructions:
      'Indique de 3 a 5 actividades importantes que no puede realizar o que le cuesta realizar debido a su problema. Valore cada una de 0 (incapaz de realizarla) a 10 (capaz de realizarla como antes del problema).',
  },
  bournemouthBack: bournemouth(
    'dolor de espalda',
    'Cuestionario de Bournemouth (espalda)',
    'Interferencia con las actividades diarias',
    'tareas domésticas, asearse, vestirse, caminar, subir escaleras, levantarse de la cama o de la silla',
  ),
  bournemouthNeck: bournemouth(
    'dolor de cuello',
    'Cuestionario de Bournemouth (cuello)',
    'Interferencia con las actividades diarias (levantar peso, leer, conducir)',
    'tareas domésticas, asearse, vestirse, levantar peso, leer, conducir',
  ),
};
