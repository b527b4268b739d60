import { ProviderFacts } from './schema-facts';
/** The kinds of finding. */
export type ConformanceCode = 'unknown-resource-type' | 'unknown-data-source-type' | 'unknown-attribute' | 'unknown-block' | 'missing-required' | 'wrong-type' | 'too-many-blocks' | 'too-few-blocks' | 'computed-only' | 'unknown-provider' | 'malformed';
/** One conformance problem in a synthesized document. */
export interface ConformanceFinding {
    readonly code: ConformanceCode;
    /** JSON path of the offending value, e.g. `resource.proxmox_sdn_vnet.net_servers.zone`; '' is the whole document. */
    readonly path: string;
    /** Human-readable: names the address, the argument, the bad value and what is allowed. */
    readonly message: string;
    /** Terraform type (`proxmox_sdn_vnet`), when the finding is inside a resource or data source. */
    readonly resourceType?: string;
    /** Terraform address (`proxmox_sdn_vnet.net_servers`, `data.vault_policy_document.x`, `provider.vault`). */
    readonly address?: string;
    /** The checked file, when known (options.file). */
    readonly file?: string;
}
/** Options of checkConformance. */
export interface ConformanceOptions {
    /**
     * Facts keyed by provider local name.
     * @default proxmox and vault facts from lib/providers/facts/
     */
    readonly facts?: Readonly<Record<string, ProviderFacts>>;
    /** File name put on every finding. */
    readonly file?: string;
}
/** Checks a parsed cdk.tf.json document. Never throws; returns the findings in document order. */
export declare function checkConformance(doc: unknown, options?: ConformanceOptions): ConformanceFinding[];
/**
 * Reads and checks one cdk.tf.json. Throws (naming the file) only when the file cannot be read;
 * invalid JSON is reported as a 'malformed' finding.
 */
export declare function checkConformanceFile(file: string, options?: Omit<ConformanceOptions, 'file'>): ConformanceFinding[];
/** One line per finding: `file: path: code: message` (file and path omitted when empty). */
export declare function formatFindings(findings: readonly ConformanceFinding[]): string;
/** A template expression, or one of cdktf's string/list token encodings. */
export declare function isExpression(v: unknown): boolean;
