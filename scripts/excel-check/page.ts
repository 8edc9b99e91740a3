/**
 * The page `npm run test:excel` sideloads into desktop Excel: it runs every example of
 * src/functions/examples.json in a new sheet and posts what Excel calculated to the test server
 * (office-addin-test-server), which compares it with the expected results.
 */
import { sendTestResults } from "office-addin-test-helpers";
import { runExamples } from "../../src/excel/examples-check";
import { EXAMPLES } from "../../src/functions";

declare const __SOVAI_TEST_PORT__: number;

const status = document.getElementById("status")!;

Office.onReady(async () => {
  status.textContent = `Running ${EXAMPLES.length} examples…`;
  try {
    const results = await runExamples(EXAMPLES.map((e) => e.formula));
    await sendTestResults(results, __SOVAI_TEST_PORT__);
    status.textContent = `Sent ${results.length} results.`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await sendTestResults(
      [{ formula: "(the check itself)", value: message, rows: 0, columns: 0 }],
      __SOVAI_TEST_PORT__
    );
    status.textContent = `The check failed: ${message}`;
  }
  document.body.dataset.done = "true";
});
