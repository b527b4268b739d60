/**
 * Jest: TypeScript is transpiled by SWC (no per-file type-check); `npm test` type-checks once with tsc.
 *
 * Two projects, run one after the other by `npm test`:
 * - `unit`: everything that needs no terraform binary (under 3 minutes on 2 cores);
 * - `rehearsal`: the suites that run the real terraform against the shadow providers and real state
 *   servers (lifecycle scenarios, `kommunal rehearse` on every example, state backends, the plugin's
 *   end-to-end test, the GitLab pipeline under gitlab-ci-local), and the packed library installed
 *   outside the repository (test/examples-fork.test.ts). The terraform suites skip with a printed reason
 *   where terraform is missing, and fail in CI (CI=true) instead.
 * `npm test` runs both projects with two workers (jest's default on 2 cores is one): the rehearsals
 * mostly wait for terraform processes (two workers took 5m24s instead of 7m49s for the same 34
 * tests), and the unit project took 116 s instead of 201 s for the same 1,962 tests (2026-12-06).
 */
const REHEARSAL = [
  '<rootDir>/test/rehearsal/lifecycle/',
  '<rootDir>/test/rehearsal/backends/',
  '<rootDir>/test/rehearsal/pipeline/',
  '<rootDir>/test/rehearsal/rehearse-cli.test.ts',
  '<rootDir>/test/rehearsal/rehearse-cli/',
  '<rootDir>/test/rehearsal/stack-failures.test.ts',
  '<rootDir>/test/rehearsal/datacenter-model.test.ts',
  '<rootDir>/test/rehearsal/plugin/e2e.test.ts',
  // Not terraform, but the same kind of run: the packed library installed as a user installs it,
  // and every example plus a fresh `kommunal init --fleet` repository run through npm scripts, tsc
  // and the CLI (about 8 s of CPU per fleet; too much for the unit budget).
  '<rootDir>/test/examples-fork.test.ts',
];

const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Examples import the package by name, as a forked example would; in the repo that is the source.
  moduleNameMapper: {
    '^kommunal-cdk$': '<rootDir>/lib/index.ts',
    '^kommunal-cdk/testing$': '<rootDir>/lib/testing.ts',
    '^kommunal-cdk/proxmox$': '<rootDir>/lib/providers/proxmox/index.ts',
    '^kommunal-cdk/proxmox/(.*)$': '<rootDir>/lib/providers/proxmox/$1/index.ts',
  },
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testPathIgnorePatterns: ['/node_modules/', ...REHEARSAL] },
    { ...common, displayName: 'rehearsal', testMatch: REHEARSAL.map((p) => (p.endsWith('/') ? `${p}**/*.test.ts` : p)) },
  ],
  // Global only: jest ignores testTimeout inside a project (its default of 5 s then applied to the
  // state backend rehearsals, which set no timeout of their own). Long rehearsals set their own.
  testTimeout: 60000,
  // Longest suites first (scripts/jest-sequencer.js says why).
  testSequencer: '<rootDir>/scripts/jest-sequencer.js',
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
