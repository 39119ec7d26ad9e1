/**
 * The pattern every rule node follows, after Kysely's operation nodes: a plain, immutable,
 * JSON-serialisable object tagged by `kind`, plus a companion object of the same name with `create`
 * (the only way code builds one) and `is` (a type guard).
 */

export interface TaggedNode {
  readonly kind: string;
}

/**
 * A frozen copy of plain data: arrays and objects not yet frozen are copied (keys whose value is
 * undefined dropped) and frozen; frozen values, such as nodes already built, are shared as they are.
 * A caller's later change to an array it passed in cannot reach the node.
 */
export function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => frozenCopy(item))) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== undefined) copy[key] = frozenCopy(child);
  }
  return Object.freeze(copy) as T;
}

export interface NodeType<N extends TaggedNode, A extends readonly unknown[]> {
  readonly kind: N['kind'];
  is(node: TaggedNode): node is N;
  create(...args: A): N;
}

/** Define a node type from its kind and a builder of its other fields. */
export function nodeType<N extends TaggedNode, A extends readonly unknown[]>(
  kind: N['kind'],
  build: (...args: A) => Omit<N, 'kind'>,
): NodeType<N, A> {
  return Object.freeze({
    kind,
    is: (node: TaggedNode): node is N => node.kind === kind,
    create: (...args: A): N => frozenCopy({ kind, ...build(...args) }) as N,
  });
}
