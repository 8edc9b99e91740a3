/**
 * The inputs a frozen value depends on: a SOVAI result the export cannot work natively (the risk
 * simulation) holds its value at export, so every input cell it reads, directly or through other
 * formulas, must hold still too. The export locks those and says why.
 */
import { cellsIn, parseA1 } from "../../sheets/address";
import type { RenderedSheet } from "../../sheets/types";
import { parse, type Node } from "../evaluator/formula";

/**
 * The input cells (styled as inputs) behind the SOVAI calls with arguments in `frozen`, in
 * reading order. Calls without arguments (the model's version, its tables) depend on nothing.
 * @param sheet - the sheet as rendered, its formulas as the template wrote them
 * @example inputsBehind({ formulas: [[5, "=SOVAI.LOCKIN_RISK(A1)"]], styles: [{ ref: "A1", style: "input" }], names: [] }, ["B1"]) // ["A1"]
 */
export function inputsBehind(
  sheet: Pick<RenderedSheet, "formulas" | "styles" | "names">,
  frozen: readonly string[]
): string[] {
  const inputs = new Set<string>();
  for (const s of sheet.styles)
    if (s.style === "input") for (const x of cellsIn(s.ref)) inputs.add(x);
  const names = new Map(sheet.names.map((n) => [n.name.toLowerCase(), n.ref.replace(/\$/g, "")]));
  const found = new Set<string>();
  const seen = new Set<string>();

  const visit = (address: string): void => {
    if (seen.has(address)) return;
    seen.add(address);
    if (inputs.has(address)) {
      found.add(address);
      return;
    }
    const [r, c] = parseA1(address);
    const content = sheet.formulas[r]?.[c];
    if (typeof content === "string" && content.startsWith("="))
      for (const ref of refsIn(parse(content.slice(1)), names)) cellsIn(ref).forEach(visit);
  };

  for (const address of frozen) {
    const [r, c] = parseA1(address);
    const content = sheet.formulas[r]?.[c];
    if (typeof content !== "string" || !content.startsWith("=")) continue;
    for (const call of sovaiCallsWithArgs(parse(content.slice(1))))
      for (const ref of refsIn(call, names)) cellsIn(ref).forEach(visit);
  }
  return [...found].sort((x, y) => {
    const [r0, c0] = parseA1(x);
    const [r1, c1] = parseA1(y);
    return r0 - r1 || c0 - c1;
  });
}

/** The SOVAI calls in a formula that take arguments. */
function sovaiCallsWithArgs(node: Node | null): Node[] {
  if (node === null) return [];
  switch (node.kind) {
    case "call":
      return /^SOVAI\./i.test(node.name) && node.args.some((a) => a !== null)
        ? [node]
        : node.args.flatMap(sovaiCallsWithArgs);
    case "unary":
      return sovaiCallsWithArgs(node.arg);
    case "binary":
      return [...sovaiCallsWithArgs(node.left), ...sovaiCallsWithArgs(node.right)];
    default:
      return [];
  }
}

/** The references ("B3", "A19:B23") a formula reads, names resolved; unknown names skipped. */
function refsIn(node: Node | null, names: ReadonlyMap<string, string>): string[] {
  if (node === null) return [];
  switch (node.kind) {
    case "ref":
      return [node.to ? `${node.from}:${node.to}` : node.from];
    case "name": {
      const ref = names.get(node.name.toLowerCase());
      return ref ? [ref] : [];
    }
    case "call":
      return node.args.flatMap((a) => refsIn(a, names));
    case "unary":
      return refsIn(node.arg, names);
    case "binary":
      return [...refsIn(node.left, names), ...refsIn(node.right, names)];
    default:
      return [];
  }
}
