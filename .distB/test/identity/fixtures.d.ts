/** Shared fixtures of the identity tests: two tenants, props builders, a checked synth. */
import { TerraformStack } from 'cdktf';
import type { TenantIdentity } from '../../lib/core/tenant';
import type { TenantAccessProps } from '../../lib/identity/tenant-access';
import type { TenantVaultProps } from '../../lib/identity/tenant-vault';
import { SynthJson } from '../helpers/synth';
export declare function tenant(key: string, code: string, displayName: string): TenantIdentity;
export declare const MAINZ: TenantIdentity;
export declare const WORMS: TenantIdentity;
export declare function accessProps(t: TenantIdentity, overrides?: Partial<TenantAccessProps>): TenantAccessProps;
export declare function vaultProps(t: TenantIdentity, isolation: 'namespace' | 'path', overrides?: Partial<TenantVaultProps>): TenantVaultProps;
/** A stack with both providers wired (so that `validate` and conformance see a complete document). */
export declare function identityStack(name?: string): TerraformStack;
/**
 * Synthesizes with validations and asserts that the document conforms to the provider schemas:
 * every stack the identity tests synthesize goes through here.
 */
export declare function synthChecked(stack: TerraformStack): SynthJson;
/** Runs `build` expecting a PropsValidationError; returns its message. */
export declare function errorOf(build: () => void): string;
