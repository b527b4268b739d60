import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { nullableVariable } from './variables';
import { ProxmoxProvider } from './proxmox/provider';

/** Exact provider version the bindings were generated from (pinned in required_providers). */
export const PROXMOX_PROVIDER_VERSION = '0.111.1';

/** Properties of {@link ProxmoxConnection}. */
export interface ProxmoxConnectionProps {
  /**
   * Prefix of the Terraform variable names, e.g. `proxmox` gives `proxmox_endpoint`.
   * @default 'proxmox'
   */
  readonly variablePrefix?: string;
  /**
   * Provider alias, for a second Proxmox cluster in one stack.
   * @default - the default (unaliased) provider
   */
  readonly alias?: string;
}

/**
 * The bpg/proxmox provider, wired so that the endpoint and credentials never appear in code or in
 * the synthesized JSON: they come from Terraform variables (`<prefix>_endpoint`,
 * `<prefix>_api_token`, `<prefix>_insecure`) or, when a variable is left null, from the provider's
 * own environment variables (`PROXMOX_VE_ENDPOINT`, `PROXMOX_VE_API_TOKEN`, `PROXMOX_VE_INSECURE`).
 */
export class ProxmoxConnection extends Construct {
  /** The provider; pass it to resources only when an alias is used. */
  public readonly provider: ProxmoxProvider;

  public constructor(scope: Construct, id: string, props: ProxmoxConnectionProps = {}) {
    super(scope, id);
    const prefix = props.variablePrefix ?? 'proxmox';
    const stack = TerraformStack.of(this);
    const endpoint = nullableVariable(this, `${prefix}_endpoint`, {
      type: 'string',
      description: 'Proxmox VE API URL, e.g. https://pve.example:8006/. Null: taken from PROXMOX_VE_ENDPOINT.',
    });
    const apiToken = nullableVariable(this, `${prefix}_api_token`, {
      type: 'string',
      sensitive: true,
      description: 'Proxmox VE API token "user@realm!name=secret". Null: taken from PROXMOX_VE_API_TOKEN. Never commit it.',
    });
    const insecure = new TerraformVariable(stack, `${prefix}_insecure`, {
      type: 'bool',
      default: false,
      description: 'Skip TLS verification of the Proxmox VE API (lab only).',
    });
    this.provider = new ProxmoxProvider(this, 'Provider', {
      alias: props.alias,
      endpoint: endpoint.stringValue,
      apiToken: apiToken.stringValue,
      insecure: insecure.booleanValue,
    });
  }
}
