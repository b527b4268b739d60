"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.iam2Mfa = void 0;
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/**
 * KOM-IAM-2: privileged logins use multi-factor authentication where the identity source can
 * enforce it. An OpenID realm requests an authentication context (acr_values) that the IdP maps to
 * MFA. LDAP realms and the shared platform realm carry no MFA setting in the stack: unknown.
 */
exports.iam2Mfa = {
    id: 'KOM-IAM-2',
    level: 'warning',
    title: { en: 'Multi-factor authentication for privileged roles', de: 'Mehr-Faktor-Authentisierung für privilegierte Rollen' },
    cause: 'The realm does not demonstrably require multi-factor authentication for administrators.',
    fix: 'OpenID: set acr_values to the IdP context that enforces MFA. LDAP/AD: enforce TOTP/WebAuthn in Proxmox (TFA) and document it; then suppress with that reference.',
    grundschutz: ['ORP.4.A10'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const oidc = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('realm_openid'));
        const ldap = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('realm_ldap'), ...(0, stack_json_1.proxmoxTypes)('realm_ad'));
        const undecided = [];
        for (const r of oidc) {
            if ((0, stack_json_1.literal)(r.body.acr_values) === undefined || (0, stack_json_1.literal)(r.body.acr_values) === '') {
                undecided.push((0, stack_json_1.findingAt)(r, `OpenID realm ${String(r.body.realm)} requests no acr_values; whether the IdP enforces MFA is not visible`));
            }
        }
        for (const r of ldap)
            undecided.push((0, stack_json_1.findingAt)(r, `LDAP realm ${String(r.body.realm)}: MFA is enforced outside the realm (Proxmox TFA or the directory), not visible here`));
        if (oidc.length + ldap.length === 0) {
            return (0, types_1.unknown)(spec?.identity.realm.owner === 'platform'
                ? `tenant ${spec.key} uses the shared realm ${spec.identity.realm.id}; MFA is checked in the platform stack`
                : 'the stack declares no realm');
        }
        return undecided.length > 0 ? { status: 'unknown', findings: undecided } : (0, types_1.pass)();
    },
};
