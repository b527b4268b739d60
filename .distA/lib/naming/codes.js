"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_TENANT_NUMBER = exports.CODE_DIGITS = exports.ZONE_ID_PREFIX = exports.TENANT_CODE_PREFIX = void 0;
exports.tenantCode = tenantCode;
exports.zoneId = zoneId;
exports.vnetId = vnetId;
exports.parseTenantCode = parseTenantCode;
/**
 * Compact, allocated identifiers (see docs/adr/0001-id-scheme.md). A tenant number is turned into a
 * 5-character code ('t' + 4 base-36 digits); SDN IDs are built from it and fit Proxmox's 8-character
 * limit: vnet = code + 2-letter segment code (7 characters), zone = 'z' + 4 base-36 digits.
 */
const catalogue_1 = require("../config/catalogue");
exports.TENANT_CODE_PREFIX = 't';
exports.ZONE_ID_PREFIX = 'z';
/** Base-36 digits in codes: 36^4 = 1,679,616 distinct values. */
exports.CODE_DIGITS = 4;
/** Largest tenant number a code can carry (1,679,615). */
exports.MAX_TENANT_NUMBER = 36 ** exports.CODE_DIGITS - 1;
function base36(n, what) {
    if (!Number.isInteger(n) || n < 0 || n > exports.MAX_TENANT_NUMBER) {
        throw new RangeError(`${what}: tenant number ${n} must be an integer from 0 to ${exports.MAX_TENANT_NUMBER}`);
    }
    return n.toString(36).padStart(exports.CODE_DIGITS, '0');
}
/** Tenant code, e.g. 1 -> "t0001", 1295 -> "t00zz". */
function tenantCode(n) {
    return exports.TENANT_CODE_PREFIX + base36(n, 'tenantCode');
}
/** Per-tenant SDN zone ID (qinq, evpn), e.g. 1 -> "z0001". */
function zoneId(n) {
    return exports.ZONE_ID_PREFIX + base36(n, 'zoneId');
}
/** SDN vnet ID of a tenant segment, e.g. ("t0001", "servers") -> "t0001sv". */
function vnetId(code, segment) {
    return code + catalogue_1.SEGMENT_CATALOGUE[segment].code;
}
/** Inverse of tenantCode; undefined when the text is not a tenant code. */
function parseTenantCode(code) {
    const m = /^t([0-9a-z]{4})$/.exec(code);
    return m ? parseInt(m[1], 36) : undefined;
}
