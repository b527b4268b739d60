/**
 * Test helpers of the plugin-protocol tests: a gRPC client that connects to a plugin the way
 * terraform does (unix socket, mTLS with the server certificate from the handshake line and a
 * client certificate passed in PLUGIN_CLIENT_CERT), the compiled fixture's path, and temp folders.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { X509Certificate } from 'crypto';
import * as grpc from '@grpc/grpc-js';
import { generateServerCertificate, type ServerCertificate } from '../../../lib/rehearsal/plugin/certificate';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../../../lib/rehearsal/plugin/handshake';
import { loadPluginServices } from '../../../lib/rehearsal/plugin/protocol';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
/** The compiled test provider entry (npm run build compiles test/** to dist/test/**). */
export const FIXTURE_ENTRY = path.join(REPO_ROOT, 'dist/test/rehearsal/plugin/fixtures/serve-test-provider.js');

/** Fails with a clear message when the compiled fixture is missing. */
export function requireBuiltFixture(): string {
  if (!fs.existsSync(FIXTURE_ENTRY) || !fs.existsSync(path.join(REPO_ROOT, 'dist/lib/rehearsal/plugin/proto/tfplugin6.proto'))) {
    throw new Error(`${path.relative(REPO_ROOT, FIXTURE_ENTRY)} (or the copied .proto files) is missing: run npm run build first`);
  }
  return FIXTURE_ENTRY;
}

/** A temp folder, removed by `cleanup`. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kommunal-${prefix}-`));
}

/** A client key pair as go-plugin's client makes one (self-signed, CN localhost). */
export function clientCertificate(): ServerCertificate {
  return generateServerCertificate();
}

/** The environment terraform gives a provider plugin (AutoMTLS on). */
export function pluginEnv(client: ServerCertificate | undefined, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_MIN_PORT: '0',
    PLUGIN_MAX_PORT: '0',
    ...(client ? { PLUGIN_CLIENT_CERT: client.certPem } : {}),
    ...extra,
  };
}

/** Parsed handshake line. */
export interface Handshake {
  readonly core: string;
  readonly protocol: string;
  readonly network: string;
  readonly address: string;
  readonly transport: string;
  readonly cert: string;
}

export function parseHandshake(line: string): Handshake {
  const parts = line.trim().split('|');
  if (parts.length !== 6) throw new Error(`handshake line has ${parts.length} fields: ${line}`);
  const [core, protocol, network, address, transport, cert] = parts;
  return { core, protocol, network, address, transport, cert };
}

/** PEM of the certificate in a handshake line (base64 DER without padding). */
export function serverCertPem(h: Handshake): string {
  return new X509Certificate(Buffer.from(h.cert, 'base64')).toString();
}

type AnyClient = grpc.Client & Record<string, (req: unknown, cb: (err: grpc.ServiceError | null, res: unknown) => void) => grpc.ClientUnaryCall>;

/** Clients of every service of a plugin, connected like terraform connects. */
export interface PluginClients {
  readonly provider: AnyClient;
  readonly controller: AnyClient;
  readonly health: AnyClient;
  readonly broker: grpc.Client;
  close(): void;
}

export function connect(h: Handshake, client: ServerCertificate | undefined): PluginClients {
  const services = loadPluginServices();
  const creds = client
    ? grpc.credentials.createSsl(Buffer.from(serverCertPem(h)), Buffer.from(client.keyPem), Buffer.from(client.certPem))
    : grpc.credentials.createInsecure();
  const opts = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' };
  const make = (svc: grpc.ServiceDefinition, name: string): AnyClient => {
    const Ctor = grpc.makeGenericClientConstructor(svc as grpc.ServiceDefinition<grpc.UntypedServiceImplementation>, name);
    return new Ctor(`unix://${h.address}`, creds, opts) as unknown as AnyClient;
  };
  const provider = make(services.provider, 'Provider');
  const controller = make(services.controller, 'GRPCController');
  const health = make(services.health, 'Health');
  const broker = make(services.broker, 'GRPCBroker');
  return {
    provider,
    controller,
    health,
    broker,
    close: () => {
      for (const c of [provider, controller, health, broker]) c.close();
    },
  };
}

/** A unary call as a promise. */
export function call<T = Record<string, unknown>>(c: AnyClient, method: string, req: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    c[method](req, (err, res) => (err ? reject(err) : resolve(res as T)));
  });
}
