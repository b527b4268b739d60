/**
 * What the tenant stacks' provisioning identity needs on the fleet's guest templates
 * (`compute.templates`, docs/workloads.md) to clone them: one grant per template VM, derived from
 * the fleet, never a grant on `/vms` as a whole.
 *
 * Sources: proxmox/qemu-server @ e6352be67f70042a7433a3a3c712b36d02f9f7cb src/PVE/API2/Qemu.pm
 * `clone_vm` L4337-4346 checks VM.Clone on `/vms/<source vmid>` (and VM.Allocate on the new
 * `/vms/<id>` or on the target pool). VM.Audit lets the identity read the template (bpg reads
 * the source VM's configuration while cloning; which GET and its check were not read: guess).
 * The target side (VM.Allocate on the pool, Datastore.AllocateSpace on the target storage, SDN.Use
 * on the NICs' vnets) comes from the tenant's pool grants and the pool's storage members
 * (lib/identity/tenant-access.ts, lib/rehearsal/model/proxmox/guest-calls.ts for the citations).
 *
 * Container templates are volumes (`<storage>:vztmpl/<file>`): proxmox/pve-container
 * src/PVE/API2/LXC.pm create L339-343 calls pve-storage Storage.pm `check_volume_access`
 * (@ 0c56bad, L619-648), which accepts Datastore.Allocate, Datastore.AllocateSpace or
 * Datastore.Audit on the template's storage. The tenant identity holds those on /storage
 * (propagated) already, so container templates need no grant of their own.
 */
import type { FleetFile } from '../model/parameters';

/** The role the tenant provisioning identity holds on each VM template (not propagated). */
export const TEMPLATE_CLONE_ROLE_ID = 'ProvisionTenantTemplates';

/** The privileges of {@link TEMPLATE_CLONE_ROLE_ID}: read the template and clone it, nothing else. */
export const TEMPLATE_CLONE_PRIVILEGES: readonly string[] = Object.freeze(['VM.Audit', 'VM.Clone']);

/** One ACL the platform engineer sets for the tenant provisioning identity on a template VM. */
export interface TemplateCloneGrant {
  /** `/vms/<template vmid>`. */
  readonly path: string;
  readonly propagate: false;
  readonly roleId: string;
  readonly privileges: readonly string[];
  /** The profiles cloned from this template (one template may serve several profiles). */
  readonly profiles: readonly string[];
}

/** The distinct VM template IDs of a fleet (`compute.templates.<profile>.vmId`), ascending, with the profiles that use each. */
export function fleetVmTemplates(fleet: Pick<FleetFile, 'compute'>): { readonly vmId: number; readonly profiles: readonly string[] }[] {
  const byId = new Map<number, string[]>();
  for (const profile of Object.keys(fleet.compute?.templates ?? {}).sort()) {
    const vmId = fleet.compute?.templates?.[profile]?.vmId;
    if (vmId === undefined) continue;
    const ps = byId.get(vmId) ?? [];
    ps.push(profile);
    byId.set(vmId, ps);
  }
  return [...byId.keys()].sort((a, b) => a - b).map((vmId) => ({ vmId, profiles: byId.get(vmId) ?? [] }));
}

/** The container template volumes of a fleet (`compute.templates.<profile>.file`), sorted, without duplicates. */
export function fleetTemplateFiles(fleet: Pick<FleetFile, 'compute'>): string[] {
  const files = Object.values(fleet.compute?.templates ?? {}).map((t) => t.file).filter((f): f is string => f !== undefined);
  return [...new Set(files)].sort();
}

/**
 * The grants on the fleet's VM templates that cloning needs: VM.Clone and VM.Audit on
 * `/vms/<template id>` for each template, not propagated (a template is a leaf path).
 */
export function templateCloneGrants(fleet: Pick<FleetFile, 'compute'>): TemplateCloneGrant[] {
  return fleetVmTemplates(fleet).map((t) => ({
    path: `/vms/${t.vmId}`,
    propagate: false,
    roleId: TEMPLATE_CLONE_ROLE_ID,
    privileges: TEMPLATE_CLONE_PRIVILEGES,
    profiles: t.profiles,
  }));
}
