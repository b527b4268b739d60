#!/usr/bin/env node
'use strict';
// Copies the JSON assets under lib/ (schema facts, catalogue data) and the .proto files of the plugin protocol next to the compiled JS in dist/lib,
// because tsc only emits files that are imported as modules.
const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '..');
let n = 0;
function walk(rel) {
  const abs = path.join(root, rel);
  for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) walk(r);
    else if (/\.(json|csv|proto)$/.test(e.name)) {
      const to = path.join(root, 'dist', r);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(path.join(root, r), to);
      n += 1;
    }
  }
}
walk('lib');
if (process.argv.includes('--verbose')) process.stdout.write(`copied ${n} assets\n`);

// The plugin protocol's .proto files in protobufjs' JSON form, so that each shadow provider process
// loads the services without parsing .proto text (lib/rehearsal/plugin/protocol.ts says why).
{
  const { parsePluginProtos, PROTO_DIR, PROTOCOL_JSON } = require(path.join(root, 'dist', 'lib', 'rehearsal', 'plugin', 'protocol.js'));
  fs.writeFileSync(path.join(PROTO_DIR, PROTOCOL_JSON), `${JSON.stringify(parsePluginProtos(PROTO_DIR).toJSON())}\n`);
}
