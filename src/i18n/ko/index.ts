/**
 * Everything the task pane needs in Korean, as one module: webpack makes it a chunk of its own
 * (ko.js) that the pane loads only when it shows Korean, so English users never download it.
 */
import { KO_PANE } from "./pane";
import { KO_REFERENCE } from "./reference";
import { KO_SHEETS } from "./sheets";

export const KOREAN = { text: KO_PANE, reference: KO_REFERENCE, sheets: KO_SHEETS };
