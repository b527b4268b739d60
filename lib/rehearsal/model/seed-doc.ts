/**
 * The parts of docs/datacenter.md that are generated from the rehearsal's datacenter seed: what a
 * platform engineer must set up by hand is exactly what the rehearsal starts from.
 */
import { PLATFORM_IDENTITY, TENANT_IDENTITY, type SeedGrant, type SeedIdentity } from './proxmox';
import { TEMPLATE_CLONE_PRIVILEGES, TEMPLATE_CLONE_ROLE_ID } from '../../identity/template-access';
import { KOMMUNAL_PLATFORM_POLICY_HCL } from './vault';

function identityTable(id: SeedIdentity, extra: readonly SeedGrant[] = []): string {
  const rows = [...id.grants, ...extra].map((g) => `| ${id.userId} | ${g.path} | ${g.propagate ? 'yes' : 'no'} | ${g.roleId} | ${[...g.privileges].sort().join(', ')} |`);
  return ['| user | path | propagate | role | privileges |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The generated sections by name. */
export function seedSections(): Record<string, string> {
  return {
    'platform-identity': identityTable(PLATFORM_IDENTITY),
    // One grant per VM template of the fleet (compute.templates.<profile>.vmId), derived from the fleet
    // by fleetDatacenterSeed (lib/identity/template-access.ts); the row names the path pattern.
    'tenant-identity': identityTable(TENANT_IDENTITY, [
      { path: '/vms/&lt;each compute.templates.*.vmId&gt;', propagate: false, roleId: TEMPLATE_CLONE_ROLE_ID, privileges: TEMPLATE_CLONE_PRIVILEGES, reason: 'template clone' },
    ]),
    'platform-policy': ['```hcl', KOMMUNAL_PLATFORM_POLICY_HCL.trimEnd(), '```'].join('\n'),
  };
}

/** `text` with every `<!-- seed:x -->…<!-- /seed:x -->` section replaced by its generated content. */
export function renderSeedSections(text: string): string {
  let out = text;
  for (const [name, body] of Object.entries(seedSections())) {
    const re = new RegExp(`(<!-- seed:${name} -->\\n)[\\s\\S]*?(\\n<!-- /seed:${name} -->)`);
    if (!re.test(out)) throw new Error(`docs/datacenter.md has no section <!-- seed:${name} -->`);
    out = out.replace(re, (_m, a: string, b: string) => `${a}${body}${b}`);
  }
  return out;
}
