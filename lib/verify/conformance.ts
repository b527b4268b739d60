/**
 * Offline conformance check of synthesized Terraform JSON (cdk.tf.json) against provider schema
 * facts (./schema-facts.ts). It catches, without terraform or provider binaries, what
 * `terraform validate` would reject for static reasons: unknown resource/data source types, unknown
 * arguments and blocks, missing required arguments, setting computed-only attributes, literal type
 * mismatches, block counts outside min/max, undeclared provider aliases.
 *
 * Value rules (Terraform's JSON syntax, https://developer.hashicorp.com/terraform/language/syntax/json):
 *   - A string containing `${` or `%{` is a template expression: its type is only known at plan
 *     time, so it is accepted wherever a value is expected (also for blocks, where cdktf may emit a
 *     token for a whole list). cdktf's unresolved token encodings (`#{TfToken[...]}` list tokens,
 *     marker-encoded numbers) are accepted as well, and so are `dynamic` blocks.
 *   - Terraform converts literal strings to the declared primitive type when they parse: "42" or
 *     "1.5e3" for a number, "true"/"false" (and "1"/"0") for a bool. Such strings are accepted; a
 *     string that does not parse (e.g. "abc" for a number, "True" for a bool) is 'wrong-type'.
 *     Numbers and bools are accepted for strings (Terraform converts them).
 *   - `null` means "not set": fine for optional arguments, 'missing-required' for required ones.
 *
 * The check never throws on odd input: a document of the wrong shape yields 'malformed' findings.
 * It is deterministic: findings come in document order.
 */
import * as fs from 'fs';
import { BlockFacts, AttributeFacts, CtyType, KNOWN_PROVIDERS, loadProviderFacts, NestedBlockFacts, ProviderFacts } from './schema-facts';
import { editDistance } from '../core/did-you-mean';
import { show as display } from '../core/display';
import { isRecord } from '../core/guards';

/** The kinds of finding. */
export type ConformanceCode =
  | 'unknown-resource-type'
  | 'unknown-data-source-type'
  | 'unknown-attribute'
  | 'unknown-block'
  | 'missing-required'
  | 'wrong-type'
  | 'too-many-blocks'
  | 'too-few-blocks'
  | 'computed-only'
  | 'unknown-provider'
  | 'malformed';

/** One conformance problem in a synthesized document. */
export interface ConformanceFinding {
  readonly code: ConformanceCode;
  /** JSON path of the offending value, e.g. `resource.proxmox_sdn_vnet.net_servers.zone`; '' is the whole document. */
  readonly path: string;
  /** Human-readable: names the address, the argument, the bad value and what is allowed. */
  readonly message: string;
  /** Terraform type (`proxmox_sdn_vnet`), when the finding is inside a resource or data source. */
  readonly resourceType?: string;
  /** Terraform address (`proxmox_sdn_vnet.net_servers`, `data.vault_policy_document.x`, `provider.vault`). */
  readonly address?: string;
  /** The checked file, when known (options.file). */
  readonly file?: string;
}

/** Options of checkConformance. */
export interface ConformanceOptions {
  /**
   * Facts keyed by provider local name.
   * @default proxmox and vault facts from lib/providers/facts/
   */
  readonly facts?: Readonly<Record<string, ProviderFacts>>;
  /** File name put on every finding. */
  readonly file?: string;
}

/** Top-level keys of Terraform's JSON configuration syntax (plus cdktf's `//` metadata). */
const TOP_LEVEL_KEYS = new Set(['//', 'terraform', 'provider', 'resource', 'data', 'output', 'variable', 'locals', 'module', 'moved', 'import', 'check', 'removed', 'ephemeral']);
// `ephemeral`: ephemeral resource blocks (terraform >= 1.10; hashicorp/terraform internal/configs/parser_config.go
// lists the `ephemeral` block type — line not checked), used for the OIDC realm's client key.

const RESOURCE_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'connection', 'provisioner']);
const DATA_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle']);
const RESOURCE_LIFECYCLE = ['create_before_destroy', 'ignore_changes', 'postcondition', 'precondition', 'prevent_destroy', 'replace_triggered_by'];
const DATA_LIFECYCLE = ['postcondition', 'precondition'];
const EMPTY_BLOCK: BlockFacts = { attributes: {}, blocks: {} };
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const PROVIDER_REF = /^([A-Za-z][A-Za-z0-9_-]*)(?:\.([A-Za-z][A-Za-z0-9_-]*))?$/;
const NUMBER_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const BOOL_STRINGS = new Set(['true', 'false', '1', '0']);

type Json = unknown;
type Obj = Record<string, unknown>;

interface Ctx {
  /** JSON path of the body being checked (a resource body or a nested block/object in it). */
  readonly root: string;
  /** JSON path of the resource / provider body, to name arguments relative to it in messages. */
  readonly origin: string;
  readonly address: string;
  readonly resourceType?: string;
  /** What the body is, for messages (`proxmox_sdn_vnet`, `provider proxmox`). */
  readonly what: string;
}

type BodyKind = 'resource' | 'data' | 'provider' | 'nested';

/** Checks a parsed cdk.tf.json document. Never throws; returns the findings in document order. */
export function checkConformance(doc: unknown, options: ConformanceOptions = {}): ConformanceFinding[] {
  let facts = options.facts;
  if (!facts) facts = Object.fromEntries(KNOWN_PROVIDERS.map((n) => [n, loadProviderFacts(n)]));
  return new Checker(facts, options.file).run(doc);
}

/**
 * Reads and checks one cdk.tf.json. Throws (naming the file) only when the file cannot be read;
 * invalid JSON is reported as a 'malformed' finding.
 */
export function checkConformanceFile(file: string, options: Omit<ConformanceOptions, 'file'> = {}): ConformanceFinding[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read the synthesized Terraform JSON: ${(e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return [{ code: 'malformed', path: '', message: `not valid JSON: ${(e as Error).message}`, file }];
  }
  return checkConformance(doc, { ...options, file });
}

/** One line per finding: `file: path: code: message` (file and path omitted when empty). */
export function formatFindings(findings: readonly ConformanceFinding[]): string {
  return findings
    .map((f) => {
      const where = [f.file, f.path || '(document)'].filter((x) => x !== undefined).join(': ');
      return `${where}: ${f.code}: ${f.message}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------

/** A template expression, or one of cdktf's string/list token encodings. */
export function isExpression(v: unknown): boolean {
  if (typeof v === 'string') return v.includes('${') || v.includes('%{') || v.includes('#{TfToken[');
  if (typeof v === 'number') return isTokenNumber(v);
  return false;
}

/** cdktf encodes unresolved number tokens as doubles whose top 16 bits are 0xfdff (0xfbff for number-list tokens). */
function isTokenNumber(n: number): boolean {
  if (!Number.isFinite(n)) return false;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  const top = view.getUint16(0);
  return top === 0xfdff || top === 0xfbff;
}

function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base ? `${base}.${key}` : key;
}

function show(v: Json, sensitive = false): string {
  return sensitive ? '(sensitive value)' : display(v, { maxLength: 60 });
}

function kindOf(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function typeName(t: CtyType | undefined): string {
  if (t === undefined) return 'any value';
  if (typeof t === 'string') return t;
  switch (t[0]) {
    case 'list':
    case 'set':
    case 'map':
      return `${t[0]}(${typeName(t[1] as CtyType)})`;
    case 'object': {
      const names = Object.keys(t[1] as object);
      const inner = names.slice(0, 4).join(', ') + (names.length > 4 ? ', ...' : '');
      return `object({${inner}})`;
    }
    case 'tuple':
      return `tuple([${(t[1] as readonly CtyType[]).map(typeName).join(', ')}])`;
    default:
      return JSON.stringify(t);
  }
}


/** ` Did you mean "x"?` for the closest candidate within a small edit distance, else ''. */
function suggest(name: string, candidateList: Iterable<string>): string {
  const candidates = [...candidateList];
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  const limit = Math.max(2, Math.floor(name.length / 4));
  if (best !== undefined && bestD <= limit) return ` Did you mean "${best}"?`;
  // A truncated or extended name (`vlan` for `vlan_id`) is far in edit distance but obvious.
  const prefixed = name.length >= 3 ? [...candidates].filter((c) => c.startsWith(name) || name.startsWith(c)).sort() : [];
  return prefixed.length > 0 ? ` Did you mean "${prefixed[0]}"?` : '';
}

function allowedList(names: string[]): string {
  const sorted = [...names].sort();
  if (sorted.length === 0) return 'none';
  if (sorted.length <= 15) return sorted.join(', ');
  return `${sorted.slice(0, 15).join(', ')}, ... (${sorted.length} in all)`;
}

function normalizeSource(s: string): string {
  const parts = s.trim().toLowerCase().split('/');
  if (parts.length === 3 && (parts[0] === 'registry.terraform.io' || parts[0] === 'registry.opentofu.org')) return `${parts[1]}/${parts[2]}`;
  return parts.join('/');
}

class Checker {
  private readonly findings: ConformanceFinding[] = [];
  /** Local name → facts that apply to it (after required_providers). */
  private readonly byLocal = new Map<string, ProviderFacts>();
  /** Local name → declared provider configurations ('' is the default one). */
  private readonly aliases = new Map<string, Set<string>>();
  private requiredProviders: Obj | undefined;
  private readonly reportedTypes = new Set<string>();
  private readonly reportedLocals = new Set<string>();

  constructor(
    private readonly facts: Readonly<Record<string, ProviderFacts>>,
    private readonly file: string | undefined,
  ) {}

  run(doc: unknown): ConformanceFinding[] {
    if (!isRecord(doc)) {
      this.add('malformed', '', `the document is ${show(doc)} (${kindOf(doc)}); expected a JSON object with sections such as "resource" and "provider"`);
      return this.findings;
    }
    for (const key of Object.keys(doc)) {
      if (!TOP_LEVEL_KEYS.has(key)) {
        this.add('malformed', joinPath('', key), `"${key}" is not a top-level section of Terraform JSON; allowed: ${allowedList([...TOP_LEVEL_KEYS].filter((k) => k !== '//'))}.${suggest(key, TOP_LEVEL_KEYS)}`);
      }
    }
    this.terraformSection(doc.terraform);
    if ('provider' in doc) this.providerSection(doc.provider);
    if ('resource' in doc) this.section(doc.resource, 'resource');
    if ('data' in doc) this.section(doc.data, 'data');
    return this.findings;
  }

  private add(code: ConformanceCode, path: string, message: string, ctx?: Ctx): void {
    const f: { -readonly [K in keyof ConformanceFinding]: ConformanceFinding[K] } = { code, path, message };
    if (ctx?.resourceType) f.resourceType = ctx.resourceType;
    if (ctx?.address) f.address = ctx.address;
    if (this.file !== undefined) f.file = this.file;
    this.findings.push(f);
  }

  /** The argument path relative to the body root, for messages (`tag`, `ssh[0].node`). */
  private rel(path: string, ctx: Ctx): string {
    if (path.startsWith(ctx.origin)) {
      const rest = path.slice(ctx.origin.length).replace(/^\./, '');
      if (rest) return rest;
    }
    return path;
  }

  // ---- terraform / provider ----------------------------------------------------------------

  private terraformSection(tf: unknown): void {
    for (const [local, f] of Object.entries(this.facts)) this.byLocal.set(local, f);
    if (tf === undefined) return;
    if (!isRecord(tf)) {
      this.add('malformed', 'terraform', `"terraform" is ${show(tf)} (${kindOf(tf)}); expected an object`);
      return;
    }
    const rp = tf.required_providers;
    if (rp === undefined) return;
    if (!isRecord(rp)) {
      this.add('malformed', 'terraform.required_providers', `"required_providers" is ${show(rp)} (${kindOf(rp)}); expected an object of local name -> {source, version}`);
      return;
    }
    this.requiredProviders = rp;
    for (const [local, req] of Object.entries(rp)) {
      const path = joinPath('terraform.required_providers', local);
      if (typeof req === 'string') continue; // legacy version-only form: source is hashicorp/<local>
      if (!isRecord(req)) {
        this.add('malformed', path, `required provider "${local}" is ${show(req)} (${kindOf(req)}); expected {source, version}`);
        continue;
      }
      if (req.source === undefined) continue;
      if (typeof req.source !== 'string') {
        this.add('malformed', joinPath(path, 'source'), `source of required provider "${local}" is ${show(req.source)}; expected a string such as "bpg/proxmox"`);
        continue;
      }
      const src = normalizeSource(req.source);
      const match = Object.values(this.facts).find((f) => normalizeSource(f.source) === src);
      const own = this.facts[local];
      if (match) {
        this.byLocal.set(local, match);
      } else if (own) {
        this.byLocal.delete(local);
        this.add(
          'unknown-provider',
          joinPath(path, 'source'),
          `required provider "${local}" has source "${req.source}", but the schema facts for "${local}" describe ${own.source} ${own.version}; its resources are not checked`,
        );
      }
    }
  }

  private providerSection(p: unknown): void {
    if (!isRecord(p)) {
      this.add('malformed', 'provider', `"provider" is ${show(p)} (${kindOf(p)}); expected an object of provider local name -> configuration(s)`);
      return;
    }
    for (const [local, value] of Object.entries(p)) {
      const path = joinPath('provider', local);
      const configs = Array.isArray(value) ? value.map((v, i) => [v, joinPath(path, i)] as const) : [[value, path] as const];
      if (!isRecord(value) && !Array.isArray(value)) {
        this.add('malformed', path, `provider "${local}" is ${show(value)} (${kindOf(value)}); expected an object or an array of objects`);
        continue;
      }
      const facts = this.byLocal.get(local);
      const seen = this.aliases.get(local) ?? new Set<string>();
      this.aliases.set(local, seen);
      for (const [cfg, cpath] of configs) {
        if (!isRecord(cfg)) {
          this.add('malformed', cpath, `a configuration of provider "${local}" is ${show(cfg)} (${kindOf(cfg)}); expected an object`);
          continue;
        }
        const alias = typeof cfg.alias === 'string' ? cfg.alias : '';
        const address = alias ? `provider.${local}.${alias}` : `provider.${local}`;
        if (seen.has(alias)) {
          this.add('malformed', cpath, `${address}: duplicate provider configuration${alias ? ` for alias "${alias}"` : ' (a second one without alias)'}; each alias may be configured once`, { root: cpath, origin: cpath, address, what: `provider ${local}` });
        }
        seen.add(alias);
        if (facts) this.body(cfg, facts.providerBlock, 'provider', { root: cpath, origin: cpath, address, what: `provider ${local} (${facts.source} ${facts.version})` });
      }
    }
  }

  // ---- resource / data ---------------------------------------------------------------------

  private section(sec: unknown, kind: 'resource' | 'data'): void {
    const label = kind === 'resource' ? 'resource type' : 'data source type';
    const sections = Array.isArray(sec) ? sec.map((s, i) => [s, joinPath(kind, i)] as const) : [[sec, kind] as const];
    for (const [s, spath] of sections) {
      if (!isRecord(s)) {
        this.add('malformed', spath, `"${kind}" is ${show(s)} (${kindOf(s)}); expected an object of ${label} -> name -> body`);
        continue;
      }
      for (const [type, byName] of Object.entries(s)) {
        const tpath = joinPath(spath, type);
        if (!IDENTIFIER.test(type)) {
          this.add('malformed', tpath, `"${type}" is not a valid ${label} name (letters, digits, "_" and "-", starting with a letter or "_")`);
          continue;
        }
        if (!isRecord(byName)) {
          this.add('malformed', tpath, `${kind === 'data' ? 'data.' : ''}${type} is ${show(byName)} (${kindOf(byName)}); expected an object of resource name -> body`);
          continue;
        }
        for (const [name, body] of Object.entries(byName)) this.instance(kind, type, name, body, joinPath(tpath, name));
      }
    }
  }

  private instance(kind: 'resource' | 'data', type: string, name: string, body: unknown, path: string): void {
    const address = `${kind === 'data' ? 'data.' : ''}${type}.${name}`;
    const ctx: Ctx = { root: path, origin: path, address, resourceType: type, what: type };
    if (!IDENTIFIER.test(name)) {
      this.add('malformed', path, `${address}: "${name}" is not a valid resource name (letters, digits, "_" and "-", starting with a letter or "_")`, ctx);
    }
    const bodies = Array.isArray(body) ? body.map((b, i) => [b, joinPath(path, i)] as const) : [[body, path] as const];
    for (const [b, bpath] of bodies) {
      if (!isRecord(b)) {
        this.add('malformed', bpath, `${address}: body is ${show(b)} (${kindOf(b)}); expected an object of arguments`, ctx);
        continue;
      }
      // Which provider serves it: the `provider` meta-argument, else the type's prefix.
      let local = type.split('_')[0];
      if (typeof b.provider === 'string') {
        const m = PROVIDER_REF.exec(b.provider);
        if (m) {
          local = m[1];
          const facts = this.byLocal.get(local);
          const alias = m[2];
          if (facts && alias !== undefined && !(this.aliases.get(local)?.has(alias) ?? false)) {
            const declared = [...(this.aliases.get(local) ?? [])].filter((a) => a !== '');
            this.add(
              'unknown-provider',
              joinPath(bpath, 'provider'),
              `${address}: provider "${b.provider}" is not configured; declared aliases of ${local}: ${declared.length ? declared.sort().join(', ') : 'none'} (add a provider "${local}" block with alias "${alias}")`,
              ctx,
            );
          }
        }
      }
      const facts = this.byLocal.get(local);
      if (!facts) continue;
      this.requireDeclared(local, facts);
      const table = kind === 'resource' ? facts.resources : facts.dataSources;
      const schema = Object.prototype.hasOwnProperty.call(table, type) ? table[type] : undefined;
      if (!schema) {
        const key = `${kind}:${local}:${type}`;
        if (!this.reportedTypes.has(key)) {
          this.reportedTypes.add(key);
          const other = kind === 'resource' ? facts.dataSources : facts.resources;
          const hint = Object.prototype.hasOwnProperty.call(other, type) ? ` It exists as a ${kind === 'resource' ? 'data source (put it under "data")' : 'resource (put it under "resource")'}.` : suggest(type, Object.keys(table));
          this.add(
            kind === 'resource' ? 'unknown-resource-type' : 'unknown-data-source-type',
            joinPath(kind, type),
            `${address}: "${type}" is not a ${kind === 'resource' ? 'resource' : 'data source'} type of ${facts.source} ${facts.version}.${hint}`,
            ctx,
          );
        }
        continue;
      }
      this.body(b, schema, kind, { ...ctx, root: bpath, origin: bpath });
    }
  }

  /** Terraform infers hashicorp/<local> when required_providers lacks a local name. */
  private requireDeclared(local: string, facts: ProviderFacts): void {
    if (!this.requiredProviders || this.reportedLocals.has(local)) return;
    if (Object.prototype.hasOwnProperty.call(this.requiredProviders, local)) return;
    if (normalizeSource(facts.source) === `hashicorp/${local}`) return;
    this.reportedLocals.add(local);
    this.add(
      'unknown-provider',
      joinPath('terraform.required_providers', local),
      `provider "${local}" is used but not in terraform.required_providers, so terraform would look for hashicorp/${local}; add ${local} = { source = "${facts.source}", version = "${facts.version}" }`,
    );
  }

  // ---- bodies ------------------------------------------------------------------------------

  private body(b: Obj, schema: BlockFacts, kind: BodyKind, ctx: Ctx): void {
    const attrs = schema.attributes ?? {};
    const blocks = schema.blocks ?? {};
    const counts = new Map<string, number | 'unknown'>();
    for (const [key, value] of Object.entries(b)) {
      const path = joinPath(ctx.root, key);
      if (key === '//') continue;
      if (kind === 'resource' || kind === 'data') {
        if ((kind === 'resource' ? RESOURCE_META : DATA_META).has(key)) {
          this.meta(key, value, path, kind, b, ctx);
          continue;
        }
        if (RESOURCE_META.has(key)) {
          this.add('unknown-attribute', path, `${ctx.address}: meta-argument "${key}" is not allowed in a data block; allowed there: ${allowedList([...DATA_META])}`, ctx);
          continue;
        }
      }
      if (kind === 'provider' && (key === 'alias' || key === 'version') && !hasOwn(attrs, key)) {
        if (key === 'alias' && typeof value !== 'string') this.add('wrong-type', path, `${ctx.address}: "alias" is ${show(value)} (${kindOf(value)}); expected a string`, ctx);
        continue;
      }
      if (hasOwn(attrs, key)) {
        this.attribute(value, attrs[key], key, path, ctx);
      } else if (hasOwn(blocks, key)) {
        counts.set(key, this.block(value, blocks[key], key, path, ctx));
      } else if (key === 'dynamic') {
        this.dynamic(value, blocks, path, ctx, counts);
      } else {
        const looksLikeBlock = isRecord(value) || (Array.isArray(value) && value.length > 0 && value.every(isRecord));
        const names = [...Object.keys(attrs).filter((n) => !attrs[n].computedOnly), ...Object.keys(blocks)];
        this.add(
          looksLikeBlock ? 'unknown-block' : 'unknown-attribute',
          path,
          `${ctx.address}: "${this.rel(path, ctx)}" is not ${looksLikeBlock ? 'a block' : 'an argument'} of ${ctx.what}.${suggest(key, names)} Allowed: ${allowedList(names)}`,
          ctx,
        );
      }
    }
    for (const [name, a] of Object.entries(attrs)) {
      if (a.required && (b[name] === undefined || b[name] === null)) {
        const path = joinPath(ctx.root, name);
        this.add('missing-required', path, `${ctx.address}: required argument "${this.rel(path, ctx)}" (${a.nested ? `nested ${a.nested.nesting}` : typeName(a.type)}) is missing`, ctx);
      }
    }
    for (const [name, nb] of Object.entries(blocks)) {
      const n = counts.get(name) ?? 0;
      if (n === 'unknown') continue;
      if (nb.minItems && n < nb.minItems) {
        const path = joinPath(ctx.root, name);
        this.add('too-few-blocks', path, `${ctx.address}: block "${this.rel(path, ctx)}" appears ${n} time(s); at least ${nb.minItems} required`, ctx);
      }
    }
  }

  private meta(key: string, value: Json, path: string, kind: 'resource' | 'data', b: Obj, ctx: Ctx): void {
    if (value === null) return;
    switch (key) {
      case 'count':
        if (b.for_each !== undefined && b.for_each !== null) {
          this.add('malformed', path, `${ctx.address}: "count" and "for_each" are both set; use only one of them`, ctx);
        }
        if (isExpression(value)) return;
        if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return;
        if (typeof value === 'string' && /^\d+$/.test(value)) return;
        this.add('wrong-type', path, `${ctx.address}: "count" is ${show(value)} (${kindOf(value)}); expected a whole number >= 0 or an expression`, ctx);
        return;
      case 'for_each':
        if (isExpression(value) || isRecord(value) || Array.isArray(value)) return;
        this.add('wrong-type', path, `${ctx.address}: "for_each" is ${show(value)} (${kindOf(value)}); expected a map, a set of strings or an expression`, ctx);
        return;
      case 'depends_on':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return;
        this.add('wrong-type', path, `${ctx.address}: "depends_on" is ${show(value)}; expected an array of resource addresses (strings)`, ctx);
        return;
      case 'provider':
        if (typeof value === 'string' && PROVIDER_REF.test(value)) return;
        this.add('wrong-type', path, `${ctx.address}: "provider" is ${show(value)}; expected a provider reference such as "vault" or "vault.tenant"`, ctx);
        return;
      case 'lifecycle':
        this.lifecycle(value, path, kind, ctx);
        return;
      case 'connection':
        if (!isRecord(value)) this.add('wrong-type', path, `${ctx.address}: "connection" is ${show(value)} (${kindOf(value)}); expected an object`, ctx);
        return;
      case 'provisioner':
        if (!isRecord(value) && !Array.isArray(value)) this.add('wrong-type', path, `${ctx.address}: "provisioner" is ${show(value)} (${kindOf(value)}); expected an object or an array of objects`, ctx);
        return;
      default:
        return;
    }
  }

  private lifecycle(value: Json, path: string, kind: 'resource' | 'data', ctx: Ctx): void {
    const items = Array.isArray(value) ? value.map((v, i) => [v, joinPath(path, i)] as const) : [[value, path] as const];
    const allowed = kind === 'resource' ? RESOURCE_LIFECYCLE : DATA_LIFECYCLE;
    for (const [lc, lpath] of items) {
      if (!isRecord(lc)) {
        this.add('wrong-type', lpath, `${ctx.address}: "lifecycle" is ${show(lc)} (${kindOf(lc)}); expected an object`, ctx);
        continue;
      }
      for (const [k, v] of Object.entries(lc)) {
        const p = joinPath(lpath, k);
        if (k === '//') continue;
        if (!allowed.includes(k)) {
          this.add('unknown-attribute', p, `${ctx.address}: "${k}" is not a lifecycle argument${kind === 'data' ? ' of a data block' : ''}.${suggest(k, allowed)} Allowed: ${allowed.join(', ')}`, ctx);
          continue;
        }
        if (v === null || isExpression(v)) continue;
        if ((k === 'prevent_destroy' || k === 'create_before_destroy') && typeof v !== 'boolean' && !(typeof v === 'string' && BOOL_STRINGS.has(v))) {
          this.add('wrong-type', p, `${ctx.address}: lifecycle "${k}" is ${show(v)} (${kindOf(v)}); expected true or false`, ctx);
        } else if (k === 'ignore_changes' && !(Array.isArray(v) && v.every((x) => typeof x === 'string')) && v !== 'all') {
          this.add('wrong-type', p, `${ctx.address}: lifecycle "ignore_changes" is ${show(v)}; expected an array of attribute names or "all"`, ctx);
        } else if (k === 'replace_triggered_by' && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
          this.add('wrong-type', p, `${ctx.address}: lifecycle "replace_triggered_by" is ${show(v)}; expected an array of references (strings)`, ctx);
        } else if (k === 'precondition' || k === 'postcondition') {
          const conds = Array.isArray(v) ? v : [v];
          conds.forEach((c, i) => {
            const cp = Array.isArray(v) ? joinPath(p, i) : p;
            if (!isRecord(c) || c.condition === undefined || c.error_message === undefined) {
              this.add('wrong-type', cp, `${ctx.address}: lifecycle "${k}" is ${show(c)}; expected an object with "condition" and "error_message"`, ctx);
            }
          });
        }
      }
    }
  }

  private attribute(value: Json, a: AttributeFacts, name: string, path: string, ctx: Ctx): void {
    if (value === null || value === undefined) return;
    if (a.computedOnly) {
      this.add('computed-only', path, `${ctx.address}: "${this.rel(path, ctx)}" is computed by the provider and cannot be set (value ${show(value, a.sensitive)}); remove it`, ctx);
      return;
    }
    if (isExpression(value)) return;
    if (a.nested) {
      this.nestedAttribute(value, a, path, ctx);
      return;
    }
    if (a.type === undefined) return;
    const t = a.type;
    if (typeof t !== 'string' && (t[0] === 'list' || t[0] === 'set') && Array.isArray(t[1]) && t[1][0] === 'object') {
      // "Attributes as blocks" (SDKv2 ConfigModeAttr, e.g. bpg's network_device): Terraform decodes a
      // list/set-of-object attribute like a nested block, so elements may omit attributes (null) and
      // a single object stands for a one-element list. Unknown attributes are still errors.
      const items = Array.isArray(value) ? value.map((el, i) => [el, joinPath(path, i)] as const) : isRecord(value) ? [[value, path] as const] : undefined;
      if (items) {
        for (const [el, p] of items) this.value(el, t[1] as CtyType, p, ctx, Boolean(a.sensitive), true);
        return;
      }
    }
    this.value(value, t, path, ctx, Boolean(a.sensitive));
  }

  private nestedAttribute(value: Json, a: AttributeFacts, path: string, ctx: Ctx): void {
    const nested = a.nested!;
    const schema: BlockFacts = { attributes: nested.attributes, blocks: {} };
    ctx = { ...ctx, what: `nested attribute "${this.rel(path, ctx)}" of ${ctx.what}` };
    const bad = (expected: string): void =>
      this.add('wrong-type', path, `${ctx.address}: "${this.rel(path, ctx)}" is ${show(value, a.sensitive)} (${kindOf(value)}); expected ${expected}`, ctx);
    switch (nested.nesting) {
      case 'single':
        if (!isRecord(value)) return bad('an object');
        this.body(value, schema, 'nested', { ...ctx, root: path });
        return;
      case 'list':
      case 'set':
        if (!Array.isArray(value)) return bad(`an array of objects (nested ${nested.nesting})`);
        value.forEach((v, i) => this.nestedElement(v, schema, joinPath(path, i), ctx));
        return;
      case 'map':
        if (!isRecord(value)) return bad('an object of name -> object (nested map)');
        for (const [k, v] of Object.entries(value)) this.nestedElement(v, schema, joinPath(path, k), ctx);
        return;
      default:
        return;
    }
  }

  private nestedElement(v: Json, schema: BlockFacts, path: string, ctx: Ctx): void {
    if (v === null || isExpression(v)) return;
    if (!isRecord(v)) {
      this.add('wrong-type', path, `${ctx.address}: "${this.rel(path, ctx)}" is ${show(v)} (${kindOf(v)}); expected an object`, ctx);
      return;
    }
    this.body(v, schema, 'nested', { ...ctx, root: path });
  }

  /** Checks one block argument; returns how many blocks it holds ('unknown' for expressions). */
  private block(value: Json, nb: NestedBlockFacts, name: string, path: string, ctx: Ctx): number | 'unknown' {
    if (value === null || value === undefined) return 0;
    if (isExpression(value)) return 'unknown';
    const where = this.rel(path, ctx);
    ctx = { ...ctx, what: `block "${name}" of ${ctx.what}` };
    let count = 0;
    if (nb.nesting === 'map') {
      if (!isRecord(value)) {
        this.add('wrong-type', path, `${ctx.address}: block "${where}" is ${show(value)} (${kindOf(value)}); expected an object of label -> block body`, ctx);
        return 0;
      }
      for (const [label, body] of Object.entries(value)) {
        count += this.blockBodies(body, nb, joinPath(path, label), ctx);
      }
    } else if (isRecord(value)) {
      this.body(value, nb.block ?? EMPTY_BLOCK, 'nested', { ...ctx, root: path });
      count = 1;
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const ipath = joinPath(path, i);
        if (isExpression(item)) return;
        if (!isRecord(item)) {
          this.add('wrong-type', ipath, `${ctx.address}: block "${this.rel(ipath, ctx)}" is ${show(item)} (${kindOf(item)}); expected an object (block body)`, ctx);
          return;
        }
        this.body(item, nb.block ?? EMPTY_BLOCK, 'nested', { ...ctx, root: ipath });
      });
      count = value.length;
    } else {
      this.add('wrong-type', path, `${ctx.address}: block "${where}" is ${show(value)} (${kindOf(value)}); expected an object or an array of objects (block bodies)`, ctx);
      return 0;
    }
    const max = nb.nesting === 'single' || nb.nesting === 'group' ? 1 : nb.maxItems;
    if (max !== undefined && count > max) {
      this.add('too-many-blocks', path, `${ctx.address}: block "${where}" appears ${count} times; at most ${max} allowed`, ctx);
    }
    return count;
  }

  private blockBodies(body: Json, nb: NestedBlockFacts, path: string, ctx: Ctx): number {
    if (isExpression(body)) return 1;
    if (isRecord(body)) {
      this.body(body, nb.block ?? EMPTY_BLOCK, 'nested', { ...ctx, root: path });
      return 1;
    }
    this.add('wrong-type', path, `${ctx.address}: block "${this.rel(path, ctx)}" is ${show(body)} (${kindOf(body)}); expected an object (block body)`, ctx);
    return 0;
  }

  /** `dynamic: { <block>: { for_each, iterator?, labels?, content } }` generates blocks at plan time. */
  private dynamic(value: Json, blocks: BlockFacts['blocks'], path: string, ctx: Ctx, counts: Map<string, number | 'unknown'>): void {
    const items = Array.isArray(value) ? value.map((v, i) => [v, joinPath(path, i)] as const) : [[value, path] as const];
    for (const [d, dpath] of items) {
      if (!isRecord(d)) {
        this.add('malformed', dpath, `${ctx.address}: "dynamic" is ${show(d)} (${kindOf(d)}); expected an object of block name -> {for_each, content}`, ctx);
        continue;
      }
      for (const [name, spec] of Object.entries(d)) {
        const p = joinPath(dpath, name);
        if (!hasOwn(blocks, name)) {
          this.add('unknown-block', p, `${ctx.address}: dynamic block "${name}" is not a block of ${ctx.what}.${suggest(name, Object.keys(blocks))} Allowed: ${allowedList(Object.keys(blocks))}`, ctx);
          continue;
        }
        counts.set(name, 'unknown');
        const specs = Array.isArray(spec) ? spec.map((s, i) => [s, joinPath(p, i)] as const) : [[spec, p] as const];
        for (const [s, spath] of specs) {
          if (!isRecord(s) || s.for_each === undefined || !isRecord(s.content)) {
            this.add('malformed', spath, `${ctx.address}: dynamic block "${name}" is ${show(s)}; expected an object with "for_each" and a "content" object`, ctx);
            continue;
          }
          this.body(s.content, blocks[name].block ?? EMPTY_BLOCK, 'nested', { ...ctx, root: joinPath(spath, 'content') });
        }
      }
    }
  }

  // ---- values --------------------------------------------------------------------------------

  /** Checks a literal against a cty type; `missingIsNull` lets an object omit attributes (attributes as blocks). */
  private value(v: Json, t: CtyType, path: string, ctx: Ctx, sensitive: boolean, missingIsNull = false): void {
    if (v === null || v === undefined || isExpression(v)) return;
    const bad = (extra = ''): void =>
      this.add('wrong-type', path, `${ctx.address}: "${this.rel(path, ctx)}" is ${show(v, sensitive)} (${kindOf(v)}); expected ${typeName(t)}${extra}`, ctx);
    if (typeof t === 'string') {
      switch (t) {
        case 'dynamic':
          return;
        case 'string':
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return;
          return bad();
        case 'number':
          if (typeof v === 'number') return;
          if (typeof v === 'string' && NUMBER_STRING.test(v)) return;
          return bad(' (a number, a numeric string or an expression "${...}")');
        case 'bool':
          if (typeof v === 'boolean') return;
          if (typeof v === 'string' && BOOL_STRINGS.has(v)) return;
          return bad(typeof v === 'string' && BOOL_STRINGS.has(v.toLowerCase()) ? ' (use lowercase "true"/"false")' : ' (true, false or an expression "${...}")');
        default:
          return;
      }
    }
    const [kind, arg] = t as readonly [string, unknown, unknown?];
    switch (kind) {
      case 'list':
      case 'set':
        if (!Array.isArray(v)) return bad(' (a JSON array)');
        v.forEach((el, i) => this.value(el, arg as CtyType, joinPath(path, i), ctx, sensitive));
        return;
      case 'map':
        if (!isRecord(v)) return bad(' (a JSON object)');
        for (const [k, el] of Object.entries(v)) this.value(el, arg as CtyType, joinPath(path, k), ctx, sensitive);
        return;
      case 'tuple': {
        const elts = arg as readonly CtyType[];
        if (!Array.isArray(v) || v.length !== elts.length) return bad(` (an array of ${elts.length} elements)`);
        v.forEach((el, i) => this.value(el, elts[i], joinPath(path, i), ctx, sensitive));
        return;
      }
      case 'object': {
        if (!isRecord(v)) return bad(' (a JSON object)');
        const attrs = arg as Record<string, CtyType>;
        const optional = new Set(((t as readonly unknown[])[2] as string[] | undefined) ?? []);
        for (const [k, el] of Object.entries(v)) {
          const p = joinPath(path, k);
          if (!hasOwn(attrs, k)) {
            this.add('wrong-type', p, `${ctx.address}: "${this.rel(p, ctx)}" is not an attribute of ${typeName(t)}.${suggest(k, Object.keys(attrs))} Allowed: ${allowedList(Object.keys(attrs))}`, ctx);
            continue;
          }
          this.value(el, attrs[k], p, ctx, sensitive);
        }
        for (const k of Object.keys(attrs)) {
          if (!missingIsNull && !optional.has(k) && !(k in v)) {
            const p = joinPath(path, k);
            this.add('wrong-type', p, `${ctx.address}: "${this.rel(p, ctx)}" is missing; ${typeName(t)} requires attribute "${k}" (${typeName(attrs[k])})`, ctx);
          }
        }
        return;
      }
      default:
        return;
    }
  }
}

function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}
