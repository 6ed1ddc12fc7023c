/**
 * Words that hashtags in health and organisational posts are commonly built from, for splitting
 * "#mentalhealthawareness" into "#MentalHealthAwareness". Compound words people write as one word
 * ("healthcare", "wellbeing") are listed whole so they are not split. Single letters are left out so that
 * acronyms ("#USA") are not split into "Us" + "A".
 */
export const HASHTAG_WORDS: ReadonlySet<string> = new Set(
  `am an and are as at be by do for from go get got in is it its my no not of on or our so the to up us we
  with you your all any day days week weeks month year new now one two more most best first last next top big
  little good great happy thank thanks love life live living lives well wellness wellbeing health healthy
  healthcare care caring cares mental physical public global community family families kids kid child
  children baby babies mom moms mother mothers dad dads father fathers women woman men man girls boys teen teens
  youth senior seniors elder people person patient patients nurse nurses nursing doctor doctors physician
  physicians surgeon surgeons staff team teams hero heroes worker workers frontline volunteer volunteers
  hospital hospitals clinic clinics medical medicine med school student students research science scientist
  awareness aware prevention prevent cure cancer breast lung heart stroke brain blood donor donate donation
  organ kidney liver skin bone diabetes flu vaccine vaccines vaccinate vaccinated vaccination shot shots covid
  virus pandemic safe safety stay home hands wash mask masks distance social media tip tips fact facts myth
  myths truth check checkup screening screen test testing tested early detection treatment therapy recovery
  recover survivor survivors survive fight fighting fighter strong stronger strength hope hopeful support
  supporting together alone ask talk listen help helping kindness kind matters matter end stop stigma suicide
  crisis anxiety depression stress sleep self selfcare food eat eating nutrition diet fit fitness exercise run
  running walk walking move active sport water drink smoke smoking free quit tobacco alcohol drug drugs opioid
  opioids addiction sober pain chronic rare disease diseases disorder autism adhd hearing vision eye eyes
  dental teeth oral sun summer winter spring fall holiday holidays christmas world national international
  global local black history pride equity equality inclusion diversity access rights voice voices story
  stories share sharing learn learning education teach teacher proud thankful grateful gratitude celebrate
  celebrating celebration appreciation appreciate recognition honor honour remember memorial month weekend
  monday tuesday wednesday thursday friday saturday sunday morning night today tomorrow time hour minute
  work working job jobs career careers hiring hire join apply
  birth born pregnancy pregnant maternal newborn infant breastfeeding lactation
  older aging ageing dementia alzheimers memory heal healing healer wellnessweek
  emergency trauma er icu surgery lab labs x ray rays imaging scan heartbeat
  hand hygiene flushot giving back give thanksgiving gift gifts walkathon race marathon`
    .split(/\s+/)
    .filter(Boolean),
);
