/**
 * The gRPC service definitions of the plugin protocol, built from the .proto files next to this
 * module (`proto/`: tfplugin6, go-plugin's broker/controller/stdio, grpc health) with protobufjs.
 *
 * Every terraform command starts each provider at least twice (schema, then the graph walk), so a
 * rehearsal starts thousands of provider processes and their start-up time is most of a
 * rehearsal's CPU. @grpc/proto-loader parsed the .proto text and then encoded a descriptor proto
 * for every message (for gRPC reflection, which the plugin protocol does not use): together about
 * half of a provider's start-up before its handshake. Now the build (scripts/copy-assets.js) turns
 * the .proto files into protobufjs' JSON form once (`plugin-protocol.json`), the process loads that
 * with the light protobufjs build, and the method definitions are made here with the same
 * (de)serialisation proto-loader used (`fromObject` + `encode`; `decode` + `toObject` with
 * LOADER_OPTIONS): @grpc/proto-loader 0.8.1 src/index.ts createSerializer/createDeserializer.
 * Measured with `npm run bench:plugin` (bench/plugin-start.ts). Without the JSON (tests run from
 * the TypeScript source) the .proto files are parsed, so they stay the only source.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs/light';

/** The .proto files of the package, relative to `PROTO_DIR`. */
export const PROTO_FILES = ['tfplugin6.proto', 'grpc_broker.proto', 'grpc_controller.proto', 'grpc_stdio.proto', 'health.proto'] as const;

/** Where the .proto files are (copied next to the compiled JS by scripts/copy-assets.js). */
export const PROTO_DIR = path.join(__dirname, 'proto');

/** The protobufjs JSON form of PROTO_FILES that the build writes into PROTO_DIR. */
export const PROTOCOL_JSON = 'plugin-protocol.json';

/**
 * Conversion options (protobufjs `IConversionOptions`, as proto-loader was given them): 64-bit
 * integers as JS numbers, enums as numbers, bytes as Buffers, unset scalar fields with their
 * defaults, `oneofs` so that the set member of a oneof is named. Field names stay as in the .proto
 * (snake_case): the root is parsed with `keepCase`.
 */
export const LOADER_OPTIONS: protobuf.IConversionOptions = {
  longs: Number,
  enums: Number,
  bytes: Buffer,
  defaults: true,
  oneofs: true,
};

/** The service definitions the server registers (and tests use to build clients). */
export interface PluginServices {
  readonly provider: grpc.ServiceDefinition;
  readonly controller: grpc.ServiceDefinition;
  readonly broker: grpc.ServiceDefinition;
  readonly stdio: grpc.ServiceDefinition;
  readonly health: grpc.ServiceDefinition;
}

let cached: PluginServices | undefined;

/**
 * Parses the .proto files into a protobufjs root (field names kept as written). Used by the build
 * to write PROTOCOL_JSON and by processes that run without it.
 */
export function parsePluginProtos(dir: string = PROTO_DIR): protobuf.Root {
  // The full build (with the .proto parser) only where parsing is needed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const full = require('protobufjs') as typeof import('protobufjs');
  const root = new full.Root();
  // google/protobuf/{empty,timestamp}.proto are protobufjs' bundled common types; the rest is ours.
  root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : path.join(dir, target));
  root.loadSync([...PROTO_FILES], { keepCase: true });
  return root as unknown as protobuf.Root;
}

function loadRoot(): protobuf.Root {
  const json = path.join(PROTO_DIR, PROTOCOL_JSON);
  if (fs.existsSync(json)) return protobuf.Root.fromJSON(JSON.parse(fs.readFileSync(json, 'utf8')) as protobuf.INamespace);
  return parsePluginProtos();
}

function service(root: protobuf.Root, dotted: string): grpc.ServiceDefinition {
  const svc = root.lookup(dotted);
  if (!(svc instanceof protobuf.Service)) throw new Error(`service ${dotted} not found in the plugin .proto files`);
  const def: Record<string, grpc.MethodDefinition<object, object>> = {};
  for (const m of svc.methodsArray) {
    m.resolve();
    const req = m.resolvedRequestType!;
    const res = m.resolvedResponseType!;
    def[m.name] = {
      path: `/${dotted}/${m.name}`,
      requestStream: m.requestStream === true,
      responseStream: m.responseStream === true,
      requestSerialize: (v: object) => Buffer.from(req.encode(req.fromObject(v)).finish()),
      requestDeserialize: (b: Buffer) => req.toObject(req.decode(b), LOADER_OPTIONS),
      responseSerialize: (v: object) => Buffer.from(res.encode(res.fromObject(v)).finish()),
      responseDeserialize: (b: Buffer) => res.toObject(res.decode(b), LOADER_OPTIONS),
      originalName: m.name.charAt(0).toLowerCase() + m.name.slice(1),
    };
  }
  return def as grpc.ServiceDefinition;
}

/** Loads (once per process) and returns the plugin protocol's services. */
export function loadPluginServices(): PluginServices {
  if (cached) return cached;
  const root = loadRoot();
  root.resolveAll();
  cached = {
    provider: service(root, 'tfplugin6.Provider'),
    controller: service(root, 'plugin.GRPCController'),
    broker: service(root, 'plugin.GRPCBroker'),
    stdio: service(root, 'plugin.GRPCStdio'),
    health: service(root, 'grpc.health.v1.Health'),
  };
  return cached;
}
