import { failIfAny, type ComplianceRule, unknown } from '../types';

/**
 * KOM-BAK-2: backups have a second copy in another place: the tenant's backup concept names a
 * second PBS server (sync target) that is not the primary server and, in a fleet with two or more
 * sites, stands at another site than the tenant's. The sync job lives on PBS, so this needs the
 * TenantSpec.
 */
export const bak2SecondCopy: ComplianceRule = {
  id: 'KOM-BAK-2',
  level: 'error',
  title: { en: 'Second copy of backups in another place', de: 'Zweite Kopie der Datensicherung an anderem Ort' },
  cause: 'The backup has no second copy, or the second copy is on the same backup server or at the same site as the first.',
  fix: 'Set backup.secondCopy in fleet.yaml to a different PBS server (off-site), or with two or more sites give each site a partner site (sites.<id>.syncTo) with its own PBS; configure the PBS sync job there.',
  grundschutz: ['CON.3.A12'],
  grundschutzPlusPlus: [],
  usesSpec: 'required',
  evaluate: ({ spec }) => {
    if (spec === undefined) return unknown('the second copy is a PBS sync job outside the stack; without the TenantSpec it cannot be checked');
    const b = spec.backup;
    const copy = b.secondCopy;
    if (copy === undefined || copy.server === '' || copy.datastore === '') return failIfAny([{ message: `tenant ${spec.key} has no second backup copy` }]);
    const findings = [];
    if (copy.server.toLowerCase() === b.pbsServer.toLowerCase()) {
      findings.push({ message: `second copy ${copy.server}:${copy.datastore} is on the primary backup server ${b.pbsServer}; it must be another server (off-site)` });
    }
    // Fleets with two or more sites (docs/clusters.md "Two sites"): the copy is at another site.
    if (b.site !== undefined && copy.site === undefined) {
      findings.push({ message: `tenant ${spec.key} runs at site ${b.site} but its second copy names no site; it must be at another site` });
    } else if (b.site !== undefined && copy.site === b.site) {
      findings.push({ message: `second copy ${copy.server}:${copy.datastore} is at site ${copy.site}, the site of the first copy; it must be at another site` });
    }
    return failIfAny(findings);
  },
};
