/**
 * Shared fixtures of the network tests: a reference tenant, valid props per zone type, a synth
 * helper that records every synthesized document for the conformance test, and a helper that
 * returns the problems of a PropsValidationError.
 */
import type { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { type PropProblem } from '../../lib/core/errors';
import type { TenantIdentity } from '../../lib/core/tenant';
import type { NetworkSegmentsProps, SegmentDefinition, SegmentZone } from '../../lib/network/network-segments';
import type { TenantFirewallProps } from '../../lib/network/tenant-firewall';
import { type SynthJson } from '../helpers/synth';
export declare const TENANT: TenantIdentity;
/** Every document synthesized through `synthTenant` in this test file (checked for conformance). */
export declare const synthesized: {
    readonly name: string;
    readonly json: SynthJson;
}[];
/** A tenant stack with the Proxmox provider wired, as KommuneStack would have it. */
export declare function tenantStack(name?: string): TerraformStack;
/** Builds into a fresh tenant stack, synthesizes with validations, records the document. */
export declare function synthTenant(build: (scope: Construct) => void, name?: string): SynthJson;
/** Runs `fn`, expects a PropsValidationError, and returns its problems. */
export declare function problemsOf(fn: () => unknown): readonly PropProblem[];
/** The message of the problem at `path`; fails the test when there is none. */
export declare function problemAt(problems: readonly PropProblem[], path: string): string;
export declare const SEGMENTS: Readonly<Record<string, SegmentDefinition>>;
export declare const ZONES: Readonly<Record<SegmentZone['type'], SegmentZone>>;
/** Segment tags per zone type: VLAN/C-tags for vlan and qinq, VNIs for vxlan and evpn. */
export declare function segmentsFor(type: SegmentZone['type']): Readonly<Record<string, SegmentDefinition>>;
export declare function segmentsProps(type?: SegmentZone['type'], overrides?: Partial<NetworkSegmentsProps>): NetworkSegmentsProps;
export declare function firewallProps(overrides?: Partial<TenantFirewallProps>): TenantFirewallProps;
