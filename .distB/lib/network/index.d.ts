/** Public API of the network constructs (re-exports only). */
export * from './network-segments';
export * from './tenant-firewall';
export * from './tenant-scope-guard';
export { BRIDGE_RULE, FIREWALL_LOG_LEVELS, IP_SET_RULE, MAP_KEY_RULE, MTU_BOUNDS, NODE_NAME_RULE, VNET_ALIAS_RULE, } from './checks';
