/** TenantAccess: a tenant's Proxmox pool, role groups, ACLs, realm and pipeline token. */
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { DEFAULT_AD_USER_ATTRIBUTE, DEFAULT_LDAP_USER_ATTRIBUTE, DEFAULT_OIDC_GROUPS_CLAIM } from '../model/defaults';
import { Acl } from '../providers/proxmox/acl';
import { RealmLdap } from '../providers/proxmox/realm-ldap';
import { RealmOpenid } from '../providers/proxmox/realm-openid';
import { PoolMembership } from '../providers/proxmox/pool-membership';
import { RealmSync } from '../providers/proxmox/realm-sync';
import { UserToken } from '../providers/proxmox/user-token';
import { VirtualEnvironmentGroup } from '../providers/proxmox/virtual-environment-group';
import { VirtualEnvironmentPool } from '../providers/proxmox/virtual-environment-pool';
import { VirtualEnvironmentUser } from '../providers/proxmox/virtual-environment-user';
import {
  ACCESS_ROLES, DEFAULT_AD_GROUP_FILTER, DEFAULT_LDAP_MODE, DEFAULT_SYNC_REMOVE_VANISHED, directoryGroupId, POOL_ROLE_OF,
  realmSecretVariableName, STORAGE_AUDIT_ROLES, STORAGE_ROLES, VNET_ROLES, type AccessRole, type AclEntry, type TenantAccessProps,
} from './tenant-access-props';
import { validateTenantAccessProps } from './validate-tenant-access-props';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';

/**
 * A tenant's Proxmox access: its pool, one group per role, ACLs on the tenant's own paths only,
 * its login realm (or the platform's), and a privilege-separated pipeline token.
 */
export class TenantAccess extends Construct {
  /** The tenant pool (primary resource). */
  public readonly resource: VirtualEnvironmentPool;
  public readonly poolId: string;
  /** Proxmox group IDs of the roles. */
  public readonly groupIds: { readonly [R in AccessRole]: string };
  /** Proxmox group IDs of the mapped directory groups. */
  public readonly directoryGroupIds: { readonly [R in AccessRole]?: string };
  /** The realm tenant users log in with. */
  public readonly realm: string;
  /** Full token ID `<user>!<token>` of the pipeline, when configured. */
  public readonly pipelineTokenId?: string;
  /** Every ACL entry created, in creation order. */
  public readonly aclEntries: readonly AclEntry[];
  /** Storages added to the pool as members, in the order given. */
  public readonly guestStorages: readonly string[];
  /** The pool memberships of those storages (guests' disks need them: the pool's grants reach the storage through them). */
  public readonly storageMembers: readonly PoolMembership[];

  public constructor(scope: Construct, id: string, props: TenantAccessProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    validateTenantAccessProps(props).throwIfAny('TenantAccess', this.node.path);

    const { tenant, identity } = props;
    const roleIds = props.roles.roleIds;
    const poolPath = `/pool/${tenant.pool}`;
    this.poolId = tenant.pool;
    this.realm = identity.realm;

    this.resource = new VirtualEnvironmentPool(this, 'Resource', {
      poolId: tenant.pool,
      comment: `${tenant.displayName} (${tenant.key})`,
    });

    // Storage members: the pool's ACLs then apply on /storage/<id> too (pve-access-control
    // src/PVE/RPCEnvironment.pm `$compile_acl_path` L38-57 and L66-80, not propagated), which gives
    // the pool roles Datastore.AllocateSpace there, which qemu-server checks for every disk it
    // allocates (PVE/API2/Qemu.pm check_storage_access; guess: function named from memory, line not read). bpg adds each with PUT /pools?poolid=<pool> storage=<id> (fwprovider/pools/
    // pool_membership.go L114-170 @ v0.111.1); pve-manager PVE/API2/Pool.pm L275-278 and L359-373
    // check Pool.Allocate on /pool/<pool> and Permissions.Modify or Datastore.Allocate on
    // /storage/<id> (pve-access-control RPCEnvironment.pm check_perm_modify L442-457). The pool ID is
    // a reference, so terraform removes the members before the pool: PVE refuses to delete a pool
    // that still has an existing storage member (Pool.pm L522-525).
    this.guestStorages = Object.freeze([...(props.guestStorages ?? [])]);
    this.storageMembers = Object.freeze(this.guestStorages.map((storageId) => new PoolMembership(this, `StorageMember-${storageId}`, { poolId: this.resource.poolId, storageId })));

    // Groups: one per role, plus one per mapped directory group.
    const principals = {} as Record<AccessRole, Array<{ id: string; key: string; dependency: Construct }>>;
    const dirIds: { [R in AccessRole]?: string } = {};
    for (const role of ACCESS_ROLES) {
      const groupId = props.groups[role];
      const group = new VirtualEnvironmentGroup(this, `Group-${role}`, {
        groupId,
        comment: `${tenant.displayName}: ${role} (${roleIds[POOL_ROLE_OF[role]]} on ${poolPath})`,
      });
      principals[role] = [{ id: groupId, key: role, dependency: group }];
      const dir = props.directoryGroups?.[role];
      if (dir !== undefined) {
        const dirId = directoryGroupId(dir, identity.realm);
        const dirGroup = new VirtualEnvironmentGroup(this, `DirectoryGroup-${role}`, {
          groupId: dirId,
          comment: `${tenant.displayName}: ${role} from directory group ${dir} of realm ${identity.realm}`,
        });
        principals[role].push({ id: dirId, key: `directory-${role}`, dependency: dirGroup });
        dirIds[role] = dirId;
      }
    }

    const entries: AclEntry[] = [];
    const acl = (aclId: string, entry: AclEntry, dependsOn: Construct[]) => {
      new Acl(this, aclId, {
        path: entry.path,
        roleId: entry.roleId,
        propagate: entry.propagate,
        groupId: entry.principal.kind === 'group' ? entry.principal.id : undefined,
        userId: entry.principal.kind === 'user' ? entry.principal.id : undefined,
        tokenId: entry.principal.kind === 'token' ? entry.principal.id : undefined,
        dependsOn: dependsOn as never,
      });
      entries.push(entry);
    };

    for (const role of ACCESS_ROLES) {
      for (const p of principals[role]) {
        acl(`Acl-pool-${p.key}`, { path: poolPath, roleId: roleIds[POOL_ROLE_OF[role]], propagate: true, principal: { kind: 'group', id: p.id } }, [this.resource, p.dependency]);
      }
    }
    for (const vnetPath of props.paths.vnets) {
      const vnet = vnetPath.split('/')[4];
      for (const role of VNET_ROLES) {
        for (const p of principals[role]) {
          acl(`Acl-vnet-${vnet}-${p.key}`, { path: vnetPath, roleId: roleIds.networkUser, propagate: true, principal: { kind: 'group', id: p.id } }, [p.dependency]);
        }
      }
    }
    for (const storagePath of props.paths.storages) {
      const storage = storagePath.split('/')[2];
      for (const role of STORAGE_ROLES) {
        for (const p of principals[role]) {
          acl(`Acl-storage-${storage}-${p.key}`, { path: storagePath, roleId: roleIds.backupUser, propagate: false, principal: { kind: 'group', id: p.id } }, [p.dependency]);
        }
      }
      for (const role of STORAGE_AUDIT_ROLES) {
        for (const p of principals[role]) {
          acl(`Acl-storage-${storage}-${p.key}`, { path: storagePath, roleId: roleIds.backupAuditor, propagate: false, principal: { kind: 'group', id: p.id } }, [p.dependency]);
        }
      }
    }

    // Realm.
    if (identity.source === 'ldap') {
      const ldap = identity.ldap;
      const ad = ldap.activeDirectory === true;
      let bindPassword: string | undefined;
      if (ldap.bindDn !== undefined && props.realmSecrets?.bindPassword !== undefined) bindPassword = props.realmSecrets.bindPassword;
      else if (ldap.bindDn !== undefined) {
        bindPassword = new TerraformVariable(TerraformStack.of(this), realmSecretVariableName(identity.realm, 'bind_password'), {
          type: 'string',
          sensitive: true,
          description: `Bind password of ${ldap.bindDn} for the LDAP realm ${identity.realm} (${tenant.displayName}); set it from the CI secret store, never in code.`,
        }).stringValue;
      }
      const realm = new RealmLdap(this, 'Realm', {
        realm: identity.realm,
        server1: ldap.server,
        server2: ldap.server2,
        port: ldap.port,
        mode: DEFAULT_LDAP_MODE,
        verify: true,
        baseDn: ldap.baseDn,
        bindDn: ldap.bindDn,
        bindPassword,
        userAttr: ldap.userAttribute ?? (ad ? DEFAULT_AD_USER_ATTRIBUTE : DEFAULT_LDAP_USER_ATTRIBUTE),
        groupFilter: ldap.groupFilter ?? (ad ? DEFAULT_AD_GROUP_FILTER : undefined),
        groupClasses: ad ? 'group' : undefined,
        caseSensitive: ad ? false : undefined,
        comment: `${tenant.displayName}: ${ad ? 'Active Directory' : 'LDAP directory'}`,
      });
      const groupDeps = ACCESS_ROLES.flatMap((r) => principals[r].map((p) => p.dependency));
      new RealmSync(this, 'RealmSync', {
        realm: identity.realm,
        scope: 'both',
        enableNew: true,
        removeVanished: DEFAULT_SYNC_REMOVE_VANISHED,
        dependsOn: [realm, ...groupDeps] as never,
      });
    } else if (identity.source === 'oidc') {
      const oidc = identity.oidc;
      // A confidential client's key goes to the write-only `client_key_wo` (bpg 0.111.1 schema:
      // `write_only: true`, /work/shared/schemas/bpg-proxmox-0.111.1.json; bpg's
      // fwprovider/access/resource_realm_openid_test.go "client_key_wo keeps the secret out of
      // state"): terraform sends it to the provider but never records it in plan or state, and
      // refuses a provider response that returns it non-null (hashicorp/terraform v1.11.4
      // internal/lang/ephemeral/validate.go ValidateWriteOnlyAttributes, as docs/pipelines.md
      // "Secrets and artifacts" cites). Because terraform cannot see a write-only
      // value change, `client_key_wo_version` (a plain number, kept in state) is what makes the
      // provider send a rotated key: the tenant file's `clientKeyVersion`.
      let clientKeyWo: string | undefined;
      if (oidc.clientKeyVersion !== undefined) {
        clientKeyWo = props.realmSecrets?.clientKey;
        if (clientKeyWo === undefined) {
          // An ephemeral variable (terraform >= 1.10) may feed a write-only attribute and is never
          // stored in the plan file; cdktf 0.21 has no `ephemeral` option, hence the override.
          const variable = new TerraformVariable(TerraformStack.of(this), realmSecretVariableName(identity.realm, 'client_key'), {
            type: 'string',
            sensitive: true,
            description: `Client secret of ${oidc.clientId} for the OpenID realm ${identity.realm} (${tenant.displayName}), version ${oidc.clientKeyVersion}; set it from the CI secret store, never in code.`,
          });
          variable.addOverride('ephemeral', true);
          clientKeyWo = variable.stringValue;
        }
      }
      new RealmOpenid(this, 'Realm', {
        realm: identity.realm,
        issuerUrl: oidc.issuerUrl,
        clientId: oidc.clientId,
        ...(clientKeyWo !== undefined ? { clientKeyWo, clientKeyWoVersion: oidc.clientKeyVersion } : {}),
        groupsClaim: oidc.groupsClaim ?? DEFAULT_OIDC_GROUPS_CLAIM,
        // Only the groups created here (which carry the ACLs) receive members; memberships follow
        // the provider at every login.
        groupsAutocreate: false,
        groupsOverwrite: true,
        autocreate: true,
        comment: `${tenant.displayName}: OpenID Connect`,
      });
    }

    // Pipeline: a local user and a privilege-separated token. With privilege separation the token's
    // rights are the intersection of the user's and the token's ACLs, so both get the same grants.
    if (props.pipeline !== undefined) {
      const { user: userId, tokenName } = props.pipeline;
      const tokenId = `${userId}!${tokenName}`;
      const user = new VirtualEnvironmentUser(this, 'PipelineUser', {
        userId,
        enabled: true,
        comment: `${tenant.displayName}: pipeline service account (Terraform), API token only`,
      });
      const token = new UserToken(this, 'PipelineToken', {
        userId,
        tokenName,
        privilegesSeparation: true,
        comment: `${tenant.displayName}: Terraform pipeline`,
        dependsOn: [user],
      });
      const who = [
        { key: 'pipeline-user', principal: { kind: 'user' as const, id: userId }, dep: user as Construct },
        { key: 'pipeline-token', principal: { kind: 'token' as const, id: tokenId }, dep: token as Construct },
      ];
      for (const w of who) {
        acl(`Acl-pool-${w.key}`, { path: poolPath, roleId: roleIds.pipeline, propagate: true, principal: w.principal }, [this.resource, w.dep]);
      }
      for (const vnetPath of props.paths.vnets) {
        const vnet = vnetPath.split('/')[4];
        for (const w of who) {
          acl(`Acl-vnet-${vnet}-${w.key}`, { path: vnetPath, roleId: roleIds.networkUser, propagate: true, principal: w.principal }, [w.dep]);
        }
      }
      this.pipelineTokenId = tokenId;
    }

    this.groupIds = Object.freeze({ ...props.groups });
    this.directoryGroupIds = Object.freeze(dirIds);
    this.aclEntries = Object.freeze(entries);
  }
}
