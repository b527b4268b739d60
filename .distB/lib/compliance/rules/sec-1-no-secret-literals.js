"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sec1NoSecretLiterals = exports.SECRET_PATTERNS = exports.VAULT_SENSITIVE_ATTRIBUTES = void 0;
const schema_facts_1 = require("../../verify/schema-facts");
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/**
 * Sensitive Vault attributes. The committed Vault facts carry no sensitive flags (they come from
 * the jsii manifest), so the attributes that hold secrets are listed here.
 */
exports.VAULT_SENSITIVE_ATTRIBUTES = {
    vault_generic_secret: ['data_json'],
    vault_kv_secret: ['data_json'],
    vault_kv_secret_v2: ['data_json'],
    vault_jwt_auth_backend: ['oidc_client_secret'],
    vault_ldap_auth_backend: ['bindpass'],
    vault_approle_auth_backend_role_secret_id: ['secret_id'],
    vault_token: ['client_token'],
    vault_database_secret_backend_connection: ['password'],
    vault_pki_secret_backend_config_ca: ['pem_bundle'],
};
/** Text patterns that are secrets wherever they appear. */
exports.SECRET_PATTERNS = [
    { name: 'PEM private key', re: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
    { name: 'Proxmox API token header', re: /PVEAPIToken=/ },
    { name: 'Proxmox API token secret', re: /[A-Za-z0-9._-]+@[A-Za-z0-9.-]+![A-Za-z0-9._-]+=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/ },
    { name: 'Vault token', re: /\bhv[sbr]\.[A-Za-z0-9_-]{20,}/ },
];
function sensitiveOfUncached(type) {
    const facts = type.startsWith('vault_') ? undefined : (0, schema_facts_1.loadProviderFacts)('proxmox').resources[type];
    if (facts === undefined)
        return exports.VAULT_SENSITIVE_ATTRIBUTES[type] ?? [];
    return Object.entries(facts.attributes).filter(([, a]) => a.sensitive === true).map(([n]) => n);
}
/** Sensitive attributes per resource type: the provider facts are fixed for the process, so computed once per type. */
const SENSITIVE_BY_TYPE = new Map();
function sensitiveOf(type) {
    let attrs = SENSITIVE_BY_TYPE.get(type);
    if (attrs === undefined) {
        attrs = sensitiveOfUncached(type);
        SENSITIVE_BY_TYPE.set(type, attrs);
    }
    return attrs;
}
function literalSecret(v) {
    return v !== undefined && v !== null && !(0, stack_json_1.isExpression)(v) && v !== '';
}
/**
 * Literal substrings each pattern cannot match without (by construction of the regex): a string
 * lacking one of them is skipped without running the pattern. Patterns not listed always run.
 */
const REQUIRED_SUBSTRINGS = new Map([
    ['PEM private key', ['PRIVATE KEY-----']],
    ['Proxmox API token header', ['PVEAPIToken=']],
    ['Proxmox API token secret', ['@', '!', '=']],
    ['Vault token', ['hv']],
]);
function mayMatch(p, text) {
    const required = REQUIRED_SUBSTRINGS.get(p.name);
    if (required === undefined)
        return true;
    for (const r of required)
        if (!text.includes(r))
            return false;
    return true;
}
/**
 * Calls `visit` for every string of a JSON value (skipping `//` keys), in document order, with a
 * function giving its path; the path text is only built when asked for (on a finding).
 */
function strings(v, parts, visit) {
    if (typeof v === 'string')
        visit(v, () => pathText(parts));
    else if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
            parts.push(i);
            strings(v[i], parts, visit);
            parts.pop();
        }
    }
    else if (v !== null && typeof v === 'object') {
        for (const k of Object.keys(v)) {
            if (k === '//')
                continue;
            parts.push(k);
            strings(v[k], parts, visit);
            parts.pop();
        }
    }
}
/** `a.b[0].c` from path parts (numbers are list indices); a leading index is written `[i]`. */
function pathText(parts) {
    let at = '';
    for (const p of parts)
        at = typeof p === 'number' ? `${at}[${p}]` : at === '' ? p : `${at}.${p}`;
    return at;
}
/**
 * KOM-SEC-1: no secret is written into the synthesized JSON. Sensitive attributes (per the
 * provider facts) are expressions such as `${var.x}`; sensitive variables have no default; no
 * string anywhere looks like a private key, an API token or a Vault token.
 */
exports.sec1NoSecretLiterals = {
    id: 'KOM-SEC-1',
    level: 'error',
    title: { en: 'No secrets in the synthesized configuration', de: 'Keine Geheimnisse in der erzeugten Konfiguration' },
    cause: 'A password, key or token is a literal in cdk.tf.json (and therefore in Git, CI logs and artifacts).',
    fix: 'Pass secrets as sensitive Terraform variables (set from the CI secret store / Vault) and reference them as ${var.name}.',
    grundschutz: ['ORP.4.A10', 'ORP.4.A7'],
    grundschutzPlusPlus: [],
    usesSpec: 'no',
    evaluate: ({ json }) => {
        const findings = [];
        for (const r of (0, stack_json_1.allResources)(json)) {
            for (const attr of sensitiveOf(r.type)) {
                if (literalSecret(r.body[attr]))
                    findings.push({ address: r.address, constructPath: r.constructPath, message: `sensitive attribute ${attr} is a literal; use a sensitive variable` });
            }
        }
        const providerFacts = (0, schema_facts_1.loadProviderFacts)('proxmox').providerBlock.attributes;
        const proxmoxProviderSecrets = Object.entries(providerFacts).filter(([, a]) => a.sensitive === true).map(([n]) => n);
        const providerSecrets = { proxmox: proxmoxProviderSecrets, vault: ['token'] };
        for (const [name, configs] of Object.entries(json.provider ?? {})) {
            for (const [i, c] of (Array.isArray(configs) ? configs : [configs]).entries()) {
                for (const attr of providerSecrets[name] ?? []) {
                    if (c !== null && typeof c === 'object' && literalSecret(c[attr])) {
                        findings.push({ address: `provider.${name}[${i}]`, message: `provider attribute ${attr} is a literal; use a sensitive variable or the provider's environment variable` });
                    }
                }
            }
        }
        for (const [name, v] of Object.entries(json.variable ?? {})) {
            if (v.sensitive === true && literalSecret(v.default))
                findings.push({ address: `var.${name}`, message: 'sensitive variable has a literal default; secrets come from the CI secret store' });
        }
        strings(json, [], (text, where) => {
            let at;
            for (const p of exports.SECRET_PATTERNS) {
                if (!mayMatch(p, text) || !p.re.test(text))
                    continue;
                at ??= where();
                findings.push({ address: at, message: `${p.name} found in ${at}` });
            }
        });
        return (0, types_1.failIfAny)(findings);
    },
};
