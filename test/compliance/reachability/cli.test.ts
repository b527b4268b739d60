import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import { main } from '../../../lib/cli/main';
import { LANDKREIS, MUSTERSTADT } from '../fixtures';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd: process.cwd() });
  return { code, stdout, stderr };
}

describe('kommunal reachability', () => {
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reach-cli-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('proves the example fleet clean, checks the cluster traffic and writes the network plans', async () => {
    const r = await run(['reachability', '--fleet', path.join(MUSTERSTADT, 'fleet.yaml'), '--out', tmp]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The edge, two directory servers, the file server and the Fachverfahren, each against its
    // profile's platform services (one path per service, protocol and address: DNS udp and tcp at
    // two resolvers, NTP, mirror, log collector = 7; the app adds Vault = 8; the edge from its uplink = 7).
    expect(r.stdout).toMatch(/^musterstadt: qinq, 5 segments, 5 guests; \d+ declared flow targets, 60 segment pairs x protocols, 36 service paths checked; 0 counter-example\(s\)$/m);
    expect(r.stdout).toMatch(/^cluster traffic: \d+ flows checked, 0 cut$/m);
    const svg = fs.readFileSync(path.join(tmp, 'musterstadt', 'network-plan.svg'), 'utf8');
    const errors: string[] = [];
    new DOMParser({ onError: (_l, m) => { errors.push(m); } }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(fs.readFileSync(path.join(tmp, 'musterstadt', 'network-flows.md'), 'utf8')).toContain('| **servers** |');
  });

  it('the README\'s network plan of musterstadt (docs/images/musterstadt-network-plan.svg) is what the command writes now', async () => {
    const r = await run(['reachability', '--fleet', path.join(MUSTERSTADT, 'fleet.yaml'), '--tenant', 'musterstadt', '--out', tmp]);
    expect(r.code).toBe(0);
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'images', 'musterstadt-network-plan.svg'), 'utf8');
    // Regenerate: node bin/kommunal.js reachability --fleet examples/musterstadt/fleet.yaml --tenant musterstadt --out <dir>,
    // then copy <dir>/musterstadt/network-plan.svg to docs/images/musterstadt-network-plan.svg.
    expect(fs.readFileSync(path.join(tmp, 'musterstadt', 'network-plan.svg'), 'utf8')).toBe(committed);
    expect(committed).toContain('Guests_edge_0');
  });

  it('--json lists every tenant with its matrix', async () => {
    const r = await run(['reachability', '--fleet', path.join(LANDKREIS, 'fleet.yaml'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { tenants: { tenant: string; matrix: unknown[] }[]; violations: number };
    expect(out.violations).toBe(0);
    expect(out.tenants.length).toBeGreaterThan(1);
    expect(out.tenants.every((t) => t.matrix.length > 0)).toBe(true);
  });

  it('a missing fleet file is a usage error', async () => {
    const r = await run(['reachability', '--fleet', path.join(tmp, 'nope.yaml')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('no such file');
  });
});
