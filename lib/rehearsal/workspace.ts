/**
 * A rehearsal workspace: one folder that holds everything of one rehearsal — the filesystem mirror
 * with the shadow providers, the terraform CLI configuration that installs from it (no network),
 * one working folder per stack (its `cdk.tf.json`, `.terraform/`, plans) that survives re-synthesis
 * so that later plans compare against the state of earlier applies, the local states, and the
 * shadow providers' shared object store.
 *
 * The environment terraform runs with is built from scratch: nothing of the caller's credentials
 * (Proxmox, Vault, cloud, backend) reaches a rehearsal; every variable a stack declares gets a
 * rehearsal value (`rehearsalVariables`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { REFUSAL_TYPE, storeRefusal, type RecordedRefusal } from './engine/provider';
import { FileObjectStore } from './engine/store';
import type { DatacenterStore } from './model/api';
import { pendingSdnChanges, seedProxmox, type PendingSdnChange, type ProxmoxSeed } from './model/proxmox';
import { deleteKvSecretV2, loginJwt, seedVault, writeKvSecretV2, type JwtLogin, type KvSecretV2 } from './model/vault';
import { installRehearsalProviders, ShadowLauncher } from './providers';
import { PROXMOX_ENDPOINT_STORES_ENV } from './endpoints';
import { checkTool, errorText, runTool, StepResult, TfTool, ToolInfo } from './terraform';

export interface WorkspaceOptions {
  /** The folder of the rehearsal; created when missing. */
  readonly dir: string;
  /** terraform or tofu. */
  readonly tool: TfTool;
  /** Resource types whose apply the shadow providers fail (a failed partial apply). */
  readonly failApplyOf?: readonly string[];
  /** How the shadow providers are started. @default - the providers of this package (dist/) */
  readonly launcher?: ShadowLauncher;
  /** Variables of the caller's environment passed through (e.g. PATH is always passed). */
  readonly passEnv?: readonly string[];
  /**
   * The datacenter model behind the shadow providers (lib/rehearsal/model/): `enforce` — the
   * providers refuse what the servers would refuse, and a stack runs as the identity its pipeline
   * job uses (`identityOf`); `record` — refusals are kept (see `refusals()`) and the run goes on;
   * `off` — schema conformance only. @default 'off'
   */
  readonly datacenterModel?: DatacenterModelMode;
  /** Who each stack runs as (its pipeline job's credentials). Needed unless the model is off. */
  readonly identityOf?: (stack: string) => StackIdentity;
  /** The Proxmox datacenter before any terraform. @default DEFAULT_PROXMOX_SEED */
  readonly proxmoxSeed?: ProxmoxSeed;
  /**
   * KV v2 secrets the platform engineer writes outside terraform (the tenants' pipeline inputs,
   * lib/rehearsal/identities.ts fleetCiInputSecrets), written with the seed. @default - none
   */
  readonly vaultSecrets?: readonly KvSecretV2[];
  /**
   * One model Proxmox VE datacenter per cluster (a fleet with clusters): each with its own store,
   * seeded with its own seed, served at its endpoint (lib/rehearsal/endpoints.ts). `proxmoxSeed` is
   * then not used; Vault stays one fleet-wide server in the workspace's main store.
   * @default - one Proxmox datacenter (`proxmoxSeed`) behind every endpoint
   */
  readonly proxmoxClusters?: readonly ProxmoxClusterModel[];
}

/** One modelled Proxmox VE cluster of a rehearsal. */
export interface ProxmoxClusterModel {
  /** The cluster ID (names its store folder, `clusters/<id>`). */
  readonly id: string;
  /** The API URL its stacks' providers are configured with. */
  readonly endpoint: string;
  readonly seed: ProxmoxSeed;
}

/** How the shadow providers use the datacenter model. */
export type DatacenterModelMode = 'enforce' | 'record' | 'off';

/** The credentials a stack's pipeline job runs terraform with. */
export interface StackIdentity {
  /** `user@realm!tokenid=secret`, as PROXMOX_VE_API_TOKEN. */
  readonly proxmoxToken?: string;
  /** A Vault token as VAULT_TOKEN, or the JWT login the job performs before terraform. */
  readonly vault?: { readonly token: string } | { readonly jwtLogin: JwtLogin };
  /**
   * Further environment variables of the job (e.g. the platform job's PROXMOX_VE_SSH_* for bpg's
   * SSH uploads); set before the credentials above, which win on a clash. Never real secrets.
   * @default - none
   */
  readonly env?: Readonly<Record<string, string>>;
}

/** The values a rehearsal gives to the variables of a stack, by name; never real credentials. */
export function rehearsalVariables(stackJson: { readonly variable?: Readonly<Record<string, { readonly type?: string; readonly default?: unknown }>> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(stackJson.variable ?? {})) {
    if (v.default !== undefined) continue;
    const type = v.type ?? 'string';
    if (type === 'bool') out[name] = 'false';
    else if (type === 'number') out[name] = '0';
    else if (name === 'proxmox_endpoint') out[name] = 'https://pve.rehearsal.invalid:8006/';
    else if (name === 'vault_address') out[name] = 'https://vault.rehearsal.invalid:8200';
    else if (name.endsWith('fingerprint')) out[name] = Array.from({ length: 32 }, () => '00').join(':');
    else out[name] = `rehearsal-${name.replace(/_/g, '-')}`;
  }
  return out;
}

/** Marks a rehearsal folder whose datacenter has been seeded. */
const SEEDED_TYPE = '_seeded';

/** The backend override every rehearsed stack gets: a local state inside the workspace. */
export const BACKEND_OVERRIDE_FILE = 'zz_rehearsal_override.tf.json';

export interface StepRecord {
  readonly step: string;
  readonly ms: number;
  readonly exitCode: number;
}

/** A step that failed: the stack, the step and terraform's own error text. */
export class RehearsalStepError extends Error {
  constructor(
    readonly stack: string,
    readonly step: string,
    readonly detail: string,
  ) {
    super(`${stack}: ${step} failed\n${detail}`);
    this.name = 'RehearsalStepError';
  }
}

export class Workspace {
  /** Checks the tool, installs the shadow providers and writes the CLI configuration. */
  static open(options: WorkspaceOptions): Workspace {
    const info = checkTool(options.tool);
    fs.mkdirSync(options.dir, { recursive: true });
    const dir = fs.realpathSync(options.dir);
    const cliConfig = installRehearsalProviders(path.join(dir, 'providers'), options.launcher);
    return new Workspace(dir, info, cliConfig, options);
  }

  readonly stacksDir: string;
  readonly stateDir: string;
  readonly storeDir: string;
  /** Resource types whose apply the shadow providers fail from now on (empty: none). */
  failApplyOf: readonly string[];
  /** The datacenter model's mode for the next terraform runs. */
  datacenterModel: DatacenterModelMode;
  private readonly store: DatacenterStore;
  /** The store of each modelled cluster (empty: one Proxmox datacenter in the main store). */
  private readonly clusterStores: ReadonlyMap<string, { readonly dir: string; readonly endpoint: string; readonly store: DatacenterStore }>;

  private constructor(
    readonly dir: string,
    readonly tool: ToolInfo,
    readonly cliConfigFile: string,
    private readonly options: WorkspaceOptions,
  ) {
    this.stacksDir = path.join(dir, 'stacks');
    this.stateDir = path.join(dir, 'state');
    this.storeDir = path.join(dir, 'datacenter');
    this.failApplyOf = options.failApplyOf ?? [];
    this.datacenterModel = options.datacenterModel ?? 'off';
    for (const d of [this.stacksDir, this.stateDir, this.storeDir]) fs.mkdirSync(d, { recursive: true });
    this.store = new FileObjectStore(this.storeDir);
    const clusters = new Map<string, { dir: string; endpoint: string; store: DatacenterStore }>();
    for (const c of options.proxmoxClusters ?? []) {
      const cdir = path.join(dir, 'clusters', c.id);
      fs.mkdirSync(cdir, { recursive: true });
      clusters.set(c.id, { dir: cdir, endpoint: c.endpoint, store: new FileObjectStore(cdir) });
    }
    this.clusterStores = clusters;
    // The datacenter as it is before any terraform: what the platform engineers set up by hand
    // (docs/datacenter.md). Seeded once per rehearsal folder.
    if (this.store.list(SEEDED_TYPE).length === 0) {
      seedVault(this.store);
      if (clusters.size === 0) seedProxmox(this.store, options.proxmoxSeed);
      for (const c of options.proxmoxClusters ?? []) seedProxmox(clusters.get(c.id)!.store, c.seed);
      for (const secret of options.vaultSecrets ?? []) writeKvSecretV2(this.store, secret);
      this.store.put({ typeName: SEEDED_TYPE, id: 'seed', schemaVersion: 0, attributes: { version: 1 } });
    }
  }

  /**
   * SDN configuration that Proxmox holds as pending: written, but not applied to the nodes (no
   * `PUT /cluster/sdn` after it). Guests on such vnets have no network.
   */
  pendingSdn(): PendingSdnChange[] {
    return this.allStores().flatMap((s) => pendingSdnChanges(s));
  }

  /** The main store and every cluster's store. */
  private allStores(): DatacenterStore[] {
    return [this.store, ...[...this.clusterStores.values()].map((c) => c.store)];
  }

  /** Deletes a KV v2 secret with all its versions, as `vault kv metadata delete` does (e.g. a pipeline input never written). */
  deleteVaultSecret(secret: Pick<KvSecretV2, 'namespace' | 'mount' | 'name'>): void {
    deleteKvSecretV2(this.store, secret);
  }

  /** Every refusal the datacenter model recorded (mode `record`), in a stable order. */
  refusals(): RecordedRefusal[] {
    return this.allStores()
      .flatMap((s) => s.list(REFUSAL_TYPE))
      .map((o) => o.attributes as unknown as RecordedRefusal)
      .sort((a, b) => (a.stack + a.typeName + (a.objectId ?? '') + a.summary).localeCompare(b.stack + b.typeName + (b.objectId ?? '') + b.summary));
  }

  /**
   * The credential variables of a stack's runs: what its pipeline job would have. A failed Vault
   * login stops the job (the generated scripts run with `set -e`), so it fails the step here; in
   * `record` mode it is recorded and terraform runs with a token the server does not know.
   */
  private credentials(stack: string): Record<string, string> {
    if (this.datacenterModel === 'off') return { VAULT_TOKEN: 'rehearsal-token' };
    const id = this.options.identityOf?.(stack);
    if (!id) throw new RehearsalStepError(stack, 'credentials', `the rehearsal has no identity for stack ${stack} (WorkspaceOptions.identityOf)`);
    const out: Record<string, string> = { ...(id.env ?? {}) };
    if (id.proxmoxToken !== undefined) out.PROXMOX_VE_API_TOKEN = id.proxmoxToken;
    if (id.vault && 'token' in id.vault) out.VAULT_TOKEN = id.vault.token;
    else if (id.vault) {
      const r = loginJwt(this.store, id.vault.jwtLogin);
      if ('token' in r) out.VAULT_TOKEN = r.token;
      else if (this.datacenterModel === 'record') {
        storeRefusal(this.store, { stack, typeName: 'vault login', action: 'login', objectId: id.vault.jwtLogin.role }, r.error, `login-${stack}`);
        out.VAULT_TOKEN = 'rehearsal-login-failed';
      } else throw new RehearsalStepError(stack, 'vault login', r.error.detail ?? r.error.summary);
    }
    return out;
  }

  /** The working folder of a stack. */
  stackDir(name: string): string {
    return path.join(this.stacksDir, name);
  }

  /**
   * Brings a stack's synthesized `cdk.tf.json` into its working folder (replacing the previous one;
   * `.terraform/`, plans and state stay) and writes the backend override.
   */
  prepareStack(name: string, synthesizedStackDir: string): void {
    const dir = this.stackDir(name);
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(path.join(synthesizedStackDir, 'cdk.tf.json'), path.join(dir, 'cdk.tf.json'));
    const override = { terraform: { backend: { local: { path: path.join(this.stateDir, `${name}.tfstate`) } } } };
    fs.writeFileSync(path.join(dir, BACKEND_OVERRIDE_FILE), `${JSON.stringify(override, null, 2)}\n`);
  }

  /** The environment of every terraform run: built from scratch, with the rehearsal variables of the stack. */
  env(name: string, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
    const stackJson = JSON.parse(fs.readFileSync(path.join(this.stackDir(name), 'cdk.tf.json'), 'utf8')) as Parameters<typeof rehearsalVariables>[0];
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? this.dir,
      TF_CLI_CONFIG_FILE: this.cliConfigFile,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      KOMMUNAL_SHADOW_STORE: this.storeDir,
      KOMMUNAL_SHADOW_STACK: name,
      KOMMUNAL_SHADOW_MODEL: this.datacenterModel,
      ...this.credentials(name),
    };
    if (this.clusterStores.size > 0) env[PROXMOX_ENDPOINT_STORES_ENV] = JSON.stringify(Object.fromEntries([...this.clusterStores.values()].map((c) => [c.endpoint, c.dir])));
    if (this.failApplyOf.length > 0) env.KOMMUNAL_SHADOW_FAIL = this.failApplyOf.join(',');
    for (const k of this.options.passEnv ?? []) if (process.env[k] !== undefined) env[k] = process.env[k];
    for (const [k, v] of Object.entries(rehearsalVariables(stackJson))) env[`TF_VAR_${k}`] = v;
    return { ...env, ...extra };
  }

  /** Runs one terraform step of a stack; throws RehearsalStepError (with terraform's text) unless `okCodes` has its exit code. */
  async step(name: string, label: string, args: readonly string[], okCodes: readonly number[] = [0], records?: StepRecord[]): Promise<StepResult> {
    const r = await runTool(this.tool.tool, args, this.stackDir(name), this.env(name));
    records?.push({ step: label, ms: r.ms, exitCode: r.exitCode });
    if (!okCodes.includes(r.exitCode)) throw new RehearsalStepError(name, label, errorText(r));
    return r;
  }
}
