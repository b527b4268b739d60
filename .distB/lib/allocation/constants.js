"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_TENANT_NUMBER = exports.FIRST_TENANT_NUMBER = exports.DEFAULT_PBS_NAMESPACE_ROOT = exports.DEFAULT_VM_IDS_PER_TENANT = exports.DEFAULT_VM_ID_BASE = exports.MIN_VM_ID = exports.MAX_VM_ID = exports.MAX_VNI_TENANT_NUMBER = exports.MAX_VNI = exports.VRF_VNI_SLOT = exports.VNIS_PER_TENANT = exports.VNI_BASE = exports.VLAN_POOL_SIZE = exports.VLAN_POOL = exports.ZONE_TYPES = void 0;
exports.hasTenantZone = hasTenantZone;
exports.segmentVni = segmentVni;
const codes_1 = require("../naming/codes");
Object.defineProperty(exports, "MAX_TENANT_NUMBER", { enumerable: true, get: function () { return codes_1.MAX_TENANT_NUMBER; } });
exports.ZONE_TYPES = ['vlan', 'qinq', 'vxlan', 'evpn'];
/** Tags handed out in a vlan zone (segment tags) or as QinQ service tags; VLAN 1 is left alone. */
exports.VLAN_POOL = { min: 2, max: 4094 };
exports.VLAN_POOL_SIZE = exports.VLAN_POOL.max - exports.VLAN_POOL.min + 1;
/** VNI of a segment (vxlan, evpn) = VNI_BASE + number * VNIS_PER_TENANT + catalogue vniSlot. */
exports.VNI_BASE = 100_000;
exports.VNIS_PER_TENANT = 16;
/** The EVPN VRF VNI of a tenant takes the last slot of its own VNI range, so it never collides. */
exports.VRF_VNI_SLOT = 15;
exports.MAX_VNI = 16_777_215;
/** Largest tenant number whose whole VNI range fits 24 bits (1,042,325). */
exports.MAX_VNI_TENANT_NUMBER = Math.floor((exports.MAX_VNI - exports.VNI_BASE - (exports.VNIS_PER_TENANT - 1)) / exports.VNIS_PER_TENANT);
exports.MAX_VM_ID = 999_999_999;
exports.MIN_VM_ID = 100;
/** Defaults of FleetFile.compute and FleetFile.backup (one source, STYLE 3). */
exports.DEFAULT_VM_ID_BASE = 100_000;
exports.DEFAULT_VM_IDS_PER_TENANT = 1000;
exports.DEFAULT_PBS_NAMESPACE_ROOT = 'kommunen';
/** First tenant number; 0 is never handed out. */
exports.FIRST_TENANT_NUMBER = 1;
/** Zone types with one SDN zone per tenant (the others share a platform-wide zone). */
function hasTenantZone(zoneType) {
    return zoneType === 'qinq' || zoneType === 'evpn';
}
function segmentVni(tenantNumber, vniSlot) {
    return exports.VNI_BASE + tenantNumber * exports.VNIS_PER_TENANT + vniSlot;
}
