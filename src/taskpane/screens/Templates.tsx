import * as React from "react";
import { Choice } from "../components/Choice";
import {
  Body1,
  Button,
  Card,
  CardHeader,
  Link,
  RadioGroup,
  Spinner,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import { Notice } from "../components/Notice";
import { TEMPLATE_CHOICES, templateFile } from "../templateFiles";
import { useAction } from "../useAction";
import { ScreenTitle } from "../components/ScreenTitle";
import { useWorkbook } from "../workbookContext";

const useStyles = makeStyles({
  cards: { display: "flex", flexDirection: "column", gap: "12px" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
});

const FAMILIES = [
  {
    family: "resource-map" as const,
    title: "Resource mapping",
    description:
      "What each partner spends, on what, where and from which streams, with maps, checks and spend per head against need.",
  },
  {
    family: "funding-profile" as const,
    title: "Funding profile",
    description:
      "A time-limited grant tapering while mainstream partners take over, year by year, with the gap they must fill.",
  },
  {
    family: "pool-budget" as const,
    title: "Pool budget over several years",
    description:
      "Each partner's contribution with its uplift and savings year by year, the pool's spending, the running balance and each partner's share.",
  },
];

function TemplateCard({ family, title, description }: (typeof FAMILIES)[number]) {
  const styles = useStyles();
  const workbook = useWorkbook();
  const [variant, setVariant] = React.useState<"example" | "blank">("example");
  const choice = TEMPLATE_CHOICES.find((c) => c.family === family && c.variant === variant)!;
  const insert = useAction(() => workbook.insertTemplate(templateFile(choice)));
  const id = `tpl-${family}`;
  return (
    <Card aria-labelledby={`${id}-title`}>
      <CardHeader
        header={
          <Subtitle2 as="h2" id={`${id}-title`}>
            {title}
          </Subtitle2>
        }
        description={<Body1>{description}</Body1>}
      />
      <RadioGroup
        aria-label={`${title}: which version`}
        layout="horizontal"
        value={variant}
        onChange={(_, d) => {
          setVariant(d.value as "example" | "blank");
          insert.reset();
        }}
      >
        <Choice
          value="example"
          label={
            family === "funding-profile"
              ? "Manchester example"
              : family === "pool-budget"
                ? "Swindon example"
                : "Worked example"
          }
        />
        <Choice value="blank" label="Blank" />
      </RadioGroup>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={insert.busy} onClick={() => insert.run()}>
          Insert into this workbook
        </Button>
        <Link href={choice.url} download={choice.def.fileName}>
          Download .xlsx
        </Link>
        {insert.busy && <Spinner size="tiny" label="Inserting…" />}
      </div>
      {insert.result && <Notice intent="success">Added sheets: {insert.result.join(", ")}.</Notice>}
      {insert.error && (
        <Notice intent="error">
          {insert.error}
          {insert.offerDownload && (
            <>
              {" "}
              <Link href={choice.url} download={choice.def.fileName}>
                Download {choice.def.fileName}
              </Link>
            </>
          )}
        </Notice>
      )}
    </Card>
  );
}

export default function Templates() {
  const styles = useStyles();
  return (
    <>
      <ScreenTitle help="guide-templates">Templates</ScreenTitle>
      <Body1 as="p">
        New sheets are added after your own; nothing in the workbook is overwritten.
      </Body1>
      <div className={styles.cards}>
        {FAMILIES.map((f) => (
          <TemplateCard key={f.family} {...f} />
        ))}
      </div>
    </>
  );
}
