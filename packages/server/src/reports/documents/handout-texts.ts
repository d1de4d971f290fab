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
  categories: {
    I: {
      title: 'Category I',
      text: 'SOT uses "Category I" when the joints at the back of the pelvis look stuck or twisted rather than loose, and when tension seems to run up the spine toward the head. People in this group often have aches that come and go, stiffness, or tension headaches. Care aims to balance the pelvis and ease that tension, usually with blocks while you lie face down and gentle work at the neck and head.',
    },
    II: {
      title: 'Category II',
      text: 'SOT uses "Category II" when one of the sacroiliac joints — where the base of your spine meets the pelvis and carries your weight — seems strained and irritated, a little like a sprained ankle. People in this group often feel pain on one side of the low back or hip, standing up or climbing stairs. Care aims to let the joint and its ligaments settle, usually with blocks while you lie face up.',
    },
    III: {
      title: 'Category III',
      text: 'SOT uses "Category III" when the low back itself is irritated — often around a disc or the nerves leaving the spine — sometimes with pain into the buttock or leg. Care aims to take pressure off the low back, usually with blocks while you lie face down, and advice on sitting, lifting and walking.',
    },
  },
  noCategory:
    "No SOT category was found at today's visit. Your practitioner will explain what they found and what they suggest.",
  referral:
    "Today's health questions showed something that should be checked by another health professional before chiropractic care. Please follow the advice you were given today, and seek urgent care if your symptoms get worse.",
  afterCare: [
    'Mild soreness or tiredness for a day or two is common and usually passes on its own.',
    'Keep moving gently; short walks are better than long rest.',
    'Call the clinic if pain spreads down a leg, you feel numbness or weakness, or you have trouble with bladder or bowel control — seek urgent care for the last one.',
  ],
  evidence: [
    'Honest note on the evidence: research on SOT is limited. A small trial in women with long-term low back pain found SOT helped about as much as other chiropractic care; an MRI study saw no change in the joint itself while the blocks were in place, so any benefit may come from muscles and nerves relaxing rather than bones moving. The tests used to choose a category have not been shown to give the same answer between practitioners.',
    'What this means for you: SOT is low-force and generally well tolerated. Judge it by how you feel and function. Your practitioner asks you to fill in short questionnaires every few weeks so that you can both see, in numbers, whether care is helping.',
  ],
} as const;
