import { blocks, findingAt, proxmoxTypes, resourcesOf } from '../internal/stack-json';
import { failIfAny, pass, type ComplianceRule, unknown } from '../types';

/** True when cloud-init / rsyslog text forwards logs to a remote collector. */
function forwards(text: string): boolean {
  return /type="omfwd"/.test(text) || /^\s*\*\.\*\s+@@?[^\s]+/m.test(text);
}

/**
 * KOM-LOG-1: guest logs are shipped to the central collector: the stack uploads a snippet that
 * forwards syslog (rsyslog omfwd); with the TenantSpec, to the tenant's collector.
 */
export const log1Shipping: ComplianceRule = {
  id: 'KOM-LOG-1',
  level: 'error',
  title: { en: 'Logs shipped to the central collector', de: 'Protokolle an zentrale Protokollierung übertragen' },
  cause: 'No cloud-init snippet forwards guest logs to the central collector.',
  fix: 'Render LoggingBaseline (output logging_vendor_data, the platform vendor data) and set it on every guest as cicustom vendor data.',
  grundschutz: ['OPS.1.1.5.A3', 'OPS.1.1.5.A4'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const snippets = resourcesOf(json, ...proxmoxTypes('file')).filter((f) => f.body.content_type === 'snippets');
    const forwarding = snippets.filter((f) => blocks(f.body.source_raw).some((b) => typeof b.data === 'string' && forwards(b.data)));
    const tenantLike = spec !== undefined || resourcesOf(json, ...proxmoxTypes('pool'), ...proxmoxTypes('sdn_vnet')).length > 0;
    // A tenant stack references the platform's logging vendor data (lib/logging/logging-vendor-data.ts)
    // instead of uploading its own file: the output guests set as cicustom vendor=.
    const vendorData = (json as { output?: Record<string, { value?: unknown }> }).output?.logging_vendor_data?.value;
    if (forwarding.length === 0 && typeof vendorData === 'string' && /^[A-Za-z][A-Za-z0-9._-]*:snippets\/[^\s]+$/.test(vendorData)) return pass();
    if (forwarding.length === 0) {
      return tenantLike
        ? failIfAny([{ message: 'no snippet forwards guest logs to a central collector (rsyslog omfwd)' }])
        : unknown('the stack declares no tenant resources and no log forwarding snippet');
    }
    if (spec !== undefined) {
      const host = spec.logging.collector.replace(/:\d+$/, '');
      const toCollector = forwarding.filter((f) => blocks(f.body.source_raw).some((b) => typeof b.data === 'string' && b.data.includes(`target="${host}"`)));
      if (toCollector.length === 0) return failIfAny(forwarding.map((f) => findingAt(f, `snippet forwards logs, but not to the tenant's collector ${spec.logging.collector}`)));
    }
    return pass();
  },
};
