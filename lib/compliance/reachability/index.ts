/**
 * Reachability analysis over synthesized stacks (issue #18): a model of Proxmox VE's firewall
 * evaluation plus the SDN routing facts, per tenant. See analyse.ts for what is proved.
 */
import type { StackJson } from '../types';
import type { TenantSpec } from '../../model/spec';
import { analyseTenant, declaredFlowsOf, platformServicesOf, profileServicesOf, type TenantReachability } from './analyse';
import { tenantNetworkFromStack, type TenantNetwork } from './topology';

export * from './analyse';
export * from './cluster-traffic';
export * from './firewall-model';
export * from './port-set';
export * from './render';
export * from './topology';

/**
 * Reachability of one synthesized tenant stack: flow matrix and counter-examples. With the spec,
 * declared flows, platform services and the address block come from it; without, only the matrix
 * and the checks that need no declaration.
 */
export function reachabilityOfStack(json: StackJson, spec?: TenantSpec, tenantKey?: string): { network: TenantNetwork; result: TenantReachability } {
  const network = tenantNetworkFromStack(json, spec, tenantKey);
  // With resolved guest services (a tenant with guests) each guest is checked against its profile's
  // services and the outbound proof runs; otherwise every guest against the log collector.
  const services = spec === undefined ? {} : spec.guestServices !== undefined
    ? { servicesOf: (profile: string | undefined) => profileServicesOf(spec, profile) }
    : { services: platformServicesOf(spec) };
  const result = analyseTenant(network, spec === undefined ? {} : { flows: declaredFlowsOf(spec), ...services, block: spec.network.block });
  return { network, result };
}

/** Guest labels per segment, for the SVG network plan. */
export function guestsBySegment(network: TenantNetwork): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of network.endpoints) {
    if (e.kind !== 'guest' || e.segment === undefined) continue;
    (out[e.segment] ??= []).push(e.label);
  }
  return out;
}
