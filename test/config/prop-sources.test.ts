/**
 * The construct prop -> parameter mapping (lib/config/prop-sources.ts) that positions a construct's
 * refusal at the parameter behind it; the end-to-end positions are asserted by the error table
 * (test/cli/check-pipeline.test.ts).
 */
import { propPathSegments, propSources } from '../../lib/config/prop-sources';

describe('propPathSegments', () => {
  it.each([
    ['segments.dmz.cidr', ['segments', 'dmz', 'cidr']],
    ['zone.nodes[0]', ['zone', 'nodes', 0]],
    ['a.b[2][3].c', ['a', 'b', 2, 3, 'c']],
    ['flows.clients-to-servers-smb--servers.ports', ['flows', 'clients-to-servers-smb--servers', 'ports']],
  ])('%s', (text, segments) => {
    expect(propPathSegments(text)).toEqual(segments);
  });
});

describe('propSources', () => {
  it('maps a flow exception to its key in the tenant file, and a catalogue flow to all to its catalogue id', () => {
    expect(propSources('TenantFirewall', 'flows.x.ports')[0]).toEqual({ file: 'tenant', path: ['flowExceptions', 'x', 'ports'] });
    expect(propSources('TenantFirewall', 'flows.management-to-all-ssh--dmz.reason')).toContainEqual({ file: 'tenant', path: ['flows', 'management-to-all-ssh', 'reason'] });
  });

  it('maps values the tenant inherits from fleet.yaml to fleet.yaml', () => {
    expect(propSources('NetworkSegments', 'zone.nodes[1]')).toEqual([{ file: 'fleet', path: ['network', 'nodes', 1] }]);
    expect(propSources('BackupPlan', 'secondCopy.server')[0]).toEqual({ file: 'fleet', path: ['backup', 'secondCopy', 'server'] });
    expect(propSources('TenantVault', 'tenantRoot')).toEqual([{ file: 'fleet', path: ['vault', 'tenantRoot'] }]);
  });

  it('maps a directory group of the Vault login to the tenant file role it comes from', () => {
    expect(propSources('TenantVault', 'auth.directory.groups.readonly')[0]).toEqual({ file: 'tenant', path: ['identity', 'groups', 'auditors'] });
  });

  it('maps the tenant identity of any construct to the key or the name', () => {
    expect(propSources('LoggingBaseline', 'tenant.displayName')).toEqual([{ file: 'tenant', path: ['name'] }]);
    expect(propSources('TenantAccess', 'tenant.key')).toEqual([{ file: 'tenant', path: ['key'] }]);
  });

  it('knows no source for a prop no parameter supplies (the caller falls back to the key)', () => {
    expect(propSources('TenantAccess', 'pipeline.user')).toEqual([]);
    expect(propSources('SomethingElse', 'x')).toEqual([]);
  });
});
