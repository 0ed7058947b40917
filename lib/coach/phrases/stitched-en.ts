import type { StitchedPhrases } from './types';

// English words for the stitched-draft checks (issue 18): a draft assembled from the user's own
// phrases and the matcher's keywords, rather than written to a person. Regular-expression sources,
// matched case-insensitively unless said otherwise.

export const stitchedEn: StitchedPhrases = {
  // Words that are never names: capitalised after a lower-case word, a comma or a colon they are a
  // phrase pasted in ("for One or two peers", "in mind: Expert feedback"). Names, acronyms and
  // words the user capitalises elsewhere are not in it, so "Python", "AI" and "Lisbon" pass.
  common: (
    'a an the one two three four five some any each every several few many most other others another ' +
    'you my our your their his her its this that these those such ' +
    'someone somebody anyone anybody people person peer peers leader leaders senior junior expert experts ' +
    'confidante confidant sponsor sponsors mentor mentors partner partners friend friends colleague colleagues ' +
    'advocate advocates voice voices women men folks contacts practitioners professionals group circle ' +
    'feedback advice help support input guidance introductions introduction intros review reviews read ' +
    'perspective views thoughts pointers ideas coaching sponsorship visibility accountability check-ins ' +
    'check-in conversation conversations chat coffee call calls time space career work job role team ' +
    'critical honest regular weekly monthly fortnightly quarterly specific small short quick first new ' +
    'learn learning get getting find finding build building become becoming move moving lead leading ' +
    'manage managing write writing finish finishing start starting talk talking improve improving ' +
    'understand understanding decide deciding prepare preparing present presenting negotiate negotiating ' +
    'grow growing develop developing how whether what when where which who why ' +
    'to for of in on with from by and or but about through into at'
  ).split(' '),
  // After a colon a whole sentence may start with a capital ("My ask: Would you read it?").
  sentenceStarters: (
    'i we you it this that there here would could can will shall may might should do does did is are was ' +
    'what how why when where which who let please if'
  ).split(' '),
  // An ask that is the need's description pasted: "My specific ask: a senior leader who would…".
  pastedRole:
    '(?:ask|request|in mind|hoping for|hope to find|the idea)\\s*(?::|is|would be)\\s+(?:(?:a|an|one|two|some|one or two|two or three|a few)\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:who|that)\\s+(?:would|could|can|will|might)\\s',
  // Asking someone to *be* a role, where the request should be one thing to do.
  beRole:
    '(?:would|could|will|can) you (?:please )?(?:be|become|act as) (?:my|a|an|the|one of my) (?:[\\p{L}-]+ ){0,3}?(?:sponsor|advocate|confidante|confidant|champion|role model|accountability partner|accountability buddy|ally|cheerleader|sounding board)s?(?![\\p{L}])',
  // "an accountability partner for one or two peers": a person-description pasted after a noun.
  fragment:
    '(?:partner|buddy|mentor|sponsor|confidante|advice|feedback|introductions?) (?:for|on|about) (?:one or two|two or three|a few|some|someone|somebody|a senior|a confidante|an? (?:[\\p{L}-]+ )?(?:leader|peer|expert|voice|confidante|mentor)s?)(?![\\p{L}])',
  // "your experience with Marélia Saúde and chief": what follows names no experience.
  experienceLead: 'your (?:experience|expertise|background|work) (?:with|in|on|around) ',
  titleWords: (
    'chief officer director head lead leader manager senior principal vp vice president founder ' +
    'co-founder ceo cto cfo coo cdo partner owner staff executive data ai'
  ).split(' '),
  // "I work at …", "I'm at …", "I joined …": said to a colleague, they know.
  selfAtOrg:
    "\\bI(?:'m| am| work| worked| have worked| 've worked| joined| lead| run| manage| head| 'm based)\\b[^.?!\\n]{0,60}?\\b(?:at|for|with|joined|in) ",
  // Words a subject or a sentence cannot end on: it was cut.
  dangling: 'a an the of and or to for on in with at my your by from about through into as than that &'.split(
    ' ',
  ),
};
