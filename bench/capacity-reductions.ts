/**
 * Candidate reductions of what each tenant adds to the shared cluster files, measured by
 * rewriting the synthesized stacks before they are replayed into the datacenter model. None of them
 * is in the blueprint: each changes existing tenants' resources (in place or by replacing ACLs and
 * groups), so a fleet written before would no longer synthesize byte-identically. The numbers are
 * for the decision; see bench/capacity.ts for where they are printed.
 */
import type { ReplayStack } from '../lib/rehearsal/model/proxmox/replay';

type Resource = Record<string, unknown>;
type Resources = Record<string, Record<string, Resource>>;

/** A candidate: its name, what it changes, and the rewrite of one tenant stack. */
export interface Reduction {
  readonly name: string;
  readonly change: string;
  readonly rewrite: (stack: ReplayStack) => ReplayStack;
}

function clone(stack: ReplayStack): { name: string; resource: Resources } {
  return { name: stack.name, resource: JSON.parse(JSON.stringify(stack.resource)) as Resources };
}

const SG = 'proxmox_virtual_environment_cluster_firewall_security_group';

/** The reductions measured. */
export const REDUCTIONS: readonly Reduction[] = [
  {
    name: 'short rule comments',
    change: 'firewall rule comments keep the flow ID only (the catalogue text stays in the network plan document); security groups updated in place',
    rewrite: (stack) => {
      const s = clone(stack);
      for (const g of Object.values(s.resource[SG] ?? {})) {
        for (const r of (g.rule as Resource[] | undefined) ?? []) if (typeof r.comment === 'string') r.comment = r.comment.replace(/ \(.*$/, '');
      }
      return s;
    },
  },
  {
    name: 'network ACL per zone',
    change: 'KommunalNetworkUser granted once on /sdn/zones/<zone> (propagated) instead of once per vnet; ACL resources replaced',
    rewrite: (stack) => {
      const s = clone(stack);
      const acls = s.resource.proxmox_acl ?? {};
      let kept = new Set<string>();
      for (const [name, a] of Object.entries(acls)) {
        const m = /^(\/sdn\/zones\/[^/]+)\/[^/]+$/.exec(String(a.path ?? ''));
        if (m === null || a.role_id !== 'KommunalNetworkUser') continue;
        const key = `${m[1]}|${String(a.group_id ?? a.user_id ?? a.token_id)}`;
        if (kept.has(key)) delete acls[name];
        else {
          kept = new Set([...kept, key]);
          a.path = m[1];
        }
      }
      return s;
    },
  },
  {
    name: 'admin directory groups only',
    change: 'only the admins directory group is synced; the auditors/operators directory groups and their grants go (resources removed)',
    rewrite: (stack) => {
      const s = clone(stack);
      const groups = s.resource.proxmox_virtual_environment_group ?? {};
      const dropped = new Set<string>();
      for (const [name, g] of Object.entries(groups)) {
        const id = String(g.group_id ?? '');
        if (/-(auditors|operators)-/.test(id) && String(g.comment ?? '').includes('from directory group')) {
          dropped.add(id);
          delete groups[name];
        }
      }
      const acls = s.resource.proxmox_acl ?? {};
      for (const [name, a] of Object.entries(acls)) if (dropped.has(String(a.group_id ?? ''))) delete acls[name];
      return s;
    },
  },
];
