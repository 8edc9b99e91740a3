/**
 * Opens the built task pane in Debian's Chromium (driven by playwright-core, no browser
 * download), served from dist/ on loopback. Requests for Microsoft's office.js CDN go to
 * `officeJs`; every other outside request is aborted and recorded.
 */
import { existsSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { DIST } from "./load-built";
import { serve } from "./static-server";
import { describeWithTool } from "./system-tools";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CDN = "https://appsforoffice.microsoft.com/";
export const describeChromium = describeWithTool(
  "Chromium",
  CHROMIUM,
  "sudo apt-get install --no-install-recommends chromium"
);

/** office.js and its files from the @microsoft/office-js package, for Microsoft's CDN URLs. */
const OFFICE_JS = path.join(__dirname, "../node_modules/@microsoft/office-js/dist");
const HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** The package's copy of a hosted office.js URL, or null for anything it does not hold. */
export function packagedOfficeJs(url: string): string | null {
  const file = path.join(OFFICE_JS, url.slice(HOSTED.length).split("?")[0]);
  return url.startsWith(HOSTED) && existsSync(file) ? file : null;
}

export interface OpenPane {
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
  consoleErrors: string[];
  blocked: string[];
  close: () => Promise<void>;
}

/** Where to open the page from, and what else it may reach. */
export interface OpenOptions {
  /** The built folder to serve (dist/ by default). */
  readonly dir?: string;
  /** The attribute selector on <body> that says the page is ready (default `data-ready=<ready>`). */
  readonly readySelector?: string;
  /** Outside URLs the page may reach (the test server), with certificate errors ignored. */
  readonly allow?: (url: string) => boolean;
  /** The browser's language (navigator.language), e.g. "ko-KR"; Chromium's default otherwise. */
  readonly locale?: string;
  /** Runs before the page loads (to expose functions to it). */
  readonly beforeLoad?: (page: Page) => Promise<unknown>;
}

/**
 * @param officeJs - the local file to answer a CDN URL with, or null to abort it
 * @param ready - the `data-ready` value the pane sets once built ("excel" or "browser")
 */
export async function openTaskpane(
  officeJs: (url: string) => string | null,
  ready: string,
  options: OpenOptions = {}
): Promise<OpenPane> {
  const server = await serve(options.dir ?? DIST);
  const context = await chromium.launchPersistentContext(
    mkdtempSync(path.join(os.tmpdir(), "sovai-chromium-")),
    {
      executablePath: CHROMIUM,
      headless: true,
      ignoreHTTPSErrors: options.allow !== undefined,
      viewport: { width: 420, height: 1400 },
      ...(options.locale ? { locale: options.locale } : {}),
      // Without the background-networking flags Chromium keeps dialling Google on a closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  );
  const pane: OpenPane = {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    pageErrors: [],
    consoleErrors: [],
    blocked: [],
    close: async () => {
      await context.close();
      await server.close();
    },
  };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    const file = url.startsWith(CDN) ? officeJs(url) : null;
    if (file) return route.fulfill({ path: file, contentType: "text/javascript" });
    if (url.startsWith(server.origin) || options.allow?.(url)) return route.continue();
    pane.blocked.push(url);
    return route.abort();
  });
  pane.page.on("pageerror", (e) => pane.pageErrors.push(e.message));
  pane.page.on("console", (m) => {
    if (m.type() === "error") pane.consoleErrors.push(m.text());
  });
  await options.beforeLoad?.(pane.page);
  await pane.page.goto(`${server.origin}/taskpane.html`);
  await pane.page.waitForSelector(`body[${options.readySelector ?? `data-ready=${ready}`}]`, {
    timeout: 60_000,
  });
  return pane;
}
