"use strict";
/**
 * Blueprint versions and their recorded address map (STYLE 10: addresses are a contract).
 *
 * Every resource address a tenant stack synthesizes (`<type>.<logical ID>`) is bound to a real
 * object in that tenant's Terraform state. When a release of kommune-cdk changes an address (a
 * construct ID, a construct path, or the provider's resource type), the release bumps
 * BLUEPRINT_VERSION and records the change here, so that stacks built for a tenant whose state is
 * older get Terraform `moved` blocks instead of a destroy-and-recreate. See docs/upgrades.md and
 * docs/adr/0003-upgrades.md.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROVIDER_TYPE_MOVES = exports.SHORT_NAME_SUFFIXES = exports.SHORT_TYPE_PREFIX = exports.LONG_TYPE_PREFIX = exports.ADDRESS_MAP = exports.BLUEPRINT_VERSION = void 0;
exports.shortTypeName = shortTypeName;
exports.shortNameRenames = shortNameRenames;
/** The blueprint version this library renders. */
exports.BLUEPRINT_VERSION = 1;
/**
 * The recorded address map of kommunal-cdk. Version 1 is the first release: nothing to move.
 * A release that changes an address adds `N: [ ...renames ]` and sets BLUEPRINT_VERSION to N.
 */
exports.ADDRESS_MAP = Object.freeze({
    1: Object.freeze([]),
});
/** Prefix of the bpg/proxmox type names that are migrated away upstream. */
exports.LONG_TYPE_PREFIX = 'proxmox_virtual_environment_';
/** Prefix of the new short type names. */
exports.SHORT_TYPE_PREFIX = 'proxmox_';
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
exports.SHORT_NAME_SUFFIXES = Object.freeze([
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
exports.PROVIDER_TYPE_MOVES = new Map(exports.SHORT_NAME_SUFFIXES.map((s) => [`${exports.LONG_TYPE_PREFIX}${s}`, `${exports.SHORT_TYPE_PREFIX}${s}`]));
/** The short type name for a long `proxmox_virtual_environment_<x>` type, when the provider offers one. */
function shortTypeName(type) {
    return exports.PROVIDER_TYPE_MOVES.get(type);
}
/** Renames for moving every long-named resource that has a short alias to the short name. */
function shortNameRenames(reason) {
    return [...exports.PROVIDER_TYPE_MOVES].map(([from, to]) => ({ reason, type: { from, to } }));
}
