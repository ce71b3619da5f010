/** mulberry32: a small seeded PRNG, so every run generates the same corpus and queries. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal sample (Box–Muller). */
export function gaussian(random) {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'ta',
  'so',
  'vi',
  'de',
  'po',
  'gra',
  'ster',
  'lin',
  'mon',
  'qua',
  'zel',
  'bo',
  'fi',
  'ha',
  'ju',
];

/** A vocabulary of pronounceable made-up words (at most 8,420 exist), drawn with a Zipf-like skew like real text. */
export function vocabulary(random, size = 5000) {
  if (size > 8000) throw new Error('The made-up vocabulary has at most 8,420 words; ask for 8,000 or fewer.');
  const words = new Set();
  while (words.size < size) {
    const length = 1 + Math.floor(random() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  const list = [...words];
  return () => list[Math.floor(list.length * random() ** 2.5)];
}

/** A sentence of `min`–`max` words from `word`. */
export function sentence(random, word, min = 6, max = 18) {
  const length = min + Math.floor(random() * (max - min + 1));
  const words = Array.from({ length }, word);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}
