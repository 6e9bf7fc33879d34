import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layersConfig } from './eslint/layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-participant',
      'dist-relay',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'tests/perf/results',
      // Code written to break the layers on purpose, linted only by tests/unit/layers.test.ts.
      'tests/fixtures/layers',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The layers of src/: which folder may import which (docs/architecture.md).
  layersConfig(`${import.meta.dirname}/src`),
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
