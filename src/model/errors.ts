import type { MessageId } from "./messages/en";

/**
 * The model's one failure type. The model never returns NaN or Infinity and never
 * throws anything else; the custom-function adapter maps `kind` to an Excel error:
 *
 * | kind    | Excel   | meaning                                              |
 * |---------|---------|------------------------------------------------------|
 * | `na`    | `#N/A`  | the thing asked for does not exist (unknown entity)  |
 * | `value` | `#VALUE!` | wrong type or unknown name (text for a number)     |
 * | `num`   | `#NUM!` | a number outside its allowed range                   |
 *
 * @example new ModelError("num", "years must be a whole number from 1 to 100; got 0").kind // "num"
 */
export class ModelError extends Error {
  /**
   * @param id - the message's id in the catalogue (messages/), when it came from there
   * @param params - the message's parameters, so it can be shown in another language
   */
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly id?: MessageId,
    readonly params?: unknown
  ) {
    super(message);
    this.name = "ModelError";
  }
}

export type ModelErrorKind = "na" | "value" | "num";
