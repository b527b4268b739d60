import { findingAt, resourcesOf, type StackResource } from '../internal/stack-json';
import { failIfAny, type ComplianceRule } from '../types';
import { DATA_HOLDER_TYPES, isDataHolder } from '../../model/vault-mounts';

/**
 * KOM-VLT-1: resources whose destruction deletes data carry `lifecycle.prevent_destroy`: Vault KV
 * and PKI mounts, Vault namespaces, PBS storages and backup jobs.
 */
export const vlt1PreventDestroy: ComplianceRule = {
  id: 'KOM-VLT-1',
  level: 'error',
  title: { en: 'Data-holding resources protected from destroy', de: 'Datenhaltende Ressourcen gegen Löschen geschützt' },
  cause: 'A Vault KV/PKI mount, Vault namespace, PBS storage or backup job lacks lifecycle.prevent_destroy.',
  fix: 'Set lifecycle { prevent_destroy = true } (TenantVault and BackupPlan do); remove it only in a reviewed decommissioning change.',
  grundschutz: ['CON.3.A14', 'CON.3.A2'],
  grundschutzPlusPlus: [],
  usesSpec: 'no',
  evaluate: ({ json }) => {
    // One selection with the plan guard (lib/model/vault-mounts.ts), which checks the same holders.
    const data: StackResource[] = resourcesOf(json, ...DATA_HOLDER_TYPES).filter((r) => isDataHolder(r.type, r.body));
    return failIfAny(data.filter((r) => (r.body.lifecycle as { prevent_destroy?: unknown } | undefined)?.prevent_destroy !== true)
      .map((r) => findingAt(r, `${r.type} holds data but has no lifecycle.prevent_destroy`)));
  },
};
