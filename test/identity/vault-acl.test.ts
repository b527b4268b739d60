/**
 * The Vault/OpenBao ACL evaluator against the behaviour of openbao/openbao v2.6.2
 * vault/policy/acl.go and policy.go (and the priority rules of Vault's policy documentation, which
 * the comment at acl.go:681-691 restates).
 */
import { analyseIsolation, type TenantIsolationInput } from '../../lib/compliance/isolation';
import { vaultAllows, vaultGrants } from '../../lib/identity/path-access';
import {
  compareVaultPatterns, parseVaultPolicy, parseVaultPolicyText, VAULT_DEFAULT_POLICY_HCL, VaultAcl, VaultPolicyParseError, vaultRootPolicy, type VaultPolicy,
} from '../../lib/identity/vault-acl';

const pol = (name: string, text: string, namespace = ''): VaultPolicy => parseVaultPolicy(name, namespace, text);
const block = (path: string, ...caps: string[]): string => `path ${JSON.stringify(path)} { capabilities = [${caps.map((c) => JSON.stringify(c)).join(', ')}] }\n`;

describe('Vault priority rules (policy docs; acl.go:681-735)', () => {
  // Each rule in the documented order, with the documented example pairs (P1 loses to P2).
  it.each([
    ['first wildcard earlier loses', 'secret/+/x', 'secret/a*'],
    ['first wildcard earlier loses (segment)', 'foo/+/bar/baz', 'foo/bar/+/baz'],
    ['a trailing * loses against no trailing *', 'foo/+/ba*', 'foo/+/bar'],
    ['a trailing * loses against no trailing * (foo/* vs foo/+)', 'foo/*', 'foo/+'],
    ['more + segments lose', 'foo/+/+/baz', 'foo/bar/+/baz'],
    ['shorter loses', 'foo/+/bar/b*', 'foo/+/bar/ba*'],
    ['lexicographically smaller loses', 'foo/+/a', 'foo/+/b'],
    ['any wildcard loses against an exact path', 'secret/foo*', 'secret/foo'],
  ])('%s: %s < %s', (_, p1, p2) => {
    expect(compareVaultPatterns(p1, p2)).toBeLessThan(0);
    expect(compareVaultPatterns(p2, p1)).toBeGreaterThan(0);
    // ... and the ACL picks P2's rule for a path both match.
    const acl = VaultAcl.fromPolicies([pol('p', block(p1, 'deny') + block(p2, 'read'))]);
    const path = p2.replace(/\+/g, 'bar').replace(/\*$/, 'z');
    expect(acl.check('read', path).allowed).toBe(true);
  });

  it('the longest prefix wins among plain globs', () => {
    const acl = VaultAcl.fromPolicies([pol('p', block('secret/*', 'read') + block('secret/team/*', 'deny'))]);
    expect(acl.check('read', 'secret/team/x').allowed).toBe(false);
    expect(acl.check('read', 'secret/other').allowed).toBe(true);
  });
});

describe('merging the policies of a token (NewACL, acl.go:88-287)', () => {
  it('a deny in one policy and a grant in another on the same path: deny wins, in either order', () => {
    const grant = pol('a', block('secret/foo', 'read', 'update'));
    const deny = pol('b', block('secret/foo', 'deny'));
    expect(VaultAcl.fromPolicies([grant, deny]).check('read', 'secret/foo').allowed).toBe(false);
    expect(VaultAcl.fromPolicies([deny, grant]).check('read', 'secret/foo').allowed).toBe(false);
  });

  it('on different paths the most specific path wins, whichever policy holds it', () => {
    // A deny on the glob does not remove the exact grant of another policy ...
    const acl = VaultAcl.fromPolicies([pol('a', block('secret/*', 'deny')), pol('b', block('secret/foo', 'read'))]);
    expect(acl.check('read', 'secret/foo').allowed).toBe(true);
    expect(acl.check('read', 'secret/bar').allowed).toBe(false);
    // ... and an exact rule with fewer capabilities hides the glob's grant of another policy.
    const narrow = VaultAcl.fromPolicies([pol('a', block('secret/foo', 'list')), pol('b', block('secret/*', 'read'))]);
    expect(narrow.check('read', 'secret/foo').allowed).toBe(false);
    expect(narrow.check('read', 'secret/fo').allowed).toBe(true);
  });

  it('capabilities of blocks with the same path are united (also duplicate blocks in one policy)', () => {
    const acl = VaultAcl.fromPolicies([pol('a', block('kv/*', 'read') + block('kv/*', 'list')), pol('b', block('kv/*', 'update'))]);
    expect(acl.capabilities('kv/x')).toEqual(['read', 'update', 'list']);
    const denied = VaultAcl.fromPolicies([pol('a', block('kv/*', 'read') + block('kv/*', 'deny') + block('kv/*', 'update'))]);
    expect(denied.capabilities('kv/x')).toEqual(['deny']);
  });

  it('path-access: vaultAllows merges before matching (today main denied the exact grant and allowed the hidden glob)', () => {
    const denyGlob = { grants: vaultGrants(block('secret/*', 'deny')) };
    const exactRead = { grants: vaultGrants(block('secret/foo', 'read')) };
    expect(vaultAllows([denyGlob, exactRead], 'secret/foo', 'read')).toBe(true);
    const exactList = { grants: vaultGrants(block('secret/foo', 'list')) };
    const globRead = { grants: vaultGrants(block('secret/*', 'read')) };
    expect(vaultAllows([exactList, globRead], 'secret/foo', 'read')).toBe(false);
  });
});

describe('matching (AllowOperation, acl.go:385-426; CheckAllowedFromNonExactPaths :757-818)', () => {
  it('list on a trailing-slash path is decided by the rule without the slash', () => {
    const acl = VaultAcl.fromPolicies([pol('a', block('secret/metadata', 'list'))]);
    expect(acl.check('list', 'secret/metadata/').allowed).toBe(true);
    expect(acl.check('read', 'secret/metadata/').allowed).toBe(false);
    expect(vaultAllows([{ grants: vaultGrants(block('secret/metadata', 'list')) }], 'secret/metadata/', 'list')).toBe(true);
    const seg = VaultAcl.fromPolicies([pol('a', block('kv/+/x', 'list'))]);
    expect(seg.check('list', 'kv/a/x/').allowed).toBe(true);
    expect(seg.check('read', 'kv/a/x/').allowed).toBe(false);
  });

  it('+ matches one segment; a +-pattern without * needs the same number of segments', () => {
    const acl = VaultAcl.fromPolicies([pol('a', block('kv/+/shared', 'read') + block('kv/+/team/*', 'update'))]);
    expect(acl.check('read', 'kv/a/shared').allowed).toBe(true);
    expect(acl.check('read', 'kv/a/b/shared').allowed).toBe(false);
    expect(acl.check('update', 'kv/a/team/x/y').allowed).toBe(true);
    expect(acl.check('update', 'kv/a/teamx').allowed).toBe(false);
  });

  it('sudo is reported as root privileges of the deciding rule', () => {
    const acl = VaultAcl.fromPolicies([pol('a', block('sys/auth/*', 'create', 'update', 'sudo') + block('sys/mounts/*', 'update'))]);
    expect(acl.check('update', 'sys/auth/jwt').rootPrivs).toBe(true);
    expect(acl.check('update', 'sys/mounts/kv').rootPrivs).toBe(false);
  });

  it('no matching rule: not allowed, Capabilities says deny', () => {
    const acl = VaultAcl.fromPolicies([pol('a', block('kv/*', 'read'))]);
    expect(acl.check('read', 'sys/mounts').allowed).toBe(false);
    expect(acl.capabilities('sys/mounts')).toEqual(['deny']);
  });
});

describe('namespaces (policy.go:420-421, acl.go:346-373)', () => {
  it('a policy of namespace N governs paths of N and below, nothing else', () => {
    const acl = VaultAcl.fromPolicies([pol('a', block('kv/*', 'read') + block('child/kv/*', 'update'), 'kommunen/mainz')]);
    expect(acl.check('read', 'kv/x', 'kommunen/mainz').allowed).toBe(true);
    expect(acl.check('read', 'kv/x', 'kommunen/worms').allowed).toBe(false);
    expect(acl.check('read', 'kv/x', '').allowed).toBe(false);
    expect(acl.check('update', 'kv/x', 'kommunen/mainz/child').allowed).toBe(true);
  });

  it('root allows everything in its namespace and below, and cannot be combined with other policies', () => {
    expect(VaultAcl.fromPolicies([vaultRootPolicy('')]).check('delete', 'sys/audit/x', 'a/b').allowed).toBe(true);
    const nsRoot = VaultAcl.fromPolicies([vaultRootPolicy('kommunen')]);
    expect(nsRoot.check('update', 'sys/policies/acl/x', 'kommunen/mainz').allowed).toBe(true);
    expect(nsRoot.check('update', 'sys/policies/acl/x', '').allowed).toBe(false);
    expect(() => VaultAcl.fromPolicies([vaultRootPolicy(''), pol('default', VAULT_DEFAULT_POLICY_HCL)])).toThrow('other policies present along with root');
  });
});

describe('parsing (policy.go:284-556)', () => {
  it('reads the HCL and the JSON form to the same rules; legacy policy values map to capabilities', () => {
    const hcl = 'name = "x"\npath "kv/*" { capabilities = ["read", "list"] }\npath "/old/*" { policy = "write" }\npath "s" { comment = "c"\n capabilities = ["deny", "read"] }';
    const json = JSON.stringify({ path: { 'kv/*': { capabilities: ['read', 'list'] }, '/old/*': { policy: 'write' }, s: { capabilities: ['deny', 'read'] } } });
    const expected = [
      { path: 'kv/*', capabilities: ['read', 'list'] },
      { path: 'old/*', capabilities: ['create', 'read', 'update', 'delete', 'list'] },
      { path: 's', capabilities: ['deny'] },
    ];
    expect(parseVaultPolicyText(hcl)).toEqual(expected);
    expect(parseVaultPolicyText(json)).toEqual(expected);
  });

  it('refuses what OpenBao refuses and what the evaluator does not model, with the line', () => {
    expect(() => parseVaultPolicyText(block('kv/+*', 'read'))).toThrow("invalid use of wildcards ('+*' is forbidden)");
    expect(() => parseVaultPolicyText(block('kv/*', 'rread'))).toThrow('invalid capability "rread"');
    expect(() => parseVaultPolicyText('path "kv/*" { policy = "all" }')).toThrow('invalid policy "all"');
    expect(() => parseVaultPolicyText('path "kv/*" {\n capabilities = ["read"]\n required_parameters = ["x"] }')).toThrow(/line 3: .*required_parameters is a Vault key this evaluator does not model/);
    expect(() => parseVaultPolicyText('{"path": {"kv": {"denied_parameters": {}}}}')).toThrow(VaultPolicyParseError);
  });

  it('the default policy (policy_store.go:54-138) lets a token look itself up and use its cubbyhole, nothing of the blueprint', () => {
    const acl = VaultAcl.fromPolicies([pol('default', VAULT_DEFAULT_POLICY_HCL)]);
    expect(acl.check('read', 'auth/token/lookup-self').allowed).toBe(true);
    expect(acl.check('update', 'auth/token/create').allowed).toBe(false);
    expect(acl.check('create', 'cubbyhole/x').allowed).toBe(true);
    expect(acl.check('update', 'identity/oidc/provider/p/authorize').allowed).toBe(true);
    expect(acl.check('update', 'sys/policies/acl/x').allowed).toBe(false);
  });
});

describe('isolation analysis uses the evaluator (#14.6)', () => {
  const input = (tenant: string, grants: string): TenantIsolationInput => ({
    tenant,
    ownership: { proxmoxPaths: [], vaultPaths: [`kv/data/${tenant}/`], vaultKnown: true },
    grants: { acls: [], policies: [{ name: `${tenant}-p`, grants: vaultGrants(grants) }], bindings: [], principals: [] },
  });

  it('a duplicate block that denies removes the reach of its twin (merged like Vault)', () => {
    const ok = analyseIsolation([input('a', block('kv/data/b/*', 'read') + block('kv/data/b/*', 'deny')), input('b', block('kv/data/b/*', 'read'))]);
    expect(ok.violations.filter((v) => v.tenant === 'a')).toEqual([]);
    const bad = analyseIsolation([input('a', block('kv/data/b/*', 'read')), input('b', block('kv/data/b/*', 'read'))]);
    expect(bad.violations.filter((v) => v.tenant === 'a').map((v) => v.otherTenant)).toEqual(['b']);
  });
});
