#!/usr/bin/env node
'use strict';
// Bundles the shadow provider process (dist/lib/rehearsal/plugin/main.js and everything it requires,
// @grpc/grpc-js and protobufjs included) into one CommonJS file next to it, main.bundle.js, which
// the rehearsal's provider launchers start (lib/rehearsal/providers.ts pluginEntry).
//
// Why: terraform starts every provider process anew for each command, and twice for most commands
// (once to read its schema, once for the operation; a rehearsal makes hundreds of such starts).
// Most of a start was Node's module loader: resolving, reading and compiling about 200 separate
// files. One file has none of the resolution and reads. Measured on this 2-core machine
// (2026-12-06, interleaved starts up to the handshake line, CPU time of the provider process):
// see the commit that added this script for the figures.
//
// Same directory as main.js, so __dirname-relative files (proto/, the protocol JSON, the provider
// schemas found from the package root) resolve exactly as for the unbundled entry. Not minified:
// stack traces in the provider's log stay readable.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const dir = path.resolve(__dirname, '..', 'dist', 'lib', 'rehearsal', 'plugin');
const root = path.resolve(__dirname, '..');
const result = esbuild.buildSync({
  metafile: true,
  entryPoints: [path.join(dir, 'main.js')],
  outfile: path.join(dir, 'main.bundle.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});
// The package's own compiled files the bundle was made of (relative to the package root): the
// rehearsal falls back to main.js when any of them is newer than the bundle (compiled again without
// bundling; providers.ts pluginEntry). Dependencies only change with a new install and build, and
// they sit elsewhere once this package is installed as a dependency (hoisted node_modules).
const inputs = Object.keys(result.metafile.inputs)
  .map((f) => path.relative(root, path.resolve(root, f)).split(path.sep).join('/'))
  .filter((f) => f.startsWith('dist/'))
  .sort();
fs.writeFileSync(path.join(dir, 'main.bundle.inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);

// Files found relative to __dirname now resolve from plugin/: each such use in the bundle was read and
// listed here (the engine's schemas folder, a sibling of plugin/ as of engine/; the protocol's proto/
// of plugin/ itself; grpc-js's channelz and ORCA .proto loaders, which run only when a program adds
// those services, which the plugin server does not). A new one fails the build until it is checked.
const REVIEWED = [
  'return path.join(__dirname, "..", "schemas");',
  'includeDirs: [`${__dirname}/../../proto`]',
  '`${__dirname}/../../proto/xds`,',
  '`${__dirname}/../../proto/protoc-gen-validate`',
  'exports2.PROTO_DIR = path.join(__dirname, "proto");',
];
const unreviewed = fs
  .readFileSync(path.join(dir, 'main.bundle.js'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => /__dirname|__filename/.test(l) && !REVIEWED.includes(l));
if (unreviewed.length > 0) {
  for (const f of ['main.bundle.js', 'main.bundle.inputs.json']) fs.rmSync(path.join(dir, f));
  process.stderr.write(`scripts/bundle-plugin.js: unreviewed __dirname/__filename uses in the plugin bundle (check that they resolve from dist/lib/rehearsal/plugin/, then list them):\n${unreviewed.join('\n')}\n`);
  process.exit(1);
}
