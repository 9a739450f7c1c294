const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DefinePlugin } = require("webpack");
const { version } = require("./package.json");

const DEV_URL = "https://localhost:3000/";
// Where the production build is hosted; the manifest's localhost URLs are rewritten to it.
const PROD_URL = withSlash(
  process.env.ADDIN_PUBLIC_URL || require("./package.json").config.prod_url
);
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const FUNCTION_FILES = [
  "poolShare",
  "deficitSplit",
  "alignVsPool",
  "finYear",
  "riskShare",
  "reallocate",
].map((f) => `./src/functions/${f}.ts`);

function withSlash(url) {
  return url.endsWith("/") ? url : url + "/";
}

/** Scripts only from our origin and the Office.js CDN; Fluent UI injects its styles at run time. */
function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " wss://localhost:3000 ws://localhost:3000" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (e) {
    // No trusted dev certificate could be installed (e.g. Linux without a GUI keychain or
    // sudo): serve with a self-signed one so the add-in still runs; say so in one line.
    const why = String(e.message).split("\n")[0];
    console.warn(
      `No trusted developer certificate (${why}): serving with a self-signed one, which your browser will ask you to accept once.`
    );
    return "https";
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const html = (filename, chunks, office) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/taskpane/page.html",
      chunks,
      inject: "head",
      scriptLoading: "defer",
      templateParameters: {
        csp: contentSecurityPolicy(dev),
        officeJs: office ? OFFICE_JS : "",
        title: "Pool budgets",
      },
    });

  return {
    devtool: dev ? "source-map" : false, // never eval: the CSP forbids it
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/taskpane/preview.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    target: ["web", "es2020"],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ __APP_VERSION__: JSON.stringify(version) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      // Shared runtime: one page hosts the functions, the ribbon commands and the pane.
      html("taskpane.html", ["functions", "commands", "taskpane"], true),
      html("preview.html", ["preview"], false),
      // The server's front page: links to the preview, the pane and the help; no script.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/index.html",
        chunks: [],
        inject: false,
        templateParameters: { csp: contentSecurityPolicy(dev) },
      }),
      // The help page Excel links each function to (@helpurl): static, no script.
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        inject: false,
        templateParameters: { csp: contentSecurityPolicy(dev) },
      }),
      // functions.json: data types reach the functions as their plain values (a linked
      // Stocks cell as its text, which the functions refuse by name), never as objects;
      // each function's help URL points at PROD_URL in production.
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("FunctionsJson", (compilation) => {
            compilation.hooks.processAssets.tap(
              {
                name: "FunctionsJson",
                stage: compilation.constructor.PROCESS_ASSETS_STAGE_SUMMARIZE,
              },
              () => {
                const asset = compilation.getAsset("functions.json");
                if (!asset) return;
                const metadata = JSON.parse(asset.source.source().toString());
                metadata.allowCustomDataForDataTypeAny = false;
                const json = JSON.stringify(metadata, null, 4);
                const text = dev ? json : json.split(DEV_URL).join(PROD_URL);
                compilation.updateAsset(
                  "functions.json",
                  new compiler.webpack.sources.RawSource(text)
                );
              }
            );
          });
        },
      },
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "generated/templates/*.xlsx",
            to: "templates/[name][ext]",
            noErrorOnMissing: true,
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : content.toString().split(DEV_URL).join(PROD_URL),
          },
        ],
      }),
    ],
    devServer: {
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates only when serving: a build must not touch the machine's certificate store.
      server: env.WEBPACK_SERVE ? await httpsOptions() : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      client: { overlay: false },
    },
  };
};
