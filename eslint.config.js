import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/results/', '.gotong-demo/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly' } },
    rules: {
      // TypeScript checks names itself; the rule cannot see DOM types in page scripts.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [
        { name: 'commander', message: 'Only src/cli/ imports commander.' },
        { name: '@inquirer/prompts', message: 'Only src/cli/ imports prompts.' },
        { name: 'undici', message: 'Only src/registry/http.ts imports undici.' },
        { name: 'yaml', message: 'Only src/publiccode/yaml-source.ts imports yaml.' },
      ] }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/registry/http.ts', 'src/publiccode/yaml-source.ts', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
