/**
 * The go-plugin handshake of a spawned plugin process (the compiled test provider): the cookie
 * check, protocol negotiation, the one stdout line, TLS on and off, the certificate cache, and the
 * ways the process ends (GRPCController.Shutdown, parent death, end of stdin when asked).
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { X509Certificate } from 'crypto';
import { handshakeLine, negotiateProtocol, tlsMode } from '../../../lib/rehearsal/plugin/handshake';
import { loadOrCreateServerCertificate } from '../../../lib/rehearsal/plugin/certificate';
import { call, clientCertificate, connect, parseHandshake, pluginEnv, requireBuiltFixture, tempDir } from './helpers';

interface Spawned {
  readonly child: ChildProcess;
  readonly firstLine: Promise<string>;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

const children: ChildProcess[] = [];

function spawnPlugin(env: NodeJS.ProcessEnv, stdin: 'ignore' | 'pipe' = 'ignore'): Spawned {
  const entry = requireBuiltFixture();
  const child = spawn(process.execPath, [entry], { env: { PATH: process.env.PATH, ...env }, stdio: [stdin, 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  let resolveLine!: (l: string) => void;
  const firstLine = new Promise<string>((r) => (resolveLine = r));
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (stdout.includes('\n')) resolveLine(stdout.slice(0, stdout.indexOf('\n')));
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => {
      resolveLine(stdout);
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return { child, firstLine, exit };
}

/** True while `pid` runs (a zombie, exited but not yet reaped by its new parent, counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return cond();
}

let dir: string;
beforeAll(() => {
  requireBuiltFixture();
  dir = tempDir('plugin-handshake');
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('handshake (pure functions)', () => {
  it('negotiates 6 from the list terraform sends and from no list at all', () => {
    expect(negotiateProtocol({ PLUGIN_PROTOCOL_VERSIONS: '5,6' }).version).toBe(6);
    expect(negotiateProtocol({}).version).toBe(6);
    expect(negotiateProtocol({ PLUGIN_PROTOCOL_VERSIONS: 'x,6' }).notes).toEqual(['ignoring invalid plugin protocol version "x"']);
  });

  it('fails when the client offers no protocol 6', () => {
    expect(() => negotiateProtocol({ PLUGIN_PROTOCOL_VERSIONS: '4,5' })).toThrow(/speaks only plugin protocol 6.*offered 4, 5/);
  });

  it('turns TLS off with TF_DISABLE_PLUGIN_TLS or without a client certificate', () => {
    expect(tlsMode({ PLUGIN_CLIENT_CERT: 'pem', TF_DISABLE_PLUGIN_TLS: '1' })).toEqual({ tls: false });
    expect(tlsMode({})).toEqual({ tls: false });
    expect(tlsMode({ PLUGIN_CLIENT_CERT: 'pem' })).toEqual({ tls: true, clientCertPem: 'pem' });
  });

  it('writes the certificate as base64 DER without padding', () => {
    const der = Buffer.from([1, 2, 3, 4]);
    expect(handshakeLine('/s', der)).toBe('1|6|unix|/s|grpc|AQIDBA');
    expect(handshakeLine('/s', undefined)).toBe('1|6|unix|/s|grpc|');
  });

  it('caches the certificate with mode 0600 and reuses it; ignores a cache others can read', () => {
    const cache = path.join(dir, 'pure-cache');
    const first = loadOrCreateServerCertificate(cache);
    expect(first.source).toBe('generated');
    const file = path.join(cache, 'shadow-plugin-tls.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const second = loadOrCreateServerCertificate(cache);
    expect(second.source).toBe('cache');
    expect(second.certificate.certDer.equals(first.certificate.certDer)).toBe(true);
    fs.chmodSync(file, 0o644);
    expect(loadOrCreateServerCertificate(cache).source).toBe('generated');
    const x = new X509Certificate(first.certificate.certPem);
    expect(x.subject).toContain('CN=localhost');
    expect(x.subjectAltName).toBe('DNS:localhost');
    expect(x.ca).toBe(true);
  });
});

describe('spawned plugin process', () => {
  it('fails without the magic cookie: exit 1, a message on stderr, nothing on stdout', async () => {
    const p = spawnPlugin({ PLUGIN_PROTOCOL_VERSIONS: '5,6' });
    const r = await p.exit;
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is a Terraform provider plugin');
    expect(r.stderr).toContain('TF_PLUGIN_MAGIC_COOKIE');
  });

  it('fails with an unsupported protocol list: exit 1 and a message', async () => {
    const p = spawnPlugin(pluginEnv(undefined, { PLUGIN_PROTOCOL_VERSIONS: '4,5' }));
    const r = await p.exit;
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('speaks only plugin protocol 6');
  });

  it('prints exactly one handshake line with the server certificate, serves mTLS and exits 0 on Shutdown', async () => {
    const client = clientCertificate();
    const env = pluginEnv(client, { PLUGIN_UNIX_SOCKET_DIR: dir, XDG_CACHE_HOME: path.join(dir, 'xdg'), KOMMUNAL_SHADOW_LOG: path.join(dir, 'plugin.log') });
    const p = spawnPlugin(env);
    const line = await p.firstLine;
    expect(line).toMatch(/^1\|6\|unix\|[^|]+\|grpc\|[A-Za-z0-9+/]+$/);
    const h = parseHandshake(line);
    expect(h.address.startsWith(`${dir}/plugin`)).toBe(true);
    const cert = new X509Certificate(Buffer.from(h.cert, 'base64'));
    expect(cert.subject).toContain('CN=localhost');
    expect(fs.statSync(path.join(dir, 'xdg/kommunal-cdk/shadow-plugin-tls.json')).mode & 0o777).toBe(0o600);
    const clients = connect(h, client);
    try {
      expect(await call(clients.health, 'Check', { service: 'plugin' })).toEqual({ status: 1 });
      await call(clients.controller, 'Shutdown', {});
    } finally {
      clients.close();
    }
    const r = await p.exit;
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${line}\n`);
    expect(fs.existsSync(h.address)).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'plugin.log'), 'utf8')).toContain('exiting: GRPCController.Shutdown');
  });

  it('serves without TLS and an empty certificate field when TF_DISABLE_PLUGIN_TLS is set', async () => {
    const p = spawnPlugin(pluginEnv(clientCertificate(), { TF_DISABLE_PLUGIN_TLS: '1', PLUGIN_UNIX_SOCKET_DIR: dir }));
    const line = await p.firstLine;
    expect(line).toMatch(/^1\|6\|unix\|[^|]+\|grpc\|$/);
    const clients = connect(parseHandshake(line), undefined);
    try {
      await call(clients.controller, 'Shutdown', {});
    } finally {
      clients.close();
    }
    expect((await p.exit).code).toBe(0);
  });

  it('exits when its parent process dies', async () => {
    const entry = requireBuiltFixture();
    // A shell starts the plugin in the background, prints its pid, becomes `sleep` (which holds no
    // pipe of ours), and is then killed.
    const env = { PATH: process.env.PATH, ...pluginEnv(undefined, { TF_DISABLE_PLUGIN_TLS: '1', PLUGIN_UNIX_SOCKET_DIR: dir }) };
    const sh = spawn('/bin/sh', ['-c', `"${process.execPath}" "${entry}" >/dev/null 2>&1 </dev/null & echo $!; exec sleep 60 >/dev/null`], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(sh);
    const pid = await new Promise<number>((resolve) => sh.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
    expect(await waitFor(() => alive(pid), 2000)).toBe(true);
    // Give it time to start serving, then kill the parent.
    await new Promise((r) => setTimeout(r, 1500));
    sh.kill('SIGKILL');
    const gone = await waitFor(() => !alive(pid), 10000);
    if (!gone) process.kill(pid, 'SIGKILL');
    expect(gone).toBe(true);
  });

  it('exits at the end of stdin when the entry asks for it', async () => {
    const p = spawnPlugin(pluginEnv(undefined, { TF_DISABLE_PLUGIN_TLS: '1', PLUGIN_UNIX_SOCKET_DIR: dir, SHADOW_TEST_EXIT_ON_STDIN_END: '1' }), 'pipe');
    await p.firstLine;
    p.child.stdin!.end();
    const r = await p.exit;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('stdin closed');
  });
});
