import * as path from 'path';
import fc from 'fast-check';
import { Token } from 'cdktf';
import { checkConformance, checkConformanceFile, ConformanceFinding, formatFindings } from '../../lib/verify/conformance';
import { ProviderFacts } from '../../lib/verify/schema-facts';

const FIXTURE = path.join(__dirname, '../fixtures/conformance/broken.cdk.tf.json');

const REQUIRED_PROVIDERS = {
  required_providers: {
    proxmox: { source: 'bpg/proxmox', version: '0.111.1' },
    vault: { source: 'hashicorp/vault', version: '5.6.0' },
  },
};

/** A document with the given resources and the usual required_providers. */
function doc(resource: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { terraform: REQUIRED_PROVIDERS, resource, ...extra };
}

function codesAndPaths(findings: readonly ConformanceFinding[]): string[] {
  return findings.map((f) => `${f.code} ${f.path}`);
}

describe('checkConformance on the hand-written fixture', () => {
  const findings = checkConformanceFile(FIXTURE);
  const byPath = (p: string): ConformanceFinding => {
    const f = findings.find((x) => x.path === p);
    if (!f) throw new Error(`no finding at ${p}; got:\n${formatFindings(findings)}`);
    return f;
  };

  it('fails when the document has one error of each class, reporting each exactly once', () => {
    expect(codesAndPaths(findings)).toEqual([
      'malformed outputs',
      'too-many-blocks provider.proxmox[0].ssh',
      'computed-only resource.proxmox_sdn_zone_vlan.zone.state',
      'missing-required resource.proxmox_sdn_zone_vlan.zone.bridge',
      'wrong-type resource.proxmox_sdn_vnet.net_servers.tag',
      'unknown-attribute resource.proxmox_sdn_vnet.net_servers.vlan_awre',
      'unknown-resource-type resource.proxmox_sdn_vnett',
      'wrong-type resource.proxmox_virtual_environment_firewall_ipset.ipset.cidr[0].nomatch',
      'unknown-block resource.proxmox_virtual_environment_firewall_ipset.ipset.rules',
      'too-few-blocks resource.proxmox_virtual_environment_hosts.hosts.entry',
      'unknown-provider resource.vault_kv_secret_v2.secret.provider',
      'unknown-data-source-type data.vault_policy_documentt',
    ]);
    expect(findings).toHaveLength(12);
    expect(new Set(findings.map((f) => f.code)).size).toBe(11);
    for (const f of findings) expect(f.file).toBe(FIXTURE);
  });

  it('fails when an argument is unknown, naming it and the closest allowed name', () => {
    const f = byPath('resource.proxmox_sdn_vnet.net_servers.vlan_awre');
    expect(f.address).toBe('proxmox_sdn_vnet.net_servers');
    expect(f.resourceType).toBe('proxmox_sdn_vnet');
    expect(f.message).toContain('"vlan_awre" is not an argument of proxmox_sdn_vnet');
    expect(f.message).toContain('Did you mean "vlan_aware"?');
    expect(f.message).toContain('Allowed: alias, id, isolate_ports, tag, vlan_aware, zone');
  });

  it('fails when a literal has the wrong type, naming the value and the expected type', () => {
    const tag = byPath('resource.proxmox_sdn_vnet.net_servers.tag');
    expect(tag.message).toContain('"tag" is "abc" (string); expected number');
    const nomatch = byPath('resource.proxmox_virtual_environment_firewall_ipset.ipset.cidr[0].nomatch');
    expect(nomatch.message).toContain('"cidr[0].nomatch" is "yes" (string); expected bool');
  });

  it('fails when a required argument is missing or a computed one is set', () => {
    expect(byPath('resource.proxmox_sdn_zone_vlan.zone.bridge').message).toContain('required argument "bridge" (string) is missing');
    expect(byPath('resource.proxmox_sdn_zone_vlan.zone.state').message).toContain('"state" is computed by the provider and cannot be set (value "active")');
  });

  it('fails when block counts are outside the schema limits', () => {
    expect(byPath('provider.proxmox[0].ssh').message).toContain('block "ssh" appears 2 times; at most 1 allowed');
    expect(byPath('resource.proxmox_virtual_environment_hosts.hosts.entry').message).toContain('block "entry" appears 0 time(s); at least 1 required');
    expect(byPath('resource.proxmox_virtual_environment_firewall_ipset.ipset.rules').message).toContain('"rules" is not a block of proxmox_virtual_environment_firewall_ipset');
  });

  it('fails when types, providers or sections are unknown, with suggestions', () => {
    expect(byPath('resource.proxmox_sdn_vnett').message).toBe(
      'proxmox_sdn_vnett.typo: "proxmox_sdn_vnett" is not a resource type of bpg/proxmox 0.111.1. Did you mean "proxmox_sdn_vnet"?',
    );
    expect(byPath('data.vault_policy_documentt').message).toContain('not a data source type of hashicorp/vault 5.6.0. Did you mean "vault_policy_document"?');
    expect(byPath('resource.vault_kv_secret_v2.secret.provider').message).toContain('provider "vault.tenant" is not configured');
    expect(byPath('outputs').message).toContain('Did you mean "output"?');
  });

  it('formats one line per finding with file, path and code', () => {
    const lines = formatFindings(findings).split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[4]).toBe(`${FIXTURE}: resource.proxmox_sdn_vnet.net_servers.tag: wrong-type: ${findings[4].message}`);
    expect(formatFindings([])).toBe('');
  });
});

describe('checkConformance value rules', () => {
  it('accepts expressions, numeric and boolean strings, nulls, dynamic blocks and meta-arguments', () => {
    const findings = checkConformance(
      doc({
        proxmox_sdn_vnet: {
          a: { id: 'k1a', zone: '${proxmox_sdn_zone_vlan.z.id}', tag: '110', vlan_aware: 'true', alias: null, count: 2, depends_on: ['proxmox_sdn_zone_vlan.z'] },
          b: { id: '${each.key}', zone: 'z', tag: 1.5e3, isolate_ports: '%{if true}true%{endif}', for_each: '${toset(["x"])}' },
          c: { id: 'k1c', zone: 'z', tag: '${var.tag}', lifecycle: { prevent_destroy: true, ignore_changes: ['tag'], create_before_destroy: false, replace_triggered_by: ['null_resource.x'], precondition: [{ condition: '${true}', error_message: 'x' }] } },
        },
        proxmox_sdn_zone_vlan: { z: { id: 'z', bridge: 'vmbr0', nodes: ['pve1', 42], mtu: '1500', '//': { metadata: { path: 'x' } } } },
        proxmox_virtual_environment_firewall_ipset: {
          s: { name: 'k1', cidr: { name: '10.0.0.0/24' } },
          d: { name: 'k1', dynamic: { cidr: { for_each: '${var.cidrs}', iterator: 'c', content: { name: '${c.value}', nomatch: false } } } },
          e: { name: 'k1', cidr: '${var.cidr_blocks}' },
        },
        proxmox_virtual_environment_hosts: { h: { node_name: 'pve1', dynamic: { entry: { for_each: '${var.hosts}', content: { address: '${entry.key}', hostnames: '${entry.value}' } } } } },
      }),
    );
    expect(formatFindings(findings)).toBe('');
  });

  it('accepts cdktf token encodings (list tokens and marker-encoded numbers)', () => {
    const numberToken = Token.asNumber({ resolve: () => 1 });
    const numberListToken = Token.asNumberList({ resolve: () => [1] })[0];
    expect(Number.isFinite(numberToken)).toBe(true);
    const findings = checkConformance(
      doc({
        proxmox_sdn_zone_vlan: {
          z: { id: 'z', bridge: 'vmbr0', nodes: numberToken, dns: ['#{TfToken[TOKEN.7]}'] },
          y: { id: 'y', bridge: 'vmbr0', nodes: numberListToken },
        },
      }),
    );
    // dns is a string: the list token is a (wrong) array there, so exactly one finding and not for nodes.
    expect(codesAndPaths(findings)).toEqual(['wrong-type resource.proxmox_sdn_zone_vlan.z.dns']);
  });

  it('fails when a numeric argument holds a non-numeric string or a bool uses upper case', () => {
    const findings = checkConformance(doc({ proxmox_sdn_vnet: { a: { id: 'a', zone: 'z', tag: '12abc', vlan_aware: 'True', isolate_ports: 1 } } }));
    expect(codesAndPaths(findings)).toEqual([
      'wrong-type resource.proxmox_sdn_vnet.a.tag',
      'wrong-type resource.proxmox_sdn_vnet.a.vlan_aware',
      'wrong-type resource.proxmox_sdn_vnet.a.isolate_ports',
    ]);
    expect(findings[1].message).toContain('use lowercase "true"/"false"');
    expect(findings[2].message).toContain('"isolate_ports" is 1 (number); expected bool');
  });

  it('fails when collections have the wrong shape, pointing at the element', () => {
    const findings = checkConformance(
      doc({
        proxmox_sdn_zone_vlan: { z: { id: 'z', bridge: 'vmbr0', nodes: 'pve1' } },
        proxmox_backup_job: { j: { id: 'j', schedule: 'daily', storage: 's', prune_backups: { 'keep-daily': { n: 7 } }, mailto: ['a@example.org', ['b']] } },
      }),
    );
    expect(codesAndPaths(findings)).toEqual([
      'wrong-type resource.proxmox_sdn_zone_vlan.z.nodes',
      'wrong-type resource.proxmox_backup_job.j.prune_backups.keep-daily',
      'wrong-type resource.proxmox_backup_job.j.mailto[1]',
    ]);
    expect(findings[0].message).toContain('expected set(string) (a JSON array)');
  });

  it('fails when a nested attribute (nested_type single) is not an object or misses a required field', () => {
    const findings = checkConformance(
      doc({
        proxmox_sdn_subnet: {
          a: { cidr: '10.0.0.0/24', vnet: 'v', dhcp_range: ['10.0.0.1'] },
          b: { cidr: '10.0.0.0/24', vnet: 'v', dhcp_range: { start_address: '10.0.0.10', stop: 'x' } },
        },
      }),
    );
    expect(codesAndPaths(findings)).toEqual([
      'wrong-type resource.proxmox_sdn_subnet.a.dhcp_range',
      'unknown-attribute resource.proxmox_sdn_subnet.b.dhcp_range.stop',
      'missing-required resource.proxmox_sdn_subnet.b.dhcp_range.end_address',
    ]);
    expect(findings[1].message).toContain('is not an argument of nested attribute "dhcp_range" of proxmox_sdn_subnet');
  });

  it('accepts list-of-object attributes written like blocks (missing fields are null), but not unknown fields', () => {
    const vm = (networkDevice: unknown): unknown => doc({ proxmox_virtual_environment_vm: { vm: { node_name: 'pve1', network_device: networkDevice } } });
    expect(checkConformance(vm([{ bridge: 'k1srv', firewall: true }]))).toEqual([]);
    expect(checkConformance(vm({ bridge: 'k1srv' }))).toEqual([]);
    const findings = checkConformance(vm([{ bridge: 'k1srv', vlan: 5, mtu: 'big' }]));
    expect(codesAndPaths(findings)).toEqual([
      'wrong-type resource.proxmox_virtual_environment_vm.vm.network_device[0].vlan',
      'wrong-type resource.proxmox_virtual_environment_vm.vm.network_device[0].mtu',
    ]);
    expect(findings[0].message).toContain('Did you mean "vlan_id"?');
  });

  it('never prints sensitive values', () => {
    const findings = checkConformance(
      doc({ proxmox_storage_pbs: { p: { id: 'p', datastore: 'd', server: 's', username: 'u', password: ['hunter2'] } } }),
    );
    expect(codesAndPaths(findings)).toEqual(['wrong-type resource.proxmox_storage_pbs.p.password']);
    expect(findings[0].message).toContain('(sensitive value)');
    expect(findings[0].message).not.toContain('hunter2');
  });

  it('fails when meta-arguments are misused', () => {
    const findings = checkConformance(
      doc(
        {
          proxmox_sdn_zone_vlan: {
            z: { id: 'z', bridge: 'b', count: 2, for_each: { a: 1 }, depends_on: 'x', lifecycle: { prevent_destroy: 'yes', prevent_destory: true }, provider: 'proxmox.' },
          },
        },
        { data: { vault_policy_document: { d: { provisioner: [], lifecycle: { prevent_destroy: true } } } } },
      ),
    );
    expect(codesAndPaths(findings)).toEqual([
      'malformed resource.proxmox_sdn_zone_vlan.z.count',
      'wrong-type resource.proxmox_sdn_zone_vlan.z.depends_on',
      'wrong-type resource.proxmox_sdn_zone_vlan.z.lifecycle.prevent_destroy',
      'unknown-attribute resource.proxmox_sdn_zone_vlan.z.lifecycle.prevent_destory',
      'wrong-type resource.proxmox_sdn_zone_vlan.z.provider',
      'unknown-attribute data.vault_policy_document.d.provisioner',
      'unknown-attribute data.vault_policy_document.d.lifecycle.prevent_destroy',
    ]);
    expect(findings[3].message).toContain('Did you mean "prevent_destroy"?');
  });
});

describe('checkConformance provider resolution', () => {
  it('ignores types of providers without facts', () => {
    const findings = checkConformance({ resource: { random_pet: { p: { length: 'x', whatever: [1] } } }, data: { external_x: { y: {} } }, provider: { random: { foo: 1 } } });
    expect(findings).toEqual([]);
  });

  it('checks aliased provider configurations and resources that use them', () => {
    const ok = checkConformance(
      doc(
        { vault_policy: { p: { name: 'p', policy: 'path "x" {}', provider: 'vault.tenant' } } },
        { provider: { vault: [{ address: 'https://v' }, { alias: 'tenant', namespace: 'k1', token: 't' }] } },
      ),
    );
    expect(ok).toEqual([]);
    const bad = checkConformance(
      doc({ vault_policy: { p: { name: 'p', policy: 'x', provider: 'vault.other' } } }, { provider: { vault: [{ alias: 'tenant' }, { alias: 'tenant', adress: 'x' }] } }),
    );
    expect(codesAndPaths(bad)).toEqual([
      'malformed provider.vault[1]',
      'unknown-attribute provider.vault[1].adress',
      'unknown-provider resource.vault_policy.p.provider',
    ]);
    expect(bad[1].message).toContain('Did you mean "address"?');
    expect(bad[2].message).toContain('declared aliases of vault: tenant');
  });

  it('fails when required_providers maps a known local name to another source, and skips its resources', () => {
    const findings = checkConformance({
      terraform: { required_providers: { proxmox: { source: 'telmate/proxmox', version: '2.9.14' } } },
      resource: { proxmox_vm_qemu: { vm: { name: 'x' } } },
    });
    expect(codesAndPaths(findings)).toEqual(['unknown-provider terraform.required_providers.proxmox.source']);
    expect(findings[0].message).toContain('"telmate/proxmox"');
    expect(findings[0].message).toContain('bpg/proxmox 0.111.1');
  });

  it('follows required_providers to another local name of a known source', () => {
    const findings = checkConformance({
      terraform: { required_providers: { pve: { source: 'registry.terraform.io/bpg/proxmox' } } },
      resource: { proxmox_sdn_vnet: { v: { id: 'v', zone: 'z', provider: 'pve', colour: 'red' } } },
    });
    expect(codesAndPaths(findings)).toEqual(['unknown-attribute resource.proxmox_sdn_vnet.v.colour']);
  });

  it('fails when a provider with a non-hashicorp source is missing from required_providers', () => {
    const findings = checkConformance({
      terraform: { required_providers: { vault: { source: 'hashicorp/vault' } } },
      resource: { proxmox_sdn_zone_vlan: { a: { id: 'a', bridge: 'b' }, b: { id: 'b', bridge: 'b' } }, vault_policy: { p: { name: 'p', policy: 'x' } } },
    });
    expect(codesAndPaths(findings)).toEqual(['unknown-provider terraform.required_providers.proxmox']);
    expect(findings[0].message).toContain('source = "bpg/proxmox"');
  });
});

describe('checkConformance with custom facts (all nesting modes)', () => {
  const facts: ProviderFacts = {
    provider: 'demo',
    source: 'example/demo',
    version: '1.0.0',
    providerBlock: { attributes: {}, blocks: {} },
    dataSources: {},
    resources: {
      demo_thing: {
        attributes: {
          obj: { type: ['object', { a: 'string', b: 'number', c: 'bool' }, ['c']] },
          pair: { type: ['tuple', ['string', 'number']] },
          any: { type: 'dynamic' },
          items: { nested: { nesting: 'list', attributes: { k: { type: 'string', required: true }, id: { type: 'string', computedOnly: true } } } },
          named: { nested: { nesting: 'map', attributes: { v: { type: 'number' } } } },
        },
        blocks: {
          one: { nesting: 'single', block: { attributes: { x: { type: 'string' } }, blocks: {} } },
          labelled: { nesting: 'map', block: { attributes: { x: { type: 'string', required: true } }, blocks: {} } },
          few: { nesting: 'set', minItems: 1, maxItems: 2, block: { attributes: {}, blocks: {} } },
        },
      },
    },
  };
  const check = (body: Record<string, unknown>): string[] => codesAndPaths(checkConformance({ resource: { demo_thing: { t: body } } }, { facts: { demo: facts } }));

  it('accepts well-formed values of every nesting mode', () => {
    expect(
      check({ obj: { a: 'x', b: 1 }, pair: ['x', 2], any: { deep: [1, 'x', null] }, items: [{ k: 'a' }], named: { m: { v: 1 } }, one: { x: 'y' }, labelled: { l1: { x: 'a' } }, few: [{}, {}] }),
    ).toEqual([]);
  });

  it('fails when object, tuple, nested and block values break their schema', () => {
    expect(
      check({ obj: { a: 'x', z: 1 }, pair: ['x'], items: [{ id: 'i' }, 'x'], named: [1], one: [{}, {}], labelled: { l1: {} }, few: [{}, {}, {}] }),
    ).toEqual([
      'wrong-type resource.demo_thing.t.obj.z',
      'wrong-type resource.demo_thing.t.obj.b',
      'wrong-type resource.demo_thing.t.pair',
      'computed-only resource.demo_thing.t.items[0].id',
      'missing-required resource.demo_thing.t.items[0].k',
      'wrong-type resource.demo_thing.t.items[1]',
      'wrong-type resource.demo_thing.t.named',
      'too-many-blocks resource.demo_thing.t.one',
      'missing-required resource.demo_thing.t.labelled.l1.x',
      'too-many-blocks resource.demo_thing.t.few',
    ]);
  });

  it('fails when a required set block is absent', () => {
    expect(check({})).toEqual(['too-few-blocks resource.demo_thing.t.few']);
  });
});

describe('checkConformance on odd JSON', () => {
  it.each([
    ['null', null, ''],
    ['an array', [], ''],
    ['a string', 'x', ''],
    ['a number', 5, ''],
    ['a non-object resource section', { resource: 5 }, 'resource'],
    ['a non-object type', { resource: { proxmox_sdn_vnet: [1] } }, 'resource.proxmox_sdn_vnet'],
    ['a non-object body', { resource: { proxmox_sdn_vnet: { v: 'x' } } }, 'resource.proxmox_sdn_vnet.v'],
    ['an invalid type name', { resource: { 'bad type': {} } }, 'resource["bad type"]'],
    ['a non-object provider section', { provider: [] }, 'provider'],
    ['a non-object terraform block', { terraform: 'x' }, 'terraform'],
    ['a non-object data section', { data: null }, 'data'],
  ])('fails when the document is %s, as a malformed finding', (_name, input, where) => {
    let findings: ConformanceFinding[] = [];
    expect(() => {
      findings = checkConformance(input);
    }).not.toThrow();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].code).toBe('malformed');
    expect(findings[0].path).toBe(where);
  });

  it('reports a file that is not JSON as malformed', () => {
    const findings = checkConformanceFile(path.join(__dirname, '../fixtures/conformance/not-json.cdk.tf.json'));
    expect(findings).toHaveLength(1);
    expect(findings[0].code).toBe('malformed');
    expect(findings[0].message).toContain('not valid JSON');
  });

  it('fails with an error naming the file when it cannot be read', () => {
    expect(() => checkConformanceFile('/nonexistent/cdk.tf.json')).toThrow('/nonexistent/cdk.tf.json: cannot read');
  });

  it('never throws on arbitrary JSON anywhere in the document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        checkConformance(a);
        checkConformance({ resource: { proxmox_sdn_vnet: { v: { id: a, zone: b, dynamic: a, lifecycle: b } } }, provider: { vault: a } });
        checkConformance({ resource: { proxmox_virtual_environment_firewall_ipset: { s: { name: 'x', cidr: a } } }, data: { vault_policy_document: { d: { rule: b } } } });
      }),
      { numRuns: 300 },
    );
  });
});
