/**
 * Which credentials a synthesized stack needs from the environment before `terraform init/plan`,
 * read from the stack itself: its backend, its providers and its required variables. Pure: the
 * environment is an argument (the CLI passes process.env).
 */
import { BACKEND_CREDENTIAL_ENV } from '../blueprint/state-backend';
import { isRecord } from '../core/guards';
import { PLAN_PG_CONN_STR_VARIABLE } from './state-roles';
import { PLATFORM_STACK_NAME } from '../blueprint/platform-stack';

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

/** The job of a tenant pipeline a credential check is for (docs/security.md, "Credentials per stage"). */
export type CredentialStage = 'plan' | 'apply';

/**
 * The CI/CD variable with the Proxmox VE API token of the tenant plan jobs: a token of a PVE user
 * that reads ({@link PLAN_PROXMOX_PRIVILEGES}). Not protected: plan jobs run for merge requests,
 * whose branches are not protected, and GitLab passes protected variables only to pipelines of
 * protected refs. The plan job exports it as PROXMOX_VE_API_TOKEN (a script line: a project
 * variable of that name would override a job-level `variables:` entry), so the apply jobs' token
 * (PROXMOX_VE_API_TOKEN, protected) never reaches a plan.
 */
export const PLAN_PROXMOX_TOKEN_VARIABLE = 'KOMMUNAL_PLAN_PROXMOX_VE_API_TOKEN';

/** One grant of the plan jobs' PVE user. */
export interface PlanProxmoxGrant {
  /** ACL path; `<…>` stands for the tenant's object. */
  readonly path: string;
  readonly privileges: readonly string[];
  /** What needs it (the read of terraform's refresh). */
  readonly reason: string;
}

/**
 * What the plan jobs' PVE user needs for `terraform plan` (refresh reads every resource of the
 * tenant stack with a GET), from the read-back GETs of the Proxmox call table
 * (lib/rehearsal/model/proxmox/calls.ts, which cites bpg and the pve-manager/pve-access-control
 * permission checks). Two of the GETs check a write-level privilege (Datastore.Allocate on the
 * storage, SDN.Allocate on the zone), so the plan token holds those on the tenant's own objects
 * only — a residual risk docs/security.md names. Reads the table does not model (ACLs, pools,
 * vnets, firewall, VMs) are covered by the audit privileges at `/` (PVEAuditor's): a GUESS for
 * those types, not read from the API's permission checks.
 */
export const PLAN_PROXMOX_PRIVILEGES: readonly PlanProxmoxGrant[] = [
  { path: '/', privileges: ['Sys.Audit', 'VM.Audit', 'Datastore.Audit', 'Pool.Audit', 'SDN.Audit'], reason: 'read-backs of backup jobs, users, groups and realms (Sys.Audit); the audit privileges of the built-in PVEAuditor role for the rest' },
  { path: '/storage/<tenant PBS storage>', privileges: ['Datastore.Allocate'], reason: 'GET /storage/<id> checks Datastore.Allocate (calls.ts, storage read-back)' },
  { path: '/sdn/zones/<tenant zone>', privileges: ['SDN.Allocate'], reason: 'GET /cluster/sdn/zones/<id>?pending=1 checks SDN.Allocate (calls.ts, zone read-back)' },
];

/**
 * The CI/CD variable with the Proxmox VE API token of the platform plan jobs (`plan:platform`,
 * `plan:platform-<cluster>`): a token of a second read-only PVE user with
 * {@link PLATFORM_PLAN_PROXMOX_PRIVILEGES}. A separate user, not the tenant plan user with more
 * grants: the tenant plan token is readable by every merge request author, and the platform's reads
 * need write-level privileges on platform objects (the snippets storage that holds the guests'
 * cloud-init vendor data, the platform zone) and read the platform's metrics server and realm
 * configuration. So this variable is protected (environment `platform` / `platform-<cluster>`),
 * like the jobs that use it (with platform roles they run on the default branch only). The job
 * exports it as PROXMOX_VE_API_TOKEN, so the apply token never reaches the platform plan.
 */
export const PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE = 'KOMMUNAL_PLATFORM_PLAN_PROXMOX_VE_API_TOKEN';

/**
 * What the platform plan jobs' PVE user needs for `terraform plan` of a platform stack (refresh
 * reads every resource with a GET), from the read-back GETs of the Proxmox call table
 * (lib/rehearsal/model/proxmox/calls.ts) for the types the platform stacks contain:
 * - metrics server: GET /cluster/metrics/server/<id>, Sys.Audit on / (calls.ts, metrics server:
 *   pve-manager API2/Cluster/MetricServer.pm L116-118);
 * - cluster firewall options: GET /cluster/firewall/options, Sys.Audit on / (calls.ts: pve-firewall
 *   API2/Firewall/Cluster.pm L87-91);
 * - realm: GET /access/domains/<realm>, Realm.Allocate or Sys.Audit on /access/realm (calls.ts:
 *   pve-access-control API2/Domains.pm L300-302) — Sys.Audit on / propagates there;
 * - SDN zone: GET /cluster/sdn/zones/<id>?pending=1 checks SDN.Allocate on /sdn/zones/<id>
 *   (calls.ts: pve-network API2/Network/SDN/Zones.pm L311-313) — write-level, on the platform's
 *   zone only;
 * - snippet file: bpg reads the datastore (GET /storage/<id>), which checks Datastore.Allocate on
 *   /storage/<id> (calls.ts, file: pve-storage API2/Storage/Config.pm L179-181) — write-level, on
 *   the snippets storage only, never on /storage.
 * Reads the table does not model (roles, cluster firewall rules, the EVPN controller, the SDN
 * applier, which makes no call on refresh) are assumed covered by Sys.Audit and SDN.Audit on `/`,
 * and the file's content listing by Datastore.Audit on the snippets storage: a GUESS, not read
 * from the API's permission checks. No VM.Audit, Pool.Audit or Datastore.Audit on `/`: the platform
 * stacks hold no guests, pools or other storages.
 */
export const PLATFORM_PLAN_PROXMOX_PRIVILEGES: readonly PlanProxmoxGrant[] = [
  { path: '/', privileges: ['Sys.Audit', 'SDN.Audit'], reason: 'read-backs of the metrics server, the cluster firewall options and the realm (Sys.Audit); the unmodelled reads of roles, firewall rules and the EVPN controller (guess)' },
  { path: '/sdn/zones/<platform zone>', privileges: ['SDN.Allocate'], reason: 'GET /cluster/sdn/zones/<id>?pending=1 checks SDN.Allocate (calls.ts, zone read-back); only where the platform stack holds a zone' },
  { path: '/storage/<snippets storage>', privileges: ['Datastore.Allocate', 'Datastore.Audit'], reason: 'bpg reads the datastore of a snippet file: GET /storage/<id> checks Datastore.Allocate (calls.ts, file); Datastore.Audit for the content listing (guess)' },
];

/**
 * The platform plan grants with concrete paths for one synthesized platform stack: the zone grant
 * for each SDN zone the stack declares, the storage grant for each datastore its files are on.
 * What `kommunal`'s docs tell the platform team to grant, per cluster.
 */
export function platformPlanProxmoxGrants(stack: unknown): PlanProxmoxGrant[] {
  const resources = isRecord(stack) && isRecord(stack.resource) ? stack.resource : {};
  const ids = (pick: (type: string) => boolean, attr: string): string[] => {
    const out = new Set<string>();
    for (const [type, byName] of Object.entries(resources)) {
      if (!pick(type) || !isRecord(byName)) continue;
      for (const attrs of Object.values(byName)) if (isRecord(attrs) && typeof attrs[attr] === 'string') out.add(attrs[attr] as string);
    }
    return [...out].sort();
  };
  const [root, zone, storage] = PLATFORM_PLAN_PROXMOX_PRIVILEGES;
  return [
    root,
    ...ids((t) => t.startsWith('proxmox_sdn_zone_') || t.startsWith('proxmox_virtual_environment_sdn_zone_'), 'id').map((id) => ({ ...zone, path: `/sdn/zones/${id}` })),
    ...ids((t) => t === 'proxmox_virtual_environment_file' || t === 'proxmox_file', 'datastore_id').map((id) => ({ ...storage, path: `/storage/${id}` })),
  ];
}

/**
 * A platform stack with a Proxmox part: the only stacks whose Proxmox provider has the `ssh` block
 * (lib/blueprint/platform-stack.ts `ssh: true`, lib/providers/proxmox-connection.ts sshBlock), so
 * the only ones that declare `proxmox_ssh_username`.
 */
function isProxmoxPlatformStack(variables: Record<string, unknown>): boolean {
  return 'proxmox_ssh_username' in variables;
}

/** A platform stack: one with a Proxmox part, or the one cdktf names `platform` (its `//` metadata; tenant keys may not be `platform`). */
function isPlatformStack(stack: Record<string, unknown>, variables: Record<string, unknown>): boolean {
  const meta = isRecord(stack['//']) && isRecord(stack['//'].metadata) ? stack['//'].metadata : {};
  return isProxmoxPlatformStack(variables) || meta.stackName === PLATFORM_STACK_NAME;
}

/**
 * Everything the stack needs from the environment, in a stable order. With a `stage` (tenant
 * jobs): the plan job's Proxmox token is {@link PLAN_PROXMOX_TOKEN_VARIABLE}, and the Vault token
 * is named after the stage's role.
 */
export function credentialNeeds(stack: unknown, stage?: CredentialStage): CredentialNeed[] {
  const needs: CredentialNeed[] = [];
  if (!isRecord(stack)) return needs;
  const terraform = isRecord(stack.terraform) ? stack.terraform : {};
  const backend = isRecord(terraform.backend) ? Object.keys(terraform.backend)[0] : undefined;
  if (backend !== undefined && backend in BACKEND_CREDENTIAL_ENV) {
    // pg per stage (lib/pipeline/state-roles.ts): the plan job's connection string is the tenant's
    // read-only role, the apply job's PG_CONN_STR the tenant's read-write role.
    if (backend === 'pg' && stage === 'plan') needs.push({ what: 'state backend "pg": connection string of the tenant\'s plan role (reads only its own state; not protected)', anyOf: [PLAN_PG_CONN_STR_VARIABLE] });
    else if (backend === 'pg' && stage === 'apply') needs.push({ what: 'state backend "pg": connection string of the tenant\'s apply role (writes only its own state; protected)', anyOf: ['PG_CONN_STR'] });
    else for (const name of BACKEND_CREDENTIAL_ENV[backend as keyof typeof BACKEND_CREDENTIAL_ENV]) needs.push({ what: `state backend "${backend}"`, anyOf: [name] });
  }
  const providers = isRecord(stack.provider) ? stack.provider : {};
  const variables = isRecord(stack.variable) ? stack.variable : {};
  const platform = isPlatformStack(stack, variables);
  if ('vault' in providers) {
    const what = stage === undefined ? 'Vault token (the CI job logs in with its ID token)' : platform ? `Vault token of the platform's ${stage} role (the job logs in with its ID token)` : stage === 'plan' ? "Vault token of the tenant's plan role (read-only; the job logs in with its ID token)" : "Vault token of the tenant's apply role (protected default branch; the job logs in with its ID token)";
    needs.push({ what, anyOf: ['VAULT_TOKEN'] });
  }
  for (const name of Object.keys(variables).sort()) {
    const v = variables[name];
    if (!isRecord(v)) continue;
    const fallback = PROVIDER_FALLBACKS[name];
    if (name === 'proxmox_api_token' && stage === 'plan' && v.default === null && platform) needs.push({ what: 'Proxmox VE API token of the platform plan jobs (a read-only PVE user, protected)', anyOf: [PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE] });
    else if (name === 'proxmox_api_token' && stage === 'plan' && v.default === null) needs.push({ what: 'Proxmox VE API token of the plan jobs (a read-only PVE user, not protected)', anyOf: [PLAN_PROXMOX_TOKEN_VARIABLE] });
    else if (name === 'proxmox_api_token' && stage === 'apply' && v.default === null) needs.push({ what: 'Proxmox VE API token of the apply jobs (protected variable)', anyOf: [`TF_VAR_${name}`, ...(fallback ?? [])] });
    else if (fallback !== undefined && v.default === null) needs.push({ what: `variable ${name}`, anyOf: [`TF_VAR_${name}`, ...fallback] });
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
