/**
 * Who each stack of a fleet runs as in a rehearsal: the credentials its generated pipeline job
 * would have (lib/pipeline/gitlab.ts), so that the datacenter model checks every API call against
 * the identity that really makes it.
 *
 * - The platform stack's jobs run with the platform's bootstrap credentials, which the platform
 *   engineers create outside terraform (docs/datacenter.md): the Proxmox token of
 *   `terraform-platform@pve` and the Vault token with the `kommunal-platform` policy
 *   (lib/rehearsal/model/proxmox/seed.ts, lib/rehearsal/model/vault/seed.ts).
 * - Tenant jobs use the tenant provisioning token `terraform-tenants@pve` (Proxmox offers no
 *   narrower scope for most of what a tenant stack creates; see the seed).
 * - A tenant's jobs log in to Vault with their GitLab ID token at `auth/<ci mount>/login` in the
 *   root namespace (the generated job sets no VAULT_NAMESPACE): the apply job with the tenant's
 *   apply role, the plan job with its plan role (lib/pipeline/gitlab.ts). The claims are the ones
 *   GitLab puts into the ID token (gitlabhq/gitlabhq lib/gitlab/ci/jwt.rb `ci_claims`: project_path,
 *   ref, ref_type, ref_protected, environment, environment_protected, strings): for `apply` a job
 *   of the project's default branch, protected, in the protected environment `kommunen/<key>`
 *   (CI_ENVIRONMENT_PREFIX); for `plan` a merge request's job (an unprotected feature branch, the
 *   same environment, unprotected for it). They are not the ones the role expects: a role that
 *   binds other claims fails the login, as it would in GitLab.
 */
import { PLATFORM_STACK_NAME, type FleetModel } from '../blueprint/fleet';
import { CI_ENVIRONMENT_PREFIX, DEFAULT_GUEST_STORAGES } from '../model/defaults';
import { tenantCiPlanRoleOf, tenantCiRoleOf } from '../model/vault-names';
import { DEFAULT_PROXMOX_SEED, identityApiToken, PLATFORM_IDENTITY, TENANT_IDENTITY, type ProxmoxSeed, type SeedGrant } from './model/proxmox';
import { PLATFORM_TOKEN, type KvSecretV2 } from './model/vault';
import { tenantCiInputFields, tenantCiInputsOf, tenantRealmClientKeyOf } from '../blueprint/tenant-ci-inputs';
import { REALM_CLIENT_KEY_FIELD } from '../identity/tenant-pipeline-login';
import type { ProxmoxClusterModel, StackIdentity } from './workspace';
import { platformStacksOf } from '../blueprint/platform-stack';
import { fleetClusters } from '../model/clusters';
import type { FleetFile } from '../model/parameters';
import { fleetTemplateFiles, fleetVmTemplates, templateCloneGrants } from '../identity/template-access';

/**
 * The tenant provisioning identity's grants on the fleet's VM templates (lib/identity/template-access.ts
 * `templateCloneGrants`) as seed grants: VM.Clone and VM.Audit on `/vms/<template>`, not propagated.
 */
export function templateSeedGrants(fleet: Pick<FleetFile, 'compute'>): SeedGrant[] {
  return templateCloneGrants(fleet).map((g) => ({
    path: g.path,
    propagate: g.propagate,
    roleId: g.roleId,
    privileges: g.privileges,
    reason: `clone the template of ${g.profiles.join(', ')} guests: POST /nodes/<node>/qemu/<template>/clone checks VM.Clone on /vms/<template> (qemu-server API2/Qemu.pm clone_vm L4337-4346); lib/identity/template-access.ts`,
  }));
}

/**
 * The datacenter a fleet describes, as it stands before any terraform: the nodes of the fleet
 * (network.nodes), the PBS datastores its backups and second copies go to, the default storages and
 * provisioning identities of the model's seed, and the fleet's guest storages (compute.guestStorages)
 * where the default seed lacks them, as shared VM storages, and the fleet's guest templates
 * (compute.templates: VM templates and container template volumes, owned by the platform) with the
 * tenant identity's clone grant on each VM template (lib/identity/template-access.ts;
 * docs/datacenter.md lists what to set up by hand).
 */
export function fleetDatacenterSeed(model: FleetModel): ProxmoxSeed {
  const f = model.fleet.data;
  const targets = [
    { server: f.backup.server, datastore: f.backup.datastore },
    ...(f.backup.secondCopy !== undefined ? [f.backup.secondCopy] : []),
    // The sites' PBS (first copy of their tenants, second copy of their partner's): fleets with sites only.
    ...Object.keys(f.sites ?? {}).sort().map((id) => f.sites![id].pbs),
  ];
  const pbs = targets
    .filter((t, i) => targets.findIndex((o) => o.server === t.server && o.datastore === t.datastore) === i)
    .map((t) => ({ server: t.server, datastore: t.datastore, namespaces: [] as string[] }));
  const snippets = model.platform.logging.snippets.datastore;
  const platform = {
    ...DEFAULT_PROXMOX_SEED.platform,
    grants: [
      ...DEFAULT_PROXMOX_SEED.platform.grants,
      {
        path: `/storage/${snippets}`,
        propagate: false,
        roleId: 'ProvisionPlatformSnippets',
        privileges: ['Datastore.Allocate'],
        reason: 'the logging vendor data upload: bpg reads the datastore (GET /storage/<id>, Datastore.Allocate) before it writes the file over SSH (see lib/rehearsal/model/proxmox/calls.ts)',
      },
    ],
  };
  const known = new Set(DEFAULT_PROXMOX_SEED.storages.map((s) => s.id));
  const fleetGuestStorages = f.compute?.guestStorages ?? DEFAULT_GUEST_STORAGES;
  const guestStorages = fleetGuestStorages.filter((id) => !known.has(id));
  const nodes = f.network.nodes && f.network.nodes.length > 0 ? [...f.network.nodes] : DEFAULT_PROXMOX_SEED.nodes;
  // The fleet's guest templates (compute.templates): built by the platform's image pipeline before
  // any tenant stack runs, in no tenant pool (owned by the platform). A VM template sits on the first
  // node with its disk on the first guest storage (tenant guests clone it fully onto their own
  // storage: lib/compute/tenant-guests.ts `clone.datastore_id`); a container template is a volume.
  const templates = fleetVmTemplates(f).map((t) => ({ vmid: t.vmId, node: nodes[0], kind: 'qemu' as const, diskStorages: [fleetGuestStorages[0]] }));
  const templateFiles = fleetTemplateFiles(f);
  // What cloning them needs, derived from the fleet: VM.Clone and VM.Audit on each template only.
  const tenant = {
    ...DEFAULT_PROXMOX_SEED.tenant,
    grants: [
      ...DEFAULT_PROXMOX_SEED.tenant.grants,
      ...templateSeedGrants(f),
    ],
  };
  return {
    ...DEFAULT_PROXMOX_SEED,
    storages: [...DEFAULT_PROXMOX_SEED.storages, ...guestStorages.map((id) => ({ id, type: 'rbd', content: ['images', 'rootdir'], shared: true }))],
    platform,
    tenant,
    nodes,
    pbs,
    ...(templates.length > 0 ? { templates } : {}),
    ...(templateFiles.length > 0 ? { templateFiles } : {}),
  };
}

/**
 * The model Proxmox VE datacenters of a fleet with clusters, one per cluster: each seeded like
 * {@link fleetDatacenterSeed} (storages, provisioning identities, limits), but with that cluster's
 * nodes and the PBS datastores it backs up to — its site's PBS (the first copy) and the fleet's
 * second copy, and the fleet's guest templates on the cluster's first node. A PBS is one server per site, shared by the site's clusters: every cluster at a site
 * sees the same datastore (seeded into each cluster's model; PBS objects are only checked for
 * existence, never written by a stack). Undefined for a fleet without `clusters` (one datacenter).
 */
export function fleetClusterModels(model: FleetModel): ProxmoxClusterModel[] | undefined {
  const byId = model.platform.clusters;
  if (byId === undefined) return undefined;
  const f = model.fleet.data;
  const base = fleetDatacenterSeed(model);
  // With two or more sites the second copy is the partner site's PBS (lib/model/sites.ts), itself a
  // site PBS; the fleet-wide backup.secondCopy exists only with fewer sites.
  const copy = f.backup.secondCopy;
  const second = copy !== undefined ? { server: copy.server, datastore: copy.datastore, namespaces: [] as string[] } : undefined;
  return fleetClusters(f)
    .filter((c) => byId[c.id] !== undefined)
    .map((c) => ({
      id: c.id,
      endpoint: byId[c.id].endpoint,
      seed: {
        ...base,
        nodes: [...c.nodes],
        // Each cluster has the fleet's templates (the image pipeline builds them on every cluster), on its own first node.
        ...(base.templates !== undefined ? { templates: base.templates.map((t) => ({ ...t, node: c.nodes[0] })) } : {}),
        pbs: [{ server: c.pbs.server, datastore: c.pbs.datastore, namespaces: [] as string[] }, ...(second === undefined || (second.server === c.pbs.server && second.datastore === c.pbs.datastore) ? [] : [second])],
      },
    }));
}

/**
 * The SSH settings of the platform job: it uploads the fleet's logging vendor data, which bpg
 * writes over SSH (lib/logging/logging-vendor-data.ts). The platform stack's provider leaves its
 * `ssh` block attributes null, so bpg reads PROXMOX_VE_SSH_USERNAME and PROXMOX_VE_SSH_PRIVATE_KEY
 * (bpg/terraform-provider-proxmox v0.111.1 fwprovider/provider.go L431-435). Placeholder values: the
 * model checks that credentials are present, not that they open a session. Tenant jobs get none.
 */
export const PLATFORM_SSH_ENV: Readonly<Record<string, string>> = {
  PROXMOX_VE_SSH_USERNAME: 'kommunal-snippets',
  PROXMOX_VE_SSH_PRIVATE_KEY: 'rehearsal-placeholder-not-a-key',
};

/** The project a rehearsed fleet lives in (the tenant's own project when the fleet binds per-tenant projects). */
function projectPath(ci: { readonly projectPath?: string; readonly projectPathPrefix?: string }, key: string): string {
  return ci.projectPath ?? `${ci.projectPathPrefix ?? 'kommunen'}/${key}`;
}

/** Which job of a tenant's pipeline: the plan job (any branch, plan role) or the apply job (protected default branch, apply role). */
export type PipelineStage = 'plan' | 'apply';

/** The branch of the merge request whose plan job {@link pipelineIdentities} stands for with stage `plan`. */
export const REHEARSAL_MR_BRANCH = 'feature/rehearsal';

/**
 * The identity of every stack of a fleet, as its pipeline jobs would run: the apply job's by
 * default, the plan job's of a merge request with `stage` 'plan' (the platform's jobs are the same
 * in both stages: its bootstrap token).
 */
export function pipelineIdentities(model: FleetModel, stage: PipelineStage = 'apply'): (stack: string) => StackIdentity {
  const ci = model.platform.vault.ciJwt;
  return (stack) => {
    // A cluster's platform stack (`platform-<id>`) runs with the same bootstrap credentials in its
    // own environment (lib/pipeline/gitlab.ts platformStackJobs); its token exists on its cluster.
    // `platform` holds the legacyCluster's Proxmox part too: its provider configuration names that
    // cluster's endpoint, so the shadow provider routes it there (lib/rehearsal/endpoints.ts).
    const clusterPlatform = platformStacksOf(model.platform).some((p) => p.name === stack);
    if (stack === PLATFORM_STACK_NAME || clusterPlatform) return { proxmoxToken: identityApiToken(PLATFORM_IDENTITY), vault: { token: PLATFORM_TOKEN }, env: PLATFORM_SSH_ENV };
    const spec = model.specs[stack];
    if (!spec) throw new Error(`no tenant ${stack} in the fleet`);
    const proxmoxToken = identityApiToken(TENANT_IDENTITY);
    if (!ci) return { proxmoxToken };
    const environment = `${CI_ENVIRONMENT_PREFIX}/${stack}`;
    const ref = stage === 'apply' ? ci.defaultBranch : REHEARSAL_MR_BRANCH;
    const protectedRef = stage === 'apply' ? 'true' : 'false';
    return {
      proxmoxToken,
      vault: {
        jwtLogin: {
          namespace: '',
          mount: ci.path,
          role: stage === 'apply' ? tenantCiRoleOf(spec) : tenantCiPlanRoleOf(spec),
          claims: {
            iss: ci.issuer,
            aud: ci.audience,
            sub: `project_path:${projectPath(ci, stack)}:ref_type:branch:ref:${ref}`,
            project_path: projectPath(ci, stack),
            ref,
            ref_type: 'branch',
            ref_protected: protectedRef,
            environment,
            environment_protected: protectedRef,
          },
        },
      },
    };
  };
}

/**
 * The pipeline inputs of every tenant, as the platform engineer writes them when onboarding a
 * tenant (docs/datacenter.md, Vault checklist): one KV v2 secret per tenant in the root namespace
 * (lib/identity/tenant-pipeline-login.ts tenantCiInputs) with the PBS password and encryption key
 * and, for an LDAP realm with a bind DN, its bind password; for a confidential OIDC realm a second
 * secret with its client key (tenantRealmClientKeyOf). Fixed rehearsal values, never real secrets.
 * Empty without Vault CI logins: the inputs are Terraform variables then.
 */
export function fleetCiInputSecrets(model: FleetModel): KvSecretV2[] {
  const out: KvSecretV2[] = [];
  for (const key of Object.keys(model.specs).sort()) {
    const spec = model.specs[key];
    const at = tenantCiInputsOf(spec, model.platform);
    if (at === undefined) continue;
    // `rehearsal-vault-<field with - for _>-<key>`: fixed values that show where they came from.
    const data = Object.fromEntries(tenantCiInputFields(spec, model.platform).map((f) => [f, `rehearsal-vault-${f.replace(/_/g, '-')}-${key}`]));
    out.push({ namespace: '', mount: at.mount, name: at.name, data });
    const keyAt = tenantRealmClientKeyOf(spec, model.platform);
    if (keyAt !== undefined) out.push({ namespace: '', mount: keyAt.mount, name: keyAt.name, data: { [REALM_CLIENT_KEY_FIELD]: `rehearsal-vault-realm-client-key-${key}` } });
  }
  return out;
}
