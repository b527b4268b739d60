import type { SegmentName } from '../config/model';
import type { TenantSpec } from '../config/spec';
import { StackResource } from './stack-json';
export declare function segmentOfVnet(r: StackResource, spec?: TenantSpec): SegmentName | undefined;
export declare function segmentOfIpSet(name: string, spec?: TenantSpec): SegmentName | undefined;
export declare function segmentOfSecurityGroup(name: string, spec?: TenantSpec): SegmentName | undefined;
/** The segment an IP set reference `+name` (or `+dc/name`, `+guest/name`) points at. */
export declare function segmentOfSource(source: unknown, spec?: TenantSpec): SegmentName | undefined;
/** The security group rules (type `in`/`out`/`group`) of a security-group or firewall-rules resource. */
export declare function firewallRules(r: StackResource): Record<string, unknown>[];
