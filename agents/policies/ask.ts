import type { Decision } from "../dialogue/policy.ts";
import type { Question } from "./questions.ts";

/** A question as a decision: yes/no for one attribute, a choice otherwise. */
export function askDecision(q: Question, questions: "yesno" | "choice"): Decision {
  return questions === "yesno" ? { kind: "ask", attribute: q.options[0] } : { kind: "choice", type: q.type, options: q.options };
}
