import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { nullableVariable } from './variables';
import { ProxmoxProvider, type ProxmoxProviderSsh } from './proxmox/provider';

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
  /**
   * Adds the provider's `ssh` block, for stacks that upload files bpg writes over SSH (snippets):
   * variables `<prefix>_ssh_username` and `<prefix>_ssh_private_key`, null by default so that the
   * provider reads PROXMOX_VE_SSH_USERNAME / PROXMOX_VE_SSH_PRIVATE_KEY (or PROXMOX_VE_SSH_AGENT,
   * PROXMOX_VE_SSH_PASSWORD) from the job's environment. Never literals.
   * @default false - no `ssh` block
   */
  readonly ssh?: boolean;
  /**
   * Default of the `<prefix>_endpoint` variable: the API URL of the cluster the stack runs against
   * (a fleet with clusters, lib/model/clusters.ts). A non-null endpoint attribute wins over
   * PROXMOX_VE_ENDPOINT (bpg/terraform-provider-proxmox v0.111.1 fwprovider/provider.go L338 reads
   * the environment, L351-352 overrides it with a non-null attribute), so a job-wide environment
   * variable cannot send a stack to another cluster; setting the variable still can.
   * @default - null: the provider reads PROXMOX_VE_ENDPOINT
   */
  readonly endpoint?: string;
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
    const endpoint = props.endpoint === undefined
      ? nullableVariable(this, `${prefix}_endpoint`, {
        type: 'string',
        description: 'Proxmox VE API URL, e.g. https://pve.example:8006/. Null: taken from PROXMOX_VE_ENDPOINT.',
      })
      : new TerraformVariable(stack, `${prefix}_endpoint`, {
        type: 'string',
        default: props.endpoint,
        description: 'Proxmox VE API URL of the cluster this stack runs against (fleet clusters.<id>.endpoint).',
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
      ssh: props.ssh === true ? sshBlock(this, prefix) : undefined,
    });
  }
}

/**
 * The `ssh` block of bpg v0.111.1: each attribute left null falls back to its environment variable,
 * because the provider first reads PROXMOX_VE_SSH_USERNAME, _PASSWORD, _AGENT, _PRIVATE_KEY and then
 * overrides each one only with a non-null attribute of the block (bpg/terraform-provider-proxmox
 * v0.111.1 fwprovider/provider.go L431-478). Username and key come from variables that default to
 * null, so a job sets either the variables or the environment, never code.
 */
function sshBlock(scope: Construct, prefix: string): ProxmoxProviderSsh {
  const username = nullableVariable(scope, `${prefix}_ssh_username`, {
    type: 'string',
    description: 'SSH user on the Proxmox nodes for snippet uploads. Null: taken from PROXMOX_VE_SSH_USERNAME.',
  });
  const privateKey = nullableVariable(scope, `${prefix}_ssh_private_key`, {
    type: 'string',
    sensitive: true,
    description: 'Unencrypted PEM private key of that SSH user. Null: taken from PROXMOX_VE_SSH_PRIVATE_KEY (or the agent, PROXMOX_VE_SSH_AGENT). Never commit it.',
  });
  return { username: username.stringValue, privateKey: privateKey.stringValue };
}
