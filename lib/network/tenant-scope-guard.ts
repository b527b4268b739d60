/**
 * TenantScopeGuard: cluster-wide singletons belong to the PlatformStack only. A tenant stack that
 * declares one (applying SDN, the datacenter firewall, cluster options, ...) would fight the
 * platform's state and every other tenant's, so synthesis fails with the construct path and type.
 *
 * Use as an aspect: `Aspects.of(tenantStack).add(new TenantScopeGuard())` (the failure is a
 * construct validation, raised by `app.synth()` and by `Testing.synth(stack, true)`), or call
 * `assertNoClusterSingletons(scope)` to throw at once.
 */
import { TerraformResource, type IAspect } from 'cdktf';
import type { IConstruct } from 'constructs';

/**
 * (The SDN applier is not among them: a tenant stack applies its own SDN changes, see
 * NetworkSegments; the apply is cluster-wide but only makes pending objects live.)
 *
 * Resource types that exist once per cluster (or configure the nodes themselves) and therefore
 * belong to the platform, with the reason shown in the error. Both the short and the legacy
 * `proxmox_virtual_environment_*` names are listed.
 */
export const CLUSTER_SINGLETON_REASONS: Readonly<Record<string, string>> = Object.freeze({
  proxmox_virtual_environment_cluster_firewall: 'sets the datacenter firewall options of the whole cluster',
  proxmox_cluster_options: 'sets the datacenter options of the whole cluster',
  proxmox_virtual_environment_cluster_options: 'sets the datacenter options of the whole cluster',
  proxmox_metrics_server: 'ships the metrics of every node and guest',
  proxmox_virtual_environment_metrics_server: 'ships the metrics of every node and guest',
  proxmox_sdn_controller_evpn: 'is the EVPN control plane shared by every tenant zone',
  proxmox_sdn_fabric_openfabric: 'is the underlay fabric shared by every zone',
  proxmox_sdn_fabric_ospf: 'is the underlay fabric shared by every zone',
  proxmox_sdn_fabric_node_openfabric: 'is the underlay fabric shared by every zone',
  proxmox_sdn_fabric_node_ospf: 'is the underlay fabric shared by every zone',
  proxmox_virtual_environment_sdn_fabric_openfabric: 'is the underlay fabric shared by every zone',
  proxmox_virtual_environment_sdn_fabric_ospf: 'is the underlay fabric shared by every zone',
  proxmox_virtual_environment_sdn_fabric_node_openfabric: 'is the underlay fabric shared by every zone',
  proxmox_virtual_environment_sdn_fabric_node_ospf: 'is the underlay fabric shared by every zone',
  proxmox_node_firewall: 'sets the host firewall of a node that runs every tenant',
  proxmox_virtual_environment_node_firewall: 'sets the host firewall of a node that runs every tenant',
});

/** The resource types a tenant stack must not declare (sorted). */
export const CLUSTER_SINGLETON_TYPES: readonly string[] = Object.freeze(Object.keys(CLUSTER_SINGLETON_REASONS).sort());

/** One offending resource: where it is and what it is. */
export interface SingletonViolation {
  /** Construct path, e.g. `musterstadt/Applier`. */
  readonly path: string;
  /** Terraform resource type, e.g. `proxmox_sdn_applier`. */
  readonly type: string;
}

/**
 * Firewall rule lists that belong to the platform unless they name a guest: without `vm_id` and
 * `container_id` bpg writes the datacenter's rules (`/cluster/firewall/rules`) or a node's host
 * rules, which every node and tenant depends on (lib/network/host-firewall.ts). Proxmox cannot
 * stop a tenant pipeline here: its identity has Sys.Modify on `/` (backup jobs, security groups;
 * docs/datacenter.md), which is also what cluster rules check.
 */
const RULE_LIST_TYPES: readonly string[] = ['proxmox_virtual_environment_firewall_rules', 'proxmox_firewall_rules'];
const HOST_RULES_REASON = 'without vm_id or container_id writes the datacenter (or a node\'s) host firewall rules that every tenant depends on';

/** The violation a single construct represents, if any. */
function violationOf(node: IConstruct): SingletonViolation | undefined {
  if (!TerraformResource.isTerraformResource(node)) return undefined;
  const type = (node as TerraformResource).terraformResourceType;
  if (RULE_LIST_TYPES.includes(type)) {
    const r = node as unknown as { readonly vmIdInput?: unknown; readonly containerIdInput?: unknown };
    return r.vmIdInput === undefined && r.containerIdInput === undefined ? { path: node.node.path, type } : undefined;
  }
  return type in CLUSTER_SINGLETON_REASONS ? { path: node.node.path, type } : undefined;
}

/** The error text for one violation. */
export function singletonMessage(v: SingletonViolation): string {
  return `${v.path}: resource type ${v.type} ${CLUSTER_SINGLETON_REASONS[v.type] ?? HOST_RULES_REASON}; it belongs to the PlatformStack, ` +
    'not to a tenant stack (remove it here and let the platform own it)';
}

/** Every cluster singleton declared in `scope` and below, in construct-tree order. */
export function findClusterSingletons(scope: IConstruct): SingletonViolation[] {
  const out: SingletonViolation[] = [];
  for (const node of scope.node.findAll()) {
    const v = violationOf(node);
    if (v) out.push(v);
  }
  return out;
}

/** Throws one error listing every cluster singleton declared in `scope`. */
export function assertNoClusterSingletons(scope: IConstruct): void {
  const found = findClusterSingletons(scope);
  if (found.length > 0) {
    throw new Error(`Tenant scope ${scope.node.path} declares ${found.length} cluster-wide singleton${found.length === 1 ? '' : 's'}:\n` +
      found.map((v) => `  - ${singletonMessage(v)}`).join('\n'));
  }
}

/**
 * Aspect for tenant stacks: adds a validation to every cluster-singleton resource, so synthesis
 * fails with the offending construct path and resource type.
 */
export class TenantScopeGuard implements IAspect {
  /** Nodes already given a validation (aspects run again on every synth). */
  private readonly guarded = new WeakSet<IConstruct>();

  public visit(node: IConstruct): void {
    const v = violationOf(node);
    if (!v || this.guarded.has(node)) return;
    this.guarded.add(node);
    node.node.addValidation({ validate: () => [singletonMessage(v)] });
  }
}
