import { textOf, type JsonNode } from "./json-node.js";

export interface ActionItemSummary {
  id: string | null;
  text: string;
  owner: string | null;
  due: string | null;
  status: "open" | "done";
}

export interface DecisionSummary {
  id: string | null;
  text: string;
}

/** Every action item and decision of a report body, in document order. */
export function collectMinuteBlocks(body: JsonNode): { actions: ActionItemSummary[]; decisions: DecisionSummary[] } {
  const actions: ActionItemSummary[] = [];
  const decisions: DecisionSummary[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === "actionItem") {
      actions.push({
        id: stringOrNull(node.attrs?.id),
        text: textOf(node).trim(),
        owner: stringOrNull(node.attrs?.owner),
        due: stringOrNull(node.attrs?.due),
        status: node.attrs?.status === "done" ? "done" : "open",
      });
    } else if (node.type === "decision") {
      decisions.push({ id: stringOrNull(node.attrs?.id), text: textOf(node).trim() });
    } else if (node.type !== "internalNote") {
      node.content?.forEach(visit);
    }
  };
  visit(body);
  return { actions, decisions };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
