import {
  AUDITOR_PRIVILEGES,
  DEFAULT_PLATFORM_ROLE_IDS,
  FORBIDDEN_PRIVILEGES,
  PLATFORM_ROLE_KEYS,
  PLATFORM_ROLE_PRIVILEGES,
  PlatformRoles,
  PROXMOX_PRIVILEGES,
} from '../../lib/identity/platform-roles';
import { resourcesOf } from '../helpers/synth';
import { errorOf, identityStack, synthChecked } from './fixtures';

describe('PlatformRoles', () => {
  it('creates one role per key with the vetted privileges, sorted', () => {
    const stack = identityStack();
    new PlatformRoles(stack, 'Roles');
    const roles = Object.values(resourcesOf(synthChecked(stack), 'proxmox_virtual_environment_role'));
    expect(roles).toHaveLength(PLATFORM_ROLE_KEYS.length);
    const byId = Object.fromEntries(roles.map((r) => [r.role_id as string, r.privileges as string[]]));
    for (const key of PLATFORM_ROLE_KEYS) {
      expect(byId[DEFAULT_PLATFORM_ROLE_IDS[key]]).toEqual([...PLATFORM_ROLE_PRIVILEGES[key]].sort());
    }
  });

  it('vetted lists use only known privileges and never a forbidden one', () => {
    for (const key of PLATFORM_ROLE_KEYS) {
      for (const p of PLATFORM_ROLE_PRIVILEGES[key]) {
        expect(PROXMOX_PRIVILEGES).toContain(p);
        expect(FORBIDDEN_PRIVILEGES[p]).toBeUndefined();
        expect(p).not.toMatch(/^(Sys|Realm|Permissions|User)\./);
      }
    }
    expect(AUDITOR_PRIVILEGES.every((p) => p.endsWith('.Audit'))).toBe(true);
    expect(PLATFORM_ROLE_PRIVILEGES.operator).toEqual(expect.arrayContaining(['VM.PowerMgmt', 'VM.Console', 'VM.Backup', 'VM.Snapshot', 'Datastore.Audit']));
    expect(PLATFORM_ROLE_PRIVILEGES.admin).toContain('SDN.Use');
  });

  it('fromAttributes gives plain role ID references, defaults overridable', () => {
    expect(PlatformRoles.fromAttributes().roleIds).toEqual(DEFAULT_PLATFORM_ROLE_IDS);
    const ref = PlatformRoles.fromAttributes({ admin: 'RlpAdmin' });
    expect(ref.roleIds.admin).toBe('RlpAdmin');
    expect(ref.roleIds.operator).toBe('KommunalOperator');
    expect(JSON.parse(JSON.stringify(ref))).toEqual(ref);
  });

  it('the construct exposes the same role IDs as a reference', () => {
    const stack = identityStack();
    const roles = new PlatformRoles(stack, 'Roles', { roleIds: { auditor: 'RlpAuditor' } });
    expect(roles.roleIds.auditor).toBe('RlpAuditor');
    const json = synthChecked(stack);
    expect(Object.values(resourcesOf(json, 'proxmox_virtual_environment_role')).map((r) => r.role_id)).toContain('RlpAuditor');
  });

  it('fails when a privilege list holds a forbidden, unknown or non-audit privilege', () => {
    const msg = errorOf(() =>
      new PlatformRoles(identityStack(), 'Roles', {
        privileges: { admin: ['VM.Allocate', 'Sys.Modify', 'Permissions.Modify'], operator: ['VM.PowerMgmnt'], auditor: ['VM.Audit', 'VM.Console'] },
      }),
    );
    expect(msg).toContain('4 invalid props');
    expect(msg).toMatch(/privileges\.admin: "Sys\.Modify" is never granted to tenants/);
    expect(msg).toMatch(/privileges\.admin: "Permissions\.Modify" is never granted/);
    expect(msg).toMatch(/privileges\.operator: "VM\.PowerMgmnt" is not a Proxmox VE privilege/);
    expect(msg).toMatch(/privileges\.auditor: "VM\.Console" is not an \*\.Audit privilege/);
  });

  it('fails when a role ID is a built-in admin role, malformed or used twice', () => {
    const msg = errorOf(() => new PlatformRoles(identityStack(), 'Roles', { roleIds: { admin: 'PVEAdmin', operator: 'Kommunal Operator', auditor: 'KommunalPipeline' } }));
    expect(msg).toMatch(/roleIds\.admin: "PVEAdmin" is a privileged built-in Proxmox role/);
    expect(msg).toMatch(/roleIds\.operator: "Kommunal Operator" is not a valid Proxmox role ID/);
    expect(msg).toMatch(/roleIds\.pipeline: "KommunalPipeline" is also used by roleIds\.auditor/);
  });
});
