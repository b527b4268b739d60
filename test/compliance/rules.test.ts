/**
 * Every rule: a compliant fixture (the reference tenant, or a small hand-written stack), a
 * non-compliant one ("fails when …"), and the cases where it cannot decide (unknown).
 */
import { GRUNDSCHUTZ_PACK, ruleById } from '../../lib/compliance/pack';
import type { RuleOutcome, StackJson } from '../../lib/compliance/types';
import type { TenantSpec } from '../../lib/model/spec';
import { clone, musterstadt } from './fixtures';
import { withoutRenderedGuests } from './reachability/fixtures';

type Json = { resource: Record<string, Record<string, Record<string, any>>>; [k: string]: any };

const ref = musterstadt();
const run = (id: string, json: StackJson, spec?: TenantSpec): RuleOutcome => ruleById(id)!.evaluate({ json, spec });
const mutate = (f: (j: Json) => void): Json => {
  const j = clone(ref.json) as Json;
  f(j);
  return j;
};
const first = (j: Json, type: string) => Object.values(j.resource[type])[0];
const messages = (o: RuleOutcome) => o.findings.map((f) => f.message).join('\n');

describe('the pack', () => {
  it('has unique stable IDs in the KOM-<AREA>-<n> form, each with Grundschutz requirements and bilingual titles', () => {
    const ids = GRUNDSCHUTZ_PACK.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of GRUNDSCHUTZ_PACK) {
      expect(r.id).toMatch(/^KOM-[A-Z]+-[0-9]+$/);
      expect(r.grundschutz.length).toBeGreaterThan(0);
      for (const g of r.grundschutz) expect(g).toMatch(/^[A-Z]{3}\.\d+(\.\d+)*\.A\d+$/);
      expect(r.title.de).not.toBe(r.title.en);
    }
  });
});

describe('rules on the reference tenant (compliant fixtures)', () => {
  it.each(['KOM-NET-1', 'KOM-NET-2', 'KOM-FW-2', 'KOM-BAK-1', 'KOM-BAK-2', 'KOM-BAK-3', 'KOM-VLT-1', 'KOM-LOG-1', 'KOM-LOG-2', 'KOM-IAM-1', 'KOM-IAM-3', 'KOM-SEC-1', 'KOM-LIM-1'])('%s passes', (id) => {
    expect(run(id, ref.json, ref.spec)).toEqual({ status: 'pass', findings: [] });
  });
});

describe('KOM-NET-1 segmentation', () => {
  it('fails when the clients vnet is missing', () => {
    const j = mutate((x) => {
      const key = Object.keys(x.resource.proxmox_sdn_vnet).find((k) => k.includes('clients'))!;
      delete x.resource.proxmox_sdn_vnet[key];
      for (const [k, s] of Object.entries(x.resource.proxmox_sdn_subnet)) if (String(s.vnet).includes(key)) delete x.resource.proxmox_sdn_subnet[k];
    });
    const o = run('KOM-NET-1', j, ref.spec);
    expect(o.status).toBe('fail');
    expect(messages(o)).toContain('segment clients has no vnet of its own');
  });
  it('fails when two segments have overlapping subnets', () => {
    const j = mutate((x) => {
      const servers = Object.values(x.resource.proxmox_sdn_subnet).find((s) => String(s.vnet).includes('servers'))!;
      const clients = Object.values(x.resource.proxmox_sdn_subnet).find((s) => String(s.vnet).includes('clients'))!;
      servers.cidr = clients.cidr;
    });
    expect(messages(run('KOM-NET-1', j))).toMatch(/overlaps/);
  });
  it('reports unknown for a stack without vnets and no spec', () => {
    expect(run('KOM-NET-1', { resource: {} }).status).toBe('unknown');
  });
});

describe('KOM-NET-2 management isolation', () => {
  it('fails when the management security group accepts clients', () => {
    const j = mutate((x) => {
      const mg = Object.values(x.resource.proxmox_virtual_environment_cluster_firewall_security_group).find((g) => g.name.endsWith('-mg'))!;
      mg.rule = [{ type: 'in', action: 'ACCEPT', source: '+t0001-cl-net', proto: 'tcp', dport: '22' }];
    });
    const o = run('KOM-NET-2', j);
    expect(o.status).toBe('fail');
    expect(messages(o)).toContain('+t0001-cl-net');
  });
  it('reports unknown without security groups and spec', () => {
    expect(run('KOM-NET-2', { resource: {} }).status).toBe('unknown');
  });
});

describe('KOM-NET-3 untrusted DHCP', () => {
  it('fails when the iot segment of the reference tenant serves DHCP (a warning)', () => {
    const o = run('KOM-NET-3', ref.json, ref.spec);
    expect(o.status).toBe('fail');
    expect(messages(o)).toContain('segment iot');
    expect(ruleById('KOM-NET-3')!.level).toBe('warning');
  });
  it('passes when untrusted segments have no DHCP range', () => {
    const j = mutate((x) => {
      for (const s of Object.values(x.resource.proxmox_sdn_subnet)) if (String(s.vnet).match(/iot|dmz/)) delete s.dhcp_range;
    });
    expect(run('KOM-NET-3', j, ref.spec).status).toBe('pass');
  });
});

const guest = (opts: Record<string, unknown>, lastRule: Record<string, unknown> = { type: 'in', action: 'DROP', log: 'info' }): StackJson => ({
  resource: {
    proxmox_virtual_environment_firewall_options: { g: { node_name: 'pve1', vm_id: 101000, enabled: true, input_policy: 'DROP', log_level_in: 'info', ...opts } },
    proxmox_virtual_environment_firewall_rules: { r: { node_name: 'pve1', vm_id: 101000, rule: [{ security_group: 't0001-sv' }, lastRule] } },
  },
});

describe('KOM-FW-1 default deny', () => {
  it('passes for a guest with DROP, logging and a final logged DROP', () => {
    expect(run('KOM-FW-1', guest({})).status).toBe('pass');
  });
  it('fails when the input policy is ACCEPT', () => {
    expect(messages(run('KOM-FW-1', guest({ input_policy: 'ACCEPT' })))).toContain('input_policy');
  });
  it('fails when dropped traffic is not logged', () => {
    expect(messages(run('KOM-FW-1', guest({ log_level_in: 'nolog' })))).toContain('log_level_in');
    expect(messages(run('KOM-FW-1', guest({}, { type: 'in', action: 'DROP', log: 'nolog' })))).toContain('does not log');
  });
  it('reports unknown when the stack manages no guest firewall (the reference tenant without its guests)', () => {
    // The example now has guests: strip them to get a stack without any guest firewall.
    expect(run('KOM-FW-1', withoutRenderedGuests(JSON.parse(JSON.stringify(ref.json))), ref.spec).status).toBe('unknown');
  });
});

describe('KOM-FW-2 declared flows', () => {
  it('fails when a rule accepts any source', () => {
    const j = mutate((x) => {
      const sv = Object.values(x.resource.proxmox_virtual_environment_cluster_firewall_security_group).find((g) => g.name.endsWith('-sv'))!;
      sv.rule = [{ type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '22' }];
    });
    expect(messages(run('KOM-FW-2', j, ref.spec))).toContain('any source');
  });
  it('fails when a rule is not a declared flow', () => {
    const j = mutate((x) => {
      const sv = Object.values(x.resource.proxmox_virtual_environment_cluster_firewall_security_group).find((g) => g.name.endsWith('-sv'))!;
      sv.rule.push({ type: 'in', action: 'ACCEPT', source: '+t0001-io-net', proto: 'tcp', dport: '3389' });
    });
    expect(messages(run('KOM-FW-2', j, ref.spec))).toContain('is not a declared flow');
  });
  it('reports unknown without the spec when rules are well-formed', () => {
    expect(run('KOM-FW-2', ref.json).status).toBe('unknown');
  });
});

describe('KOM-BAK-1 backup coverage', () => {
  it('passes the blueprint: keep-all on Proxmox VE, the retention in the PBS prune job of the output', () => {
    expect(first(ref.json as never, 'proxmox_backup_job').prune_backups).toEqual({ 'keep-all': '1' });
    expect(run('KOM-BAK-1', ref.json, ref.spec).status).toBe('pass');
  });
  it('fails when keep-daily of the PBS prune job is below the bound', () => {
    const j = mutate((x) => { x.output.pbs_prune_job.value['keep-daily'] = '3'; });
    expect(messages(run('KOM-BAK-1', j, ref.spec))).toContain('keep-daily = "3" in the PBS prune job (output pbs_prune_job); allowed');
  });
  it('fails when the job keeps everything and the stack states no PBS prune job', () => {
    const j = mutate((x) => { delete x.output.pbs_prune_job; });
    expect(messages(run('KOM-BAK-1', j, ref.spec))).toContain('keeps every backup on Proxmox VE (keep-all) but the stack states no PBS prune job');
  });
  it('fails when keep-all is combined with keep counts, and checks a job\'s own keep counts', () => {
    const combined = mutate((x) => { first(x, 'proxmox_backup_job').prune_backups['keep-daily'] = '14'; });
    expect(messages(run('KOM-BAK-1', combined, ref.spec))).toContain('sets keep-all together with keep-daily');
    const own = mutate((x) => { first(x, 'proxmox_backup_job').prune_backups = { 'keep-daily': '3', 'keep-weekly': '8', 'keep-monthly': '12', 'keep-yearly': '2' }; });
    expect(messages(run('KOM-BAK-1', own, ref.spec))).toContain('keep-daily = "3"; allowed');
  });
  it('fails when the pool has no backup job', () => {
    const j = mutate((x) => { delete x.resource.proxmox_backup_job; });
    expect(messages(run('KOM-BAK-1', j, ref.spec))).toContain('pool kom-musterstadt is covered by no enabled backup job');
  });
  it('reports unknown for a stack without pools and spec', () => {
    expect(run('KOM-BAK-1', { resource: {} }).status).toBe('unknown');
  });
});

describe('KOM-BAK-2 second copy', () => {
  it('fails when the second copy is on the primary server', () => {
    const spec = clone(ref.spec) as any;
    spec.backup.secondCopy.server = spec.backup.pbsServer;
    expect(run('KOM-BAK-2', ref.json, spec).status).toBe('fail');
  });
  it('reports unknown without the spec', () => {
    expect(run('KOM-BAK-2', ref.json).status).toBe('unknown');
  });
});

describe('KOM-BAK-3 encryption', () => {
  it('fails when the PBS storage has no encryption key', () => {
    const j = mutate((x) => { delete first(x, 'proxmox_storage_pbs').encryption_key; });
    expect(run('KOM-BAK-3', j).status).toBe('fail');
  });
  it('reports unknown without storages and spec', () => {
    expect(run('KOM-BAK-3', { resource: {} }).status).toBe('unknown');
  });
});

describe('KOM-VLT-1 prevent_destroy', () => {
  it('fails when the backup job lacks prevent_destroy', () => {
    const j = mutate((x) => { delete first(x, 'proxmox_backup_job').lifecycle; });
    expect(messages(run('KOM-VLT-1', j))).toContain('proxmox_backup_job holds data');
  });
  it('fails when a KV mount lacks prevent_destroy and passes with it', () => {
    const mount = (lifecycle?: unknown): StackJson => ({ resource: { vault_mount: { kv: { path: 'kv', type: 'kv', ...(lifecycle ? { lifecycle } : {}) } } } });
    expect(run('KOM-VLT-1', mount()).status).toBe('fail');
    expect(run('KOM-VLT-1', mount({ prevent_destroy: true })).status).toBe('pass');
  });
});

describe('KOM-LOG-1 shipping', () => {
  it('passes a tenant that references the platform logging vendor data, and fails one that does not', () => {
    expect(run('KOM-LOG-1', ref.json, ref.spec).status).toBe('pass');
    const j = mutate((x) => { delete x.output.logging_vendor_data; });
    expect(run('KOM-LOG-1', j, ref.spec).status).toBe('fail');
  });
  it('fails when a snippet in the stack forwards to another collector', () => {
    const spec = clone(ref.spec) as any;
    spec.logging.collector = 'elsewhere.example.org:6514';
    const j = mutate((x) => {
      delete x.output.logging_vendor_data;
      x.resource.proxmox_virtual_environment_file = { f: { content_type: 'snippets', source_raw: [{ file_name: 'x.yaml', data: 'action(type="omfwd" target="logs.example.org" port="6514")' }] } };
    });
    expect(messages(run('KOM-LOG-1', j, spec))).toContain('not to the tenant');
  });
  it('reports unknown for a stack without tenant resources', () => {
    expect(run('KOM-LOG-1', { resource: {} }).status).toBe('unknown');
  });
});

describe('KOM-LOG-2 retention', () => {
  it('fails when the retention is above the maximum', () => {
    const j = mutate((x) => { x.output.log_retention_days.value = 400; });
    expect(messages(run('KOM-LOG-2', j))).toContain('allowed 30-180');
  });
  it('reports unknown when neither output nor spec state it', () => {
    expect(run('KOM-LOG-2', { resource: {} }).status).toBe('unknown');
  });
});

describe('KOM-IAM-1 central identity', () => {
  it('fails when a local user has a password', () => {
    const j = mutate((x) => { first(x, 'proxmox_virtual_environment_user').password = '${var.pw}'; });
    expect(messages(run('KOM-IAM-1', j, ref.spec))).toContain('has a password');
  });
  it('fails when a pam user is created', () => {
    const j = mutate((x) => { x.resource.proxmox_virtual_environment_user.admin = { user_id: 'root@pam' }; });
    expect(messages(run('KOM-IAM-1', j, ref.spec))).toContain('pam');
  });
  it('reports unknown without realm and spec', () => {
    expect(run('KOM-IAM-1', { resource: {} }).status).toBe('unknown');
  });
});

describe('KOM-IAM-2 MFA', () => {
  const oidc = (extra: Record<string, unknown>): StackJson => ({ resource: { proxmox_realm_openid: { r: { realm: 'x-oidc', issuer_url: 'https://sso.example.org', client_id: 'pve', ...extra } } } });
  it('passes for an OpenID realm that requests an MFA context', () => {
    expect(run('KOM-IAM-2', oidc({ acr_values: 'mfa' })).status).toBe('pass');
  });
  it('reports unknown for an OpenID realm without acr_values and for LDAP', () => {
    expect(run('KOM-IAM-2', oidc({})).status).toBe('unknown');
    expect(run('KOM-IAM-2', ref.json, ref.spec).status).toBe('unknown');
  });
});

describe('KOM-IAM-3 tenant scope', () => {
  it('fails when an ACL sits on the root path', () => {
    const j = mutate((x) => { first(x, 'proxmox_acl').path = '/'; });
    expect(messages(run('KOM-IAM-3', j, ref.spec))).toContain('ACL on / (propagating)');
  });
  it('fails when a policy reaches another tenant prefix', () => {
    const j = mutate((x) => { first(x, 'vault_policy').policy = 'path "kv-kommunen/data/kommunen/*" {\n  capabilities = ["read"]\n}\n'; });
    expect(messages(run('KOM-IAM-3', j, ref.spec))).toContain('kv-kommunen/data/kommunen/*');
  });
  it('reports unknown for path-mode policies without the spec', () => {
    expect(run('KOM-IAM-3', ref.json).status).toBe('unknown');
  });
});

describe('KOM-SEC-1 secrets', () => {
  it('fails when a sensitive attribute is a literal', () => {
    const j = mutate((x) => { first(x, 'proxmox_storage_pbs').password = 'hunter2hunter2'; });
    expect(messages(run('KOM-SEC-1', j))).toContain('password is a literal');
  });
  it('reads a literal that carries an escaped template sequence ($${), and skips a real expression', () => {
    const escaped = mutate((x) => { first(x, 'proxmox_storage_pbs').password = 'hunter2$${x}hunter2'; });
    expect(messages(run('KOM-SEC-1', escaped))).toContain('password is a literal');
    const expr = mutate((x) => { first(x, 'proxmox_storage_pbs').password = '$$${var.pbs_password}'; });
    expect(messages(run('KOM-SEC-1', expr))).toContain('password is a literal');
    const real = mutate((x) => { first(x, 'proxmox_storage_pbs').password = '${var.pbs_password}'; });
    expect(run('KOM-SEC-1', real).findings).toEqual([]);
  });
  it('fails when a Vault token or private key appears anywhere', () => {
    const j = mutate((x) => { first(x, 'proxmox_virtual_environment_pool').comment = 'token hvs.CAESIAbcdefghijklmnopqrstuv'; });
    expect(messages(run('KOM-SEC-1', j))).toContain('Vault token');
    const k = mutate((x) => { x.variable.pbs_encryption_key = { type: 'string', sensitive: true, default: '-----BEGIN PRIVATE KEY-----\nabc' }; });
    expect(messages(run('KOM-SEC-1', k))).toMatch(/literal default[\s\S]*PEM private key/);
  });
  it('fails when a Proxmox API token appears in a list, naming its path', () => {
    const j = mutate((x) => {
      const pool = first(x, 'proxmox_virtual_environment_pool');
      pool.tags = ['ok', 'PVEAPIToken=ci@pve!deploy=12345678-1234-1234-1234-123456789abc'];
    });
    const o = run('KOM-SEC-1', j);
    const name = Object.keys((j.resource as Record<string, object>).proxmox_virtual_environment_pool)[0];
    const at = `resource.proxmox_virtual_environment_pool.${name}.tags[1]`;
    expect(o.findings.map((f) => [f.address, f.message])).toEqual([
      [at, `Proxmox API token header found in ${at}`],
      [at, `Proxmox API token secret found in ${at}`],
    ]);
  });
  it('reports the same on a frozen document as on the same document unfrozen (resource index)', () => {
    const j = mutate((x) => { first(x, 'proxmox_storage_pbs').password = 'hunter2hunter2'; });
    const deepFreeze = (v: unknown): unknown => {
      if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
        Object.freeze(v);
        for (const x of Object.values(v)) deepFreeze(x);
      }
      return v;
    };
    const frozen = deepFreeze(clone(j)) as StackJson;
    for (const r of GRUNDSCHUTZ_PACK) {
      const open = r.evaluate({ json: j, spec: ref.spec });
      expect([r.id, r.evaluate({ json: frozen, spec: ref.spec })]).toEqual([r.id, open]);
      expect([r.id, r.evaluate({ json: frozen, spec: ref.spec })]).toEqual([r.id, open]);
    }
    expect(messages(run('KOM-SEC-1', frozen))).toContain('password is a literal');
  });
});

describe('KOM-LIM-1 provider limits', () => {
  it('fails when a vnet ID is longer than 8 characters or a VLAN tag out of range', () => {
    const j = mutate((x) => {
      const v = Object.values(x.resource.proxmox_sdn_vnet);
      v[0].id = 'musterstadt1';
      v[1].tag = 5000;
    });
    const m = messages(run('KOM-LIM-1', j, ref.spec));
    expect(m).toContain('musterstadt1');
    expect(m).toContain('VLAN tag 5000');
  });
  it('fails when a guest VM ID is outside the tenant range', () => {
    expect(messages(run('KOM-LIM-1', guest({ vm_id: 200 }), ref.spec))).toContain('outside the tenant');
  });
});
