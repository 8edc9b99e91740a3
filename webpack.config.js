/* eslint-disable no-undef */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources, Compilation, DefinePlugin, WebpackError } = require("webpack");
const { DEV_ORIGIN, prodOrigin, rewriteOrigin } = require("./scripts/build/origin");
const { renderHelpPage } = require("./scripts/build/help-page");
const { writeFunctionsEntry } = require("./scripts/build/records");
const { referenceEntries } = require("./scripts/build/metadata");
const { koreanMetadata } = require("./scripts/build/localize");
const { version } = require("./package.json");

// npm start passes the port it chose (--port or SOVAI_PORT); the package config is the default.
const PORT = Number(process.env.SOVAI_PORT || process.env.npm_package_config_dev_server_port || 3000);

/**
 * Post-processes the generated functions.json: points production help URLs at the production
 * origin, renders help.html from the result, and writes the Korean metadata and help page.
 */
class HelpAndOriginPlugin {
  constructor(origin) {
    this.origin = origin;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpAndOriginPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HelpAndOriginPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin has already reported why
          let json;
          try {
            const metadata = JSON.parse(asset.source.source().toString());
            json = rewriteOrigin(JSON.stringify(metadata, null, 4), this.origin);
          } catch (e) {
            compilation.errors.push(new WebpackError(`functions.json: ${e.message}`));
            return;
          }
          compilation.updateAsset("functions.json", new sources.RawSource(json));
          compilation.emitAsset("help.html", new sources.RawSource(renderHelpPage(JSON.parse(json), { version })));
          // ko-KR: the same metadata with Korean text, and its help page (named in the manifest).
          let korean;
          try {
            korean = koreanMetadata(JSON.parse(json));
          } catch (e) {
            compilation.errors.push(new WebpackError(e.message));
            return;
          }
          compilation.emitAsset("functions.ko-KR.json", new sources.RawSource(JSON.stringify(korean, null, 4)));
          compilation.emitAsset("help.ko-KR.html", new sources.RawSource(renderHelpPage(korean, { version, lang: "ko" })));
        }
      );
    });
  }
}

/** Certificates for the dev server: the folder `npm start` chose, else the project's .certs/, else Office's default. */
function httpsOptions() {
  const candidates = [process.env.SOVAI_CERT_DIR, path.join(__dirname, ".certs"), path.join(os.homedir(), ".office-addin-dev-certs")];
  const dir = candidates.find((d) => d && fs.existsSync(path.join(d, "localhost.crt")));
  if (!dir) {
    throw new Error("No development certificates found. Run `npm start`, which creates them in .certs/.");
  }
  return {
    ca: fs.readFileSync(path.join(dir, "ca.crt")),
    cert: fs.readFileSync(path.join(dir, "localhost.crt")),
    key: fs.readFileSync(path.join(dir, "localhost.key")),
  };
}

/**
 * The task pane's function reference, taken from the metadata the custom-functions plugin has
 * just generated for functions.json, so the two cannot disagree; compiled into the bundle
 * because the page makes no network requests. Evaluated during compilation, after the plugin ran.
 */
function functionReference(language = "en") {
  const generated = CustomFunctionsMetadataPlugin.generateResults[FUNCTIONS_ENTRY];
  // Missing only when generation failed, which the plugin reports as a build error.
  if (!generated) return "[]";
  const metadata = JSON.parse(generated.metadataJson);
  // Korean text for the Korean pane (its own chunk); missing text already failed the build above.
  if (language === "ko") {
    try {
      return JSON.stringify(referenceEntries(koreanMetadata(metadata)));
    } catch {
      return "[]";
    }
  }
  return JSON.stringify(referenceEntries(metadata));
}

/**
 * The custom functions' bundle entry, written from the function records before webpack starts:
 * JSDoc the metadata plugin reads, each function calling its record's adapter. A problem in the
 * records (a missing example, a duplicate id) stops the build here.
 */
const FUNCTIONS_ENTRY = writeFunctionsEntry(__dirname);

/** The port the end-to-end check's test server listens on (office-addin-test-server's default). */
const CHECK_PORT = 4201;

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  // A development build on another port rewrites the manifest's localhost:3000 URLs to that port.
  const origin = dev ? DEV_ORIGIN.replace(/:3000$/, `:${PORT}`) : prodOrigin();
  // `--env excelCheck`: the build npm run test:excel sideloads into dist-check/. Its task pane page
  // (the shared runtime, so the manifest stays the same) runs the examples instead of the UI.
  const check = Boolean(env.excelCheck);
  const pane = check
    ? { script: "./scripts/excel-check/page.ts", template: "./scripts/excel-check/page.html" }
    : { script: "./src/taskpane/taskpane.ts", template: "./src/taskpane/taskpane.html" };
  return {
    devtool: "source-map", // never eval-based: the task pane's CSP forbids eval, in development too
    entry: {
      functions: FUNCTIONS_ENTRY,
      taskpane: pane.script,
    },
    // publicPath "": the Korean chunk (ko.js) loads from the page's own folder, with no runtime guessing.
    output: { path: path.resolve(__dirname, check ? "dist-check" : "dist"), clean: true, publicPath: "" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // tsc --noEmit type-checks (npm run typecheck); ES modules here let webpack tree-shake.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "node", sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new HelpAndOriginPlugin(origin),
      new DefinePlugin({
        __SOVAI_REFERENCE__: DefinePlugin.runtimeValue(() => functionReference(), true),
        __SOVAI_REFERENCE_KO__: DefinePlugin.runtimeValue(() => functionReference("ko"), true),
        __SOVAI_TEST_PORT__: JSON.stringify(CHECK_PORT),
        __SOVAI_ORIGIN__: JSON.stringify(origin),
      }),
      // Shared runtime: the task pane page also hosts the custom functions, so it loads both bundles.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: pane.template,
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.css", to: "help.css" },
          // A file name, not a glob: a glob makes the dev server watch the whole project root.
          // Both manifests are generated from one description (scripts/build/manifest/).
          ...["manifest.xml", "manifest.json", "assets/manifest.ko-kr.json"].map((file) => ({
            from: file,
            to: file,
            transform: (content) => rewriteOrigin(content.toString(), origin),
          })),
        ],
      }),
    ],
    performance: { hints: false }, // bundle budgets are checked by npm run bench
    devServer: {
      // Only this machine: the development server serves unreleased code with a self-made
      // certificate, and nothing on the network needs it (Excel reaches it through localhost).
      host: "localhost",
      port: PORT,
      server: { type: "https", options: dev && env.WEBPACK_SERVE ? httpsOptions() : undefined },
      headers: { "Access-Control-Allow-Origin": "*" },
      // Office caches add-in pages; live reload's websocket client would also need a CSP exception.
      hot: false,
      liveReload: false,
      client: false,
      static: false,
    },
  };
};
