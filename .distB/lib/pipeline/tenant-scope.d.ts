/**
 * Does a planned change stay inside its tenant? Each resource type the tenant stack renders is
 * identified by a few attributes (pool ID, vnet ID, ACL path, storage ID, Vault path, ...). The
 * values before and after the change must belong to the tenant's TenantSpec; anything else is a
 * change to another tenant or to the platform and is rejected. Unknown values (computed after
 * apply) are not judged; resource types without an identifying attribute are not judged either
 * (they are listed as "not checked" in the guard's JSON output).
 */
import type { TenantSpec } from '../config/spec';
/** One reason a change is outside its tenant. */
export interface ScopeFinding {
    /** `before` or `after`: which side of the change carries the foreign value. */
    readonly side: 'before' | 'after';
    readonly attribute: string;
    readonly value: string;
    /** What the tenant's value would be. */
    readonly expected: string;
}
/** The outcome for one resource change. */
export interface ScopeResult {
    /** True when at least one identifying attribute was compared. */
    readonly checked: boolean;
    readonly findings: readonly ScopeFinding[];
}
/** The facts of a tenant the checks compare against, derived once from its spec. */
export interface TenantFacts {
    readonly key: string;
    readonly code: string;
    readonly pool: string;
    readonly zoneId: string;
    readonly zoneOwned: boolean;
    readonly vnets: ReadonlySet<string>;
    readonly block: string;
    readonly storageId: string;
    readonly pbsNamespace: string;
    readonly vmIds: {
        readonly start: number;
        readonly end: number;
    };
    readonly groups: ReadonlySet<string>;
    readonly realm?: string;
    readonly pipelineUser: string;
    readonly vaultNamespace?: string;
    readonly vaultPathPrefix: string;
    readonly policyPrefix: string;
    readonly pkiRole: string;
}
/** Derives the comparison facts from a resolved tenant. */
export declare function tenantFacts(spec: TenantSpec): TenantFacts;
/** Judges one resource change against the tenant. */
export declare function checkTenantScope(type: string, before: unknown, after: unknown, facts: TenantFacts): ScopeResult;
