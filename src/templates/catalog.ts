import { fundingProfileBlank, fundingProfileExample } from "./fundingProfile";
import type { TemplateDef } from "./model";
import { poolBudgetBlank, poolBudgetExample } from "./poolBudget";
import { resourceMapBlank, resourceMapExample } from "./resourceMap";

/** Every template the add-in ships, in the order the task pane lists them. */
export const TEMPLATE_BUILDERS: (() => TemplateDef)[] = [
  resourceMapExample,
  resourceMapBlank,
  fundingProfileExample,
  fundingProfileBlank,
  poolBudgetExample,
  poolBudgetBlank,
];
