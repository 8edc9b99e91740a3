// npm run pictures: renders each sheet of the exported workbook to a PNG in docs/sheets/ (the
// pictures the README shows), as LibreOffice prints it: export with the default options, print
// to PDF with a fresh profile, take each sheet's first page with pdftoppm. The Korean export's
// Dependency sheet becomes docs/sheets/dependency-ko.png (Korean needs a CJK font, e.g. fonts-nanum),
// and the page with the Dependency chart docs/sheets/dependency-chart.png.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync } from "fs";
import os from "os";
import path from "path";
import { CARLITO, PDFTOPPM, pageTitle, printToPdf } from "../support/print";

if (!existsSync(CARLITO)) {
  console.error(
    "npm run pictures: the Carlito font (Calibri's widths) is missing; install fonts-crosextra-carlito."
  );
  process.exit(2);
}

const root = path.resolve(__dirname, "..");
const out = path.join(root, "docs", "sheets");
const work = mkdtempSync(path.join(os.tmpdir(), "sovai-pictures-"));
mkdirSync(out, { recursive: true });

/** Exports the workbook in `lang` and prints it; returns the PDF and its pages' text. */
function printed(lang: "en" | "ko") {
  const xlsx = path.join(work, `sovai-${lang}.xlsx`);
  execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules/tsx/dist/cli.mjs"),
      "scripts/workbook.ts",
      "--out",
      xlsx,
      "--lang",
      lang,
    ],
    { cwd: root, stdio: "inherit" }
  );
  return printToPdf(xlsx);
}

/** Page `index` (0-based) of `pdf` as docs/sheets/NAME.png. */
function picture(pdf: string, index: number, name: string, title: string): void {
  const base = path.join(work, name);
  execFileSync(PDFTOPPM, [
    "-png",
    "-r",
    "90",
    "-f",
    String(index + 1),
    "-l",
    String(index + 1),
    "-singlefile",
    pdf,
    base,
  ]);
  renameSync(`${base}.png`, path.join(out, `${name}.png`));
  console.log(`docs/sheets/${name}.png: ${title}`);
}

const english = printed("en");
const seen = new Set<string>();
english.pages.forEach((page, i) => {
  const title = pageTitle(page);
  const key = title.split(/[ :]/)[0].toLowerCase();
  if (!key || seen.has(key)) return;
  seen.add(key);
  picture(english.pdf, i, key, title);
});

// The export puts each chart below its sheet's tables; the Dependency sheet's shows what they look like.
const chart = english.pages.findIndex((p) => p.includes("Yearly vendor spend by component"));
if (chart < 0) throw new Error("the export has no page with the Dependency chart");
picture(english.pdf, chart, "dependency-chart", pageTitle(english.pages[chart]));

const korean = printed("ko");
const dependency = korean.pages.findIndex((p) => pageTitle(p).startsWith("종속과 락인 비용"));
if (dependency < 0) throw new Error("the Korean export has no Dependency page");
picture(korean.pdf, dependency, "dependency-ko", pageTitle(korean.pages[dependency]));
