import { finYear, YMD } from "../finYear";
import { Explanation } from "./explanation";
import { MONTH_NAMES } from "../months";

/** FINYEAR's label for one date: which year's start and end it falls between. */
export function explainFinYear(date: YMD, startMonth: number): Explanation {
  const figure = finYear(date, startMonth);
  const first = date.month >= startMonth ? date.year : date.year - 1;
  const endMonth = ((startMonth + 10) % 12) + 1;
  const endYear = startMonth === 1 ? first : first + 1;
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  const day = `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
  return {
    figure,
    summary: `${day} falls in the financial year ${figure}.`,
    steps: [
      `The financial year starts on 1 ${MONTH_NAMES[startMonth - 1]}${startMonth === 4 ? " (the UK public sector year)" : ""}.`,
      `${day} falls between 1 ${MONTH_NAMES[startMonth - 1]} ${first} and ${lastDay} ${MONTH_NAMES[endMonth - 1]} ${endYear}, so it is in ${figure}.`,
    ],
  };
}
