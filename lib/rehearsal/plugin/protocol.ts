/**
 * Loads the gRPC service definitions of the plugin protocol from the .proto files next to this
 * module (`proto/`: tfplugin6, go-plugin's broker/controller/stdio, grpc health) with
 * @grpc/proto-loader. Parsing the text .proto files was measured against loading a precompiled
 * protobufjs JSON descriptor (`protoLoader.fromJSON`), six alternating runs each on the shared
 * 2-core machine, from process start to a loaded package: median about 280 ms against 240 ms, with
 * both ranging over 200–550 ms under load. The ~40 ms gain did not pay for a generated file and a
 * check that it stays in sync, so the .proto files stay the only source.
 */
import * as path from 'path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

/** The .proto files of the package, relative to `PROTO_DIR`. */
export const PROTO_FILES = ['tfplugin6.proto', 'grpc_broker.proto', 'grpc_controller.proto', 'grpc_stdio.proto', 'health.proto'] as const;

/** Where the .proto files are (copied next to the compiled JS by scripts/copy-assets.js). */
export const PROTO_DIR = path.join(__dirname, 'proto');

/**
 * proto-loader options: field names as in the .proto (snake_case), 64-bit integers as JS numbers,
 * enums as numbers, bytes as Buffers, unset scalar fields with their defaults, `oneofs` so that the
 * set member of a oneof is named.
 */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: Number,
  bytes: Buffer,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

/** The service definitions the server registers (and tests use to build clients). */
export interface PluginServices {
  readonly provider: grpc.ServiceDefinition;
  readonly controller: grpc.ServiceDefinition;
  readonly broker: grpc.ServiceDefinition;
  readonly stdio: grpc.ServiceDefinition;
  readonly health: grpc.ServiceDefinition;
  /** The loaded package tree, for building typed-less clients (`makeClientConstructor`). */
  readonly packageObject: grpc.GrpcObject;
}

let cached: PluginServices | undefined;

function service(obj: grpc.GrpcObject, dotted: string): grpc.ServiceDefinition {
  let cur: unknown = obj;
  for (const part of dotted.split('.')) cur = (cur as Record<string, unknown>)[part];
  const svc = (cur as { service?: grpc.ServiceDefinition } | undefined)?.service;
  if (!svc) throw new Error(`service ${dotted} not found in the plugin .proto files`);
  return svc;
}

/** Loads (once per process) and returns the plugin protocol's services. */
export function loadPluginServices(): PluginServices {
  if (cached) return cached;
  const def = protoLoader.loadSync([...PROTO_FILES], LOADER_OPTIONS);
  const packageObject = grpc.loadPackageDefinition(def);
  cached = {
    provider: service(packageObject, 'tfplugin6.Provider'),
    controller: service(packageObject, 'plugin.GRPCController'),
    broker: service(packageObject, 'plugin.GRPCBroker'),
    stdio: service(packageObject, 'plugin.GRPCStdio'),
    health: service(packageObject, 'grpc.health.v1.Health'),
    packageObject,
  };
  return cached;
}
