/** The production origin the build under test was made with (same rule as webpack.config.js). */

const { prodOrigin } = require("../../scripts/build/origin.js") as { prodOrigin: () => string };

export const PROD_ORIGIN: string = prodOrigin();
export const PROD_HOST: string = new URL(PROD_ORIGIN).host;
