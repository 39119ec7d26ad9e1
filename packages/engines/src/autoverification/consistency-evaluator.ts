import type {
  AlbuminExceedsTotalProteinNode,
  AnionGapNode,
  BunCreatinineRatioNode,
  CalculatedLdlInvalidNode,
  DextroseContaminationNode,
  DifferentialSumNode,
  DirectBilirubinExceedsTotalNode,
  EdtaContaminationNode,
  MchcHighNode,
  RuleOfThreeNode,
  SalineContaminationNode,
} from './consistency-nodes.js';
import { analyteNumber } from './context-values.js';
import { fact, matched, notMatched, type Fact, type Finding } from './finding.js';
import type { ResultContext } from './result-context.js';
import { formatNumber, quantity, unitOf } from './wording.js';

interface Readings<K extends string> {
  readonly values: Readonly<Record<K, number>>;
  readonly facts: readonly Fact[];
  /** "K 6.8 mmol/L" for each analyte. */
  readonly text: Readonly<Record<K, string>>;
}

/** The analytes a check needs, or a finding that says which are missing. */
function readAll<K extends string>(
  context: ResultContext,
  codes: Readonly<Record<K, string>>,
): Readings<K> | Finding {
  const values = {} as Record<K, number>;
  const text = {} as Record<K, string>;
  const facts: Fact[] = [];
  const missing: string[] = [];
  for (const key of Object.keys(codes) as K[]) {
    const code = codes[key];
    const value = analyteNumber(context, code);
    if (value === undefined) {
      missing.push(code);
      continue;
    }
    const unit = unitOf(context, code);
    values[key] = value;
    text[key] = `${code} ${quantity(value, unit)}`;
    facts.push(fact(code, value, { unit }));
  }
  return missing.length > 0
    ? notMatched(`not checked: ${missing.join(', ')} not available`)
    : { values, facts, text };
}

const isFinding = (value: Readings<string> | Finding): value is Finding => 'matched' in value;

export function evaluateAnionGap(node: AnionGapNode, context: ResultContext): Finding {
  const read = readAll(context, node.codes);
  if (isFinding(read)) return read;
  const { sodium, chloride, bicarbonate } = read.values;
  const gap = sodium - (chloride + bicarbonate);
  const facts = [...read.facts, fact('anion gap', Number(gap.toFixed(2)), { unit: 'mmol/L' })];
  const sentence = `anion gap ${formatNumber(gap)} mmol/L (${read.text.sodium} − (${read.text.chloride} + ${read.text.bicarbonate}))`;
  return gap < node.low || gap > node.high
    ? matched(`${sentence} is outside ${node.low}–${node.high}`, facts)
    : notMatched(`${sentence} is within ${node.low}–${node.high}`, facts);
}

export function evaluateCalculatedLdlInvalid(
  node: CalculatedLdlInvalidNode,
  context: ResultContext,
): Finding {
  const read = readAll(context, node.codes);
  if (isFinding(read)) return read;
  const code = node.codes.triglycerides;
  const facts = [
    fact(code, read.values.triglycerides, {
      unit: unitOf(context, code),
      limit: node.triglyceridesMax,
      comparator: '>',
    }),
  ];
  return read.values.triglycerides > node.triglyceridesMax
    ? matched(
        `${read.text.triglycerides} exceeds ${node.triglyceridesMax}: the Friedewald LDL calculation is not valid`,
        facts,
      )
    : notMatched(`${read.text.triglycerides} allows the Friedewald calculation`, read.facts);
}

export function evaluateBunCreatinineRatio(node: BunCreatinineRatioNode, context: ResultContext): Finding {
  const read = readAll(context, node.codes);
  if (isFinding(read)) return read;
  if (read.values.creatinine <= 0) return notMatched('not checked: creatinine is not positive');
  const ratio = read.values.urea / read.values.creatinine;
  const facts = [...read.facts, fact('BUN/creatinine ratio', Number(ratio.toFixed(2)))];
  const sentence = `BUN/creatinine ratio ${formatNumber(ratio, 1)} (${read.text.urea}, ${read.text.creatinine})`;
  return ratio < node.low || ratio > node.high
    ? matched(`${sentence} is outside ${node.low}–${node.high}`, facts)
    : notMatched(`${sentence} is within ${node.low}–${node.high}`, facts);
}

export function evaluateMchcHigh(node: MchcHighNode, context: ResultContext): Finding {
  const reported = analyteNumber(context, node.codes.mchc);
  const hemoglobin = analyteNumber(context, node.codes.hemoglobin);
  const hematocrit = analyteNumber(context, node.codes.hematocrit);
  const mchc =
    reported ??
    (hemoglobin !== undefined && hematocrit !== undefined && hematocrit > 0
      ? (100 * hemoglobin) / hematocrit
      : undefined);
  if (mchc === undefined) return notMatched(`not checked: ${node.codes.mchc} not available`);
  const how = reported === undefined ? ' (calculated from Hb and Hct)' : '';
  const facts = [fact('MCHC', Number(mchc.toFixed(2)), { unit: 'g/dL', limit: node.limit, comparator: '>' })];
  return mchc > node.limit
    ? matched(`MCHC ${formatNumber(mchc, 1)} g/dL${how} is above ${node.limit}`, facts)
    : notMatched(`MCHC ${formatNumber(mchc, 1)} g/dL${how} is not above ${node.limit}`, facts);
}

export function evaluateRuleOfThree(node: RuleOfThreeNode, context: ResultContext): Finding {
  const read = readAll(context, node.codes);
  if (isFinding(read)) return read;
  const { hemoglobin, hematocrit, mcv } = read.values;
  if (mcv < node.mcvLow || mcv > node.mcvHigh) {
    return notMatched(`not checked: ${read.text.mcv} is not normocytic (${node.mcvLow}–${node.mcvHigh})`);
  }
  const difference = hematocrit - 3 * hemoglobin;
  const facts = [
    ...read.facts,
    fact('Hct − 3 × Hb', Number(difference.toFixed(2)), { limit: node.tolerance, comparator: '>' }),
  ];
  const sentence = `${read.text.hematocrit} against 3 × ${read.text.hemoglobin} = ${formatNumber(3 * hemoglobin)}`;
  return Math.abs(difference) > node.tolerance
    ? matched(
        `${sentence} differs by ${formatNumber(Math.abs(difference), 1)} (tolerance ${node.tolerance})`,
        facts,
      )
    : notMatched(`${sentence} agrees within ${node.tolerance}`, facts);
}

export function evaluateDirectBilirubinExceedsTotal(
  node: DirectBilirubinExceedsTotalNode,
  context: ResultContext,
): Finding {
  const read = readAll(context, node.codes);
  if (isFinding(read)) return read;
  const { direct, total } = read.values;
  return direct > total + node.tolerance
    ? matched(`direct bilirubin ${read.text.direct} exceeds total bilirubin ${read.text.total}`, read.facts)
    : notMatched(`direct bilirubin ${read.text.direct} does not exceed total ${read.text.total}`, read.facts);
}

export function evaluateAlbuminExceedsTotalProtein(
  node: AlbuminExceedsTotalProteinNode,
  context: ResultContext,
): Finding {
  const read = readAll(context, node.codes);
  if (isFinding(read)) return read;
  const globulin = read.values.totalProtein - read.values.albumin;
  const facts = [
    ...read.facts,
    fact('globulin', Number(globulin.toFixed(2)), {
      unit: 'g/dL',
      limit: node.minGlobulin,
      comparator: '<=',
    }),
  ];
  const sentence = `globulin ${formatNumber(globulin, 1)} g/dL (${read.text.totalProtein} − ${read.text.albumin})`;
  return globulin <= node.minGlobulin
    ? matched(`${sentence}: albumin is not below total protein`, facts)
    : notMatched(sentence, facts);
}

export function evaluateEdtaContamination(node: EdtaContaminationNode, context: ResultContext): Finding {
  const read = readAll(context, { potassium: node.codes.potassium, calcium: node.codes.calcium });
  if (isFinding(read)) return read;
  const { potassium, calcium } = read.values;
  if (!(potassium >= node.potassiumMin && calcium <= node.calciumMax)) {
    return notMatched(`${read.text.potassium} with ${read.text.calcium}: not the EDTA pattern`, read.facts);
  }
  const alp = analyteNumber(context, node.codes.alkalinePhosphatase);
  const alpText =
    alp === undefined
      ? undefined
      : `${node.codes.alkalinePhosphatase} ${quantity(alp, unitOf(context, node.codes.alkalinePhosphatase))}`;
  const facts =
    alp === undefined
      ? read.facts
      : [...read.facts, fact(node.codes.alkalinePhosphatase, alp, { limit: node.alpMax, comparator: '<=' })];
  if (alp !== undefined && alp > node.alpMax) {
    return notMatched(
      `${read.text.potassium} with ${read.text.calcium}, but ${alpText ?? ''} is not low: not the EDTA pattern`,
      facts,
    );
  }
  return matched(
    `${read.text.potassium} (≥ ${node.potassiumMin}) with ${read.text.calcium} (≤ ${node.calciumMax})${alpText === undefined ? '' : ` and ${alpText} (≤ ${node.alpMax})`}`,
    facts,
  );
}

export function evaluateDextroseContamination(
  node: DextroseContaminationNode,
  context: ResultContext,
): Finding {
  const read = readAll(context, node.codes);
  if (isFinding(read)) return read;
  const { glucose, calcium, sodium, chloride } = read.values;
  const lowSaltText = [
    sodium <= node.sodiumMax ? `${read.text.sodium} (≤ ${node.sodiumMax})` : undefined,
    chloride <= node.chlorideMax ? `${read.text.chloride} (≤ ${node.chlorideMax})` : undefined,
  ].filter((part) => part !== undefined);
  const fires = glucose >= node.glucoseMin && calcium <= node.calciumMax && lowSaltText.length > 0;
  return fires
    ? matched(
        `${read.text.glucose} (≥ ${node.glucoseMin}) with ${read.text.calcium} (≤ ${node.calciumMax}) and ${lowSaltText.join(' and ')}`,
        read.facts,
      )
    : notMatched(
        `${read.text.glucose}, ${read.text.calcium}, ${read.text.sodium}, ${read.text.chloride}: not the dextrose pattern`,
        read.facts,
      );
}

export function evaluateSalineContamination(node: SalineContaminationNode, context: ResultContext): Finding {
  const read = readAll(context, node.codes);
  if (isFinding(read)) return read;
  const { chloride, calcium, sodium, bicarbonate } = read.values;
  const gap = sodium - (chloride + bicarbonate);
  const facts = [
    ...read.facts,
    fact('anion gap', Number(gap.toFixed(2)), { unit: 'mmol/L', limit: node.anionGapMax, comparator: '<=' }),
  ];
  const fires = chloride >= node.chlorideMin && calcium <= node.calciumMax && gap <= node.anionGapMax;
  return fires
    ? matched(
        `${read.text.chloride} (≥ ${node.chlorideMin}) with ${read.text.calcium} (≤ ${node.calciumMax}) and anion gap ${formatNumber(gap)} (≤ ${node.anionGapMax})`,
        facts,
      )
    : notMatched(
        `${read.text.chloride}, ${read.text.calcium}, anion gap ${formatNumber(gap)}: not the saline pattern`,
        facts,
      );
}

export function evaluateDifferentialSum(node: DifferentialSumNode, context: ResultContext): Finding {
  const read = readAll(context, Object.fromEntries(node.codes.map((code) => [code, code])));
  if (isFinding(read)) return read;
  const sum = Object.values(read.values).reduce((total, value) => total + value, 0);
  const facts = [
    ...read.facts,
    fact('differential sum', Number(sum.toFixed(2)), { unit: '%', limit: node.tolerance }),
  ];
  const sentence = `the differential (${node.codes.join(' + ')}) adds up to ${formatNumber(sum, 1)}%`;
  return Math.abs(sum - 100) > node.tolerance
    ? matched(`${sentence}, not 100 ± ${node.tolerance}`, facts)
    : notMatched(sentence, facts);
}
