/**
 * Why each assumption's range is what it is, in a line: the "Basis" column of docs/model.md.
 * Kept apart from the records so the functions bundle does not carry it.
 */
import type { AssumptionName } from "./assumptions";

export const BASIS: Readonly<Record<AssumptionName, string>> = {
  capex_per_gpu_usd:
    "Korean 1st public round and Hyundai DC ≈ $80k, Bernstein ≈ $82k; the 2026 public round (B300/Rubin) ≈ $148k",
  refresh_cycle_years: "Hyperscaler server lives of 5–6 years; critics' 'two or three years' (U16)",
  refreshable_share:
    "Compute is ~58% of an all-in NVL72 rack; high also rebuilds power and cooling",
  gen_price_escalation:
    "Morgan Stanley cost per GW: B200 → GB300 +37%, GB300 → Rubin +24%; Rubin GPU ≈ +57% over Blackwell",
  licence_per_gpu_year_usd: "List $4,500/yr; 5-year term $3,600/yr; education/Inception $1,125/yr",
  licence_attach_rate:
    "No public data; bare-metal CUDA needs no licence, NIM and enterprise support do",
  hw_support_pct: "No public source; typical enterprise support contracts",
  vendor_premium: "ASIC racks save ~19% of capex (Bernstein); GB300 vs TPUv7 +22%, Rubin +52%",
  switch_cost_pct:
    "PyTorch-level ports take weeks; ML re-platforming runs 40–60% of the deployment",
  discount_rate:
    "Base: the finance ministry's 4.5% social discount rate (2017, unchanged in 2026); 8% is a corporate WACC",
  kw_per_gpu:
    "DGX B200 14.3 kW / 8 GPUs; NVL72 ~120–132 kW / 72 GPUs; Vera Rubin racks ~2.6–3.2 kW per GPU",
  pue: "New liquid-cooled halls ≤ 1.3; industry average 1.56 (2024)",
  load_factor: "Training runs keep > 90% effective time; mixed inference fleets run lower",
  electricity_krw_per_kwh:
    "KEPCO Industrial B 182.7 KRW/kWh from Oct 2024; rises more likely than cuts",
  fx_krw_per_usd:
    "2026: above 1,500 from March, 1,480–1,545 from April to early July; low is near the 2025 average (1,422)",
  escalation_years:
    "Judgement: the explicit period announced prices and roadmaps speak to (two to three generations)",
  longrun_price_growth:
    "Judgement: after the explicit period prices grow no faster than inflation (base: the Bank of Korea's 2% target), below the discount rate in every scenario",
  alt_units_per_gpu:
    "Judgement: AMD matches NVIDIA per GPU on paper but trails in software (SemiAnalysis); Korean NPUs serve inference, not training",
  alt_price_ratio:
    "AMD rents at about half an H100 yet costs about the same to own over three years; ASIC racks save ~19% of capex; judgement in between",
};
