import { STACK_LAYERS } from "../../model";
import { cell, type SheetBuilder } from "../builder";
import { FORMATS } from "../types";

/**
 * The stack dependency map: one row per layer of NVIDIA's stack with its alternatives, a
 * switching difficulty and NVIDIA's share as inputs, and the layer's concentration (HHI of
 * NVIDIA vs the rest) via SOVAI.SUPPLIER_HHI; then a check that the shares are fractions.
 * @returns the first row after the block
 */
export function stackBlock(b: SheetBuilder, top: number): number {
  b.set(
    `A${top}`,
    cell.section("Stack dependency map (difficulty and shares are judgement inputs)")
  );
  b.row(
    `A${top + 1}`,
    [
      "Layer",
      "NVIDIA components",
      "Role",
      "Alternatives",
      "Korean alternatives",
      "Switching difficulty (1–5)",
      "NVIDIA share",
      "Others' share",
      "Layer HHI",
      "Sources",
    ].map(cell.header)
  );
  const first = top + 2;
  STACK_LAYERS.forEach((l, i) => {
    const r = first + i;
    b.row(`A${r}`, [
      cell.label(l.layer),
      cell.text(l.nvidia),
      cell.text(l.role),
      cell.text(l.alternatives),
      cell.text(l.koreanAlternatives),
      cell.input(l.difficulty, FORMATS.integer),
      cell.input(l.nvidiaShare, FORMATS.share),
      cell.formula(`=1-G${r}`, FORMATS.share),
      cell.formula(`=SOVAI.SUPPLIER_HHI(G${r}:H${r})`, FORMATS.integer),
      cell.note(l.facts.join(", ")),
    ]);
  });
  const last = first + STACK_LAYERS.length - 1;
  const check = last + 1;
  b.row(`A${check}`, [
    cell.label("Stack shares are fractions from 0 to 1"),
    null,
    null,
    cell.check(`=AND(MIN(G${first}:H${last})>=0,MAX(G${first}:H${last})<=1)`),
  ]);
  b.check(`D${check}`);
  return check + 1;
}
