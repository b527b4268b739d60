import { findingAt, literal, proxmoxTypes, resourcesOf } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, type Finding, unknown } from '../types';

/** Realms whose users are local to Proxmox (no central directory). */
export const LOCAL_REALMS: readonly string[] = ['pve', 'pam'];

/**
 * KOM-IAM-1: people log in through a central directory (an LDAP/AD or OpenID realm of the tenant,
 * or the platform's shared realm); the only local user is the pipeline service account, which
 * has no password and works through a privilege-separated API token.
 */
export const iam1CentralIdentity: ComplianceRule = {
  id: 'KOM-IAM-1',
  level: 'error',
  title: { en: 'Identities from a central directory', de: 'Identitäten aus zentralem Verzeichnisdienst' },
  cause: 'The stack creates local Proxmox users (pve/pam realm) other than a password-less pipeline account with a privilege-separated token, or no directory realm is in use.',
  fix: 'Use identity.source ldap, oidc or platform; grant people access through directory groups, not local users.',
  grundschutz: ['ORP.4.A18', 'ORP.4.A7'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const findings: Finding[] = [];
    const tokens = resourcesOf(json, ...proxmoxTypes('user_token'));
    const separated = new Set(tokens.filter((t) => t.body.privileges_separation === true).map((t) => literal(t.body.user_id)));
    for (const t of tokens) {
      if (t.body.privileges_separation !== true) findings.push(findingAt(t, `API token of ${String(t.body.user_id)} is not privilege-separated (privileges_separation must be true)`));
    }
    for (const u of resourcesOf(json, ...proxmoxTypes('user'))) {
      const id = literal(u.body.user_id) ?? '';
      const realm = id.includes('@') ? id.slice(id.lastIndexOf('@') + 1) : '';
      if (!LOCAL_REALMS.includes(realm)) continue;
      if (realm === 'pam') findings.push(findingAt(u, `user ${id} is a Linux (pam) account on the nodes; people log in through the directory realm`));
      else if (u.body.password !== undefined && u.body.password !== null) findings.push(findingAt(u, `local user ${id} has a password; local users are for pipelines only (token, no password)`));
      else if (!separated.has(id)) findings.push(findingAt(u, `local user ${id} has no privilege-separated API token; only pipeline service accounts may be local`));
    }
    const realms = resourcesOf(json, ...proxmoxTypes('realm_ldap'), ...proxmoxTypes('realm_openid'), ...proxmoxTypes('realm_ad'));
    if (realms.length === 0) {
      if (spec === undefined) return failIfAny(findings, unknown('the stack declares no directory realm; the identity source (maybe a shared realm) is not visible here'));
      if (spec.identity.realm.owner !== 'platform') findings.push({ message: `tenant ${spec.key} uses identity source ${spec.identity.source} but the stack declares no realm ${spec.identity.realm.id}` });
    }
    return failIfAny(findings);
  },
};
