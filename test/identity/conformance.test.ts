import { PlatformRoles } from '../../lib/identity/platform-roles';
import { TenantAccess } from '../../lib/identity/tenant-access';
import { TenantVault } from '../../lib/identity/tenant-vault';
import { checkConformance } from '../../lib/verify/conformance';
import { synthJson } from '../helpers/synth';
import { accessProps, identityStack, MAINZ, synthChecked, vaultProps } from './fixtures';

// Every stack of the identity tests goes through synthChecked (fixtures.ts), which fails on any
// conformance finding. This file shows the check is live, on a stack with every construct.
describe('conformance of identity stacks', () => {
  function fullStack() {
    const stack = identityStack();
    new PlatformRoles(stack, 'Roles');
    new TenantAccess(stack, 'Access', accessProps(MAINZ, { identity: { source: 'oidc', realm: 'mainz-sso', oidc: { issuerUrl: 'https://sso.mainz.de', clientId: 'pve' } } }));
    new TenantVault(stack, 'TenantVault', vaultProps(MAINZ, 'namespace', {
      auth: { directory: { kind: 'oidc', mount: 'oidc', groups: { admin: 'it', readonly: 'revision' }, redirectUris: ['https://vault.example/cb'], oidc: { discoveryUrl: 'https://sso.example/realms/k', clientId: 'vault' } } },
    }));
    return stack;
  }

  it('has zero findings for a stack with every identity construct', () => {
    expect(checkConformance(synthChecked(fullStack()))).toEqual([]);
  });

  it('the check is not vacuous: a broken attribute is found', () => {
    const json = synthJson(fullStack()) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    const [name] = Object.keys(json.resource.proxmox_user_token);
    json.resource.proxmox_user_token[name].privsep = true;
    expect(checkConformance(json).map((f) => f.code)).toContain('unknown-attribute');
  });
});
