/**
 * The generated CODEOWNERS file (issue #14, deliverable 2): every tenant file, the fleet, its lock
 * and the file itself need the platform team; with tenant groups, a tenant file needs its own
 * group in a second section; paths with spaces and GitLab syntax characters are escaped.
 *
 * The file is read back with a small reader of the documented syntax (sections, escaped paths,
 * owners; docs.gitlab.com 17.7 user/project/codeowners/reference.html), written here
 * independently of the generator.
 */
import * as fs from 'fs';
import * as path from 'path';
import { codeownersPattern, generateCodeowners } from '../../lib/pipeline/codeowners';
import { cleanup, kommunalInProcess, musterstadtFleet, simpleTenant, tempDir } from './fixtures';

interface Rule {
  readonly section: string;
  readonly pattern: string;
  readonly owners: readonly string[];
}

/** Splits a line at unescaped blanks and removes the escapes. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) cur += line[++i];
    else if (c === ' ' || c === '\t') {
      if (cur !== '') out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur !== '') out.push(cur);
  return out;
}

function readCodeowners(text: string): Rule[] {
  const rules: Rule[] = [];
  let section = '';
  let defaults: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const head = /^\^?\[([^\]]+)\](?:\[\d+\])?\s*(.*)$/.exec(line);
    if (head) {
      section = head[1];
      defaults = head[2].split(/\s+/).filter((o) => o !== '');
      continue;
    }
    const [pattern, ...owners] = tokens(line);
    rules.push({ section, pattern, owners: owners.length > 0 ? owners : defaults });
  }
  return rules;
}

/** Owners per section of a repository path: the last matching rule of each section wins. */
function ownersOf(rules: readonly Rule[], file: string): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const r of rules) {
    const p = r.pattern;
    const hit = p === '*' || (p.endsWith('/') ? `/${file}`.startsWith(p) : p === `/${file}`);
    if (hit) out.set(r.section, r.owners);
  }
  return out;
}

describe('CODEOWNERS generator', () => {
  const tenants = [
    { key: 'musterstadt', file: 'infra fleet/kommunen/musterstadt.yaml' },
    { key: 'hahn', file: 'infra fleet/kommunen/hahn.yaml' },
    { key: 'hahn-am-see', file: 'infra fleet/kommunen/hahn-am-see.yaml' },
  ];
  const input = {
    source: 'infra fleet/fleet.yaml',
    fleetFile: 'infra fleet/fleet.yaml',
    lockFile: 'infra fleet/fleet.lock.yaml',
    tenantsDir: 'infra fleet/kommunen',
    tenantFiles: tenants,
    platformTeam: '@kommunal/platform',
  };

  it('gives every tenant file, the fleet, the lock, the tenants folder and CODEOWNERS itself to the platform team', () => {
    const rules = readCodeowners(generateCodeowners(input));
    for (const f of [...tenants.map((t) => t.file), 'infra fleet/fleet.yaml', 'infra fleet/fleet.lock.yaml', 'infra fleet/kommunen/new-tenant.yaml', 'CODEOWNERS', '.gitlab-ci.yml', 'package.json']) {
      expect([f, ownersOf(rules, f)]).toEqual([f, new Map([['Platform', ['@kommunal/platform']]])]);
    }
  });

  it('adds a separate section per tenant group: a tenant file needs the platform team and its own group, not a look-alike', () => {
    const rules = readCodeowners(generateCodeowners({ ...input, tenantGroupPrefix: '@kommunen' }));
    for (const t of tenants) {
      expect(ownersOf(rules, t.file)).toEqual(new Map([['Platform', ['@kommunal/platform']], ['Tenants', [`@kommunen/${t.key}`]]]));
    }
    expect(ownersOf(rules, 'infra fleet/fleet.yaml')).toEqual(new Map([['Platform', ['@kommunal/platform']]]));
  });

  it('escapes spaces, "#" and glob characters as GitLab requires, and refuses control characters', () => {
    expect(codeownersPattern('infra fleet/kommunen/a.yaml')).toBe('/infra\\ fleet/kommunen/a.yaml');
    expect(codeownersPattern('#infra/[x]*?.yaml')).toBe('/\\#infra/\\[x\\]\\*\\?.yaml');
    expect(codeownersPattern('dir\\name', true)).toBe('/dir\\\\name/');
    expect(() => codeownersPattern('infra\nx @attacker')).toThrow(/control character/);
    expect(() => codeownersPattern('../outside.yaml')).toThrow(/not a path inside the repository/);
    // Every generated line reads back as one pattern (and owners), whatever the folder is called.
    const text = generateCodeowners({ ...input, tenantsDir: '# a [b] *c/kommunen', tenantFiles: [{ key: 'x', file: '# a [b] *c/kommunen/x.yaml' }] });
    expect(ownersOf(readCodeowners(text), '# a [b] *c/kommunen/x.yaml').get('Platform')).toEqual(['@kommunal/platform']);
    expect(text).not.toMatch(/^# a/m);
  });
});

describe('kommunal codeowners', () => {
  let dir: string;
  afterEach(() => cleanup(dir));

  /** A repository with the musterstadt fleet (and a second tenant) in a folder whose name has a space and a "#". */
  const repoWithFleet = (codeowners: string) => {
    const fleet = musterstadtFleet('', { hahn: simpleTenant('hahn', '07135045') });
    dir = tempDir();
    const sub = path.join(dir, 'infra #1 fleet');
    fs.cpSync(fleet, sub, { recursive: true });
    cleanup(fleet);
    fs.appendFileSync(path.join(sub, 'fleet.yaml'), codeowners);
    return sub;
  };

  it('writes CODEOWNERS at the repository root covering every tenant file, and --check finds drift', async () => {
    const sub = repoWithFleet('codeowners:\n  platformTeam: "@kommunal/platform"\n  tenantGroupPrefix: "@kommunen"\n');
    const w = await kommunalInProcess(['codeowners', '--fleet', path.join(sub, 'fleet.yaml')], dir);
    expect(w.stderr).toBe('');
    expect(w.status).toBe(0);
    const rules = readCodeowners(fs.readFileSync(path.join(dir, 'CODEOWNERS'), 'utf8'));
    const files = fs.readdirSync(path.join(sub, 'kommunen')).map((f) => `infra #1 fleet/kommunen/${f}`);
    expect(files).toHaveLength(2);
    for (const f of files) {
      expect(ownersOf(rules, f)).toEqual(new Map([['Platform', ['@kommunal/platform']], ['Tenants', [`@kommunen/${path.basename(f, '.yaml')}`]]]));
    }
    expect((await kommunalInProcess(['codeowners', '--fleet', path.join(sub, 'fleet.yaml'), '--check'], dir)).status).toBe(0);
    fs.appendFileSync(path.join(dir, 'CODEOWNERS'), '/infra\\ \\#1\\ fleet/kommunen/hahn.yaml @hahn-admin\n');
    const drift = await kommunalInProcess(['codeowners', '--fleet', path.join(sub, 'fleet.yaml'), '--check'], dir);
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain('CODEOWNERS differs from the generated file');
  });

  it('refuses to run without codeowners.platformTeam in fleet.yaml', async () => {
    const sub = repoWithFleet('');
    const r = await kommunalInProcess(['codeowners', '--fleet', path.join(sub, 'fleet.yaml')], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('has no "codeowners.platformTeam"');
    expect(fs.existsSync(path.join(dir, 'CODEOWNERS'))).toBe(false);
  });
});
