// ESLint (flat config) with typescript-eslint; Prettier owns layout (eslint-config-prettier turns
// off every stylistic rule it would fight with). See CONTRIBUTING.md "Style" for why these tools.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/generated/',
      'test/fixtures/',
      'bench/specs/',
      'bench/.peers/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // The disable comments stay valid for contributors running older configs; do not flag them.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        fetch: 'readonly',
        globalThis: 'readonly',
        performance: 'readonly',
        queueMicrotask: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
      },
    },
    rules: {
      // Definitions are untyped JSON/YAML trees that rules and walkers read field by field.
      '@typescript-eslint/no-explicit-any': 'off',
      // `_` marks a parameter a callback signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Layers point down only: enforced by test/architecture/layers.test.ts (relative paths, any depth).
      // Output sanitising and ANSI/colour tests match control characters on purpose.
      'no-control-regex': 'off',
      // Tests match padded table columns literally.
      'no-regex-spaces': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // CommonJS shims and probes (scripts/shims, bench): Node's CommonJS globals.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', exports: 'writable' },
    },
    // node-fetch.cjs stands in for the package with Node's own fetch, under that name.
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
);
