import * as React from "react";
import {
  Button,
  FluentProvider,
  Body1,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookGateway } from "../excel/types";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { onScreenRequest, Screen, takePendingScreen } from "./navigation";
import { Home } from "./screens/Home";
import { WorkbookProvider } from "./workbookContext";
import { PlanProvider } from "./planContext";

// Only Home ships in the first download; the other screens load when opened.
const Templates = React.lazy(
  () => import(/* webpackChunkName: "templates" */ "./screens/Templates")
);
const PoolSetup = React.lazy(() => import(/* webpackChunkName: "pool" */ "./screens/PoolSetup"));
const LedgerSetup = React.lazy(
  () => import(/* webpackChunkName: "ledger" */ "./screens/LedgerSetup")
);
const LedgerYear = React.lazy(
  () => import(/* webpackChunkName: "ledger-year" */ "./screens/LedgerYear")
);
const AlignOrPool = React.lazy(
  () => import(/* webpackChunkName: "decide" */ "./screens/AlignOrPool")
);
const AgreementSchedule = React.lazy(
  () => import(/* webpackChunkName: "schedule" */ "./screens/AgreementSchedule")
);
const PrepareToShare = React.lazy(
  () => import(/* webpackChunkName: "share" */ "./screens/PrepareToShare")
);
const ExplainFigure = React.lazy(
  () => import(/* webpackChunkName: "explain" */ "./screens/ExplainFigure")
);
const MonitorPool = React.lazy(
  () => import(/* webpackChunkName: "monitor" */ "./screens/MonitorPool")
);
const CheckWorkbook = React.lazy(
  () => import(/* webpackChunkName: "check" */ "./screens/CheckWorkbook")
);

const useStyles = makeStyles({
  root: {
    padding: "12px",
    maxWidth: "640px",
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    color: tokens.colorNeutralForeground1,
  },
  back: { alignSelf: "flex-start" },
});

export function App({ gateway, initial = "home" }: { gateway: WorkbookGateway; initial?: Screen }) {
  const styles = useStyles();
  const [screen, setScreen] = React.useState<Screen>(() => takePendingScreen() ?? initial);
  React.useEffect(() => onScreenRequest(setScreen), []);

  let body: React.ReactNode;
  switch (screen) {
    case "templates":
      body = <Templates />;
      break;
    case "pool":
      body = <PoolSetup />;
      break;
    case "ledger":
      body = <LedgerSetup />;
      break;
    case "ledgerYear":
      body = <LedgerYear />;
      break;
    case "decide":
      body = <AlignOrPool />;
      break;
    case "check":
      body = <CheckWorkbook />;
      break;
    case "share":
      body = <PrepareToShare />;
      break;
    case "schedule":
      body = <AgreementSchedule />;
      break;
    case "monitor":
      body = <MonitorPool />;
      break;
    case "explain":
      body = <ExplainFigure />;
      break;
    default:
      body = <Home go={setScreen} />;
  }
  return (
    <FluentProvider theme={webLightTheme}>
      <WorkbookProvider gateway={gateway}>
        <PlanProvider>
          <main className={styles.root}>
            {screen !== "home" && (
              <Button className={styles.back} appearance="subtle" onClick={() => setScreen("home")}>
                ← Back to start
              </Button>
            )}
            <ErrorBoundary key={screen}>
              <React.Suspense fallback={<Body1 role="status">Loading…</Body1>}>
                {body}
              </React.Suspense>
            </ErrorBoundary>
          </main>
        </PlanProvider>
      </WorkbookProvider>
    </FluentProvider>
  );
}
