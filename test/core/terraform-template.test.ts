import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DataResource, TerraformOutput, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { escapeTemplateLiteral, escapeTemplateLiteralsOf, hasTemplateSequence } from '../../lib/core/terraform-template';
import { synthJson, testStack } from '../helpers/synth';

/** Characters that matter to Terraform's template scanner, JSON and the shell, plus ordinary text. */
const HOSTILE_CHARS = ['$', '%', '{', '}', '~', '"', '\\', '\n', 'a', ' ', 'ä', '(', ')', '/'];
const hostileText = fc.array(fc.constantFrom(...HOSTILE_CHARS), { maxLength: 16 }).map((cs) => cs.join(''));

/** The named attacks of issue #14, item 3. */
const ATTACKS = ['${filebase64("/proc/self/environ")}', '%{ for x in y }${x}%{ endfor }', '$${', '$', '%', '$${x}', '%%{', '${', '%{', 'a$', 'b%'];

function terraformAvailable(): boolean {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const HAS_TERRAFORM = terraformAvailable();
if (!HAS_TERRAFORM) console.warn('terraform is not on PATH: the round trips through terraform console are skipped');

/** Evaluates `expression` with terraform console against `config` (a .tf.json document); returns the JSON value. */
function evaluate(config: unknown, expression: string): unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-tftemplate-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(config));
    fs.writeFileSync(path.join(dir, 'terraformrc'), '');
    const out = execFileSync('terraform', [`-chdir=${dir}`, 'console'], {
      input: `base64encode(jsonencode(${expression}))\n`,
      env: { ...process.env, TF_CLI_CONFIG_FILE: path.join(dir, 'terraformrc'), TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' },
      encoding: 'utf8',
    });
    const b64 = JSON.parse(out.trim()) as string;
    return JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const runWithTerraform = HAS_TERRAFORM ? it : it.skip;

describe('escapeTemplateLiteral', () => {
  it('doubles the first character of every ${ and %{, and nothing else', () => {
    expect(escapeTemplateLiteral('Stadt ${filebase64("/proc/self/environ")}')).toBe('Stadt $${filebase64("/proc/self/environ")}');
    expect(escapeTemplateLiteral('%{ for x in y }')).toBe('%%{ for x in y }');
    expect(escapeTemplateLiteral('$${')).toBe('$$${');
    expect(escapeTemplateLiteral('100 % $ 5')).toBe('100 % $ 5');
    expect(escapeTemplateLiteral('Bad Dürkheim')).toBe('Bad Dürkheim');
  });

  runWithTerraform('comes back unchanged from terraform for any text (property, one terraform run)', () => {
    const texts = [...ATTACKS, ...fc.sample(hostileText, { numRuns: 300, seed: 14 })];
    const evaluated = evaluate({ locals: { texts: texts.map(escapeTemplateLiteral) } }, 'local.texts');
    expect(evaluated).toEqual(texts);
  });

  runWithTerraform('proves the attack: unescaped, terraform evaluates the text as a template', () => {
    // Without escaping, `${...}` is an expression: here a harmless one, so the test needs no secret.
    expect(evaluate({ locals: { t: 'Stadt ${upper("x")}' } }, 'local.t')).toBe('Stadt X');
  });
});

describe('hasTemplateSequence', () => {
  it.each([
    ['${var.x}', true],
    ['a %{ if x }b%{ endif }', true],
    ['plain text', false],
    ['$${var.x}', false], // the escape of a literal ${
    ['%%{ if }', false],
    ['$$${var.x}', false], // a literal $ then the escape: terraform console prints "$${var.x}" (1.11.4)
    ['$$$${var.x}', false], // literal $$ then the escape: terraform console prints "$$${var.x}" (1.11.4)
    ['100$ and {braces}', false],
    ['$', false],
  ])('%s -> %s', (text, expected) => {
    expect(hasTemplateSequence(text)).toBe(expected);
  });
  it('is false for every escaped literal and true for its unescaped form', () => {
    for (const t of ['${a}', 'x%{b}', 'e$%{f}', 'p%%{q} ${r}']) {
      expect({ t, escaped: hasTemplateSequence(escapeTemplateLiteral(t)) }).toEqual({ t, escaped: false });
      expect({ t, raw: hasTemplateSequence(t) }).toEqual({ t, raw: true });
    }
  });
});

describe('TemplateLiteralEscaping (aspect)', () => {
  function stackWith(build: (stack: ReturnType<typeof testStack>['stack']) => void) {
    const { stack } = testStack();
    escapeTemplateLiteralsOf(stack);
    escapeTemplateLiteralsOf(stack); // a second call adds nothing
    build(stack);
    return synthJson(stack);
  }

  it('escapes literal attribute text and map keys, and keeps references', () => {
    const json = stackWith((stack) => {
      const v = new TerraformVariable(stack, 'v', { type: 'string', default: 'REF' });
      new DataResource(stack, 'd', { input: { 'Stadt ${x}': `${ATTACKS[0]} ${v.stringValue} %{ if true }` } });
    });
    const input = (json.resource as Record<string, Record<string, { input: Record<string, string> }>>).terraform_data.d.input;
    expect(input).toEqual({ 'Stadt $${x}': '$${filebase64("/proc/self/environ")} ${var.v} %%{ if true }' });
  });

  it('leaves variable blocks literal (terraform does not evaluate them)', () => {
    const json = stackWith((stack) => {
      new TerraformVariable(stack, 'v', { type: 'string', default: '${x}', description: 'Stadt ${x}' });
    });
    expect(json.variable?.v).toEqual({ type: 'string', default: '${x}', description: 'Stadt ${x}' });
  });

  it('escapes output values', () => {
    const json = stackWith((stack) => {
      new TerraformOutput(stack, 'o', { value: 'Stadt ${x}', description: 'Stadt ${x}' });
    });
    expect(json.output?.o).toEqual({ value: 'Stadt $${x}', description: 'Stadt ${x}' });
  });

  runWithTerraform('renders literal text next to a reference so that terraform reads text + value + text (property)', () => {
    const pairs = [...ATTACKS.map((a) => [a, a] as const), ...fc.sample(fc.tuple(hostileText, hostileText), { numRuns: 120, seed: 7 })];
    const json = stackWith((stack) => {
      const v = new TerraformVariable(stack, 'v', { type: 'string', default: 'REF' });
      pairs.forEach(([a, b], i) => new DataResource(stack, `d${i}`, { input: `${a}${v.stringValue}${b}` as unknown as Record<string, unknown> }));
    });
    const rendered = pairs.map((_, i) => (json.resource as Record<string, Record<string, { input: string }>>).terraform_data[`d${i}`].input);
    const evaluated = evaluate({ variable: { v: { type: 'string', default: 'REF' } }, locals: { texts: rendered } }, 'local.texts');
    expect(evaluated).toEqual(pairs.map(([a, b]) => `${a}REF${b}`));
  });
});
