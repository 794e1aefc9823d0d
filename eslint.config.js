// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.aws-sam/', 'coverage/', 'bin/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Type-aware rules need the whole program, every SDK client's types included (about 500 MB of heap for
    // the product alone): they run on the product's code; tests, benchmarks and scripts are linted without
    // types (the typecheck still covers them, and the test runner reports an unhandled rejection).
    files: ['**/*.js', '**/*.mjs', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'vitest*.ts', '*.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Checks are pure: no SDK, no I/O (style rule 2).
    files: ['checks/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*', 'node:*', '../../src/aws/*', '../../src/collectors/*', '../../src/publish/*'] }],
      'require-await': 'error',
      '@typescript-eslint/require-await': 'error',
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
