// node make-stemmer-golden.js > stemmer-golden.json
// Golden data for PorterStemmerTests: [word, lunr.stemmer(word)] pairs from lunr 2.3.9 itself. The words are the
// trimmed tokens of the sample library (content/), lunr's own stemming fixture, each content word with one suffix
// that exercises a Porter step, and a few odd strings.
'use strict';
const fs = require('fs'), path = require('path'), lunr = require('lunr');

const words = new Set();
const walk = dir => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.md')) for (const t of lunr.tokenizer(fs.readFileSync(p, 'utf8'))) words.add(lunr.trimmer(t).toString());
  }
};
walk(path.join(__dirname, '..', '..', '..', '..', 'content'));
for (const w of Object.keys(require('lunr/test/fixtures/stemming_vocab.json'))) words.add(w);

const suffixes = ['s', 'es', 'ies', 'ed', 'eed', 'ing', 'ly', 'y', 'ness', 'ful', 'fulness', 'ational', 'tional',
  'ization', 'ation', 'ator', 'alism', 'iveness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'enci', 'anci',
  'izer', 'bli', 'alli', 'entli', 'eli', 'ousli', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ance', 'ence', 'er',
  'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'sion', 'tion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive',
  'ize', 'e', 'll', 'at', 'bl', 'iz'];
const base = [...words].filter(w => /^[a-z]{2,}$/.test(w)).sort();
base.forEach((w, i) => words.add(w + suffixes[i % suffixes.length]));

for (const w of ['', 'y', 'yy', 'yes', 'yelling', 'yearly', 'syzygy', 'sky', 'by', 'say', 'cry', 'happy', 'agreed',
  'feed', 'caresses', 'ponies', 'ties', 'caress', 'cats', 'ab', 'abc', 'hopping', 'tanned', 'falling', 'hissing',
  'fizzed', 'failing', 'filing', 'controll', 'roll', 'generalizations', 'oscillators', 'café', 'naïve', 'naïveté',
  'crème', 'child\'', 'child\'s', 'don\'t', '3.5', '2020', '1st', 'l33t', 'x-ray', '_init_', 'aeiou', 'bcdfg', 'yyy',
  'ΟΔΟΣ', 'οδος', '日本語', '😀s', 'i̇stanbul', 'seeing\n', 'see\ning', 'sing\r', 'tes\u2028', 'ing', 'eed', 'ies',
  'sses', 'ational', 'running\u00a0', 'relational', 'conditional', 'rational', 'valenci', 'hesitanci', 'digitizer',
  'conformabli', 'radicalli', 'differentli', 'vileli', 'analogousli', 'vietnamization', 'predication', 'operator',
  'feudalism', 'decisiveness', 'hopefulness', 'callousness', 'formaliti', 'sensitiviti', 'sensibiliti', 'triplicate',
  'formative', 'formalize', 'electriciti', 'electrical', 'hopeful', 'goodness', 'revival', 'allowance', 'inference',
  'airliner', 'gyroscopic', 'adjustable', 'defensible', 'irritant', 'replacement', 'adjustment', 'dependent',
  'adoption', 'homologou', 'communism', 'activate', 'angulariti', 'homologous', 'effective', 'bowdlerize', 'probate',
  'rate', 'cease', 'controll', 'roll']) words.add(w);

const pairs = [...words].sort().map(w => [w, lunr.stemmer(new lunr.Token(w)).toString()]);
process.stdout.write('[\n' + pairs.map(p => JSON.stringify(p)).join(',\n') + '\n]\n');
