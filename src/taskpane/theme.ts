/* global document, Office */

/**
 * Takes the Office theme's colours where the host exposes them (desktop Office); elsewhere the
 * stylesheet's defaults and the browser's light/dark preference apply. Set through CSSOM
 * custom properties, which the page's Content-Security-Policy allows.
 */
export function applyOfficeTheme(): void {
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = Office.context?.officeTheme;
  } catch {
    return;
  }
  if (!theme) return;
  const root = document.documentElement.style;
  const set = (name: string, value: string | undefined) => {
    if (value) root.setProperty(name, value.startsWith("#") ? value : `#${value}`);
  };
  set("--bg", theme.bodyBackgroundColor);
  set("--fg", theme.bodyForegroundColor);
  set("--control-bg", theme.controlBackgroundColor);
  set("--control-fg", theme.controlForegroundColor);
}
