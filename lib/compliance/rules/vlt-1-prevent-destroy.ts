import { findingAt, literal, preventsDestroy, proxmoxTypes, resourcesOf, type StackResource } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, type StackJson } from '../types';
import { isDataMountType } from '../../model/vault-mounts';

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
  evaluate: ({ json }) => failIfAny(dataHoldersOf(json).filter((r) => !preventsDestroy(r))
    .map((r) => findingAt(r, `${r.type} holds data but has no lifecycle.prevent_destroy`))),
};

/**
 * The resources of a stack whose destruction deletes data and that must carry
 * `lifecycle.prevent_destroy`: Vault mounts of a data type (or of a type not known at synthesis),
 * Vault namespaces, PBS storages and backup jobs. Shared by this rule and the plan guard, which
 * reads the synthesized stack because plan JSON carries no lifecycle (lib/pipeline/plan-guard.ts).
 */
export function dataHoldersOf(json: StackJson): StackResource[] {
  return [
    ...resourcesOf(json, 'vault_mount').filter((m) => isDataMountType(literal(m.body.type) ?? '') || literal(m.body.type) === undefined),
    ...resourcesOf(json, 'vault_namespace'),
    ...resourcesOf(json, ...proxmoxTypes('storage_pbs')),
    ...resourcesOf(json, 'proxmox_backup_job'),
  ];
}
