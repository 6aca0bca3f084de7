// A caption's value is a name of something; the statements printed on documents ("The rough
// diamonds in this shipment have been handled in accordance with…", "Les diamants bruts de
// cette expédition ont été traités…") are sentences, and a sentence has a finite verb. The
// auxiliaries of English, French and Portuguese, in lower case as a sentence prints them
// (an authority's name capitalises its words), tell one from the other.
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'been',
  'shall',
  'hereby',
  'est',
  'sont',
  'ont',
  'été',
  'foram',
  'são',
  'tem',
  'têm',
]);

/** Whether the text reads as a sentence rather than as the name of an office or a firm. */
export function readsAsSentence(text: string): boolean {
  return text.split(/\s+/u).some((w) => AUXILIARIES.has(w.replace(/[.,:;]+$/u, '')));
}
