/**
 * Every message a user can read in an Excel error, by id, in English: the source catalogue.
 * Other languages implement the same ids with the same parameters (TypeScript checks it).
 * Parameters arrive already formatted (names truncated, values described), so a translation
 * only rearranges them.
 */
export const EN = {
  // arguments (src/functions)
  notFinite: (p: { name: string; got: string }) =>
    `${p.name} must be a finite number; got ${p.got}.`,
  blankNumber: (p: { name: string }) => `${p.name} is blank; give a number.`,
  notNumber: (p: { name: string; got: string }) => `${p.name} must be a number; got ${p.got}.`,
  notText: (p: { name: string; got: string }) => `${p.name} must be text; got ${p.got}.`,
  notEntity: (p: { got: string }) => `entity must be a name or a GPU count; got ${p.got}.`,
  notSingle: (p: { name: string }) => `${p.name} takes a single value, not a range.`,
  rangeSizes: () => "The two ranges differ in size; this cell has no partner.",
  emptyRange: () => "The range is empty.",
  raggedRange: () => "The range's rows differ in length.",
  rangeTooLarge: (p: { max: number; got: number }) =>
    `A range may hold at most ${p.max.toLocaleString("en-US")} cells up to its last non-blank row and column; this one holds ${p.got.toLocaleString("en-US")}.`,
  tooLarge: () => "The result is too large to represent; check the arguments and overrides.",
  // overrides
  overridesShape: () => "Overrides must be a two-column range of name, value rows.",
  overridesCell: (p: { got: string }) => `Overrides hold text and numbers only; got ${p.got}.`,
  overrideNoName: (p: { row: number }) =>
    `Override row ${p.row} has a value but no assumption name.`,
  overrideTwice: (p: { name: string }) => `Override "${p.name}" is given twice.`,
  unknownAssumption: (p: { name: string; hint: string; known: string }) =>
    `Unknown assumption "${p.name}".${p.hint ? ` Did you mean ${p.hint}?` : ""} Known: ${p.known}, currency.`,
  notCurrency: (p: { got: string }) => `currency must be "USD" or "KRW"; got ${p.got}.`,
  assumptionNotNumber: (p: { name: string; unit: string; got: string }) =>
    `${p.name} must be a number (${p.unit}); got ${p.got}.`,
  assumptionRange: (p: { name: string; range: string; unit: string; got: string }) =>
    `${p.name} must be ${p.range} (${p.unit}); got ${p.got}.`,
  // model
  yearsRange: (p: { name: string; max: number; got: string }) =>
    `${p.name} must be a whole number from 1 to ${p.max}; got ${p.got}.`,
  cycleRange: (p: { max: number; got: string }) =>
    `refresh_cycle_years must be from 1 to ${p.max}; got ${p.got}.`,
  gpuCountRange: (p: { max: string; got: string }) =>
    `A GPU count must be from 0 to ${p.max}; got ${p.got}.`,
  unknownEntity: (p: { name: string; hint: string; known: string }) =>
    `Unknown entity "${p.name}".${p.hint ? ` Did you mean ${p.hint}?` : ""} Known entities: ${p.known}.`,
  fieldsOfOne: (p: { total: boolean }) =>
    `Fields exist for one named entity, not for ${p.total ? "the total" : "a GPU count"}.`,
  notDisclosed: (p: { name: string }) => `Investment not disclosed for ${p.name}.`,
  unknownField: (p: { name: string; known: string }) =>
    `Unknown field "${p.name}". Use one of: ${p.known}.`,
  unknownScenario: (p: { name: string }) =>
    `Unknown scenario "${p.name}". Use one of: base, low, high.`,
  noShares: () => "Give at least one supplier share.",
  shareRange: (p: { got: string }) => `A share must be from 0 to 1 (or 0% to 100%); got ${p.got}.`,
  sharesOver: (p: { sum: string }) => `Shares sum to ${p.sum}%, more than 100%.`,
  targetShareRange: (p: { got: string }) =>
    `target_share must be from 0 to 1 (the share of the fleet moved off NVIDIA); got ${p.got}.`,
  unexpected: (p: { detail: string }) => `Unexpected error in SOVAI: ${p.detail}`,
  // risk simulation
  trialsRange: (p: { min: number; max: number; got: string }) =>
    `trials must be a whole number from ${p.min.toLocaleString("en-US")} to ${p.max.toLocaleString("en-US")}; got ${p.got}.`,
  seedRange: (p: { max: number; got: string }) =>
    `seed must be a whole number from 0 to ${p.max}; got ${p.got}.`,
  binsRange: (p: { min: number; max: number; got: string }) =>
    `bins must be a whole number from ${p.min} to ${p.max}; got ${p.got}.`,
  unknownStatistic: (p: { got: string }) =>
    `Unknown statistic ${p.got}. Use mean, sd, min, max, se, a percentile such as 0.9, or P90.`,
  percentileRange: (p: { got: string }) =>
    `A percentile must be between 0 and 1 (or P0 and P100), exclusive; got ${p.got}.`,
  unknownMeasure: (p: { got: string }) =>
    `Unknown measure ${p.got}. Use cost, premium or switching.`,
  // cards
  cardOfCount: () => "A card describes a recipient: give a name or Total, not a GPU count.",
};

export type MessageId = keyof typeof EN;
export type MessageParams<K extends MessageId> = Parameters<(typeof EN)[K]>[0];
/** What a translation must provide: every id, with the English parameters. */
export type Catalogue = { readonly [K in MessageId]: (p: MessageParams<K>) => string };
