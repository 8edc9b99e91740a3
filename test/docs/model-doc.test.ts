/**
 * docs/model.md is generated from the model (npm run docs:model): it must be current, and every
 * fact id the code cites must have its summary, date, confidence and URLs there.
 */
import { readFileSync } from "fs";
import { ASSUMPTIONS, ENTITIES, SOURCES, STACK_LAYERS } from "../../src/model";
import { FACTS } from "../../src/model/data/facts";
import { MODEL_DOC, renderModelDoc } from "../../scripts/model-doc";

const doc = readFileSync(MODEL_DOC, "utf8");

it("is up to date with the model (run npm run docs:model after changing data)", () => {
  expect(doc).toBe(renderModelDoc());
});

it("describes and links every fact the code cites", () => {
  const cited = new Set([
    ...ENTITIES.flatMap((e) => e.facts),
    ...ASSUMPTIONS.flatMap((a) => a.facts),
    ...STACK_LAYERS.flatMap((l) => l.facts),
  ]);
  for (const id of cited) {
    expect(FACTS[id]).toBeDefined();
    expect(SOURCES[id]?.length).toBeGreaterThan(0);
    const row = doc.split("\n").find((line) => line.startsWith(`| ${id} |`));
    expect(row).toContain(FACTS[id].summary);
    for (const url of SOURCES[id]) expect(row).toContain(`(${url})`);
  }
});

it("shows model data 1.2's figures and the long-horizon convention", () => {
  expect(doc).toContain("Model 1.2.0, data as of 2026-07-05");
  expect(doc).toContain("Totals: 201,300 / 260,000 / 302,000 GPUs");
  expect(doc).toMatch(/\| `fx_krw_per_usd` \| KRW per USD \| 1,400 \| 1,500 \| 1,600 \|/);
  expect(doc).toMatch(/\| `longrun_price_growth` \| per year \| 0 \| 0\.02 \| 0\.025 \|/);
  expect(doc).toContain("30-year figures are about 12 / 75 / 1,136 $bn (low / base / high)");
  expect(doc).toMatch(/\| `discount_rate` .*\| R1 \|$/m);
});
