/**
 * A model of how Proxmox VE's firewall decides a new connection on a guest NIC, for the
 * reachability analysis. Pure data in, verdicts out; every verdict names the rule that decided it.
 *
 * Sources read (the mirrors carry no tags; commits given):
 * - pfw  = proxmox/pve-firewall @ 6f1311f349daee920c7eedcc6e53d7fc5e2cfdbf, src/PVE/Firewall.pm
 *   (the iptables `pve-firewall`, the PVE default)
 * - pnft = proxmox/proxmox-firewall @ a75265939e3aa152a92961d06c26e611c731da67 (nftables)
 *
 * What is modeled, and where PVE does it:
 * - Bridged guest traffic passes `PVEFW-FORWARD`, which accepts RELATED,ESTABLISHED first
 *   (pfw L4341, ruleset_chain_add_conn_filters L2513-2520) and then jumps to `PVEFW-FWBR-OUT`
 *   (the sender's `tap<vmid>i<n>-OUT` chain) and `PVEFW-FWBR-IN` (the receiver's
 *   `tap<vmid>i<n>-IN` chain) (pfw L4343-4361, generate_tap_rules_direction L2851-2866). So only
 *   NEW connections are evaluated here; replies of an accepted connection always pass.
 * - A NIC without `firewall=1`, or a guest whose firewall option `enable` is off, has no filtering
 *   tap chain: everything passes (pfw L4381 and L4429 skip guests without `enable`; L2840-2845
 *   give a disabled guest an ACCEPT policy).
 * - OUT chain: the IP filter first: with option `ipfilter` or an `ipfilter-net<n>` IP set, a source
 *   address outside that set is dropped (pfw ruleset_create_vm_chain L2633-2636;
 *   generate_tap_rules_direction L2796-2799); with the option on and no set, an implicit empty set
 *   drops every IPv4 source (pfw L4514-4529). The MAC filter (L2622-2624) drops frames with another
 *   source MAC; senders here always use their own MAC, so it never decides a modeled packet.
 * - Then the guest's rules in order, skipping disabled rules and rules for another `iface`
 *   (pfw ruleset_generate_vm_rules L2682-2685); a `group` rule jumps to `GROUP-<name>-IN/OUT` with
 *   the security group's rules of that direction, in order (pfw ruleset_add_group_rule L2644-2660,
 *   generate_group_rules L3098-3135); first match decides (ACCEPT/DROP/REJECT).
 * - Then the policy: `policy_out` defaults to ACCEPT, `policy_in` to DROP (pfw L2831-2836).
 * - Addresses: `+name` resolves to the guest's IP set, else the cluster's (`guest/`, `dc/` scopes
 *   force one, pfw ruleset_generate_match L2229-2250); an alias name resolves the same way (L2253-
 *   2264); `a-b` is an address range; else an address or CIDR; a list is comma-separated.
 * - Routed traffic: with the nftables `proxmox-firewall`, forwarded packets pass the chain
 *   `cluster-forward` whose final verdict is the datacenter forward policy (pnft
 *   proxmox-firewall/src/firewall.rs L887-900); the platform sets it to ACCEPT
 *   (lib/network/host-firewall.ts CLUSTER_FORWARD_POLICY), and the stock `pve-firewall` ignores
 *   it. Vnet firewall rules cannot be managed by bpg 0.111.1 (docs/segmentation.md), so they are
 *   modeled as absent: routing between the vnets of an EVPN zone is not filtered by the nodes.
 *
 * Not modeled (stated, not guessed): macros (a rule with `macro` and no `proto` counts as matching
 * when that over-approximates what can flow and as not matching otherwise), `sport`, ICMP types,
 * IPv6, rate limits, nfqueue/IPS.
 */
import { parseIpv4Address } from '../../core/ipv4';
import { ALL_PORTS, ICMP_PORTS, intersect, isEmpty, parsePortList, type PortSet, subtract } from './port-set';

/** Protocols the analysis evaluates. */
export type Protocol = 'tcp' | 'udp' | 'icmp';
/** The protocols, in report order. */
export const PROTOCOLS: readonly Protocol[] = Object.freeze(['tcp', 'udp', 'icmp']);

/** The ports a protocol can carry (ICMP: its one pseudo-port). */
export function portsOf(proto: Protocol): PortSet {
  return proto === 'icmp' ? ICMP_PORTS : ALL_PORTS;
}

/** An IPv4 address interval [lo, hi]. */
export interface AddrRange {
  readonly lo: number;
  readonly hi: number;
}

/** Parses `a.b.c.d`, `a.b.c.d/n` (host bits allowed: the whole prefix) or `a.b.c.d-e.f.g.h`. */
export function parseAddress(text: string): AddrRange | undefined {
  const t = text.trim();
  const dash = t.indexOf('-');
  if (dash > 0) {
    const lo = parseIpv4Address(t.slice(0, dash));
    const hi = parseIpv4Address(t.slice(dash + 1));
    return lo !== undefined && hi !== undefined && lo <= hi ? { lo, hi } : undefined;
  }
  const slash = t.indexOf('/');
  const ip = parseIpv4Address(slash < 0 ? t : t.slice(0, slash));
  if (ip === undefined) return undefined;
  if (slash < 0) return { lo: ip, hi: ip };
  const len = Number(t.slice(slash + 1));
  if (!/^\d{1,2}$/.test(t.slice(slash + 1)) || len > 32) return undefined;
  const size = 2 ** (32 - len);
  const lo = Math.floor(ip / size) * size;
  return { lo, hi: lo + size - 1 };
}

/** One rule as Proxmox stores it (a `rule` block of the bpg firewall resources). */
export interface FirewallRule {
  readonly type?: string;
  readonly action?: string;
  /** Security group name (a `group` rule). */
  readonly securityGroup?: string;
  readonly source?: string;
  readonly dest?: string;
  readonly proto?: string;
  readonly dport?: string;
  readonly sport?: string;
  readonly macro?: string;
  readonly iface?: string;
  /** bpg `enabled`; Proxmox's default is enabled. */
  readonly enabled?: boolean;
  readonly comment?: string;
}

/** Where a rule lives: the Terraform resource and the rule's index in its `rule` list. */
export interface RuleRef {
  /** Terraform address of the resource holding the rule (or the options resource for a policy). */
  readonly address: string;
  /** Index in the resource's `rule` list; absent for policies and filters. */
  readonly index?: number;
  /** What decided: a rule, the chain policy, the IP filter, an unfiltered NIC, or routing. */
  readonly kind: 'rule' | 'policy' | 'ipfilter' | 'unfiltered' | 'no-route' | 'routing';
  /** The rule's comment, or a sentence saying what decided. */
  readonly note: string;
  /** Security group the rule belongs to, when reached through a `group` rule. */
  readonly group?: string;
}

/** A named address list (IP set or alias) with the resource that defines it. */
export interface AddressSet {
  readonly address: string;
  readonly cidrs: readonly AddrRange[];
  /** Entries with `nomatch` (excluded). */
  readonly excluded: readonly AddrRange[];
}

/** Cluster-wide firewall objects. */
export interface ClusterFirewall {
  readonly ipSets: Readonly<Record<string, AddressSet>>;
  readonly aliases: Readonly<Record<string, AddressSet>>;
  readonly groups: Readonly<Record<string, { readonly address: string; readonly rules: readonly FirewallRule[] }>>;
}

/** The firewall of one guest (all its NICs share the rules; pfw L2664-2685). */
export interface GuestFirewallModel {
  /** Options resource address, or undefined when the guest has none (Proxmox: firewall off). */
  readonly optionsAddress?: string;
  readonly enabled: boolean;
  readonly policyIn: string;
  readonly policyOut: string;
  readonly ipfilter: boolean;
  /** Address of the rules resource. */
  readonly rulesAddress?: string;
  readonly rules: readonly FirewallRule[];
  readonly ipSets: Readonly<Record<string, AddressSet>>;
  readonly aliases: Readonly<Record<string, AddressSet>>;
}

/** How uncertain matches are resolved: `may` over-approximates what flows, `must` under-approximates. */
export type Mode = 'may' | 'must';

/** The part of a port set that got one verdict from one rule. */
export interface Decision {
  readonly ports: PortSet;
  readonly verdict: 'ACCEPT' | 'DROP' | 'REJECT';
  readonly by: RuleRef;
}

/** A new connection on one NIC, in one direction. */
export interface ChainInput {
  readonly guest: GuestFirewallModel;
  /** NIC name (`net0`). */
  readonly nic: string;
  /** NIC has `firewall = true`. */
  readonly nicFirewall: boolean;
  /** `in`: the NIC receives; `out`: the NIC sends. */
  readonly direction: 'in' | 'out';
  /** Source and destination address; undefined when only a host name is known. */
  readonly src?: AddrRange;
  readonly dst?: AddrRange;
  readonly proto: Protocol;
  readonly ports: PortSet;
  readonly mode: Mode;
}

type Match = 'all' | 'none' | 'some';

function rangeMatch(x: AddrRange | undefined, sets: readonly AddrRange[], excluded: readonly AddrRange[]): Match {
  if (x === undefined) return 'some';
  let inside = false;
  let overlap = false;
  for (const s of sets) {
    if (s.lo <= x.lo && x.hi <= s.hi) inside = true;
    else if (s.lo <= x.hi && x.lo <= s.hi) overlap = true;
  }
  for (const e of excluded) {
    if (e.lo <= x.lo && x.hi <= e.hi) return 'none';
    if (e.lo <= x.hi && x.lo <= e.hi) return 'some';
  }
  return inside ? 'all' : overlap ? 'some' : 'none';
}

/** Resolves one address term of a rule: `+set`, an alias, a range, an address or a CIDR (pfw L2225-2270). */
function resolveTerm(term: string, guest: GuestFirewallModel, cluster: ClusterFirewall): AddressSet | undefined {
  const set = /^\+(guest\/|dc\/|sdn\/)?(.+)$/.exec(term);
  if (set !== null) {
    const scope = set[1] ?? '';
    const name = set[2] as string;
    if ((scope === '' || scope === 'guest/') && guest.ipSets[name] !== undefined) return guest.ipSets[name];
    if ((scope === '' || scope === 'dc/') && cluster.ipSets[name] !== undefined) return cluster.ipSets[name];
    return undefined;
  }
  const alias = /^(guest\/|dc\/)?([A-Za-z][A-Za-z0-9_-]+)$/.exec(term);
  if (alias !== null && parseAddress(term) === undefined) {
    const scope = alias[1] ?? '';
    const name = (alias[2] as string).toLowerCase();
    if (scope !== 'dc/' && guest.aliases[name] !== undefined) return guest.aliases[name];
    if (scope !== 'guest/' && cluster.aliases[name] !== undefined) return cluster.aliases[name];
    return undefined;
  }
  const r = parseAddress(term);
  return r === undefined ? undefined : { address: '', cidrs: [r], excluded: [] };
}

/**
 * Memo of resolved address lists and expanded chains per (cluster, guest): both are plain frozen-
 * by-convention inputs, so the results never change (the analysis asks the same questions for
 * every endpoint pair and protocol).
 */
const MEMO = new WeakMap<ClusterFirewall, WeakMap<GuestFirewallModel, { terms: Map<string, (AddressSet | undefined)[]>; chains: Map<string, { rule: FirewallRule; ref: RuleRef }[]> }>>();

function memoOf(guest: GuestFirewallModel, cluster: ClusterFirewall) {
  let byGuest = MEMO.get(cluster);
  if (byGuest === undefined) MEMO.set(cluster, (byGuest = new WeakMap()));
  let m = byGuest.get(guest);
  if (m === undefined) byGuest.set(guest, (m = { terms: new Map(), chains: new Map() }));
  return m;
}

/** How an address condition of a rule matches an endpoint address. Unresolvable names match `some`. */
export function addressMatch(spec: string | undefined, x: AddrRange | undefined, guest: GuestFirewallModel, cluster: ClusterFirewall): Match {
  if (spec === undefined || spec === '') return 'all';
  const memo = memoOf(guest, cluster).terms;
  let sets = memo.get(spec);
  if (sets === undefined) memo.set(spec, (sets = spec.split(',').map((term) => resolveTerm(term.trim(), guest, cluster))));
  let best: Match = 'none';
  for (const set of sets) {
    const m = set === undefined ? 'some' : rangeMatch(x, set.cidrs, set.excluded);
    if (m === 'all') return 'all';
    if (m === 'some') best = 'some';
  }
  return best;
}

/** The ports of `ports` a rule's protocol and dport cover, and whether that match is certain. */
function protoPorts(rule: FirewallRule, proto: Protocol, ports: PortSet): { ports: PortSet; certain: boolean } {
  if (rule.proto === undefined || rule.proto === '') {
    // A macro stands for protocols and ports we do not expand: uncertain.
    return { ports, certain: rule.macro === undefined };
  }
  if (rule.proto.toLowerCase() !== proto) return { ports: [], certain: true };
  if (proto === 'icmp' || rule.dport === undefined || rule.dport === '') return { ports, certain: rule.sport === undefined };
  const d = parsePortList(rule.dport);
  if (d === undefined) return { ports, certain: false };
  return { ports: intersect(ports, d), certain: rule.sport === undefined };
}

/** The rules of a guest chain in evaluation order, security groups expanded (pfw L2682-2700, L3098-3135). */
function expandRules(g: GuestFirewallModel, cluster: ClusterFirewall, nic: string, direction: 'in' | 'out'): { rule: FirewallRule; ref: RuleRef }[] {
  const out: { rule: FirewallRule; ref: RuleRef }[] = [];
  g.rules.forEach((rule, index) => {
    if (rule.enabled === false) return;
    if (rule.iface !== undefined && rule.iface !== '' && rule.iface !== nic) return;
    if (rule.securityGroup !== undefined && rule.securityGroup !== '') {
      const group = cluster.groups[rule.securityGroup];
      // pfw generate_group_rules L3102-3105: an unknown group becomes an empty chain.
      if (group === undefined) return;
      group.rules.forEach((gr, gi) => {
        if (gr.enabled === false || (gr.type ?? '').toLowerCase() !== direction) return;
        out.push({ rule: gr, ref: { address: group.address, index: gi, kind: 'rule', note: gr.comment ?? `rule ${gi} of security group ${rule.securityGroup}`, group: rule.securityGroup } });
      });
      return;
    }
    if ((rule.type ?? '').toLowerCase() !== direction) return;
    out.push({ rule, ref: { address: g.rulesAddress ?? '', index, kind: 'rule', note: rule.comment ?? `rule ${index}` } });
  });
  return out;
}

function verdictOf(action: string | undefined): 'ACCEPT' | 'DROP' | 'REJECT' | undefined {
  const a = (action ?? '').toUpperCase();
  return a === 'ACCEPT' || a === 'DROP' || a === 'REJECT' ? a : undefined;
}

/**
 * Evaluates a new connection on one NIC in one direction: the port set is split by the first
 * matching rule; what no rule matches gets the policy. Uncertain matches (unknown address, macro,
 * sport) count when that widens what flows in `may` mode and narrows it in `must` mode.
 */
export function evaluateChain(input: ChainInput, cluster: ClusterFirewall): Decision[] {
  const g = input.guest;
  if (!input.nicFirewall || !g.enabled) {
    const why = !input.nicFirewall ? `NIC ${input.nic} has firewall off: no tap chain filters it` : 'the guest firewall is not enabled (no options resource, or enabled = false)';
    return [{ ports: input.ports, verdict: 'ACCEPT', by: { address: g.optionsAddress ?? g.rulesAddress ?? '', kind: 'unfiltered', note: why } }];
  }
  const decisions: Decision[] = [];
  let rest = input.ports;
  if (input.direction === 'out') {
    const filter = g.ipSets[`ipfilter-${input.nic}`];
    if (filter !== undefined || g.ipfilter) {
      const m = filter === undefined ? 'none' : rangeMatch(input.src, filter.cidrs, filter.excluded);
      const drops = m === 'none' || (m === 'some' && input.mode === 'must');
      if (drops) {
        return [{ ports: rest, verdict: 'DROP', by: { address: filter?.address ?? g.optionsAddress ?? '', kind: 'ipfilter', note: `source address not in ipfilter-${input.nic} (anti-spoofing)` } }];
      }
    }
  }
  const chains = memoOf(g, cluster).chains;
  const chainKey = `${input.nic}/${input.direction}`;
  let chain = chains.get(chainKey);
  if (chain === undefined) chains.set(chainKey, (chain = expandRules(g, cluster, input.nic, input.direction)));
  for (const { rule, ref } of chain) {
    if (isEmpty(rest)) break;
    const verdict = verdictOf(rule.action);
    if (verdict === undefined) continue;
    const src = addressMatch(rule.source, input.src, g, cluster);
    const dst = addressMatch(rule.dest, input.dst, g, cluster);
    if (src === 'none' || dst === 'none') continue;
    const pp = protoPorts(rule, input.proto, rest);
    if (isEmpty(pp.ports)) continue;
    const certain = pp.certain && src === 'all' && dst === 'all';
    // Uncertain: count it when it widens (may: ACCEPT) or narrows (must: DROP/REJECT) what flows.
    if (!certain && (input.mode === 'may') !== (verdict === 'ACCEPT')) continue;
    decisions.push({ ports: pp.ports, verdict, by: ref });
    rest = subtract(rest, pp.ports);
  }
  if (!isEmpty(rest)) {
    const policy = verdictOf(input.direction === 'in' ? g.policyIn : g.policyOut) ?? (input.direction === 'in' ? 'DROP' : 'ACCEPT');
    decisions.push({ ports: rest, verdict: policy, by: { address: g.optionsAddress ?? '', kind: 'policy', note: `${input.direction === 'in' ? 'input' : 'output'} policy ${policy}` } });
  }
  return decisions;
}
