/**
 * bpg/proxmox type names: most types exist under a long name (`proxmox_virtual_environment_<x>`)
 * and, for the pairs below, a short alias (`proxmox_<x>`) with the same schema. The upgrade
 * (lib/upgrade) moves long to short; the plan guard judges a long name as its short alias.
 */

/** Prefix of the bpg/proxmox type names that are migrated away upstream. */
export const LONG_TYPE_PREFIX = 'proxmox_virtual_environment_';
/** Prefix of the new short type names. */
export const SHORT_TYPE_PREFIX = 'proxmox_';

/**
 * Resource type suffixes for which bpg/proxmox 0.111.1 offers the short name `proxmox_<x>` as an
 * alias of `proxmox_virtual_environment_<x>` with an identical schema, and implements "move resource
 * state" from the long name (its ADR-007, phase 2: Framework resources get a short-name alias that
 * declares a prefix state mover). Only these pairs may be renamed with a `moved` block; Terraform
 * rejects a cross-type `moved` for any other pair. The test test/upgrade/address-map.test.ts checks
 * each pair against the committed schema facts (both types present, identical schema).
 *
 * Long names without a short alias in 0.111.1 (SDK resources: group, pool, user, role, file,
 * firewall_ipset, cluster_firewall, cluster_firewall_security_group, ...) stay as they are; when a
 * provider release adds a short name for them, add the suffix here only after checking that the
 * provider declares a state mover for it (otherwise the migration needs `removed` + `import`).
 */
export const SHORT_NAME_SUFFIXES: readonly string[] = Object.freeze([
  'acl', 'acme_account', 'acme_certificate', 'acme_dns_plugin', 'apt_repository', 'apt_standard_repository',
  'cloned_vm', 'cluster_options', 'download_file', 'hagroup', 'hardware_mapping_dir', 'hardware_mapping_pci',
  'hardware_mapping_usb', 'haresource', 'harule', 'metrics_server', 'network_linux_bridge', 'network_linux_vlan',
  'node_firewall', 'oci_image', 'pool_membership', 'realm_ldap', 'realm_openid', 'realm_sync', 'replication',
  'sdn_applier', 'sdn_fabric_node_openfabric', 'sdn_fabric_node_ospf', 'sdn_fabric_openfabric', 'sdn_fabric_ospf',
  'sdn_subnet', 'sdn_vnet', 'sdn_zone_evpn', 'sdn_zone_qinq', 'sdn_zone_simple', 'sdn_zone_vlan', 'sdn_zone_vxlan',
  'storage_cifs', 'storage_directory', 'storage_lvm', 'storage_lvmthin', 'storage_nfs', 'storage_pbs',
  'storage_zfspool', 'user_token',
]);

/** Cross-type renames the providers can move state for: old type -> new type. */
export const PROVIDER_TYPE_MOVES: ReadonlyMap<string, string> = new Map(
  SHORT_NAME_SUFFIXES.map((s) => [`${LONG_TYPE_PREFIX}${s}`, `${SHORT_TYPE_PREFIX}${s}`] as const),
);

/** The short type name for a long `proxmox_virtual_environment_<x>` type, when the provider offers one. */
export function shortTypeName(type: string): string | undefined {
  return PROVIDER_TYPE_MOVES.get(type);
}


/**
 * The name the rules of the plan guard are written for: the short alias of a long-named type that
 * has one (same schema), else the type as given.
 */
export function canonicalTypeName(type: string): string {
  return shortTypeName(type) ?? type;
}
