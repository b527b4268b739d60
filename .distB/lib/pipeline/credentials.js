"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.credentialNeeds = credentialNeeds;
exports.missingCredentials = missingCredentials;
/**
 * Which credentials a synthesized stack needs from the environment before `terraform init/plan`,
 * read from the stack itself: its backend, its providers and its required variables. Pure: the
 * environment is an argument (the CLI passes process.env).
 */
const state_backend_1 = require("../blueprint/state-backend");
const guards_1 = require("../core/guards");
/** Provider variables that fall back to the provider's own environment variable when null. */
const PROVIDER_FALLBACKS = {
    proxmox_endpoint: 'PROXMOX_VE_ENDPOINT',
    proxmox_api_token: 'PROXMOX_VE_API_TOKEN',
    vault_address: 'VAULT_ADDR',
};
/** Everything the stack needs from the environment, in a stable order. */
function credentialNeeds(stack) {
    const needs = [];
    if (!(0, guards_1.isRecord)(stack))
        return needs;
    const terraform = (0, guards_1.isRecord)(stack.terraform) ? stack.terraform : {};
    const backend = (0, guards_1.isRecord)(terraform.backend) ? Object.keys(terraform.backend)[0] : undefined;
    if (backend !== undefined && backend in state_backend_1.BACKEND_CREDENTIAL_ENV) {
        for (const name of state_backend_1.BACKEND_CREDENTIAL_ENV[backend])
            needs.push({ what: `state backend "${backend}"`, anyOf: [name] });
    }
    const providers = (0, guards_1.isRecord)(stack.provider) ? stack.provider : {};
    if ('vault' in providers)
        needs.push({ what: 'Vault token (the CI job logs in with its ID token)', anyOf: ['VAULT_TOKEN'] });
    const variables = (0, guards_1.isRecord)(stack.variable) ? stack.variable : {};
    for (const name of Object.keys(variables).sort()) {
        const v = variables[name];
        if (!(0, guards_1.isRecord)(v))
            continue;
        const fallback = PROVIDER_FALLBACKS[name];
        if (fallback !== undefined && v.default === null)
            needs.push({ what: `variable ${name}`, anyOf: [`TF_VAR_${name}`, fallback] });
        else if (!('default' in v))
            needs.push({ what: `variable ${name}${v.sensitive ? ' (sensitive)' : ''}`, anyOf: [`TF_VAR_${name}`] });
    }
    return needs;
}
/** The needs that the environment does not satisfy. */
function missingCredentials(needs, env) {
    return needs.filter((n) => !n.anyOf.some((name) => (env[name] ?? '') !== ''));
}
