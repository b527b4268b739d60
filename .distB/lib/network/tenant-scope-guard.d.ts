/**
 * TenantScopeGuard: cluster-wide singletons belong to the PlatformStack only. A tenant stack that
 * declares one (applying SDN, the datacenter firewall, cluster options, ...) would fight the
 * platform's state and every other tenant's, so synthesis fails with the construct path and type.
 *
 * Use as an aspect: `Aspects.of(tenantStack).add(new TenantScopeGuard())` (the failure is a
 * construct validation, raised by `app.synth()` and by `Testing.synth(stack, true)`), or call
 * `assertNoClusterSingletons(scope)` to throw at once.
 */
import { type IAspect } from 'cdktf';
import type { IConstruct } from 'constructs';
/**
 * Resource types that exist once per cluster (or configure the nodes themselves) and therefore
 * belong to the platform, with the reason shown in the error. Both the short and the legacy
 * `proxmox_virtual_environment_*` names are listed.
 */
export declare const CLUSTER_SINGLETON_REASONS: Readonly<Record<string, string>>;
/** The resource types a tenant stack must not declare (sorted). */
export declare const CLUSTER_SINGLETON_TYPES: readonly string[];
/** One offending resource: where it is and what it is. */
export interface SingletonViolation {
    /** Construct path, e.g. `musterstadt/Applier`. */
    readonly path: string;
    /** Terraform resource type, e.g. `proxmox_sdn_applier`. */
    readonly type: string;
}
/** The error text for one violation. */
export declare function singletonMessage(v: SingletonViolation): string;
/** Every cluster singleton declared in `scope` and below, in construct-tree order. */
export declare function findClusterSingletons(scope: IConstruct): SingletonViolation[];
/** Throws one error listing every cluster singleton declared in `scope`. */
export declare function assertNoClusterSingletons(scope: IConstruct): void;
/**
 * Aspect for tenant stacks: adds a validation to every cluster-singleton resource, so synthesis
 * fails with the offending construct path and resource type.
 */
export declare class TenantScopeGuard implements IAspect {
    /** Nodes already given a validation (aspects run again on every synth). */
    private readonly guarded;
    visit(node: IConstruct): void;
}
