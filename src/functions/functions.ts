/*
 * Custom functions entry. Each adapter module carries its own @customfunction JSDoc;
 * the metadata plugin generates functions.json from them and appends the
 * CustomFunctions.associate calls to each module at build time.
 */
import "./poolShare";
import "./deficitSplit";
import "./alignVsPool";
import "./finYear";
import "./riskShare";
import "./reallocate";
