import { type ComplianceRule } from '../types';
/**
 * KOM-IAM-2: privileged logins use multi-factor authentication where the identity source can
 * enforce it. An OpenID realm requests an authentication context (acr_values) that the IdP maps to
 * MFA. LDAP realms and the shared platform realm carry no MFA setting in the stack: unknown.
 */
export declare const iam2Mfa: ComplianceRule;
