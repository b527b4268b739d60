/**
 * A model replay: the Proxmox resources of synthesized stacks (cdk.tf.json) fed straight into the
 * datacenter model's cluster files and limits, without terraform. It answers "does this fleet fit
 * one cluster, and which file overflows first" for fleets far larger than a terraform rehearsal can
 * apply in time.
 *
 * How it differs from a terraform rehearsal: no plan, no provider protocol, no permission checks
 * (the stacks' writes are taken as accepted); every resource is a create with its configuration as
 * synthesized; references to other resources of the same stack (`${type.name.attr}`) are resolved
 * from that resource's configuration, references to variables and data sources are replaced by the
 * stand-ins given (unknown ones by `<unknown>`); computed attributes the provider would fill are
 * absent. Stacks are applied in the order given (platform first), each stack's resources in
 * configuration order.
 */
import type { DatacenterStore, DatacenterView, ModelError, StoredObject } from '../api';
import { DEFAULT_CLUSTER_LIMITS, LIMITS_TYPE, type ClusterFootprint, type ClusterLimits, clusterFootprint, limitRefusals, limitsOf } from './limits';
import { DEFAULT_PROXMOX_SEED, type ProxmoxSeed, seedProxmox } from './seed';

/** A synthesized stack: its name and the `resource` block of its cdk.tf.json. */
export interface ReplayStack {
  readonly name: string;
  readonly resource: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
}

/** A refused write of the replay. */
export interface ReplayRefusal {
  /** The stack (tenant key or `platform`) whose write was refused. */
  readonly stack: string;
  /** How many stacks were applied before it. */
  readonly stacksBefore: number;
  /** The resource address (`type.name`). */
  readonly address: string;
  readonly error: ModelError;
}

/** What a replay found. */
export interface ReplayResult {
  /** Stacks applied without refusal. */
  readonly applied: number;
  /** The first refused write, if any. */
  readonly refusal?: ReplayRefusal;
  /** The footprint after the applied stacks. */
  readonly footprint: ClusterFootprint;
}

/** Options of a replay. */
export interface ReplayOptions {
  readonly seed?: ProxmoxSeed;
  readonly limits?: ClusterLimits;
  /** Stand-ins for `${var.<name>}` (e.g. pbs_fingerprint: a 95-character SHA-256 fingerprint). */
  readonly variables?: Readonly<Record<string, string>>;
}

/** A stand-in PBS fingerprint: 32 hex pairs joined by ':' (95 characters, the length of a real one). */
export const STAND_IN_FINGERPRINT = Array.from({ length: 32 }, () => 'ab').join(':');

class MapStore implements DatacenterStore {
  private readonly types = new Map<string, Map<string, StoredObject>>();
  list(typeName: string): readonly StoredObject[] {
    return [...(this.types.get(typeName)?.values() ?? [])];
  }
  get(typeName: string, id: string): StoredObject | undefined {
    return this.types.get(typeName)?.get(id);
  }
  put(obj: StoredObject): void {
    const m = this.types.get(obj.typeName) ?? new Map<string, StoredObject>();
    this.types.set(obj.typeName, m);
    m.set(obj.id, obj);
  }
  delete(typeName: string, id: string): void {
    this.types.get(typeName)?.delete(id);
  }
}

const META = new Set(['//', 'depends_on', 'lifecycle', 'provider', 'count', 'for_each', 'connection', 'provisioner']);

/** One resource's configuration as the attributes the model reads, references resolved (see the file comment). */
function attributesOf(stack: ReplayStack, config: Readonly<Record<string, unknown>>, variables: Readonly<Record<string, string>>): Record<string, unknown> {
  const resolveString = (s: string): unknown => {
    const whole = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}$/.exec(s);
    if (whole !== null && whole[1] !== 'var' && whole[1] !== 'data') {
      const v = stack.resource[whole[1]]?.[whole[2]]?.[whole[3]];
      if (v !== undefined) return typeof v === 'string' ? resolveString(v) : v;
    }
    if (!s.includes('${')) return s;
    return s.replace(/\$\{var\.([A-Za-z0-9_]+)\}/g, (m, name: string) => variables[name] ?? '<unknown>').replace(/\$\{[^}]*\}/g, '<unknown>');
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return resolveString(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) if (!META.has(k)) out[k] = walk(v);
  return out;
}

/** The proxmox creates of a stack, in configuration order. */
function creates(stack: ReplayStack, variables: Readonly<Record<string, string>>): StoredObject[] {
  const out: StoredObject[] = [];
  for (const [type, byName] of Object.entries(stack.resource)) {
    if (!type.startsWith('proxmox_')) continue;
    for (const [name, config] of Object.entries(byName)) out.push({ typeName: type, id: `${stack.name}/${type}.${name}`, schemaVersion: 0, attributes: attributesOf(stack, config, variables) });
  }
  return out;
}

function freshStore(options: ReplayOptions): MapStore {
  const store = new MapStore();
  seedProxmox(store, options.seed ?? DEFAULT_PROXMOX_SEED);
  if (options.limits !== undefined || options.seed?.limits === undefined) {
    store.put({ typeName: LIMITS_TYPE, id: 'limits', schemaVersion: 0, attributes: { ...(options.limits ?? DEFAULT_CLUSTER_LIMITS) } });
  }
  return store;
}

/**
 * Replays stacks into one cluster and reports the first write the cluster refuses. The cluster
 * files only grow with creates, so the first stack that takes the cluster past a limit is found by
 * bisection over the number of stacks (O(log n) full writes of the files); that stack's resources
 * are then created one at a time, each checked as the model checks a write (`limitRefusals`).
 */
export function replayStacks(stacks: readonly ReplayStack[], options: ReplayOptions = {}): ReplayResult {
  const variables = { pbs_fingerprint: STAND_IN_FINGERPRINT, ...(options.variables ?? {}) };
  const objects = stacks.map((s) => creates(s, variables));
  const storeWith = (n: number): MapStore => {
    const store = freshStore(options);
    for (let i = 0; i < n; i++) for (const o of objects[i]) store.put(o);
    return store;
  };
  const limits = limitsOf(freshStore(options));
  const within = (f: ClusterFootprint): boolean =>
    Object.values(f.files).every((b) => b <= limits.fileBytes) && f.totalBytes <= limits.totalBytes && f.kernelIpsets <= limits.kernelIpsets && Object.values(f.storagesPerNode).every((n) => n <= limits.storagesPerNode);
  const full = clusterFootprint(storeWith(stacks.length));
  if (within(full)) return { applied: stacks.length, footprint: full };
  // Smallest n with stacks[0..n) over a limit.
  let lo = 0;
  let hi = stacks.length;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (within(clusterFootprint(storeWith(mid)))) lo = mid;
    else hi = mid;
  }
  const store = storeWith(lo);
  const footprint = clusterFootprint(store);
  for (const o of objects[lo]) {
    store.put(o);
    const errors = limitRefusals(o.typeName, 'create', store, o.attributes);
    if (errors.length > 0) return { applied: lo, footprint, refusal: { stack: stacks[lo].name, stacksBefore: lo, address: o.id.slice(stacks[lo].name.length + 1), error: errors[0] } };
  }
  // Over a limit no single write names (e.g. storages of seeded nodes): report the footprint only.
  return { applied: lo, footprint };
}

/** The datacenter after all stacks are created (no refusal checks): seed, limits and every proxmox resource. */
export function replayView(stacks: readonly ReplayStack[], options: ReplayOptions = {}): DatacenterView {
  const variables = { pbs_fingerprint: STAND_IN_FINGERPRINT, ...(options.variables ?? {}) };
  const store = freshStore(options);
  for (const s of stacks) for (const o of creates(s, variables)) store.put(o);
  return store;
}

/** The footprint of the cluster after all stacks (no refusal checks). */
export function replayFootprint(stacks: readonly ReplayStack[], options: ReplayOptions = {}): ClusterFootprint {
  return clusterFootprint(replayView(stacks, options));
}
