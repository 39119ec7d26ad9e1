/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * A small, fast, seeded PRNG (Mulberry32, Tommy Ettinger, public domain): the same seed gives the same
 * numbers in every runtime, so simulations are reproducible. Not for cryptography.
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One draw from a normal distribution by the Box–Muller transform (Ann Math Stat 1958;29:610). */
export function sampleNormal(random: RandomSource, mean = 0, sd = 1): number {
  const u = 1 - random(); // (0, 1]: log(0) is avoided
  const v = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A whole number in [0, bound). */
export function randomIndex(random: RandomSource, bound: number): number {
  return Math.min(bound - 1, Math.floor(random() * bound));
}
