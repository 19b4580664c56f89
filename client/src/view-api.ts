/** POST /api/view: the nodes of a saved or shared view and every relation among them, in one request. */
import { ApiError, type Elements } from "./api-client.ts";

export interface ViewSubgraph { elements: Elements; missing: string[]; truncated: boolean }

export async function fetchView(nodes: string[]): Promise<ViewSubgraph> {
  const response = await fetch("api/view", { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify({ nodes }) });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError(response.status, body.error?.code ?? "HttpError", body.error?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as ViewSubgraph;
}
