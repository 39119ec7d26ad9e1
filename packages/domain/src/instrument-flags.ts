/**
 * What an analyzer's flags mean to us. A result arrives with flags of two sorts in the same field
 * (ASTM R-7, C records of type I, HL7 OBX-8): the interpretation of the value against its reference
 * interval (H, L, HH, <, …), which we compute ourselves, and the analyzer's alarms about the measurement
 * (clot, short sample, blasts, above linearity), which autoverification must see. Vendors spell the
 * alarms their own way; they are normalised here to the codes our rules name.
 * @see shared/domain/interfaces.md (R-7 flags, C-5 type I, OBX-8 table 0078)
 * @see shared/domain/autoverification.md §2 filter 3 (instrument flags)
 */

/** HL7 table 0078 and ASTM R-7 interpretation codes: about the value, not the measurement. */
const INTERPRETATION_CODES: ReadonlySet<string> = new Set(
  [
    ...['N', 'L', 'H', 'LL', 'HH', 'LU', 'HU', '<', '>', 'A', 'AA', 'U', 'D', 'B', 'W'],
    ...['S', 'R', 'I', 'MS', 'VS', 'NR', 'POS', 'NEG', 'IND', 'DET', 'ND', 'AC', 'RR', 'WR', 'CAR', 'EX'],
  ].map((code) => code.toUpperCase()),
);

/** Vendor spellings of common alarms → our code. Keys are already upper-cased with '-' for spaces. */
const ALARM_SYNONYMS: Readonly<Record<string, string>> = {
  'CLOT-DETECTED': 'CLOT',
  CLOTTED: 'CLOT',
  SHORT: 'SHORT-SAMPLE',
  'SAMPLE-SHORT': 'SHORT-SAMPLE',
  'INSUFFICIENT-SAMPLE': 'SHORT-SAMPLE',
  QNS: 'SHORT-SAMPLE',
  'AIR-BUBBLE': 'BUBBLE',
  BLAST: 'BLASTS',
  'BLASTS?': 'BLASTS',
  'NRBC?': 'NRBC',
  'PLT-CLUMP': 'PLT-CLUMPS',
  'PLT-CLUMPS?': 'PLT-CLUMPS',
  'PLATELET-CLUMPS': 'PLT-CLUMPS',
  'IG-PRESENT': 'IMMATURE-GRANULOCYTES',
  'ATYPICAL-LYMPHO?': 'ATYPICAL-LYMPHOCYTES',
  'LEFT-SHIFT?': 'LEFT-SHIFT',
  '>LIN': 'ABOVE-LINEARITY',
  LINEARITY: 'ABOVE-LINEARITY',
  'OVER-RANGE': 'ABOVE-LINEARITY',
  '<LIN': 'BELOW-LINEARITY',
  'UNDER-RANGE': 'BELOW-LINEARITY',
};

/** One alarm as our rules name it: upper case, words joined by '-', vendor synonyms mapped. */
export function normaliseAlarm(flag: string): string {
  const code = flag
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, '-');
  return ALARM_SYNONYMS[code] ?? code;
}

/** Splits the flags sent with a result into the value's interpretation and the analyzer's alarms. */
export function splitInstrumentFlags(flags: readonly string[]): {
  interpretation: string[];
  alarms: string[];
} {
  const interpretation: string[] = [];
  const alarms: string[] = [];
  for (const flag of flags) {
    const trimmed = flag.trim();
    if (trimmed === '') continue;
    if (INTERPRETATION_CODES.has(trimmed.toUpperCase())) interpretation.push(trimmed.toUpperCase());
    else {
      const alarm = normaliseAlarm(trimmed);
      if (!alarms.includes(alarm)) alarms.push(alarm);
    }
  }
  return { interpretation, alarms };
}
