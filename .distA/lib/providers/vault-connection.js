"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VaultConnection = exports.VAULT_PROVIDER_VERSION = void 0;
const provider_1 = require("@cdktf/provider-vault/lib/provider");
const constructs_1 = require("constructs");
const variables_1 = require("./variables");
/** Exact terraform-provider-vault version of @cdktf/provider-vault 15.6.1 (pinned in required_providers). */
exports.VAULT_PROVIDER_VERSION = '5.6.0';
/**
 * The hashicorp/vault provider (also used for OpenBao), wired so that the address and token never
 * appear in code or in the synthesized JSON: the address comes from the `<prefix>_address` variable
 * or `VAULT_ADDR`; the token only from the environment (`VAULT_TOKEN`) or the CI job's auth login.
 */
class VaultConnection extends constructs_1.Construct {
    provider;
    constructor(scope, id, props = {}) {
        super(scope, id);
        const prefix = props.variablePrefix ?? 'vault';
        const address = (0, variables_1.nullableVariable)(this, `${prefix}_address`, {
            type: 'string',
            description: 'Vault/OpenBao address, e.g. https://vault.example:8200. Null: taken from VAULT_ADDR.',
        });
        this.provider = new provider_1.VaultProvider(this, 'Provider', {
            alias: props.alias,
            address: address.stringValue,
            namespace: props.namespace,
            // A child token keeps the pipeline's token out of the state and limits its lifetime.
            skipChildToken: false,
        });
    }
}
exports.VaultConnection = VaultConnection;
