/*
 * Spanish for the search page: lunr-languages 1.22.0's lunr.es trimmer, stop words and stemmer, so that query words
 * become the terms of an index built with lunr.es's pipeline (LunrLanguage.Es in the build).
 *
 * stem() is the Snowball Spanish stemmer as lunr.es runs it, with the same result for every string: characters are
 * UTF-16 code units, only the lowercase vowels a e i o u á é í ó ú ü are vowels, and words of any length are stemmed.
 * It is a port of the algorithm rather than lunr-languages' generated code: a suffix table is a Map tried longest
 * suffix first, which is the entry Snowball's `among` finds.
 *
 * Snowball (https://snowballstem.org), BSD licence: Copyright (c) 2001 Dr Martin Porter, and its other contributors.
 * lunr-languages (https://github.com/MihaiValentin/lunr-languages), whose lunr.es this matches: Copyright 2014
 * Mihai Valentin, after Oleg Mazko's Snowball JavaScript Library (2010); MPL 1.1 per its package.json and LICENSE.
 */

// lunr.es.wordCharacters, plus the ASCII digits lunr.trimmerSupport adds.
const WORD_CHARACTERS = "A-Za-z\xAA\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02B8\u02E0-\u02E4\u1D00-\u1D25\u1D2C-\u1D5C\u1D62-\u1D65" +
  "\u1D6B-\u1D77\u1D79-\u1DBE\u1E00-\u1EFF\u2071\u207F\u2090-\u209C\u212A\u212B\u2132\u214E\u2160-\u2188\u2C60-\u2C7F" +
  "\uA722-\uA787\uA78B-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB64\uFB00-\uFB06\uFF21-\uFF3A\uFF41-\uFF5A0-9";
// Without the u flag, as lunr's: a character is a UTF-16 code unit, so astral characters are never word characters.
const LEADING = new RegExp(`^[^${WORD_CHARACTERS}]+`);
const TRAILING = new RegExp(`[^${WORD_CHARACTERS}]+$`);

/** lunr.es.trimmer: removes the characters that are not word characters from both ends of `word`. */
export const trim = (word) => word.replace(LEADING, "").replace(TRAILING, "");

/** lunr.es.stopWordFilter's 308 words: the index leaves them out, and so do queries. */
export const stopWords = new Set(("a al algo algunas algunos ante antes como con contra cual cuando de del desde donde " +
  "durante e el ella ellas ellos en entre era erais eran eras eres es esa esas ese eso esos esta estaba estabais estaban " +
  "estabas estad estada estadas estado estados estamos estando estar estaremos estará estarán estarás estaré estaréis " +
  "estaría estaríais estaríamos estarían estarías estas este estemos esto estos estoy estuve estuviera estuvierais " +
  "estuvieran estuvieras estuvieron estuviese estuvieseis estuviesen estuvieses estuvimos estuviste estuvisteis " +
  "estuviéramos estuviésemos estuvo está estábamos estáis están estás esté estéis estén estés fue fuera fuerais fueran " +
  "fueras fueron fuese fueseis fuesen fueses fui fuimos fuiste fuisteis fuéramos fuésemos ha habida habidas habido " +
  "habidos habiendo habremos habrá habrán habrás habré habréis habría habríais habríamos habrían habrías habéis había " +
  "habíais habíamos habían habías han has hasta hay haya hayamos hayan hayas hayáis he hemos hube hubiera hubierais " +
  "hubieran hubieras hubieron hubiese hubieseis hubiesen hubieses hubimos hubiste hubisteis hubiéramos hubiésemos hubo " +
  "la las le les lo los me mi mis mucho muchos muy más mí mía mías mío míos nada ni no nos nosotras nosotros nuestra " +
  "nuestras nuestro nuestros o os otra otras otro otros para pero poco por porque que quien quienes qué se sea seamos " +
  "sean seas seremos será serán serás seré seréis sería seríais seríamos serían serías seáis sido siendo sin sobre sois " +
  "somos son soy su sus suya suyas suyo suyos sí también tanto te tendremos tendrá tendrán tendrás tendré tendréis " +
  "tendría tendríais tendríamos tendrían tendrías tened tenemos tenga tengamos tengan tengas tengo tengáis tenida " +
  "tenidas tenido tenidos teniendo tenéis tenía teníais teníamos tenían tenías ti tiene tienen tienes todo todos tu tus " +
  "tuve tuviera tuvierais tuvieran tuvieras tuvieron tuviese tuvieseis tuviesen tuvieses tuvimos tuviste tuvisteis " +
  "tuviéramos tuviésemos tuvo tuya tuyas tuyo tuyos tú un una uno unos vosotras vosotros vuestra vuestras vuestro " +
  "vuestros y ya yo él éramos").split(" "));

// A Snowball `among`: each suffix with the number the routine switches on, grouped by that number.
function suffixes(groups) {
  const results = new Map();
  for (const [result, list] of Object.entries(groups)) for (const suffix of list.split(" ")) results.set(suffix, Number(result));
  return { results, longest: Math.max(...[...results.keys()].map((s) => s.length)) };
}

// lunr.es's tables a_1 … a_9, by the routine that uses them.
const PRONOUNS = suffixes({ 1: "la sela le me se lo selo las selas les los selos nos" });
const PRONOUN_HOSTS = suffixes({ 1: "iéndo", 2: "ándo", 3: "ár", 4: "ér", 5: "ír", 6: "ando iendo ar er ir", 7: "yendo" });
const BEFORE_AMENTE = suffixes({ 1: "iv", 2: "ic ad os" });
const BEFORE_MENTE = suffixes({ 1: "able ible ante" });
const BEFORE_IDAD = suffixes({ 1: "ic abil iv" });
const STANDARD = suffixes({
  1: "ica osa ista anza able ible ico ismo oso amiento imiento icas osas istas anzas ables ibles icos ismos osos amientos imientos",
  2: "ancia adora ante ación ador ancias adoras aciones adores antes",
  3: "logía logías",
  4: "ución uciones",
  5: "encia encias",
  6: "amente",
  7: "mente",
  8: "idad idades",
  9: "iva ivo ivas ivos",
});
const Y_VERB = suffixes({ 1: "ya ye yan yen yeron yendo yo yas yes yais yamos yó" });
const VERB = suffixes({
  1: "en es éis emos",
  2: "aba ada ida ara iera ía aría ería iría ad ed id ase iese aste iste an aban aran ieran ían arían erían irían asen " +
    "iesen aron ieron arán erán irán ado ido ando iendo ar er ir as abas adas idas aras ieras ías arías erías irías ases " +
    "ieses abais arais ierais íais aríais eríais iríais aseis ieseis asteis isteis áis aréis eréis iréis ados idos amos " +
    "ábamos áramos iéramos íamos aríamos eríamos iríamos aremos eremos iremos ásemos iésemos imos arás erás irás ís ará " +
    "erá irá aré eré iré ió",
});
const RESIDUAL = suffixes({ 1: "a o os á í ó", 2: "e é" });

const VOWELS = "aeiouáéíóúü";

// The Snowball machine over one word at a time: the text, the cursor, the limits searches stop at, the slice
// [bra, ket) that slice operations replace, and where the regions RV, R1 and R2 start.
let z = "";
let cursor = 0;
let limit = 0;
let limitBackward = 0;
let bra = 0;
let ket = 0;
let pV = 0;
let p1 = 0;
let p2 = 0;

// in_grouping and out_grouping of the vowels: moves over one vowel (non-vowel) at the cursor.
function inVowel() {
  if (cursor >= limit || !VOWELS.includes(z[cursor])) return false;
  cursor++;
  return true;
}

function outVowel() {
  if (cursor >= limit || VOWELS.includes(z[cursor])) return false;
  cursor++;
  return true;
}

const inRV = () => pV <= cursor;
const inR1 = () => p1 <= cursor;
const inR2 = () => p2 <= cursor;

// gopast: moves on until `step` succeeds (and past what it matched), or fails at the limit.
function goPast(step) {
  while (!step()) {
    if (cursor >= limit) return false;
    cursor++;
  }
  return true;
}

// Moves the cursor back over `s` when the text before it ends with `s`.
function endsWith(s) {
  if (cursor - limitBackward < s.length || !z.endsWith(s, cursor)) return false;
  cursor -= s.length;
  return true;
}

// find_among_b: the number of the longest suffix of the table ending at the cursor (the cursor moved before it), or 0.
function findSuffix({ results, longest }) {
  for (let n = Math.min(longest, cursor - limitBackward); n > 0; n--) {
    const result = results.get(z.slice(cursor - n, cursor));
    if (result !== undefined) {
      cursor -= n;
      return result;
    }
  }
  return 0;
}

// The same search with the region before RV out of reach.
function findSuffixInRV(table) {
  if (cursor < pV) return 0;
  const saved = limitBackward;
  limitBackward = pV;
  ket = cursor;
  const result = findSuffix(table);
  limitBackward = saved;
  return result;
}

function sliceFrom(s) {
  const adjustment = s.length - (ket - bra);
  z = z.slice(0, bra) + s + z.slice(ket);
  limit += adjustment;
  if (cursor >= ket) cursor += adjustment;
  else if (cursor > bra) cursor = bra;
}

const sliceDelete = () => sliceFrom("");

// mark_regions. RV: after the next vowel when the second letter is a consonant, after the next consonant when the
// first two letters are vowels, else (consonant, vowel) after the third letter. R1: after the first non-vowel that
// follows a vowel; R2: the same within R1.
function markRegions() {
  pV = p1 = p2 = limit;
  cursor = 0;
  if (rvStarts()) pV = cursor;
  cursor = 0;
  if (goPast(inVowel) && goPast(outVowel)) {
    p1 = cursor;
    if (goPast(inVowel) && goPast(outVowel)) p2 = cursor;
  }
}

function rvStarts() {
  if (inVowel()) {
    const second = cursor;
    if (outVowel() && goPast(inVowel)) return true;
    cursor = second;
    if (inVowel() && goPast(outVowel)) return true;
    cursor = 0;
  }
  if (!outVowel()) return false;
  const second = cursor;
  if (outVowel() && goPast(inVowel)) return true;
  cursor = second;
  if (!inVowel() || cursor >= limit) return false;
  cursor++;
  return true;
}

// attached_pronoun: a pronoun after an infinitive or gerund in RV goes, and the accent it needed with it.
function attachedPronoun() {
  ket = cursor;
  if (!findSuffix(PRONOUNS)) return;
  bra = cursor;
  const host = findSuffix(PRONOUN_HOSTS);
  if (!host || !inRV()) return;
  if (host <= 5) {
    bra = cursor;
    sliceFrom(["iendo", "ando", "ar", "er", "ir"][host - 1]);
  } else if (host === 6 || endsWith("u")) sliceDelete();
}

// Deletes the suffix found when it is in R2, then `preceding` (a string, or the entries numbered 1 of a table)
// before it when that is in R2 too.
function deleteInR2Then(preceding) {
  if (!inR2()) return false;
  sliceDelete();
  ket = cursor;
  if (typeof preceding === "string" ? endsWith(preceding) : findSuffix(preceding) === 1) {
    bra = cursor;
    if (inR2()) sliceDelete();
  }
  return true;
}

// standard_suffix: true when a suffix of the table was found and its condition held.
function standardSuffix() {
  ket = cursor;
  const among = findSuffix(STANDARD);
  if (!among) return false;
  bra = cursor;
  switch (among) {
    case 1:
      if (!inR2()) return false;
      sliceDelete();
      return true;
    case 2: return deleteInR2Then("ic");
    case 3:
    case 4:
    case 5:
      if (!inR2()) return false;
      sliceFrom(["log", "u", "ente"][among - 3]);
      return true;
    case 6: {
      if (!inR1()) return false;
      sliceDelete();
      ket = cursor;
      const before = findSuffix(BEFORE_AMENTE);
      if (!before) return true;
      bra = cursor;
      if (!inR2()) return true;
      sliceDelete();
      if (before !== 1) return true;
      ket = cursor;
      if (!endsWith("at")) return true;
      bra = cursor;
      if (inR2()) sliceDelete();
      return true;
    }
    case 7: return deleteInR2Then(BEFORE_MENTE);
    case 8: return deleteInR2Then(BEFORE_IDAD);
    default: return deleteInR2Then("at");
  }
}

// y_verb_suffix: an ending in RV that starts with y goes after a u; true when one was found after a u.
function yVerbSuffix() {
  if (!findSuffixInRV(Y_VERB)) return false;
  bra = cursor;
  if (!endsWith("u")) return false;
  sliceDelete();
  return true;
}

// verb_suffix: a verb ending in RV goes; for en, es, éis and emos also a u between it and a g.
function verbSuffix() {
  const among = findSuffixInRV(VERB);
  if (!among) return;
  bra = cursor;
  if (among === 1) {
    const start = cursor;
    cursor = endsWith("u") && endsWith("g") ? start - 1 : start;
    bra = cursor;
  }
  sliceDelete();
}

// residual_suffix: a final vowel (or os) in RV goes; after e or é, a u in RV after a g too.
function residualSuffix() {
  ket = cursor;
  const among = findSuffix(RESIDUAL);
  if (!among) return;
  bra = cursor;
  if (!inRV()) return;
  sliceDelete();
  if (among !== 2) return;
  ket = cursor;
  if (!endsWith("u")) return;
  bra = cursor;
  if (!endsWith("g")) return;
  cursor = bra;
  if (inRV()) sliceDelete();
}

/** lunr.es.stemmer: the stem of `word` (a lowercase, trimmed token). */
export function stem(word) {
  z = word;
  cursor = limitBackward = bra = 0;
  limit = ket = word.length;
  markRegions();
  cursor = limit;
  attachedPronoun();
  cursor = limit;
  if (!standardSuffix()) {
    cursor = limit;
    if (!yVerbSuffix()) {
      cursor = limit;
      verbSuffix();
    }
  }
  cursor = limit;
  residualSuffix();
  // postlude: á é í ó ú lose their accents, all through the word.
  return z.replace(/[áéíóú]/g, (vowel) => "aeiou"["áéíóú".indexOf(vowel)]);
}

/** The term lunr.es's search pipeline (trimmer-es, stemmer-es) makes of a query word. */
export const queryTerm = (word) => stem(trim(word));
