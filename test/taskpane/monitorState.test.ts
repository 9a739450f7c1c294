import { fromSelection } from "../../src/taskpane/monitor/monitorState";

describe("figures pasted into Monitor this pool", () => {
  it("match rows to schemes by name", () => {
    const { figures } = fromSelection(
      [
        ["Community equipment", 2400000, 9900000],
        ["Intermediate care", 4400000, 18500000],
      ],
      ["Intermediate care", "Community equipment"]
    );
    expect(figures).toEqual({
      "Intermediate care": ["4400000", "18500000"],
      "Community equipment": ["2400000", "9900000"],
    });
  });

  it("refuse a selection naming a scheme twice, rather than put one row's figures on both", () => {
    expect(() =>
      fromSelection(
        [
          ["Intermediate care", 4400000, 18500000],
          ["intermediate care", 1, 2],
        ],
        ["Intermediate care", "Community equipment"]
      )
    ).toThrow(/The selected cells name “intermediate care” more than once/);
  });
});
