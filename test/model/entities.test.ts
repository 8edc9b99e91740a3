import {
  DATA_AS_OF,
  allocationTable,
  entityField,
  entityNames,
  gpuShare,
  gpusOf,
  ModelError,
  parseEntity,
  TOTAL_GPUS,
} from "../../src/model";

// The announced allocation with model data 1.2's ranges, written out here rather than read from the code.
const EXPECTED_ROWS = [
  {
    query: "MSIT",
    name: "Ministry of Science and ICT",
    korean: "과학기술정보통신부",
    // model data 1.1: low = bought through 2026 (~31,800, rounded), high = MSIT's 52,000 target
    low: 31_300,
    base: 50_000,
    high: 52_000,
    as: "up to",
    mult: 0.5,
  },
  {
    query: "Samsung",
    name: "Samsung Electronics",
    korean: "삼성전자",
    low: 40_000,
    base: 50_000,
    high: 60_000,
    as: "more than",
    mult: 2,
  },
  {
    query: "SK",
    name: "SK Group",
    korean: "SK그룹",
    low: 40_000,
    base: 50_000,
    high: 60_000,
    as: "more than",
    mult: 1,
  },
  {
    query: "Hyundai",
    name: "Hyundai Motor Group",
    korean: "현대자동차그룹",
    low: 40_000,
    base: 50_000,
    high: 50_000,
    as: "exactly",
    mult: 2,
  },
  {
    query: "NAVER",
    name: "NAVER Cloud",
    korean: "네이버클라우드",
    low: 50_000,
    base: 60_000,
    high: 80_000,
    as: "more than",
    mult: 0.5,
  },
];

describe("entity lookup", () => {
  it.each([
    ["Samsung", "samsung"],
    ["samsung electronics", "samsung"],
    ["  SAMSUNG   Electronics ", "samsung"],
    ["삼성", "samsung"],
    ["MSIT", "government"],
    ["government", "government"],
    ["NAVER", "naver"],
    ["네이버", "naver"],
    ["SK hynix", "sk"],
    ["skhynix", "sk"],
    ["HMG", "hyundai"],
    ["현대자동차그룹", "hyundai"],
    ["ＳＡＭＳＵＮＧ", "samsung"], // full-width letters, as an IME may type them
  ])("reads %s as %s", (query, id) => {
    const selector = parseEntity(query);
    expect(selector.kind === "entity" && selector.record.id).toBe(id);
  });

  it.each(["Total", "all", "ALL", "", "   ", "전체"])("reads %p as all five", (query) => {
    expect(parseEntity(query).kind).toBe("total");
  });

  it("reads a number as a GPU count", () => {
    expect(parseEntity(1234)).toEqual({ kind: "count", gpus: 1234 });
    expect(parseEntity(0)).toEqual({ kind: "count", gpus: 0 });
  });

  it("rejects negative and absurd GPU counts with #NUM!", () => {
    for (const bad of [-1, 1e10, NaN, Infinity]) {
      expect(() => parseEntity(bad)).toThrow(ModelError);
      try {
        parseEntity(bad);
      } catch (e) {
        expect((e as ModelError).kind).toBe("num");
      }
    }
  });

  it("answers an unknown name with #N/A listing the entities and the closest match", () => {
    let error: ModelError | undefined;
    try {
      parseEntity("Samsnug");
    } catch (e) {
      error = e as ModelError;
    }
    expect(error?.kind).toBe("na");
    expect(error?.message).toMatch(/Did you mean Samsung\?/);
    for (const row of EXPECTED_ROWS) expect(error?.message).toContain(row.name);
  });

  it("gives no suggestion when nothing is close", () => {
    try {
      parseEntity("Intel");
      fail("expected an error");
    } catch (e) {
      expect((e as ModelError).message).not.toMatch(/Did you mean/);
    }
  });
});

describe("GPU figures", () => {
  it.each(EXPECTED_ROWS)("$name has $low / $base / $high GPUs", (row) => {
    const e = parseEntity(row.query);
    expect([gpusOf(e, "low"), gpusOf(e, "base"), gpusOf(e, "high")]).toEqual([
      row.low,
      row.base,
      row.high,
    ]);
  });

  it("totals 201,300 / 260,000 / 302,000", () => {
    // low 32k + 40k + 40k + 40k + 50k; high 52k + 60k + 60k + 50k + 80k
    expect(TOTAL_GPUS).toEqual({ low: 201_300, base: 260_000, high: 302_000 });
    expect(gpusOf(parseEntity(null), "base")).toBe(260_000);
  });

  it("gives shares of the scenario's total", () => {
    expect(gpuShare(parseEntity("NAVER"), "base")).toBeCloseTo(60_000 / 260_000, 12);
    expect(gpuShare(parseEntity("NAVER"), "high")).toBeCloseTo(80_000 / 302_000, 12);
    expect(gpuShare(parseEntity("MSIT"), "low")).toBeCloseTo(31_300 / 201_300, 12);
    expect(gpuShare(parseEntity(26_000), "base")).toBeCloseTo(0.1, 12);
    expect(gpuShare(parseEntity("Total"), "base")).toBe(1);
  });
});

describe("allocation table", () => {
  it("has the header and one row per entity, in the published order", () => {
    const table = allocationTable("base");
    expect(table[0]).toEqual([
      "Entity",
      "Korean name",
      "Sector",
      "GPUs",
      "Share",
      "Announced as",
      "Primary uses",
    ]);
    expect(table.slice(1).map((r) => r[0])).toEqual(EXPECTED_ROWS.map((r) => r.name));
    expect(table.slice(1).map((r) => r[1])).toEqual(EXPECTED_ROWS.map((r) => r.korean));
    expect(table.slice(1).map((r) => r[5])).toEqual(EXPECTED_ROWS.map((r) => r.as));
    const shares = table.slice(1).map((r) => r[4] as number);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("lists canonical names that look themselves up", () => {
    for (const name of entityNames()) expect(parseEntity(name).kind).toBe("entity");
  });
});

describe("entity fields", () => {
  it.each(EXPECTED_ROWS)("$name: multiplier $mult, Korean name $korean", (row) => {
    const e = parseEntity(row.query);
    expect(entityField(e, "switch_multiplier")).toBe(row.mult);
    expect(entityField(e, "korean_name")).toBe(row.korean);
    expect(entityField(e, "gpus")).toBe(row.base);
    expect(entityField(e, "as_of")).toMatch(/^20(25|26)-\d\d-\d\d$/);
    expect(entityField(e, "as_of") <= DATA_AS_OF).toBe(true);
    expect(entityField(e, "source")).toMatch(/^https:\/\/nvidianews\.nvidia\.com\//);
  });

  it("says when each recipient's GPUs arrive (deployment)", () => {
    expect(entityField(parseEntity("MSIT"), "deployment")).toBe(
      "52,000+ by 2028 (MSIT); ~13,000 in service from Mar 2026"
    );
    expect(entityField(parseEntity("Samsung"), "deployment")).toBe("Over the next several years");
    expect(entityField(parseEntity("SK"), "deployment")).toMatch(/first AI factory online in 2027/);
    expect(entityField(parseEntity("HMG"), "deployment")).toMatch(/2027.*2029/);
    expect(entityField(parseEntity("NAVER"), "deployment")).toMatch(/1 tn KRW from 2026/);
  });

  it("gives the text fields in Korean too, the same facts in the same figures", () => {
    expect(entityField(parseEntity("HMG"), "korean_announced_as")).toBe("정확히");
    expect(entityField(parseEntity("Samsung"), "korean_announced_as")).toBe("이상");
    expect(entityField(parseEntity("MSIT"), "korean_announced_as")).toBe("최대");
    expect(entityField(parseEntity("NAVER"), "korean_sector")).toBe("클라우드");
    // The Korean deployment note keeps the English note's numbers.
    for (const name of entityNames()) {
      const e = parseEntity(name);
      const digits = (t: unknown) => String(t).match(/\d(?:[\d,]*\d)?/g) ?? [];
      expect(digits(entityField(e, "korean_deployment"))).toEqual(
        expect.arrayContaining(digits(entityField(e, "deployment")).filter((d) => d.length >= 4))
      );
      for (const f of ["korean_sector", "korean_uses", "korean_deployment"])
        expect(entityField(e, f)).toMatch(/[가-힣]/);
    }
  });

  it("gives Hyundai's $3bn and #N/A 'not disclosed' for the others", () => {
    expect(entityField(parseEntity("HMG"), "investment_usd")).toBe(3e9);
    try {
      entityField(parseEntity("NAVER"), "investment_usd");
      fail("expected an error");
    } catch (e) {
      expect((e as ModelError).kind).toBe("na");
      expect((e as ModelError).message).toMatch(/not disclosed/);
    }
  });

  it("accepts field names with spaces and capitals, and lists the valid ones on a miss", () => {
    expect(entityField(parseEntity("SK"), " Korean Name ")).toBe("SK그룹");
    try {
      entityField(parseEntity("SK"), "ceo");
      fail("expected an error");
    } catch (e) {
      expect((e as ModelError).kind).toBe("value");
      expect((e as ModelError).message).toMatch(/korean_name.*investment_usd/);
    }
  });
});
