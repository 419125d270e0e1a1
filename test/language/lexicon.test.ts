import { describe, expect, it } from "vitest";
import { importDataset } from "../../graph/import/index.ts";
import { Lexicon } from "../../agents/language/lexicon.ts";
import { understandWithLexicon } from "../../agents/language/understand-lexicon.ts";
import { parseTitle, tokens } from "../../agents/language/text.ts";
import { Random } from "../../agents/random.ts";
import { HAS_SHARED, SKIP_SHARED_REASON, shared } from "../shared.ts";
import { attr, item, movieLens } from "./fixtures.ts";
import { tinyGraph } from "../dialogue/tiny-graph.ts";

const { graph: g, lexicon } = movieLens();
const read = (text: string, context = {}) => understandWithLexicon(lexicon, text, context).act;
const titles = (text: string) => read(text).items.map((m) => g.itemTitle[m.itemId]);

describe("titles", () => {
  it("splits catalog titles into spoken title, alternatives and year", () => {
    expect(parseTitle("City of Lost Children, The (Cité des enfants perdus, La) (1995)")).toEqual({
      main: "The City of Lost Children",
      alts: ["La Cité des enfants perdus"],
      year: 1995,
    });
    expect(parseTitle("Twelve Monkeys (a.k.a. 12 Monkeys) (1995)").alts).toEqual(["12 Monkeys"]);
    expect(tokens("Rocky II")).toEqual(tokens("rocky 2"));
    expect(tokens("Guardians of the Galaxy Vol. 2")).toEqual(tokens("Guardians of the Galaxy 2"));
  });

  it("reads a series named as such as all its films, and long titles with a typo, but not everyday words", () => {
    expect(titles("I loved the Lord of the Rings movies")).toEqual([
      "Lord of the Rings, The (1978)",
      "Lord of the Rings: The Fellowship of the Ring, The (2001)",
      "Lord of the Rings: The Two Towers, The (2002)",
      "Lord of the Rings: The Return of the King, The (2003)",
    ]);
    expect(titles("I really like the Harry Potter series")).toHaveLength(8);
    expect(titles("the Toy Story movies")).toEqual(["Toy Story (1995)", "Toy Story 2 (1999)", "Toy Story 3 (2010)"]);
    expect(titles("I like horror movies")).toEqual([]); // a genre with "movies" is not a series
    // A series' bare name, as ReDial seekers write it: its films, not a piece of a longer name.
    expect(titles("I also like Harry Potter, lol")).toHaveLength(8);
    expect(titles("i love harry potter")).toHaveLength(8);
    expect(titles("Oh cool have you seen Once Upon a Time")).toEqual([]); // "... in the West", "... in America": no series
    // "Lord of the Rings" is a 1978 title and the head of a far better-known trilogy: the trilogy is meant.
    expect(titles("anything like lord of the rings?")).toEqual(["Lord of the Rings: The Fellowship of the Ring, The (2001)"]);
    expect(titles("Yes, LOVE Star Trek. These new guys are great")).toEqual(["Star Trek (2009)"]);
    expect(titles("I liked Intersteller")).toEqual(["Interstellar (2014)"]);
    // Two vowels wrong, typed in lowercase right after "saw": a long word that is no everyday word.
    expect(titles("i saw interstaller and liked it")).toEqual(["Interstellar (2014)"]);
    expect(titles("we watched godfether last night")).toEqual(["Godfather, The (1972)"]);
    // After a film and an "and": the next one, corrected, in lowercase too.
    expect(titles("hi! loved the godfether and goodfelas")).toEqual(["Godfather, The (1972)", "Goodfellas (1990)"]);
    expect(titles("The Shawshank Redemtion is my favorite")).toEqual(["Shawshank Redemption, The (1994)"]);
    expect(titles("i do like the excorcist")).toEqual(["Exorcist, The (1973)"]);
    expect(titles("I was thinking about it")).toEqual([]); // not "The Thinning"
    expect(titles("that was phenomenal")).toEqual([]); // not "Phenomena"
  });

  it("finds titles with and without year and article, as typed by people", () => {
    expect(titles("I loved The Matrix")).toEqual(["Matrix, The (1999)"]);
    expect(titles("the heat was unbearable")).toEqual([]); // an everyday word in lowercase is not a title
    expect(titles("Have you seen Jumanji?")).toEqual(["Jumanji (1995)"]);
    expect(titles("i liked jumanji a lot")).toEqual(["Jumanji (1995)"]);
    expect(titles("Toy Story 2 was better than Toy Story")).toEqual(["Toy Story 2 (1999)", "Toy Story (1995)"]);
    expect(titles("Something like Twelve Monkeys or 12 Monkeys")).toEqual(["Twelve Monkeys (a.k.a. 12 Monkeys) (1995)"]);
    expect(titles("I liked Star Wars")).toEqual(["Star Wars: Episode IV - A New Hope (1977)"]);
  });

  it("uses a typed year or 'the old one' to pick among films of the same title", () => {
    const halloweens = g.itemTitle.filter((t) => /^Halloween \(\d{4}\)$/.test(t));
    expect(halloweens.length).toBeGreaterThan(1);
    for (const t of halloweens) {
      const year = parseTitle(t).year!;
      expect(titles(`I watched Halloween ${year} last night`)).toEqual([t]);
      expect(titles(`I watched Halloween (${year}) last night`)).toEqual([t]);
    }
    const oldest = [...halloweens].sort()[0];
    expect(titles("Halloween, the original one")).toEqual([oldest]);
    // Said before the title too.
    expect(titles("I loved the old King Kong")).toEqual(["King Kong (1933)"]);
    expect(titles("I saw the original It but not the new one")).toEqual(["It (1990)"]);
  });

  it("reads a capitalised film that is also a tag as the film too, and a lowercase title before 'type'", () => {
    expect(titles("I enjoyed Alien and Aliens")).toEqual(["Alien (1979)", "Aliens (1986)"]);
    // A genre's own name stays the genre: "Romance (1999)" is not read from "I love Romance".
    expect(titles("I love Romance")).toEqual([]);
    expect(titles("back to the future type movies")).toEqual(["Back to the Future (1985)"]);
  });

  it("reads a whole message that is a title typed in lowercase as that film, never a reply that happens to be one", () => {
    expect(titles("good will hunting")).toEqual(["Good Will Hunting (1997)"]);
    expect(titles("mean girls please")).toEqual(["Mean Girls (2004)"]);
    // The film's name over a tag inside it; a genre stays a genre.
    expect(titles("back to the future")).toEqual(["Back to the Future (1985)"]);
    expect(read("back to the future").accept).toEqual([]);
    expect(titles("scary movie")).toEqual([]);
    expect(read("scary movie").accept).toEqual([attr(g, "Horror")]);
    // "I'm Here", "Hello Again", "Anything Else" and "The One" are films; said alone, these are replies.
    for (const reply of ["I'm here", "hello again", "anything else", "the one"]) expect(titles(reply), reply).toEqual([]);
  });

  it("does not read everyday words or pieces of longer names as films", () => {
    expect(titles("It was up to her, and I saw it coming")).toEqual([]);
    expect(titles("I just watched Avengers: Infinity War Part Two")).not.toContain("Avengers, The (2012)");
    expect(titles("I like Life of the Party")).toEqual([]);
    expect(titles("lol that was funny")).toEqual([]);
    // A name after what someone looks for "with" or "starring" is a person's ("Keanu (2016)", "Elizabeth (1998)" are films).
    expect(titles("anything with Keanu?")).toEqual([]);
    expect(titles("i'd love to see anything with elizabeth taylor in it")).toEqual([]);
    expect(titles("movies starring Keanu")).toEqual([]);
    expect(titles("I think I'll go with Inception")).toEqual(["Inception (2010)"]);
  });

  it("recognises at least 95% of 600 random multi-word MovieLens titles typed without their year", () => {
    const rng = new Random(11);
    let tried = 0;
    let found = 0;
    const misses: string[] = [];
    while (tried < 600) {
      const i = rng.int(g.nItems);
      const spoken = parseTitle(g.itemTitle[i]).main;
      if (tokens(spoken).length < 2) continue;
      tried++;
      const got = read(`Yesterday I watched ${spoken} with my sister.`).items.map((m) => m.itemId);
      const key = tokens(spoken).join(" ");
      const same = got.some((j) => j === i || tokens(parseTitle(g.itemTitle[j]).main).join(" ") === key);
      if (same) found++;
      else misses.push(spoken);
    }
    expect(found / tried, misses.slice(0, 20).join(" | ")).toBeGreaterThanOrEqual(0.95);
  });
});

describe("attributes, synonyms and negation", () => {
  const sciFi = attr(g, "Sci-Fi");
  const comedy = attr(g, "Comedy");
  const horror = attr(g, "Horror");
  const eighties = attr(g, "1980s", "decade");
  const nineties = attr(g, "1990s", "decade");

  it("maps names and common synonyms to the catalog's attributes", () => {
    expect(read("some sci-fi please").accept).toEqual([sciFi]);
    expect(read("science fiction").accept).toEqual([sciFi]);
    expect(read("something funny").accept).toEqual([comedy]);
    // A judgement that names a kind says what the film was; one that is only a tag's own name is an opinion.
    expect(read("that was so funny").accept).toEqual([comedy]);
    expect(read("it was really predictable").accept).toEqual([]);
    // A tag with a genre inside it is that genre too; not wanting it says nothing against the genre.
    expect(read("a dark comedy").accept).toContain(comedy);
    expect(read("not a dark comedy").reject).not.toContain(comedy);
    expect(read("I love comedies").accept).toEqual([comedy]);
    expect(read("movies from the 80s").accept).toEqual([eighties]);
    expect(read("anything from the nineties").accept).toEqual([nineties]);
    expect(read("a scary one").accept).toEqual([horror]);
  });

  it("reads a tag named in the singular or as people say it, and not an everyday word as a plural tag", () => {
    // The tags are "zombies", "ghosts", "espionage", "martial arts", "world war ii" in MovieLens-small.
    expect(read("any good zombie movies?").accept).toEqual([attr(g, "zombies", "tag")]);
    expect(read("I like ghost movies").accept).toEqual([attr(g, "ghosts", "tag")]);
    expect(read("spy movies please").accept).toEqual([attr(g, "espionage", "tag")]);
    expect(read("something with kung fu").accept).toEqual([attr(g, "martial arts", "tag")]);
    expect(read("a ww2 film").accept).toEqual([attr(g, "War")]);
    expect(read("a good tearjerker").accept).toEqual([attr(g, "Drama")]);
    expect(read("something supernatural").accept).toEqual([horror]);
    // "drugs" is a tag; "drug" is everyday English and stays unread.
    expect(read("a drug").accept).toEqual([]);
  });

  it("reads negation as rejection, within its clause only", () => {
    expect(read("no horror")).toMatchObject({ accept: [], reject: [horror] });
    expect(read("I don't like horror")).toMatchObject({ accept: [], reject: [horror] });
    expect(read("I love sci-fi from the 80s, but no horror please")).toMatchObject({ accept: [sciFi, eighties], reject: [horror] });
    expect(read("I don't like horror but I love comedies")).toMatchObject({ accept: [comedy], reject: [horror] });
    expect(read("anything but horror")).toMatchObject({ reject: [horror] });
    expect(read("I don't mind horror")).toMatchObject({ accept: [horror], reject: [] });
    // A new "I like" opens its own clause: the negation before it does not reach it.
    expect(read("i not like horror and i like comedy of the 80s")).toMatchObject({ accept: [comedy, attr(g, "1980s", "decade")], reject: [horror] });
    expect(read("no i prefer drama")).toMatchObject({ accept: [attr(g, "Drama")], reject: [] });
  });

  it("tells disliked, liked and unseen titles apart", () => {
    const matrix = item(g, "Matrix, The (1999)");
    expect(read("I don't like The Matrix").items).toEqual([{ itemId: matrix, liked: false }]);
    expect(read("The Matrix was boring")).toMatchObject({ items: [{ itemId: matrix, liked: false }], accept: [], reject: [] }); // not a request for the tag "boring"
    expect(read("I loved The Matrix").items).toEqual([{ itemId: matrix, liked: true, wanted: true }]); // named as what to look for, not in passing
    expect(read("we watched The Matrix last night").items).toEqual([{ itemId: matrix, liked: null }]); // in passing: no "wanted"
    expect(read("I haven't seen The Matrix").items).toEqual([{ itemId: matrix, liked: null, unseen: true }]);
    expect(read("I can't wait to see The Matrix again").items[0].liked).not.toBe(false);
    expect(read("you can't go wrong with The Matrix").items[0].liked).toBe(true); // praise, not a refusal
    // Everyday words a slip correction once turned into catalog words: "decent" into "recent", "thrilled" into Thriller.
    expect(read("not thrilled with these")).toMatchObject({ accept: [], reject: [] });
    expect(read("something decent").critique).toBeNull();
  });

  it("reads answers to yes/no and multiple-choice questions, and critiques", () => {
    expect(read("yes please", { question: { kind: "yesno", attributeId: comedy } })).toMatchObject({ intent: "answer", accept: [comedy] });
    expect(read("nope", { question: { kind: "yesno", attributeId: comedy } })).toMatchObject({ intent: "answer", reject: [comedy] });
    // "is possible more old?", as people new to English say "older".
    expect(read("is possible more old?", { question: { kind: "yesno", attributeId: comedy } })).toMatchObject({ intent: "critique", accept: [], critique: { attributeId: attr(g, "1990s", "decade"), direction: "more" } });
    // "older please" asks for older films; its "please" is no yes to the question.
    expect(read("older please", { question: { kind: "yesno", attributeId: comedy } })).toMatchObject({ intent: "critique", accept: [], critique: { attributeId: attr(g, "1990s", "decade"), direction: "more" } });
    // A card pointed at with nothing shown is no "yes", whatever its "please" (the server says there is nothing to pick yet).
    for (const text of ["the second one please", "number 3 please", "ok the first one then"]) {
      expect(read(text, { question: { kind: "yesno", attributeId: comedy } }), text).toMatchObject({ accept: [], reject: [] });
    }
    const options = [comedy, horror, sciFi];
    expect(read("comedy and sci-fi", { question: { kind: "choice", attributeIds: options } })).toMatchObject({ intent: "answer", accept: [comedy, sciFi] });
    expect(read("the second one", { question: { kind: "choice", attributeIds: options } })).toMatchObject({ accept: [horror] });
    expect(read("any of them", { question: { kind: "choice", attributeIds: options } }).accept).toEqual(options);
    const shown = [item(g, "Toy Story (1995)")];
    expect(read("more comedy", { shown }).critique).toEqual({ itemId: shown[0], attributeId: comedy, direction: "more" });
    expect(read("too scary for me", { shown })).toMatchObject({ intent: "critique", critique: { attributeId: horror, direction: "less" } });
    expect(read("hello there").intent).toBe("chitchat");
  });

  it("reads an 'it' after a film named from outside the slate as that film, not the first card", () => {
    const shown = ["Toy Story (1995)", "Heat (1995)", "Alien (1979)"].map((t) => item(g, t));
    const opinions = (text: string) => Object.fromEntries(read(text, { shown }).items.map((m) => [g.itemTitle[m.itemId], m.liked]));
    // As ReDial seekers tell of a film on a slate of others.
    expect(opinions("I saw Deadpool 2 and it was great")).toEqual({ "Deadpool 2 (2018)": true });
    expect(opinions("i just watched Avengers: Infinity War and i liked it")).toEqual({ "Avengers: Infinity War - Part I (2018)": true });
    expect(opinions("Oh, I saw The Greatest Showman it was wonderful!")).toEqual({ "The Greatest Showman (2017)": true });
    // Said of the card before the film is named, "it" is still the card.
    expect(opinions("I'll take it, I loved Die Hard")).toEqual({ "Die Hard (1988)": true, "Toy Story (1995)": true });
    expect(read("I'll take it, I loved Die Hard", { shown }).intent).toBe("answer");
  });

  it("reads no card in a function word its title holds ('are there any others?' beside Being There)", () => {
    const shown = ["Toy Story (1995)", "Being There (1979)", "Heat (1995)"].map((t) => item(g, t));
    for (const text of ["is there other options", "are there any others", "anything else out there?"]) expect(read(text, { shown }).items, text).toEqual([]);
    // Found by chains of replies: "try again" took Dr. Phibes Rises Again.
    const phibes = [item(g, "Toy Story (1995)"), item(g, "Dr. Phibes Rises Again (1972)")];
    expect(read("none of these grab me tbh, try again", { shown: phibes }).items).toEqual([]);
    expect(read("the being there one", { shown }).items.map((m) => m.itemId)).toEqual([shown[1]]);
    // Nor a word of one in a message asking for others.
    const serious = [item(g, "Toy Story (1995)"), item(g, "Serious Man, A (2009)")];
    expect(read("are you serious? no. different movies please", { shown: serious }).items).toEqual([]);
    expect(read("the serious man one", { shown: serious }).items.map((m) => m.itemId)).toEqual([serious[1]]);
  });

  it("reads 'epic' said of a film as praise of it, and asked for as a kind of film", () => {
    const liked = (text: string) => read(text).items.filter((m) => m.liked === true).map((m) => g.itemTitle[m.itemId]);
    const epic = attr(g, "epic", "tag");
    expect(liked("I saw Deadpool 2 and it was epic")).toEqual(["Deadpool 2 (2018)"]);
    expect(read("I saw Deadpool 2 and it was epic").accept).toEqual([]);
    expect(liked("the dark knight is epic")).toEqual(["Dark Knight, The (2008)"]);
    for (const text of ["can you recommend me an epic movie?", "I like epic historical pieces", "I want something epic"]) expect(read(text).accept, text).toContain(epic);
  });

  it("reads critiques of a slate that name no attribute, or one word for several, against the slate shown", () => {
    const shown = ["Toy Story (1995)", "Heat (1995)", "Groundhog Day (1993)", "Alien (1979)"].map((t) => item(g, t));
    const decade = (name: string) => attr(g, name, "decade");
    // "Older": one of the decades before the slate's median (the 1990s), nearest first.
    const older = read("something a bit older", { shown });
    expect(older).toMatchObject({ intent: "critique", critique: { attributeId: decade("1980s"), direction: "more" } });
    expect(older.critique?.also).toEqual(["1970s", "1960s", "1950s", "1940s", "1930s", "1920s", "1910s", "1900s"].map(decade));
    expect(read("anything more recent?", { shown }).critique).toMatchObject({ attributeId: decade("2000s"), direction: "more", also: [decade("2010s")] });
    // A slate of the 2000s and 2010s, the catalog's newest decade in its middle: newer is that decade, not nothing.
    const recent = ["Monsters, Inc. (2001)", "Up (2009)", "Toy Story 3 (2010)", "Brave (2012)", "Inside Out (2015)"].map((t) => item(g, t));
    expect(read("we have seen the second one already, anything newer?", { shown: recent }).critique).toMatchObject({ attributeId: decade("2010s"), direction: "more" });
    expect(read("funnier please", { shown }).critique).toMatchObject({ attributeId: comedy, direction: "more" });
    // "No more" is less; "too violent", "no gore", "something gentler" keep out every violent genre and tag, led by what the slate shows.
    // Every reading of the phrase is kept out: Children the genre and "children" the tag.
    expect(read("no more kids movies", { shown }).critique).toMatchObject({ attributeId: attr(g, "Children"), direction: "less", also: [attr(g, "children", "tag")] });
    for (const text of ["that's too violent", "no gore please", "something gentler"]) {
      const c = read(text, { shown }).critique;
      expect(c?.direction, text).toBe("less");
      expect([c!.attributeId, ...(c!.also ?? [])], text).toEqual(expect.arrayContaining([attr(g, "Action"), attr(g, "Thriller"), attr(g, "Crime"), horror, attr(g, "War"), attr(g, "violence", "tag")]));
    }
    // "Without violence" rejects all of it too, on a slate or a question; "less violent" to a question is a
    // critique covering all of it, with no card to be about.
    expect(read("without violence", { shown }).reject).toEqual(expect.arrayContaining([attr(g, "Action"), attr(g, "violence", "tag")]));
    expect(read("without violence").reject).toEqual(expect.arrayContaining([attr(g, "Action"), attr(g, "Thriller"), attr(g, "violence", "tag")]));
    expect(read("less violent please").critique).toMatchObject({ itemId: null, direction: "less", also: expect.arrayContaining([attr(g, "Thriller"), attr(g, "War")]) });
    expect(read("hmm something funnier").critique).toMatchObject({ itemId: null, direction: "more", attributeId: attr(g, "Comedy") });
    // Films have no length here: said so, not read as anything else.
    expect(read("something shorter", { shown })).toMatchObject({ critique: null, ungrounded: { word: "shorter", why: "this catalog has no lengths" } });
    // Not wanting to watch is a dislike, unlike not having watched.
    expect(read("I'd rather not watch romance").reject).toContain(attr(g, "Romance"));
    expect(read("I don't want to watch horror").reject).toEqual([horror]);
    // "Classic" is a tag and a comparative: on a slate, older.
    expect(read("maybe something classic", { shown }).critique).toMatchObject({ attributeId: decade("1980s"), direction: "more" });
    // Without a slate, the catalog's older half (its median decade by films, the 1990s, and before), nearest
    // first; "the old one" picks between two films instead, and "see you later" is a goodbye.
    expect(read("something older").critique).toMatchObject({ attributeId: decade("1990s"), direction: "more", itemId: null });
    expect(read("something older").critique?.also).toContain(decade("1950s"));
    expect(read("something recent").critique).toMatchObject({ attributeId: decade("2000s"), also: [decade("2010s")] });
    expect(read("the old one").critique).toBeNull();
    expect(read("ok, see you later").critique).toBeNull();
    expect(read("is it ok for a 40 year old?").critique).toBeNull();
    expect(read("not really into anything old").critique).toBeNull();
    // "not too old" goes the other way along the order, as "less old" does.
    expect(read("something not too old").critique).toMatchObject({ attributeId: decade("2000s"), also: [decade("2010s")] });
    // Years counted back from the catalog's newest decade (the 2010s), oldest first; on a slate too.
    expect(read("anything from the last 20 years?").critique).toMatchObject({ attributeId: decade("2000s"), also: [decade("2010s")] });
    expect(read("something from the past decade", { shown }).critique).toMatchObject({ attributeId: decade("2010s"), direction: "more" });
    expect(read("anything from this century").critique).toMatchObject({ attributeId: decade("2000s"), also: [decade("2010s")] });
    expect(read("more of a classic", { shown }).critique).toMatchObject({ attributeId: decade("1980s"), direction: "more" });
  });

  it("'later' and 'earlier' on a slate are ages only as ages are said ('earlier ones', '2010 or later'), not times ('maybe later')", () => {
    const shown = ["Speed (1994)", "Heat (1995)", "Alien (1979)"].map((t) => item(g, t));
    for (const text of ["maybe later", "I'll watch it later tonight", "like I said earlier"]) expect(read(text, { shown }).critique, text).toBeNull();
    expect(read("anything earlier?", { shown }).critique).toMatchObject({ direction: "more", attributeId: eighties });
    expect(read("Could you show me some earlier ones?", { shown }).critique).toMatchObject({ direction: "more", attributeId: eighties });
    expect(read("movies from 2000 or later", { shown }).critique?.direction).toBe("more");
  });

  it("reads indifference, and positions and titles on a slate", () => {
    for (const text of ["doesn't matter", "no preference", "either", "whatever", "I don't know", "not sure", "don't care"]) {
      expect(read(text, { question: { kind: "yesno", attributeId: comedy } }), text).toMatchObject({ intent: "indifferent", accept: [], reject: [] });
      expect(read(text, { question: { kind: "choice", attributeIds: [comedy, horror] } }), text).toMatchObject({ intent: "indifferent", accept: [], reject: [] });
    }
    expect(read("I don't know, maybe comedy", { question: { kind: "yesno", attributeId: comedy } })).toMatchObject({ intent: "answer", accept: [comedy] });
    const shown = ["Matrix Reloaded, The (2003)", "Speed (1994)", "Heat (1995)", "Toy Story 2 (1999)", "Alien (1979)"].map((t) => item(g, t));
    const taken = (text: string) => read(text, { shown });
    expect(taken("the second one")).toMatchObject({ intent: "answer", ordinal: 2, items: [{ itemId: shown[1], liked: true }] });
    expect(taken("#3")).toMatchObject({ intent: "answer", ordinal: 3 });
    // Typed as on a phone: chat spellings read as the words, fast-typed ordinals, "y" and "wat" as questions.
    expect(taken("smth funnier pls")).toMatchObject({ intent: "critique", critique: { attributeId: comedy, direction: "more" } });
    expect(taken("i'll do the thrid one")).toMatchObject({ ordinal: 3, items: [{ itemId: shown[2], liked: true }] });
    expect(taken("no. 2 sounds gr8")).toMatchObject({ intent: "answer", ordinal: 2, items: [{ itemId: shown[1], liked: true }] });
    // A number heard as a word like it, after "number": "number for" is the fourth; "a number to call" no card.
    expect(taken("number for looks good")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(taken("is there a number to call?").ordinal).toBeUndefined();
    expect(taken("wat is #3")).toMatchObject({ intent: "explain", ordinal: 3 });
    expect(taken("y the 2nd?")).toMatchObject({ intent: "explain", ordinal: 2 });
    expect(taken("horror no thx")).toMatchObject({ reject: [horror] });
    expect(read("i luv horror moives")).toMatchObject({ intent: "request", accept: [horror] });
    // Chatty, in full sentences: hedges around a "doesn't matter", "too heavy on the X", "sounds like fun".
    expect(read("Honestly, I don't have a strong preference either way.", { question: { kind: "yesno", attributeId: comedy } })).toMatchObject({ intent: "indifferent" });
    expect(taken("These are a little too heavy on the horror for me.")).toMatchObject({ intent: "critique", critique: { attributeId: horror, direction: "less" } });
    expect(taken("That sounds like fun. Yes, I'll watch it.")).toMatchObject({ intent: "answer", items: [{ itemId: shown[0], liked: true }] });
    expect(taken("Oh the second one was so good. Are there others similar to it?")).toMatchObject({ intent: "request", ordinal: 2 });
    // What another film's sentence says of it is not said of the card: a take, with an aside.
    expect(taken("The second one looks perfect for tonight. Last time we watched Mean Girls and everybody loved it.")).toMatchObject({ intent: "answer", ordinal: 2 });
    expect(taken("I've seen the first one. Loved it!")).toMatchObject({ intent: "request", ordinal: 1 });
    // To a question, a shrug or an undo with a film in a later clause: the film is an aside.
    expect(read("Doesn't matter to me. I've liked old stuff like Jaws and new stuff like Get Out", { question: { kind: "yesno", attributeId: comedy } })).toMatchObject({ intent: "indifferent" });
    expect(read("Undo that, I was thinking of Jaws", { question: { kind: "yesno", attributeId: comedy } })).toMatchObject({ intent: "undo" });
    // "too old" of the newest decade there is: newer years of it, as the titles carry years (without them, said back
    // as the way it asks: test "comparatives on a catalog with lengths").
    const recent = ["Inception (2010)", "Interstellar (2014)", "Deadpool (2016)"].map((t) => item(g, t));
    expect(read("these r too old lol", { shown: recent })).toMatchObject({ critique: { attributeId: attr(g, "2010s", "decade"), direction: "more", relative: "later" } });
    // "the one with ..." picks a card by what it holds; it is not the film "The One" after the cue "like".
    expect(taken("I think I'd like the one with horror in it").items.map((m) => g.itemTitle[m.itemId])).not.toContain("One, The (2001)");
    expect(taken("I've had my fill of horror for a while")).toMatchObject({ intent: "critique", critique: { attributeId: horror, direction: "less" } });
    expect(taken("the last one")).toMatchObject({ intent: "answer", ordinal: 5 });
    expect(taken("number four")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(taken("yes").items).toEqual([{ itemId: shown[0], liked: true }]);
    expect(taken("the matrix one").items).toEqual([{ itemId: shown[0], liked: true }]);
    expect(taken("more like the third one")).toMatchObject({ intent: "request", ordinal: 3, items: [{ itemId: shown[2], liked: true }] });
    expect(taken("not the second one").items).toEqual([{ itemId: shown[1], liked: false }]);
    expect(taken("ok, show me something else").items).toEqual([]);
    expect(taken("the top one")).toMatchObject({ intent: "answer", ordinal: 1 });
    // "from the top" starts over, "the last ten years" is a stretch of time: neither points at a card.
    expect(taken("let's begin again from the top").ordinal).toBeUndefined();
    expect(taken("stuff from the last ten years please").ordinal).toBeUndefined();
    // A number word closing "go with", as speech is typed.
    expect(taken("um ok ill go with four")).toMatchObject({ intent: "answer", ordinal: 4 });
    // "'em" is "them": every card liked.
    expect(taken("love em all!").items.map((m) => m.itemId)).toEqual(shown);
    // Having seen it, or not, is not taking it.
    expect(taken("I've seen the first one")).toMatchObject({ intent: "chitchat", items: [{ itemId: shown[0], liked: null }] });
    expect(taken("I haven't seen the second one")).toMatchObject({ intent: "chitchat", items: [{ itemId: shown[1], liked: null, unseen: true }] });
    // Asking why is about a shown item, not taking it; "why not" and "that's why" are no such question.
    expect(taken("why the first one?")).toMatchObject({ intent: "explain", ordinal: 1 });
    expect(taken("so what makes number 3 a good pick?")).toMatchObject({ intent: "explain", ordinal: 3 });
    expect(taken("why did you pick that?")).toMatchObject({ intent: "explain" });
    expect(taken("why not")).toMatchObject({ intent: "chitchat" });
    expect(taken("I don't know why but I liked the second one").intent).not.toBe("explain");
  });

  it("tells ReDial seekers' replies to a suggestion apart: liked it, liked them all, new to them, meaning to watch", () => {
    const shown = ["Matrix Reloaded, The (2003)", "Speed (1994)", "Heat (1995)"].map((t) => item(g, t));
    const on = (text: string) => read(text, { shown });
    const every = shown.map((itemId) => ({ itemId, liked: true }));
    // Liking said in the present is about a film seen: more like it, not taking it.
    expect(on("Oh yes, I love that movie!")).toMatchObject({ intent: "request", items: [{ itemId: shown[0], liked: true }] });
    for (const text of ["Those are all great!", "I like both of those", "I really enjoy those movies", "both absolutely wonderful"]) {
      expect(on(text), text).toMatchObject({ intent: "request", items: every });
    }
    // A wish, or meaning to watch them, is not a memory of liking them.
    expect(on("Cool. I will check them out.").intent, "check them out").toBe("answer");
    expect(on("Then I would probably like them.").items).not.toEqual(every);
    expect(on("Would love to see any movie directed by Pedro Almodovar").intent).not.toBe("answer");
    expect(on("Thats perfect for me")).toMatchObject({ intent: "answer", items: [{ itemId: shown[0], liked: true }] });
    // New to them: what it is comes next, as a recommender would say; not when seen long ago, or not wanted.
    for (const text of ["I haven't seen that one", "Oh cool, I never saw that", "No. Haven't even heard of it."]) expect(on(text).intent, text).toBe("explain");
    for (const text of ["I havent seen that in forever!", "Really? I havent seen that one in a while", "I haven't seen it but I don't want to"]) {
      expect(on(text).intent, text).not.toBe("explain");
    }
    // Too new asks for older, too old for newer; "the one at the bottom" is the last card.
    expect(on("these are all too new for me lol").critique).toMatchObject({ direction: "more", attributeId: expect.any(Number) });
    expect(g.attrName[on("these are all too new for me lol").critique!.attributeId]).toMatch(/^19[0-8]0s$/);
    expect(g.attrName[on("hmm these are a bit too old").critique!.attributeId]).toMatch(/^20\d0s$/);
    expect(on("ok ok the one at the bottom, im sold")).toMatchObject({ intent: "answer", ordinal: 3 });
  });

  it("reads chatty replies to a slate as a take, a like or a critique by what they ask, not by every word in them", () => {
    const shown = ["Matrix Reloaded, The (2003)", "Speed (1994)", "Heat (1995)", "Toy Story 2 (1999)", "Alien (1979)"].map((t) => item(g, t));
    const on = (text: string) => read(text, { shown });
    // "X it is" takes it, however long ago it was seen; "since high school" is a time, not a wish.
    expect(on("Number 4 it is! I haven't seen it since high school and I've been meaning to rewatch it.")).toMatchObject({ intent: "answer", ordinal: 4, accept: [], items: [{ itemId: shown[3], liked: true }] });
    expect(on("4 looks good, I'll watch that one")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(on("the one you put up top is exactly what I was hoping for")).toMatchObject({ ordinal: 1 });
    // A card pointed at is not all of them; when it was seen is no age asked for.
    expect(on("I loved number 2 when I saw it years ago! Can you find me more along those lines?")).toMatchObject({ intent: "request", critique: null, items: [{ itemId: shown[1], liked: true }] });
    expect(on("Number 4 is exactly my kind of movie, but I've already seen it. Anything similar?")).toMatchObject({ intent: "request", items: [{ itemId: shown[3], liked: true }] });
    expect(on("Hmm, that's a lot of horror in there. Could we tone that down a bit?")).toMatchObject({ intent: "critique", critique: { attributeId: horror, direction: "less" } });
    // "not one of those sad, heavy dramas": the list stays under the "not".
    const drama = attr(g, "Drama");
    const read2 = on("something funny, but not one of those sad, heavy dramas please");
    expect(read2.accept).toEqual([comedy]);
    expect(read2.reject).toContain(drama);
    expect(read("no horror, comedy please")).toMatchObject({ accept: [comedy], reject: [horror] });
    // A reason is not a wish for more like it; a story asked for explains; a word after "my" is no film.
    expect(on("The fourth one, my wife loves that kind of stuff so we'll watch it together.")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(on("Number 2 looks interesting but what's the story? I don't want to pick it blind.")).toMatchObject({ intent: "explain", ordinal: 2 });
    expect(on("Yes, not a fan though!").items).toEqual([{ itemId: shown[0], liked: false }]);
    expect(read("can we start from scratch? my roommate just sat down", { question: { kind: "yesno", attributeId: comedy } }).intent).toBe("restart");
    // Asking leave to take one is taking it, wherever the asking starts; asking leave to see others is not asking about a card.
    expect(on("Oh, the fourth one looks nice. Could I maybe go with that one?")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(on("Sorry, I'm new to this. Is it ok if I just pick number 4? That's the one I'd like to watch.")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(on("Is it ok if I see a few other options? These don't really grab me.").intent).not.toBe("explain");
    expect(on("3. in a rush, thanks")).toMatchObject({ intent: "answer", ordinal: 3 });
    expect(on("whats 5 about? is it depressing")).toMatchObject({ intent: "explain", ordinal: 5 });
    expect(on("Could you tell me a little about the second one? I've never heard of it.")).toMatchObject({ intent: "explain", ordinal: 2 });
    expect(on("can we cut down on the horror? not in the mood")).toMatchObject({ intent: "critique", critique: { attributeId: horror, direction: "less" } });
    expect(on("Something made before I was born, maybe?").critique).toMatchObject({ direction: "more" });
    // Typed on a phone, or in British English.
    expect(on("hmm matrix reloaded i guess, never seen it")).toMatchObject({ intent: "answer", items: [{ itemId: shown[0] }] });
    expect(on("already saw 5 and loved it, similar stuff?")).toMatchObject({ intent: "request", ordinal: 5 });
    expect(on("wait what is 5 even")).toMatchObject({ intent: "explain", ordinal: 5 });
    expect(on("Go on then, I'll have the featured one.")).toMatchObject({ intent: "answer", ordinal: 1 });
    expect(on("Ooh, number 4! Haven't seen that in donkey's years. Sticking it on now.")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(on("More in the vein of number 4, please. Seen it already, mind.")).toMatchObject({ intent: "request", ordinal: 4 });
    expect(on("can u cut the horror stuff")).toMatchObject({ intent: "critique", critique: { attributeId: horror, direction: "less" } });
    expect(read("fantasy yes, kids movies no lol")).toMatchObject({ accept: [attr(g, "Fantasy")], reject: expect.arrayContaining([attr(g, "Children")]) });
    expect([...read("rom com maybe?").accept].sort()).toEqual([comedy, attr(g, "Romance")].sort());
    expect(read("somethin animated like shrek").items.map((m) => g.itemTitle[m.itemId])).toEqual(["Shrek (2001)"]);
    expect(read("Heat is one of my favourites.").items.map((m) => g.itemTitle[m.itemId])).toEqual(["Heat (1995)"]);
    expect(read("Heat is on the way").items).toEqual([]);
    expect(read("More horror please, something to scare me silly.")).toMatchObject({ accept: [horror], reject: [] });
    expect(read("something that scares me silly but nothing lovey-dovey")).toMatchObject({ accept: [horror], reject: expect.arrayContaining([attr(g, "Romance")]) });
    // Moods for genres: a good cry, nightmares (not those told of: "The Shining gave me nightmares for a week").
    expect(read("I want a good cry").accept).toEqual([attr(g, "Drama")]);
    expect(read("nothing that gives me nightmares")).toMatchObject({ accept: [], reject: [horror] });
    expect(read("my girlfriend gets nightmares").reject).toEqual([]);
    // "no cap" (slang: "no lie") closing a take is no refusal of the card.
    expect(on("gonna go w #5 no cap")).toMatchObject({ intent: "answer", ordinal: 5 });
    expect(on("4 thats it thats the one")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(on("something in the spirit of 3 but not that one")).toMatchObject({ intent: "request", ordinal: 3 });
    // Corrections after a misreading: the "no" refuses the misreading, not what is said again.
    expect(on("no, more action. fights, car chases, explosions")).toMatchObject({ intent: "critique", critique: { attributeId: attr(g, "Action"), direction: "more" } });
    expect(read("no I said sci-fi")).toMatchObject({ accept: [attr(g, "Sci-Fi")], reject: [] });
    expect(on("no wait, I don't want the first one itself, I want more movies like it").items).toEqual([{ itemId: shown[0], liked: true }]);
    expect(on("nothing like 3 please").items).toEqual([{ itemId: shown[2], liked: false }]);
    expect(on("sorry typo, I meant 5 not 4. number five, I'll watch that one")).toMatchObject({ intent: "answer", ordinal: 5, items: [{ itemId: shown[4], liked: true }] });
    expect(on("i'll take the 4th one. 4. four. ok?")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(on("like I said before - the 2nd one please, that's it")).toMatchObject({ intent: "answer", ordinal: 2 });
    // Second-language English and older typists: "not so recent", "nothing this recent" go back; "drama make me sad" is
    // said of the drama turned down; "more film like this"; "I already decide, number 2".
    expect(on("something from before please, not so recent").critique).toMatchObject({ direction: "more", attributeId: attr(g, "1980s", "decade") });
    expect(on("Nothing this recent please. I prefer the old classics.").critique).toMatchObject({ direction: "more", attributeId: attr(g, "1980s", "decade") });
    expect(on("Give me more thriller, and no drama please, drama make me sad")).toMatchObject({ accept: [], critique: { attributeId: attr(g, "Thriller"), direction: "more" } });
    expect(on("I like number 4 very much, can you find more film like this?")).toMatchObject({ intent: "request", ordinal: 4 });
    expect(on("I already decide, number 2. Terima kasih, thank you so much")).toMatchObject({ intent: "answer", ordinal: 2 });
    expect(on("tell me more about #4 before I decide").intent).toBe("explain");
    // ReDial seekers: "doesn't have to be" asks for nothing and turns nothing down.
    expect(read("It doesn't have to be a comedy, but we like comedys.")).toMatchObject({ accept: [comedy], reject: [] });
    expect(read("Plus it doesn't have to be animated")).toMatchObject({ accept: [], reject: [] });
    // Emoji as words: a shrug to a question, a thumbs up or down beside what it judges; a card's number then its like.
    expect(read("🤷", { question: { kind: "yesno", attributeId: comedy } }).intent).toBe("indifferent");
    expect(read("sci-fi 🚀👍 drama 👎")).toMatchObject({ accept: [attr(g, "Sci-Fi")], reject: expect.arrayContaining([attr(g, "Drama")]) });
    expect(on("3 👍")).toMatchObject({ intent: "answer", ordinal: 3 });
    expect(on("ooh 4 ❤️ more like that one!!")).toMatchObject({ intent: "request", ordinal: 4 });
    expect(on("Something like 5 but that I haven't seen?")).toMatchObject({ intent: "request", ordinal: 5 });
    // Asking for others: "which another ones" (a ReDial seeker's words), a last sentence after a card named.
    expect(on("which another ones would you recommend me?").intent).toBe("request");
    expect(on("Honestly I'd rather rewatch Speed for the 20th time than any of these. Show me some others").intent).toBe("request");
    // A digit closing a sentence ends it: "I haven't seen Deadpool 2." (a ReDial seeker's) names the film.
    expect(read("I haven't seen Deadpool 2.  That is a great suggestion.").items.map((m) => g.itemTitle[m.itemId])).toEqual(["Deadpool 2 (2018)"]);
    // Older adults and film fans.
    expect(on("Please put on number four for me. I have always liked that actor.")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(on("What happens in number 3? I have never heard of it.")).toMatchObject({ intent: "explain", ordinal: 3 });
    expect(on("What's the deal with the second one? Is it more of a tearjerker or a thriller?")).toMatchObject({ intent: "explain", ordinal: 2, critique: null });
    expect(on("Can we swap the horror for some comedy?")).toMatchObject({ critique: { attributeId: horror, direction: "less" }, accept: [comedy] });
    expect(on("Okay, I get it, you really like horror. Maybe dial it back a bit?")).toMatchObject({ critique: { attributeId: horror, direction: "less" } });
    expect(read("I do love a good song and dance picture").accept).toEqual([attr(g, "Musical")]);
    // Choosing for a family: on a slate "the kids" watch; before one, they say what to look for.
    expect(on("Yes! The kids are nodding, we'll go with that one.")).toMatchObject({ intent: "answer", accept: [], items: [{ itemId: shown[0], liked: true }] });
    expect(on("Let's do #4, that works for both my 10 year old and grandma.")).toMatchObject({ intent: "answer", ordinal: 4, critique: null });
    expect(on("ok my son says 4 and nobody's arguing, so we're watching 4")).toMatchObject({ intent: "answer", ordinal: 4 });
    expect(on("We've watched all of these and liked them, so we need some we haven't seen yet.").items).toHaveLength(shown.length);
    expect(read("my kids love animated movies").accept).toContain(attr(g, "Animation"));
    expect(read("something for the kids").accept).toEqual([attr(g, "Children")]);
    // "Tone down the X" right before it, whatever else is named.
    expect(read("hmm the kids are still up, could we tone down the horror a bit?")).toMatchObject({ accept: [attr(g, "Children")], critique: { attributeId: horror, direction: "less" } });
    // With nothing shown, toning it down is not wanting it.
    expect(read("that's a lot of drama, could we tone that down?")).toMatchObject({ accept: [], reject: [drama] });
  });

  it("reads starting over and going back, unless the message names something", () => {
    const question = { question: { kind: "yesno" as const, attributeId: comedy } };
    for (const text of ["start over", "can we start again?", "restart please", "reset", "let's start from scratch"]) expect(read(text, question).intent, text).toBe("restart");
    for (const text of ["wait, go back", "undo that", "oops I changed my mind", "no no, take that back"]) expect(read(text, question).intent, text).toBe("undo");
    expect(read("go back to the 80s")).toMatchObject({ intent: "request", accept: [eighties] });
  });

  it("says which clauses it skipped, never filler", () => {
    expect(read("something funny, my cat is called Bob")).toMatchObject({ accept: [comedy], skipped: ["cat is called Bob"] });
    expect(read("a thriller please. it's for a date night with my girlfriend").skipped).toEqual(["date night with my girlfriend"]);
    for (const text of ["I'd like something funny please", "maybe a comedy? thanks", "hmm, let me think... something funny", "ok cool, horror then"]) {
      expect(read(text).skipped, text).toBeUndefined();
    }
    // When it was seen, and "along those lines", are said in passing.
    const shown = ["Speed (1994)", "Heat (1995)", "Alien (1979)"].map((t) => item(g, t));
    for (const text of ["Number 3 it is! havent seen it since college", "I loved number 2 when I saw it years ago! more along those lines?"]) {
      expect(read(text, { shown }).skipped, text).toBeUndefined();
    }
    expect(read("a comedy, my cat is called Bob since forever").skipped).toEqual(["cat is called Bob"]);
  });
});

describe("comparatives on a catalog with lengths", () => {
  it("reads 'shorter' and 'longer' along a length type whose values are named by numbers", () => {
    // Items 0-2 run 90 minutes, 3-5 120, 6-8 150; attribute 0 is a genre all share.
    const base = tinyGraph({ items: Array.from({ length: 9 }, (_, i) => [0, 1 + Math.floor(i / 3)]), attrTypes: [[0], [1], [1], [1]], typeNames: ["genre", "length"], users: [[0]] });
    const lx = new Lexicon({ ...base, attrName: ["drama", "90 min", "120 min", "150 min"] });
    const shown = [3, 4, 5];
    expect(understandWithLexicon(lx, "something shorter please", { shown }).act.critique).toEqual({ itemId: null, attributeId: 1, direction: "more" });
    expect(understandWithLexicon(lx, "a bit longer", { shown }).act.critique).toEqual({ itemId: null, attributeId: 3, direction: "more" });
    expect(understandWithLexicon(lx, "shorter", { shown: [0, 1] }).act).toMatchObject({ critique: null, ungrounded: { word: "shorter", why: "nothing here is shorter than these" } });
    // No dates in this catalog.
    expect(understandWithLexicon(lx, "older", { shown }).act.ungrounded).toEqual({ word: "older", why: "this catalog has no dates" });
  });
});

describe.skipIf(!HAS_SHARED)(`LastFM* tags (${HAS_SHARED ? "../shared present" : SKIP_SHARED_REASON})`, () => {
  it("reads 'upbeat rock, not metal' against the real tag vocabulary", () => {
    const lf = importDataset("lastfm-star", shared("data", "lastfm-star"));
    const lx = new Lexicon(lf);
    const act = understandWithLexicon(lx, "I want some upbeat rock, not metal").act;
    expect(act.accept.map((a) => lf.attrName[a])).toEqual(["upbeat", "rock"]);
    expect(act.reject.map((a) => lf.attrName[a])).toEqual(["metal"]);
    // No dates or lengths among LastFM* tags: "older" is said to be impossible, "less metal" is a critique.
    const shown = [0, 1, 2];
    expect(understandWithLexicon(lx, "something older", { shown }).act).toMatchObject({ critique: null, ungrounded: { word: "older", why: "this catalog has no dates" } });
    expect(understandWithLexicon(lx, "less metal please", { shown }).act.critique).toMatchObject({ attributeId: lf.attrName.indexOf("metal"), direction: "less" });
    // Held in Chromium: LastFM* has the tags "1" and "<3"; a number pointing at a card is the card's, not the tag.
    for (const text of ["seen 1 and 3 already", "number 3 please"]) expect(understandWithLexicon(lx, text, { shown: [0, 1, 2, 3, 4] }).act.accept, text).toEqual([]);
  });
});
