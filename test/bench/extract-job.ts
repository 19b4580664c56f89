/** Shared by the extraction benchmark and its worker threads. */
import nlp from "compromise";

export interface WorkerJob {
  files: string[];
  mode: "extract" | "compromise";
}

export interface WorkerReport {
  bytes: number;
  ms: number;
}

/** The baseline: compromise's full tagger over the text (parse + tag, the work any NLP pass pays). */
export function compromiseTag(text: string): number {
  return nlp(text).terms().length;
}
