import { type ComplianceRule } from '../types';
/**
 * KOM-BAK-2: backups have a second copy in another place: the tenant's backup concept names a
 * second PBS server (sync target) that is not the primary server. The sync job lives on PBS, so
 * this needs the TenantSpec.
 */
export declare const bak2SecondCopy: ComplianceRule;
