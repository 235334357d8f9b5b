// Lint rules for the whole workspace. The module-boundary rule is the architecture: a service
// may import libraries, never another service. The contracts library imports nothing of ours,
// so any client can take it alone.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/**', 'tools/**', '.local/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:testing'] },
            { sourceTag: 'scope:gateway', notDependOnLibsWithTags: ['scope:interactions', 'scope:promises', 'scope:audit'] },
            { sourceTag: 'scope:interactions', notDependOnLibsWithTags: ['scope:gateway', 'scope:promises', 'scope:audit'] },
            { sourceTag: 'scope:promises', notDependOnLibsWithTags: ['scope:gateway', 'scope:interactions', 'scope:audit'] },
            { sourceTag: 'scope:audit', notDependOnLibsWithTags: ['scope:gateway', 'scope:interactions', 'scope:promises'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'bench/**/*.ts', 'tools-src/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Specs of a library may use the testing helpers; the library's own code may not.
    files: ['libs/**/*.spec.ts', 'libs/**/*.int-spec.ts', 'libs/**/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
          ],
        },
      ],
    },
  },
];
