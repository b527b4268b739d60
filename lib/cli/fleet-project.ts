/**
 * The files that make a folder a self-contained fleet project outside this repository: its own
 * `package.json` depending on the published `kommunal-cdk`, a `tsconfig.json` and `cdktf.json`
 * whose app compiles and runs `main.ts` there, the app itself, and a `.gitignore`. Both
 * `kommunal init --fleet <dir>` and the examples use exactly these files (test/examples-fork.test.ts
 * compares them), so a Kommune that copies an example out of the repository gets the same project a
 * new fleet repository gets.
 */

/** The package whose version a fleet project depends on (this package). */
export const LIBRARY_PACKAGE = 'kommunal-cdk';

/** What differs between fleet projects. */
export interface FleetProjectInput {
  /** npm package name of the project, e.g. `kommunal-example-musterstadt`. */
  readonly packageName: string;
  /** One line saying what the fleet is. */
  readonly description: string;
  /** The exact version of kommunal-cdk the project depends on. */
  readonly libraryVersion: string;
  /** The exact version of TypeScript that compiles the app (this package's own pin). */
  readonly typescriptVersion: string;
  /** The exact version of @types/node (this package's own pin). */
  readonly nodeTypesVersion: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The project files by relative path. Scripts name every `kommunal` command a fleet runs; the app
 * (`npm run app`, or `cdktf synth`, which runs cdktf.json's `app`) compiles main.ts into `dist/`
 * and writes the stacks and documents into `cdktf.out/`.
 */
export function fleetProjectFiles(p: FleetProjectInput): Record<string, string> {
  return {
    'package.json': json({
      name: p.packageName,
      version: '0.0.0',
      private: true,
      description: p.description,
      scripts: {
        validate: 'kommunal validate .',
        synth: 'kommunal synth --fleet fleet.yaml',
        check: 'kommunal check --fleet fleet.yaml',
        app: 'tsc && node dist/main.js',
      },
      dependencies: { [LIBRARY_PACKAGE]: p.libraryVersion },
      devDependencies: { '@types/node': p.nodeTypesVersion, typescript: p.typescriptVersion },
    }),
    'tsconfig.json': json({
      compilerOptions: {
        target: 'ES2022',
        module: 'commonjs',
        moduleResolution: 'node',
        strict: true,
        esModuleInterop: true,
        skipLibCheck: true,
        types: ['node'],
        outDir: 'dist',
        rootDir: '.',
      },
      include: ['main.ts'],
    }),
    'cdktf.json': json({
      language: 'typescript',
      app: 'npx tsc && node dist/main.js',
      output: 'cdktf.out',
      projectId: p.packageName,
      sendCrashReports: 'false',
      terraformProviders: [],
      terraformModules: [],
      context: {},
    }),
    'main.ts': [
      '/**',
      ' * The cdktf app of this fleet: loads fleet.yaml, the tenant files and fleet.lock.yaml, builds the',
      ' * platform stack and one stack per tenant, and writes them with each tenant\'s documents (network',
      ' * plan, backup plan, access matrix) into cdktf.out/. `npm run app` or `cdktf synth` run it;',
      ' * `npx kommunal synth` writes the same stacks faster. Extend the blueprint here in code if you must;',
      ' * parameters belong in the YAML files.',
      ' */',
      "import { runFleetApp } from 'kommunal-cdk';",
      '',
      '// The folder of this fleet (cdktf and npm run the app from here); KOMMUNAL_EXAMPLE_DIR overrides it.',
      'runFleetApp({ dir: process.env.KOMMUNAL_EXAMPLE_DIR ?? process.cwd() });',
      '',
    ].join('\n'),
    '.gitignore': ['node_modules/', 'dist/', 'cdktf.out/', 'compliance-reports/', ''].join('\n'),
  };
}

/** A fleet project's package name from a folder or fleet name: lower case, npm-safe. */
export function projectPackageName(name: string): string {
  const slug = name
    .replace(/ä/gi, 'ae').replace(/ö/gi, 'oe').replace(/ü/gi, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return slug === '' ? 'kommunal-fleet' : slug.slice(0, 214);
}

/** What `kommunal init --fleet` asks for the fleet file. */
export interface FleetYamlInput {
  /** Fleet name (lower-case DNS label). */
  readonly name: string;
  /** Relative path from the fleet folder to fleet.schema.json (forward slashes). */
  readonly schemaPath: string;
  /** Land code (two digits) every tenant AGS starts with. */
  readonly land: string;
}

/**
 * The text of a new fleet.yaml: a complete, valid platform description whose host names are below
 * example.org (RFC 2606) and whose address space is private, so that `kommunal validate`, `synth` and
 * `check` pass before anything is adapted; every line a provider must replace says so.
 */
export function renderFleetYaml(f: FleetYamlInput): string {
  return [
    `# yaml-language-server: $schema=${f.schemaPath}`,
    '#',
    '# Platform settings of this fleet, scaffolded by `kommunal init --fleet`. The provider engineers own',
    '# this file; each Kommune owns its file in kommunen/ (add one with `npx kommunal init <AGS> --dir kommunen`).',
    '# Every value below example.org is a placeholder: replace it with your platform before the first apply.',
    '# docs/parameters.md of kommunal-cdk explains every field; `npx kommunal validate` checks the file.',
    `name: ${f.name}`,
    '# DNS suffix below which every tenant gets its name (<key>.<namingDomain>). REPLACE.',
    `namingDomain: ${f.name}.example.org`,
    '# Land code of the AGS (07 = Rheinland-Pfalz, 10 = Saarland, ...): every tenant AGS starts with it.',
    `land: "${f.land}"`,
    'network:',
    '  # Proxmox VE SDN zone type of every tenant: qinq | vlan | vxlan | evpn.',
    '  zoneType: qinq',
    '  # Private address space the tenants\' blocks are allocated from (never reused, see fleet.lock.yaml).',
    '  supernets:',
    '    - 10.64.0.0/12',
    '  bridge: vmbr1',
    '  nodes: [pve1, pve2, pve3]',
    'compute:',
    '  vmIdBase: 100000',
    '  vmIdsPerTenant: 1000',
    'backup:',
    '  # Proxmox Backup Server and datastore of the tenants\' backups, and the second copy (BSI CON.3). REPLACE.',
    '  server: pbs1.example.org',
    '  datastore: kommunen',
    '  secondCopy:',
    '    server: pbs2.example.org',
    '    datastore: kommunen-copy',
    'vault:',
    '  # path: one KV prefix per tenant; namespace: one namespace per tenant (Vault Enterprise, OpenBao >= 2.3).',
    '  isolation: path',
    '  tenantRoot: kommunen',
    'logging:',
    '  # Syslog collector (TLS) of the platform. REPLACE.',
    '  collector: logs.example.org:6514',
    'identity:',
    '  # The shared OIDC login realm of the platform, for Kommunen without their own directory. REPLACE.',
    '  sharedRealm:',
    `    id: ${f.name}-sso`,
    '    issuerUrl: https://sso.example.org/realms/kommunen',
    '    clientId: proxmox-ve',
    'tenants: kommunen',
    '',
  ].join('\n');
}

/** The README of a new fleet repository. */
export function renderFleetReadme(name: string): string {
  return [
    `# Fleet ${name}`,
    '',
    'A fleet repository of [kommunal-cdk](https://www.npmjs.com/package/kommunal-cdk): the platform in',
    '`fleet.yaml`, one parameter file per Kommune in `kommunen/`, the allocated identifiers in',
    '`fleet.lock.yaml` (written by the first `synth`; commit it, never edit it).',
    '',
    '```sh',
    'npm install                          # kommunal-cdk and TypeScript',
    'npx kommunal init <AGS or name> --dir kommunen   # add a Kommune from the official register',
    'npx kommunal validate .              # every check, writes nothing',
    'npx kommunal synth                   # stacks into cdktf.out/stacks/, allocations into fleet.lock.yaml',
    'npx kommunal check                   # compliance reports and documents into compliance-reports/',
    'npm run app                          # the cdktf app (main.ts): stacks and documents into cdktf.out/',
    '```',
    '',
  ].join('\n');
}
