/** Shared fixtures of the identity tests: two tenants, props builders, a checked synth. */
import { TerraformStack } from 'cdktf';
import type { TenantIdentity } from '../../lib/model/tenant-identity';
import { PlatformRoles } from '../../lib/identity/platform-roles';
import type { TenantAccessProps } from '../../lib/identity/tenant-access-props';
import { TenantVault, type TenantVaultProps } from '../../lib/identity/tenant-vault';
import { ProxmoxConnection } from '../../lib/providers/proxmox-connection';
import { VaultConnection } from '../../lib/providers/vault-connection';
import { checkConformance, formatFindings } from '../../lib/verify/conformance';
import { SynthJson, synthJson, testStack } from '../helpers/synth';

export function tenant(key: string, code: string, displayName: string): TenantIdentity {
  return { key, code, displayName, pool: `kom-${key}` };
}

export const MAINZ = tenant('mainz', 't0001', 'Mainz, Stadt');
export const WORMS = tenant('worms', 't0002', 'Worms, Stadt');

export function accessProps(t: TenantIdentity, overrides: Partial<TenantAccessProps> = {}): TenantAccessProps {
  return {
    tenant: t,
    roles: PlatformRoles.fromAttributes(),
    groups: { admins: `${t.key}-admins`, operators: `${t.key}-operators`, auditors: `${t.key}-auditors` },
    paths: {
      vnets: [`/sdn/zones/kzone/${t.code}srv`, `/sdn/zones/kzone/${t.code}cli`],
      storages: [`/storage/pbs-${t.key}`],
    },
    identity: {
      source: 'ldap',
      realm: `${t.key}-ad`,
      ldap: { server: `dc1.${t.key}.de`, server2: `dc2.${t.key}.de`, baseDn: `dc=${t.key},dc=de`, bindDn: `cn=proxmox,ou=svc,dc=${t.key},dc=de`, activeDirectory: true },
    },
    directoryGroups: { admins: 'GG-PVE-Admins', operators: 'GG-PVE-Operators' },
    pipeline: { user: `ci-${t.key}@pve`, tokenName: 'terraform' },
    ...overrides,
  };
}

export function vaultProps(t: TenantIdentity, isolation: 'namespace' | 'path', overrides: Partial<TenantVaultProps> = {}): TenantVaultProps {
  return {
    tenant: t,
    isolation,
    tenantRoot: 'kommunen',
    kv: { mount: 'kv' },
    pki: { mount: 'pki-int', role: `kommune-${t.key}`, allowedDomain: `${t.key}.de` },
    auth: {
      directory: { kind: 'ldap', mount: 'ldap', groups: { admin: `${t.key}-vault-admins`, operator: `${t.key}-vault-operators`, readonly: `${t.key}-vault-readers` } },
      ci: { jwtMount: 'gitlab', role: `ci-${t.key}`, boundClaims: { project_path: `kommunen/${t.key}/infra`, ref_protected: 'true' } },
    },
    ...overrides,
  };
}

/** A stack with both providers wired (so that `validate` and conformance see a complete document). */
export function identityStack(name = 'identity'): TerraformStack {
  const { stack } = testStack(name);
  new ProxmoxConnection(stack, 'Proxmox');
  new VaultConnection(stack, 'Vault');
  return stack;
}

/**
 * Synthesizes with validations and asserts that the document conforms to the provider schemas:
 * every stack the identity tests synthesize goes through here.
 */
export function synthChecked(stack: TerraformStack): SynthJson {
  const json = synthJson(stack, true);
  const findings = checkConformance(json);
  if (findings.length > 0) throw new Error(`conformance findings:\n${formatFindings(findings)}`);
  return json;
}

/** Runs `build` expecting a PropsValidationError; returns its message. */
export function errorOf(build: () => void): string {
  try {
    build();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a validation error, got none');
}

/** The Vault resources a tenant stack with these props renders (what its CI policies must allow), as plain attributes. */
export function tenantVaultResources(props: TenantVaultProps): { type: string; attrs: Record<string, unknown> }[] {
  const stack = identityStack('tenant');
  new TenantVault(stack, 'TenantVault', props);
  const json = synthChecked(stack);
  const out: { type: string; attrs: Record<string, unknown> }[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    if (!type.startsWith('vault_')) continue;
    for (const attrs of Object.values(byName)) out.push({ type, attrs: attrs as Record<string, unknown> });
  }
  return out;
}
