/**
 * Titles typed with their vowels wrong: for every catalog title with a word of 8 letters or more, two vowels
 * of one such word (not its first letter) are changed at random (seeded), and "I loved <title>" is read by the
 * lexicon. Prints how often the film is found, and how often the message names another film instead.
 *
 *   npx tsx bench/mangled-titles.ts [--data W] [--seed S]
 */
import { parseArgs } from "node:util";
import { Lexicon } from "../agents/language/lexicon.ts";
import { parseTitle } from "../agents/language/text.ts";
import { understandWithLexicon } from "../agents/language/understand-lexicon.ts";
import { Random } from "../agents/random.ts";
import { openWorkspace } from "../server/workspace.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, seed: { type: "string", default: "7" } } });
const { graph } = openWorkspace(values.data, (m) => console.error(m));
const lexicon = new Lexicon(graph);
const rng = new Random(Number(values.seed));
const VOWELS = "aeiou";

let tried = 0;
let found = 0;
let other = 0;
for (let item = 0; item < graph.nItems; item++) {
  const words = parseTitle(graph.itemTitle[item]).main.split(" ");
  const long = words.flatMap((w, k) => (w.length >= 8 && /^\p{L}+$/u.test(w) ? [k] : []));
  if (long.length === 0) continue;
  const k = long[rng.int(long.length)];
  const letters = [...words[k]];
  const vowels = letters.flatMap((c, j) => (j > 0 && VOWELS.includes(c.toLowerCase()) ? [j] : []));
  if (vowels.length < 2) continue;
  const first = vowels[rng.int(vowels.length)];
  const second = vowels.filter((j) => j !== first)[rng.int(vowels.length - 1)];
  for (const j of [first, second]) {
    const others = VOWELS.replace(letters[j].toLowerCase(), "");
    letters[j] = others[rng.int(others.length)];
  }
  words[k] = letters.join("");
  const items = understandWithLexicon(lexicon, `I loved ${words.join(" ")}`).act.items;
  tried++;
  if (items.some((m) => m.itemId === item)) found++;
  else if (items.length > 0) other++;
}
const share = (n: number) => `${n} (${((100 * n) / tried).toFixed(1)}%)`;
console.log(`${graph.manifest.name}: ${tried} titles with two vowels of a long word changed, seed ${values.seed}`);
console.log(`found ${share(found)}, read as another film ${share(other)}`);
