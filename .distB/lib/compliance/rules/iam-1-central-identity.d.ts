import { type ComplianceRule } from '../types';
/** Realms whose users are local to Proxmox (no central directory). */
export declare const LOCAL_REALMS: readonly string[];
/**
 * KOM-IAM-1: people log in through a central directory (an LDAP/AD or OpenID realm of the tenant,
 * or the platform's shared realm); the only local user is the pipeline service account, which
 * has no password and works through a privilege-separated API token.
 */
export declare const iam1CentralIdentity: ComplianceRule;
