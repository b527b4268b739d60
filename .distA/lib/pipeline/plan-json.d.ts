/** One entry of `resource_changes[]`. */
export interface PlanResourceChange {
    /** Full resource address, e.g. `proxmox_sdn_vnet.Network_clients_Vnet_BB0D077A`. */
    readonly address: string;
    /** `managed` (resources) or `data` (data sources). */
    readonly mode: string;
    /** Resource type, e.g. `proxmox_sdn_vnet`. */
    readonly type: string;
    readonly change: {
        /** e.g. ["create"], ["update"], ["delete"], ["delete","create"], ["create","delete"], ["no-op"], ["read"], ["forget"]. */
        readonly actions: readonly string[];
        /** Attribute values before the change (null for a create). */
        readonly before: unknown;
        /** Attribute values after the change (null for a delete); unknown values are absent. */
        readonly after: unknown;
    };
}
/** The subset of the plan representation the guard reads. */
export interface PlanJson {
    readonly formatVersion: string;
    /** `terraform_version` of the plan (OpenTofu writes its own version here). */
    readonly toolVersion: string;
    readonly resourceChanges: readonly PlanResourceChange[];
}
/** What a resource change does, reduced from its action list. */
export type ChangeKind = 'none' | 'create' | 'update' | 'delete' | 'replace' | 'forget';
/** Input that is not a usable plan: reported with exit code 2, never with a stack trace. */
export declare class PlanInputError extends Error {
    constructor(message: string);
}
/** Reduces an action list to a change kind; undefined for a combination the format does not define. */
export declare function changeKind(actions: readonly string[]): ChangeKind | undefined;
/**
 * Parses and checks plan JSON text. `file` is only used in messages.
 * @throws PlanInputError naming the file, the field and what was expected
 */
export declare function parsePlanJson(text: string, file: string): PlanJson;
/** The summary GitLab's `artifacts:reports:terraform` expects: counts of creates, updates and deletes. */
export interface GitlabTerraformReport {
    readonly create: number;
    readonly update: number;
    readonly delete: number;
}
/** Counts actions as GitLab's merge request widget does (a replace counts as one create and one delete). */
export declare function gitlabTerraformReport(plan: PlanJson): GitlabTerraformReport;
