import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const files = join(root, "test/fixtures/files");
const work = mkdtempSync(join(tmpdir(), "extract-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run extract on a folder of mixed files", () => {
  it("reads PDF and DOCX by content, rejects the rest with a reason, and still writes every good one", () => {
    const input = join(work, "in");
    const out = join(work, "out");
    spawnSync("mkdir", ["-p", input]);
    copyFileSync(join(files, "ah-tk-20232024-1893.pdf"), join(input, "ah-tk-20232024-1893.pdf"));
    copyFileSync(join(files, "beantwoording-eerdmans.docx"), join(input, "beantwoording-eerdmans.docx"));
    // a cut-off copy of a real PDF, and a PDF saved under a .txt name
    writeFileSync(join(input, "afgebroken.pdf"), readFileSync(join(files, "ah-tk-20232024-1949.pdf")).subarray(0, 9000));
    copyFileSync(join(files, "ah-tk-20232024-1949.pdf"), join(input, "als-tekst.txt"));
    writeFileSync(join(input, "plaatje.docx"), Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));

    const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "extract/cli/extract-cli.ts"), input, "--out", out], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/afgebroken\.pdf: REJECTED \[truncated\]/);
    expect(run.stderr).toMatch(/plaatje\.docx: REJECTED \[unsupported-format\]: the file is a PNG image/);
    expect(run.stdout).toMatch(/ah-tk-20232024-1893\.pdf \(pdf, 2 p\./);
    expect(run.stdout).toMatch(/als-tekst\.txt \(pdf, 2 p\./);
    expect(run.stdout).toMatch(/beantwoording-eerdmans\.docx \(docx/);
    const pdf = JSON.parse(readFileSync(join(out, "ah-tk-20232024-1893.json"), "utf8"));
    expect(pdf.document).toMatchObject({ kind: "kamervraag", number: "ah-tk-20232024-1893" });
    expect(JSON.parse(readFileSync(join(out, "als-tekst.json"), "utf8")).document.number).toBe("ah-tk-20232024-1949");
    expect(existsSync(join(out, "beantwoording-eerdmans.json"))).toBe(true);
    expect(existsSync(join(out, "afgebroken.json"))).toBe(false);
  }, 60_000);
});
