// npm run pictures: renders each sheet of the exported workbook to a PNG in docs/sheets/ (the
// pictures the README shows), as LibreOffice prints it: export with the default options, print
// to PDF with a fresh profile, take each sheet's first page with pdftoppm.
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, renameSync } from "fs";
import os from "os";
import path from "path";
import { PDFTOPPM, pageTitle, printToPdf } from "../support/print";

const root = path.resolve(__dirname, "..");
const out = path.join(root, "docs", "sheets");
const work = mkdtempSync(path.join(os.tmpdir(), "sovai-pictures-"));
const xlsx = path.join(work, "sovai.xlsx");
execFileSync(
  process.execPath,
  [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/workbook.ts", "--out", xlsx],
  {
    cwd: root,
    stdio: "inherit",
  }
);
const { pdf, pages } = printToPdf(xlsx);
mkdirSync(out, { recursive: true });
const seen = new Set<string>();
pages.forEach((page, i) => {
  const title = pageTitle(page);
  const key = title.split(/[ :]/)[0].toLowerCase();
  if (!key || seen.has(key)) return;
  seen.add(key);
  const base = path.join(work, key);
  execFileSync(PDFTOPPM, [
    "-png",
    "-r",
    "90",
    "-f",
    String(i + 1),
    "-l",
    String(i + 1),
    "-singlefile",
    pdf,
    base,
  ]);
  renameSync(`${base}.png`, path.join(out, `${key}.png`));
  console.log(`docs/sheets/${key}.png: ${title}`);
});
