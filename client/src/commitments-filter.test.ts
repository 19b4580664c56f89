import { describe, expect, it } from "vitest";
import type { Commitment } from "./api-client.ts";
import { ALL_COMMITMENTS, byDue, filterCommitments } from "./commitments-filter.ts";

const base = { kind: "report", quote: "", docKey: "d", docTitle: "t", start: 0, end: 1 };
const list: Commitment[] = [
  { ...base, key: "a", actor: { key: "bzk", name: "Ministerie van BZK" }, text: "Ik zal de Kamer informeren", due: "2023-01-01", status: "overdue" },
  { ...base, key: "b", actor: { key: "ubr", name: "UBR" }, text: "rapport volgt", due: null, status: "open" },
  { ...base, key: "c", actor: { key: "bzk", name: "Ministerie van BZK" }, text: "evaluatie", due: "2030-06-01", status: "open" },
];

describe("filterCommitments", () => {
  it("filters by status, actor and text", () => {
    expect(filterCommitments(list, { ...ALL_COMMITMENTS, status: "open" }).map((c) => c.key)).toEqual(["b", "c"]);
    expect(filterCommitments(list, { ...ALL_COMMITMENTS, actor: "bzk" }).map((c) => c.key)).toEqual(["a", "c"]);
    expect(filterCommitments(list, { ...ALL_COMMITMENTS, text: "KAMER" }).map((c) => c.key)).toEqual(["a"]);
  });

  it("keeps only dated commitments inside a due range", () => {
    expect(filterCommitments(list, { ...ALL_COMMITMENTS, dueFrom: "2024-01-01" }).map((c) => c.key)).toEqual(["c"]);
    expect(filterCommitments(list, { ...ALL_COMMITMENTS, dueTo: "2024-01-01" }).map((c) => c.key)).toEqual(["a"]);
  });

  it("sorts by due date with undated last", () => {
    expect([...list].sort(byDue).map((c) => c.key)).toEqual(["a", "c", "b"]);
  });
});
