/**
 * TenantGuests (L2): the virtual machines and containers of a tenant's guest catalogue
 * (lib/model/guests.ts, docs/workloads.md), rendered from resolved GuestSpecs as plain bpg/proxmox
 * 0.111.1 resources:
 *
 * - a VM is a `proxmox_virtual_environment_vm` with a full `clone` of the fleet's template (the SDK
 *   resource: mature clone, disk resize and cloud-init `initialization` with
 *   `vendor_data_file_id`; why not `proxmox_vm`/`proxmox_cloned_vm`: docs/workloads.md);
 * - a container is a `proxmox_virtual_environment_container` from a template volume (unprivileged);
 * - a profile with HA gets a `proxmox_haresource` (`vm:<id>` / `ct:<id>`, state started).
 *
 * Each guest: its VM ID from the lock, the tenant pool (the backup job selects by pool), tags
 * (tenant code, profile, `override`), disks only on the given storage (a member of the tenant
 * pool), every NIC on a segment vnet with `firewall = true` (the guest firewall itself is
 * TenantFirewall's), MAC addresses left to Proxmox (generated once at creation and kept in state:
 * bpg 0.111.1 proxmoxtf/resource/vm/network/schema.go L108-113, `mac_address` optional and
 * computed). A guest with a data disk gets `protection` (Proxmox then refuses to remove the guest
 * or its disks: bpg proxmoxtf/resource/vm/vm.go L1351-1356, the flag's description) and
 * `prevent_destroy`; the plan guard classes a guest delete and a disk removal as data loss
 * (lib/pipeline/resource-classes.ts).
 *
 * Addresses: `<Guests>/<guest name>/<index>/Vm|Container|Ha`, stable per guest name and instance.
 */
import { Construct } from 'constructs';
import type { TerraformResource } from 'cdktf';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';
import type { GuestInstanceSpec, GuestSpec } from '../model/spec';
import type { TenantIdentity } from '../model/tenant-identity';
import { GUEST_CATALOGUE } from '../model/guests';
import { Haresource } from '../providers/proxmox/haresource';
import { Harule } from '../providers/proxmox/harule';
import { VirtualEnvironmentContainer } from '../providers/proxmox/virtual-environment-container';
import { VirtualEnvironmentVm, type VirtualEnvironmentVmNetworkDevice } from '../providers/proxmox/virtual-environment-vm';

/** Properties of {@link TenantGuests}. */
export interface TenantGuestsProps {
  /** The tenant the guests belong to (pool, code for tags, key for descriptions). */
  readonly tenant: TenantIdentity;
  /** Resolved guests by name (lib/config/resolve.ts). */
  readonly guests: Readonly<Record<string, GuestSpec>>;
  /**
   * Proxmox nodes of the tenant's cluster; a guest is created on `nodes[vmId % nodes.length]`
   * (or of `cellNodes`), and VMs are cloned from templates on `nodes[0]`.
   */
  readonly nodes: readonly string[];
  /**
   * The nodes of the tenant's cell (fleet `clusters.<id>.cells`): guests are created on these
   * instead of on every node of the cluster. @default - no cell: `nodes`
   */
  readonly cellNodes?: readonly string[];
  /** The platform's logging vendor data volume (`cicustom vendor=`), for profiles with cloud-init. */
  readonly vendorDataVolume: string;
}

/** The resources of one guest instance. */
export interface GuestInstance {
  readonly spec: GuestInstanceSpec;
  readonly node: string;
  /** The VM or container. */
  readonly resource: VirtualEnvironmentVm | VirtualEnvironmentContainer;
  readonly ha?: Haresource;
}

/** The Proxmox node a guest instance is created on: spread by VM ID over the cluster's nodes. */
export function guestNode(vmId: number, nodes: readonly string[]): string {
  if (nodes.length === 0) throw new Error('a tenant cluster without nodes cannot hold guests');
  return nodes[vmId % nodes.length];
}

/** Proxmox tags of a guest: sorted, as Proxmox stores them (so that the plan shows no reordering). */
export function guestTags(tenant: TenantIdentity, g: GuestSpec): string[] {
  return [tenant.code, g.profile, ...(g.overrideReason !== undefined ? ['override'] : [])].sort();
}

/** Renders a tenant's guests (see the file comment). */
export class TenantGuests extends Construct {
  /** Instances by guest name, in index order. */
  public readonly instances: Readonly<Record<string, readonly GuestInstance[]>>;

  public constructor(scope: Construct, id: string, props: TenantGuestsProps) {
    super(scope, id);
    escapeTemplateLiteralsOf(this);
    const out: Record<string, GuestInstance[]> = {};
    for (const name of Object.keys(props.guests).sort()) {
      const g = props.guests[name];
      const gScope = new Construct(this, name);
      out[name] = g.instances.map((inst) => renderInstance(new Construct(gScope, String(inst.index)), props, g, inst));
    }
    this.instances = Object.freeze(out);
    const ha = Object.values(out).flatMap((list) => list.flatMap((i) => (i.ha !== undefined ? [i] : [])));
    if (props.cellNodes !== undefined && ha.length > 0) {
      // HA relocation stays inside the cell: one strict node-affinity rule over the tenant's HA
      // resources. PVE 9 (the modelled version) counts a cluster without HA groups as migrated and
      // refuses new groups and `group` on resources (pve-ha-manager @ b71218f Config.pm L261-268,
      // API2/HA/Groups.pm L118-119, API2/HA/Resources.pm L202-203), so rules, not groups; a rule
      // names its resources, which must already be HA-managed (API2/HA/Rules.pm L45-59), so it lives
      // in the tenant stack, after the resources. Priority 1 for every node: a guess at a neutral
      // value (bpg's rendering of the nodes map was not read).
      this.cellRule = new Harule(this, 'CellAffinity', {
        rule: `${props.tenant.pool}-cell`,
        type: 'node-affinity',
        strict: true,
        nodes: Object.fromEntries([...props.cellNodes].sort().map((n) => [n, 1])),
        resources: ha.map((i) => `${i.resource instanceof VirtualEnvironmentVm ? 'vm' : 'ct'}:${i.spec.vmId}`).sort(),
        comment: `${props.tenant.key} cell`,
        dependsOn: ha.flatMap((i) => (i.ha !== undefined ? [i.ha] : [])),
      });
    }
  }

  /** The node-affinity rule that keeps the tenant's HA guests on its cell's nodes (only with a cell and HA guests). */
  public readonly cellRule?: TerraformResource;

  /** Every VM and container resource, for dependencies of the guest firewall. */
  public resourceOf(name: string, index: number): TerraformResource {
    return this.instances[name][index].resource;
  }
}

/**
 * The IPv4 configuration of a NIC, by position (ip_config i is NIC i): the static address of an
 * edge that owns the gateway, DHCP where the segment serves it, else none (the guest's own).
 */
function ipConfigOf(n: GuestSpec['nics'][number]): { ipv4?: { address: string } } {
  const address = n.address ?? (n.dhcp ? 'dhcp' : undefined);
  return address !== undefined ? { ipv4: { address } } : {};
}

function renderInstance(scope: Construct, props: TenantGuestsProps, g: GuestSpec, inst: GuestInstanceSpec): GuestInstance {
  const node = guestNode(inst.vmId, props.cellNodes ?? props.nodes);
  const description = `${props.tenant.key} ${g.name} (${g.profile}, size ${g.size}): ${GUEST_CATALOGUE[g.profile].description}` +
    (g.overrideReason !== undefined ? `. Override of the vetted size: ${g.overrideReason}` : '');
  const common = {
    nodeName: node,
    vmId: inst.vmId,
    description,
    poolId: props.tenant.pool,
    tags: guestTags(props.tenant, g),
    protection: g.protected,
    started: true,
    // HA relocates guests between nodes; the node is where the guest was created, not a target
    // to move back to (a VM would migrate back, a container would be re-created: bpg 0.111.1
    // proxmoxtf/resource/container/container.go L987-992 `node_name` ForceNew).
    lifecycle: { ignoreChanges: ['node_name'], ...(g.protected ? { preventDestroy: true } : {}) },
  };
  let resource: VirtualEnvironmentVm | VirtualEnvironmentContainer;
  if (g.kind === 'vm') {
    const template = g.template as { vmId: number };
    resource = new VirtualEnvironmentVm(scope, 'Vm', {
      ...common,
      name: inst.hostname,
      onBoot: true,
      // A node change migrates instead of re-creating (bpg vm.go L1782-1789: ForceNew unless `migrate`).
      migrate: true,
      // The clone runs on the template's node (PVE's clone API is /nodes/<node of the source>/qemu/
      // <vmid>/clone; a template on another node: "Configuration file ... does not exist", found by
      // the rehearsal) and writes the new VM to `node_name` (bpg vm.go clone `node_name`: the source
      // node, default the target). Templates live on the cluster's first node (docs/workloads.md).
      clone: { vmId: template.vmId, full: true, datastoreId: g.storage, nodeName: props.nodes[0] },
      agent: { enabled: true },
      cpu: { cores: g.cores },
      memory: { dedicated: g.memoryMiB },
      disk: [
        { interface: 'scsi0', datastoreId: g.storage, size: g.diskGiB },
        ...(g.dataDiskGiB !== undefined ? [{ interface: 'scsi1', datastoreId: g.storage, size: g.dataDiskGiB, backup: true }] : []),
      ],
      // bpg 0.111.1 declares network_device as an attribute of type list(object) (optional, computed;
      // lib/rehearsal/schemas/bpg-proxmox-0.111.1.json), not a block: in JSON syntax terraform requires
      // every key of the object type in each element ("attributes ... are required", found by the
      // rehearsal of musterstadt with terraform 1.11.4), so the elements carry every key, unset ones null.
      networkDevice: [
        ...g.nics.map((n) => networkDevice(n.vnetId)),
        // The edge's uplink (its path to the platform services), last so the segment NICs keep their numbers.
        ...(g.uplink !== undefined ? [networkDevice(g.uplink.bridge)] : []),
      ],

      ...(g.cloudInit ? {
        initialization: {
          datastoreId: g.storage,
          vendorDataFileId: props.vendorDataVolume,
          // The uplink's address comes from the platform's transfer network, outside this blueprint: none here.
          ipConfig: [...g.nics.map(ipConfigOf), ...(g.uplink !== undefined ? [{}] : [])],
        },
      } : {}),
    });
  } else {
    const template = g.template as { file: string };
    resource = new VirtualEnvironmentContainer(scope, 'Container', {
      ...common,
      unprivileged: true,
      startOnBoot: true,
      operatingSystem: { templateFileId: template.file },
      cpu: { cores: g.cores },
      memory: { dedicated: g.memoryMiB },
      disk: { datastoreId: g.storage, size: g.diskGiB },
      networkInterface: g.nics.map((n, i) => ({ name: `eth${i}`, bridge: n.vnetId, firewall: true })),
      initialization: {
        hostname: inst.hostname,
        ipConfig: g.nics.map(ipConfigOf),
      },
    });
  }
  const ha = g.ha
    ? new Haresource(scope, 'Ha', {
      resourceId: `${g.kind === 'vm' ? 'vm' : 'ct'}:${inst.vmId}`,
      state: 'started',
      comment: `${props.tenant.key} ${g.name} ${inst.index}`,
      dependsOn: [resource],
    })
    : undefined;
  return Object.freeze({ spec: inst, node, resource, ...(ha !== undefined ? { ha } : {}) });
}

/**
 * One `network_device` element on `bridge`: firewall on, virtio, every other key of the object type
 * null (PVE's defaults; the MAC left to PVE). The binding writes each key it is given; null (not
 * undefined) keeps the key in the JSON.
 */
function networkDevice(bridge: string): VirtualEnvironmentVmNetworkDevice {
  const unset = null as unknown as undefined;
  return { bridge, firewall: true, model: 'virtio', disconnected: unset, enabled: unset, macAddress: unset, mtu: unset, queues: unset, rateLimit: unset, trunks: unset, vlanId: unset };
}
