"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BASIC = void 0;
exports.request = request;
exports.tenants = tenants;
exports.BASIC = { size: 's', segments: { management: 26, servers: 25, clients: 24 } };
function request(zoneType, tenants, over = {}) {
    return {
        zoneType, supernets: ['10.64.0.0/16'], vmIdBase: 100_000, vmIdsPerTenant: 1000, pbsNamespaceRoot: 'kommunen', tenants, ...over,
    };
}
function tenants(...keys) {
    return Object.fromEntries(keys.map((k) => [k, exports.BASIC]));
}
