import { findingAt, literal, proxmoxTypes, resourcesOf } from '../internal/stack-json';
import { pass, type ComplianceRule, type Finding, unknown } from '../types';

/**
 * KOM-IAM-2: privileged logins use multi-factor authentication where the identity source can
 * enforce it. An OpenID realm requests an authentication context (acr_values) that the IdP maps to
 * MFA. LDAP realms and the shared platform realm carry no MFA setting in the stack: unknown.
 */
export const iam2Mfa: ComplianceRule = {
  id: 'KOM-IAM-2',
  level: 'warning',
  title: { en: 'Multi-factor authentication for privileged roles', de: 'Mehr-Faktor-Authentisierung für privilegierte Rollen' },
  cause: 'The realm does not demonstrably require multi-factor authentication for administrators.',
  fix: 'OpenID: set acr_values to the IdP context that enforces MFA. LDAP/AD: enforce TOTP/WebAuthn in Proxmox (TFA) and document it; then suppress with that reference.',
  grundschutz: ['ORP.4.A10'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const oidc = resourcesOf(json, ...proxmoxTypes('realm_openid'));
    const ldap = resourcesOf(json, ...proxmoxTypes('realm_ldap'), ...proxmoxTypes('realm_ad'));
    const undecided: Finding[] = [];
    for (const r of oidc) {
      if (literal(r.body.acr_values) === undefined || literal(r.body.acr_values) === '') {
        undecided.push(findingAt(r, `OpenID realm ${String(r.body.realm)} requests no acr_values; whether the IdP enforces MFA is not visible`));
      }
    }
    for (const r of ldap) undecided.push(findingAt(r, `LDAP realm ${String(r.body.realm)}: MFA is enforced outside the realm (Proxmox TFA or the directory), not visible here`));
    if (oidc.length + ldap.length === 0) {
      return unknown(spec?.identity.realm.owner === 'platform'
        ? `tenant ${spec.key} uses the shared realm ${spec.identity.realm.id}; MFA is checked in the platform stack`
        : 'the stack declares no realm');
    }
    return undecided.length > 0 ? { status: 'unknown', findings: undecided } : pass();
  },
};
