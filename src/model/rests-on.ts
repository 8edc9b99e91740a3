/**
 * What a custom function's value rests on, as the provenance record words it: the deal's figures
 * (GPUs by entity), the model's assumptions, both, market shares typed on the sheet, or nothing
 * sourced (the model's version). Each function's record declares one (src/functions).
 * @example RESTS_ON.both // "Deal figures and model assumptions"
 */
export const RESTS_ON = {
  deal: "Deal figures",
  model: "Model assumptions",
  both: "Deal figures and model assumptions",
  market: "L1 and judgement inputs on the sheet",
  none: "",
} as const;

export type RestsOn = keyof typeof RESTS_ON;

/** What the function a formula calls rests on, by its id; undefined for an unknown id. */
export type RestsOnLookup = (functionId: string) => RestsOn | undefined;
