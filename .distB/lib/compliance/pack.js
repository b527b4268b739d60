"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULE_IDS = exports.GRUNDSCHUTZ_PACK = exports.GRUNDSCHUTZ_PACK_NAME = void 0;
exports.ruleById = ruleById;
/**
 * The kommunal Grundschutz rule pack: every rule of lib/compliance/rules/, in report order. Rule IDs
 * are stable; a retired rule keeps its ID reserved (never reused).
 */
const bak_1_coverage_1 = require("./rules/bak-1-coverage");
const bak_2_second_copy_1 = require("./rules/bak-2-second-copy");
const bak_3_encryption_1 = require("./rules/bak-3-encryption");
const fw_1_default_deny_1 = require("./rules/fw-1-default-deny");
const fw_2_declared_flows_1 = require("./rules/fw-2-declared-flows");
const iam_1_central_identity_1 = require("./rules/iam-1-central-identity");
const iam_2_mfa_1 = require("./rules/iam-2-mfa");
const iam_3_tenant_scope_1 = require("./rules/iam-3-tenant-scope");
const lim_1_provider_limits_1 = require("./rules/lim-1-provider-limits");
const log_1_shipping_1 = require("./rules/log-1-shipping");
const log_2_retention_1 = require("./rules/log-2-retention");
const net_1_segmentation_1 = require("./rules/net-1-segmentation");
const net_2_management_1 = require("./rules/net-2-management");
const net_3_untrusted_dhcp_1 = require("./rules/net-3-untrusted-dhcp");
const sec_1_no_secret_literals_1 = require("./rules/sec-1-no-secret-literals");
const vlt_1_prevent_destroy_1 = require("./rules/vlt-1-prevent-destroy");
/** Name of the pack, shown in reports. */
exports.GRUNDSCHUTZ_PACK_NAME = 'kommunal-grundschutz';
exports.GRUNDSCHUTZ_PACK = Object.freeze([
    net_1_segmentation_1.net1Segmentation,
    net_2_management_1.net2ManagementIsolation,
    net_3_untrusted_dhcp_1.net3UntrustedDhcp,
    fw_1_default_deny_1.fw1DefaultDeny,
    fw_2_declared_flows_1.fw2DeclaredFlows,
    bak_1_coverage_1.bak1Coverage,
    bak_2_second_copy_1.bak2SecondCopy,
    bak_3_encryption_1.bak3Encryption,
    vlt_1_prevent_destroy_1.vlt1PreventDestroy,
    log_1_shipping_1.log1Shipping,
    log_2_retention_1.log2Retention,
    iam_1_central_identity_1.iam1CentralIdentity,
    iam_2_mfa_1.iam2Mfa,
    iam_3_tenant_scope_1.iam3TenantScope,
    sec_1_no_secret_literals_1.sec1NoSecretLiterals,
    lim_1_provider_limits_1.lim1ProviderLimits,
]);
/** The IDs of the pack, in order. */
exports.RULE_IDS = Object.freeze(exports.GRUNDSCHUTZ_PACK.map((r) => r.id));
/** A rule by ID, or undefined. */
function ruleById(id, pack = exports.GRUNDSCHUTZ_PACK) {
    return pack.find((r) => r.id === id);
}
