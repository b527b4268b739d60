/**
 * Which resource types the plan guard treats specially, and why. One table, used by the guard,
 * its output and docs/pipelines.md.
 *
 * - `data`: destroying it destroys data (secrets, certificates, guests' disks). Delete or replace
 *   always needs an approval, also during offboarding.
 * - `backup`: the tenant's backups (PBS storage, backup job). Delete or replace needs an approval;
 *   during offboarding, an approval given after the backup retention has passed.
 * - `network`, `tenancy`: the tenant's SDN objects and resource pool. Delete or replace needs an
 *   approval while the tenant is active (a replace renumbers or cuts off every guest); during
 *   offboarding they may be deleted.
 * - `identity`: realms, groups, ACLs, users, tokens, Vault policies and auth roles. Not protected;
 *   listed so that offboarding output can say "revokes access".
 */
export type ResourceCategory = 'data' | 'backup' | 'network' | 'tenancy' | 'identity';
/** The categories whose delete or replace needs an approval while the tenant is active. */
export declare const PROTECTED_CATEGORIES: readonly ResourceCategory[];
export interface ResourceClass {
    readonly category: ResourceCategory;
    /** Why the class is special, shown next to a rejected change. */
    readonly reason: string;
}
/**
 * The class of a resource, judged from its type and (for vault_mount) its mount type in the
 * values before the change (or after, for a create).
 */
export declare function classifyResource(type: string, before: unknown, after: unknown): ResourceClass | undefined;
