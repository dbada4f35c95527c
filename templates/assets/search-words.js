/*
 * Query words for a language the search has no stemmer for (Arabic, say): the same exports as search-stemmer.js,
 * for an index whose terms are lowercase words trimmed of everything but letters and digits, unstemmed and with no
 * stop words left out.
 */

/** Words are their own stems. */
export const stem = (word) => word;

/** No stop words. */
export const stopWords = new Set();

/** Removes the characters that are neither letters nor digits (Unicode \p{L}, \p{N}) from both ends of `word`. */
export const trim = (word) => word.replace(/^[^\p{L}\p{N}]+/u, "").replace(/[^\p{L}\p{N}]+$/u, "");

/** The term a query word is looked up as: the word itself, as the index's search pipeline is empty. */
export const queryTerm = (word) => word;
