// One Jest run for the whole workspace. Unit specs (*.spec.ts) need nothing running; integration
// specs (*.int-spec.ts) and end-to-end specs (*.e2e-spec.ts) use a real PostgreSQL and Kafka,
// located by libs/testing/src/global-setup.ts.
const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;
swc.jsc.baseUrl = __dirname;

const aliases = {};
for (const [alias, [target]] of Object.entries(swc.jsc.paths)) {
  aliases[`^${alias}$`] = `<rootDir>/${target}`;
}

const shared = {
  rootDir: __dirname,
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    // ESM-only dependencies are compiled to CommonJS for Jest's module loader.
    '^.+\\.m?js$': ['@swc/jest', { module: { type: 'commonjs' }, swcrc: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(canonicalize|uuidv7|content-disposition)/)'],
  moduleNameMapper: aliases,
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tools/', '<rootDir>/.local/'],
};

module.exports = {
  // Integration specs wait on real brokers and databases; waits inside them have their own deadlines.
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{services,libs,bench,deploy,tools-src}/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{services,libs}/**/*.int-spec.ts', '<rootDir>/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
