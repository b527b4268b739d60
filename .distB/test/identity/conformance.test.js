"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const platform_roles_1 = require("../../lib/identity/platform-roles");
const tenant_access_1 = require("../../lib/identity/tenant-access");
const tenant_vault_1 = require("../../lib/identity/tenant-vault");
const conformance_1 = require("../../lib/verify/conformance");
const synth_1 = require("../helpers/synth");
const fixtures_1 = require("./fixtures");
// Every stack of the identity tests goes through synthChecked (fixtures.ts), which fails on any
// conformance finding. This file shows the check is live, on a stack with every construct.
describe('conformance of identity stacks', () => {
    function fullStack() {
        const stack = (0, fixtures_1.identityStack)();
        new platform_roles_1.PlatformRoles(stack, 'Roles');
        new tenant_access_1.TenantAccess(stack, 'Access', (0, fixtures_1.accessProps)(fixtures_1.MAINZ, { identity: { source: 'oidc', realm: 'mainz-sso', oidc: { issuerUrl: 'https://sso.mainz.de', clientId: 'pve' } } }));
        new tenant_vault_1.TenantVault(stack, 'TenantVault', (0, fixtures_1.vaultProps)(fixtures_1.MAINZ, 'namespace', {
            auth: { directory: { kind: 'oidc', mount: 'oidc', groups: { admin: 'it', readonly: 'revision' }, redirectUris: ['https://vault.example/cb'] } },
        }));
        return stack;
    }
    it('has zero findings for a stack with every identity construct', () => {
        expect((0, conformance_1.checkConformance)((0, fixtures_1.synthChecked)(fullStack()))).toEqual([]);
    });
    it('the check is not vacuous: a broken attribute is found', () => {
        const json = (0, synth_1.synthJson)(fullStack());
        const [name] = Object.keys(json.resource.proxmox_user_token);
        json.resource.proxmox_user_token[name].privsep = true;
        expect((0, conformance_1.checkConformance)(json).map((f) => f.code)).toContain('unknown-attribute');
    });
});
