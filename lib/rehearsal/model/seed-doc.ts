/**
 * The parts of docs/datacenter.md that are generated from the rehearsal's datacenter seed: what a
 * platform engineer must set up by hand is exactly what the rehearsal starts from.
 */
import { PLATFORM_IDENTITY, TENANT_IDENTITY, type SeedIdentity } from './proxmox';
import { KOMMUNAL_PLATFORM_POLICY_HCL } from './vault';

function identityTable(id: SeedIdentity): string {
  const rows = id.grants.map((g) => `| ${id.userId} | ${g.path} | ${g.propagate ? 'yes' : 'no'} | ${g.roleId} | ${[...g.privileges].sort().join(', ')} |`);
  return ['| user | path | propagate | role | privileges |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The generated sections by name. */
export function seedSections(): Record<string, string> {
  return {
    'platform-identity': identityTable(PLATFORM_IDENTITY),
    'tenant-identity': identityTable(TENANT_IDENTITY),
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
