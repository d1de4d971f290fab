import type { BournemouthWording, BuiltInWording } from './wording';

const interference = { min: '支障なし', max: 'まったくできない' };

function bournemouth(
  part: '腰' | '首',
  title: string,
  dailyTitle: string,
  daily: string,
): BournemouthWording {
  return {
    title,
    items: {
      pain: {
        title: '痛みの強さ',
        text: `この1週間の平均で、${part}の痛みはどのくらいでしたか？`,
        anchors: { min: '痛みなし', max: '考えられる最悪の痛み' },
      },
      daily_activities: {
        title: dailyTitle,
        text: `この1週間で、${part}の痛みは日常生活（${daily}）にどのくらい支障をきたしましたか？`,
        anchors: interference,
      },
      social_activities: {
        title: '余暇・社会・家庭での活動への支障',
        text: `この1週間で、${part}の痛みは余暇、社会活動、家族との活動への参加にどのくらい支障をきたしましたか？`,
        anchors: interference,
      },
      anxiety: {
        title: '不安',
        text: 'この1週間、どのくらい不安（緊張、いらいら、集中できない・リラックスできない）を感じていましたか？',
        anchors: { min: 'まったく不安でない', max: '非常に不安' },
      },
      depression: {
        title: '気分の落ち込み',
        text: 'この1週間、どのくらい気分が落ち込んで（憂うつ、悲しい、元気が出ない、悲観的、不幸せ）いましたか？',
        anchors: { min: 'まったく落ち込んでいない', max: '非常に落ち込んでいる' },
      },
      work_effect: {
        title: '仕事が痛みに与える影響',
        text: `この1週間、仕事（家の中と外の両方）が${part}の痛みにどのように影響した（または影響すると思う）と感じましたか？`,
        anchors: { min: 'まったく悪化させていない', max: 'とても悪化させた' },
      },
      pain_control: {
        title: '痛みを自分でコントロールできる程度',
        text: `この1週間、${part}の痛みを自分でどのくらいコントロール（軽減・緩和）できましたか？`,
        anchors: { min: '完全にコントロールできる', max: 'まったくコントロールできない' },
      },
    },
  };
}

const painEnds = { min: '痛みなし', max: '想像できる最悪の痛み' };

/** SOT Chart's Japanese translation of NPRS, PSFS and the Bournemouth questionnaires (unvalidated). */
export const ja: BuiltInWording = {
  language: 'ja',
  nprs: {
    title: '痛みの数値評価スケール（NRS）',
    items: {
      current: { title: '現在の痛み', text: '今の痛みはどのくらいですか？', anchors: painEnds },
      best: {
        title: '過去24時間で最も軽かった痛み',
        text: '過去24時間で、痛みが最も軽かったときはどのくらいでしたか？',
        anchors: painEnds,
      },
      worst: {
        title: '過去24時間で最も強かった痛み',
        text: '過去24時間で、痛みが最も強かったときはどのくらいでしたか？',
        anchors: painEnds,
      },
    },
  },
  psfs: {
    title: '患者立脚型機能スケール（PSFS）',
    instructions:
      '症状のために、できない、または難しくなっている大切な活動を3〜5つ挙げてください。それぞれについて、0（まったくできない）〜10（症状が出る前と同じようにできる）で評価してください。',
  },
  bournemouthBack: bournemouth(
    '腰',
    'ボーンマス質問票（腰）',
    '日常生活への支障',
    '家事、入浴、着替え、歩行、階段の昇り降り、ベッドや椅子からの立ち座り',
  ),
  bournemouthNeck: bournemouth(
    '首',
    'ボーンマス質問票（首）',
    '日常生活への支障（物を持ち上げる、読書、運転）',
    '家事、入浴、着替え、物を持ち上げる、読書、運転',
  ),
};
