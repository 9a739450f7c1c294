import { Body1, Button, Caption1, Link, makeStyles } from "@fluentui/react-components";
import type { Screen } from "../navigation";
import { ScreenTitle } from "../components/ScreenTitle";

declare const __APP_VERSION__: string;

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  wide: { width: "100%", justifyContent: "flex-start" },
});

const LINKS: { screen: Screen; label: string; hint: string }[] = [
  {
    screen: "pool",
    label: "Set up a pool",
    hint: "Partners, contributions, host and overspend rule, written to a Pool sheet.",
  },
  {
    screen: "ledger",
    label: "Set up a pool ledger",
    hint: "Money by partner and source, schemes with commissioners, a contingency and the order of draw; statements and year-end balances.",
  },
  {
    screen: "ledgerYear",
    label: "Run a pool ledger's year",
    hint: "Where the ledger stands, how an overspend is met, each partner's share; next year from the outturn.",
  },
  {
    screen: "monitor",
    label: "Monitor this pool",
    hint: "A month's or quarter's figures, the forecast split, partner statements, board report, next year.",
  },
  {
    screen: "decide",
    label: "Align or pool?",
    hint: "The Audit Commission's eight tests and a recommendation.",
  },
  {
    screen: "schedule",
    label: "Agreement schedule",
    hint: "The financial schedule and a risk register, drafted for the legal team.",
  },
  {
    screen: "explain",
    label: "Explain this figure",
    hint: "The working behind a POOL result, step by step, to copy or keep as a note.",
  },
  {
    screen: "check",
    label: "Check this workbook",
    hint: "Totals that do not add up, shares off 100%, numbers stored as text.",
  },
  {
    screen: "share",
    label: "Prepare to share",
    hint: "Copies of sheets with POOL formulas turned into values, for partners without the add-in.",
  },
  {
    screen: "templates",
    label: "Templates",
    hint: "Resource mapping and the Manchester-style funding profile.",
  },
];

export function Home({ go }: { go: (s: Screen) => void }) {
  const styles = useStyles();
  return (
    <>
      <ScreenTitle>Pool Budgets</ScreenTitle>
      <Body1 as="p">
        Share a pool between partners and split an overspend or underspend to the penny.
      </Body1>
      <Body1 as="p">Decide whether a partnership should align or pool its budgets.</Body1>
      <Body1 as="p">Check budget workbooks and start from ready-made templates.</Body1>
      <nav aria-label="Pool Budgets">
        <ul className={styles.list}>
          {LINKS.map((l) => (
            <li key={l.screen}>
              <Button
                className={styles.wide}
                appearance={l.screen === "pool" ? "primary" : "secondary"}
                onClick={() => go(l.screen)}
                aria-describedby={`hint-${l.screen}`}
              >
                {l.label}
              </Button>
              <Caption1 id={`hint-${l.screen}`} block>
                {l.hint}
              </Caption1>
            </li>
          ))}
        </ul>
      </nav>
      <Caption1>
        Functions: type =POOL. in a cell.{" "}
        <Link href="help.html" target="_blank" rel="noopener">
          Help on every function, argument and error
        </Link>
        . Version {__APP_VERSION__}
      </Caption1>
    </>
  );
}
