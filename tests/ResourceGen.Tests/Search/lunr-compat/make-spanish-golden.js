// node make-spanish-golden.js
// Golden data for the Spanish pipeline tests, from lunr-languages 1.22.0's lunr.es itself:
// - spanish-stemmer-golden.json: [word, lunr.es.stemmer(word)] pairs. The words are Spanish nouns, adjectives and
//   verbs with their plurals, diminutives, derived nouns and adverbs, regular conjugations (with attached pronouns),
//   every suffix of the stemmer's tables on a few stems, and uppercase, digit and odd forms.
// - spanish-pipeline-golden.json: lunr.es's stop words, its trimmer's word characters (every UTF-16 code unit it
//   keeps, as [first, last] ranges), and [text, terms] for texts run through lunr.tokenizer and the lunr.es pipeline.
'use strict';
const fs = require('fs'), path = require('path'), lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.es')(lunr);

const nouns = `casa perro gato niño niña libro mesa silla ciudad camino puerta ventana árbol flor río montaña playa
  mar cielo sol luna estrella tierra agua fuego viento nube lluvia nieve campo pueblo calle plaza iglesia escuela
  maestro alumno profesor médico hospital mercado tienda dinero trabajo empresa gobierno nación país mundo historia
  tiempo año mes semana día hora minuto momento vida muerte amor corazón cabeza mano pie ojo boca nariz oreja brazo
  pierna cuerpo alma espíritu hombre mujer padre madre hermano hermana hijo hija abuelo abuela amigo amiga vecino
  pájaro caballo vaca oveja cerdo pez ratón león tigre lobo zorro oso águila paloma jardín cocina baño dormitorio
  techo pared suelo piso papel lápiz pluma carta palabra lengua idioma canción música baile fiesta juego deporte
  equipo partido guerra paz ley derecho justicia verdad mentira idea pensamiento razón sueño fuerza poder
  pingüino cigüeña vergüenza paraguas lápices peces voz luz cruz nariz actriz raíz pez café sofá menú bambú
  camión avión balón melón limón corazón canción razón jabón botón ratón ladrón dragón nación lección región
  reloj papel árbol azúcar lápiz cáliz césped fútbol béisbol órgano música pájaro teléfono máquina número
  película sábado miércoles jueves lunes martes viernes domingo enero febrero marzo abril mayo junio julio agosto
  ñandú año caña niñez señor señora España montañés compañía pequeñez sueño otoño baño leña
  guerra guitarra guía guisante águila hoguera seguro agua lengua antigüedad bilingüe averiguación`.split(/\s+/).filter(Boolean);

const adjectives = `rápido lento alto bajo largo corto nuevo viejo bueno malo bonito feo limpio sucio caro barato
  rico pobre fácil difícil feliz triste grande pequeño fuerte débil claro oscuro blanco negro rojo verde amarillo
  azul frío caliente dulce amargo suave duro seco húmedo lleno vacío abierto cerrado libre posible imposible
  necesario importante público privado social natural normal general especial real final total actual personal
  cultural nacional moderno antiguo económico político práctico técnico histórico lógico trágico cómico único
  sencillo tranquilo honesto generoso curioso peligroso famoso hermoso precioso nervioso furioso orgulloso
  activo creativo positivo negativo efectivo productivo atractivo amable agradable probable visible terrible`.split(/\s+/).filter(Boolean);

const arVerbs = `hablar cantar bailar trabajar estudiar caminar llamar mirar escuchar comprar pagar llegar buscar
  tocar jugar pensar contar encontrar recordar volar soñar ayudar amar besar cambiar cerrar comenzar empezar
  cocinar dejar desear enseñar entrar esperar ganar gastar lavar levantar limpiar llevar llorar mandar necesitar
  olvidar preguntar preparar quedar regresar sacar saludar terminar tomar usar viajar visitar averiguar apaciguar
  atestiguar santiguar explicar practicar organizar realizar utilizar analizar celebrar presentar considerar`.split(/\s+/).filter(Boolean);
const erVerbs = `comer beber correr leer aprender comprender vender meter romper temer deber creer responder ofrecer
  conocer parecer crecer nacer merecer obedecer agradecer aparecer desaparecer perder entender mover volver
  poseer prometer sorprender coser toser barrer esconder proteger recoger escoger`.split(/\s+/).filter(Boolean);
const irVerbs = `vivir escribir abrir subir decidir recibir existir permitir sufrir cumplir describir dividir
  discutir partir repartir unir añadir asistir compartir consumir definir dirigir distinguir exigir imprimir
  insistir ocurrir persistir prohibir resistir seguir construir destruir incluir concluir huir oír reír`.split(/\s+/).filter(Boolean);

const words = new Set();
const add = w => words.add(w);
const dropVowel = w => /[aeo]$/.test(w) ? w.slice(0, -1) : w;
const unaccent = w => w.replace(/[áàä]/g, 'a').replace(/[éèë]/g, 'e').replace(/[íìï]/g, 'i').replace(/[óòö]/g, 'o').replace(/[úù]/g, 'u');
const plural = w => /[aeiouáéó]$/.test(w) ? w + 's' : /z$/.test(w) ? w.slice(0, -1) + 'ces' : unaccent(w.slice(0, -1)) + w.slice(-1) + 'es';

for (const n of nouns) {
  const stem = dropVowel(unaccent(n));
  [n, plural(n), stem + 'ito', stem + 'ita', stem + 'itos', stem + 'itas', stem + 'illo', stem + 'ón', stem + 'ones',
    stem + 'azo', stem + 'ero', stem + 'era', stem + 'ería', stem + 'ista', stem + 'istas', stem + 'ismo'].forEach(add);
}
for (const a of adjectives) {
  const m = a, f = /o$/.test(a) ? a.slice(0, -1) + 'a' : a, stem = dropVowel(unaccent(a));
  [m, f, plural(m), plural(f), f + 'mente', stem + 'ísimo', stem + 'ísima', stem + 'ísimos', stem + 'idad',
    stem + 'idades', stem + 'ez', stem + 'eza', stem + 'amente'].forEach(add);
}

const endings = {
  ar: ['o', 'as', 'a', 'amos', 'áis', 'an', 'é', 'aste', 'ó', 'asteis', 'aron', 'aba', 'abas', 'ábamos', 'abais',
    'aban', 'aré', 'arás', 'ará', 'aremos', 'aréis', 'arán', 'aría', 'arías', 'aríamos', 'aríais', 'arían', 'e', 'es',
    'emos', 'éis', 'en', 'ara', 'aras', 'áramos', 'arais', 'aran', 'ase', 'ases', 'ásemos', 'aseis', 'asen', 'ad',
    'ando', 'ado', 'ada', 'ados', 'adas', 'ación', 'aciones', 'ador', 'adora', 'adores', 'adoras', 'amiento',
    'amientos', 'able', 'ables', 'ante', 'antes', 'ancia', 'anza'],
  er: ['o', 'es', 'e', 'emos', 'éis', 'en', 'í', 'iste', 'ió', 'imos', 'isteis', 'ieron', 'ía', 'ías', 'íamos',
    'íais', 'ían', 'eré', 'erás', 'erá', 'eremos', 'eréis', 'erán', 'ería', 'erías', 'eríamos', 'eríais', 'erían',
    'a', 'as', 'amos', 'áis', 'an', 'iera', 'ieras', 'iéramos', 'ierais', 'ieran', 'iese', 'ieses', 'iésemos',
    'ieseis', 'iesen', 'ed', 'iendo', 'ido', 'ida', 'idos', 'idas', 'imiento', 'imientos', 'ible', 'ibles', 'encia',
    'encias', 'edor', 'edora'],
  ir: ['o', 'es', 'e', 'imos', 'ís', 'en', 'í', 'iste', 'ió', 'isteis', 'ieron', 'ía', 'ías', 'íamos', 'íais', 'ían',
    'iré', 'irás', 'irá', 'iremos', 'iréis', 'irán', 'iría', 'irías', 'iríamos', 'iríais', 'irían', 'a', 'as',
    'amos', 'áis', 'an', 'iera', 'ieras', 'iéramos', 'ierais', 'ieran', 'iese', 'ieses', 'iésemos', 'ieseis', 'iesen',
    'id', 'iendo', 'ido', 'ida', 'idos', 'idas', 'imiento', 'ible', 'ción', 'ciones', 'idor', 'idora'],
};
const gerundAccent = { ando: 'ándo', iendo: 'iéndo' };
const pronouns = ['lo', 'la', 'le', 'los', 'las', 'les', 'me', 'te', 'se', 'nos', 'os', 'selo', 'sela', 'selos', 'selas'];
const infinitiveAccent = { ar: 'ár', er: 'ér', ir: 'ír' };
for (const [group, verbs] of [['ar', arVerbs], ['er', erVerbs], ['ir', irVerbs]]) {
  verbs.forEach((v, i) => {
    const stem = v.slice(0, -2);
    add(v);
    for (const e of endings[group]) add(stem + e);
    const gerund = group === 'ar' ? 'ando' : 'iendo';
    // Two pronouns per verb, chosen in turn, attached to the infinitive and to the gerund (with and without accent).
    for (const p of [pronouns[i % pronouns.length], pronouns[(i + 7) % pronouns.length]]) {
      add(v + p);
      add(stem + infinitiveAccent[group] + p);
      add(stem + gerund + p);
      add(stem + gerundAccent[gerund] + p);
    }
  });
}

// Every suffix of the stemmer's tables, on stems of several shapes, so that each branch and region test runs.
const tableSuffixes = `la sela le me se lo selo las selas les los selos nos ando iendo yendo ándo iéndo ar er ir ár
  ér ír ic ad os iv able ible ante abil ica ancia encia adora osa ista iva anza logía idad mente amente ación
  ución ico ismo oso amiento imiento ivo ador icas ancias encias adoras osas istas ivas anzas logías idades ables
  ibles aciones uciones adores antes icos ismos osos amientos imientos ivos ya ye yan yen yeron yo yas yes yais
  yamos yó aba ada ida ara iera ía aría ería iría ed id ase iese aste iste an aban aran ieran ían arían erían
  irían en asen iesen aron ieron arán erán irán ado ido ar er ir as abas adas idas aras ieras ías arías erías
  irías es ases ieses abais arais ierais íais aríais eríais iríais aseis ieseis asteis isteis áis éis aréis eréis
  iréis ados idos amos ábamos áramos iéramos íamos aríamos eríamos iríamos emos aremos eremos iremos ásemos
  iésemos imos arás erás irás ís ará erá irá aré eré iré ió a e o á é í ó ivamente icamente osamente ativa
  ativo atividad icidad abilidad ividad icación ucación ilogía atamente guen gue gues guemos gué ué uyan
  uyendo uyó`.split(/\s+/).filter(Boolean);
const shapes = ['c', 'am', 'tr', 'ab', 'aer', 'cant', 'com', 'viv', 'organiz', 'constru', 'pregunt', 'ig', 'ag',
  'averig', 'distingu', 'arg', 'o', 'ue', 'lleg', 'pers', 'neces', 'h', 'ciud', 'sustant'];
for (const s of tableSuffixes) for (const b of shapes) add(b + s);

// Uppercase (the stemmer sees only lowercase vowels as vowels), digits and odd strings.
[...words].filter((_, i) => i % 11 === 0).forEach(w => { add(w.toUpperCase()); add(w[0].toUpperCase() + w.slice(1)); });
[...words].filter((_, i) => i % 37 === 0).forEach((w, i) => { add(w + (i % 10)); add(String(1900 + i) + w); });
['', 'a', 'á', 'e', 'é', 'i', 'o', 'u', 'ü', 'ñ', 'y', 'gu', 'gü', 'que', 'qué', 'quién', 'xyz', 'ÁRBOL', 'Ñandú',
  'año2024', '3ª', '1º', '2020', '3.5', '_init_', 'niño_', 'ün', 'güe', 'argüir', 'pingüinos', 'ñññ', 'aaaa', 'eeee',
  'aeiou', 'áéíóú', 'bcdfg', 'Mañana', 'MAÑANA', 'mañana', 'ΟΔΟΣ', 'οδος', '日本語', '😀s', 'i̇stanbul', 'dígame',
  'díganselo', 'cómpramelo', 'cántaselo', 'ponérselo', 'decírselo', 'haciéndolo', 'oyéndola', 'cayendo', 'leyendo',
  'huyendo', 'construyendo', 'arguyendo', 'yendo', 'hay', 'rey', 'leyes', 'muy', 'hoy', 'ley', 'ayer', 'yo',
  'naranja\u0301', 'cafe\u0301', 'niño\u0303', 'extraordinariamente', 'internacionalización', 'desafortunadamente',
  'anticonstitucionalmente', 'electroencefalografía', 'otorrinolaringología', 'esternocleidomastoideo'].forEach(add);

const stem = w => lunr.es.stemmer(new lunr.Token(w)).toString();
const pairs = [...words].sort().map(w => [w, stem(w)]);

// The stop-word list lunr.es builds its filter from (the filter keeps it private), checked against the filter.
const source = fs.readFileSync(require.resolve('lunr-languages/lunr.es'), 'utf8');
const stopWords = source.match(/lunr\.generateStopWordFilter\('([^']*)'/)[1].split(' ');
for (const w of stopWords) if (lunr.es.stopWordFilter(new lunr.Token(w)) !== undefined) throw new Error(`${w} is not filtered`);

const wordCharacters = [];
for (let c = 0; c <= 0xffff; c++) {
  if (lunr.es.trimmer(new lunr.Token(String.fromCharCode(c))).toString() === '') continue;
  const last = wordCharacters[wordCharacters.length - 1];
  if (last && last[1] === c - 1) last[1] = c; else wordCharacters.push([c, c]);
}

const pipeline = new lunr.Pipeline();
pipeline.add(lunr.es.trimmer, lunr.es.stopWordFilter, lunr.es.stemmer);
const terms = text => pipeline.run(lunr.tokenizer(text)).map(t => t.toString());
const texts = new Set();
const punctuation = ['¿', '?', '¡', '!', '«', '»', '"', '\'', '(', ')', '.', ',', ';', ':', '—', '…', '_', '*', '“', '”', '·', '%', '€'];
pairs.forEach(([w], i) => { if (i % 5 === 0) texts.add(punctuation[i % punctuation.length] + w + punctuation[(i * 7 + 3) % punctuation.length]); });
for (const w of stopWords) { texts.add(w); texts.add(w.toUpperCase()); texts.add('¿' + w + '?'); texts.add(w + 's'); texts.add(unaccent(w)); }
['¿Dónde están los niños?', '¡Qué día tan bonito!', 'El niño juega en el jardín con sus amigos.', 'ÉL ESTÁ AQUÍ',
  'constructor', '__proto__', 'toString', 'hasOwnProperty', '_', '__', '-', '—', '', '   ', 'año-2024', 'e-mail',
  'Ⅻ', 'ﬁn', 'ｅｓｐａñｏｌ', 'ĳ', 'ǅ', 'Ş', 'ɐ', 'ʰ', 'ᴀ', 'ạ', 'ⁿ', 'K', 'Å', 'ⱥ', 'ꜳ', 'ꭐ', 'ǆuro', 'Ωmega', 'αβγ',
  'café\u0301', '\u0301acento', '😀niño😀', '1a', 'a1', '٣', '²'].forEach(t => texts.add(t));

const write = (file, text) => fs.writeFileSync(path.join(__dirname, file), text);
write('spanish-stemmer-golden.json', '[\n' + pairs.map(p => JSON.stringify(p)).join(',\n') + '\n]\n');
write('spanish-pipeline-golden.json', '{\n"stopWords": ' + JSON.stringify(stopWords) +
  ',\n"wordCharacters": ' + JSON.stringify(wordCharacters) +
  ',\n"texts": [\n' + [...texts].sort().map(t => JSON.stringify([t, terms(t)])).join(',\n') + '\n]\n}\n');
console.log(`${pairs.length} words, ${stopWords.length} stop words, ${wordCharacters.length} word-character ranges, ${texts.size} texts`);
