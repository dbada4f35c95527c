/*
 * Query words for a language the search has no stemmer for (Arabic, say): the same exports as search-stemmer.js,
 * for an index whose terms are lowercase words trimmed of everything but letters and digits, unstemmed and with no
 * stop words left out.
 */

/** Words are their own stems. */
export const stem = (word) => word;

/** No stop words. */
export const stopWords = new Set();

// One UTF-16 unit at a time, as the build's trimmer (char.IsLetterOrDigit: letters and decimal digits) reads a token.
const isWordUnit = (unit) => /^[\p{L}\p{Nd}]$/u.test(unit);

/** Removes the units that are neither letters nor decimal digits from both ends of `word`, as the build does. */
export const trim = (word) => {
  let start = 0;
  let end = word.length;
  while (start < end && !isWordUnit(word[start])) start++;
  while (end > start && !isWordUnit(word[end - 1])) end--;
  return word.slice(start, end);
};

/** The term a query word is looked up as: the word trimmed as the index's terms were. */
export const queryTerm = trim;
