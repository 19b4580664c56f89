/**
 * DOCX in: the text of word/document.xml (and its footnotes), read directly.
 * Word field codes are instructions, not text: for every field
 * (fldChar begin … separate … end) only the result is kept, so
 * "DOCPROPERTY onderwerp" or "PAGE \* MERGEFORMAT" never reaches the
 * pipeline, and nested fields (IF { PAGE } > 1 …) are handled by a stack.
 * One paragraph becomes one line; headers and footers of the page are left out
 * (letterhead furniture), text boxes are read once (the VML fallback copy is skipped).
 */
import { reject, type InputResult } from "./input-result.ts";
import { listZipEntries, readZipEntry, ZipError, type ZipEntry } from "./zip-entries.ts";

export function readDocx(bytes: Uint8Array): InputResult {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch (error) {
    return reject("damaged-docx", `the DOCX archive cannot be read: ${(error as Error).message}`, "docx");
  }
  const entry = (name: string) => entries.find((e) => e.name === name);
  const main = entry("word/document.xml");
  if (!main) return reject("unsupported-format", "a ZIP archive without word/document.xml (not a Word document)");
  if (main.flags & 1) return reject("encrypted", "the DOCX is encrypted", "docx");
  const warnings: string[] = [];
  let body: string;
  const refs: string[] = [];
  let notes = new Map<string, string>();
  try {
    body = documentXmlText(decodeXml(readZipEntry(bytes, main)), refs);
    const footnotes = entry("word/footnotes.xml");
    if (footnotes) notes = footnoteTexts(decodeXml(readZipEntry(bytes, footnotes)));
  } catch (error) {
    if (error instanceof ZipError) return reject("damaged-docx", `the DOCX archive cannot be read: ${error.message}`, "docx");
    throw error;
  }
  // footnotes follow the body, numbered as in the text, like at the foot of a printed page
  const noteLines = refs.map((id, i) => `${i + 1} ${notes.get(id) ?? ""}`.trim());
  if (refs.some((id) => !notes.has(id))) warnings.push("a footnote reference without its footnote");
  const text = tidy(noteLines.length > 0 ? `${body}\n\n${noteLines.join("\n")}` : body);
  if (text.trim() === "") return reject("no-text", "the Word document holds no text", "docx");
  return { ok: true, text, meta: { format: "docx", bytes: bytes.length, furniture: [], warnings } };
}

function decodeXml(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}

// A tag (name, attributes, self-closing) or a run of character data.
const TOKEN = /<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>|<\?[^>]*\?>|<!--[^]*?-->|([^<]+)/g;

/** The text of a WordprocessingML part (document.xml or one footnote's XML). */
export function documentXmlText(xml: string, footnoteRefs?: string[]): string {
  const out: string[] = [];
  const fields: Array<"instr" | "result"> = [];
  let inText = false;
  let hidden = false;
  let fallback = 0; // inside mc:Fallback: a second copy of the preceding mc:Choice
  let paragraphProps = 0; // inside w:pPr: w:tab there is a tab stop, not a tab
  let deleted = 0; // inside w:del (tracked deletion)
  const visible = () => fallback === 0 && deleted === 0 && !hidden && fields.every((f) => f === "result");
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, name, attrs = "", selfClosing] = m;
    if (m[5] !== undefined) {
      if (inText && visible()) out.push(decodeEntities(m[5]));
      continue;
    }
    if (!name) continue;
    const open = !closing;
    switch (name) {
      case "mc:Fallback":
        if (!selfClosing) fallback += open ? 1 : -1;
        break;
      case "w:pPr":
        if (!selfClosing) paragraphProps += open ? 1 : -1;
        break;
      case "w:del":
        if (!selfClosing) deleted += open ? 1 : -1;
        break;
      case "w:t":
        inText = open && !selfClosing;
        break;
      case "w:r":
        if (!open) hidden = false;
        break;
      case "w:vanish":
        if (open && paragraphProps === 0) hidden = !/w:val="(?:0|false|off)"/.test(attrs);
        break;
      case "w:fldChar": {
        const type = /w:fldCharType="(\w+)"/.exec(attrs)?.[1];
        if (type === "begin") fields.push("instr");
        else if (type === "separate" && fields.length > 0) fields[fields.length - 1] = "result";
        else if (type === "end") fields.pop();
        break;
      }
      case "w:tab":
        if (open && paragraphProps === 0 && visible()) out.push("\t");
        break;
      case "w:br":
      case "w:cr":
        if (open && visible()) out.push("\n");
        break;
      case "w:noBreakHyphen":
        if (open && visible()) out.push("-");
        break;
      case "w:footnoteReference":
        // Word numbers footnotes in the order they are referenced
        if (open && footnoteRefs && visible()) out.push(String(footnoteRefs.push(/w:id="(-?\d+)"/.exec(attrs)?.[1] ?? "")));
        break;
      case "w:p":
        if (!open || selfClosing) {
          if (fallback === 0) out.push("\n");
        }
        break;
    }
  }
  return out.join("");
}

/** Footnote texts by id; the separator pseudo-notes (w:type=…) are skipped. */
function footnoteTexts(xml: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const m of xml.matchAll(/<w:footnote\b([^>]*)>([^]*?)<\/w:footnote>/g)) {
    const id = /w:id="(-?\d+)"/.exec(m[1]!)?.[1];
    if (!id || /w:type="/.test(m[1]!)) continue;
    notes.set(id, documentXmlText(m[2]!).replace(/\s*\n\s*/g, " ").trim());
  }
  return notes;
}

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, dec, hex, named) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[named] ?? "";
  });
}

/** Trailing spaces off every line, runs of empty paragraphs (letterhead spacing) cut to one blank line. */
function tidy(text: string): string {
  return text.replace(/[ \t\u00a0]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}
