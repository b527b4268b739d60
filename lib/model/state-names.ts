/**
 * Names the state backends derive from a stack's state name (tenant key or `platform`), shared by
 * the backend configuration (lib/blueprint/state-backend.ts) and the fleet-wide checks at
 * resolution (lib/config/validate-fleet.ts).
 */

/** Schema prefix of the pg backend when `state.settings.schemaPrefix` is not set. */
export const DEFAULT_PG_SCHEMA_PREFIX = 'kommunal';

/**
 * Longest PostgreSQL identifier in bytes: NAMEDATALEN - 1 with the default NAMEDATALEN of 64
 * (defined in postgres/postgres src/include/pg_config_manual.h). Longer identifiers, quoted ones
 * included, are cut to this length (PostgreSQL documentation, "SQL Syntax", 4.1.1 Identifiers
 * and Key Words; truncate_identifier in src/backend/parser/scansup.c). Caveat: taken from the
 * documentation and PostgreSQL's own regression test text (src/test/regress/sql/name.sql: "all
 * inputs are silently truncated at NAMEDATALEN-1 (63) characters"); the postgres source itself
 * was not in the reference index, and no server was measured here.
 */
export const PG_MAX_IDENTIFIER_BYTES = 63;

/**
 * The Postgres schema holding a stack's state with the pg backend. Terraform quotes it
 * (hashicorp/terraform v1.11.4 internal/backend/remote-state/pg/backend.go line 95,
 * `pq.QuoteIdentifier(schema_name)`) and keeps every state of the backend in the table `states`
 * of that schema, so the schema name alone separates two tenants' states.
 */
export function pgStateSchemaName(schemaPrefix: string | undefined, stateName: string): string {
  return `${schemaPrefix ?? DEFAULT_PG_SCHEMA_PREFIX}_${stateName.replace(/-/g, '_')}`;
}
