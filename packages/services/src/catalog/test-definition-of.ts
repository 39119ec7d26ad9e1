import { findTestDefinition, type Executor, type StoredTestDefinition } from '@aliquot/storage';
import { TransactionMemo } from '../transaction-memo.js';

const definitions = new TransactionMemo<StoredTestDefinition | undefined>();

/**
 * A test's stored definition, read once per transaction: mapping an analyzer message, recording and
 * judging its results all ask for it. A catalog change is a use case of its own, so a transaction that
 * records results never changes a definition it has read.
 */
export function testDefinitionOf(tx: Executor, code: string): Promise<StoredTestDefinition | undefined> {
  return definitions.get(tx, code, () => findTestDefinition(tx, code));
}
