/**
 * The plugin server: serves a `ShadowProvider` to terraform over tfplugin6 (gRPC on a unix socket,
 * go-plugin handshake, AutoMTLS). Every RPC of protocol 6.8 is dispatched to the provider; values
 * are converted by the codec, schemas and diagnostics by schema-convert. A provider method that
 * throws, or a value that does not fit its schema, becomes an error diagnostic naming the RPC and
 * the type, never a crash. Knows nothing about Proxmox or Vault.
 *
 * `servePlugin` is the embeddable part (environment, stdout and log injected; used by tests in
 * process); `runPlugin` is the process entry that a launcher calls: it reads the real environment,
 * exits 1 with a message on a failed handshake, and exits 0 when terraform shuts the plugin down or
 * goes away.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as grpc from '@grpc/grpc-js';
import type { Diagnostic, PathStep, ShadowProvider, Value } from '../provider-api';
import { CodecError, decodeDynamicValue, encodeDynamicValue, type WireDynamicValue } from './codec';
import { schemaType, type CtyType } from './cty-type';
import { defaultCertificateCacheDir, loadOrCreateServerCertificate, type CertificateSource } from './certificate';
import { checkMagicCookie, handshakeLine, HandshakeError, makeSocketPath, negotiateProtocol, tlsMode } from './handshake';
import { loadPluginServices } from './protocol';
import { toProtoDiagnostics, toProtoPath, toProtoSchema, toProtoSchemaMap } from './schema-convert';

/** How `servePlugin` reaches the outside world; every field has a process default. */
export interface ServeOptions {
  /** The environment of the handshake. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Receives the one handshake line (with its newline). @default writes to process.stdout */
  readonly writeHandshake?: (line: string) => void;
  /** Receives log lines (without newline). @default `KOMMUNAL_SHADOW_LOG` file if set, else stderr */
  readonly log?: (line: string) => void;
  /** Where the server certificate is cached. @default `$XDG_CACHE_HOME/kommunal-cdk` or `~/.cache/kommunal-cdk` */
  readonly certificateCacheDir?: string;
}

/** A running plugin server. */
export interface PluginServer {
  /** The handshake line as printed (without newline). */
  readonly handshake: string;
  readonly socketPath: string;
  /** Whether TLS is served, and where the certificate came from. */
  readonly tls: false | CertificateSource;
  /** Settles with the reason once the server has stopped (Shutdown RPC or `stop`). */
  readonly stopped: Promise<string>;
  /** Stops the server (idempotent): closes connections, calls `provider.stop()`, removes the socket. */
  stop(reason: string): Promise<string>;
}

/** Size limit for messages terraform sends (large states); terraform's own client allows 64 MiB and more. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

function makeLogger(env: NodeJS.ProcessEnv): (line: string) => void {
  const file = env.KOMMUNAL_SHADOW_LOG;
  if (file && file !== '') {
    return (line) => {
      try {
        fs.appendFileSync(file, `${line}\n`);
      } catch {
        process.stderr.write(`${line}\n`);
      }
    };
  }
  return (line) => process.stderr.write(`${line}\n`);
}

type Kind = 'resource' | 'data source' | 'ephemeral resource';

/** Resolves a type name to its cty type, remembering each one. */
class TypeTable {
  private readonly memo = new Map<string, CtyType>();
  constructor(private readonly provider: ShadowProvider) {}

  providerType(): CtyType {
    return this.lookup('provider', '', () => this.provider.schema.provider);
  }

  of(kind: Kind, typeName: string): CtyType {
    const table =
      kind === 'resource'
        ? this.provider.schema.resource_schemas
        : kind === 'data source'
          ? this.provider.schema.data_source_schemas
          : this.provider.schema.ephemeral_resource_schemas;
    return this.lookup(kind, typeName, () => table?.[typeName]);
  }

  private lookup(kind: string, typeName: string, get: () => Parameters<typeof schemaType>[0] | undefined): CtyType {
    const key = `${kind}\u0000${typeName}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const schema = get();
    if (!schema) throw new UnknownTypeError(kind, typeName);
    const t = schemaType(schema, typeName || 'provider');
    this.memo.set(key, t);
    return t;
  }
}

class UnknownTypeError extends Error {
  constructor(
    readonly kind: string,
    readonly typeName: string,
  ) {
    super(`this provider has no ${kind} type ${JSON.stringify(typeName)}`);
  }
}

/** The error diagnostic for a failure inside an RPC, naming the RPC and type. */
export function failureDiagnostic(rpc: string, typeName: string, err: unknown): Diagnostic {
  const where = typeName ? `${rpc} for ${typeName}` : rpc;
  if (err instanceof CodecError) {
    return {
      severity: 'error',
      summary: `Shadow provider: value does not fit the schema in ${where}`,
      detail: err.message,
      ...(err.path.length > 0 ? { path: err.path } : {}),
    };
  }
  if (err instanceof UnknownTypeError) {
    return { severity: 'error', summary: `Shadow provider: unknown type in ${where}`, detail: err.message };
  }
  const msg = err instanceof Error ? err.message : String(err);
  return { severity: 'error', summary: `Shadow provider failed in ${where}`, detail: msg };
}

type Handler = (req: Record<string, unknown>) => Promise<Record<string, unknown>>;

function rawStateJson(raw: unknown): unknown {
  const r = raw as { json?: Buffer | null; flatmap?: Record<string, string> } | null | undefined;
  if (r?.json && r.json.length > 0) return JSON.parse(r.json.toString('utf8'));
  if (r?.flatmap && Object.keys(r.flatmap).length > 0) {
    throw new Error('flatmap states (terraform 0.11 and older) are not supported by the shadow providers');
  }
  return null;
}

function buf(b: unknown): Buffer {
  return Buffer.isBuffer(b) ? b : b instanceof Uint8Array ? Buffer.from(b) : Buffer.alloc(0);
}

function dv(x: unknown): WireDynamicValue | null {
  return (x as WireDynamicValue | null | undefined) ?? null;
}

/**
 * The tfplugin6.Provider handlers, one per RPC. Each returns the response message; failures are
 * turned into diagnostics by `wrap`.
 */
function providerHandlers(provider: ShadowProvider, log: (l: string) => void): Record<string, grpc.UntypedHandleCall> {
  const types = new TypeTable(provider);
  const schema = provider.schema;
  const capabilities = { plan_destroy: true, get_provider_schema_optional: true, move_resource_state: true };
  const names = (t: Readonly<Record<string, unknown>> | undefined): string[] => Object.keys(t ?? {}).sort();

  /** Wraps a handler: any throw becomes an error diagnostic in `diagField` of an otherwise empty response. */
  const wrap = (rpc: string, handler: Handler, diagField: string | ((d: Diagnostic) => Record<string, unknown>) = 'diagnostics'): grpc.handleUnaryCall<Record<string, unknown>, Record<string, unknown>> => {
    return (call, callback) => {
      const req = call.request;
      const typeName = typeof req.type_name === 'string' ? req.type_name : typeof req.target_type_name === 'string' ? req.target_type_name : '';
      handler(req).then(
        (res) => callback(null, res),
        (err: unknown) => {
          const d = failureDiagnostic(rpc, typeName, err);
          // The diagnostic carries the message; the log keeps the stack for whoever debugs the engine.
          log(`${rpc}${typeName ? ` ${typeName}` : ''}: ${d.summary}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
          callback(null, typeof diagField === 'string' ? { [diagField]: toProtoDiagnostics([d]) } : diagField(d));
        },
      );
    };
  };

  const diags = (d: readonly Diagnostic[]): unknown[] => toProtoDiagnostics(d);
  let schemaResponse: Record<string, unknown> | undefined;

  const handlers: Record<string, Handler> = {
    async GetMetadata() {
      return {
        server_capabilities: capabilities,
        diagnostics: [],
        data_sources: names(schema.data_source_schemas).map((type_name) => ({ type_name })),
        resources: names(schema.resource_schemas).map((type_name) => ({ type_name })),
        functions: [],
        ephemeral_resources: names(schema.ephemeral_resource_schemas).map((type_name) => ({ type_name })),
      };
    },
    async GetProviderSchema() {
      // The schema is fixed for the life of the process; converting bpg/proxmox's takes ~85 ms.
      schemaResponse ??= {
        provider: toProtoSchema(schema.provider),
        resource_schemas: toProtoSchemaMap(schema.resource_schemas),
        data_source_schemas: toProtoSchemaMap(schema.data_source_schemas),
        ephemeral_resource_schemas: toProtoSchemaMap(schema.ephemeral_resource_schemas),
        functions: {},
        diagnostics: [],
        server_capabilities: capabilities,
      };
      return schemaResponse;
    },
    async ValidateProviderConfig(req) {
      const config = decodeDynamicValue(dv(req.config), types.providerType());
      return { diagnostics: diags(await provider.validateProviderConfig(config)) };
    },
    async ValidateResourceConfig(req) {
      const typeName = String(req.type_name);
      const config = decodeDynamicValue(dv(req.config), types.of('resource', typeName));
      return { diagnostics: diags(await provider.validateResourceConfig(typeName, config)) };
    },
    async ValidateDataResourceConfig(req) {
      const typeName = String(req.type_name);
      const config = decodeDynamicValue(dv(req.config), types.of('data source', typeName));
      return { diagnostics: diags(await provider.validateDataResourceConfig(typeName, config)) };
    },
    async ValidateEphemeralResourceConfig(req) {
      const typeName = String(req.type_name);
      const config = decodeDynamicValue(dv(req.config), types.of('ephemeral resource', typeName));
      return { diagnostics: diags(await provider.validateEphemeralResourceConfig(typeName, config)) };
    },
    async UpgradeResourceState(req) {
      const typeName = String(req.type_name);
      const type = types.of('resource', typeName);
      const res = await provider.upgradeResourceState(typeName, Number(req.version ?? 0), rawStateJson(req.raw_state));
      return { upgraded_state: encodeDynamicValue(res.state, type), diagnostics: diags(res.diagnostics) };
    },
    async ConfigureProvider(req) {
      const config = decodeDynamicValue(dv(req.config), types.providerType());
      return { diagnostics: diags(await provider.configureProvider(config, String(req.terraform_version ?? ''))) };
    },
    async ReadResource(req) {
      const typeName = String(req.type_name);
      const type = types.of('resource', typeName);
      const current = decodeDynamicValue(dv(req.current_state), type);
      const res = await provider.readResource(typeName, current, buf(req.private));
      return { new_state: encodeDynamicValue(res.state, type), private: res.private, diagnostics: diags(res.diagnostics) };
    },
    async PlanResourceChange(req) {
      const typeName = String(req.type_name);
      const type = types.of('resource', typeName);
      const res = await provider.planResourceChange(typeName, {
        prior: decodeDynamicValue(dv(req.prior_state), type),
        proposed: decodeDynamicValue(dv(req.proposed_new_state), type),
        config: decodeDynamicValue(dv(req.config), type),
        priorPrivate: buf(req.prior_private),
      });
      return {
        planned_state: encodeDynamicValue(res.planned, type),
        requires_replace: res.requiresReplace.map((p: readonly PathStep[]) => toProtoPath(p)),
        planned_private: res.private,
        diagnostics: diags(res.diagnostics),
        legacy_type_system: res.legacyTypeSystem,
      };
    },
    async ApplyResourceChange(req) {
      const typeName = String(req.type_name);
      const type = types.of('resource', typeName);
      const res = await provider.applyResourceChange(typeName, {
        prior: decodeDynamicValue(dv(req.prior_state), type),
        planned: decodeDynamicValue(dv(req.planned_state), type),
        config: decodeDynamicValue(dv(req.config), type),
        plannedPrivate: buf(req.planned_private),
      });
      return {
        new_state: encodeDynamicValue(res.newState, type),
        private: res.private,
        diagnostics: diags(res.diagnostics),
        legacy_type_system: res.legacyTypeSystem,
      };
    },
    async ImportResourceState(req) {
      const typeName = String(req.type_name);
      types.of('resource', typeName);
      const res = await provider.importResourceState(typeName, String(req.id ?? ''));
      return {
        imported_resources: res.imported.map((r) => ({
          type_name: r.typeName,
          state: encodeDynamicValue(r.state, types.of('resource', r.typeName)),
          private: r.private,
        })),
        diagnostics: diags(res.diagnostics),
      };
    },
    async MoveResourceState(req) {
      const target = String(req.target_type_name);
      const type = types.of('resource', target);
      const res = await provider.moveResourceState({
        sourceProviderAddress: String(req.source_provider_address ?? ''),
        sourceTypeName: String(req.source_type_name ?? ''),
        sourceSchemaVersion: Number(req.source_schema_version ?? 0),
        sourceState: rawStateJson(req.source_state),
        sourcePrivate: buf(req.source_private),
        targetTypeName: target,
      });
      return { target_state: encodeDynamicValue(res.targetState, type), target_private: res.targetPrivate, diagnostics: diags(res.diagnostics) };
    },
    async ReadDataSource(req) {
      const typeName = String(req.type_name);
      const type = types.of('data source', typeName);
      const res = await provider.readDataSource(typeName, decodeDynamicValue(dv(req.config), type));
      return { state: encodeDynamicValue(res.state, type), diagnostics: diags(res.diagnostics) };
    },
    async OpenEphemeralResource(req) {
      const typeName = String(req.type_name);
      const type = types.of('ephemeral resource', typeName);
      const res = await provider.openEphemeralResource(typeName, decodeDynamicValue(dv(req.config), type));
      return { result: encodeDynamicValue(res.result, type), diagnostics: diags(res.diagnostics) };
    },
    async RenewEphemeralResource() {
      // OpenEphemeralResource never sets renew_at, so terraform has no reason to renew.
      return { diagnostics: [] };
    },
    async CloseEphemeralResource() {
      return { diagnostics: [] };
    },
    async GetFunctions() {
      return { functions: {}, diagnostics: [] };
    },
    async CallFunction(req) {
      return { error: { text: `this provider has no functions (called ${JSON.stringify(req.name ?? '')})` } };
    },
    async StopProvider() {
      await provider.stop();
      return { Error: '' };
    },
  };

  const out: Record<string, grpc.UntypedHandleCall> = {};
  for (const [rpc, h] of Object.entries(handlers)) {
    if (rpc === 'CallFunction') out[rpc] = wrap(rpc, h, (d) => ({ error: { text: `${d.summary}: ${d.detail ?? ''}` } }));
    else if (rpc === 'StopProvider') out[rpc] = wrap(rpc, h, (d) => ({ Error: `${d.summary}: ${d.detail ?? ''}` }));
    else out[rpc] = wrap(rpc, h);
  }
  return out;
}

/**
 * Starts serving `provider` after the go-plugin handshake checks (throws `HandshakeError` when
 * they fail) and writes the handshake line. Resolves once the socket listens.
 */
export async function servePlugin(provider: ShadowProvider, options: ServeOptions = {}): Promise<PluginServer> {
  const env = options.env ?? process.env;
  const log = options.log ?? makeLogger(env);
  const writeHandshake = options.writeHandshake ?? ((line: string) => void process.stdout.write(line));

  checkMagicCookie(env);
  const { notes } = negotiateProtocol(env);
  for (const n of notes) log(n);
  const mode = tlsMode(env);

  let credentials: grpc.ServerCredentials;
  let certDer: Buffer | undefined;
  let tlsSource: false | CertificateSource = false;
  if (mode.tls) {
    const cacheDir = options.certificateCacheDir ?? defaultCertificateCacheDir(env, os.homedir());
    const { certificate, source, cacheError } = loadOrCreateServerCertificate(cacheDir);
    if (cacheError) log(`could not cache the server certificate in ${cacheDir}: ${cacheError}`);
    credentials = grpc.ServerCredentials.createSsl(
      Buffer.from(mode.clientCertPem),
      [{ private_key: Buffer.from(certificate.keyPem), cert_chain: Buffer.from(certificate.certPem) }],
      true,
    );
    certDer = certificate.certDer;
    tlsSource = source;
  } else {
    credentials = grpc.ServerCredentials.createInsecure();
  }

  const services = loadPluginServices();
  const server = new grpc.Server({ 'grpc.max_receive_message_length': MAX_MESSAGE_BYTES, 'grpc.max_send_message_length': MAX_MESSAGE_BYTES });
  const { socketPath, dir } = makeSocketPath(env);

  let resolveStopped!: (reason: string) => void;
  const stopped = new Promise<string>((r) => (resolveStopped = r));
  let stopping: Promise<string> | undefined;
  const openStreams = new Set<grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>>();

  const stop = (reason: string): Promise<string> => {
    if (stopping) return stopping;
    stopping = (async () => {
      log(`stopping: ${reason}`);
      for (const s of openStreams) s.end();
      // Let calls in flight (the Shutdown answer itself) finish, then close hard after 1 s.
      await new Promise<void>((resolve) => {
        const hard = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 1000);
        server.tryShutdown(() => {
          clearTimeout(hard);
          resolve();
        });
      });
      try {
        await provider.stop();
      } catch (e) {
        log(`provider.stop failed: ${(e as Error).message}`);
      }
      fs.rmSync(dir, { recursive: true, force: true });
      resolveStopped(reason);
      return reason;
    })();
    return stopping;
  };

  server.addService(services.provider, providerHandlers(provider, log));
  // go-plugin grpc_controller.go:20-26: Shutdown answers, then stops the server.
  server.addService(services.controller, {
    Shutdown: (_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      callback(null, {});
      setImmediate(() => void stop('GRPCController.Shutdown'));
    },
  });
  // The broker (grpc_broker.go) opens sub-connections for plugins that call back; providers never
  // do, so the stream is accepted and kept open until the client ends it.
  server.addService(services.broker, {
    StartStream: (stream: grpc.ServerDuplexStream<unknown, unknown>) => {
      openStreams.add(stream);
      stream.on('data', () => undefined);
      stream.on('end', () => {
        openStreams.delete(stream);
        stream.end();
      });
      stream.on('error', () => openStreams.delete(stream));
      stream.on('cancelled', () => openStreams.delete(stream));
    },
  });
  // Stdio forwarding (grpc_stdio.go): our stdout/stderr never carry provider output, so nothing is sent.
  server.addService(services.stdio, {
    StreamStdio: (stream: grpc.ServerWritableStream<unknown, unknown>) => {
      openStreams.add(stream);
      stream.on('cancelled', () => openStreams.delete(stream));
      stream.on('error', () => openStreams.delete(stream));
    },
  });
  // go-plugin grpc_server.go:78-82 reports service "plugin" as SERVING; the empty name is the server.
  const healthStatus = (service: unknown): number | undefined => (service === '' || service === 'plugin' ? 1 : undefined);
  server.addService(services.health, {
    Check: (call: grpc.ServerUnaryCall<{ service?: string }, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      const status = healthStatus(call.request.service ?? '');
      if (status === undefined) callback({ code: grpc.status.NOT_FOUND, details: `unknown service ${call.request.service}` });
      else callback(null, { status });
    },
    List: (_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      callback(null, { statuses: { '': { status: 1 }, plugin: { status: 1 } } });
    },
    Watch: (stream: grpc.ServerWritableStream<{ service?: string }, unknown>) => {
      openStreams.add(stream);
      stream.write({ status: healthStatus(stream.request.service ?? '') ?? 3 });
      stream.on('cancelled', () => openStreams.delete(stream));
    },
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.bindAsync(`unix://${socketPath}`, credentials, (err) => (err ? reject(err) : resolve()));
    });
  } catch (e) {
    server.forceShutdown();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const handshake = handshakeLine(socketPath, certDer);
  writeHandshake(`${handshake}\n`);
  log(`serving protocol 6 on ${socketPath} (${tlsSource ? `mTLS, certificate from ${tlsSource}` : 'no TLS'})`);
  return { handshake, socketPath, tls: tlsSource, stopped, stop };
}

/** Options of the process entry. */
export interface RunOptions {
  /**
   * Exit when standard input reaches end-of-file. Off by default: go-plugin hands the plugin
   * terraform's own stdin (client.go:660 `cmd.Stdin = os.Stdin`), so reading it could steal input
   * meant for terraform (an approval typed or piped in), and its end does not mean terraform has
   * gone. Turn it on only when the launcher's caller holds a pipe open for the plugin's lifetime.
   */
  readonly exitOnStdinEnd?: boolean;
  /** How often to check that the parent process still lives, in ms. @default 1000 */
  readonly parentPollMs?: number;
}

/**
 * The process entry of a shadow provider: serves `provider` with the real environment and exits 0
 * when terraform calls GRPCController.Shutdown (go-plugin grpc_client.go:105-109 does so on every
 * Kill), when the parent process dies (we are re-parented; go-plugin itself has no such check,
 * its client kills the plugin 2 s after Shutdown, client.go:556-570), on SIGTERM, or, if asked,
 * at the end of stdin. SIGINT is ignored as go-plugin's server.go:460-473 does: terraform forwards
 * Ctrl-C to its process group and then stops the provider through the protocol. A failed
 * handshake prints its message to stderr and exits 1.
 */
export async function runPlugin(provider: ShadowProvider, options: RunOptions = {}): Promise<void> {
  const env = process.env;
  const log = makeLogger(env);
  // Nothing but the handshake line may reach stdout (go-plugin client.go:820-840 reads it).
  const toLog = (...args: unknown[]): void => log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  console.log = toLog;
  console.info = toLog;
  console.debug = toLog;
  let srv: PluginServer;
  try {
    srv = await servePlugin(provider, { env, log });
  } catch (e) {
    if (e instanceof HandshakeError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`Error preparing plugin: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  }
  process.on('SIGINT', () => log('ignoring SIGINT; waiting for terraform to stop the provider'));
  // A failure outside any RPC (a timer or stray promise of the engine) is logged; the plugin keeps
  // serving, and the RPCs report their own failures as diagnostics.
  process.on('uncaughtException', (e) => log(`uncaught exception: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => log(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  process.on('SIGTERM', () => void srv.stop('SIGTERM'));
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) void srv.stop(`parent process ${parent} exited`);
  }, options.parentPollMs ?? 1000);
  if (options.exitOnStdinEnd) {
    process.stdin.on('data', () => undefined);
    process.stdin.on('end', () => void srv.stop('stdin closed'));
    process.stdin.on('error', () => void srv.stop('stdin closed'));
  }
  const reason = await srv.stopped;
  clearInterval(timer);
  log(`exiting: ${reason}`);
  process.exit(0);
}
