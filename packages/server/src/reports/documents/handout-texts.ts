/**
 * The patient handout's wording: plain language, short sentences, no claims the evidence does not
 * support. Sources: shared/sot/SOURCES.md §1 (categories as SOT describes them), §5 (evidence).
 */
export const handoutTexts = {
  whatIsSot: [
    'Sacro-Occipital Technique (SOT) is a gentle style of chiropractic care. Instead of quick twisting movements, it mostly uses padded wedges, called blocks, placed under your pelvis while you lie face down or face up. Your own body weight and slow breathing do the work, for a few minutes at a time.',
    'SOT looks at the pelvis as the foundation the spine stands on. The sacrum — the flat, triangular bone at the base of your spine — sits between your hip bones, and the spine connects it to the base of the skull. SOT practitioners pay attention to both ends of that chain, so care may also include light pressure on the head, jaw or the muscles along the spine.',
    'Before and after each treatment your practitioner repeats a few simple checks (for example, leg length lying down, or how a muscle holds). These tell them how your body responded today.',
  ],
  // A category names the pattern of today's checks that guides the treatment: never a finding about
  // the patient's body, and never a diagnosis (REFERENCE §3, evidence note).
  categories: {
    I: {
      title: 'Category I',
      text: 'SOT groups the results of today\'s checks into patterns, called categories. "Category I" is the name for the pattern your practitioner saw today: for example, one leg drawing up shorter than the other when you lay face down, and differences in muscle tension at the heel or the buttock. Your practitioner uses this pattern to choose today\'s treatment: usually blocks while you lie face down, and gentle work at the neck and head. The pattern can change from visit to visit, so the checks are repeated each time.',
    },
    II: {
      title: 'Category II',
      text: 'SOT groups the results of today\'s checks into patterns, called categories. "Category II" is the name for the pattern your practitioner saw today: for example, how your arm held during a muscle check, and tender spots near the front of the hip or the inner knee. SOT links this pattern to the sacroiliac joints, where the base of the spine meets the pelvis. Your practitioner uses it to choose today\'s treatment: usually blocks while you lie face up. The pattern can change from visit to visit, so the checks are repeated each time.',
    },
    III: {
      title: 'Category III',
      text: 'SOT groups the results of today\'s checks into patterns, called categories. "Category III" is the name for the pattern your practitioner saw today: for example, pain brought on by raising a straight leg, and tender points along the buttock or the back of the leg. Your practitioner uses this pattern to choose today\'s treatment: usually blocks while you lie face down, and advice on sitting, lifting and walking. The pattern can change from visit to visit, so the checks are repeated each time.',
    },
  },
  noCategory:
    "No SOT category was found at today's visit. Your practitioner will explain what they found and what they suggest.",
  referral:
    "Today's health questions showed something that should be checked by another health professional before chiropractic care. Please follow the advice you were given today, and seek urgent care if your symptoms get worse.",
  afterCare: [
    'Mild soreness or tiredness for a day or two is common and usually passes on its own.',
    'Keep moving gently; short walks are better than long rest.',
  ],
  /** After-care's last point, with the clinic's number when it has one. */
  callUs: (phone: string | null): string =>
    `Call us${phone === null ? '' : ` on ${phone}`} if pain spreads down a leg, if you feel numbness or weakness, or if bladder or bowel control changes — for the last one, seek urgent care at once.`,
  evidence: [
    'Honest note on the evidence: research on SOT is limited. A small trial in women with long-term low back pain found SOT helped about as much as other chiropractic care; an MRI study saw no change in the joint itself while the blocks were in place, so any benefit may come from muscles and nerves relaxing rather than bones moving. The tests used to choose a category have not been shown to give the same answer between practitioners.',
    'What this means for you: SOT is low-force and generally well tolerated. Judge it by how you feel and function. Your practitioner asks you to fill in short questionnaires every few weeks so that you can both see, in numbers, whether care is helping.',
  ],
} as const;
