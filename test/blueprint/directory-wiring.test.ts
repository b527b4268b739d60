/**
 * Wiring of the fleet's directory login into TenantVault (lib/blueprint/internal/tenant-props.ts):
 * in namespace mode with an OIDC directory the tenant gets the fleet's discovery URL and client ID
 * for its own OIDC mount; in path mode the roles stay on the platform's mount and no tenant mount
 * is wired (the synthesized path-mode stacks are unchanged).
 */
import { vaultProps } from '../../lib/blueprint/internal/tenant-props';
import { exampleModel } from '../helpers/fleet';

describe('directory login wiring', () => {
  it('namespace mode, OIDC (landkreis-fleet): every platform-directory tenant mounts the fleet client in its namespace', () => {
    const model = exampleModel('landkreis-fleet');
    const keys = Object.keys(model.specs);
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) {
      const dir = vaultProps(model.specs[key]!, model.platform).auth.directory;
      expect({ key, mount: dir?.mount, oidc: dir?.oidc }).toEqual({
        key,
        mount: 'oidc',
        oidc: { discoveryUrl: 'https://sso.dc.musterkreis.example.org/realms/kommunen', clientId: 'vault' },
      });
    }
  });

  it('path mode (musterstadt, OIDC directory): no tenant mount, the roles use the platform mount', () => {
    const model = exampleModel('musterstadt');
    // Its Kommune has a directory of its own; as a tenant of the platform directory it would get a login.
    const dirs = Object.values(model.specs)
      .map((spec) => vaultProps({ ...spec!, identity: { ...spec!.identity, source: 'platform' } }, model.platform).auth.directory)
      .filter((d) => d !== undefined);
    expect(dirs.length).toBeGreaterThan(0);
    for (const dir of dirs) expect({ kind: dir!.kind, oidc: dir!.oidc }).toEqual({ kind: 'oidc', oidc: undefined });
  });
});
