// Tests have no Excel runtime: the preview's stand-in for its CustomFunctions global.
import "../../src/taskpane/preview/customFunctionsShim";
