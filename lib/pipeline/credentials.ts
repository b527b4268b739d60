/**
 * Which credentials a synthesized stack needs from the environment before `terraform init/plan`,
 * read from the stack itself: its backend, its providers and its required variables. Pure: the
 * environment is an argument (the CLI passes process.env).
 */
import { BACKEND_CREDENTIAL_ENV } from '../blueprint/state-backend';
import { isRecord } from '../core/guards';

/** One credential: satisfied when any of the environment variables is set and not empty. */
export interface CredentialNeed {
  /** What it is for, e.g. `state backend "pg"` or `variable pbs_password`. */
  readonly what: string;
  readonly anyOf: readonly string[];
}

/**
 * Provider variables that fall back to the provider's own environment variables when null (any one
 * of them). The SSH pair is the platform stack's (lib/providers/proxmox-connection.ts `sshBlock`):
 * bpg reads PROXMOX_VE_SSH_USERNAME and one of _PRIVATE_KEY, _PASSWORD or _AGENT before the block
 * (bpg/terraform-provider-proxmox v0.111.1 fwprovider/provider.go L431-478), and without them the
 * snippet upload of the logging vendor data fails at apply.
 */
const PROVIDER_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  proxmox_endpoint: ['PROXMOX_VE_ENDPOINT'],
  proxmox_api_token: ['PROXMOX_VE_API_TOKEN'],
  vault_address: ['VAULT_ADDR'],
  proxmox_ssh_username: ['PROXMOX_VE_SSH_USERNAME'],
  proxmox_ssh_private_key: ['PROXMOX_VE_SSH_PRIVATE_KEY', 'PROXMOX_VE_SSH_PASSWORD', 'PROXMOX_VE_SSH_AGENT'],
};

/** Everything the stack needs from the environment, in a stable order. */
export function credentialNeeds(stack: unknown): CredentialNeed[] {
  const needs: CredentialNeed[] = [];
  if (!isRecord(stack)) return needs;
  const terraform = isRecord(stack.terraform) ? stack.terraform : {};
  const backend = isRecord(terraform.backend) ? Object.keys(terraform.backend)[0] : undefined;
  if (backend !== undefined && backend in BACKEND_CREDENTIAL_ENV) {
    for (const name of BACKEND_CREDENTIAL_ENV[backend as keyof typeof BACKEND_CREDENTIAL_ENV]) needs.push({ what: `state backend "${backend}"`, anyOf: [name] });
  }
  const providers = isRecord(stack.provider) ? stack.provider : {};
  if ('vault' in providers) needs.push({ what: 'Vault token (the CI job logs in with its ID token)', anyOf: ['VAULT_TOKEN'] });
  const variables = isRecord(stack.variable) ? stack.variable : {};
  for (const name of Object.keys(variables).sort()) {
    const v = variables[name];
    if (!isRecord(v)) continue;
    const fallback = PROVIDER_FALLBACKS[name];
    if (fallback !== undefined && v.default === null) needs.push({ what: `variable ${name}`, anyOf: [`TF_VAR_${name}`, ...fallback] });
    else if (!('default' in v)) needs.push({ what: `variable ${name}${v.sensitive ? ' (sensitive)' : ''}`, anyOf: [`TF_VAR_${name}`] });
  }
  return needs;
}

/** The needs that the environment does not satisfy. */
export function missingCredentials(needs: readonly CredentialNeed[], env: Readonly<Record<string, string | undefined>>): CredentialNeed[] {
  return needs.filter((n) => !n.anyOf.some((name) => (env[name] ?? '') !== ''));
}

/** A Terraform variable without a default that the blueprint's stacks declare (a secret the jobs need). */
export interface StackSecretVariable {
  /** Variable name; `<realm>` stands for the realm ID with every character outside [A-Za-z0-9_] as `_`, lower case. */
  readonly name: string;
  /** Which stacks declare it. */
  readonly stacks: string;
  /**
   * A tenant stack's input. With Vault CI logins in the fleet the tenant stacks do not declare it:
   * the job reads it from Vault as a field of the tenant's pipeline-inputs secret (same name;
   * lib/identity/tenant-pipeline-login.ts tenantCiInputs), so it is no CI/CD variable.
   */
  readonly tenantInput: boolean;
}

/**
 * The secrets the blueprint's stacks take as Terraform variables without a default, which
 * `credentialNeeds` asks for as `TF_VAR_<name>`. The generated parent pipeline lists them as CI/CD
 * variables to define — the tenant inputs only when the fleet has no Vault CI logins (with them the
 * tenant jobs read those from Vault); test/pipeline/gitlab.test.ts checks the list against every
 * need of the synthesized example fleets, so a new variable in a construct fails there until it is
 * listed here. Declared in lib/backup/backup-plan.ts (pbs_*), lib/blueprint/platform-base.ts
 * (metrics, OIDC) and lib/identity/tenant-access.ts (realmSecretVariableName).
 */
export const STACK_SECRET_VARIABLES: readonly StackSecretVariable[] = [
  { name: 'pbs_password', stacks: 'every tenant stack (PBS storage)', tenantInput: true },
  { name: 'pbs_encryption_key', stacks: 'every tenant stack (PBS client-side encryption)', tenantInput: true },
  { name: 'metrics_influx_token', stacks: 'platform stack, when logging.metrics uses InfluxDB', tenantInput: false },
  { name: 'vault_oidc_client_secret', stacks: 'platform stack, when vault.directoryAuth is oidc', tenantInput: false },
  { name: 'vault_tenant_oidc_client_secret', stacks: 'tenant stacks of a namespace-mode fleet whose vault.directoryAuth is oidc (lib/identity/tenant-vault.ts)', tenantInput: true },
  { name: 'proxmox_realm_<realm>_bind_password', stacks: 'tenant stacks with an LDAP realm and a bind DN', tenantInput: true },
  { name: 'proxmox_realm_<realm>_client_key', stacks: 'tenant stacks with a confidential OIDC realm', tenantInput: true },
];

/** The secret variables a fleet's jobs need as CI/CD variables: without Vault CI logins all, with them the platform's only. */
export function pipelineSecretVariables(vaultCiLogins: boolean): StackSecretVariable[] {
  return STACK_SECRET_VARIABLES.filter((v) => !vaultCiLogins || !v.tenantInput);
}
