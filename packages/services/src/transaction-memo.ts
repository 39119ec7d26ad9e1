import type { Executor } from '@aliquot/storage';

/**
 * Reads kept for the length of one transaction, so what every result of an analyzer message needs (a
 * test's definition, the instrument's QC holds and last accepted runs) is read once per message, not
 * once per result. The transaction is the key: nothing outlives it, and another transaction never sees
 * it. Whoever changes a remembered value in the same transaction forgets it. Outside a transaction
 * nothing is kept: each read is fresh.
 */
export class TransactionMemo<V> {
  readonly #byTx = new WeakMap<Executor, Map<string, Promise<V>>>();

  get(tx: Executor, key: string, load: () => Promise<V>): Promise<V> {
    if (!tx.isTransaction) return load();
    let values = this.#byTx.get(tx);
    if (values === undefined) {
      values = new Map();
      this.#byTx.set(tx, values);
    }
    let value = values.get(key);
    if (value === undefined) {
      value = load();
      values.set(key, value);
    }
    return value;
  }

  forget(tx: Executor, key: string): void {
    this.#byTx.get(tx)?.delete(key);
  }
}
