/** Jest: TypeScript is transpiled by SWC (no per-file type-check); `npm test` type-checks once with tsc. */
module.exports = {
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
    '^kommunal-cdk/proxmox$': '<rootDir>/lib/providers/proxmox/index.ts',
    '^kommunal-cdk/proxmox/(.*)$': '<rootDir>/lib/providers/proxmox/$1/index.ts',
  },
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
