export * from './allocate';
export * from './consistency';
export * from './errors';
export { dhcpRangeOf, gatewayOf, mustReadCidr, readCidr } from './addresses';
export * from './lockfile';
