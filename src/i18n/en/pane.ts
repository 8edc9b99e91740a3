/**
 * Every string the task pane shows, in English: the source catalogue. Other languages implement
 * the same keys (the `PaneText` type fails the build on a missing one). Numbers and dates arrive
 * already formatted for the language's locale, so a translation only places them.
 */
export const EN_PANE = {
  /** BCP 47 locale the pane formats numbers and dates in. */
  locale: "en-US",
  languageName: "English",
  languageLabel: "Language",
  appTitle: "SovAI: Sovereign AI Compute Model",
  modelLine: (p: { version: string; asOf: string }) => `Model ${p.version} · data as of ${p.asOf}`,
  notInExcel:
    "This page must run inside Excel to insert sheets or formulas. Sideload manifest.xml in Excel on the web or desktop Excel; the function reference below works anywhere.",
  officeMissing:
    "Office could not be loaded: office.js did not arrive from Microsoft (offline, or blocked by a network filter), so this page cannot reach a workbook. Check the connection, then reopen the pane. The function reference below works anyway.",
  // sheet cards
  sheetsHeading: "Insert a model sheet",
  field: {
    scenario: "Scenario",
    horizon: (p: { max: string }) => `Horizon (years, 1–${p.max})`,
    entity: "Entity",
    measure: "Measure",
    trials: "Trials",
    seed: "Seed",
    currency: "Currency",
    language: "Sheet language",
  },
  /** What a drop-down shows beside each id (the id is what the sheet's input holds). */
  choice: {
    base: "base: announced figures",
    low: "low: cost-minimising",
    high: "high: cost-maximising",
    cost: "cost: lock-in cost",
    premium: "premium: paid over a multi-vendor market",
    switching: "switching: cost of leaving",
  },
  insert: (p: { title: string }) => `Insert ${p.title}`,
  inserting: (p: { title: string }) => `Inserting ${p.title}`,
  insertNeedsExcel: "Open this pane in Excel to insert the sheet.",
  inserted: (p: { name: string }) => `Inserted '${p.name}'.`,
  insertFailed: (p: { name: string; reason: string }) =>
    `Could not insert '${p.name}': ${p.reason} Nothing was left in the workbook.`,
  horizonInvalid: (p: { max: string }) =>
    `Horizon must be a whole number of years from 1 to ${p.max}.`,
  trialsInvalid: (p: { min: string; max: string }) =>
    `Trials must be a whole number from ${p.min} to ${p.max}.`,
  seedInvalid: (p: { max: string }) => `Seed must be a whole number from 0 to ${p.max}.`,
  // progress of long operations (src/excel)
  step: {
    readingNames: () => "Reading the workbook's sheet and table names…",
    writing: (p: { cells: string; name: string }) => `Writing ${p.cells} cells to '${p.name}'…`,
    inserted: (p: { name: string }) => `Inserted '${p.name}'.`,
    readingSheets: () => "Reading the chosen sheets…",
    freezing: (p: { cells: string }) => `Freezing ${p.cells} cells…`,
    readingRecord: () => "Reading the provenance record…",
    restoring: (p: { formulas: string }) => `Restoring ${p.formulas} formulas…`,
  },
  // freeze & share
  shareHeading: "Freeze & share",
  shareDescription:
    "Sending the workbook to someone without the add-in? Freeze replaces every SOVAI formula on the chosen sheets with its current value and lists each one in a 'SovAI Provenance' sheet; other formulas stay live. Unfreeze puts the formulas back. For a file built outside Excel, see npm run workbook in the README.",
  sheetsToFreeze: "Sheets to freeze",
  refreshList: "Refresh list",
  freezeSelected: "Freeze selected",
  unfreeze: "Unfreeze",
  insertedBySovai: (p: { name: string }) => `${p.name} (inserted by SovAI)`,
  noSheets: "No sheets yet.",
  chooseSheet: "Choose at least one sheet to freeze.",
  undoHint: "Press Ctrl+Z to undo any part that was applied.",
  skippedCells: (p: { count: string; first: string }) =>
    ` ${p.count} cells showing errors keep their formulas (${p.first}…).`,
  froze: (p: { cells: string; sheets: string }) =>
    `Froze ${p.cells} cells on ${p.sheets} sheet(s); each is listed in 'SovAI Provenance'.`,
  nothingToFreeze: "No SOVAI formulas to freeze on the chosen sheets.",
  keptCells: (p: { count: string }) =>
    ` ${p.count} cells edited since the freeze were left as they are and stay on the record.`,
  restored: (p: { formulas: string }) => `Restored ${p.formulas} formulas.`,
  nothingFrozen: "Nothing is frozen in this workbook.",
  shareNeedsExcel: "Open this pane in Excel to freeze or unfreeze sheets.",
  // workbook doctor
  doctorHeading: "Workbook doctor",
  doctorDescription:
    "Finds SOVAI cells stuck on #NAME? or #BUSY!, mistyped SOVAI names, stale frozen values and failing checks, says why, and fixes what it can.",
  checkWorkbook: "Check workbook",
  fixAll: "Fix all",
  doctorNeedsExcel: "Open this pane in Excel to check a workbook.",
  findings: (p: { count: string }) => `${p.count} finding(s).`,
  noProblems: "No problems found.",
  fixed: (p: { recalculated: string; reentered: string; unfrozen: string }) =>
    `Recalculated ${p.recalculated}, re-entered ${p.reentered}, unfroze ${p.unfrozen}.`,
  fixLabel: {
    recalculate: "Recalculate",
    reenter: "Re-enter the formula",
    unfreeze: "Unfreeze",
    none: "No automatic fix",
  },
  fixPrefix: "Fix:",
  /** A finding's words by kind; `null` keeps the doctor's own English wording. */
  finding: null as
    | null
    | ((kind: string, params: Readonly<Record<string, string>>) => { what: string; why: string }),
  // function reference
  referenceHeading: "Function reference",
  searchLabel: "Search functions",
  searchPlaceholder: "e.g. cost, Samsung, HHI",
  shownOf: (p: { shown: string; total: string }) => `${p.shown} of ${p.total} functions`,
  example: "Example: ",
  insertInCell: "Insert in selected cell",
  insertExampleLabel: (p: { formula: string }) => `Insert ${p.formula} in the selected cell`,
  cellNotEmpty: (p: { address: string }) =>
    `${p.address} is not empty. Select an empty cell and try again.`,
  insertedFormula: (p: { formula: string; address: string }) =>
    `Inserted ${p.formula} in ${p.address}.`,
};

/** What a translation of the pane provides: every key, with the English parameters. */
export type PaneText = typeof EN_PANE;
