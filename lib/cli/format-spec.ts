/** Human-readable rendering of a TenantSpec for `kommunal explain`. */
import { printable } from '../core/display';
import type { TenantSpec } from '../model/spec';
import { specSegments } from '../config/resolve';

/**
 * Aligned columns. Every cell goes through `printable`: a value from a parameter file cannot start
 * a line of its own or send an escape sequence to the terminal (the schema refuses such values;
 * this holds for specs built in code too).
 */
function table(cells: readonly (readonly string[])[], indent = '  '): string[] {
  const rows = cells.map((r) => r.map(printable));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd());
}

function kv(pairs: readonly (readonly [string, string])[]): string[] {
  return table(pairs.map(([k, v]) => [k, v]));
}

/** Multi-line text (ending in a newline) describing every resolved name, ID and setting. */
export function formatSpec(s: TenantSpec): string {
  const out: string[] = [];
  const codes = [s.ags ? `AGS ${s.ags}` : '', s.ars ? `ARS ${s.ars}` : ''].filter((x) => x !== '').join(', ');
  out.push(`${s.key}: ${printable(s.name)} (${s.kind}${codes ? `, ${codes}` : ''})`);
  out.push(...kv([
    ['state', s.state],
    ['size', s.size],
    ['domain', s.domain],
    ['number', `${s.number} (code ${s.code})`],
  ]));
  const members = Object.entries(s.members);
  if (members.length > 0) {
    out.push('', 'Members (Ortsgemeinden)');
    out.push(...table(members.map(([slug, m]) => [slug, m.name, m.ags ? `AGS ${m.ags}` : ''])));
  }

  const n = s.network;
  out.push('', `Network (zone type ${n.zoneType})`);
  const zoneTag = n.zone.tag !== undefined ? `, ${n.zoneType === 'qinq' ? 'service tag' : 'VRF VNI'} ${n.zone.tag}` : '';
  out.push(...kv([
    ['zone', `${n.zone.id} (${n.zone.owner}-owned${zoneTag})`],
    ['block', n.block],
    ...(n.bridge ? [['bridge', n.bridge] as const] : []),
  ]));
  const tagName = n.zoneType === 'vxlan' || n.zoneType === 'evpn' ? 'vni' : 'tag';
  const segRows: string[][] = [['segment', 'trust', 'vnet', tagName, 'cidr', 'gateway', 'dhcp', 'security group', 'ip set']];
  for (const name of specSegments(s)) {
    const g = n.segments[name];
    if (!g) continue;
    segRows.push([g.name, g.trust, g.vnetId, String(g.tag), g.cidr, g.gateway, g.dhcpRange ? `${g.dhcpRange.start}-${g.dhcpRange.end}` : '-', g.securityGroup, g.ipSetName]);
  }
  out.push(...table(segRows));

  out.push('', 'Flows (everything else between segments is denied)');
  const flows = Object.values(n.flows);
  if (flows.length === 0) out.push('  none');
  else {
    out.push(...table([
      ['id', 'from', 'to', 'protocol', 'source', 'reason'],
      ...flows.map((f) => [
        f.id,
        f.from,
        f.to === 'all' ? `all (${f.targets.join(', ')})` : f.to,
        `${f.protocol}${f.ports ? ` ${f.ports}` : ''}`,
        f.source + (f.expires ? ` until ${f.expires}` : ''),
        f.reason,
      ]),
    ]));
  }

  out.push('', 'Compute');
  out.push(...kv([
    ['pool', s.compute.pool],
    ['VM IDs', `${s.compute.vmIds.start}-${s.compute.vmIds.end}`],
  ]));

  const b = s.backup;
  const r = b.retention;
  const keep = [
    r.keepLast !== undefined ? `last ${r.keepLast}` : '',
    `daily ${r.keepDaily}`, `weekly ${r.keepWeekly}`, `monthly ${r.keepMonthly}`, `yearly ${r.keepYearly}`,
  ].filter((x) => x !== '').join(', ');
  out.push('', 'Backup');
  out.push(...kv([
    ['storage', `${b.storageId} -> ${b.pbsServer} datastore ${b.datastore}, namespace ${b.namespace}`],
    ['schedule', `${b.schedule} (window ${b.window.start}-${b.window.end})`],
    ['retention', keep],
    ['mode', `${b.mode}, ${b.compress}${b.protected ? ', protected' : ''}`],
    ['second copy', `${b.secondCopy.server} datastore ${b.secondCopy.datastore}, namespace ${b.secondCopy.namespace}${b.secondCopy.sync !== undefined ? ` (site ${b.secondCopy.site ?? '?'}, sync job ${b.secondCopy.sync.jobId} ${b.secondCopy.sync.schedule})` : ''}`],
    ['notify', b.notificationTarget],
  ]));

  const l = s.logging;
  out.push('', 'Logging');
  out.push(...kv([
    ['retention', `${l.retentionDays} days`],
    ['firewall log', l.firewallLogLevel],
    ['collector', l.collector],
    ['metrics', l.metricsServer],
  ]));

  const i = s.identity;
  out.push('', 'Identity');
  const conn = i.ldap
    ? `${i.ldap.server}${i.ldap.server2 ? `, ${i.ldap.server2}` : ''} port ${i.ldap.port}, base ${i.ldap.baseDn}, user attribute ${i.ldap.userAttribute}`
    : i.oidc
      ? `${i.oidc.issuerUrl} client ${i.oidc.clientId}, groups claim ${i.oidc.groupsClaim}`
      : '-';
  out.push(...kv([
    ['source', i.source],
    ['realm', `${i.realm.id} (${i.realm.type}, ${i.realm.owner}-owned)`],
    ['connection', conn],
  ]));
  out.push(...table([
    ['role', 'Proxmox group', 'directory group'],
    ...(['admins', 'operators', 'auditors'] as const).map((k) => [k, i.groups[k], i.directoryGroups[k]]),
  ]));

  const v = s.vault;
  out.push('', `Vault (isolation ${v.isolation})`);
  out.push(...kv([
    ...(v.namespace ? [['namespace', v.namespace] as const] : []),
    ...(v.pathPrefix ? [['path prefix', v.pathPrefix] as const] : []),
    ['kv mount', v.kvMount],
    ['pki', `role ${v.pkiRole} on ${v.pkiMount}, allowed domain ${v.allowedDomain}`],
    ['policies', `${v.policies.admin}, ${v.policies.operator}, ${v.policies.readonly}, ${v.policies.pipeline}`],
  ]));

  const sup = Object.entries(s.suppressions);
  out.push('', 'Suppressions');
  if (sup.length === 0) out.push('  none');
  else out.push(...table(sup.map(([id, x]) => [id, x.rule, x.expires ? `until ${x.expires}` : '', x.reason])));
  return `${out.join('\n')}\n`;
}
