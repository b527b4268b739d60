import { type ComplianceRule } from '../types';
/**
 * KOM-IAM-3: no grant reaches outside the tenant. Every Proxmox ACL sits on (or below) a path the
 * tenant owns (its pool, vnets, tenant zone, storages, VM IDs); every allowing Vault policy block
 * matches only paths the tenant owns (its namespace or KV prefix, its PKI role).
 */
export declare const iam3TenantScope: ComplianceRule;
