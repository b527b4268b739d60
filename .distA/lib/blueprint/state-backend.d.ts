import { TerraformStack } from 'cdktf';
import { ProblemCollector } from '../core/errors';
/**
 * Remote state, one state per stack (per tenant, plus one for the platform). Credentials never
 * appear here: each backend reads them from its own environment variables.
 */
export type StateBackendConfig = {
    readonly backend: 'local';
    readonly settings?: Readonly<Record<string, string>>;
} | {
    readonly backend: 'pg';
    readonly settings?: Readonly<Record<string, string>>;
} | {
    readonly backend: 's3';
    readonly settings: Readonly<Record<string, string>>;
} | {
    readonly backend: 'http';
    readonly settings: Readonly<Record<string, string>>;
};
/** The environment variables each backend takes its credentials from (documented, checked by `kommunal`). */
export declare const BACKEND_CREDENTIAL_ENV: Readonly<Record<StateBackendConfig['backend'], readonly string[]>>;
/** Validates backend settings; returns problems as `state.settings.<name>: ...`. */
export declare function stateBackendProblems(config: StateBackendConfig): ProblemCollector;
/**
 * Configures the stack's backend so that `stateName` (tenant key or `platform`) has its own state
 * and lock: a local file, a PostgreSQL schema, an S3 object key with a lock file, or a GitLab-managed
 * state with its lock endpoint.
 */
export declare function configureStateBackend(stack: TerraformStack, config: StateBackendConfig, stateName: string): void;
