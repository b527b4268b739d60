#!/usr/bin/env node
/*
 * Generates the Vault schema facts for the offline conformance check (lib/verify/conformance.ts).
 *
 *   npm run gen:vault-facts [-- <path to .jsii>] [--out <file>]
 *
 * Input: the jsii manifest of the installed @cdktf/provider-vault package
 * (node_modules/@cdktf/provider-vault/.jsii). No provider schema JSON of hashicorp/vault is available
 * offline, but the prebuilt bindings were generated from it, and the manifest still carries what the
 * check needs:
 *   - each resource / data source / provider class documents its Terraform type name in its summary
 *     ("Represents a {@link https://registry.terraform.io/providers/hashicorp/vault/5.6.0/docs/resources/kv_secret_v2 vault_kv_secret_v2}");
 *   - its config struct lists the settable attributes with `optional` flags; each property's docs
 *     link to the registry with the Terraform attribute name after '#';
 *   - read-only class getters that are not in the config are the computed-only attributes.
 *
 * Output: lib/providers/facts/vault.json (format: lib/verify/schema-facts.ts), written with sorted
 * keys so that running the script twice gives no diff.
 *
 * What the manifest cannot tell (recorded in the facts' `notes`): whether a nested struct is a block
 * or a nested attribute (all become blocks), list vs set nesting (all become 'list'), maxItems other
 * than 1 (a property typed as a single struct is a block of at most one item), and whether an
 * optional attribute is also computed.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { writeJsonSorted } = require('./facts-util');

const ROOT = path.resolve(__dirname, '..');
const PACKAGE = '@cdktf/provider-vault';
const DEFAULT_OUT = path.join(ROOT, 'lib', 'providers', 'facts', 'vault.json');
const META_PROPERTIES = new Set(['connection', 'count', 'dependsOn', 'forEach', 'lifecycle', 'provider', 'provisioners']);
const BASES = {
  'cdktf.TerraformResource': 'resource',
  'cdktf.TerraformDataSource': 'dataSource',
  'cdktf.TerraformProvider': 'provider',
};

function fail(message) {
  process.stderr.write(`gen:vault-facts: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const out = { jsii: undefined, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--out') {
      if (!argv[i + 1]) fail('--out needs a file path');
      out.out = path.resolve(argv[(i += 1)]);
    } else if (a.startsWith('-')) {
      fail(`unknown option ${a}; usage: gen-vault-facts.js [<path to .jsii>] [--out <file>]`);
    } else {
      out.jsii = path.resolve(a);
    }
  }
  return out;
}

function locateManifest() {
  let pkgJson;
  try {
    pkgJson = require.resolve(`${PACKAGE}/package.json`, { paths: [ROOT] });
  } catch (e) {
    fail(`the npm package ${PACKAGE} is not installed (looked from ${ROOT}); run "npm ci" first.`);
  }
  return path.join(path.dirname(pkgJson), '.jsii');
}

function readManifest(file) {
  if (!fs.existsSync(file)) {
    fail(`jsii manifest not found: ${file}\n  Expected the .jsii file shipped with ${PACKAGE}; reinstall the package ("npm ci").`);
  }
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file}: not valid JSON: ${e.message}`);
  }
  if (!manifest || typeof manifest.types !== 'object' || manifest.types === null) {
    fail(`${file}: no "types" object; is this a jsii assembly?`);
  }
  return manifest;
}

/** The registry link and Terraform name out of a `{@link URL NAME}` doc summary. */
function linkOf(docs) {
  const text = `${(docs && docs.summary) || ''} ${(docs && docs.remarks) || ''}`;
  const m = /\{@link (https:\/\/registry\.terraform\.io\/\S+) ([^}\s]+)\}/.exec(text);
  return m ? { url: m[1], label: m[2] } : undefined;
}

/** Converts a jsii camelCase property name to snake_case (fallback for names without a registry anchor). */
function snake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const file = args.jsii || locateManifest();
  const manifest = readManifest(file);
  const types = manifest.types;
  const warnings = [];
  const versions = new Set();

  /** Terraform attribute name of a struct property, from the '#anchor' of its registry link. */
  function tfName(structFqn, prop) {
    const link = linkOf(prop.docs);
    const m = link && /#([A-Za-z0-9_]+)$/.exec(link.url);
    if (m) return m[1];
    warnings.push(`${structFqn}.${prop.name}: no registry anchor, used "${snake(prop.name)}"`);
    return snake(prop.name);
  }

  /** Strips `cdktf.IResolvable` out of a union (it only means "a token is accepted here"). */
  function unwrap(t) {
    if (t && t.union) {
      const rest = t.union.types.filter((u) => u.fqn !== 'cdktf.IResolvable');
      if (rest.length === 1) return rest[0];
      return { union: { types: rest } };
    }
    return t;
  }

  function isStruct(t) {
    return Boolean(t && t.fqn && types[t.fqn] && types[t.fqn].kind === 'interface' && types[t.fqn].datatype);
  }

  /** A jsii value type as a cty type, or undefined when it is a struct (a nested block). */
  function ctyOf(t, where) {
    t = unwrap(t);
    if (t.primitive) {
      switch (t.primitive) {
        case 'string':
          return 'string';
        case 'number':
          return 'number';
        case 'boolean':
          return 'bool';
        default:
          return 'dynamic'; // any, json, date
      }
    }
    if (t.collection) {
      const el = ctyOf(t.collection.elementtype, where);
      if (el === undefined) return undefined;
      return [t.collection.kind === 'map' ? 'map' : 'list', el];
    }
    if (isStruct(t)) return undefined;
    warnings.push(`${where}: unsupported jsii type ${JSON.stringify(t)}, recorded as dynamic`);
    return 'dynamic';
  }

  /** Struct properties → BlockFacts. `stack` guards against recursive structs. */
  function structFacts(fqn, stack) {
    const struct = types[fqn];
    const out = { attributes: {}, blocks: {} };
    if (stack.includes(fqn)) {
      warnings.push(`${fqn}: recursive struct, nested contents left empty`);
      return out;
    }
    const next = stack.concat([fqn]);
    const props = collectProps(struct);
    for (const prop of props) {
      if (META_PROPERTIES.has(prop.name) && (struct.interfaces || []).includes('cdktf.TerraformMetaArguments')) continue;
      const name = tfName(fqn, prop);
      const t = unwrap(prop.type);
      const where = `${fqn}.${prop.name}`;
      if (isStruct(t)) {
        // The generator types a nested block as a single struct only when it holds at most one item.
        const nb = { nesting: 'list', maxItems: 1, block: structFacts(t.fqn, next) };
        if (!prop.optional) nb.minItems = 1;
        out.blocks[name] = nb;
      } else if (t.collection && t.collection.kind === 'array' && isStruct(unwrap(t.collection.elementtype))) {
        const nb = { nesting: 'list', block: structFacts(unwrap(t.collection.elementtype).fqn, next) };
        if (!prop.optional) nb.minItems = 1;
        out.blocks[name] = nb;
      } else {
        const a = { type: ctyOf(t, where) };
        if (a.type === undefined) {
          warnings.push(`${where}: collection of structs in an unexpected shape, recorded as dynamic`);
          a.type = 'dynamic';
        }
        if (!prop.optional) a.required = true;
        out.attributes[name] = a;
      }
    }
    return out;
  }

  /** A struct's own properties plus those of the structs it extends (except cdktf's meta arguments). */
  function collectProps(struct) {
    const props = [...(struct.properties || [])];
    for (const parent of struct.interfaces || []) {
      if (parent.startsWith('cdktf.')) continue;
      if (types[parent]) props.push(...collectProps(types[parent]));
    }
    return props;
  }

  /** The jsii type of a class getter as a cty type, for computed-only attributes (undefined if complex). */
  function getterCty(t) {
    const simple = {
      'cdktf.StringMap': ['map', 'string'],
      'cdktf.NumberMap': ['map', 'number'],
      'cdktf.BooleanMap': ['map', 'bool'],
      'cdktf.AnyMap': ['map', 'dynamic'],
    };
    if (t.fqn && simple[t.fqn]) return simple[t.fqn];
    if (t.fqn) return undefined; // list/map of objects (…OutputReference, …List): shape not needed
    if (t.union) return undefined;
    return ctyOf(t, 'getter');
  }

  const facts = {
    provider: 'vault',
    source: 'hashicorp/vault',
    version: undefined,
    generatedFrom: `${manifest.name} ${manifest.version} (.jsii)`,
    notes: [
      'Derived from the jsii manifest of the prebuilt cdktf bindings, not from the provider schema.',
      'maxItems is unknown except for blocks the bindings type as a single struct (maxItems 1).',
      'Nested attributes and nested blocks are not distinguished: both are recorded as blocks with nesting "list".',
      'List and set nesting are not distinguished; optional+computed attributes are recorded as optional.',
      'Sensitive and deprecated flags are not recorded.',
    ],
    providerBlock: undefined,
    resources: {},
    dataSources: {},
  };

  const classes = Object.keys(types)
    .sort()
    .map((k) => types[k])
    .filter((t) => t.kind === 'class' && BASES[t.base]);
  for (const cls of classes) {
    const kind = BASES[cls.base];
    const link = linkOf(cls.docs);
    if (!link) fail(`${cls.fqn}: no registry link with the Terraform type name in its docs summary`);
    const v = /\/providers\/hashicorp\/vault\/(\d+\.\d+\.\d+)\//.exec(link.url);
    if (v) versions.add(v[1]);
    const params = (cls.initializer && cls.initializer.parameters) || [];
    const configParam = params.find((p) => p.name === 'config');
    if (!configParam || !configParam.type.fqn || !types[configParam.type.fqn]) {
      fail(`${cls.fqn}: constructor has no config struct parameter`);
    }
    const block = structFacts(configParam.type.fqn, []);
    if (kind !== 'provider') {
      // Computed-only attributes: read-only getters that are neither inputs nor settable.
      const settable = new Set(collectProps(types[configParam.type.fqn]).map((p) => p.name));
      const names = new Set((cls.properties || []).map((p) => p.name));
      for (const p of cls.properties || []) {
        if (p.static || !p.immutable || p.name.endsWith('Input') || settable.has(p.name)) continue;
        if (names.has(`${p.name}Input`)) continue;
        if (['fqn', 'friendlyUniqueId', 'terraformResourceType', 'terraformGeneratorMetadata', 'terraformMetaArguments'].includes(p.name)) continue;
        const name = snake(p.name);
        if (block.attributes[name] || block.blocks[name]) continue;
        const a = { computedOnly: true };
        const t = getterCty(p.type);
        if (t !== undefined) a.type = t;
        block.attributes[name] = a;
      }
    }
    if (kind === 'provider') {
      facts.providerBlock = block;
    } else {
      const key = link.label;
      if (!/^vault_[a-z0-9_]+$/.test(key)) fail(`${cls.fqn}: unexpected Terraform type name "${key}" in its docs`);
      const target = kind === 'resource' ? facts.resources : facts.dataSources;
      if (target[key]) fail(`${cls.fqn}: duplicate Terraform type ${key}`);
      target[key] = block;
    }
  }
  if (!facts.providerBlock) fail(`${file}: no provider class (base cdktf.TerraformProvider) found`);
  if (versions.size !== 1) {
    fail(`${file}: expected one hashicorp/vault version in the registry links, found ${[...versions].join(', ') || 'none'}`);
  }
  facts.version = [...versions][0];

  writeJsonSorted(args.out, facts);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(
    `gen:vault-facts: hashicorp/vault ${facts.version} from ${manifest.name} ${manifest.version}: ` +
      `${Object.keys(facts.resources).length} resources, ${Object.keys(facts.dataSources).length} data sources, ` +
      `${Object.keys(facts.providerBlock.attributes).length + Object.keys(facts.providerBlock.blocks).length} provider arguments` +
      `${warnings.length ? `, ${warnings.length} warnings` : ''} -> ${path.relative(process.cwd(), args.out) || args.out} in ${ms.toFixed(0)} ms\n`,
  );
  for (const w of warnings) process.stderr.write(`gen:vault-facts: warning: ${w}\n`);
}

main();
