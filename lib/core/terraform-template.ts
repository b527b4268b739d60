/**
 * Terraform template escaping: the one place where literal text is kept from being evaluated.
 *
 * Terraform reads every JSON string of a `.tf.json` in an expression position as a string
 * template: hashicorp/hcl `json/structure.go` (commit 2efc2662, v2.24.0-27) `expression.Value`
 * (line 384) parses the string with `hclsyntax.ParseTemplate` (line 393) whenever it evaluates
 * with a context, and object keys likewise (line 436, "In this one context we allow keys to
 * contain interpolation expressions too"). hashicorp/terraform documents the same in
 * `website/docs/language/syntax/json.mdx` (commit e3c135b8, the last before the page moved),
 * lines 125-133 ("String | Parsed as a string template"). So a tenant name
 * `Stadt ${filebase64("/proc/self/environ")}` in a resource comment is a function call that runs
 * in the plan job.
 *
 * The template scanner (`hclsyntax/scan_tokens.rl`, same commit) opens an interpolation at `${`
 * and a directive at `%{` (lines 229-230); `$` or `%` followed by anything but `{` is literal, and
 * `$${` / `%%{` are literal text (`TemplateNotInterp`/`TemplateNotControl`, lines 236-237), which
 * the literal decoder turns into `${` / `%{` (`hclsyntax/parser.go`, lines 2046-2057: a three-byte
 * `$${` or `%%{` slice yields its last two bytes; any other `$`/`%` slice stays as it is). Hence
 * {@link escapeTemplateLiteral}: doubling the first character of every `${` and `%{` makes any
 * text come back unchanged (`$${` in the input becomes `$$${`: a literal `$` then the escape).
 * test/core/terraform-template.test.ts checks this round trip with a real terraform binary.
 *
 * ONE mechanism, chosen over escaping at each call site: {@link TemplateLiteralEscaping}, an aspect
 * on the stack, escapes the attributes of every resource, data source and provider and the value of
 * every output when the stack is synthesized. Reasons:
 * - It sees what cdktf will render: a literal string still holds cdktf's token markers
 *   (`${TfToken[TOKEN.n]}`) for the blueprint's own references, so literal text and references can
 *   be told apart exactly; after synthesis both look alike.
 * - It covers every string of every construct, including those a future construct adds, without a
 *   helper call that a reviewer has to spot at each of dozens of call sites.
 * - Parameter values stay unescaped everywhere else (validation, documents, reports, IDs), so no
 *   check or length rule sees `$${`.
 * The aspect wraps each element's `synthesizeAttributes()` (a protected method of cdktf's
 * `TerraformResource`, `TerraformDataSource` and `TerraformProvider`, meant to be overridden), which
 * both cdktf's `toTerraform()` and the fleet synthesis (`lib/synth/internal/cdktf-internals.ts`,
 * `plainBlock`) call; outputs get their public `value` replaced (an expression, json.mdx line 379). Variable blocks and the backend are
 * left alone: their strings are literal already (json.mdx lines 353-361 for `variable`; a backend
 * block allows no expressions), so escaping would change them.
 *
 * Not covered: locals (json.mdx line 406; cdktf keeps a local's expression private and this library
 * declares none), HCL output (`hclOutput: true`, not used by this project) and strings inside tokens
 * (a `Lazy` value or a function call built by the blueprint renders what the blueprint wrote).
 */
import { Aspects, IAspect, IResolvable, Lazy, TerraformDataSource, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack, Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';

/** Escapes `${` and `%{` in literal text so that Terraform reads the text back unchanged. */
export function escapeTemplateLiteral(text: string): string {
  return text.replace(/([$%])\{/g, '$1$1{');
}

/**
 * Whether Terraform would evaluate something in this JSON string: an interpolation `${` or a
 * directive `%{` that is not escaped. Read left to right as HCL's template scanner does, where
 * `$${` and `%%{` are the escapes of a literal `${` and `%{` (hashicorp/hcl v2 hclsyntax
 * scan_string_lit.rl; Terraform's JSON syntax reads strings as templates, website/docs/language/
 * syntax/json.mdx), so `$$${x}` is a literal `$` plus the literal `${x}`, the escaped form of `$${x}`.
 */
export function hasTemplateSequence(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i];
    if (c !== '$' && c !== '%') continue;
    if (text[i + 1] === '{') return true;
    if (text[i + 1] === c && text[i + 2] === '{') i += 2; // an escape: skip it whole
  }
  return false;
}

/** cdktf's marker of a string token (cdktf 0.21 `lib/tokens/private/encoding.js`, BEGIN_STRING_TOKEN_MARKER and VALID_KEY_CHARS). */
const STRING_TOKEN = /\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}/g;

/**
 * In a string that also holds a token, cdktf's tokenizer reads every other `${` as the start of an
 * expression and drops the braces of the tokens that follow (cdktf 0.21 `lib/tokens/private/
 * encoding.js` ESCAPE_TOKEN_BEGIN_REGEX, `lib/tokens/string-fragments.js` mapTokens), so an escaped
 * `$${` next to a reference would break that reference: there the escape is spliced in as a token
 * of its own, whose value cdktf inserts as is. A literal `$` right before a reference would turn
 * the reference's `${` into the escape `$${` (the scanner rule above); the template language has
 * no escape for a `$` there, so a run of `$` before a reference is written as an interpolation of
 * a string constant, `${"$$"}`.
 */
const splicedTokens = new Map<string, string>();
function spliced(text: string): string {
  let token = splicedTokens.get(text);
  if (token === undefined) {
    token = Token.asString(Lazy.stringValue({ produce: () => text }));
    splicedTokens.set(text, token);
  }
  return token;
}

/** Escapes the literal parts of a string that may hold cdktf token markers; the markers stay. */
function escapeString(value: string): string {
  if (!value.includes('{')) return value;
  const markers = value.match(STRING_TOKEN);
  if (markers === null) return escapeTemplateLiteral(value);
  const literals = value.split(STRING_TOKEN);
  const escapeMixed = (lit: string, beforeToken: boolean) => {
    const body = lit.replace(/%\{/g, '%%{').replace(/\$\{/g, () => spliced('$${'));
    const dollars = beforeToken ? /\$+$/.exec(body) : null;
    return dollars === null ? body : body.slice(0, dollars.index) + spliced(`\${${JSON.stringify(dollars[0])}}`);
  };
  let out = '';
  for (let i = 0; i < markers.length; i++) out += escapeMixed(literals[i], true) + markers[i];
  return out + escapeMixed(literals[markers.length], false);
}

/**
 * A copy of `value` with the literal text of every string (and object key) escaped for Terraform.
 * Tokens (references, lazy values, dynamic blocks) and other class instances are kept as they are.
 */
export function escapeTemplateLiterals<T>(value: T): T {
  return escapeDeep(value) as T;
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeString(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (Tokenization.isResolvable(value) || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[escapeString(k)] = escapeDeep(v);
  return out;
}

interface SynthesizesAttributes {
  synthesizeAttributes(): Record<string, unknown>;
}

const escaped = new WeakSet<IConstruct>();

/**
 * Aspect that escapes the literal text of every resource, data source and provider attribute and
 * every output value of the stack it is added to (see the module comment). Visiting a construct
 * twice changes nothing.
 */
export class TemplateLiteralEscaping implements IAspect {
  /** Escapes the construct's rendered strings from now on; other constructs are left alone. */
  public visit(node: IConstruct): void {
    if (escaped.has(node)) return;
    if (TerraformResource.isTerraformResource(node) || TerraformDataSource.isTerraformDataSource(node) || TerraformProvider.isTerraformProvider(node)) {
      escaped.add(node);
      const element = node as unknown as SynthesizesAttributes;
      const own = element.synthesizeAttributes.bind(element);
      element.synthesizeAttributes = () => escapeTemplateLiterals(own());
    } else if (TerraformOutput.isTerraformOutput(node)) {
      escaped.add(node);
      node.value = escapeTemplateLiterals(node.value as unknown) as IResolvable;
    }
  }
}

const guarded = new WeakSet<TerraformStack>();

/**
 * Adds {@link TemplateLiteralEscaping} to the stack of `scope`, once per stack. Every construct
 * that renders text calls it, so a stack built from these constructs never lets literal text be
 * evaluated by Terraform.
 */
export function escapeTemplateLiteralsOf(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  if (guarded.has(stack)) return;
  guarded.add(stack);
  Aspects.of(stack).add(new TemplateLiteralEscaping());
}
