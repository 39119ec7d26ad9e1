import { specimenAgeMinutes } from './context-values.js';
import { fact, matched, notMatched, type Finding } from './finding.js';
import type { ResultContext } from './result-context.js';
import type { SerumIndexNode, SpecimenAgeNode } from './specimen-nodes.js';
import { describeResult, formatNumber, resultFact } from './wording.js';

export function evaluateSpecimenAge(node: SpecimenAgeNode, context: ResultContext): Finding {
  const { definition } = context;
  const limit = definition.stabilityMinutes ?? node.fallbackMinutes?.[definition.code];
  if (limit === undefined) return notMatched(`${definition.name} has no stability limit configured`);
  const source = definition.stabilityMinutes === undefined ? 'rule fallback' : 'test definition';
  const age = specimenAgeMinutes(context);
  if (age === undefined) {
    const sentence = `the collection time of the ${definition.name} specimen is unknown (stability ${limit} min)`;
    return node.whenMissing === 'fire'
      ? matched(sentence, [fact('collection time', 'unknown')])
      : notMatched(sentence);
  }
  const facts = [fact('specimen age', Math.round(age), { unit: 'min', limit, comparator: '>', source })];
  return age > limit
    ? matched(
        `${definition.name} specimen was ${formatNumber(Math.round(age))} min old (stability ${limit} min)`,
        facts,
      )
    : notMatched(
        `${definition.name} specimen was ${formatNumber(Math.round(age))} min old, within ${limit} min`,
        facts,
      );
}

export function evaluateSerumIndex(node: SerumIndexNode, context: ResultContext): Finding {
  const { definition } = context;
  const fromDefinition = definition.serumIndexLimits?.[node.index];
  const limit = fromDefinition ?? node.fallbackLimits?.[definition.code];
  if (limit === undefined) return notMatched(`${definition.name} has no ${node.index} limit configured`);
  const source =
    fromDefinition !== undefined
      ? (definition.serumIndexLimits?.source ?? 'test definition')
      : 'rule fallback';
  const index = context.specimen.serumIndices?.[node.index];
  if (index === undefined) {
    const sentence = `no ${node.index} index was reported for the specimen (limit ${limit})`;
    return node.whenMissing === 'fire'
      ? matched(sentence, [fact(`${node.index} index`, 'missing')])
      : notMatched(sentence);
  }
  const facts = [resultFact(context), fact(`${node.index} index`, index, { limit, comparator: '>', source })];
  return index > limit
    ? matched(
        `${describeResult(context)} with ${node.index} index ${formatNumber(index)} (limit ${limit})`,
        facts,
      )
    : notMatched(`${node.index} index ${formatNumber(index)} within the limit of ${limit}`, facts);
}
