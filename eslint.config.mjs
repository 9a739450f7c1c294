import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

// Microsoft's Office add-in rules (load before read, sync after load, no sync in a loop...),
// with React and Prettier. Its config names only .ts/.js files, so .tsx is added here.
const withTsx = (config) =>
  config.files?.includes("**/*.{js,mjs,cjs,ts,cts,mts}")
    ? { ...config, files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"] }
    : config;

export default [
  {
    ignores: [
      "dist/",
      "generated/",
      "coverage/",
      "node_modules/",
      "test/artifacts/",
      "bench/results.json",
    ],
  },
  ...officeAddins.configs.react.map(withTsx),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off", // TypeScript checks names
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: globals.node,
    },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },
  {
    files: ["test/**"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
    },
  },
];
