import { type ComplianceRule } from '../types';
/**
 * Sensitive Vault attributes. The committed Vault facts carry no sensitive flags (they come from
 * the jsii manifest), so the attributes that hold secrets are listed here.
 */
export declare const VAULT_SENSITIVE_ATTRIBUTES: Readonly<Record<string, readonly string[]>>;
/** Text patterns that are secrets wherever they appear. */
export declare const SECRET_PATTERNS: readonly {
    readonly name: string;
    readonly re: RegExp;
}[];
/**
 * KOM-SEC-1: no secret is written into the synthesized JSON. Sensitive attributes (per the
 * provider facts) are expressions such as `${var.x}`; sensitive variables have no default; no
 * string anywhere looks like a private key, an API token or a Vault token.
 */
export declare const sec1NoSecretLiterals: ComplianceRule;
