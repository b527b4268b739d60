import type { SegmentName } from '../../config/model';
import { type ComplianceRule } from '../types';
/** Segments every tenant must have. */
export declare const MANDATORY_SEGMENTS: readonly SegmentName[];
/**
 * KOM-NET-1: the tenant network is segmented: management, servers and clients (and DMZ when
 * present) are separate SDN vnets, each with its own subnet, and no two subnets overlap.
 */
export declare const net1Segmentation: ComplianceRule;
