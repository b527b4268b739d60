import type { ComplianceRule } from './types';
/** Name of the pack, shown in reports. */
export declare const GRUNDSCHUTZ_PACK_NAME = "kommunal-grundschutz";
export declare const GRUNDSCHUTZ_PACK: readonly ComplianceRule[];
/** The IDs of the pack, in order. */
export declare const RULE_IDS: readonly string[];
/** A rule by ID, or undefined. */
export declare function ruleById(id: string, pack?: readonly ComplianceRule[]): ComplianceRule | undefined;
