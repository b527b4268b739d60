import { MAX_TENANT_NUMBER, parseTenantCode, tenantCode, vnetId, zoneId } from '../../lib/model/codes';
import {
  checkConstructId, checkDnsLabel, checkGroupId, checkPbsNamespace, checkPoolId, checkRoleId, checkSdnId,
  checkSecurityGroupName, checkVaultPathSegment, checkVlanTag, checkVmId, checkVni,
} from '../../lib/model/identifier-rules';
import { SEGMENT_NAMES } from '../../lib/model/catalogue';

describe('identifier rules', () => {
  it.each([
    ['SDN ID ok', checkSdnId, 't0001mg', undefined],
    ['SDN ID too long', checkSdnId, 't0001mgxx', 'SDN zone/vnet ID "t0001mgxx": has 9 characters, allowed 2-8 (a letter, then letters and digits only, 2-8 characters)'],
    ['SDN ID with dash', checkSdnId, 'ab-c', 'SDN zone/vnet ID "ab-c": must match ^[A-Za-z][A-Za-z0-9]*[A-Za-z0-9]$ (a letter, then letters and digits only, 2-8 characters)'],
    ['SDN ID digit first', checkSdnId, '1abc', 'SDN zone/vnet ID "1abc": must match ^[A-Za-z][A-Za-z0-9]*[A-Za-z0-9]$ (a letter, then letters and digits only, 2-8 characters)'],
    ['security group ok', checkSecurityGroupName, 't0001-servers', undefined],
    ['security group too long', checkSecurityGroupName, 't0001-servers-dmz-x', "firewall security group \"t0001-servers-dmz-x\": has 19 characters, allowed 2-18 (a letter, then letters, digits, '-' and '_', 2-18 characters)"],
    ['security group with dot', checkSecurityGroupName, 'a.b', "firewall security group \"a.b\": must match ^[A-Za-z][A-Za-z0-9_-]+$ (a letter, then letters, digits, '-' and '_', 2-18 characters)"],
    ['pool ok', checkPoolId, 'kommune-mainz', undefined],
    ['pool with slash', checkPoolId, 'a/b', "Proxmox pool ID \"a/b\": must match ^[A-Za-z0-9._-]+$ (letters, digits, '.', '-' and '_', 1-64 characters)"],
    ['group ok', checkGroupId, 'mainz-admins', undefined],
    ['role with space', checkRoleId, 'Kommune Admin', "Proxmox role ID \"Kommune Admin\": must match ^[A-Za-z0-9._-]+$ (letters, digits, '.', '-' and '_', 1-64 characters)"],
    ['dns ok', checkDnsLabel, '1und1', undefined],
    ['dns dash end', checkDnsLabel, 'mainz-', "DNS label \"mainz-\": must match ^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$ (letters, digits and '-', not starting or ending with '-', 1-63 characters)"],
    ['dns too long', checkDnsLabel, 'a'.repeat(64), `DNS label "${'a'.repeat(64)}": has 64 characters, allowed 1-63 (letters, digits and '-', not starting or ending with '-', 1-63 characters)`],
    ['vault ok', checkVaultPathSegment, 'mainz', undefined],
    ['vault reserved', checkVaultPathSegment, 'sys', "Vault path segment \"sys\": is reserved (root, sys, audit, auth, cubbyhole, identity, '.', '..')"],
    ['vault wildcard', checkVaultPathSegment, 'a*', "Vault path segment \"a*\": must match ^[A-Za-z0-9_][A-Za-z0-9._-]*$ (a letter, digit or '_', then letters, digits, '.', '-' and '_', 1-128 characters)"],
    ['construct ok', checkConstructId, 'Network_mainz-1', undefined],
    ['construct slash', checkConstructId, 'a/b', "construct ID \"a/b\": must match ^[A-Za-z_][A-Za-z0-9_-]*$ (a letter or '_', then letters, digits, '-' and '_', 1-255 characters)"],
    ['vlan ok', checkVlanTag, 4094, undefined],
    ['vlan 0', checkVlanTag, 0, 'VLAN tag 0: must be an integer from 1 to 4094 (VLAN tag (802.1Q))'],
    ['vlan 4095', checkVlanTag, 4095, 'VLAN tag 4095: must be an integer from 1 to 4094 (VLAN tag (802.1Q))'],
    ['vni max', checkVni, 16777215, undefined],
    ['vni too big', checkVni, 16777216, 'VNI 16777216: must be an integer from 1 to 16777215 (VXLAN network identifier (24 bit))'],
    ['vm id low', checkVmId, 99, 'VM ID 99: must be an integer from 100 to 999999999 (Proxmox VM ID)'],
    ['vm id fraction', checkVmId, 100.5, 'VM ID 100.5: must be an integer from 100 to 999999999 (Proxmox VM ID)'],
  ] as Array<[string, (v: unknown) => string | undefined, unknown, string | undefined]>)('%s', (_name, check, value, expected) => {
    expect(check(value)).toBe(expected);
  });

  it('checks PBS namespaces by component and depth', () => {
    expect(checkPbsNamespace('kommunen/mainz')).toBeUndefined();
    expect(checkPbsNamespace('a/b/c/d/e/f/g')).toBeUndefined();
    expect(checkPbsNamespace('a/b/c/d/e/f/g/h')).toBe('PBS namespace "a/b/c/d/e/f/g/h": is 8 levels deep, at most 7 allowed');
    expect(checkPbsNamespace('kommunen/-x')).toBe(
      "PBS namespace \"kommunen/-x\": PBS namespace component \"-x\": must match ^[A-Za-z0-9_][A-Za-z0-9._-]*$ (a letter, digit or '_', then letters, digits, '.', '-' and '_')",
    );
    expect(checkPbsNamespace('kommunen//x')).toContain('has 0 characters');
    expect(checkPbsNamespace(`kommunen/${'x'.repeat(247)}`)).toBeUndefined();
    expect(checkPbsNamespace(`kommunen/${'x'.repeat(248)}`)).toBe(`PBS namespace "kommunen/${'x'.repeat(248)}": has 257 characters, at most 256 allowed`);
  });
});

describe('codes', () => {
  it('builds 5-character tenant codes, zone IDs and 7-character vnet IDs that pass the SDN rule', () => {
    for (const n of [0, 1, 35, 36, 1295, 46655, 1_000_000, MAX_TENANT_NUMBER]) {
      const code = tenantCode(n);
      expect(code).toHaveLength(5);
      expect(parseTenantCode(code)).toBe(n);
      expect(checkSdnId(zoneId(n))).toBeUndefined();
      for (const seg of SEGMENT_NAMES) {
        expect(vnetId(code, seg)).toHaveLength(7);
        expect(checkSdnId(vnetId(code, seg))).toBeUndefined();
      }
    }
    expect(tenantCode(1)).toBe('t0001');
    expect(tenantCode(1295)).toBe('t00zz');
    expect(zoneId(MAX_TENANT_NUMBER)).toBe('zzzzz');
    expect(MAX_TENANT_NUMBER).toBe(1_679_615);
  });

  it('fails when the number does not fit four base-36 digits', () => {
    expect(() => tenantCode(1_679_616)).toThrow('tenantCode: tenant number 1679616 must be an integer from 0 to 1679615');
    expect(() => zoneId(-1)).toThrow('zoneId: tenant number -1 must be an integer from 0 to 1679615');
  });
});
