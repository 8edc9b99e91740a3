/* global document, HTMLElementTagNameMap, Node, Element */

type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Text always goes in as text nodes
 * (textContent semantics), never as HTML.
 * @example el("button", { type: "button" }, "Insert")
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/**
 * A formula as code that wraps only after its punctuation (commas, brackets, braces), never
 * inside a name: a <wbr> after each, where a narrow pane may break the line.
 */
export function formulaCode(formula: string): HTMLElement {
  const code = document.createElement("code");
  for (const part of formula.split(/(?<=[,({;])/)) {
    code.append(document.createTextNode(part));
    code.append(document.createElement("wbr"));
  }
  return code;
}

/** Replaces an element's text. */
export function setText(node: Element, text: string): void {
  node.textContent = text;
}
