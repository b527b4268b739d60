import type { SegmentName } from './model';
export type FlowProtocol = 'tcp' | 'udp' | 'icmp';
export interface FlowCatalogueEntry {
    readonly id: string;
    readonly from: SegmentName;
    /** Target segment, or `all` for every other segment the tenant has. */
    readonly to: SegmentName | 'all';
    readonly protocol: FlowProtocol;
    /** Destination ports ("445", "80,443", "8000:8080"); absent for icmp. */
    readonly ports?: string;
    readonly description: string;
}
/** The flow catalogue keyed by ID, in a stable order. */
export declare const FLOW_CATALOGUE: Readonly<Record<string, FlowCatalogueEntry>>;
export declare const FLOW_IDS: readonly string[];
/** True when traffic from `from` to `to` may never be allowed (an untrusted segment into management). */
export declare function isForbiddenFlow(from: SegmentName, to: SegmentName | 'all'): boolean;
/** Parses a ports string into ranges; returns undefined when a port is out of 1-65535 or a range is reversed. */
export declare function parsePorts(ports: string): readonly {
    readonly from: number;
    readonly to: number;
}[] | undefined;
