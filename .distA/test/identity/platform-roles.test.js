"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const platform_roles_1 = require("../../lib/identity/platform-roles");
const synth_1 = require("../helpers/synth");
const fixtures_1 = require("./fixtures");
describe('PlatformRoles', () => {
    it('creates one role per key with the vetted privileges, sorted', () => {
        const stack = (0, fixtures_1.identityStack)();
        new platform_roles_1.PlatformRoles(stack, 'Roles');
        const roles = Object.values((0, synth_1.resourcesOf)((0, fixtures_1.synthChecked)(stack), 'proxmox_virtual_environment_role'));
        expect(roles).toHaveLength(platform_roles_1.PLATFORM_ROLE_KEYS.length);
        const byId = Object.fromEntries(roles.map((r) => [r.role_id, r.privileges]));
        for (const key of platform_roles_1.PLATFORM_ROLE_KEYS) {
            expect(byId[platform_roles_1.DEFAULT_PLATFORM_ROLE_IDS[key]]).toEqual([...platform_roles_1.PLATFORM_ROLE_PRIVILEGES[key]].sort());
        }
    });
    it('vetted lists use only known privileges and never a forbidden one', () => {
        for (const key of platform_roles_1.PLATFORM_ROLE_KEYS) {
            for (const p of platform_roles_1.PLATFORM_ROLE_PRIVILEGES[key]) {
                expect(platform_roles_1.PROXMOX_PRIVILEGES).toContain(p);
                expect(platform_roles_1.FORBIDDEN_PRIVILEGES[p]).toBeUndefined();
                expect(p).not.toMatch(/^(Sys|Realm|Permissions|User)\./);
            }
        }
        expect(platform_roles_1.AUDITOR_PRIVILEGES.every((p) => p.endsWith('.Audit'))).toBe(true);
        expect(platform_roles_1.PLATFORM_ROLE_PRIVILEGES.operator).toEqual(expect.arrayContaining(['VM.PowerMgmt', 'VM.Console', 'VM.Backup', 'VM.Snapshot', 'Datastore.Audit']));
        expect(platform_roles_1.PLATFORM_ROLE_PRIVILEGES.admin).toContain('SDN.Use');
    });
    it('fromAttributes gives plain role ID references, defaults overridable', () => {
        expect(platform_roles_1.PlatformRoles.fromAttributes().roleIds).toEqual(platform_roles_1.DEFAULT_PLATFORM_ROLE_IDS);
        const ref = platform_roles_1.PlatformRoles.fromAttributes({ admin: 'RlpAdmin' });
        expect(ref.roleIds.admin).toBe('RlpAdmin');
        expect(ref.roleIds.operator).toBe('KommunalOperator');
        expect(JSON.parse(JSON.stringify(ref))).toEqual(ref);
    });
    it('the construct exposes the same role IDs as a reference', () => {
        const stack = (0, fixtures_1.identityStack)();
        const roles = new platform_roles_1.PlatformRoles(stack, 'Roles', { roleIds: { auditor: 'RlpAuditor' } });
        expect(roles.roleIds.auditor).toBe('RlpAuditor');
        const json = (0, fixtures_1.synthChecked)(stack);
        expect(Object.values((0, synth_1.resourcesOf)(json, 'proxmox_virtual_environment_role')).map((r) => r.role_id)).toContain('RlpAuditor');
    });
    it('fails when a privilege list holds a forbidden, unknown or non-audit privilege', () => {
        const msg = (0, fixtures_1.errorOf)(() => new platform_roles_1.PlatformRoles((0, fixtures_1.identityStack)(), 'Roles', {
            privileges: { admin: ['VM.Allocate', 'Sys.Modify', 'Permissions.Modify'], operator: ['VM.PowerMgmnt'], auditor: ['VM.Audit', 'VM.Console'] },
        }));
        expect(msg).toContain('4 invalid props');
        expect(msg).toMatch(/privileges\.admin: "Sys\.Modify" is never granted to tenants/);
        expect(msg).toMatch(/privileges\.admin: "Permissions\.Modify" is never granted/);
        expect(msg).toMatch(/privileges\.operator: "VM\.PowerMgmnt" is not a Proxmox VE privilege/);
        expect(msg).toMatch(/privileges\.auditor: "VM\.Console" is not an \*\.Audit privilege/);
    });
    it('fails when a role ID is a built-in admin role, malformed or used twice', () => {
        const msg = (0, fixtures_1.errorOf)(() => new platform_roles_1.PlatformRoles((0, fixtures_1.identityStack)(), 'Roles', { roleIds: { admin: 'PVEAdmin', operator: 'Kommunal Operator', auditor: 'KommunalPipeline' } }));
        expect(msg).toMatch(/roleIds\.admin: "PVEAdmin" is a privileged built-in Proxmox role/);
        expect(msg).toMatch(/roleIds\.operator: "Kommunal Operator" is not a valid Proxmox role ID/);
        expect(msg).toMatch(/roleIds\.pipeline: "KommunalPipeline" is also used by roleIds\.auditor/);
    });
});
