/**
 * The records a card shows: one recipient (or all five) with its allocation, lock-in figures and
 * provenance, or one assumption with its range and sources. Plain data, no Excel types: the
 * custom-function adapter turns a record into an Excel entity value, or into its name where the
 * host has no data types. Every figure comes from the same functions the plain SOVAI functions
 * call, so a card can never disagree with them.
 */
import { assumptionRecord, assumptionSource, allowedRange, type Assumptions } from "./assumptions";
import { DEAL_URL, sourceUrls } from "./data/sources";
import { ENTITIES, TOTAL_CARD_TEXT } from "./data/entities";
import { entitySources, gpusOf, gpuShare, type EntitySelector } from "./entities";
import { failure } from "./messages";
import {
  lockinCost,
  lockinPremium,
  moneyFactor,
  switchingCost,
  upgradeCycles,
  wholeYears,
} from "./lockin";
import type { Scenario } from "./scenario";
import { DATA_AS_OF, MODEL_VERSION } from "./version";

/** How a number on a card is read: money in the card's currency, GPUs, a share, years, a plain number. */
export type CardNumberKind = "money" | "gpus" | "share" | "years" | "number";

export type CardValue =
  | { readonly kind: CardNumberKind; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean };

export interface CardRecord {
  /** What the cell shows, and what hosts without data types get instead of the card. */
  readonly text: string;
  readonly properties: Readonly<Record<string, CardValue>>;
  /** The card's sections, each listing property names in order. */
  readonly sections: readonly { readonly title: string; readonly properties: readonly string[] }[];
}

const money = (value: number): CardValue => ({ kind: "money", value });
const text = (value: string): CardValue => ({ kind: "text", value });

/**
 * The card of one recipient or of all five, for a scenario, horizon and assumptions.
 * Figures: GPUs = KOREA_GPUS, Lock-in cost = LOCKIN_COST(years, …), Lock-in premium =
 * LOCKIN_PREMIUM, Switching cost = SWITCHING_COST, Upgrade cycles = UPGRADE_CYCLES(years, cycle).
 * @example entityCard({ kind: "total" }, "base", 10, resolveAssumptions("base")).properties.GPUs.value // 260000
 * @throws ModelError `value` for a GPU count (a card describes a recipient); `num` for years outside 1..100.
 */
export function entityCard(
  selector: EntitySelector,
  scenario: Scenario,
  years: number,
  a: Assumptions
): CardRecord {
  if (selector.kind === "count") throw failure("cardOfCount");
  const n = wholeYears(years);
  const gpus = gpusOf(selector, scenario);
  const r = selector.kind === "entity" ? selector.record : null;
  const factor = moneyFactor(a);
  const weightedMultiplier = r
    ? r.switchMultiplier
    : ENTITIES.reduce((s, e) => s + e.gpus[scenario] * e.switchMultiplier, 0) / gpus;
  const properties: Record<string, CardValue> = {
    "Korean name": text(r ? r.koreanName : "전체"),
    Sector: text(r ? r.sector : "Government and four industrial groups"),
    GPUs: { kind: "gpus", value: gpus },
    Share: { kind: "share", value: gpuShare(selector, scenario) },
    "Announced as": text(r ? r.announcedAs : "more than (in all)"),
    Deployment: text(
      r ? r.deployment : ENTITIES.map((e) => `${e.name}: ${e.deployment}`).join("; ")
    ),
    "Primary uses": text(
      r ? r.uses : "Sovereign AI, semiconductors, automotive and robotics, cloud"
    ),
    "All-in capex": money(gpus * a.capex_per_gpu_usd * factor),
    "Horizon (years)": { kind: "years", value: n },
    Scenario: text(scenario),
    "Lock-in cost": money(lockinCost(n, gpus, a)),
    "Lock-in premium": money(lockinPremium(n, gpus, a)),
    "Switching cost": money(switchingCost(selector, scenario, a)),
    "Upgrade cycles": { kind: "number", value: upgradeCycles(n, a.refresh_cycle_years) },
    "Switch multiplier": { kind: "number", value: weightedMultiplier },
    Currency: text(a.currency),
    Sources: text(
      (r ? entitySources(r) : [DEAL_URL, ...sourceUrls(ENTITIES.flatMap((e) => e.facts))]).join(
        " ; "
      )
    ),
    "As of": text(r ? r.asOf : DATA_AS_OF),
    "Model version": text(MODEL_VERSION),
  };
  return {
    text: r ? r.name : TOTAL_CARD_TEXT,
    properties,
    sections: [
      {
        title: "Allocation",
        properties: [
          "Korean name",
          "Sector",
          "GPUs",
          "Share",
          "Announced as",
          "Deployment",
          "Primary uses",
          "All-in capex",
        ],
      },
      {
        title: "Lock-in",
        properties: [
          "Horizon (years)",
          "Scenario",
          "Currency",
          "Lock-in cost",
          "Lock-in premium",
          "Switching cost",
          "Upgrade cycles",
          "Switch multiplier",
        ],
      },
      { title: "Provenance", properties: ["Sources", "As of", "Model version"] },
    ],
  };
}

/**
 * The card of one assumption under a scenario.
 * @example assumptionCard("pue", "high").properties.Value.value // 1.56
 */
export function assumptionCard(name: string, scenario: Scenario): CardRecord {
  const a = assumptionRecord(name);
  const kind: CardNumberKind =
    a.unit.startsWith("USD") || a.unit.startsWith("KRW") ? "money" : "number";
  const number = (value: number): CardValue => ({ kind, value });
  return {
    text: a.name,
    properties: {
      Value: number(a.values[scenario]),
      Unit: text(a.unit),
      Low: number(a.values.low),
      Base: number(a.values.base),
      High: number(a.values.high),
      "Allowed range": text(allowedRange(a)),
      Description: text(a.description),
      Judgement: { kind: "boolean", value: a.judgement },
      Sources: text(assumptionSource(a)),
      "As of": text(DATA_AS_OF),
      "Model version": text(MODEL_VERSION),
    },
    sections: [
      { title: "Value", properties: ["Value", "Unit", "Low", "Base", "High", "Allowed range"] },
      {
        title: "Provenance",
        properties: ["Description", "Judgement", "Sources", "As of", "Model version"],
      },
    ],
  };
}
