/**
 * The kommunal Grundschutz rule pack: every rule of lib/compliance/rules/, in report order. Rule IDs
 * are stable; a retired rule keeps its ID reserved (never reused).
 */
import { bak1Coverage } from './rules/bak-1-coverage';
import { bak2SecondCopy } from './rules/bak-2-second-copy';
import { bak3Encryption } from './rules/bak-3-encryption';
import { fw1DefaultDeny } from './rules/fw-1-default-deny';
import { fw2DeclaredFlows } from './rules/fw-2-declared-flows';
import { iam1CentralIdentity } from './rules/iam-1-central-identity';
import { iam2Mfa } from './rules/iam-2-mfa';
import { iam3TenantScope } from './rules/iam-3-tenant-scope';
import { lim1ProviderLimits } from './rules/lim-1-provider-limits';
import { log1Shipping } from './rules/log-1-shipping';
import { log2Retention } from './rules/log-2-retention';
import { net1Segmentation } from './rules/net-1-segmentation';
import { net2ManagementIsolation } from './rules/net-2-management';
import { net3UntrustedDhcp } from './rules/net-3-untrusted-dhcp';
import { sec1NoSecretLiterals } from './rules/sec-1-no-secret-literals';
import { vlt1PreventDestroy } from './rules/vlt-1-prevent-destroy';
import type { ComplianceRule } from './types';

/** Name of the pack, shown in reports. */
export const GRUNDSCHUTZ_PACK_NAME = 'kommunal-grundschutz';

export const GRUNDSCHUTZ_PACK: readonly ComplianceRule[] = Object.freeze([
  net1Segmentation,
  net2ManagementIsolation,
  net3UntrustedDhcp,
  fw1DefaultDeny,
  fw2DeclaredFlows,
  bak1Coverage,
  bak2SecondCopy,
  bak3Encryption,
  vlt1PreventDestroy,
  log1Shipping,
  log2Retention,
  iam1CentralIdentity,
  iam2Mfa,
  iam3TenantScope,
  sec1NoSecretLiterals,
  lim1ProviderLimits,
]);

/** The IDs of the pack, in order. */
export const RULE_IDS: readonly string[] = Object.freeze(GRUNDSCHUTZ_PACK.map((r) => r.id));

/** A rule by ID, or undefined. */
export function ruleById(id: string, pack: readonly ComplianceRule[] = GRUNDSCHUTZ_PACK): ComplianceRule | undefined {
  return pack.find((r) => r.id === id);
}
