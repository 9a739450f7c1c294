/** Unit, adapter, template and end-to-end tests. Component tests opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/setup/customFunctionsRuntime.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", moduleResolution: "node", isolatedModules: true }, diagnostics: false }],
  },
  moduleNameMapper: { "\\.(css)$": "<rootDir>/test/setup/styleStub.js" },
  testTimeout: 30000,
};
