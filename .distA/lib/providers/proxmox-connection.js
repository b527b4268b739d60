"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProxmoxConnection = exports.PROXMOX_PROVIDER_VERSION = void 0;
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const variables_1 = require("./variables");
const provider_1 = require("./proxmox/provider");
/** Exact provider version the bindings were generated from (pinned in required_providers). */
exports.PROXMOX_PROVIDER_VERSION = '0.111.1';
/**
 * The bpg/proxmox provider, wired so that the endpoint and credentials never appear in code or in
 * the synthesized JSON: they come from Terraform variables (`<prefix>_endpoint`,
 * `<prefix>_api_token`, `<prefix>_insecure`) or, when a variable is left null, from the provider's
 * own environment variables (`PROXMOX_VE_ENDPOINT`, `PROXMOX_VE_API_TOKEN`, `PROXMOX_VE_INSECURE`).
 */
class ProxmoxConnection extends constructs_1.Construct {
    /** The provider; pass it to resources only when an alias is used. */
    provider;
    constructor(scope, id, props = {}) {
        super(scope, id);
        const prefix = props.variablePrefix ?? 'proxmox';
        const stack = cdktf_1.TerraformStack.of(this);
        const endpoint = (0, variables_1.nullableVariable)(this, `${prefix}_endpoint`, {
            type: 'string',
            description: 'Proxmox VE API URL, e.g. https://pve.example:8006/. Null: taken from PROXMOX_VE_ENDPOINT.',
        });
        const apiToken = (0, variables_1.nullableVariable)(this, `${prefix}_api_token`, {
            type: 'string',
            sensitive: true,
            description: 'Proxmox VE API token "user@realm!name=secret". Null: taken from PROXMOX_VE_API_TOKEN. Never commit it.',
        });
        const insecure = new cdktf_1.TerraformVariable(stack, `${prefix}_insecure`, {
            type: 'bool',
            default: false,
            description: 'Skip TLS verification of the Proxmox VE API (lab only).',
        });
        this.provider = new provider_1.ProxmoxProvider(this, 'Provider', {
            alias: props.alias,
            endpoint: endpoint.stringValue,
            apiToken: apiToken.stringValue,
            insecure: insecure.booleanValue,
        });
    }
}
exports.ProxmoxConnection = ProxmoxConnection;
