import { PathwiseChat } from "./chat-element.ts";

export { PathwiseChat };

// A page may load the script twice (say, a CMS block and a template); defining twice would throw.
if (!customElements.get("pathwise-chat")) customElements.define("pathwise-chat", PathwiseChat);
