/**
 * Types values into an .xlsx the way a person would, leaving everything else byte for byte: the
 * cell's XML is replaced inside the sheet's part. Rewriting the file through a library instead
 * would drop what it does not model (sheet-scoped names, for one) and test that library.
 */
import { readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";

/** A value typed into a cell of a named sheet. */
export interface Edit {
  readonly sheet: string;
  readonly address: string;
  readonly value: number | string;
}

/** Writes `file` with `edits` applied to `out`. */
export async function typeInto(file: string, edits: readonly Edit[], out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  for (const edit of edits) {
    const part = sheetPart(workbook, rels, edit.sheet);
    const xml = await zip.file(part)!.async("string");
    zip.file(part, setCell(xml, edit.address, edit.value));
  }
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** What a worksheet says about protection, read from the file's XML as Excel reads it. */
export interface SheetLocks {
  /** The sheet is protected, and whether a password guards it. */
  readonly protected: boolean;
  readonly password: boolean;
  /** Whether the cell at an address is locked (Excel's default when its style says nothing). */
  locked(address: string): boolean;
}

/** The protection of the worksheet named `name` in `file`. */
export async function sheetLocks(file: string, name: string): Promise<SheetLocks> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const read = (part: string) => zip.file(part)!.async("string");
  const part = sheetPart(
    await read("xl/workbook.xml"),
    await read("xl/_rels/workbook.xml.rels"),
    name
  );
  const xml = await read(part);
  const styles = await read("xl/styles.xml");
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const unlocked = [...xfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) =>
    /<protection[^>]*locked="(0|false)"/.test(m[0])
  );
  const protection = /<sheetProtection\b[^>]*>/.exec(xml)?.[0] ?? "";
  return {
    protected: /\bsheet="(1|true)"/.test(protection),
    password: /\b(password|hashValue)=/.test(protection),
    locked: (address) => {
      const style = new RegExp(`<c r="${address}"[^>]*?\\bs="(\\d+)"`).exec(xml)?.[1];
      return !(style !== undefined && unlocked[Number(style)]);
    },
  };
}

/** The zip path of the worksheet named `name`. */
function sheetPart(workbook: string, rels: string, name: string): string {
  const escaped = name.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const sheet = new RegExp(`<sheet [^>]*name="${escapeRegExp(escaped)}"[^>]*r:id="([^"]+)"`).exec(
    workbook
  );
  if (!sheet) throw new Error(`No sheet ${name}`);
  const rel = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!rel) throw new Error(`No part for sheet ${name}`);
  return `xl/${rel[1].replace(/^\/?xl\//, "")}`;
}

/** The sheet XML with the cell at `address` holding `value`, keeping the cell's style. */
function setCell(xml: string, address: string, value: number | string): string {
  const cell = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const m = cell.exec(xml);
  if (!m) throw new Error(`No cell ${address} in the sheet`);
  const style = /\bs="(\d+)"/.exec(m[1]);
  const s = style ? ` s="${style[1]}"` : "";
  const content =
    typeof value === "number"
      ? `<c r="${address}"${s}><v>${value}</v></c>`
      : `<c r="${address}"${s} t="inlineStr"><is><t>${value
          .replace(/&/g, "&amp;")
          .replace(/</g, "&lt;")}</t></is></c>`;
  return xml.slice(0, m.index) + content + xml.slice(m.index + m[0].length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
