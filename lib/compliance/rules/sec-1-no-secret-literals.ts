import { loadProviderFacts } from '../../verify/schema-facts';
import { allResources, isExpression } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, type Finding } from '../types';

/**
 * Sensitive Vault attributes. The committed Vault facts carry no sensitive flags (they come from
 * the jsii manifest), so the attributes that hold secrets are listed here.
 */
export const VAULT_SENSITIVE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  vault_generic_secret: ['data_json'],
  vault_kv_secret: ['data_json'],
  vault_kv_secret_v2: ['data_json'],
  vault_jwt_auth_backend: ['oidc_client_secret'],
  vault_ldap_auth_backend: ['bindpass'],
  vault_approle_auth_backend_role_secret_id: ['secret_id'],
  vault_token: ['client_token'],
  vault_database_secret_backend_connection: ['password'],
  vault_pki_secret_backend_config_ca: ['pem_bundle'],
};

/** Text patterns that are secrets wherever they appear. */
export const SECRET_PATTERNS: readonly { readonly name: string; readonly re: RegExp }[] = [
  { name: 'PEM private key', re: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
  { name: 'Proxmox API token header', re: /PVEAPIToken=/ },
  { name: 'Proxmox API token secret', re: /[A-Za-z0-9._-]+@[A-Za-z0-9.-]+![A-Za-z0-9._-]+=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/ },
  { name: 'Vault token', re: /\bhv[sbr]\.[A-Za-z0-9_-]{20,}/ },
];

function sensitiveOfUncached(type: string): readonly string[] {
  const facts = type.startsWith('vault_') ? undefined : loadProviderFacts('proxmox').resources[type];
  if (facts === undefined) return VAULT_SENSITIVE_ATTRIBUTES[type] ?? [];
  return Object.entries(facts.attributes).filter(([, a]) => a.sensitive === true).map(([n]) => n);
}

/** Sensitive attributes per resource type: the provider facts are fixed for the process, so computed once per type. */
const SENSITIVE_BY_TYPE = new Map<string, readonly string[]>();
function sensitiveOf(type: string): readonly string[] {
  let attrs = SENSITIVE_BY_TYPE.get(type);
  if (attrs === undefined) {
    attrs = sensitiveOfUncached(type);
    SENSITIVE_BY_TYPE.set(type, attrs);
  }
  return attrs;
}

function literalSecret(v: unknown): boolean {
  return v !== undefined && v !== null && !isExpression(v) && v !== '';
}

/**
 * Literal substrings each pattern cannot match without (by construction of the regex): a string
 * lacking one of them is skipped without running the pattern. Patterns not listed always run.
 */
const REQUIRED_SUBSTRINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['PEM private key', ['PRIVATE KEY-----']],
  ['Proxmox API token header', ['PVEAPIToken=']],
  ['Proxmox API token secret', ['@', '!', '=']],
  ['Vault token', ['hv']],
]);

/** The patterns with their required substrings (looked up once). */
const PATTERNS: readonly { readonly name: string; readonly re: RegExp; readonly required: readonly string[] }[] = SECRET_PATTERNS.map((p) => ({
  ...p,
  required: REQUIRED_SUBSTRINGS.get(p.name) ?? [],
}));

function mayMatch(p: { readonly required: readonly string[] }, text: string): boolean {
  for (const r of p.required) if (!text.includes(r)) return false;
  return true;
}

/**
 * Calls `visit` for every string of a JSON value (skipping `//` keys), in document order, with the
 * path parts leading to it (build the path text with {@link pathText} only on a finding; the parts
 * array changes as the walk goes on).
 */
function strings(v: unknown, parts: (string | number)[], visit: (text: string, parts: readonly (string | number)[]) => void): void {
  if (typeof v === 'string') visit(v, parts);
  else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      parts.push(i);
      strings(v[i], parts, visit);
      parts.pop();
    }
  } else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      if (k === '//') continue;
      parts.push(k);
      strings((v as Record<string, unknown>)[k], parts, visit);
      parts.pop();
    }
  }
}

/** `a.b[0].c` from path parts (numbers are list indices); a leading index is written `[i]`. */
function pathText(parts: readonly (string | number)[]): string {
  let at = '';
  for (const p of parts) at = typeof p === 'number' ? `${at}[${p}]` : at === '' ? p : `${at}.${p}`;
  return at;
}

/**
 * KOM-SEC-1: no secret is written into the synthesized JSON. Sensitive attributes (per the
 * provider facts) are expressions such as `${var.x}`; sensitive variables have no default; no
 * string anywhere looks like a private key, an API token or a Vault token.
 */
export const sec1NoSecretLiterals: ComplianceRule = {
  id: 'KOM-SEC-1',
  level: 'error',
  title: { en: 'No secrets in the synthesized configuration', de: 'Keine Geheimnisse in der erzeugten Konfiguration' },
  cause: 'A password, key or token is a literal in cdk.tf.json (and therefore in Git, CI logs and artifacts).',
  fix: 'Pass secrets as sensitive Terraform variables (set from the CI secret store / Vault) and reference them as ${var.name}.',
  grundschutz: ['ORP.4.A10', 'ORP.4.A7'],
  grundschutzPlusPlus: [],
  usesSpec: 'no',
  evaluate: ({ json }) => {
    const findings: Finding[] = [];
    for (const r of allResources(json)) {
      for (const attr of sensitiveOf(r.type)) {
        if (literalSecret(r.body[attr])) findings.push({ address: r.address, constructPath: r.constructPath, message: `sensitive attribute ${attr} is a literal; use a sensitive variable` });
      }
    }
    const providerFacts = loadProviderFacts('proxmox').providerBlock.attributes;
    const proxmoxProviderSecrets = Object.entries(providerFacts).filter(([, a]) => a.sensitive === true).map(([n]) => n);
    const providerSecrets: Record<string, readonly string[]> = { proxmox: proxmoxProviderSecrets, vault: ['token'] };
    for (const [name, configs] of Object.entries(json.provider ?? {})) {
      for (const [i, c] of (Array.isArray(configs) ? configs : [configs]).entries()) {
        for (const attr of providerSecrets[name] ?? []) {
          if (c !== null && typeof c === 'object' && literalSecret((c as Record<string, unknown>)[attr])) {
            findings.push({ address: `provider.${name}[${i}]`, message: `provider attribute ${attr} is a literal; use a sensitive variable or the provider's environment variable` });
          }
        }
      }
    }
    for (const [name, v] of Object.entries(json.variable ?? {})) {
      if (v.sensitive === true && literalSecret(v.default)) findings.push({ address: `var.${name}`, message: 'sensitive variable has a literal default; secrets come from the CI secret store' });
    }
    strings(json, [], (text, parts) => {
      let at: string | undefined;
      for (const p of PATTERNS) {
        if (!mayMatch(p, text) || !p.re.test(text)) continue;
        at ??= pathText(parts);
        findings.push({ address: at, message: `${p.name} found in ${at}` });
      }
    });
    return failIfAny(findings);
  },
};
