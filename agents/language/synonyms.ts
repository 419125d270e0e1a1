/**
 * How people name attributes that catalogs spell differently. Keys are folded catalog names; a
 * synonym is used only when the catalog holds an attribute of that name, so one table serves
 * MovieLens genres, LastFM* tags and bring-your-own catalogs alike.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // "Rom com" and "dramedy" are two genres at once: listed under both (a phrase naming two genres wants both).
  comedy: ["comedies", "slapstick", "spoof", "spoofs", "goofy", "funny", "hilarious", "comedic", "humor", "humour", "humorous", "laugh", "laughs", "lighthearted", "romcom", "rom com", "romcoms", "rom coms", "dramedy", "dramedies"],
  "sci fi": ["scifi", "science fiction", "sci fi", "sf", "futuristic"],
  horror: ["scary", "horrors", "frightening", "creepy", "spooky", "slasher", "slashers", "terrifying", "scares", "scare me", "horrifying", "give me nightmares", "gives me nightmares", "supernatural", "paranormal", "haunted", "monster movie", "monster movies", "ghost story", "ghost stories"],
  romance: ["romantic", "romances", "love story", "love stories", "lovey dovey", "mushy", "romcom", "rom com", "romcoms", "rom coms"],
  action: ["action packed", "actiony", "explosions", "actions"],
  animation: ["animated", "cartoon", "cartoons", "anime"],
  children: ["kids", "kid", "family", "childrens", "for kids", "kid friendly", "family friendly", "child", "childish", "kiddie", "kiddy", "grandkids", "grandchildren", "kiddos", "little ones", "toddler", "toddlers"],
  documentary: ["documentaries", "docs", "doc", "docu", "docuseries"],
  drama: ["dramas", "dramatic", "tearjerker", "tearjerkers", "tear jerker", "tear jerkers", "weepy", "weepie", "weepies", "good cry", "make me cry", "makes me cry", "cry my eyes out", "biopic", "biopics", "dramedy", "dramedies"],
  thriller: ["thrillers", "thrilling", "thrills", "thrill", "suspense", "suspenseful", "edge of my seat"],
  mystery: ["mysterious", "mysteries", "whodunit", "whodunnit", "detective", "detectives"],
  fantasy: ["magical", "fantastical", "fantasies", "fairy tale", "fairy tales"],
  musical: ["musicals", "song and dance"],
  war: ["war movies", "war films", "military", "ww2", "wwii", "world war 2", "world war two"],
  western: ["westerns", "cowboy", "cowboys"],
  crime: ["gangster", "gangsters", "criminal", "criminals", "crimes", "mob", "mafia", "heist", "heists"],
  "film noir": ["noir", "noirs"],
  adventure: ["adventures", "adventurous"],
  // Tags of MovieLens-small, as people say them.
  espionage: ["spy", "spies"],
  zombies: ["zombie"],
  "martial arts": ["kung fu", "karate"],
  police: ["cop", "cops"],
  dystopia: ["dystopian"],
  "chick flick": ["chick flicks"],
  "serial killer": ["serial killers"],
  superhero: ["superheroes", "super hero", "super heroes"],
  "post apocalyptic": ["apocalyptic", "apocalypse"],
  "hip hop": ["hiphop", "hip hop"],
  "rnb": ["r and b", "rhythm and blues"],
  electronic: ["electronica", "edm"],
  "heavy metal": ["heavy metal"],
};

const DECADE_WORDS: Readonly<Record<number, readonly string[]>> = {
  1920: ["twenties"],
  1930: ["thirties"],
  1940: ["forties"],
  1950: ["fifties"],
  1960: ["sixties"],
  1970: ["seventies"],
  1980: ["eighties"],
  1990: ["nineties"],
  2000: ["two thousands", "noughties", "aughts"],
  2010: ["twenty tens"],
};

/**
 * Spoken forms of a decade attribute named like "1990s" or "1990": "90s", "1990s", "nineties".
 * Two-digit forms of the 1920s and 2020s collide; the older one keeps "20s" unless the newer exists.
 */
export function decadePhrases(decade: number, has2020s: boolean): string[] {
  const out = [`${decade}s`];
  const short = decade % 100;
  const twoDigit = `${String(short).padStart(2, "0")}s`;
  if (!(decade === 1920 && has2020s) && decade >= 1920) out.push(twoDigit);
  out.push(...(DECADE_WORDS[decade] ?? []));
  return out;
}

/** The decade a name such as "1990s", "1990", "90s" denotes, or null. */
export function decadeOf(name: string): number | null {
  const m = /^(\d{4})s?$/.exec(name.trim());
  if (!m) return null;
  const y = Number(m[1]);
  return y % 10 === 0 ? y : null;
}

/** What "violent" covers: the genres and tags of violent films. */
const VIOLENT = ["action", "thriller", "crime", "horror", "war", "violence", "violent", "bloody", "brutality", "gore", "gory", "brutal"];
const FUNNY = ["comedy", "funny", "very funny", "hilarious", "humor", "humorous", "humour"];

/**
 * Words a critique uses for several attributes at once: "less violent" keeps every one of them out, "more
 * violent" wants one of them. Keys are folded words; values folded catalog names, of which only those the
 * catalog holds count.
 */
export const ASPECTS: Readonly<Record<string, readonly string[]>> = {
  violent: VIOLENT,
  violence: VIOLENT,
  gory: VIOLENT,
  gore: VIOLENT,
  bloody: VIOLENT,
  brutal: VIOLENT,
  funny: FUNNY,
  comedy: FUNNY,
  comedies: FUNNY,
};

/**
 * Comparatives that critique a slate without naming an attribute ("something funnier", "older please"): an
 * aspect (a key of ASPECTS, or a catalog name) with a direction; or a move along an ordered attribute type,
 * one of `types`, whose values are named by a number ("1990s"), `needs` saying what a catalog without one
 * lacks.
 */
export type Comparative =
  | { readonly direction: "more" | "less"; readonly aspect: string }
  | { readonly order: "lower" | "higher"; readonly types: readonly string[]; readonly needs: string };

/** Attribute types whose numbered values are ages ("1990s"). */
export const AGE = ["decade", "year", "era", "period"];
const LENGTH = ["length", "duration", "runtime", "running time"];
export const OLDER = { order: "lower", types: AGE, needs: "dates" } as const satisfies Comparative;
export const NEWER: Comparative = { order: "higher", types: AGE, needs: "dates" };
const GENTLER: Comparative = { direction: "less", aspect: "violent" };
const FUNNIER: Comparative = { direction: "more", aspect: "funny" };

export const COMPARATIVES: Readonly<Record<string, Comparative>> = {
  older: OLDER,
  old: OLDER,
  earlier: OLDER,
  oldies: OLDER,
  classic: OLDER,
  classics: OLDER,
  ancient: OLDER,
  vintage: OLDER,
  newer: NEWER,
  recent: NEWER,
  modern: NEWER,
  later: NEWER,
  latest: NEWER,
  lately: NEWER,
  recently: NEWER,
  // "these are a bit dated", "any new releases?".
  dated: NEWER,
  outdated: NEWER,
  releases: NEWER,
  funnier: FUNNIER,
  lighter: FUNNIER,
  sillier: FUNNIER,
  happier: FUNNIER,
  gentler: GENTLER,
  softer: GENTLER,
  tamer: GENTLER,
  milder: GENTLER,
  calmer: GENTLER,
  scarier: { direction: "more", aspect: "horror" },
  creepier: { direction: "more", aspect: "horror" },
  spookier: { direction: "more", aspect: "horror" },
  shorter: { order: "lower", types: LENGTH, needs: "lengths" },
  longer: { order: "higher", types: LENGTH, needs: "lengths" },
};

/** After "too", an age asks for the other way: "these are all too new for me", "a bit too old". */
export const TOO_AGED: Readonly<Record<string, Comparative>> = { new: OLDER, recent: OLDER, modern: OLDER, old: NEWER, dated: NEWER, ancient: NEWER };

/** The number an ordered attribute's name starts with ("1990s": 1990, "90-120 min": 90), or null. */
export function orderValue(name: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)/.exec(name);
  return m ? Number(m[1]) : null;
}
