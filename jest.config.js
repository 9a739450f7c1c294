/** Unit, adapter, template, gateway and end-to-end tests. Component tests opt into jsdom per file. */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "commonjs",
      jsx: "react-jsx",
      moduleResolution: "node",
      isolatedModules: true,
      allowJs: true,
    },
    diagnostics: false,
  },
];

// Office's test tooling (office-addin-mock -> office-addin-manifest) requires uuid and strip-bom,
// which now ship as ES modules only; compile just those to CommonJS for Jest.
const ESM_ONLY = ["uuid", "strip-bom"];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/setup/customFunctionsRuntime.ts"],
  transform: {
    "^.+\\.tsx?$": tsJest,
    [`/node_modules/(${ESM_ONLY.join("|")})/.+\\.js$`]: tsJest,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join("|")})/)(?!.*/node_modules/)`],
  moduleNameMapper: { "\\.(css)$": "<rootDir>/test/setup/styleStub.js" },
  // webpack defines the version at build time; tests read it from package.json the same way.
  globals: { __APP_VERSION__: require("./package.json").version },
  testTimeout: 30000,
};
