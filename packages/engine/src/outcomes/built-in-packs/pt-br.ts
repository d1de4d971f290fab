import type { BournemouthWording, BuiltInWording } from './wording';

const interference = { min: 'Nenhuma interferência', max: 'Incapaz de realizar a atividade' };

function bournemouth(pain: string, title: string, dailyTitle: string, daily: string): BournemouthWording {
  return {
    title,
    items: {
      pain: {
        title: 'Intensidade da dor',
        text: `Na última semana, em média, como você avaliaria sua ${pain}?`,
        anchors: { min: 'Sem dor', max: 'Pior dor possível' },
      },
      daily_activities: {
        title: dailyTitle,
        text: `Na última semana, quanto sua ${pain} interferiu nas suas atividades diárias (${daily})?`,
        anchors: interference,
      },
      social_activities: {
        title: 'Interferência nas atividades de lazer, sociais e familiares',
        text: `Na última semana, quanto sua ${pain} interferiu na sua capacidade de participar de atividades de lazer, sociais e familiares?`,
        anchors: interference,
      },
      anxiety: {
        title: 'Ansiedade',
        text: 'Na última semana, quanto você se sentiu ansioso(a) (tenso(a), nervoso(a), irritado(a), com dificuldade para se concentrar ou relaxar)?',
        anchors: { min: 'Nada ansioso(a)', max: 'Extremamente ansioso(a)' },
      },
      depression: {
        title: 'Depressão',
        text: 'Na última semana, quanto você se sentiu deprimido(a) (para baixo, triste, desanimado(a), pessimista, infeliz)?',
        anchors: { min: 'Nada deprimido(a)', max: 'Extremamente deprimido(a)' },
      },
      work_effect: {
        title: 'Efeito do trabalho sobre a dor',
        text: `Na última semana, como você sente que seu trabalho (dentro e fora de casa) afetou (ou afetaria) sua ${pain}?`,
        anchors: { min: 'Não piorou', max: 'Piorou muito' },
      },
      pain_control: {
        title: 'Capacidade de controlar a dor',
        text: `Na última semana, quanto você conseguiu controlar (reduzir, aliviar) sua ${pain} por conta própria?`,
        anchors: { min: 'Controlo completamente', max: 'Nenhum controle' },
      },
    },
  };
}

const painEnds = { min: 'Sem dor', max: 'Pior dor imaginável' };

/** SOT Chart's Brazilian Portuguese translation of NPRS, PSFS and the Bournemouth questionnaires (unvalidated). */
export const ptBr: BuiltInWording = {
  language: 'pt-BR',
  nprs: {
    title: 'Escala numérica de avaliação da dor (NRS)',
    items: {
      current: { title: 'Dor agora', text: 'Qual é a intensidade da sua dor agora?', anchors: painEnds },
      best: {
        title: 'Menor dor nas últimas 24 horas',
        text: 'Qual foi a menor intensidade da sua dor nas últimas 24 horas?',
        anchors: painEnds,
      },
      worst: {
        title: 'Pior dor nas últimas 24 horas',
        text: 'Qual foi a maior intensidade da sua dor nas últimas 24 horas?',
        anchors: painEnds,
      },
    },
  },
  psfs: {
    title: 'Escala Funcional Específica do Paciente (PSFS)',
    instructions:
      'Indique de 3 a 5 atividades importantes que você não consegue fazer ou tem dificuldade para fazer por causa do seu problema. Dê a cada uma uma nota de 0 (incapaz de fazer) a 10 (capaz de fazer como antes do problema).',
  },
  bournemouthBack: bournemouth(
    'dor nas costas',
    'Questionário de Bournemouth (costas)',
    'Interferência nas atividades diárias',
    'tarefas domésticas, tomar banho, vestir-se, caminhar, subir escadas, levantar-se da cama ou da cadeira',
  ),
  bournemouthNeck: bournemouth(
    'dor no pescoço',
    'Questionário de Bournemouth (pescoço)',
    'Interferência nas atividades diárias (levantar peso, ler, dirigir)',
    'tarefas domésticas, tomar banho, vestir-se, levantar peso, ler, dirigir',
  ),
};
