"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.log1Shipping = void 0;
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/** True when cloud-init / rsyslog text forwards logs to a remote collector. */
function forwards(text) {
    return /type="omfwd"/.test(text) || /^\s*\*\.\*\s+@@?[^\s]+/m.test(text);
}
/**
 * KOM-LOG-1: guest logs are shipped to the central collector: the stack uploads a snippet that
 * forwards syslog (rsyslog omfwd); with the TenantSpec, to the tenant's collector.
 */
exports.log1Shipping = {
    id: 'KOM-LOG-1',
    level: 'error',
    title: { en: 'Logs shipped to the central collector', de: 'Protokolle an zentrale Protokollierung übertragen' },
    cause: 'No cloud-init snippet forwards guest logs to the central collector.',
    fix: 'Render LoggingBaseline and attach its snippet (output logging_snippet) to every guest as cicustom user data.',
    grundschutz: ['OPS.1.1.5.A3', 'OPS.1.1.5.A4'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const snippets = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('file')).filter((f) => f.body.content_type === 'snippets');
        const forwarding = snippets.filter((f) => (0, stack_json_1.blocks)(f.body.source_raw).some((b) => typeof b.data === 'string' && forwards(b.data)));
        const tenantLike = spec !== undefined || (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('pool'), ...(0, stack_json_1.proxmoxTypes)('sdn_vnet')).length > 0;
        if (forwarding.length === 0) {
            return tenantLike
                ? (0, types_1.failIfAny)([{ message: 'no snippet forwards guest logs to a central collector (rsyslog omfwd)' }])
                : (0, types_1.unknown)('the stack declares no tenant resources and no log forwarding snippet');
        }
        if (spec !== undefined) {
            const host = spec.logging.collector.replace(/:\d+$/, '');
            const toCollector = forwarding.filter((f) => (0, stack_json_1.blocks)(f.body.source_raw).some((b) => typeof b.data === 'string' && b.data.includes(`target="${host}"`)));
            if (toCollector.length === 0)
                return (0, types_1.failIfAny)(forwarding.map((f) => (0, stack_json_1.findingAt)(f, `snippet forwards logs, but not to the tenant's collector ${spec.logging.collector}`)));
        }
        return (0, types_1.pass)();
    },
};
