import { describe, expect, it } from "vitest";
import { decodeState, EMPTY_STATE, encodeState, type ViewState } from "./url-state.ts";

describe("url state", () => {
  it("round-trips a full view state through the hash", () => {
    const state: ViewState = {
      view: "graph",
      shown: ["ubr", "ntf", "person:van-huffelen", "doc:000_b27fdd294b83071a"],
      expanded: ["ubr"],
      selected: "FUNDED|ubr|ntf",
      filters: { hiddenNodeTypes: ["Party"], hiddenRelationTypes: ["ASKED", "ANSWERED"], from: "2019-01-01", to: "2022-12-31", minEvidence: 2 },
      layout: "concentric",
      pathFrom: "ubr",
      pathTo: "x-systems",
      doc: "000_b27fdd294b83071a",
      docFocus: { start: 120, end: 180 },
      pinned: [{ id: "ubr", x: 321, y: -123 }, { id: "doc:000_b27fdd294b83071a", x: 0, y: 40 }],
    };
    expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
  });

  it("encodes the empty state as an empty hash and decodes it back", () => {
    expect(encodeState(EMPTY_STATE)).toBe("");
    expect(decodeState("")).toEqual(EMPTY_STATE);
  });

  it("ignores malformed values instead of failing", () => {
    const state = decodeState("#view=evil&layout=nope&from=yesterday&min=-3&show=,,ubr,&at=1-x");
    expect(state.view).toBe("graph");
    expect(state.layout).toBe("fcose");
    expect(state.filters.from).toBeNull();
    expect(state.filters.minEvidence).toBe(0);
    expect(state.shown).toEqual(["ubr"]);
    expect(state.docFocus).toBeNull();
  });

  it("drops a pin without a well-formed position", () => {
    expect(decodeState("#pin=ubr,ntf,adr&pinAt=1_2,x_3").pinned).toEqual([{ id: "ubr", x: 1, y: 2 }]);
  });
});
