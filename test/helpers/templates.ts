/**
 * Reading synthesized JSON the way Terraform's template scanner does (hashicorp/hcl
 * `hclsyntax/scan_tokens.rl` lines 229-237): `${` opens an interpolation and `%{` a directive,
 * `$${` and `%%{` are literal, a `$` or `%` before anything else is literal.
 */

/** A template sequence (`${...}` or `%{...}`) Terraform would evaluate, with the text it spans. */
export interface TemplateSequence {
  readonly kind: '$' | '%';
  readonly text: string;
}

/** The template sequences of one string, in order. Braces inside quoted strings do not count. */
export function templateSequences(s: string): TemplateSequence[] {
  const out: TemplateSequence[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if ((c === '$' || c === '%') && s[i + 1] === c && s[i + 2] === '{') {
      i += 3;
    } else if ((c === '$' || c === '%') && s[i + 1] === '{') {
      let depth = 0;
      let j = i + 1;
      let quoted = false;
      for (; j < s.length; j++) {
        const d = s[j];
        if (quoted) {
          if (d === '\\') j++;
          else if (d === '"') quoted = false;
        } else if (d === '"') quoted = true;
        else if (d === '{') depth++;
        else if (d === '}' && --depth === 0) break;
      }
      out.push({ kind: c, text: s.slice(i, j + 1) });
      i = j + 1;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * Every template sequence Terraform would evaluate in a synthesized stack: in every string and
 * object key of resources, data sources, providers and output values. Variable blocks, the
 * `terraform` block (backend) and cdktf's `//` metadata are literal and left out.
 */
export function evaluatedSequences(json: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const t of templateSequences(v)) out.push(t.text);
    } else if (Array.isArray(v)) {
      v.forEach(walk);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === '//') continue;
        for (const t of templateSequences(k)) out.push(t.text);
        walk(x);
      }
    }
  };
  const doc = json as Record<string, unknown>;
  for (const block of ['resource', 'data', 'provider']) walk(doc[block]);
  for (const o of Object.values((doc.output ?? {}) as Record<string, { value?: unknown }>)) walk(o.value);
  return out;
}
