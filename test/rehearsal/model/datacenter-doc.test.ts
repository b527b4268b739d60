/**
 * docs/datacenter.md lists exactly the datacenter the rehearsal starts from: the provisioning
 * identities with their roles and privileges, and the platform's Vault policy.
 */
import * as fs from 'fs';
import * as path from 'path';
import { renderSeedSections, seedSections } from '../../../lib/rehearsal/model/seed-doc';

const DOC = path.join(__dirname, '../../../docs/datacenter.md');

describe('docs/datacenter.md', () => {
  it('matches the rehearsal seed (regenerate with `npm run build && node scripts/datacenter-doc.js`)', () => {
    const text = fs.readFileSync(DOC, 'utf8');
    expect(renderSeedSections(text)).toBe(text);
  });

  it('names every grant of both provisioning identities and the whole platform policy', () => {
    const text = fs.readFileSync(DOC, 'utf8');
    for (const body of Object.values(seedSections())) expect(text).toContain(body);
    expect(seedSections()['tenant-identity']).toMatch(/\| terraform-tenants@pve \| \/sdn \| no \| ProvisionTenantSdnApply \| SDN\.Allocate \|/);
  });

  it('fails on a page whose generated section is missing', () => {
    expect(() => renderSeedSections('# nothing here\n')).toThrow(/no section <!-- seed:platform-identity -->/);
  });
});
