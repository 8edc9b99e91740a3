/**
 * A data-type argument as the plain value it shows. The metadata declares
 * `allowCustomDataForDataTypeAny`, so Excel passes a parameter of type `any` the cell's data
 * type as an object (Excel.CellValue in @types/office-js): an entity, such as a KOREA_CARD, acts
 * as its `text`; a formatted number (`FormattedNumber`, or `Double` with a number format) and a
 * `String` or `Boolean` cell value as their `basicValue`. Anything else is returned unchanged,
 * for the caller to refuse with `#VALUE!` and a message.
 * @example plainValue({ type: "Entity", text: "Samsung Electronics", properties: {} }) // "Samsung Electronics"
 * @example plainValue({ type: "FormattedNumber", basicValue: 10, numberFormat: "0" }) // 10
 */
export function plainValue(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const v = value as { type?: unknown; text?: unknown; basicValue?: unknown };
  switch (v.type) {
    case "Entity":
      return typeof v.text === "string" ? v.text : value;
    case "FormattedNumber":
    case "Double":
      return typeof v.basicValue === "number" ? v.basicValue : value;
    case "String":
      return typeof v.basicValue === "string" ? v.basicValue : value;
    case "Boolean":
      return typeof v.basicValue === "boolean" ? v.basicValue : value;
    default:
      return value;
  }
}
