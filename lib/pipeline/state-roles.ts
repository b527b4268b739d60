/**
 * Least-privilege PostgreSQL roles for the `pg` state backend: per state (tenant, platform, cluster
 * platform) one role that only reads the state (the plan jobs) and one that reads and writes it
 * (the apply jobs), and the SQL the platform team runs once per new stack to create schema, table
 * and roles. Pure: the caller passes the schema names (read from the synthesized backend blocks).
 *
 * What terraform 1.11.4 needs from PostgreSQL (hashicorp/terraform v1.11.4 = 35645b8f,
 * internal/backend/remote-state/pg/):
 * - At every `init`/`plan`/`apply` (backend.go Configure, lines 105-145), unless switched off: it
 *   counts the schema in information_schema.schemata and, when it sees none, runs CREATE SCHEMA IF
 *   NOT EXISTS; then CREATE SEQUENCE IF NOT EXISTS public.global_states_id_seq, CREATE TABLE IF NOT
 *   EXISTS <schema>.states and CREATE UNIQUE INDEX IF NOT EXISTS states_by_name. Measured on
 *   PostgreSQL 15 with a role that has only USAGE on its schema and SELECT on `states`: the IF NOT
 *   EXISTS forms still fail on existing objects ("permission denied for schema public", "permission
 *   denied for schema <schema>", "must be owner of table states"): PostgreSQL checks the privilege
 *   before it looks for the object. So the jobs switch the three steps off with
 *   PG_SKIP_SCHEMA_CREATION / PG_SKIP_TABLE_CREATION / PG_SKIP_INDEX_CREATION (the environment
 *   fallbacks of skip_*_creation, backend.go lines 65-76), and the platform team creates the
 *   objects with {@link pgStateRolesSql}.
 * - Reading (client.go Get, lines 26-44): SELECT data FROM <schema>.states WHERE name = $1;
 *   listing workspaces (backend_state.go line 17): SELECT name FROM <schema>.states.
 * - Writing (client.go Put, lines 46-55): INSERT … ON CONFLICT (name) DO UPDATE SET data = $2 WHERE
 *   states.name = $1, so INSERT, UPDATE and SELECT on the table, and USAGE on the sequence for the
 *   id default (nextval). No DELETE: only `terraform workspace delete` deletes (client.go line 59).
 * - Locking (client.go Lock, lines 66-127): SELECT on the table plus session advisory locks
 *   (pg_try_advisory_lock), which need no privilege: a plan takes the lock with a read-only role.
 *   `terraform plan` writes no state (it takes the lock and reads; measured in
 *   test/rehearsal/backends/pg-state-roles.test.ts). Advisory locks are database-wide and open to
 *   every role: a role of one tenant can hold the creation lock (-1) or another state's row lock
 *   and so stall other tenants' runs (docs/security.md names this residual risk).
 */
import { PG_MAX_IDENTIFIER_BYTES } from '../model/state-names';

/**
 * The CI/CD variable with the connection string of a tenant's plan role (reads only its own
 * state). Scoped to the tenant's environment, not protected (merge requests plan); the plan job
 * exports it as PG_CONN_STR, so the protected PG_CONN_STR of the apply role never reaches a plan
 * (like KOMMUNAL_PLAN_PROXMOX_VE_API_TOKEN, lib/pipeline/credentials.ts).
 */
export const PLAN_PG_CONN_STR_VARIABLE = 'KOMMUNAL_PLAN_PG_CONN_STR';

/** The two roles of one state's schema. */
export interface PgStateRoles {
  /** The schema holding the state (the backend block's `schema_name`). */
  readonly schema: string;
  /** Reads the state and takes its lock: the plan jobs' role. */
  readonly planRole: string;
  /** Reads and writes the state: the apply jobs' (and platform jobs') role. */
  readonly applyRole: string;
}

/** The roles of a state schema: `<schema>_plan` and `<schema>_apply`. */
export function pgStateRoles(schema: string): PgStateRoles {
  return { schema, planRole: `${schema}_plan`, applyRole: `${schema}_apply` };
}

/** A PostgreSQL identifier in double quotes (embedded quotes doubled). */
function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A PostgreSQL string literal (embedded single quotes doubled). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Role names longer than PostgreSQL's identifier limit (they would be cut and could collide). */
export function pgStateRoleProblems(schemas: readonly string[]): string[] {
  const problems: string[] = [];
  for (const schema of schemas) {
    const r = pgStateRoles(schema);
    for (const role of [r.planRole, r.applyRole]) {
      const bytes = Buffer.byteLength(role, 'utf8');
      if (bytes > PG_MAX_IDENTIFIER_BYTES) problems.push(`role ${role} of schema ${schema} has ${bytes} bytes; PostgreSQL cuts identifiers at ${PG_MAX_IDENTIFIER_BYTES} bytes (use a shorter state.settings.schemaPrefix)`);
    }
  }
  return problems;
}

/**
 * The SQL that creates, for every schema, the state table as terraform would (backend.go lines
 * 125-145), the plan and apply roles (LOGIN, no password: the platform team sets one per role or
 * uses certificate authentication) and their grants. Idempotent: safe to run again after adding a
 * tenant. Run it as the owner of the existing state tables (the role of the former shared
 * PG_CONN_STR) or a superuser. Throws when a role name exceeds PostgreSQL's identifier limit.
 */
export function pgStateRolesSql(schemas: readonly string[]): string {
  const sorted = [...new Set(schemas)].sort();
  const problems = pgStateRoleProblems(sorted);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const lines: string[] = [
    '-- Generated by `kommunal state-roles`; do not edit. Least-privilege roles of the pg state backend',
    '-- (docs/state-backends.md): <schema>_plan reads its own state, <schema>_apply reads and writes it.',
    '-- Roles get no password here: set one per role (ALTER ROLE … PASSWORD) or use certificate',
    '-- authentication, and put the connection strings into the CI/CD variables of the stack\'s environment:',
    `-- PG_CONN_STR (protected) = the _apply role, ${PLAN_PG_CONN_STR_VARIABLE} (not protected) = the _plan role.`,
    'BEGIN;',
    'CREATE SEQUENCE IF NOT EXISTS public.global_states_id_seq AS bigint;',
  ];
  for (const schema of sorted) {
    const r = pgStateRoles(schema);
    const s = ident(schema);
    lines.push(
      '',
      `-- state schema ${schema}`,
      `CREATE SCHEMA IF NOT EXISTS ${s};`,
      `CREATE TABLE IF NOT EXISTS ${s}.states (id bigint NOT NULL DEFAULT nextval('public.global_states_id_seq') PRIMARY KEY, name text UNIQUE, data text);`,
      `CREATE UNIQUE INDEX IF NOT EXISTS states_by_name ON ${s}.states (name);`,
      ...[r.planRole, r.applyRole].map((role) => `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${literal(role)}) THEN CREATE ROLE ${ident(role)} LOGIN NOINHERIT; END IF; END $$;`),
      `REVOKE ALL ON SCHEMA ${s} FROM PUBLIC;`,
      `REVOKE ALL ON ${s}.states FROM PUBLIC;`,
      `GRANT USAGE ON SCHEMA ${s} TO ${ident(r.planRole)}, ${ident(r.applyRole)};`,
      `GRANT SELECT ON ${s}.states TO ${ident(r.planRole)};`,
      `GRANT SELECT, INSERT, UPDATE ON ${s}.states TO ${ident(r.applyRole)};`,
      `GRANT USAGE ON SEQUENCE public.global_states_id_seq TO ${ident(r.applyRole)};`,
    );
  }
  lines.push('COMMIT;', '');
  return lines.join('\n');
}
