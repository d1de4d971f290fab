// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import unicorn from 'eslint-plugin-unicorn';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'docs/samples/**', 'e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { unicorn },
    rules: {
      'unicorn/filename-case': ['error', { case: 'kebabCase' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['packages/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // A migration stands alone: what it writes must never change when application code does, so it
    // imports only kysely, the dialect helpers and frozen copies beside it (db/migrations/support).
    files: ['packages/server/src/db/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!kysely$|\\.\\./dialect$|\\./|\\.\\./support/).*',
              message: 'A migration imports only kysely, ../dialect and files under db/migrations/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Routes and CLI commands call services: the queries live in repositories, behind the services
    // (tests may set up and inspect rows directly).
    files: ['packages/server/src/http/**/*.ts', 'packages/server/src/cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^kysely$|/db/repositories/',
              message:
                'Routes and commands call services (server/src/services), never repositories or Kysely.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        ...['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'transaction'].map((property) => ({
          property,
          message: 'Queries and transactions belong to services and repositories.',
        })),
      ],
    },
  },
  {
    // The engine is pure: it runs in the browser and the server, with no I/O and no framework.
    files: ['packages/engine/src/**/*.ts'],
    ignores: ['packages/engine/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'kysely', 'fastify', 'react', 'react-dom', 'pg', 'better-sqlite3'] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine takes a clock; it never reads one.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
        { object: 'crypto', property: 'randomUUID', message: 'The engine takes an id source.' },
      ],
    },
  },
);
