import { LabError, rolesGrant, type Permission, type Role } from '@aliquot/domain';
import { appendAudit, type AuditEntry, type Db, type Tx } from '@aliquot/storage';

/** Who is acting: a signed-in person, or a system actor such as an instrument interface. */
export interface Actor {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
}

/** What every use case runs against. `now` is injectable so tests and the simulator control time. */
export interface LabContext {
  readonly db: Db;
  readonly now: () => Date;
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!rolesGrant(actor.roles, permission)) {
    throw LabError.forbidden(
      `${actor.displayName} (${actor.roles.join(', ') || 'no role'}) may not do this: it needs the ${permission} permission`,
    );
  }
}

export interface UnitOfWork {
  readonly tx: Tx;
  readonly now: Date;
  /** Records an audit entry; all entries are appended to the chain just before commit. */
  readonly audit: (entry: Omit<AuditEntry, 'actor'>) => void;
}

interface PgError {
  code?: string;
  detail?: string;
  constraint?: string;
}

/** PostgreSQL refusals that mean the request was wrong, turned into errors a person can act on. */
function translate(error: unknown): unknown {
  if (error instanceof LabError || typeof error !== 'object' || error === null) return error;
  const pgError = error as PgError;
  switch (pgError.code) {
    case '23505':
      return LabError.conflict(
        `already exists: ${pgError.detail ?? pgError.constraint ?? 'a unique value is repeated'}`,
      );
    case '23503':
      return LabError.invalid(
        `refers to something that does not exist: ${pgError.detail ?? pgError.constraint ?? ''}`,
      );
    case '23514':
      return LabError.invalid(`a value is not allowed (${pgError.constraint ?? 'check constraint'})`);
    case '22P02':
    case '22007':
    case '22008':
      return LabError.invalid(`a value has the wrong format: ${(error as Error).message}`);
    default:
      return error;
  }
}

/**
 * Runs one use case: checks the actor's permission, then does all its work in one transaction, with
 * its audit entries chained in before commit. Nothing is half-written: any error rolls everything back.
 */
export async function runUseCase<T>(
  lab: LabContext,
  actor: Actor,
  permission: Permission,
  work: (uow: UnitOfWork) => Promise<T>,
): Promise<T> {
  requirePermission(actor, permission);
  const now = lab.now();
  try {
    return await lab.db.transaction().execute(async (tx) => {
      const entries: AuditEntry[] = [];
      const result = await work({
        tx,
        now,
        audit: (entry) => entries.push({ ...entry, actor: actor.username }),
      });
      await appendAudit(tx, entries);
      return result;
    });
  } catch (error) {
    throw translate(error);
  }
}
