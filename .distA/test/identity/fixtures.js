"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORMS = exports.MAINZ = void 0;
exports.tenant = tenant;
exports.accessProps = accessProps;
exports.vaultProps = vaultProps;
exports.identityStack = identityStack;
exports.synthChecked = synthChecked;
exports.errorOf = errorOf;
const platform_roles_1 = require("../../lib/identity/platform-roles");
const proxmox_connection_1 = require("../../lib/providers/proxmox-connection");
const vault_connection_1 = require("../../lib/providers/vault-connection");
const conformance_1 = require("../../lib/verify/conformance");
const synth_1 = require("../helpers/synth");
function tenant(key, code, displayName) {
    return { key, code, displayName, pool: `kom-${key}` };
}
exports.MAINZ = tenant('mainz', 't0001', 'Mainz, Stadt');
exports.WORMS = tenant('worms', 't0002', 'Worms, Stadt');
function accessProps(t, overrides = {}) {
    return {
        tenant: t,
        roles: platform_roles_1.PlatformRoles.fromAttributes(),
        groups: { admins: `${t.key}-admins`, operators: `${t.key}-operators`, auditors: `${t.key}-auditors` },
        paths: {
            vnets: [`/sdn/zones/kzone/${t.code}srv`, `/sdn/zones/kzone/${t.code}cli`],
            storages: [`/storage/pbs-${t.key}`],
        },
        identity: {
            source: 'ldap',
            realm: `${t.key}-ad`,
            ldap: { server: `dc1.${t.key}.de`, server2: `dc2.${t.key}.de`, baseDn: `dc=${t.key},dc=de`, bindDn: `cn=proxmox,ou=svc,dc=${t.key},dc=de`, activeDirectory: true },
        },
        directoryGroups: { admins: 'GG-PVE-Admins', operators: 'GG-PVE-Operators' },
        pipeline: { user: `ci-${t.key}@pve`, tokenName: 'terraform' },
        ...overrides,
    };
}
function vaultProps(t, isolation, overrides = {}) {
    return {
        tenant: t,
        isolation,
        tenantRoot: 'kommunen',
        kv: { mount: 'kv' },
        pki: { mount: 'pki-int', role: `kommune-${t.key}`, allowedDomain: `${t.key}.de` },
        auth: {
            directory: { kind: 'ldap', mount: 'ldap', groups: { admin: `${t.key}-vault-admins`, operator: `${t.key}-vault-operators`, readonly: `${t.key}-vault-readers` } },
            ci: { jwtMount: 'gitlab', role: `ci-${t.key}`, boundClaims: { project_path: `kommunen/${t.key}/infra`, ref_protected: 'true' } },
        },
        ...overrides,
    };
}
/** A stack with both providers wired (so that `validate` and conformance see a complete document). */
function identityStack(name = 'identity') {
    const { stack } = (0, synth_1.testStack)(name);
    new proxmox_connection_1.ProxmoxConnection(stack, 'Proxmox');
    new vault_connection_1.VaultConnection(stack, 'Vault');
    return stack;
}
/**
 * Synthesizes with validations and asserts that the document conforms to the provider schemas:
 * every stack the identity tests synthesize goes through here.
 */
function synthChecked(stack) {
    const json = (0, synth_1.synthJson)(stack, true);
    const findings = (0, conformance_1.checkConformance)(json);
    if (findings.length > 0)
        throw new Error(`conformance findings:\n${(0, conformance_1.formatFindings)(findings)}`);
    return json;
}
/** Runs `build` expecting a PropsValidationError; returns its message. */
function errorOf(build) {
    try {
        build();
    }
    catch (e) {
        return e.message;
    }
    throw new Error('expected a validation error, got none');
}
