import { findingAt, isExpression, proxmoxTypes, resourcesOf } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, unknown } from '../types';

/** KOM-BAK-3: backups are encrypted on the client: every PBS storage sets an encryption key (from a variable). */
export const bak3Encryption: ComplianceRule = {
  id: 'KOM-BAK-3',
  level: 'warning',
  title: { en: 'Backups encrypted on the client', de: 'Datensicherungen clientseitig verschlüsselt' },
  cause: 'A Proxmox Backup Server storage has no client-side encryption key.',
  fix: 'Set encryption_key from a sensitive variable (BackupPlan does) and keep a copy of the key offline.',
  grundschutz: ['CON.3.A14'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const storages = resourcesOf(json, ...proxmoxTypes('storage_pbs'));
    if (storages.length === 0) {
      return spec === undefined ? unknown('the stack declares no PBS storage') : failIfAny([{ message: `tenant ${spec.key} declares no PBS storage (${spec.backup.storageId})` }]);
    }
    return failIfAny(storages
      .filter((s) => !isExpression(s.body.encryption_key) && (typeof s.body.encryption_key !== 'string' || s.body.encryption_key === ''))
      .map((s) => findingAt(s, 'PBS storage has no encryption_key; backups would be stored unencrypted')));
  },
};
