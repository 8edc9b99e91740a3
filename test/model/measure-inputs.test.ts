/**
 * The simulation's uncertain inputs come from each assumption's declared `measures`. A
 * declaration that is wrong either way fails here: moving an assumption must change exactly
 * the measures it declares, judged by the model's own closed forms, not by the list.
 */
import {
  ASSUMPTIONS,
  lockinCost,
  lockinPremium,
  lockinSchedule,
  MEASURE_INPUTS,
  MEASURES,
  resolveAssumptions,
  sovereigntyPath,
  switchingCostOf,
  type Assumptions,
  type Measure,
} from "../../src/model";

const GPUS = 260_000;
const measureOf: Record<Measure, (a: Assumptions) => number> = {
  cost: (a) => lockinCost(30, GPUS, a),
  premium: (a) => lockinPremium(30, GPUS, a),
  switching: (a) => switchingCostOf(GPUS, a),
};

/** The base value moved by a tenth, kept inside the allowed range. */
function moved(base: number, max: number): number {
  const up = base === 0 ? 0.1 : base * 1.1;
  return up <= max ? up : base * 0.9;
}

describe.each(ASSUMPTIONS.map((a) => [a.name, a] as const))("%s", (name, record) => {
  const base = resolveAssumptions("base");
  const other = resolveAssumptions("base", [[name, moved(base[name], record.max)]]);

  it.each(MEASURES)("enters %s exactly when it declares it", (measure) => {
    const changes = measureOf[measure](other) !== measureOf[measure](base);
    expect({ measure, changes }).toEqual({ measure, changes: record.measures.includes(measure) });
  });

  it("moves something the model computes (an assumption nothing reads would pass silently)", () => {
    // In won, so the exchange rate counts; over 30 years, so long-run price growth does.
    const krw = (a: Assumptions): Assumptions => ({ ...a, currency: "KRW" });
    const everything = (a: Assumptions) =>
      JSON.stringify([
        MEASURES.map((m) => measureOf[m](a)),
        lockinSchedule(30, GPUS, krw(a)),
        sovereigntyPath(30, { gpus: GPUS, weightedGpus: GPUS }, 0.5, 10, krw(a)),
      ]);
    expect(everything(other) === everything(base)).toBe(false);
  });
});

it("draws, for each measure, the inputs that declare it: shared with cost first", () => {
  expect(MEASURE_INPUTS.premium.slice(-1)).toEqual(["vendor_premium"]);
  for (const measure of MEASURES) {
    const declared = ASSUMPTIONS.filter((a) => a.measures.includes(measure)).map((a) => a.name);
    expect([...MEASURE_INPUTS[measure]].sort()).toEqual(declared.sort());
  }
});
