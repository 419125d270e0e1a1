/**
 * People's replies to the conversation, by kind, written from how the seekers of the ReDial dialogues talk and in
 * later held-out rounds (phone typing, chat, second-language English): what each kind asks of the next act is
 * said on its type. The reply classifier (reply-kind.ts) learns from them; bench/replies.ts scores them over a
 * real server, and test/server/people-replies.ts holds a conversation suite apart from them.
 */
export type ReplyExample =
  /** On a slate: ends the conversation with the card at `position` (1-based; 0 the last one). */
  | { kind: "take"; text: string; position: number }
  /** On a slate: `{}` is the title of the card at `position`, typed in lowercase without its year; that card is taken. */
  | { kind: "take-title"; text: string; position: number }
  /** On a slate: `{}` is a tag only one card holds ("the one with {}"); that card is taken. */
  | { kind: "take-with"; text: string }
  /** On a slate: none of these; the next act is a new slate of none of them. */
  | { kind: "more"; text: string }
  /** On a slate: the card at `position` is liked; the next act is a new slate without it and says it was understood. */
  | { kind: "similar"; text: string; position: number }
  /** On a slate: every card liked, as films seen ("Those are all great!"); the next act is a new slate of none of them, liked all. */
  | { kind: "liked-all"; text: string }
  /** On a slate: an explanation of the card at `position`, after which the slate still takes an answer. */
  | { kind: "why"; text: string; position: number }
  /** On a slate: `{}` in the text is a genre of the slate (not one asked for); the next slate holds none of it. */
  | { kind: "less"; text: string }
  /** On a slate: the next slate holds the genre more often than this one did ("anything else that will make me laugh?"). */
  | { kind: "more-of"; text: string; genre: string }
  /** On a slate: two critiques at once; every card of the next slate holds each of `holds` and none of `lacks`. */
  | { kind: "mixed"; text: string; holds: string[]; lacks: string[] }
  /** On a slate: the next slate's median year is earlier ("older") or later ("newer"). */
  | { kind: "older" | "newer"; text: string }
  /** On a yes/no question: "just show me something" gets a slate at once. */
  | { kind: "show"; text: string }
  /** On a yes/no question: the next act moves on, and that attribute is never asked again. */
  | { kind: "indifferent"; text: string }
  /** On the opening: `understood` names these attributes and films, and the text starts by saying so. */
  | { kind: "echo"; text: string; accepted: string[]; rejected?: string[]; liked?: string[] }
  /** After one answer: the answer is undone and the question it answered is asked again. */
  | { kind: "undo"; text: string }
  /** Mid-conversation: a new opening question, and the earlier answers no longer constrain the slates. */
  | { kind: "restart"; text: string };

export type ReplyKind = ReplyExample["kind"];

export const REPLY_EXAMPLES: readonly ReplyExample[] = [
  { kind: "take", text: "I'll check that one out, thanks!", position: 1 },
  { kind: "take", text: "ooh the second one sounds great", position: 2 },
  { kind: "take", text: "I think I will watch the 4th one", position: 4 },
  { kind: "take", text: "number 5 please", position: 5 },
  { kind: "take", text: "2", position: 2 },
  { kind: "take", text: "yes that one", position: 1 },
  { kind: "take", text: "let's go with the top one", position: 1 },
  { kind: "take", text: "I'll take the third", position: 3 },
  { kind: "take", text: "ok cool, I'll watch it", position: 1 },
  { kind: "take", text: "that last one looks good", position: 0 },
  { kind: "take", text: "Yeah I'd watch the first one", position: 1 },
  { kind: "take-with", text: "ok the one with {} then" },
  { kind: "take-with", text: "the {} one" },
  { kind: "more", text: "any others?" },
  { kind: "more", text: "What else do you have?" },
  { kind: "more", text: "nah, something different" },
  { kind: "more", text: "Not those, anything else you can recommend?" },
  { kind: "more", text: "next please" },
  { kind: "more", text: "show me some more" },
  { kind: "more", text: "hmm none of them" },
  { kind: "more", text: "other options?" },
  { kind: "similar", text: "more like the second one please", position: 2 },
  { kind: "similar", text: "anything similar to the first one?", position: 1 },
  { kind: "similar", text: "I liked the third one, any others like it?", position: 3 },
  { kind: "similar", text: "something like number 2", position: 2 },
  { kind: "why", text: "why the second?", position: 2 },
  { kind: "why", text: "why did you suggest the third one", position: 3 },
  { kind: "why", text: "what's good about the first one?", position: 1 },
  { kind: "why", text: "why number 4?", position: 4 },
  { kind: "why", text: "why?", position: 1 },
  { kind: "why", text: "how come you picked the last one?", position: 0 },
  { kind: "less", text: "less {}" },
  { kind: "less", text: "I don't want {}" },
  { kind: "less", text: "no {} movies please" },
  { kind: "less", text: "not {}" },
  { kind: "less", text: "I'm not in the mood for {}" },
  { kind: "less", text: "without the {} please" },
  { kind: "less", text: "fewer {} ones" },
  { kind: "less", text: "I'd rather not watch {}" },
  { kind: "more-of", text: "something that will make me laugh", genre: "Comedy" },
  { kind: "more-of", text: "I want something more romantic", genre: "Romance" },
  { kind: "more-of", text: "more drama", genre: "Drama" },
  { kind: "more-of", text: "something scary please", genre: "Horror" },
  { kind: "more-of", text: "more of an action movie", genre: "Action" },
  { kind: "more-of", text: "anything with a bit of fantasy?", genre: "Fantasy" },
  { kind: "more-of", text: "something a little more adventurous", genre: "Adventure" },
  { kind: "more-of", text: "how about something funnier", genre: "Comedy" },
  { kind: "mixed", text: "an 80s one without the romance", holds: ["1980s"], lacks: ["Romance"] },
  { kind: "mixed", text: "I'd like more drama, nothing romantic", holds: ["Drama"], lacks: ["Romance"] },
  { kind: "mixed", text: "something from the 2000s, no comedy", holds: ["2000s"], lacks: ["Comedy"] },
  { kind: "older", text: "something from the 80s" },
  { kind: "older", text: "older ones please" },
  { kind: "older", text: "do you have anything older?" },
  { kind: "older", text: "an older movie" },
  { kind: "older", text: "maybe a classic from the 70s" },
  { kind: "older", text: "something a bit older" },
  { kind: "newer", text: "anything newer?" },
  { kind: "newer", text: "more recent please" },
  { kind: "newer", text: "something from the 2000s" },
  { kind: "newer", text: "I'd like a newer movie" },
  { kind: "newer", text: "newer ones" },
  { kind: "indifferent", text: "whatever" },
  { kind: "indifferent", text: "I don't mind" },
  { kind: "indifferent", text: "don't care" },
  { kind: "indifferent", text: "doesn't really matter to me" },
  { kind: "indifferent", text: "no idea" },
  { kind: "indifferent", text: "either way" },
  { kind: "indifferent", text: "dunno" },
  { kind: "indifferent", text: "could go either way" },
  { kind: "indifferent", text: "I have no preference" },
  { kind: "indifferent", text: "not bothered" },
  { kind: "show", text: "show me what you've got" },
  { kind: "show", text: "skip the questions, any suggestions?" },
  { kind: "show", text: "what would you suggest?" },
  { kind: "echo", text: "I like action and adventure movies", accepted: ["Action", "Adventure"] },
  { kind: "echo", text: "looking for a funny movie for my kids", accepted: ["Comedy", "Children"] },
  { kind: "echo", text: "I love horror but nothing too gory", accepted: ["Horror"] },
  { kind: "echo", text: "any good dramas from the 90s?", accepted: ["Drama", "1990s"] },
  { kind: "echo", text: "I'm into documentaries", accepted: ["Documentary"] },
  { kind: "echo", text: "a thriller, not horror", accepted: ["Thriller"], rejected: ["Horror"] },
  { kind: "echo", text: "I really liked Toy Story", accepted: [], liked: ["Toy Story"] },
  { kind: "echo", text: "something like Titanic", accepted: [], liked: ["Titanic"] },
  { kind: "echo", text: "I loved Inception and Interstellar", accepted: [], liked: ["Inception", "Interstellar"] },
  { kind: "echo", text: "a western from the 60s", accepted: ["Western", "1960s"] },
  { kind: "undo", text: "go back" },
  { kind: "undo", text: "undo" },
  { kind: "undo", text: "sorry, I meant the other answer, go back" },
  { kind: "undo", text: "can we go back one step" },
  { kind: "restart", text: "start over" },
  { kind: "restart", text: "restart please" },
  { kind: "restart", text: "let's start from scratch" },
  { kind: "restart", text: "can we begin again" },
  // Two sets written later, after the replies above passed, and first run unseen (README: held out).
  { kind: "take", text: "I'll give the second one a try", position: 2 },
  { kind: "take", text: "going with #1", position: 1 },
  { kind: "take", text: "yeah the 3rd looks fun", position: 3 },
  { kind: "take", text: "ok that one it is", position: 1 },
  { kind: "take", text: "I'm gonna watch number four tonight", position: 4 },
  { kind: "take", text: "great, I'll take that", position: 1 },
  { kind: "take", text: "The last one!", position: 0 },
  { kind: "take", text: "option 2 sounds perfect", position: 2 },
  { kind: "more", text: "got any more?" },
  { kind: "more", text: "Not feeling these, try again" },
  { kind: "more", text: "seen them all already" },
  { kind: "more", text: "eh, something else maybe" },
  { kind: "more", text: "nope" },
  { kind: "more", text: "meh, more options?" },
  { kind: "similar", text: "anything along the lines of the second one?", position: 2 },
  { kind: "similar", text: "I want more like number 1", position: 1 },
  { kind: "why", text: "why would I like number two?", position: 2 },
  { kind: "why", text: "what's so good about the third one", position: 3 },
  { kind: "why", text: "why this one", position: 1 },
  { kind: "why", text: "how come the first one?", position: 1 },
  { kind: "less", text: "ugh, no {}" },
  { kind: "less", text: "less of the {} stuff" },
  { kind: "less", text: "I hate {}" },
  { kind: "less", text: "please no more {}" },
  { kind: "less", text: "something that isn't {}" },
  { kind: "less", text: "not a fan of {}" },
  { kind: "more-of", text: "something more funny", genre: "Comedy" },
  { kind: "more-of", text: "I want a comedy", genre: "Comedy" },
  { kind: "more-of", text: "can it be scarier?", genre: "Horror" },
  { kind: "more-of", text: "more action-packed please", genre: "Action" },
  { kind: "more-of", text: "a bit more romantic maybe", genre: "Romance" },
  { kind: "more-of", text: "something with more drama in it", genre: "Drama" },
  { kind: "older", text: "something older maybe from the 70s" },
  { kind: "older", text: "any oldies?" },
  { kind: "older", text: "I prefer older films" },
  { kind: "older", text: "an 80s movie would be great" },
  { kind: "older", text: "more of a classic" },
  { kind: "newer", text: "something more modern" },
  { kind: "newer", text: "I prefer newer films" },
  { kind: "newer", text: "anything from the last 20 years?" },
  { kind: "newer", text: "a more recent one please" },
  { kind: "indifferent", text: "I could go either way" },
  { kind: "indifferent", text: "whatever works" },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "hmm I don't know" },
  { kind: "indifferent", text: "I don't mind either way" },
  { kind: "indifferent", text: "eh, no strong feelings" },
  { kind: "show", text: "just recommend something" },
  { kind: "show", text: "let's see some movies" },
  { kind: "show", text: "show me some options please" },
  { kind: "echo", text: "hey! looking for a scary movie from the 80s", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "my favorite movie is Forrest Gump", accepted: [], liked: ["Forrest Gump"] },
  { kind: "echo", text: "something animated for the family", accepted: ["Animation", "Children"] },
  { kind: "echo", text: "I'm in the mood for a war movie", accepted: ["War"] },
  { kind: "echo", text: "a musical please, nothing sad", accepted: ["Musical"] },
  { kind: "echo", text: "I liked Jurassic Park and Jaws", accepted: [], liked: ["Jurassic Park", "Jaws"] },
  { kind: "undo", text: "whoops go back" },
  { kind: "undo", text: "can I change my last answer" },
  { kind: "restart", text: "let's try again from the beginning" },
  { kind: "restart", text: "start over please" },
  { kind: "take", text: "that one, the first", position: 1 },
  { kind: "take", text: "I'll try number three", position: 3 },
  { kind: "take", text: "ok, the fifth one please", position: 5 },
  { kind: "take", text: "sounds great, I'll watch it tonight", position: 1 },
  { kind: "take", text: "Yes! I'll check that out", position: 1 },
  { kind: "take", text: "hmm the 2nd one", position: 2 },
  { kind: "take", text: "definitely the last one", position: 0 },
  { kind: "take", text: "I'll go for the first", position: 1 },
  { kind: "take", text: "the one at the top", position: 1 },
  { kind: "take", text: "I choose 4", position: 4 },
  { kind: "more", text: "what else?" },
  { kind: "more", text: "not my thing, other ideas?" },
  { kind: "more", text: "I've watched all of these" },
  { kind: "more", text: "none of them appeal to me" },
  { kind: "more", text: "can I see different ones?" },
  { kind: "more", text: "no thanks, keep going" },
  { kind: "similar", text: "the second one looks good, anything like it?", position: 2 },
  { kind: "similar", text: "give me more like the first one", position: 1 },
  { kind: "similar", text: "similar ones to number 3 please", position: 3 },
  { kind: "why", text: "why'd you pick the first one", position: 1 },
  { kind: "why", text: "why is the second one on the list?", position: 2 },
  { kind: "why", text: "what's the reason for number 3?", position: 3 },
  { kind: "why", text: "why should I watch the 4th?", position: 4 },
  { kind: "less", text: "I don't like {}" },
  { kind: "less", text: "can you take out the {} ones" },
  { kind: "less", text: "anything but {}" },
  { kind: "less", text: "enough {}" },
  { kind: "less", text: "no {} at all" },
  { kind: "less", text: "skip {}" },
  { kind: "more-of", text: "make it funnier", genre: "Comedy" },
  { kind: "more-of", text: "I want something with lots of action", genre: "Action" },
  { kind: "more-of", text: "how about a horror movie", genre: "Horror" },
  { kind: "more-of", text: "something more dramatic", genre: "Drama" },
  { kind: "more-of", text: "more of a thriller", genre: "Thriller" },
  { kind: "older", text: "older stuff please" },
  { kind: "older", text: "something from the 60s or 70s" },
  { kind: "older", text: "I like old movies" },
  { kind: "older", text: "go older" },
  { kind: "newer", text: "newer please" },
  { kind: "newer", text: "something more current" },
  { kind: "newer", text: "any from the 2010s?" },
  { kind: "newer", text: "I'd prefer something recent" },
  { kind: "mixed", text: "older and no romance", holds: [], lacks: ["Romance"] },
  { kind: "mixed", text: "something from the 80s that isn't a comedy", holds: ["1980s"], lacks: ["Comedy"] },
  { kind: "indifferent", text: "don't really care" },
  { kind: "indifferent", text: "no preference" },
  { kind: "indifferent", text: "not sure tbh" },
  { kind: "indifferent", text: "I don't mind, whatever" },
  { kind: "indifferent", text: "either one" },
  { kind: "indifferent", text: "idk" },
  { kind: "show", text: "can you just show me a few" },
  { kind: "show", text: "just suggest something" },
  { kind: "echo", text: "I want a funny movie with some romance", accepted: ["Comedy", "Romance"] },
  { kind: "echo", text: "I'm looking for a good documentary", accepted: ["Documentary"] },
  { kind: "echo", text: "any crime movies from the 70s?", accepted: ["Crime", "1970s"] },
  { kind: "echo", text: "I loved The Godfather", accepted: [], liked: ["Godfather"] },
  { kind: "echo", text: "kids movie, nothing scary", accepted: ["Children"], rejected: ["Horror"] },
  { kind: "undo", text: "oops, go back please" },
  { kind: "undo", text: "wait I changed my mind" },
  { kind: "restart", text: "can we start over" },
  { kind: "restart", text: "reset please" },
  // A third, written at the end of the round, first run unseen too.
  { kind: "take", text: "I'll watch the 3rd", position: 3 },
  { kind: "take", text: "first one for sure", position: 1 },
  { kind: "take", text: "Number 2 it is!", position: 2 },
  { kind: "take", text: "okay I'll go with that", position: 1 },
  { kind: "take", text: "love it, thanks", position: 1 },
  { kind: "take", text: "can I get the second option", position: 2 },
  { kind: "take", text: "yep, that'll do", position: 1 },
  { kind: "take", text: "the bottom one", position: 0 },
  { kind: "take-with", text: "gimme the one with {}" },
  { kind: "more", text: "any other recommendations?" },
  { kind: "more", text: "I've seen most of these, got others?" },
  { kind: "more", text: "hmm not quite, what else is there" },
  { kind: "more", text: "different ones please" },
  { kind: "more", text: "none of those, sorry" },
  { kind: "more", text: "show me something else" },
  { kind: "similar", text: "more in the style of the first one", position: 1 },
  { kind: "similar", text: "I liked number 2, something like that", position: 2 },
  { kind: "why", text: "why did you recommend the first one?", position: 1 },
  { kind: "why", text: "what's special about number 2?", position: 2 },
  { kind: "why", text: "why the 3rd?", position: 3 },
  { kind: "why", text: "why is the first one a match?", position: 1 },
  { kind: "less", text: "no {} thanks" },
  { kind: "less", text: "not into {}" },
  { kind: "less", text: "less {} maybe" },
  { kind: "less", text: "I'm tired of {}" },
  { kind: "less", text: "I'd like to avoid {}" },
  { kind: "less", text: "without any {}" },
  { kind: "more-of", text: "something funnier please", genre: "Comedy" },
  { kind: "more-of", text: "something with more romance", genre: "Romance" },
  { kind: "more-of", text: "maybe something scary", genre: "Horror" },
  { kind: "more-of", text: "I want more action", genre: "Action" },
  { kind: "more-of", text: "something more serious, like a drama", genre: "Drama" },
  { kind: "older", text: "older movies please" },
  { kind: "older", text: "something from the 70s?" },
  { kind: "older", text: "got anything from the 80s" },
  { kind: "older", text: "an older one maybe" },
  { kind: "newer", text: "newer ones please" },
  { kind: "newer", text: "something more recent please" },
  { kind: "newer", text: "from the 2000s maybe?" },
  { kind: "mixed", text: "something from the 80s and no romance", holds: ["1980s"], lacks: ["Romance"] },
  { kind: "mixed", text: "more drama but no romance", holds: ["Drama"], lacks: ["Romance"] },
  { kind: "indifferent", text: "I really don't care" },
  { kind: "indifferent", text: "eh whatever" },
  { kind: "indifferent", text: "no opinion on that" },
  { kind: "indifferent", text: "it doesn't matter much" },
  { kind: "indifferent", text: "I'm not really sure" },
  { kind: "indifferent", text: "could be either" },
  { kind: "show", text: "just show me the movies" },
  { kind: "show", text: "give me a few suggestions" },
  { kind: "echo", text: "Looking for a fun adventure movie", accepted: ["Adventure"] },
  { kind: "echo", text: "I'd love a mystery, nothing too violent", accepted: ["Mystery"] },
  { kind: "echo", text: "any good sci fi from the 80s?", accepted: ["Sci-Fi", "1980s"] },
  { kind: "echo", text: "I loved Titanic and The Notebook", accepted: [], liked: ["Titanic", "Notebook"] },
  { kind: "echo", text: "something romantic and funny", accepted: ["Romance", "Comedy"] },
  { kind: "echo", text: "my kids love Frozen", accepted: [], liked: ["Frozen"] },
  { kind: "undo", text: "back" },
  { kind: "undo", text: "undo please" },
  { kind: "restart", text: "let me start again" },
  { kind: "restart", text: "new search please" },
  { kind: "restart", text: "start over, I want something else entirely" },
  // A fourth, written last, first run unseen too.
  { kind: "take", text: "sure, the first", position: 1 },
  { kind: "take", text: "I'd pick #4", position: 4 },
  { kind: "take", text: "that 2nd one sounds fun", position: 2 },
  { kind: "take", text: "ok cool thanks!", position: 1 },
  { kind: "take", text: "I'll have the third please", position: 3 },
  { kind: "take", text: "going with the last", position: 0 },
  { kind: "take", text: "one please", position: 1 },
  { kind: "take", text: "I'm going to watch the second", position: 2 },
  { kind: "more", text: "none of these really" },
  { kind: "more", text: "already watched them" },
  { kind: "more", text: "got anything else?" },
  { kind: "more", text: "nah, next" },
  { kind: "more", text: "I'm not interested in these" },
  { kind: "more", text: "other suggestions please" },
  { kind: "similar", text: "something similar to the last one", position: 0 },
  { kind: "similar", text: "any more like #2?", position: 2 },
  { kind: "why", text: "why that first one?", position: 1 },
  { kind: "why", text: "why did you choose number 3", position: 3 },
  { kind: "why", text: "explain the second one", position: 2 },
  { kind: "why", text: "how is the first one a fit?", position: 1 },
  { kind: "less", text: "no more {} please" },
  { kind: "less", text: "not {} please" },
  { kind: "less", text: "I don't really like {}" },
  { kind: "less", text: "less {} would be good" },
  { kind: "less", text: "drop the {}" },
  { kind: "less", text: "too much {}" },
  { kind: "more-of", text: "something funny", genre: "Comedy" },
  { kind: "more-of", text: "I'd like a thriller", genre: "Thriller" },
  { kind: "more-of", text: "more fantasy please", genre: "Fantasy" },
  { kind: "more-of", text: "can I get something more romantic?", genre: "Romance" },
  { kind: "more-of", text: "something with action", genre: "Action" },
  { kind: "older", text: "something a little older?" },
  { kind: "older", text: "like 80s movies" },
  { kind: "older", text: "older please, like the 70s" },
  { kind: "older", text: "maybe an old classic" },
  { kind: "newer", text: "something newer please" },
  { kind: "newer", text: "newer, like the 2000s" },
  { kind: "newer", text: "more recent stuff" },
  { kind: "mixed", text: "80s, no romance", holds: ["1980s"], lacks: ["Romance"] },
  { kind: "mixed", text: "action but not romance", holds: ["Action"], lacks: ["Romance"] },
  { kind: "indifferent", text: "doesn't matter really" },
  { kind: "indifferent", text: "dont care" },
  { kind: "indifferent", text: "both are fine" },
  { kind: "indifferent", text: "I'm easy" },
  { kind: "indifferent", text: "not sure, you pick" },
  { kind: "indifferent", text: "no preference at all" },
  { kind: "show", text: "just give me recommendations" },
  { kind: "show", text: "can I see some movies now" },
  { kind: "echo", text: "I want to watch a horror movie tonight", accepted: ["Horror"] },
  { kind: "echo", text: "something with a lot of action, not too long", accepted: ["Action"] },
  { kind: "echo", text: "I really enjoyed The Dark Knight", accepted: [], liked: ["Dark Knight"] },
  { kind: "echo", text: "an animated movie please", accepted: ["Animation"] },
  { kind: "echo", text: "westerns or war movies", accepted: ["Western", "War"] },
  { kind: "echo", text: "a good drama, no horror", accepted: ["Drama"], rejected: ["Horror"] },
  { kind: "undo", text: "oh wait, undo that" },
  { kind: "undo", text: "go back one" },
  { kind: "restart", text: "can we restart" },
  { kind: "restart", text: "let's start fresh" },
  { kind: "take-with", text: "I want the one with {}" },
  { kind: "take-with", text: "the {} one please" },
  // A fifth, written by someone who had not read the word lists or the earlier sets, first run unseen.
  { kind: "take", text: "the second one sounds good", position: 2 },
  { kind: "take", text: "ooh number 3, i'll watch that one", position: 3 },
  { kind: "take", text: "i'll go with the last one", position: 0 },
  { kind: "take", text: "yes! the first one, i've been meaning to see it", position: 1 },
  { kind: "take", text: "sure, that one looks great", position: 1 },
  { kind: "take", text: "the 4th one please", position: 4 },
  { kind: "take", text: "lets do #2", position: 2 },
  { kind: "take", text: "that third one looks good, let's go with it", position: 3 },
  { kind: "take-with", text: "i'll take the one with {}" },
  { kind: "take-with", text: "oh the {} one! that's the one i want" },
  { kind: "more", text: "none of these really grab me" },
  { kind: "more", text: "any other suggestions?" },
  { kind: "more", text: "i've seen all of those already" },
  { kind: "more", text: "do you have something else for me" },
  { kind: "more", text: "hmm not feeling these, show me some others" },
  { kind: "more", text: "anything else? i've seen most of them" },
  { kind: "similar", text: "i loved the first one, anything similar?", position: 1 },
  { kind: "similar", text: "the third one is totally my kind of movie, got more like that?", position: 3 },
  { kind: "similar", text: "something along the lines of the last one would be great", position: 0 },
  { kind: "similar", text: "oh i've seen number 2 and loved it, what else is like it?", position: 2 },
  { kind: "why", text: "why the second one?", position: 2 },
  { kind: "why", text: "what made you pick the first one?", position: 1 },
  { kind: "why", text: "why would i like the last one", position: 0 },
  { kind: "why", text: "how come you suggested number 4?", position: 4 },
  { kind: "less", text: "not really into {} tbh" },
  { kind: "less", text: "no {} movies please" },
  { kind: "less", text: "i'm not in the mood for {} tonight" },
  { kind: "less", text: "eh skip the {} ones" },
  { kind: "less", text: "too much {} in there lol" },
  { kind: "less", text: "i don't really like {}, anything without it?" },
  { kind: "more-of", text: "anything that'll make me laugh harder? lol", genre: "Comedy" },
  { kind: "more-of", text: "something more romantic maybe? it's for date night", genre: "Romance" },
  { kind: "more-of", text: "got anything with more action?", genre: "Action" },
  { kind: "more-of", text: "i'm watching with my kids, can you do more family stuff?", genre: "Children" },
  { kind: "more-of", text: "i'd like something with a bit more mystery to it", genre: "Mystery" },
  { kind: "mixed", text: "keep it funny but no romance please", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "what about action comedies? nothing animated tho", holds: ["Action", "Comedy"], lacks: ["Animation"] },
  { kind: "mixed", text: "hmm 80s comedies maybe, but not the romantic kind", holds: ["Comedy", "1980s"], lacks: ["Romance"] },
  { kind: "older", text: "got anything a bit older?" },
  { kind: "older", text: "these feel too new, i like older movies" },
  { kind: "older", text: "something more old school maybe? like from way back" },
  { kind: "newer", text: "anything more recent?" },
  { kind: "newer", text: "something newer maybe? these are kinda old" },
  { kind: "newer", text: "i'm so behind on movies, what about stuff that came out lately?" },
  { kind: "show", text: "just show me some movies" },
  { kind: "show", text: "can you just give me some suggestions already" },
  { kind: "show", text: "idk, just recommend something and i'll see" },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "i'm not picky about that" },
  { kind: "indifferent", text: "either way is fine" },
  { kind: "indifferent", text: "no preference really" },
  { kind: "indifferent", text: "eh, i don't really care about that" },
  { kind: "echo", text: "i like comedy and romance", accepted: ["Comedy", "Romance"] },
  { kind: "echo", text: "i really enjoy scary movies, especially 80s ones", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "something like the matrix but not horror please", accepted: [], rejected: ["Horror"], liked: ["Matrix"] },
  { kind: "echo", text: "a good crime movie, maybe from the 90s?", accepted: ["Crime", "1990s"] },
  { kind: "undo", text: "oops wrong answer, go back" },
  { kind: "undo", text: "wait can i change my last answer?" },
  { kind: "restart", text: "ok nevermind all that, let's start over" },
  { kind: "restart", text: "can we start fresh? i changed my mind" },
  // A sixth (F), written the same way by another outside measurer, first run unseen: honoured .902.
  // Taking a card by position ("yes"/"sure" = the first, featured card; 0 = the last).
  { kind: "take", text: "yes", position: 1 },
  { kind: "take", text: "sure, ill take it", position: 1 },
  { kind: "take", text: "the second one sounds good", position: 2 },
  { kind: "take", text: "number 3 please", position: 3 },
  { kind: "take", text: "ill go with the last one", position: 0 },
  { kind: "take", text: "ooh the 4th one, havent seen that, ill watch it", position: 4 },
  { kind: "take", text: "ok that first one looks good to me", position: 1 },
  { kind: "take", text: "i'll check out #5 thanks!", position: 5 },
  { kind: "take", text: "the third one!! i've been meaning to watch that", position: 3 },
  { kind: "take", text: "yeah lets do the 2nd one", position: 2 },
  { kind: "take", text: "i think ill watch number six lol", position: 6 },
  { kind: "take", text: "the very last one on the list please", position: 0 },
  { kind: "take", text: "perfect i'll add the first one to my list, thanks!", position: 1 },

  // Taking a card by its title.
  { kind: "take-title", text: "{} sounds good, ill watch that", position: 2 },
  { kind: "take-title", text: "oh i love {}! ill go with that one", position: 1 },
  { kind: "take-title", text: "lets do {}", position: 3 },
  { kind: "take-title", text: "{} please", position: 4 },
  { kind: "take-title", text: "i havent seen {} yet, ill check it out", position: 5 },

  // Taking a card by a person or tag only it holds.
  { kind: "take-with", text: "the one with {}" },
  { kind: "take-with", text: "ill go with the {} one" },
  { kind: "take-with", text: "ok the one with {} in it sounds fun" },
  { kind: "take-with", text: "i'll take the {} movie" },

  // None of these.
  { kind: "more", text: "none of these" },
  { kind: "more", text: "seen all of those, anything else?" },
  { kind: "more", text: "hmm not really feeling any of these" },
  { kind: "more", text: "nah show me more" },
  { kind: "more", text: "any other suggestions?" },
  { kind: "more", text: "ive seen most of these already lol, got anything different?" },
  { kind: "more", text: "nope none of those" },
  { kind: "more", text: "can you think of anything else?" },
  { kind: "more", text: "meh, what else you got" },

  // More like one card.
  { kind: "similar", text: "more like the third one", position: 3 },
  { kind: "similar", text: "i've seen the second one and loved it, anything similar?", position: 2 },
  { kind: "similar", text: "something like the first one maybe?", position: 1 },
  { kind: "similar", text: "the last one is one of my favorites, more like that please", position: 0 },
  { kind: "similar", text: "i really liked number 4, got any others like it", position: 4 },
  { kind: "similar", text: "ooh the fifth one is great, can you find similar ones", position: 5 },

  // Why this card.
  { kind: "why", text: "why the first one?", position: 1 },
  { kind: "why", text: "why did you pick the second one", position: 2 },
  { kind: "why", text: "how come you suggested the last one", position: 0 },
  { kind: "why", text: "whats the 3rd one about?", position: 3 },
  { kind: "why", text: "why number 4 lol", position: 4 },
  { kind: "why", text: "what makes the first one a good pick for me?", position: 1 },
  { kind: "why", text: "why that second one, i never heard of it", position: 2 },

  // Less of a genre the slate holds ({} = that genre, lowercased).
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "not so much {}" },
  { kind: "less", text: "can we skip the {} stuff" },
  { kind: "less", text: "too much {} in these, something without it" },
  { kind: "less", text: "no more {} ones" },

  // More of a genre.
  { kind: "more-of", text: "anything funnier?", genre: "Comedy" },
  { kind: "more-of", text: "these are ok but i want more romance in it", genre: "Romance" },
  { kind: "more-of", text: "got anything with a bit more action?", genre: "Action" },
  { kind: "more-of", text: "something more fantasy-ish maybe", genre: "Fantasy" },

  // Two critiques at once.
  { kind: "mixed", text: "something romantic but not so much drama", holds: ["Romance"], lacks: ["Drama"] },
  { kind: "mixed", text: "more 90s comedies please, no kids movies", holds: ["Comedy", "1990s"], lacks: ["Children"] },
  { kind: "mixed", text: "funny ones but no romance", holds: ["Comedy"], lacks: ["Romance"] },

  // Older.
  { kind: "older", text: "do you have anything older?" },
  { kind: "older", text: "any oldies? these feel kinda recent" },
  { kind: "older", text: "something a bit older maybe" },
  { kind: "older", text: "i like the older stuff better tbh" },

  // Newer.
  { kind: "newer", text: "kinda old school, got anything newer?" },
  { kind: "newer", text: "anything more recent?" },
  { kind: "newer", text: "these are all a little dated, something newer pls" },
  { kind: "newer", text: "i'd prefer something that came out in the last few years" },

  // Show me something now (on a yes/no question).
  { kind: "show", text: "just show me some movies" },
  { kind: "show", text: "can you just give me a few suggestions already lol" },
  { kind: "show", text: "idk just recommend something" },
  { kind: "show", text: "skip the questions, what do you have" },

  // Indifferent (on a yes/no question).
  { kind: "indifferent", text: "doesn't matter" },
  { kind: "indifferent", text: "i dont really care either way" },
  { kind: "indifferent", text: "eh whatever" },
  { kind: "indifferent", text: "not sure honestly" },
  { kind: "indifferent", text: "could go either way" },
  { kind: "indifferent", text: "no preference" },
  { kind: "indifferent", text: "i don't mind, either is fine" },

  // Openings whose understanding is said back.
  { kind: "echo", text: "hi! im looking for a good comedy from the 90s", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "i like scary movies but nothing animated", accepted: ["Horror"], rejected: ["Animation"] },
  { kind: "echo", text: "i loved the matrix, got anything like that?", accepted: [], liked: ["Matrix"] },
  { kind: "echo", text: "my kids want an animated movie, something like toy story", accepted: ["Animation"], liked: ["Toy Story"] },
  { kind: "echo", text: "in the mood for a sci fi movie maybe from the 80s", accepted: ["Sci-Fi", "1980s"] },
  { kind: "echo", text: "something romantic please, im not into war movies", accepted: ["Romance"], rejected: ["War"] },
  { kind: "echo", text: "any good thrillers? i really liked gone girl", accepted: ["Thriller"], liked: ["Gone Girl"] },
  { kind: "echo", text: "looking for an old western", accepted: ["Western"] },
  { kind: "echo", text: "i need a good action movie with some crime in it", accepted: ["Action", "Crime"] },
  { kind: "echo", text: "something funny, no horror please", accepted: ["Comedy"], rejected: ["Horror"] },
  { kind: "echo", text: "i'm in the mood for a tom hanks movie", accepted: ["tom hanks"] },

  // Undo the last answer.
  { kind: "undo", text: "go back" },
  { kind: "undo", text: "wait no, undo that" },
  { kind: "undo", text: "oops wrong answer, can i change that" },

  // Start over.
  { kind: "restart", text: "lets start over" },
  { kind: "restart", text: "actually nevermind, can we start from scratch" },
  { kind: "restart", text: "new search please, something totally different" },
  // A seventh (G), written by a fourth outside measurer (read neither the word lists nor any earlier set),
  // first run unseen: understood .959, honoured .948.
  // take (10)
  { kind: "take", text: "number 1 please", position: 1 },
  { kind: "take", text: "ooh the 3rd one, havent seen that one yet. ill watch it tonight", position: 3 },
  { kind: "take", text: "the last one sounds good", position: 0 },
  { kind: "take", text: "lets go with #5", position: 5 },
  { kind: "take", text: "i think ill go with the second one thanks!", position: 2 },
  { kind: "take", text: "option 6", position: 6 },
  { kind: "take", text: "that fourth one looks perfect, thank you so much!", position: 4 },
  { kind: "take", text: "ok ok the one at the bottom, im sold", position: 0 },
  { kind: "take", text: "maybe the 7th? yeah ill do that one", position: 7 },
  { kind: "take", text: "I'll watch number eight", position: 8 },
  // more (8)
  { kind: "more", text: "none of these really grab me" },
  { kind: "more", text: "seen all of those lol, got anything else?" },
  { kind: "more", text: "hmm not feeling any of them" },
  { kind: "more", text: "more options please" },
  { kind: "more", text: "nah. next" },
  { kind: "more", text: "ive seen most of these already, show me some others" },
  { kind: "more", text: "any others?" },
  { kind: "more", text: "meh those dont look great, what else do you have" },
  // less (7)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "too much {} in these, can you cut that out" },
  { kind: "less", text: "not really in the mood for {} tonight" },
  { kind: "less", text: "no {}" },
  { kind: "less", text: "can we skip the {} ones" },
  { kind: "less", text: "i dont like {} movies that much tbh" },
  { kind: "less", text: "anything without {}?" },
  // more-of (9)
  { kind: "more-of", text: "anything more romantic? its for date night", genre: "Romance" },
  { kind: "more-of", text: "something with more action in it", genre: "Action" },
  { kind: "more-of", text: "i want to laugh more, funnier ones please", genre: "Comedy" },
  { kind: "more-of", text: "got any more fantasy type stuff? like with magic and all that", genre: "Fantasy" },
  { kind: "more-of", text: "more drama, something with a good story", genre: "Drama" },
  { kind: "more-of", text: "something a bit scarier?", genre: "Horror" },
  { kind: "more-of", text: "anything more kid friendly? watching with my 6 year old", genre: "Children" },
  { kind: "more-of", text: "more crime stuff maybe? like heists or gangsters", genre: "Crime" },
  { kind: "more-of", text: "anything with a bit more adventure", genre: "Adventure" },
  // older (5)
  { kind: "older", text: "something older maybe" },
  { kind: "older", text: "do you have any classics? like older stuff" },
  { kind: "older", text: "these are all too new for me lol, something from before i was born" },
  { kind: "older", text: "older ones pls" },
  { kind: "older", text: "anything from like the 70s or earlier" },
  // newer (5)
  { kind: "newer", text: "anything more recent?" },
  { kind: "newer", text: "newer stuff please, these are kinda old" },
  { kind: "newer", text: "something that came out in the last few years" },
  { kind: "newer", text: "I'd prefer something more modern" },
  { kind: "newer", text: "these feel dated, got newer ones" },
  // why (7)
  { kind: "why", text: "why did you pick number 2", position: 2 },
  { kind: "why", text: "how come you recommended the last one", position: 0 },
  { kind: "why", text: "why would i like #3", position: 3 },
  { kind: "why", text: "what makes you think ill like the first one?", position: 1 },
  { kind: "why", text: "why that 4th one lol", position: 4 },
  { kind: "why", text: "explain number 7?", position: 7 },
  { kind: "why", text: "why is the 6th one on here", position: 6 },
  // echo (10)
  { kind: "echo", text: "hi! im looking for a good scary movie, something from the 80s maybe", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "I like comedy and action movies", accepted: ["Comedy", "Action"] },
  { kind: "echo", text: "something like the princess bride", accepted: [], liked: ["Princess Bride"] },
  { kind: "echo", text: "any good sci fi? not really into horror tho", accepted: ["Sci-Fi"], rejected: ["Horror"] },
  { kind: "echo", text: "my favorite movie is the big lebowski, got anything like that?", accepted: [], liked: ["Big Lebowski"] },
  { kind: "echo", text: "looking for a romantic comedy from the 90s for date night", accepted: ["Romance", "Comedy", "1990s"] },
  { kind: "echo", text: "a good tom hanks movie please", accepted: ["tom hanks"] },
  { kind: "echo", text: "animated movie for my kids, they loved finding nemo", accepted: ["Animation"], liked: ["Finding Nemo"] },
  { kind: "echo", text: "hmm maybe a crime thriller? i loved goodfellas", accepted: ["Crime", "Thriller"], liked: ["Goodfellas"] },
  { kind: "echo", text: "somthing funny, not a romance pls", accepted: ["Comedy"], rejected: ["Romance"] },
  // similar (5)
  { kind: "similar", text: "i really liked the first one, more like that", position: 1 },
  { kind: "similar", text: "oh i loved the 3rd one already, anything similar?", position: 3 },
  { kind: "similar", text: "seen number 2 and loved it, got others like it", position: 2 },
  { kind: "similar", text: "the last one was great, something along those lines", position: 0 },
  { kind: "similar", text: "more like #5 please", position: 5 },
  // mixed (5)
  { kind: "mixed", text: "something romantic but not a drama", holds: ["Romance"], lacks: ["Drama"] },
  { kind: "mixed", text: "funny but no romance stuff please", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "more action and less romance", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "ok but make it animated and no musicals", holds: ["Animation"], lacks: ["Musical"] },
  { kind: "mixed", text: "something with adventure but not for kids", holds: ["Adventure"], lacks: ["Children"] },
  // take-title (4)
  { kind: "take-title", text: "{} please", position: 3 },
  { kind: "take-title", text: "ooh {}! ive been wanting to see that one", position: 1 },
  { kind: "take-title", text: "i'll go with {}", position: 6 },
  { kind: "take-title", text: "lets watch {} i guess", position: 0 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} sounds fun" },
  { kind: "take-with", text: "ill take the {} one" },
  { kind: "take-with", text: "give me the one with {} in it" },
  // show (4)
  { kind: "show", text: "just show me what you got" },
  { kind: "show", text: "can you just give me some options already" },
  { kind: "show", text: "skip the questions and show me some movies pls" },
  { kind: "show", text: "idk just recommend something" },
  // indifferent (8)
  { kind: "indifferent", text: "doesnt matter" },
  { kind: "indifferent", text: "eh either way is fine" },
  { kind: "indifferent", text: "i dont really care about that" },
  { kind: "indifferent", text: "no preference lol" },
  { kind: "indifferent", text: "not bothered either way tbh" },
  { kind: "indifferent", text: "could go either way" },
  { kind: "indifferent", text: "whatever, im not picky" },
  { kind: "indifferent", text: "idk honestly, both are fine" },
  // undo (3)
  { kind: "undo", text: "wait go back" },
  { kind: "undo", text: "oops hit the wrong thing, can i change my last answer" },
  { kind: "undo", text: "sorry can we go back one, i answered that wrong" },
  // restart (4)
  { kind: "restart", text: "start over" },
  { kind: "restart", text: "actually nevermind all that, can we start from scratch" },
  { kind: "restart", text: "lets try something completely different, reset" },
  { kind: "restart", text: "new search please" },
  // An eighth (H), written from the ReDial seekers' replies to suggestions before any run, first run unseen:
  // understood .913, honoured .903 (103 replies); the misses led to "before the 90s", "a bit dated", "new
  // releases", "sure, why not", "the top pick", "what is it like?", "open to anything", "I answered that wrong".
  // take (14)
  { kind: "take", text: "Ooh, I will try the first one", position: 1 },
  { kind: "take", text: "I think i can try the second", position: 2 },
  { kind: "take", text: "ok I'm sold on number three", position: 3 },
  { kind: "take", text: "the fifth one it is", position: 5 },
  { kind: "take", text: "Great stuff, I'll go with that", position: 1 },
  { kind: "take", text: "perfect, the top pick works for me", position: 1 },
  { kind: "take", text: "I'll give the last one a shot", position: 0 },
  { kind: "take", text: "#3 sounds like fun", position: 3 },
  { kind: "take", text: "definitely the 2nd", position: 2 },
  { kind: "take", text: "sure, why not", position: 1 },
  { kind: "take", text: "that first one sounds really interesting, I'll watch it tonight", position: 1 },
  { kind: "take", text: "Yep, going with option 4", position: 4 },
  { kind: "take", text: "I'll have to watch the third one! Thanks for the idea", position: 3 },
  { kind: "take", text: "okay number one then", position: 1 },
  // take-title (4)
  { kind: "take-title", text: "I think I have to watch {}", position: 2 },
  { kind: "take-title", text: "{} looks cool, I'll pick that", position: 1 },
  { kind: "take-title", text: "I'll try {}", position: 4 },
  { kind: "take-title", text: "going with {}", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "I'll watch the {} one" },
  { kind: "take-with", text: "give me the one that has {}" },
  { kind: "take-with", text: "the one about {} sounds good" },
  // more (10)
  { kind: "more", text: "I've seen all of those, anything else?" },
  { kind: "more", text: "None of those really grab me" },
  { kind: "more", text: "Hmm, not feeling these. What else?" },
  { kind: "more", text: "can you give me a few more options" },
  { kind: "more", text: "different ones please" },
  { kind: "more", text: "nope, try again" },
  { kind: "more", text: "I'm not sure about any of these" },
  { kind: "more", text: "what other movies do you have?" },
  { kind: "more", text: "Not really my thing. Got anything else?" },
  { kind: "more", text: "more suggestions please" },
  // similar (7)
  { kind: "similar", text: "Yes, the first one is one of my favorites! More like that", position: 1 },
  { kind: "similar", text: "I saw the second one and enjoyed it, anything similar?", position: 2 },
  { kind: "similar", text: "loved number 3, what else is like it", position: 3 },
  { kind: "similar", text: "the last one was great, show me ones like it", position: 0 },
  { kind: "similar", text: "any movies similar to the 2nd?", position: 2 },
  { kind: "similar", text: "I like the first one. Got others like that?", position: 1 },
  { kind: "similar", text: "recommend something like number four", position: 4 },
  // liked-all (3)
  { kind: "liked-all", text: "I've seen those both- those are good ones!" },
  { kind: "liked-all", text: "I have seen all of these and loved them" },
  { kind: "liked-all", text: "Yes! I saw all of those and enjoyed them." },
  // why (8)
  { kind: "why", text: "What's the second one about?", position: 2 },
  { kind: "why", text: "Is the first one any good?", position: 1 },
  { kind: "why", text: "tell me more about number 3", position: 3 },
  { kind: "why", text: "why would I like the last one", position: 0 },
  { kind: "why", text: "what makes the 2nd one a good pick?", position: 2 },
  { kind: "why", text: "I have not seen the first one. What is it like?", position: 1 },
  { kind: "why", text: "why do you think I'd enjoy number 4?", position: 4 },
  { kind: "why", text: "Never heard of the third one, why that?", position: 3 },
  // less (8)
  { kind: "less", text: "I'm not really into {}" },
  { kind: "less", text: "no more {} please" },
  { kind: "less", text: "{} isn't my thing" },
  { kind: "less", text: "skip the {} ones" },
  { kind: "less", text: "please nothing {}" },
  { kind: "less", text: "I'm tired of {}" },
  { kind: "less", text: "not a fan of {}" },
  { kind: "less", text: "something that's not {}" },
  // more-of (7)
  { kind: "more-of", text: "I'm in the mood for something scarier", genre: "Horror" },
  { kind: "more-of", text: "something with more action please", genre: "Action" },
  { kind: "more-of", text: "got anything funnier?", genre: "Comedy" },
  { kind: "more-of", text: "more of a love story please", genre: "Romance" },
  { kind: "more-of", text: "I'd prefer a thriller", genre: "Thriller" },
  { kind: "more-of", text: "Something more suspenseful", genre: "Thriller" },
  { kind: "more-of", text: "how about something with more adventure", genre: "Adventure" },
  // mixed (4)
  { kind: "mixed", text: "a drama from the 80s, not a romance", holds: ["Drama", "1980s"], lacks: ["Romance"] },
  { kind: "mixed", text: "I want action, but no comedy", holds: ["Action"], lacks: ["Comedy"] },
  { kind: "mixed", text: "something 2000s and not romantic", holds: ["2000s"], lacks: ["Romance"] },
  { kind: "mixed", text: "thriller please, but nothing with comedy", holds: ["Thriller"], lacks: ["Comedy"] },
  // older (5)
  { kind: "older", text: "I'd like something a bit older" },
  { kind: "older", text: "more of a classic please" },
  { kind: "older", text: "these are too recent for me" },
  { kind: "older", text: "anything from before the 90s?" },
  { kind: "older", text: "older ones please, I like the classics" },
  // newer (5)
  { kind: "newer", text: "I've seen more of the modern ones, anything newer?" },
  { kind: "newer", text: "these are a bit dated" },
  { kind: "newer", text: "something that came out recently" },
  { kind: "newer", text: "I'd like something more current" },
  { kind: "newer", text: "any new releases?" },
  // show (4)
  { kind: "show", text: "Just give me some suggestions" },
  { kind: "show", text: "can you just recommend me something" },
  { kind: "show", text: "let's see what you have" },
  { kind: "show", text: "show me a few movies already" },
  // indifferent (7)
  { kind: "indifferent", text: "I don't mind either way" },
  { kind: "indifferent", text: "no strong feelings about that" },
  { kind: "indifferent", text: "it doesn't really matter to me" },
  { kind: "indifferent", text: "could go either way" },
  { kind: "indifferent", text: "I'm open to anything" },
  { kind: "indifferent", text: "hmm not sure honestly" },
  { kind: "indifferent", text: "I'm fine with whatever" },
  // echo (8)
  { kind: "echo", text: "Hi! I'm looking for a good horror movie", accepted: ["Horror"] },
  { kind: "echo", text: "I like comedies a lot, especially older ones", accepted: ["Comedy"] },
  { kind: "echo", text: "Can you recommend a crime drama?", accepted: ["Crime", "Drama"] },
  { kind: "echo", text: "I want movies like Gone Girl", accepted: [], liked: ["Gone Girl"] },
  { kind: "echo", text: "Hello, I love sci-fi movies", accepted: ["Sci-Fi"] },
  { kind: "echo", text: "looking for a family movie my kids would like", accepted: ["Children"] },
  { kind: "echo", text: "I'd like a mystery, no horror please", accepted: ["Mystery"], rejected: ["Horror"] },
  { kind: "echo", text: "I really liked Deadpool", accepted: [], liked: ["Deadpool"] },
  // undo (3)
  { kind: "undo", text: "wait, I answered that wrong" },
  { kind: "undo", text: "go back one" },
  { kind: "undo", text: "oops, undo that" },
  // restart (3)
  { kind: "restart", text: "let's start fresh" },
  { kind: "restart", text: "can we start over please" },
  { kind: "restart", text: "reset, I want to look for something else" },
  // A ninth (I), typed as on a phone (short, lowercase, typos, emoji), written before any run, first run unseen:
  // understood .922, honoured .857 (77 replies); the misses led to "thrid"/"forth", "yess", "the last 1", "w/ #4",
  // "no. 2" (a number, not a refusal), "seen em all", "y the 2nd?", "wat is the 4th one", "romance no thx", "idc",
  // "back pls".
  // take (12)
  { kind: "take", text: "2nd one pls", position: 2 },
  { kind: "take", text: "ok first 1", position: 1 },
  { kind: "take", text: "i'll do the thrid one", position: 3 },
  { kind: "take", text: "yess 👍", position: 1 },
  { kind: "take", text: "the last 1 looks good", position: 0 },
  { kind: "take", text: "gonna go w/ #4", position: 4 },
  { kind: "take", text: "k that one", position: 1 },
  { kind: "take", text: "no. 2 sounds gr8", position: 2 },
  { kind: "take", text: "im down for the first", position: 1 },
  { kind: "take", text: "lol ok #5 it is", position: 5 },
  { kind: "take", text: "sure thing", position: 1 },
  { kind: "take", text: "3rd plz", position: 3 },
  // take-title (3)
  { kind: "take-title", text: "ooo {} !!", position: 2 },
  { kind: "take-title", text: "ill watch {} tnx", position: 1 },
  { kind: "take-title", text: "{} for sure", position: 3 },
  // more (8)
  { kind: "more", text: "nah none of these" },
  { kind: "more", text: "meh. more?" },
  { kind: "more", text: "seen em all" },
  { kind: "more", text: "smthing else pls" },
  { kind: "more", text: "nope 👎" },
  { kind: "more", text: "other ones?" },
  { kind: "more", text: "not feelin it, next" },
  { kind: "more", text: "got anythin else" },
  // similar (5)
  { kind: "similar", text: "more like #2", position: 2 },
  { kind: "similar", text: "loved the 1st one!! more like that", position: 1 },
  { kind: "similar", text: "smth similar to the 3rd", position: 3 },
  { kind: "similar", text: "ones like the last one pls", position: 0 },
  { kind: "similar", text: "seen #2 its great, similar ones?", position: 2 },
  // why (6)
  { kind: "why", text: "y the 2nd?", position: 2 },
  { kind: "why", text: "whats #3 about", position: 3 },
  { kind: "why", text: "why u pick the first", position: 1 },
  { kind: "why", text: "hmm why that 1", position: 1 },
  { kind: "why", text: "wat is the 4th one", position: 4 },
  { kind: "why", text: "why would i like #2?", position: 2 },
  // less (6)
  { kind: "less", text: "no {} pls" },
  { kind: "less", text: "less {} plz" },
  { kind: "less", text: "ugh not {}" },
  { kind: "less", text: "hate {}" },
  { kind: "less", text: "anything but {}" },
  { kind: "less", text: "{} no thx" },
  // more-of (5)
  { kind: "more-of", text: "smthing funnier", genre: "Comedy" },
  { kind: "more-of", text: "scarier pls", genre: "Horror" },
  { kind: "more-of", text: "more action!!", genre: "Action" },
  { kind: "more-of", text: "i want romance", genre: "Romance" },
  { kind: "more-of", text: "got any thrillers", genre: "Thriller" },
  // mixed (3)
  { kind: "mixed", text: "80s but no romance pls", holds: ["1980s"], lacks: ["Romance"] },
  { kind: "mixed", text: "action no comedy", holds: ["Action"], lacks: ["Comedy"] },
  { kind: "mixed", text: "drama, not romantic", holds: ["Drama"], lacks: ["Romance"] },
  // older (4)
  { kind: "older", text: "older pls" },
  { kind: "older", text: "smth older" },
  { kind: "older", text: "these r too new" },
  { kind: "older", text: "oldies?" },
  // newer (4)
  { kind: "newer", text: "newer pls" },
  { kind: "newer", text: "more recent plz" },
  { kind: "newer", text: "these r too old lol" },
  { kind: "newer", text: "anything newer??" },
  // show (3)
  { kind: "show", text: "just show me stuff" },
  { kind: "show", text: "show me movies pls" },
  { kind: "show", text: "skip, show me" },
  // indifferent (6)
  { kind: "indifferent", text: "idc" },
  { kind: "indifferent", text: "dont care tbh" },
  { kind: "indifferent", text: "eh whatever" },
  { kind: "indifferent", text: "either 🤷" },
  { kind: "indifferent", text: "doesnt matter lol" },
  { kind: "indifferent", text: "no pref" },
  // echo (6)
  { kind: "echo", text: "horror pls", accepted: ["Horror"] },
  { kind: "echo", text: "funny 90s movie", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "scifi but not horror", accepted: ["Sci-Fi"], rejected: ["Horror"] },
  { kind: "echo", text: "i luv the notebook", accepted: [], liked: ["Notebook"] },
  { kind: "echo", text: "smth like finding nemo", accepted: [], liked: ["Finding Nemo"] },
  { kind: "echo", text: "kids movie pls", accepted: ["Children"] },
  // undo (3)
  { kind: "undo", text: "oops go back" },
  { kind: "undo", text: "wait undo" },
  { kind: "undo", text: "back pls" },
  // restart (3)
  { kind: "restart", text: "start over pls" },
  { kind: "restart", text: "restart lol" },
  { kind: "restart", text: "lets start again" },
  // A tenth (J), chatty and in full sentences as ReDial seekers write, before any run, first run unseen:
  // understood .880, honoured .800 (50 replies); the misses led to longer hedged "doesn't matter"s and undos,
  // "sounds like fun" (an opinion, not the tag), "others similar to it?" (more like it, not what it is), "tell me
  // a bit more about", "too heavy on the X", "really scares me", "a few decades back".
  { kind: "take", text: "Oh wow, I totally forgot about the first one. I think I'll watch it tonight with my wife.", position: 1 },
  { kind: "take", text: "Hmm, that second one actually sounds really good. Let's go with that!", position: 2 },
  { kind: "take", text: "I've been meaning to see number 3 for ages. Thanks, I'll pick that one.", position: 3 },
  { kind: "take", text: "You know what, the last one sounds perfect for a lazy Sunday. I'll take it.", position: 0 },
  { kind: "take", text: "Great suggestions! I'll go with the fourth one.", position: 4 },
  { kind: "take", text: "That sounds like fun. Yes, I'll watch it.", position: 1 },
  { kind: "take-title", text: "I remember hearing about {} when it came out. I'll give it a try!", position: 2 },
  { kind: "take-title", text: "Oh I love that actress. {} it is!", position: 3 },
  { kind: "more", text: "Hmm, I've actually seen most of those already. Do you have anything else?" },
  { kind: "more", text: "Those don't really appeal to me, to be honest. What else have you got?" },
  { kind: "more", text: "Thanks, but I'm not really feeling any of them. Maybe something different?" },
  { kind: "more", text: "I watched all of those last year. Any other ideas?" },
  { kind: "more", text: "Nah, none of those are doing it for me tonight." },
  { kind: "similar", text: "The first one is one of my all time favorites! Can you find me more like it?", position: 1 },
  { kind: "similar", text: "I saw the third one last month and loved it. Anything along those lines?", position: 3 },
  { kind: "similar", text: "Oh the second one was so good. Are there others similar to it?", position: 2 },
  { kind: "liked-all", text: "Oh I've seen all of those, and they're all great movies!" },
  { kind: "why", text: "I've never heard of the second one. What's it about?", position: 2 },
  { kind: "why", text: "Hmm, why did you pick the third one for me?", position: 3 },
  { kind: "why", text: "The last one looks interesting. Why do you think I'd like it?", position: 0 },
  { kind: "why", text: "Can you tell me a bit more about the first one?", position: 1 },
  { kind: "less", text: "These are a little too heavy on the {} for me. Could we skip those?" },
  { kind: "less", text: "I'm honestly not a big fan of {} movies." },
  { kind: "less", text: "My wife doesn't like {}, so maybe leave those out." },
  { kind: "less", text: "Could you show me some that aren't {}?" },
  { kind: "more-of", text: "I'm really in the mood to laugh tonight. Anything funnier?", genre: "Comedy" },
  { kind: "more-of", text: "These are nice but I want something with more action in it.", genre: "Action" },
  { kind: "more-of", text: "I'd love something that really scares me.", genre: "Horror" },
  { kind: "more-of", text: "It's date night, so maybe something more romantic?", genre: "Romance" },
  { kind: "mixed", text: "Could you find me something from the 80s? But please, no romance.", holds: ["1980s"], lacks: ["Romance"] },
  { kind: "mixed", text: "I'd like a drama, just nothing romantic.", holds: ["Drama"], lacks: ["Romance"] },
  { kind: "older", text: "These feel a bit too modern for me. I really love the older classics." },
  { kind: "older", text: "Do you have anything from a few decades back?" },
  { kind: "older", text: "I grew up with films from the 70s and 80s, anything older than these?" },
  { kind: "newer", text: "I've seen a lot of the older stuff. Anything that came out in the last few years?" },
  { kind: "newer", text: "These are a little old for my taste. Something more modern maybe?" },
  { kind: "show", text: "Honestly, I'd rather just see some options. Can you show me a few?" },
  { kind: "show", text: "I'm not sure, why don't you just suggest something?" },
  { kind: "indifferent", text: "Honestly, I don't have a strong preference either way." },
  { kind: "indifferent", text: "Hmm, I could go either way on that one, to be honest." },
  { kind: "indifferent", text: "That doesn't really matter much to me." },
  { kind: "indifferent", text: "I'm not sure, I've never really thought about it." },
  { kind: "echo", text: "Hi! I'm looking for a good thriller to watch tonight, nothing too gory though.", accepted: ["Thriller"] },
  { kind: "echo", text: "Hello! My kids and I want to watch an animated movie this weekend.", accepted: ["Animation"] },
  { kind: "echo", text: "I really enjoyed Inception, I'm looking for something similar.", accepted: [], liked: ["Inception"] },
  { kind: "echo", text: "Hey there. I love a good comedy from the 90s.", accepted: ["Comedy", "1990s"] },
  { kind: "undo", text: "Oh wait, I meant yes on that last one. Can I change my answer?" },
  { kind: "undo", text: "Sorry, I clicked the wrong thing. Can we go back?" },
  { kind: "restart", text: "Actually, let's start over. I want to look for something completely different." },
  { kind: "restart", text: "Can we begin again? I changed what I'm in the mood for." },
  // An eleventh (K), chatty again (another mix), written after J's fixes and before any run, first run unseen:
  // understood 1.000, honoured .960 (50 replies); the misses led to "I'd like the one with X" (read as the film
  // "The One") and "had my fill of X".
  { kind: "take", text: "Okay, I think the third one is going to be my pick for tonight. Thank you so much!", position: 3 },
  { kind: "take", text: "I haven't seen the second one yet but it looks right up my alley, I'll watch it.", position: 2 },
  { kind: "take", text: "Perfect, the first one is exactly what I was looking for.", position: 1 },
  { kind: "take", text: "Alright, let's do number five. My friends will love it.", position: 5 },
  { kind: "take", text: "Sounds great, I'll definitely check out the last one!", position: 0 },
  { kind: "take-title", text: "Ooh I have heard good things about {}. Going to watch that one.", position: 4 },
  { kind: "take-with", text: "I think I'd like the one with {} in it." },
  { kind: "more", text: "I've already watched most of these, unfortunately. Could you suggest some others?" },
  { kind: "more", text: "Hmm, these aren't really what I had in mind. Can I see a few more?" },
  { kind: "more", text: "Not sure about any of these, honestly. Anything else you'd recommend?" },
  { kind: "more", text: "I don't think any of those would work for us. Got other suggestions?" },
  { kind: "similar", text: "I really liked the fourth one when I saw it. Do you have more like that?", position: 4 },
  { kind: "similar", text: "The first one is a favorite of mine, so more along those lines would be great.", position: 1 },
  { kind: "similar", text: "Could you find me something similar to the second one?", position: 2 },
  { kind: "liked-all", text: "Ha, I've watched every one of those and enjoyed them all!" },
  { kind: "why", text: "I'm curious, what made you choose the second one?", position: 2 },
  { kind: "why", text: "I don't know the third one at all. What kind of movie is it?", position: 3 },
  { kind: "why", text: "Why do you think the first one would suit me?", position: 1 },
  { kind: "why", text: "What's so special about the fourth one?", position: 4 },
  { kind: "less", text: "I think I've had my fill of {} for a while, could we avoid those?" },
  { kind: "less", text: "Maybe fewer {} ones? I'm not in the mood." },
  { kind: "less", text: "My partner really can't stand {}, so please leave those off." },
  { kind: "less", text: "I'd prefer something without any {} in it." },
  { kind: "more-of", text: "I want something that will keep me on the edge of my seat.", genre: "Thriller" },
  { kind: "more-of", text: "Could you find something a bit more lighthearted and funny?", genre: "Comedy" },
  { kind: "more-of", text: "I'm in the mood for a good love story, honestly.", genre: "Romance" },
  { kind: "more-of", text: "Something with lots of explosions and fighting would be great.", genre: "Action" },
  { kind: "mixed", text: "I'd really like something from the 80s, but nothing romantic please.", holds: ["1980s"], lacks: ["Romance"] },
  { kind: "mixed", text: "Can you find me an action movie that isn't a comedy?", holds: ["Action"], lacks: ["Comedy"] },
  { kind: "older", text: "I tend to prefer older films, anything from before these?" },
  { kind: "older", text: "These are all a bit too new for me. Got any classics?" },
  { kind: "older", text: "Could you show me some movies from an earlier era?" },
  { kind: "newer", text: "These feel kind of old. Do you have anything more recent?" },
  { kind: "newer", text: "I'd like something a bit more up to date, if possible." },
  { kind: "newer", text: "Anything that was released in the last couple of years?" },
  { kind: "show", text: "I'm not really sure what I want, could you just show me some movies?" },
  { kind: "show", text: "Let's skip the questions for now and see what you've got." },
  { kind: "indifferent", text: "To be honest, that doesn't matter to me at all." },
  { kind: "indifferent", text: "I really don't mind one way or the other." },
  { kind: "indifferent", text: "I have no idea, I'm fine either way honestly." },
  { kind: "indifferent", text: "It's all the same to me, really." },
  { kind: "echo", text: "Hello! I'm in the mood for a scary movie, maybe something from the 2000s.", accepted: ["Horror", "2000s"] },
  { kind: "echo", text: "Hey, I'd love a good documentary to watch this evening.", accepted: ["Documentary"] },
  { kind: "echo", text: "I loved The Dark Knight and I'm hoping to find something like it.", accepted: [], liked: ["Dark Knight"] },
  { kind: "echo", text: "Hi there! Can you recommend a western? Nothing too old please.", accepted: ["Western"] },
  { kind: "undo", text: "Whoops, that was a mistake. Can we go back a step?" },
  { kind: "undo", text: "Actually, I changed my mind about my last answer." },
  { kind: "restart", text: "You know what, let's just start from scratch with something new." },
  { kind: "restart", text: "Hmm, can we restart? I'd like to try a different direction." },
  { kind: "show", text: "Enough questions, what do you recommend?" },
  // A twelfth (L), typed as on a phone again, written after I's fixes and before any run, first run unseen:
  // understood .950, honoured .950 (40 replies); the misses led to "diff ones pls" and "w/e".
  { kind: "take", text: "ya the 3rd 1", position: 3 },
  { kind: "take", text: "ill take #1 thx", position: 1 },
  { kind: "take", text: "2nd looks cool ill watch it", position: 2 },
  { kind: "take", text: "ok im sold on the last", position: 0 },
  { kind: "take", text: "def #4", position: 4 },
  { kind: "take", text: "yup first one", position: 1 },
  { kind: "take-title", text: "{} ftw", position: 2 },
  { kind: "more", text: "naw got others?" },
  { kind: "more", text: "none of em tbh" },
  { kind: "more", text: "diff ones pls" },
  { kind: "more", text: "nope show more" },
  { kind: "similar", text: "more like the 3rd pls", position: 3 },
  { kind: "similar", text: "luv #1, similar?", position: 1 },
  { kind: "similar", text: "stuff like number 2", position: 2 },
  { kind: "why", text: "why #2", position: 2 },
  { kind: "why", text: "whats the 1st about", position: 1 },
  { kind: "why", text: "y did u pick #3", position: 3 },
  { kind: "less", text: "no more {} pls" },
  { kind: "less", text: "less {} thx" },
  { kind: "less", text: "not into {} rn" },
  { kind: "more-of", text: "funnier plz", genre: "Comedy" },
  { kind: "more-of", text: "smth scary", genre: "Horror" },
  { kind: "more-of", text: "more romantic pls", genre: "Romance" },
  { kind: "mixed", text: "2000s no comedy", holds: ["2000s"], lacks: ["Comedy"] },
  { kind: "older", text: "older stuff?" },
  { kind: "older", text: "smth from b4 the 90s" },
  { kind: "newer", text: "newer stuff pls" },
  { kind: "newer", text: "anythin more recent" },
  { kind: "show", text: "just show me some" },
  { kind: "show", text: "show me wat u got" },
  { kind: "indifferent", text: "dont mind" },
  { kind: "indifferent", text: "w/e" },
  { kind: "indifferent", text: "no idea lol" },
  { kind: "indifferent", text: "either works" },
  { kind: "echo", text: "action movies pls", accepted: ["Action"] },
  { kind: "echo", text: "smth funny n romantic", accepted: ["Comedy", "Romance"] },
  { kind: "echo", text: "luv jurassic park", accepted: [], liked: ["Jurassic Park"] },
  { kind: "undo", text: "oops undo" },
  { kind: "restart", text: "start again pls" },
  { kind: "restart", text: "reset pls" },
  // A thirteenth (M), mixed registers (British spelling, emoji, caps, curt and polite), written before any run,
  // first run unseen: understood .969, honoured .918 (98 replies); the misses led to "watched every one of these",
  // "what else would I like?" (more, not what it is like), "haven't heard of the 4th, what is it?" (a question,
  // not taking it), "Romance? no thanks", "mysterious", "go back a few decades" (older, not an undo), "surprise
  // me", "I meant the opposite".
  // take (12)
  { kind: "take", text: "Number 2 looks great, I'll watch that 👍", position: 2 },
  { kind: "take", text: "I'll take the first recommendation", position: 1 },
  { kind: "take", text: "THE THIRD ONE!!", position: 3 },
  { kind: "take", text: "Brilliant, I'll have the second please", position: 2 },
  { kind: "take", text: "ok i'll check out the 4th", position: 4 },
  { kind: "take", text: "I think I'll watch the last one on your list", position: 0 },
  { kind: "take", text: "That top one sounds perfect", position: 1 },
  { kind: "take", text: "let me go with the 3rd", position: 3 },
  { kind: "take", text: "yes please, that'll do nicely", position: 1 },
  { kind: "take", text: "i'm gonna watch #2 tonight", position: 2 },
  { kind: "take", text: "Option one please", position: 1 },
  { kind: "take", text: "Cool, I'll add the fifth to my list", position: 5 },
  // take-title (4)
  { kind: "take-title", text: "{} it is!", position: 2 },
  { kind: "take-title", text: "I've been meaning to see {}, I'll watch it", position: 3 },
  { kind: "take-title", text: "ooh {}, yes", position: 1 },
  { kind: "take-title", text: "Let's do {}", position: 4 },
  // take-with (2)
  { kind: "take-with", text: "the {} one sounds fun, I'll take it" },
  { kind: "take-with", text: "I'll go for the one with {}" },
  // more (9)
  { kind: "more", text: "Seen them all unfortunately" },
  { kind: "more", text: "meh. anything else?" },
  { kind: "more", text: "Not really what I'm after, can I see some others" },
  { kind: "more", text: "none of them tbh" },
  { kind: "more", text: "I've watched every one of these already" },
  { kind: "more", text: "Could you show me some different films?" },
  { kind: "more", text: "next page please" },
  { kind: "more", text: "these don't appeal to me" },
  { kind: "more", text: "Nah, other ideas?" },
  // similar (7)
  { kind: "similar", text: "Loved the second one! Any more like it?", position: 2 },
  { kind: "similar", text: "The first one is a favourite of mine, can you find similar films", position: 1 },
  { kind: "similar", text: "I enjoyed number 3, something along those lines please", position: 3 },
  { kind: "similar", text: "more in the vein of the 4th one", position: 4 },
  { kind: "similar", text: "I really liked the last one, what else would I like?", position: 0 },
  { kind: "similar", text: "something similar to #1", position: 1 },
  { kind: "similar", text: "The second is great. Others like that one?", position: 2 },
  // liked-all (2)
  { kind: "liked-all", text: "Already seen all of those, they're all great" },
  { kind: "liked-all", text: "I love all of these!" },
  // why (8)
  { kind: "why", text: "what's number 2 about", position: 2 },
  { kind: "why", text: "Why do you recommend the first one?", position: 1 },
  { kind: "why", text: "can you tell me about the third?", position: 3 },
  { kind: "why", text: "Haven't heard of the 4th, what is it?", position: 4 },
  { kind: "why", text: "how come you picked the last one", position: 0 },
  { kind: "why", text: "is the second one scary?", position: 2 },
  { kind: "why", text: "Explain #3 please", position: 3 },
  { kind: "why", text: "What's so good about the first?", position: 1 },
  // less (8)
  { kind: "less", text: "not in the mood for {}" },
  { kind: "less", text: "I can't stand {}" },
  { kind: "less", text: "fewer {} ones please" },
  { kind: "less", text: "avoid {} if you can" },
  { kind: "less", text: "{}? no thanks" },
  { kind: "less", text: "could you leave out the {} stuff" },
  { kind: "less", text: "not {} please" },
  { kind: "less", text: "I'd rather not watch {} tonight" },
  // more-of (7)
  { kind: "more-of", text: "something with a bit more romance?", genre: "Romance" },
  { kind: "more-of", text: "I want to laugh more", genre: "Comedy" },
  { kind: "more-of", text: "more thrilling please", genre: "Thriller" },
  { kind: "more-of", text: "anything a little darker and scarier", genre: "Horror" },
  { kind: "more-of", text: "I fancy something more action packed", genre: "Action" },
  { kind: "more-of", text: "something more mysterious", genre: "Mystery" },
  { kind: "more-of", text: "more sci fi pls", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "I'd like a comedy but not a romantic one", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "crime please, no drama", holds: ["Crime"], lacks: ["Drama"] },
  { kind: "mixed", text: "something scary, but nothing from the 2000s", holds: ["Horror"], lacks: ["2000s"] },
  { kind: "mixed", text: "action films from the 90s that aren't comedies", holds: ["Action", "1990s"], lacks: ["Comedy"] },
  // older (5)
  { kind: "older", text: "anything a bit more old school?" },
  { kind: "older", text: "I prefer older films tbh" },
  { kind: "older", text: "can we go back a few decades" },
  { kind: "older", text: "older stuff please" },
  { kind: "older", text: "these feel too modern" },
  // newer (5)
  { kind: "newer", text: "something a bit more up to date" },
  { kind: "newer", text: "these are all quite old, anything newer" },
  { kind: "newer", text: "I'd prefer something from the last few years" },
  { kind: "newer", text: "more recent stuff please" },
  { kind: "newer", text: "too old-fashioned for me" },
  // show (4)
  { kind: "show", text: "just recommend something please" },
  { kind: "show", text: "skip the questions, what have you got" },
  { kind: "show", text: "surprise me" },
  { kind: "show", text: "what would you suggest?" },
  // indifferent (7)
  { kind: "indifferent", text: "not fussed" },
  { kind: "indifferent", text: "either is fine" },
  { kind: "indifferent", text: "I honestly don't care" },
  { kind: "indifferent", text: "no idea" },
  { kind: "indifferent", text: "doesn't bother me either way" },
  { kind: "indifferent", text: "dunno" },
  { kind: "indifferent", text: "up to you" },
  // echo (8)
  { kind: "echo", text: "Hey there, any good war films?", accepted: ["War"] },
  { kind: "echo", text: "I want a western", accepted: ["Western"] },
  { kind: "echo", text: "Looking for a funny animated film for the family", accepted: ["Comedy", "Animation"] },
  { kind: "echo", text: "Something like Jurassic Park please", accepted: [], liked: ["Jurassic Park"] },
  { kind: "echo", text: "I'm after a thriller but not horror", accepted: ["Thriller"], rejected: ["Horror"] },
  { kind: "echo", text: "My favourite film is Titanic, anything like that?", accepted: [], liked: ["Titanic"] },
  { kind: "echo", text: "hiya, fancy a documentary", accepted: ["Documentary"] },
  { kind: "echo", text: "a musical please!", accepted: ["Musical"] },
  // undo (3)
  { kind: "undo", text: "sorry, I meant the opposite" },
  { kind: "undo", text: "hang on, can I change my answer" },
  { kind: "undo", text: "previous question please" },
  // restart (3)
  { kind: "restart", text: "start again" },
  { kind: "restart", text: "let's try something completely different from scratch" },
  { kind: "restart", text: "new search please" },
  // A fourteenth (N), English as a second language, terse and voice-typed, written after M's fixes and before
  // any run, first run unseen: understood .857, honoured .757 (70 replies); the misses led to "the 3 please" and
  // "the 4 one" (bare numbers pointed at), "no one of these" (none, not number one), "number 3 is about what",
  // "same as number 3", "show me like this", "before 1990"/"after 2005" (a year as the bound), "this movies are
  // very old" (newer), "I want new movies" on a slate, "not important", "any", "I make mistake", "back to
  // before question", "new start", "no more question please just movies".
  // take (10)
  { kind: "take", text: "I want the second movie", position: 2 },
  { kind: "take", text: "i choose number three", position: 3 },
  { kind: "take", text: "first is good for me", position: 1 },
  { kind: "take", text: "ok i will see the 4 one", position: 4 },
  { kind: "take", text: "give me the last", position: 0 },
  { kind: "take", text: "yes this first one i like to watch", position: 1 },
  { kind: "take", text: "lets watch the second one then", position: 2 },
  { kind: "take", text: "i think number 1 is the best choice", position: 1 },
  { kind: "take", text: "the 3 please", position: 3 },
  { kind: "take", text: "ok the fifth movie is nice i take it", position: 5 },
  // take-title (3)
  { kind: "take-title", text: "i want see {}", position: 2 },
  { kind: "take-title", text: "{} is good choice", position: 1 },
  { kind: "take-title", text: "ok i take {}", position: 3 },
  // more (7)
  { kind: "more", text: "i saw all these movies" },
  { kind: "more", text: "other movies please" },
  { kind: "more", text: "i dont like any of this" },
  { kind: "more", text: "show me other ones" },
  { kind: "more", text: "no one of these" },
  { kind: "more", text: "not these give me new list" },
  { kind: "more", text: "I already know these films, more please" },
  // similar (5)
  { kind: "similar", text: "the second movie i like very much, give me similar", position: 2 },
  { kind: "similar", text: "i like first one, show me like this", position: 1 },
  { kind: "similar", text: "movies same as number 3", position: 3 },
  { kind: "similar", text: "similar like the 4th please", position: 4 },
  { kind: "similar", text: "i watched the last one and it was very good, more like this please", position: 0 },
  // why (6)
  { kind: "why", text: "what is the story of second movie", position: 2 },
  { kind: "why", text: "why you choose the first one for me", position: 1 },
  { kind: "why", text: "number 3 is about what", position: 3 },
  { kind: "why", text: "what genre is the 4th", position: 4 },
  { kind: "why", text: "why the last", position: 0 },
  { kind: "why", text: "tell me about number two", position: 2 },
  // less (6)
  { kind: "less", text: "i dont want {}" },
  { kind: "less", text: "no {} movie" },
  { kind: "less", text: "without {} please" },
  { kind: "less", text: "{} is boring for me" },
  { kind: "less", text: "i hate {}" },
  { kind: "less", text: "remove {}" },
  // more-of (5)
  { kind: "more-of", text: "i want more funny", genre: "Comedy" },
  { kind: "more-of", text: "please more action movie", genre: "Action" },
  { kind: "more-of", text: "i like horror give me horror", genre: "Horror" },
  { kind: "more-of", text: "more of romantic film", genre: "Romance" },
  { kind: "more-of", text: "i want something with adventure", genre: "Adventure" },
  // mixed (3)
  { kind: "mixed", text: "i want action no comedy", holds: ["Action"], lacks: ["Comedy"] },
  { kind: "mixed", text: "drama but without romance please", holds: ["Drama"], lacks: ["Romance"] },
  { kind: "mixed", text: "thriller from 90s", holds: ["Thriller", "1990s"], lacks: [] },
  // older (4)
  { kind: "older", text: "i want old movies" },
  { kind: "older", text: "more old please" },
  { kind: "older", text: "movies from before 1990" },
  { kind: "older", text: "this is too new for me" },
  // newer (4)
  { kind: "newer", text: "i want new movies" },
  { kind: "newer", text: "more new please" },
  { kind: "newer", text: "movies after 2005" },
  { kind: "newer", text: "this movies are very old" },
  // show (3)
  { kind: "show", text: "please show me the movies now" },
  { kind: "show", text: "give me recommendation" },
  { kind: "show", text: "no more question please just movies" },
  // indifferent (5)
  { kind: "indifferent", text: "i dont know" },
  { kind: "indifferent", text: "is not important" },
  { kind: "indifferent", text: "both ok" },
  { kind: "indifferent", text: "not important for me" },
  { kind: "indifferent", text: "any" },
  // echo (5)
  { kind: "echo", text: "hello i search a comedy movie", accepted: ["Comedy"] },
  { kind: "echo", text: "i want watch horror film tonight", accepted: ["Horror"] },
  { kind: "echo", text: "i like very much the movie Titanic", accepted: [], liked: ["Titanic"] },
  { kind: "echo", text: "animation film for my children please", accepted: ["Animation", "Children"] },
  { kind: "echo", text: "science fiction but not horror", accepted: ["Sci-Fi"], rejected: ["Horror"] },
  // undo (2)
  { kind: "undo", text: "sorry i make mistake" },
  { kind: "undo", text: "back to before question" },
  // restart (2)
  { kind: "restart", text: "i want begin again" },
  { kind: "restart", text: "new start please" },
  // A fifteenth (O), a blend (second-language English, voice-typed, careful and teenage typing), written after N's
  // fixes and before any run, first run unseen: understood .958, honoured .930 (71 replies); the misses led to "the
  // movie with X", "i know all this films already", "whats up with the 4th" (taken; now explained), "i want see
  // the movies now" and "start from beginning".
  // take (9)
  { kind: "take", text: "I would like to watch the second film, thank you.", position: 2 },
  { kind: "take", text: "i go for number 4", position: 4 },
  { kind: "take", text: "the first one is fine for me", position: 1 },
  { kind: "take", text: "bet, the third one", position: 3 },
  { kind: "take", text: "Please put on the last one.", position: 0 },
  { kind: "take", text: "I decide for the 2", position: 2 },
  { kind: "take", text: "third one sounds alright", position: 3 },
  { kind: "take", text: "yes i want this first film", position: 1 },
  { kind: "take", text: "lemme get number five", position: 5 },
  // take-title (3)
  { kind: "take-title", text: "i am choosing {}", position: 3 },
  { kind: "take-title", text: "We will watch {}, thank you.", position: 2 },
  { kind: "take-title", text: "{} for sure", position: 1 },
  // take-with (2)
  { kind: "take-with", text: "the movie with {} please" },
  { kind: "take-with", text: "i take the {} movie" },
  // more (7)
  { kind: "more", text: "i know all this films already" },
  { kind: "more", text: "Could I see some other titles, please?" },
  { kind: "more", text: "nah none of those hit" },
  { kind: "more", text: "is there other options" },
  { kind: "more", text: "I am not interested in these." },
  { kind: "more", text: "boring, next" },
  { kind: "more", text: "give me different ones" },
  // similar (5)
  { kind: "similar", text: "number 2 was very good, i want something like it", position: 2 },
  { kind: "similar", text: "I have seen the first one and enjoyed it very much. Are there similar films?", position: 1 },
  { kind: "similar", text: "the 3rd one slaps, more like that", position: 3 },
  { kind: "similar", text: "films like the fourth please", position: 4 },
  { kind: "similar", text: "i liked the last one, give me more of this kind", position: 0 },
  // why (6)
  { kind: "why", text: "What is the second film about, please?", position: 2 },
  { kind: "why", text: "why is number 1 good for me", position: 1 },
  { kind: "why", text: "i dont know the third, what kind of movie it is", position: 3 },
  { kind: "why", text: "whats up with the 4th", position: 4 },
  { kind: "why", text: "Could you explain why you chose the last one?", position: 0 },
  { kind: "why", text: "first one is about what", position: 1 },
  // less (6)
  { kind: "less", text: "please no {}" },
  { kind: "less", text: "{} is not for me" },
  { kind: "less", text: "I would prefer no {}, please." },
  { kind: "less", text: "less of the {} stuff" },
  { kind: "less", text: "i dont like {} movies" },
  { kind: "less", text: "anything but {}" },
  // more-of (5)
  { kind: "more-of", text: "I would like more comedy, please.", genre: "Comedy" },
  { kind: "more-of", text: "can it be more scary", genre: "Horror" },
  { kind: "more-of", text: "i need more action", genre: "Action" },
  { kind: "more-of", text: "something with more mystery in it", genre: "Mystery" },
  { kind: "more-of", text: "more romantic ones", genre: "Romance" },
  // mixed (3)
  { kind: "mixed", text: "comedy but not romance", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "I would like a drama, but no war films, please.", holds: ["Drama"], lacks: ["War"] },
  { kind: "mixed", text: "horror from the 80s", holds: ["Horror", "1980s"], lacks: [] },
  // older (4)
  { kind: "older", text: "I would prefer older films, please." },
  { kind: "older", text: "more old movies" },
  { kind: "older", text: "movies before 1985" },
  { kind: "older", text: "this films are too new" },
  // newer (4)
  { kind: "newer", text: "I would prefer newer films, please." },
  { kind: "newer", text: "this all look very old" },
  { kind: "newer", text: "films after 2000 please" },
  { kind: "newer", text: "something more fresh" },
  // show (3)
  { kind: "show", text: "Could you please just show me some films?" },
  { kind: "show", text: "i want see the movies now" },
  { kind: "show", text: "stop asking, show me" },
  // indifferent (5)
  { kind: "indifferent", text: "It does not matter to me." },
  { kind: "indifferent", text: "i dont care about it" },
  { kind: "indifferent", text: "no difference for me" },
  { kind: "indifferent", text: "both is ok" },
  { kind: "indifferent", text: "no matter" },
  // echo (5)
  { kind: "echo", text: "Good evening. I would like to watch a comedy.", accepted: ["Comedy"] },
  { kind: "echo", text: "i search war movie", accepted: ["War"] },
  { kind: "echo", text: "crime movie but not violent", accepted: ["Crime"] },
  { kind: "echo", text: "i like very much Toy Story", accepted: [], liked: ["Toy Story"] },
  { kind: "echo", text: "a fantasy film without horror", accepted: ["Fantasy"], rejected: ["Horror"] },
  // undo (2)
  { kind: "undo", text: "I pressed the wrong answer, sorry." },
  { kind: "undo", text: "go to previous question" },
  // restart (2)
  { kind: "restart", text: "Please let us begin again." },
  { kind: "restart", text: "start from beginning" },
  // A sixteenth (P), the kinds whose first runs missed most, everyday American chat, written after O's fixes and
  // before any run, first run unseen: understood .873, honoured .803 (71 replies); the misses led to "I don't know
  // the 4th one, is it funny?" (taken; a question after a comma now), "seen pretty much all of these" (read
  // "Pretty Woman"), "a new batch", "aren't doing it for me", "hold the comedy", "back in the day" (took
  // "Groundhog Day"), "ancient", "a little less old", "doesn't make a difference", "I could go for anything",
  // "enough with the questions", "redo that last answer", "begin from the start", "start this over".
  // take (10)
  { kind: "take", text: "I'm going to go ahead and watch number two", position: 2 },
  { kind: "take", text: "yup, first one", position: 1 },
  { kind: "take", text: "that third pick is the winner", position: 3 },
  { kind: "take", text: "Alright, the last one on the list", position: 0 },
  { kind: "take", text: "I'll watch #4 tonight, thanks a bunch", position: 4 },
  { kind: "take", text: "second option please and thank you", position: 2 },
  { kind: "take", text: "hmm ok let's try the first", position: 1 },
  { kind: "take", text: "5 please", position: 5 },
  { kind: "take", text: "Okay I'm picking the 3rd one", position: 3 },
  { kind: "take", text: "done, number one", position: 1 },
  // why (8)
  { kind: "why", text: "what's the deal with the third one?", position: 3 },
  { kind: "why", text: "is number two any good?", position: 2 },
  { kind: "why", text: "what kind of movie is the last one", position: 0 },
  { kind: "why", text: "why'd you pick #1", position: 1 },
  { kind: "why", text: "I don't know the 4th one, is it funny?", position: 4 },
  { kind: "why", text: "so what's the first one like?", position: 1 },
  { kind: "why", text: "whats the second about", position: 2 },
  { kind: "why", text: "who's in the third one?", position: 3 },
  // more (8)
  { kind: "more", text: "I've seen pretty much all of these" },
  { kind: "more", text: "Nope, none of those" },
  { kind: "more", text: "Hmm, got anything else?" },
  { kind: "more", text: "can I get a new batch" },
  { kind: "more", text: "eh, not these" },
  { kind: "more", text: "Those aren't doing it for me" },
  { kind: "more", text: "Already watched them, what else you got" },
  { kind: "more", text: "pass on all of these" },
  // similar (5)
  { kind: "similar", text: "oh I love the second one! anything like that?", position: 2 },
  { kind: "similar", text: "more movies like the first please", position: 1 },
  { kind: "similar", text: "the third one is one of my all-time favorites, find me more like it", position: 3 },
  { kind: "similar", text: "anything similar to number 4", position: 4 },
  { kind: "similar", text: "Seen the last one, loved it. More like that?", position: 0 },
  // less (5)
  { kind: "less", text: "ugh, no {}" },
  { kind: "less", text: "I'd rather skip {}" },
  { kind: "less", text: "please, no more {}" },
  { kind: "less", text: "{} isn't really my cup of tea" },
  { kind: "less", text: "not feeling {} right now" },
  // more-of (4)
  { kind: "more-of", text: "something with more laughs", genre: "Comedy" },
  { kind: "more-of", text: "can you make it scarier", genre: "Horror" },
  { kind: "more-of", text: "more thriller-y please", genre: "Thriller" },
  { kind: "more-of", text: "add some romance", genre: "Romance" },
  // mixed (2)
  { kind: "mixed", text: "comedies from the 80s, nothing romantic", holds: ["Comedy", "1980s"], lacks: ["Romance"] },
  { kind: "mixed", text: "action but hold the comedy", holds: ["Action"], lacks: ["Comedy"] },
  // older (6)
  { kind: "older", text: "got anything older?" },
  { kind: "older", text: "way too new for my taste" },
  { kind: "older", text: "something from back in the day" },
  { kind: "older", text: "I'm more into the older classics" },
  { kind: "older", text: "anything pre-90s?" },
  { kind: "older", text: "older than these please" },
  // newer (6)
  { kind: "newer", text: "got anything newer?" },
  { kind: "newer", text: "these are ancient lol" },
  { kind: "newer", text: "something from this century" },
  { kind: "newer", text: "more recent please" },
  { kind: "newer", text: "I want something a little less old" },
  { kind: "newer", text: "anything post-2000?" },
  // indifferent (7)
  { kind: "indifferent", text: "eh, either way" },
  { kind: "indifferent", text: "doesn't make a difference to me" },
  { kind: "indifferent", text: "I could go for anything really" },
  { kind: "indifferent", text: "no clue" },
  { kind: "indifferent", text: "I have no opinion on that" },
  { kind: "indifferent", text: "whatever works" },
  { kind: "indifferent", text: "I'm good with either" },
  // show (3)
  { kind: "show", text: "can we just see some movies" },
  { kind: "show", text: "enough with the questions lol" },
  { kind: "show", text: "let me see what you've got so far" },
  // undo (4)
  { kind: "undo", text: "wait no, I meant to say the opposite" },
  { kind: "undo", text: "can I redo that last answer" },
  { kind: "undo", text: "oops, go back a step" },
  { kind: "undo", text: "hold on, undo" },
  // restart (3)
  { kind: "restart", text: "let's begin from the start" },
  { kind: "restart", text: "can we start this over" },
  { kind: "restart", text: "clear everything and start again" },
  // A seventeenth (Q), a mix of everything, written after P's fixes and the reply classifier, before any run, first
  // run unseen: understood .945, honoured .863 (73 replies; .849 with the classifier off, which read "let's start
  // from zero"); the misses led to "go with 3", "some alternatives", "seen every single one", "a favorite of
  // mine", "close to it", "got any like it?", "the first one was amazing" (each took the card), "I'm over X",
  // "X is a no for me", "thrills", "spookier", "just list a few".
  // take (9)
  { kind: "take", text: "ok you convinced me, number 3", position: 3 },
  { kind: "take", text: "I'll settle on the first one", position: 1 },
  { kind: "take", text: "gimme the 2nd", position: 2 },
  { kind: "take", text: "Final answer: the fourth", position: 4 },
  { kind: "take", text: "i will take the movie number 5", position: 5 },
  { kind: "take", text: "Let's roll with the top one", position: 1 },
  { kind: "take", text: "The last suggestion looks perfect for tonight", position: 0 },
  { kind: "take", text: "second one, queueing it up now", position: 2 },
  { kind: "take", text: "yeah go with 3", position: 3 },
  // take-title (3)
  { kind: "take-title", text: "{} sounds like a plan", position: 2 },
  { kind: "take-title", text: "putting on {} now, thanks!", position: 1 },
  { kind: "take-title", text: "{}! I'll watch that one", position: 3 },
  // more (8)
  { kind: "more", text: "Been there, watched those" },
  { kind: "more", text: "hmm, none of these are clicking" },
  { kind: "more", text: "can you show some alternatives" },
  { kind: "more", text: "no thank you, others?" },
  { kind: "more", text: "i dont want any of this movies" },
  { kind: "more", text: "I'd like to see some other picks" },
  { kind: "more", text: "Not quite, try again please" },
  { kind: "more", text: "seen every single one lol" },
  // similar (5)
  { kind: "similar", text: "number 2 is a favorite of mine, find me something close to it", position: 2 },
  { kind: "similar", text: "more along the lines of the third", position: 3 },
  { kind: "similar", text: "the first one was amazing, got any like it?", position: 1 },
  { kind: "similar", text: "something in the same spirit as #4", position: 4 },
  { kind: "similar", text: "I watched the last one last week and loved it, similar stuff?", position: 0 },
  // why (7)
  { kind: "why", text: "why did you suggest the third?", position: 3 },
  { kind: "why", text: "whats number 1 about", position: 1 },
  { kind: "why", text: "Never seen the 2nd one, what's it like?", position: 2 },
  { kind: "why", text: "can you say more about the fourth one", position: 4 },
  { kind: "why", text: "Is the last one scary?", position: 0 },
  { kind: "why", text: "why that first pick?", position: 1 },
  { kind: "why", text: "what genre is number two", position: 2 },
  // less (5)
  { kind: "less", text: "I'm over {}" },
  { kind: "less", text: "let's avoid {}" },
  { kind: "less", text: "no {} stuff please" },
  { kind: "less", text: "not big on {}" },
  { kind: "less", text: "{} is a no for me" },
  // more-of (5)
  { kind: "more-of", text: "I'd love something funnier", genre: "Comedy" },
  { kind: "more-of", text: "give me more action", genre: "Action" },
  { kind: "more-of", text: "something a little more romantic?", genre: "Romance" },
  { kind: "more-of", text: "more thrills please", genre: "Thriller" },
  { kind: "more-of", text: "anything spookier", genre: "Horror" },
  // mixed (3)
  { kind: "mixed", text: "an action movie, no comedy please", holds: ["Action"], lacks: ["Comedy"] },
  { kind: "mixed", text: "something from the 2000s but not romance", holds: ["2000s"], lacks: ["Romance"] },
  { kind: "mixed", text: "a crime film without drama", holds: ["Crime"], lacks: ["Drama"] },
  // older (4)
  { kind: "older", text: "something less modern please" },
  { kind: "older", text: "anything a bit more vintage" },
  { kind: "older", text: "can you go older" },
  { kind: "older", text: "films from before 1985 please" },
  // newer (4)
  { kind: "newer", text: "can you go newer" },
  { kind: "newer", text: "these feel dated, something more recent" },
  { kind: "newer", text: "anything made after 2005?" },
  { kind: "newer", text: "i prefer recent movies" },
  // show (4)
  { kind: "show", text: "let's just see some options" },
  { kind: "show", text: "ok enough, show me movies" },
  { kind: "show", text: "can you recommend something already" },
  { kind: "show", text: "just list a few" },
  // indifferent (6)
  { kind: "indifferent", text: "no preference either way" },
  { kind: "indifferent", text: "eh, whatever you think" },
  { kind: "indifferent", text: "I'm not fussed either way" },
  { kind: "indifferent", text: "could be either" },
  { kind: "indifferent", text: "honestly i have no idea" },
  { kind: "indifferent", text: "don't mind at all" },
  // echo (4)
  { kind: "echo", text: "something action packed please", accepted: ["Action"] },
  { kind: "echo", text: "looking for a horror film, no comedy", accepted: ["Horror"], rejected: ["Comedy"] },
  { kind: "echo", text: "I really loved Finding Nemo", accepted: [], liked: ["Finding Nemo"] },
  { kind: "echo", text: "romantic movies please", accepted: ["Romance"] },
  // undo (3)
  { kind: "undo", text: "oops, that was the wrong answer" },
  { kind: "undo", text: "wait, can I take back my last answer" },
  { kind: "undo", text: "go back to the last question" },
  // restart (3)
  { kind: "restart", text: "let's start from zero" },
  { kind: "restart", text: "reset the whole thing" },
  { kind: "restart", text: "I want to start a new search" },
  // An eighteenth (R), long and chatty as ReDial seekers write to a person (the style of J, which first scored
  // .800), written after Q's fixes and the question guard, before any run, first run unseen: understood 1.000,
  // honoured .933 (60 replies); the misses led to "I haven't thought about the second one in years" (not a
  // dislike), "never got around to seeing the third one, so I'll finally watch it", "Number 4 is a classic in my
  // house!" (praise, not older) and "I've seen a lot of the older ones, so something more recent" (newer).
  // take (8)
  { kind: "take", text: "Oh wow, I haven't thought about the second one in years. I think that's what I'll watch tonight!", position: 2 },
  { kind: "take", text: "Those all look good but I think I'm going to go with the first one. Thanks so much for your help!", position: 1 },
  { kind: "take", text: "I have heard great things about the third one. I will definitely give it a try.", position: 3 },
  { kind: "take", text: "Okay, I think number 4 is the one for me. My wife will love it too.", position: 4 },
  { kind: "take", text: "The last one sounds right up my alley, I'll watch it this weekend.", position: 0 },
  { kind: "take", text: "That first one sounds perfect. Thank you!", position: 1 },
  { kind: "take", text: "Hmm, I think the second one would be a good pick for date night. I'll go with that.", position: 2 },
  { kind: "take", text: "I never got around to seeing the third one, so I think I'll finally watch it.", position: 3 },
  // more (6)
  { kind: "more", text: "I've actually seen all of those already, unfortunately. Do you have any others?" },
  { kind: "more", text: "Hmm, those aren't really what I had in mind. Could you suggest something different?" },
  { kind: "more", text: "I'm not really feeling any of those, to be honest. What else do you have?" },
  { kind: "more", text: "Those don't really interest me. Can I see a few more options?" },
  { kind: "more", text: "I watched most of those with my kids already. Anything else you can think of?" },
  { kind: "more", text: "Nah, I'm not into those ones. Got some other ideas?" },
  // similar (5)
  { kind: "similar", text: "I loved the first one! It's one of my favorites. Could you find some more like it?", position: 1 },
  { kind: "similar", text: "I saw the third one a while back and really enjoyed it. Are there other movies like that one?", position: 3 },
  { kind: "similar", text: "The second one is great, I've seen it a few times. I'd like something similar to it.", position: 2 },
  { kind: "similar", text: "Oh I remember the last one, it was so good. Something along those lines would be great.", position: 0 },
  { kind: "similar", text: "Number 4 is a classic in my house! Any others in that style?", position: 4 },
  // why (6)
  { kind: "why", text: "I've never heard of the second one. What's it about?", position: 2 },
  { kind: "why", text: "The third one sounds interesting, but I don't know anything about it. Can you tell me more?", position: 3 },
  { kind: "why", text: "Why did you choose the first one for me? I'm just curious.", position: 1 },
  { kind: "why", text: "I'm not sure about the fourth one. What kind of movie is it?", position: 4 },
  { kind: "why", text: "What makes you think I'd like the last one?", position: 0 },
  { kind: "why", text: "Is the second one very long? I don't have a lot of time tonight.", position: 2 },
  // less (5)
  { kind: "less", text: "I'm not really in the mood for {} tonight. Can you leave those out?" },
  { kind: "less", text: "My wife doesn't like {}, so maybe something without that." },
  { kind: "less", text: "I've had enough {} for a while, honestly." },
  { kind: "less", text: "Could we skip anything with {} in it? It's not my thing." },
  { kind: "less", text: "I don't really care for {}, to be honest." },
  // more-of (4)
  { kind: "more-of", text: "I'm hoping for something that will make me laugh a bit more.", genre: "Comedy" },
  { kind: "more-of", text: "I'd really like something with a lot more action in it.", genre: "Action" },
  { kind: "more-of", text: "Could you find something a little scarier? I love a good scare.", genre: "Horror" },
  { kind: "more-of", text: "I'm in the mood for more of a love story, if you have any.", genre: "Romance" },
  // mixed (2)
  { kind: "mixed", text: "I'd like a drama, but I don't want anything romantic.", holds: ["Drama"], lacks: ["Romance"] },
  { kind: "mixed", text: "Maybe an action movie from the 90s, but no comedies please.", holds: ["Action", "1990s"], lacks: ["Comedy"] },
  // older (4)
  { kind: "older", text: "These are all a bit too recent for me. I love the older classics." },
  { kind: "older", text: "Do you have anything older? I grew up watching movies from the 70s and 80s." },
  { kind: "older", text: "I tend to prefer older films, to be honest." },
  { kind: "older", text: "Can you find something from before the 90s?" },
  // newer (4)
  { kind: "newer", text: "These are a little old for my taste. Do you have anything newer?" },
  { kind: "newer", text: "I'd prefer something that came out in the last few years." },
  { kind: "newer", text: "I've seen a lot of the older ones, so something more recent would be nice." },
  { kind: "newer", text: "Anything a little more modern? These feel dated." },
  // show (3)
  { kind: "show", text: "I don't really know, could you just show me a few movies?" },
  { kind: "show", text: "Honestly I'd rather just see some suggestions at this point." },
  { kind: "show", text: "Can you just give me a few recommendations? I'm not sure how to answer." },
  // indifferent (5)
  { kind: "indifferent", text: "I don't really have a preference on that, to be honest." },
  { kind: "indifferent", text: "Either one would be fine with me." },
  { kind: "indifferent", text: "Hmm, I'm not sure. It doesn't really matter too much to me." },
  { kind: "indifferent", text: "I'm open to either, I don't mind." },
  { kind: "indifferent", text: "I don't have strong feelings about that one way or the other." },
  // echo (4)
  { kind: "echo", text: "Hi there! I'm looking for a good comedy to watch with my family tonight.", accepted: ["Comedy"] },
  { kind: "echo", text: "Hello! I really like thrillers, but nothing too scary please.", accepted: ["Thriller"] },
  { kind: "echo", text: "Hi, I loved The Notebook and I'm looking for something similar.", accepted: [], liked: ["Notebook"] },
  { kind: "echo", text: "Good evening! Could you recommend a good war movie?", accepted: ["War"] },
  // undo (2)
  { kind: "undo", text: "Oh sorry, I meant to say no to that last question. Can I change it?" },
  { kind: "undo", text: "Wait, I clicked the wrong thing. Can we go back?" },
  // restart (2)
  { kind: "restart", text: "Actually, let's start over. I want to look for something completely different." },
  { kind: "restart", text: "Can we start from the beginning? I changed my mind about what I want." },
  // A nineteenth (S), young and online (slang, emoji, abbreviations), written after R's fixes, before any run, first
  // run unseen: understood .950, honoured .850 (60 replies); the misses led to "whats #2 abt", "never heard of #4
  // whats that", "hm why the 2nd one" (all three took the card), "numero uno", "skip these", "ew romance", "im good
  // on romance", "anything b4 2000" of a 1990s slate (now beyond the slate too) and "just gimme recs".
  // take (8)
  { kind: "take", text: "ok bet ill watch #2 🍿", position: 2 },
  { kind: "take", text: "lowkey the first one looks fire", position: 1 },
  { kind: "take", text: "3rd one fr", position: 3 },
  { kind: "take", text: "aight imma go w the last one", position: 0 },
  { kind: "take", text: "numero uno", position: 1 },
  { kind: "take", text: "4th one it is 👌", position: 4 },
  { kind: "take", text: "ya the 2nd one slaps ill watch it", position: 2 },
  { kind: "take", text: "ok im doing the 3rd", position: 3 },
  // more (6)
  { kind: "more", text: "nah none of these hit" },
  { kind: "more", text: "seen em all 😭 more?" },
  { kind: "more", text: "mid tbh, next" },
  { kind: "more", text: "ngl none of these r it" },
  { kind: "more", text: "smth else pls 🙏" },
  { kind: "more", text: "skip these" },
  // similar (5)
  { kind: "similar", text: "the 1st one is my fav!! more like that pls", position: 1 },
  { kind: "similar", text: "#3 was so good, similar vibes?", position: 3 },
  { kind: "similar", text: "loved the 2nd one ngl, anything like it", position: 2 },
  { kind: "similar", text: "stuff like #4 pls", position: 4 },
  { kind: "similar", text: "last one was a banger, more like it", position: 0 },
  // why (6)
  { kind: "why", text: "wait whats #2 abt", position: 2 },
  { kind: "why", text: "y did u pick the 1st", position: 1 },
  { kind: "why", text: "is the 3rd one scary or nah", position: 3 },
  { kind: "why", text: "never heard of #4 whats that", position: 4 },
  { kind: "why", text: "wats the last one about", position: 0 },
  { kind: "why", text: "hm why the 2nd one", position: 2 },
  // less (5)
  { kind: "less", text: "no {} pls 🙅" },
  { kind: "less", text: "ew {}" },
  { kind: "less", text: "not {} rn" },
  { kind: "less", text: "im good on {}" },
  { kind: "less", text: "less {} pls" },
  // more-of (4)
  { kind: "more-of", text: "smth funnier pls 😂", genre: "Comedy" },
  { kind: "more-of", text: "more action!!", genre: "Action" },
  { kind: "more-of", text: "scarier pls 👻", genre: "Horror" },
  { kind: "more-of", text: "more romantic stuff 🥰", genre: "Romance" },
  // mixed (2)
  { kind: "mixed", text: "action no comedy pls", holds: ["Action"], lacks: ["Comedy"] },
  { kind: "mixed", text: "90s comedy but no romance", holds: ["Comedy", "1990s"], lacks: ["Romance"] },
  // older (4)
  { kind: "older", text: "older stuff pls 📼" },
  { kind: "older", text: "smth more old school" },
  { kind: "older", text: "these r too new" },
  { kind: "older", text: "anything b4 2000" },
  // newer (4)
  { kind: "newer", text: "these r kinda old lol" },
  { kind: "newer", text: "newer pls" },
  { kind: "newer", text: "smth recent??" },
  { kind: "newer", text: "anything after 2005" },
  // show (3)
  { kind: "show", text: "just show me stuff" },
  { kind: "show", text: "skip to the movies pls" },
  { kind: "show", text: "just gimme recs" },
  // indifferent (5)
  { kind: "indifferent", text: "idk tbh" },
  { kind: "indifferent", text: "dont rly care" },
  { kind: "indifferent", text: "either ig" },
  { kind: "indifferent", text: "doesnt matter lol" },
  { kind: "indifferent", text: "idc either way" },
  // echo (4)
  { kind: "echo", text: "yo any good horror movies", accepted: ["Horror"] },
  { kind: "echo", text: "need a comedy asap 😂", accepted: ["Comedy"] },
  { kind: "echo", text: "smth like the matrix pls", accepted: [], liked: ["Matrix"] },
  { kind: "echo", text: "rom com pls no horror", accepted: ["Romance"], rejected: ["Horror"] },
  // undo (2)
  { kind: "undo", text: "oops wrong one go back" },
  { kind: "undo", text: "wait undo that lol" },
  // restart (2)
  { kind: "restart", text: "restart pls" },
  { kind: "restart", text: "lets start over fr" },
  // A twentieth (T), spoken and dictated (voice-assistant transcripts: no punctuation, fillers), written after S's
  // fixes, before any run, first run unseen: understood 1.000, honoured .983 (60 replies); the miss led to "um
  // what kind of movie is the fourth one" (taken: fillers before a question word now leave it first).
  // take (8)
  { kind: "take", text: "um yeah let's do the second one", position: 2 },
  { kind: "take", text: "okay play number three", position: 3 },
  { kind: "take", text: "i think i want the first one yeah", position: 1 },
  { kind: "take", text: "uh the fourth one please", position: 4 },
  { kind: "take", text: "let's go with option two", position: 2 },
  { kind: "take", text: "yes the last one sounds good", position: 0 },
  { kind: "take", text: "i'll watch number five", position: 5 },
  { kind: "take", text: "okay so the third one then", position: 3 },
  // more (6)
  { kind: "more", text: "um none of those sound good" },
  { kind: "more", text: "i've seen all of them actually" },
  { kind: "more", text: "can you give me different ones" },
  { kind: "more", text: "no not those show me others" },
  { kind: "more", text: "next set please" },
  { kind: "more", text: "like none of these really work for me" },
  // similar (5)
  { kind: "similar", text: "i really like the first one can you find more like that", position: 1 },
  { kind: "similar", text: "um the third one is great show me similar ones", position: 3 },
  { kind: "similar", text: "more like number two please", position: 2 },
  { kind: "similar", text: "find movies like the fourth one", position: 4 },
  { kind: "similar", text: "i loved the last one give me more like it", position: 0 },
  // why (6)
  { kind: "why", text: "what is the second one about", position: 2 },
  { kind: "why", text: "tell me about the first one", position: 1 },
  { kind: "why", text: "why did you pick number three", position: 3 },
  { kind: "why", text: "um what kind of movie is the fourth one", position: 4 },
  { kind: "why", text: "who is in the last one", position: 0 },
  { kind: "why", text: "is the first one good", position: 1 },
  // less (5)
  { kind: "less", text: "um no {} please" },
  { kind: "less", text: "i don't want {} movies" },
  { kind: "less", text: "take out the {} ones" },
  { kind: "less", text: "without {}" },
  { kind: "less", text: "i'm not in the mood for {} you know" },
  // more-of (4)
  { kind: "more-of", text: "something funnier please", genre: "Comedy" },
  { kind: "more-of", text: "um more action", genre: "Action" },
  { kind: "more-of", text: "can you find something scarier", genre: "Horror" },
  { kind: "more-of", text: "like more of a thriller", genre: "Thriller" },
  // mixed (2)
  { kind: "mixed", text: "a comedy but not a romance", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "um drama from the nineties no romance", holds: ["Drama", "1990s"], lacks: ["Romance"] },
  // older (4)
  { kind: "older", text: "something older please" },
  { kind: "older", text: "um can you find older movies" },
  { kind: "older", text: "movies from the eighties or before" },
  { kind: "older", text: "these are too new for me" },
  // newer (4)
  { kind: "newer", text: "something newer please" },
  { kind: "newer", text: "um these are kind of old" },
  { kind: "newer", text: "movies from two thousand ten or later" },
  { kind: "newer", text: "more recent ones please" },
  // show (3)
  { kind: "show", text: "just show me some movies" },
  { kind: "show", text: "um can you just recommend something" },
  { kind: "show", text: "stop asking and show me" },
  // indifferent (5)
  { kind: "indifferent", text: "um i don't know" },
  { kind: "indifferent", text: "it doesn't matter" },
  { kind: "indifferent", text: "i don't care either way" },
  { kind: "indifferent", text: "um either one" },
  { kind: "indifferent", text: "no preference" },
  // echo (4)
  { kind: "echo", text: "find me a comedy", accepted: ["Comedy"] },
  { kind: "echo", text: "i want to watch a scary movie", accepted: ["Horror"] },
  { kind: "echo", text: "um something like toy story", accepted: [], liked: ["Toy Story"] },
  { kind: "echo", text: "a thriller but not horror", accepted: ["Thriller"], rejected: ["Horror"] },
  // undo (2)
  { kind: "undo", text: "no wait go back" },
  { kind: "undo", text: "undo that please" },
  // restart (2)
  { kind: "restart", text: "start over" },
  { kind: "restart", text: "um let's start again" },
  // A twenty-first (U), English as a second language again, after the ways of several first languages, written
  // after T's fixes, before any run, first run unseen: understood .917, honoured .883 (60 replies; N, the same
  // register before its fixes, .757); the misses led to "I know already these movies", "more of this type",
  // "which genre has the last film" (taken), "see the recommendations now", "for me it is the same", "is equal
  // for me", "both is possible".
  // take (8)
  { kind: "take", text: "I will watch the number two, thank you very much", position: 2 },
  { kind: "take", text: "the first film please, is perfect", position: 1 },
  { kind: "take", text: "I take the third, it seems good", position: 3 },
  { kind: "take", text: "kindly give me the last one", position: 0 },
  { kind: "take", text: "ok I choose fourth movie", position: 4 },
  { kind: "take", text: "this second film I want to see", position: 2 },
  { kind: "take", text: "I go with the film number 1", position: 1 },
  { kind: "take", text: "the 3 is good for me, I watch this", position: 3 },
  // more (6)
  { kind: "more", text: "I have seen all this films before" },
  { kind: "more", text: "these ones I do not like, other please" },
  { kind: "more", text: "please give other films" },
  { kind: "more", text: "nothing of these is interesting for me" },
  { kind: "more", text: "I know already these movies" },
  { kind: "more", text: "you have more films to show?" },
  // similar (5)
  { kind: "similar", text: "the first film I like very much, please more of this type", position: 1 },
  { kind: "similar", text: "I want films similar with the number 3", position: 3 },
  { kind: "similar", text: "second one is very nice, give me like it", position: 2 },
  { kind: "similar", text: "more films same like the fourth", position: 4 },
  { kind: "similar", text: "I enjoyed the last film very much, please find similar", position: 0 },
  // why (6)
  { kind: "why", text: "what is the history of the second film", position: 2 },
  { kind: "why", text: "why you recommend me the first", position: 1 },
  { kind: "why", text: "the third film, what is it about please", position: 3 },
  { kind: "why", text: "can you explain me the fourth film", position: 4 },
  { kind: "why", text: "which genre has the last film", position: 0 },
  { kind: "why", text: "the number 2 is comedy or drama?", position: 2 },
  // less (5)
  { kind: "less", text: "please not {} films" },
  { kind: "less", text: "I do not like {}" },
  { kind: "less", text: "no more of {}" },
  { kind: "less", text: "{} is not my style" },
  { kind: "less", text: "without the {} please" },
  // more-of (4)
  { kind: "more-of", text: "I want more of comedy", genre: "Comedy" },
  { kind: "more-of", text: "more with action please", genre: "Action" },
  { kind: "more-of", text: "please films more romantic", genre: "Romance" },
  { kind: "more-of", text: "a film with more suspense", genre: "Thriller" },
  // mixed (2)
  { kind: "mixed", text: "comedy yes, romance no", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "I want action film without comedy", holds: ["Action"], lacks: ["Comedy"] },
  // older (4)
  { kind: "older", text: "I prefer the old films" },
  { kind: "older", text: "please films more old" },
  { kind: "older", text: "films of before the 80s" },
  { kind: "older", text: "these are too modern for me" },
  // newer (4)
  { kind: "newer", text: "I prefer the new films" },
  { kind: "newer", text: "please films more new" },
  { kind: "newer", text: "films of after 2000" },
  { kind: "newer", text: "these are too old for me" },
  // show (3)
  { kind: "show", text: "please show me directly the films" },
  { kind: "show", text: "I want to see the recommendations now" },
  { kind: "show", text: "give me films without more questions" },
  // indifferent (5)
  { kind: "indifferent", text: "for me it is the same" },
  { kind: "indifferent", text: "I don't know this" },
  { kind: "indifferent", text: "is equal for me" },
  { kind: "indifferent", text: "both is possible" },
  { kind: "indifferent", text: "no importance" },
  // echo (4)
  { kind: "echo", text: "good morning, I search a film of horror", accepted: ["Horror"] },
  { kind: "echo", text: "I would like to see a comedy film, please", accepted: ["Comedy"] },
  { kind: "echo", text: "a film like Titanic please", accepted: [], liked: ["Titanic"] },
  { kind: "echo", text: "action film, no horror", accepted: ["Action"], rejected: ["Horror"] },
  // undo (2)
  { kind: "undo", text: "sorry, my answer was wrong" },
  { kind: "undo", text: "please back to the question before" },
  // restart (2)
  { kind: "restart", text: "please begin from new" },
  { kind: "restart", text: "I want to start again from the beginning" },
  // A twenty-second (V), aimed at the boundary that ends a conversation (questions and likes of a card beside
  // takes), written after U's fixes, before any run, first run unseen: understood .920, honoured .660 (50
  // replies): a card pointed at with words the rules did not know was taken. The misses led to asking for
  // information as a question ("more info on", "details?", "the lowdown on", "remind me what", "curious about",
  // "any good", "worth it", "what year"), "what kind of" anywhere, likes by praise or likeness ("big fan of", "is a
  // gem", "same vibe as", "its cousins", "lookalikes", "anything close", "in that direction"), "aren't it",
  // "had my fill of these, new ones", "couldn't say", "see a list", "enough Qs, recommendations please".
  // why (14)
  { kind: "why", text: "Hmm not sure about the third, what's the plot", position: 3 },
  { kind: "why", text: "the second one - any good", position: 2 },
  { kind: "why", text: "I don't recognise the first one. Details?", position: 1 },
  { kind: "why", text: "give me the lowdown on number 4", position: 4 },
  { kind: "why", text: "what's the last one about, quickly", position: 0 },
  { kind: "why", text: "remind me what the 2nd one is", position: 2 },
  { kind: "why", text: "More info on the third one please", position: 3 },
  { kind: "why", text: "and the first one is what kind of film", position: 1 },
  { kind: "why", text: "Tell me why the fourth made the list", position: 4 },
  { kind: "why", text: "how is the second one a match for me", position: 2 },
  { kind: "why", text: "first one: what's the premise", position: 1 },
  { kind: "why", text: "I've never seen #3, is it worth it", position: 3 },
  { kind: "why", text: "curious about the 2nd one", position: 2 },
  { kind: "why", text: "what year is the last one from", position: 0 },
  // similar (10)
  { kind: "similar", text: "Big fan of the third one. Show me its cousins", position: 3 },
  { kind: "similar", text: "seen the 1st, adored it, more in that direction", position: 1 },
  { kind: "similar", text: "number 2 is up there with my favourites, more of that please", position: 2 },
  { kind: "similar", text: "the fourth is brilliant, others like it", position: 4 },
  { kind: "similar", text: "I rewatch the last one every year! Similar picks?", position: 0 },
  { kind: "similar", text: "same vibe as #1 please", position: 1 },
  { kind: "similar", text: "that third one is a gem, anything close", position: 3 },
  { kind: "similar", text: "we loved the 2nd one as a family, anything in that vein", position: 2 },
  { kind: "similar", text: "i know the first one by heart haha, more like it", position: 1 },
  { kind: "similar", text: "the 4th one is a favourite, find me lookalikes", position: 4 },
  // take (12)
  { kind: "take", text: "I'm sold on the third one", position: 3 },
  { kind: "take", text: "Second one. Done deal.", position: 2 },
  { kind: "take", text: "the first one will do nicely", position: 1 },
  { kind: "take", text: "putting on #4 now", position: 4 },
  { kind: "take", text: "I'll give the last one a go", position: 0 },
  { kind: "take", text: "option 3 for me", position: 3 },
  { kind: "take", text: "the second, definitely", position: 2 },
  { kind: "take", text: "first one, thanks a lot!", position: 1 },
  { kind: "take", text: "Going for number four", position: 4 },
  { kind: "take", text: "that last one is the one", position: 0 },
  { kind: "take", text: "I choose the 2nd, cheers", position: 2 },
  { kind: "take", text: "could I have the first one please?", position: 1 },
  // more (6)
  { kind: "more", text: "all seen, sorry! more?" },
  { kind: "more", text: "none of them tempt me" },
  { kind: "more", text: "I'd pass on all of them" },
  { kind: "more", text: "try a different set" },
  { kind: "more", text: "These aren't it, chief" },
  { kind: "more", text: "had my fill of these, new ones please" },
  // indifferent (4)
  { kind: "indifferent", text: "not bothered either way" },
  { kind: "indifferent", text: "couldn't say" },
  { kind: "indifferent", text: "either works for me" },
  { kind: "indifferent", text: "I'm easy" },
  // show (2)
  { kind: "show", text: "can I just see a list" },
  { kind: "show", text: "enough Qs, recommendations please" },
  // undo (1)
  { kind: "undo", text: "misspoke, go back one" },
  // restart (1)
  { kind: "restart", text: "let's begin anew" },
  // A twenty-third (W), everyday replies in every register, written at the end of the round, before any run, first
  // run unseen: understood .968, honoured .968 (62 replies); the misses led to "whatever's good" and "new
  // conversation".
  // take (8)
  { kind: "take", text: "alright the second one, thanks!", position: 2 },
  { kind: "take", text: "I'll check out number 3", position: 3 },
  { kind: "take", text: "The first one looks like exactly what I wanted", position: 1 },
  { kind: "take", text: "going with the fourth", position: 4 },
  { kind: "take", text: "hmm I'll try the last one", position: 0 },
  { kind: "take", text: "#2 please!", position: 2 },
  { kind: "take", text: "Third one sounds great, adding it to my watchlist", position: 3 },
  { kind: "take", text: "let's watch the first one", position: 1 },
  // take-title (2)
  { kind: "take-title", text: "ok {} then", position: 2 },
  { kind: "take-title", text: "I'll go for {}", position: 3 },
  // more (6)
  { kind: "more", text: "none of these, sorry" },
  { kind: "more", text: "I've watched all of them, got more?" },
  { kind: "more", text: "not my kind of movies, anything else" },
  { kind: "more", text: "show me a few others" },
  { kind: "more", text: "meh, other options?" },
  { kind: "more", text: "I don't like these much" },
  // similar (5)
  { kind: "similar", text: "I've seen the second one, loved it. More like that?", position: 2 },
  { kind: "similar", text: "anything similar to the first one", position: 1 },
  { kind: "similar", text: "number 3 is one of my favorites! similar ones?", position: 3 },
  { kind: "similar", text: "movies like the last one please", position: 0 },
  { kind: "similar", text: "more along the lines of #4", position: 4 },
  // why (6)
  { kind: "why", text: "what's the first one about?", position: 1 },
  { kind: "why", text: "why the third one?", position: 3 },
  { kind: "why", text: "is number 2 a comedy?", position: 2 },
  { kind: "why", text: "haven't seen the 4th, what is it like", position: 4 },
  { kind: "why", text: "tell me about the last one", position: 0 },
  { kind: "why", text: "who stars in the second one?", position: 2 },
  // less (5)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "no {} for me" },
  { kind: "less", text: "I'm not into {}" },
  { kind: "less", text: "something without {}" },
  { kind: "less", text: "too much {}" },
  // more-of (4)
  { kind: "more-of", text: "something funnier?", genre: "Comedy" },
  { kind: "more-of", text: "more action please", genre: "Action" },
  { kind: "more-of", text: "I want a scarier one", genre: "Horror" },
  { kind: "more-of", text: "something with more mystery", genre: "Mystery" },
  // mixed (2)
  { kind: "mixed", text: "a comedy from the 2000s, no romance", holds: ["Comedy", "2000s"], lacks: ["Romance"] },
  { kind: "mixed", text: "thriller but not horror", holds: ["Thriller"], lacks: ["Horror"] },
  // older (4)
  { kind: "older", text: "anything older?" },
  { kind: "older", text: "I like older movies" },
  { kind: "older", text: "something from the 70s or 80s" },
  { kind: "older", text: "these are too recent" },
  // newer (4)
  { kind: "newer", text: "anything newer?" },
  { kind: "newer", text: "something from the last ten years" },
  { kind: "newer", text: "these are old, got newer ones?" },
  { kind: "newer", text: "more modern please" },
  // show (3)
  { kind: "show", text: "just show me some picks" },
  { kind: "show", text: "can I see what you'd recommend" },
  { kind: "show", text: "skip ahead to the movies" },
  // indifferent (5)
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "either is ok" },
  { kind: "indifferent", text: "no opinion" },
  { kind: "indifferent", text: "hmm, not sure" },
  { kind: "indifferent", text: "whatever's good" },
  // echo (4)
  { kind: "echo", text: "I'm in the mood for a thriller", accepted: ["Thriller"] },
  { kind: "echo", text: "any good animated movies?", accepted: ["Animation"] },
  { kind: "echo", text: "I liked Inception a lot", accepted: [], liked: ["Inception"] },
  { kind: "echo", text: "a comedy, nothing romantic", accepted: ["Comedy"], rejected: ["Romance"] },
  // undo (2)
  { kind: "undo", text: "undo please" },
  { kind: "undo", text: "wait, I answered wrong" },
  // restart (2)
  { kind: "restart", text: "let's start over please" },
  { kind: "restart", text: "new conversation" },
  // A twenty-fourth (X), terse (one to three words, as typed in a widget or with a remote), written after W, before
  // any run, first run unseen: understood .857, honoured .776 (49 replies); the misses led to numbers after
  // command words ("like 2", "similar to 1", "why 3", "explain 2", "info 4", "about 3?"), "like the 4th" (took
  // the card), "-romance", "results" and "skip" (to a question).
  // take (8)
  { kind: "take", text: "2", position: 2 },
  { kind: "take", text: "first", position: 1 },
  { kind: "take", text: "3 pls", position: 3 },
  { kind: "take", text: "take 4", position: 4 },
  { kind: "take", text: "last", position: 0 },
  { kind: "take", text: "one", position: 1 },
  { kind: "take", text: "#5", position: 5 },
  { kind: "take", text: "2nd", position: 2 },
  // more (6)
  { kind: "more", text: "next" },
  { kind: "more", text: "more" },
  { kind: "more", text: "others" },
  { kind: "more", text: "nope" },
  { kind: "more", text: "none" },
  { kind: "more", text: "different" },
  // similar (5)
  { kind: "similar", text: "like 2", position: 2 },
  { kind: "similar", text: "similar to 1", position: 1 },
  { kind: "similar", text: "more like #3", position: 3 },
  { kind: "similar", text: "like the 4th", position: 4 },
  { kind: "similar", text: "similar 2", position: 2 },
  // why (6)
  { kind: "why", text: "why 3", position: 3 },
  { kind: "why", text: "why #1", position: 1 },
  { kind: "why", text: "explain 2", position: 2 },
  { kind: "why", text: "info 4", position: 4 },
  { kind: "why", text: "about 3?", position: 3 },
  { kind: "why", text: "2?", position: 2 },
  // less (4)
  { kind: "less", text: "no {}" },
  { kind: "less", text: "less {}" },
  { kind: "less", text: "-{}" },
  { kind: "less", text: "not {}" },
  // more-of (3)
  { kind: "more-of", text: "funnier", genre: "Comedy" },
  { kind: "more-of", text: "more action", genre: "Action" },
  { kind: "more-of", text: "scarier", genre: "Horror" },
  // older (3)
  { kind: "older", text: "older" },
  { kind: "older", text: "older pls" },
  { kind: "older", text: "80s" },
  // newer (3)
  { kind: "newer", text: "newer" },
  { kind: "newer", text: "recent" },
  { kind: "newer", text: "2010s" },
  // show (3)
  { kind: "show", text: "show" },
  { kind: "show", text: "results" },
  { kind: "show", text: "recommend" },
  // indifferent (4)
  { kind: "indifferent", text: "idk" },
  { kind: "indifferent", text: "any" },
  { kind: "indifferent", text: "skip" },
  { kind: "indifferent", text: "either" },
  // undo (2)
  { kind: "undo", text: "back" },
  { kind: "undo", text: "undo" },
  // restart (2)
  { kind: "restart", text: "reset" },
  { kind: "restart", text: "restart" },
  // A twenty-fifth (Y), keyboard slips in the words that matter, written after X's fixes, before any run, first run
  // unseen: understood .587, honoured .391 (46 replies). It led to slips.ts: a reply word typed one slip off is read
  // as it (.913 after). Still missed: "lst" (last or list?), "wy" (too short), "les" (less or lets?), "funnyer".
  // take (8)
  { kind: "take", text: "ill take the secnd one", position: 2 },
  { kind: "take", text: "the frist one please", position: 1 },
  { kind: "take", text: "numbr 3", position: 3 },
  { kind: "take", text: "i'll watch the fouth one", position: 4 },
  { kind: "take", text: "lets go with the lst one", position: 0 },
  { kind: "take", text: "the thrid one sounds good", position: 3 },
  { kind: "take", text: "sceond please", position: 2 },
  { kind: "take", text: "i choose numer 1", position: 1 },
  // more (5)
  { kind: "more", text: "non of these" },
  { kind: "more", text: "somethign else?" },
  { kind: "more", text: "seen tehm all" },
  { kind: "more", text: "othr options please" },
  { kind: "more", text: "diffrent ones" },
  // similar (4)
  { kind: "similar", text: "more liek the second one", position: 2 },
  { kind: "similar", text: "simliar to the first", position: 1 },
  { kind: "similar", text: "i loved the thrid one, more like that", position: 3 },
  { kind: "similar", text: "anythng like number 4", position: 4 },
  // why (5)
  { kind: "why", text: "whats the secnd one abuot", position: 2 },
  { kind: "why", text: "wy the first one", position: 1 },
  { kind: "why", text: "tell me abotu the third", position: 3 },
  { kind: "why", text: "why did yuo pick number 4", position: 4 },
  { kind: "why", text: "what is teh last one about", position: 0 },
  // less (4)
  { kind: "less", text: "no mroe {}" },
  { kind: "less", text: "les {} please" },
  { kind: "less", text: "nto {}" },
  { kind: "less", text: "i dont wnat {}" },
  // more-of (4)
  { kind: "more-of", text: "funnyer please", genre: "Comedy" },
  { kind: "more-of", text: "more actoin", genre: "Action" },
  { kind: "more-of", text: "somthing scarier", genre: "Horror" },
  { kind: "more-of", text: "more romantc", genre: "Romance" },
  // older (3)
  { kind: "older", text: "olderr please" },
  { kind: "older", text: "somethng older" },
  { kind: "older", text: "oldr ones" },
  // newer (3)
  { kind: "newer", text: "newr please" },
  { kind: "newer", text: "more recnet" },
  { kind: "newer", text: "somethign newer" },
  // show (2)
  { kind: "show", text: "jsut show me some" },
  { kind: "show", text: "reccomend somethin" },
  // indifferent (4)
  { kind: "indifferent", text: "dosent matter" },
  { kind: "indifferent", text: "dont crae" },
  { kind: "indifferent", text: "no prefrence" },
  { kind: "indifferent", text: "eithr" },
  // undo (2)
  { kind: "undo", text: "go bakc" },
  { kind: "undo", text: "udno" },
  // restart (2)
  { kind: "restart", text: "strat over" },
  { kind: "restart", text: "start ovr" },
  // A twenty-sixth (Z), written by a fifth outside measurer (read neither the word lists nor any earlier set): chatty
  // ReDial-seeker sentences (family, asides, thanks) mixed with short phone replies; first run unseen: understood
  // .988, honoured .895.
  // take (10)
  { kind: "take", text: "Oh I've heard of number 3! My husband has been wanting to see that one for ages, so let's go with it.", position: 3 },
  { kind: "take", text: "Yes! That first one looks perfect for tonight, thank you so much.", position: 1 },
  { kind: "take", text: "I think I'll go with the last one on the list. Thanks for the help!", position: 0 },
  { kind: "take", text: "ok #5", position: 5 },
  { kind: "take", text: "The second one please, my kids are going to love it.", position: 2 },
  { kind: "take", text: "Sure, that sounds great.", position: 1 },
  { kind: "take", text: "Number 7 it is! I haven't seen it since high school and I've been meaning to rewatch it.", position: 7 },
  { kind: "take", text: "4 looks good, I'll watch that one", position: 4 },
  { kind: "take", text: "Honestly the one you put up top is exactly what I was hoping for. I'll take it!", position: 1 },
  { kind: "take", text: "Ooh I'll do number 6. My sister keeps telling me I have to watch it, so now I finally will haha", position: 6 },
  // take-title (4)
  { kind: "take-title", text: "Ooh, {}! I've been meaning to watch that forever, let's do it.", position: 2 },
  { kind: "take-title", text: "{} please", position: 1 },
  { kind: "take-title", text: "Okay we'll watch {} tonight. My friend said it was really good, thanks!", position: 4 },
  { kind: "take-title", text: "I'll go with {}, that one sounds like the most fun for a Friday night.", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "I'll go with the one with {}, that's totally my kind of thing." },
  { kind: "take-with", text: "ooh the {} one! that one please" },
  { kind: "take-with", text: "The one that has {} sounds great, I'll watch that one tonight." },
  // more (8)
  { kind: "more", text: "Hmm, none of these are really grabbing me. Can I see some other options?" },
  { kind: "more", text: "nah, next" },
  { kind: "more", text: "Not feeling any of these, sorry! What else have you got?" },
  { kind: "more", text: "any others?" },
  { kind: "more", text: "I don't think any of these are for me, to be honest. Could you show me a different batch?" },
  { kind: "more", text: "These don't really sound like what I'm in the mood for. Do you have anything else?" },
  { kind: "more", text: "meh, none of those. show me some different ones" },
  { kind: "more", text: "I'm going to pass on all of these. Can you pull up a few other movies for me?" },
  // similar (5)
  { kind: "similar", text: "I loved number 2 when I saw it years ago! Can you find me more along those lines?", position: 2 },
  { kind: "similar", text: "more like the first one", position: 1 },
  { kind: "similar", text: "Number 4 is exactly my kind of movie, but I've already seen it. Anything similar to that one?", position: 4 },
  { kind: "similar", text: "Do you have anything in the same vein as the last one? That's the style I really like.", position: 0 },
  { kind: "similar", text: "#3 was great, got others like it?", position: 3 },
  // liked-all (2)
  { kind: "liked-all", text: "Ha, I've actually seen every single one of these and loved them all! What else do you have?" },
  { kind: "liked-all", text: "seen all of these already lol, they're all good. got anything else?" },
  // why (7)
  { kind: "why", text: "What is number 4 about? I've never heard of it.", position: 4 },
  { kind: "why", text: "Why did you pick the first one for me? Just curious before I decide.", position: 1 },
  { kind: "why", text: "Hmm, the last one, what's that one about?", position: 0 },
  { kind: "why", text: "whats #2 about", position: 2 },
  { kind: "why", text: "Can you tell me a little more about number 6 first? I'm not sure I know what kind of movie it is.", position: 6 },
  { kind: "why", text: "I don't know anything about the third one. What's the story?", position: 3 },
  { kind: "why", text: "Why number 5? It doesn't seem like something I'd normally watch, what makes you think I'd like it?", position: 5 },
  // less (6)
  { kind: "less", text: "Hmm, that's a lot of {} in there. Could we tone that down a bit?" },
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "I'm not really in the mood for {} tonight, can you cut back on those?" },
  { kind: "less", text: "My wife isn't a big fan of {}, so fewer of those would be great." },
  { kind: "less", text: "too much {}" },
  { kind: "less", text: "Could you show me fewer {} movies? I've had my fill of those lately." },
  // more-of (7)
  { kind: "more-of", text: "Could you throw in a few more with some action in them? I want something exciting.", genre: "Action" },
  { kind: "more-of", text: "My kids just came in, do you have more kid-friendly ones?", genre: "Children" },
  { kind: "more-of", text: "anything funnier? i need a laugh", genre: "Comedy" },
  { kind: "more-of", text: "My dad is visiting and he loves westerns. Could you show me more of those?", genre: "Western" },
  { kind: "more-of", text: "I'm really in the mood for a good mystery, something where you're guessing until the end. More of those?", genre: "Mystery" },
  { kind: "more-of", text: "Got anything with more of a love story? It's date night.", genre: "Romance" },
  { kind: "more-of", text: "more documentaries pls", genre: "Documentary" },
  // mixed (4)
  { kind: "mixed", text: "I'd like something romantic, but not one of those sad, heavy dramas please.", holds: ["Romance"], lacks: ["Drama"] },
  { kind: "mixed", text: "action yes, sci-fi no", holds: ["Action"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "Can you find me a comedy that isn't a kids' movie? It's just the adults tonight.", holds: ["Comedy"], lacks: ["Children"] },
  { kind: "mixed", text: "I love a good thriller but I get scared easily, so no horror please.", holds: ["Thriller"], lacks: ["Horror"] },
  // older (4)
  { kind: "older", text: "These all feel really recent. Anything older?" },
  { kind: "older", text: "My grandma is watching with me and she likes the old classics. Could you show me some films from further back?" },
  { kind: "older", text: "older ones pls" },
  { kind: "older", text: "I'm more into older movies honestly, like stuff from before I was born. Got any of those?" },
  // newer (4)
  { kind: "newer", text: "These are a bit dated for me. Do you have anything more recent?" },
  { kind: "newer", text: "newer stuff?" },
  { kind: "newer", text: "I was hoping for something that came out in the last few years. My teenagers won't sit through old movies." },
  { kind: "newer", text: "Can you show me some newer ones? I feel like I've been watching old movies all week." },
  // show (4)
  { kind: "show", text: "Can you just show me some movies already? I don't really want to answer a bunch of questions." },
  { kind: "show", text: "skip the questions, just show me what you've got" },
  { kind: "show", text: "Honestly I'd rather just see a list of suggestions now and pick from there." },
  { kind: "show", text: "just give me some recommendations" },
  // indifferent (6)
  { kind: "indifferent", text: "Honestly I don't really care either way." },
  { kind: "indifferent", text: "no preference" },
  { kind: "indifferent", text: "Hmm, I'm not sure. I could go either way on that one." },
  { kind: "indifferent", text: "eh doesn't matter to me" },
  { kind: "indifferent", text: "I don't know, I'm open to anything really. It's not a big deal to me." },
  { kind: "indifferent", text: "Either is fine by me, I'm not picky about that." },
  // echo (6)
  { kind: "echo", text: "Hi! I'm looking for something for a movie night with my husband. We both love action movies like Die Hard, but nothing scary please, no horror.", accepted: ["Action"], rejected: ["Horror"], liked: ["Die Hard"] },
  { kind: "echo", text: "Hello, I'm in the mood for a good 90s comedy, something like Home Alone.", accepted: ["Comedy", "1990s"], liked: ["Home Alone"] },
  { kind: "echo", text: "Hey there, I need an animated movie for family night. We love Toy Story and Finding Nemo but we've seen them way too many times.", accepted: ["Animation"], liked: ["Toy Story", "Finding Nemo"] },
  { kind: "echo", text: "i liked pulp fiction and goodfellas, want more crime stuff like that", accepted: ["Crime"], liked: ["Pulp Fiction", "Goodfellas"] },
  { kind: "echo", text: "Hi, how are you? I love romantic movies, Titanic is my all time favorite. I'm not really into war movies though.", accepted: ["Romance"], rejected: ["War"], liked: ["Titanic"] },
  { kind: "echo", text: "Hello! I'm a big sci-fi fan, especially 80s stuff like Back to the Future and Blade Runner. Any suggestions?", accepted: ["Sci-Fi", "1980s"], liked: ["Back to the Future", "Blade Runner"] },
  // undo (3)
  { kind: "undo", text: "Wait, go back, I hit the wrong answer on that one." },
  { kind: "undo", text: "oops undo that" },
  { kind: "undo", text: "Sorry, can I take back that last answer? I answered too fast." },
  // restart (3)
  { kind: "restart", text: "Can we start over from scratch? My wife just walked in and wants something totally different." },
  { kind: "restart", text: "start over" },
  { kind: "restart", text: "Actually, let's reset and begin again, I don't think I explained what I wanted very well." },
  // A twenty-seventh (AA), written by a sixth outside measurer (read neither the word lists nor any earlier set): a
  // sample of people (a retiree, a busy parent, a teenager, a non-native speaker, a film buff), short and long,
  // a few typos; first run unseen: understood 1.000, honoured .950.
  // take (10)
  { kind: "take", text: "sure, I'll take it", position: 1 },
  { kind: "take", text: "number 3 please", position: 3 },
  { kind: "take", text: "Let's go with the second one.", position: 2 },
  { kind: "take", text: "the last one looks good, lets watch that", position: 0 },
  { kind: "take", text: "5 pls", position: 5 },
  { kind: "take", text: "I'll take number 7, haven't seen that one in ages", position: 7 },
  { kind: "take", text: "my wife says #4 so #4 it is lol", position: 4 },
  { kind: "take", text: "I choose the number 9, thank you very much.", position: 9 },
  { kind: "take", text: "ok play 6", position: 6 },
  { kind: "take", text: "That top one looks perfect for tonight. Let's do it.", position: 1 },
  // take-title (4)
  { kind: "take-title", text: "ok {} it is", position: 2 },
  { kind: "take-title", text: "oh I'll watch {}, my daughter keeps telling me to", position: 5 },
  { kind: "take-title", text: "{} please!!", position: 1 },
  { kind: "take-title", text: "Let's go with {}. I have not seen it since it came out.", position: 8 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the {} one" },
  { kind: "take-with", text: "ooh that one with {} — yes, let's watch that" },
  { kind: "take-with", text: "I pick the movie with {}, sounds like my kind of thing." },
  // more (7)
  { kind: "more", text: "none of these, show me others" },
  { kind: "more", text: "nah not feeling any of these" },
  { kind: "more", text: "hmm. other options?" },
  { kind: "more", text: "Not these. Do you have any other suggestions?" },
  { kind: "more", text: "nope, something else please" },
  { kind: "more", text: "i dont like any of them, got different ones?" },
  { kind: "more", text: "None of these appeal to me, I'm afraid. Could I see a few different titles?" },
  // similar (5)
  { kind: "similar", text: "#3 is great, more like that one", position: 3 },
  { kind: "similar", text: "I loved number 2 — can you find similar ones? already seen it tho", position: 2 },
  { kind: "similar", text: "more like the last one pls", position: 0 },
  { kind: "similar", text: "Number 7 is one of my favourites. Show me films like it.", position: 7 },
  { kind: "similar", text: "the first one is exactly my vibe but ive watched it like 5 times. anything simliar?", position: 1 },
  // liked-all (2)
  { kind: "liked-all", text: "seen all of these already and liked them all lol, got others?" },
  { kind: "liked-all", text: "I have watched every one of these and enjoyed them all. Anything else I might not have seen?" },
  // why (7)
  { kind: "why", text: "what's number 4 about?", position: 4 },
  { kind: "why", text: "why did you pick #2 for me?", position: 2 },
  { kind: "why", text: "Could you tell me a little more about the third one, please?", position: 3 },
  { kind: "why", text: "what is the first one even about", position: 1 },
  { kind: "why", text: "why the last one? looks kinda random", position: 0 },
  { kind: "why", text: "Number 6 — what kind of movie is that? Never heard of it.", position: 6 },
  { kind: "why", text: "tell me about 8 pls", position: 8 },
  // less (5)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "can you cut back on the {}?" },
  { kind: "less", text: "Not in the mood for {} tonight. Fewer of those, please." },
  { kind: "less", text: "way too much {} on this list lol" },
  { kind: "less", text: "ugh so much {}. tone it down a bit" },
  // more-of (6)
  { kind: "more-of", text: "more comedies please", genre: "Comedy" },
  { kind: "more-of", text: "can we get some more action in there", genre: "Action" },
  { kind: "more-of", text: "I'd like to see more westerns on the list, please.", genre: "Western" },
  { kind: "more-of", text: "got any more horror? i wanna be scared tonight", genre: "Horror" },
  { kind: "more-of", text: "Could you include some more documentaries?", genre: "Documentary" },
  { kind: "more-of", text: "need more animated stuff, watching with the kids", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "more action, less romance please", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "something scary but no sci-fi stuff", holds: ["Horror"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "Drama is good, but nothing about war please. My father does not like war films.", holds: ["Drama"], lacks: ["War"] },
  { kind: "mixed", text: "romantic yes, musical no 🙃", holds: ["Romance"], lacks: ["Musical"] },
  // older (4)
  { kind: "older", text: "anything older?" },
  { kind: "older", text: "these are all too new for me, I prefer the older classics" },
  { kind: "older", text: "Do you have older films? I like the ones from when I was young." },
  { kind: "older", text: "older stuff pls" },
  // newer (4)
  { kind: "newer", text: "something more recent?" },
  { kind: "newer", text: "these are all so old lol, anything newer" },
  { kind: "newer", text: "I would prefer newer movies please, these look a bit dated." },
  { kind: "newer", text: "got anything that came out more recently?" },
  // show (4)
  { kind: "show", text: "skip the questions, just show me some movies" },
  { kind: "show", text: "can u just give me some options already" },
  { kind: "show", text: "I'd rather not answer questions. Just show me what you've got, please." },
  { kind: "show", text: "just recomend something pls, no more questions" },
  // indifferent (5)
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "eh, either way" },
  { kind: "indifferent", text: "No preference really." },
  { kind: "indifferent", text: "I honestly don't know" },
  { kind: "indifferent", text: "not fussed either way tbh" },
  // echo (5)
  {
    kind: "echo",
    text: "Hi there! My husband and I want a good comedy tonight, something from the 80s if possible.",
    accepted: ["Comedy", "1980s"],
  },
  {
    kind: "echo",
    text: "hey looking for sci fi like jurassic park. nothing with horror pls",
    accepted: ["Sci-Fi"],
    rejected: ["Horror"],
    liked: ["Jurassic Park"],
  },
  {
    kind: "echo",
    text: "Good evening. I would like to find a Western, preferably one from the 1960s.",
    accepted: ["Western", "1960s"],
  },
  {
    kind: "echo",
    text: "need an animated movie for the kids (7 and 10), they loved Shrek and Toy Story",
    accepted: ["Animation", "Children"],
    liked: ["Shrek", "Toy Story"],
  },
  {
    kind: "echo",
    text: "Hello, I like crime movies very much, for example The Godfather. I don't like romance movies.",
    accepted: ["Crime"],
    rejected: ["Romance"],
    liked: ["Godfather"],
  },
  // undo (3)
  { kind: "undo", text: "wait, go back — I didn't mean that" },
  { kind: "undo", text: "undo pls, hit the wrong answer" },
  { kind: "undo", text: "Sorry, can I take back my last answer?" },
  // restart (2)
  { kind: "restart", text: "let's start over" },
  { kind: "restart", text: "Can we start again from the beginning? I want to look for something completely different." },
  // A twenty-eighth (AB), written by a seventh outside measurer (read neither the word lists nor any earlier set):
  // replies that react to the cards and give reasons, with small side questions; first run unseen: understood 1.000,
  // honoured .912.
  // take (10)
  { kind: "take", text: "Number 3 looks good, I'll watch that one tonight.", position: 3 },
  { kind: "take", text: "ooh the second one, my friend keeps telling me to watch it. going with that", position: 2 },
  { kind: "take", text: "sure", position: 1 },
  { kind: "take", text: "I'll take the last one, havent seen it since it came out.", position: 0 },
  { kind: "take", text: "Yes! The featured one sounds perfect for tonight, I'll watch it.", position: 1 },
  { kind: "take", text: "Let's go with #7. Is it long? Doesn't matter, I'll start it now.", position: 7 },
  { kind: "take", text: "5 please", position: 5 },
  { kind: "take", text: "The fourth one, my wife loves that kind of stuff so we'll watch it together.", position: 4 },
  { kind: "take", text: "Ok I'll go with number 6, never seen it but the cast looks great.", position: 6 },
  { kind: "take", text: "ya the 9th one, i'll watch that. havent seen it in forever", position: 9 },
  // take-title (4)
  { kind: "take-title", text: "{} it is! Haven't seen that since high school.", position: 2 },
  { kind: "take-title", text: "Oh I've been meaning to watch {} for ages, let's do that one.", position: 4 },
  { kind: "take-title", text: "i'll go with {}", position: 1 },
  { kind: "take-title", text: "{} please, I'll put it on for the kids after dinner.", position: 6 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} sounds fun, I'll watch that" },
  { kind: "take-with", text: "I'll take the one with {}, that's exactly my mood right now." },
  { kind: "take-with", text: "Ooh, I love anything with {}, let's go with that one." },
  // more (7)
  { kind: "more", text: "None of these are grabbing me, can you show some others?" },
  { kind: "more", text: "meh, nope. others?" },
  { kind: "more", text: "I'm not feeling any of these tonight, got something else?" },
  { kind: "more", text: "Hmm, not really into any of those. Show me a different batch please." },
  { kind: "more", text: "nah none of these, next" },
  { kind: "more", text: "These don't really look like my thing, sorry. Any other options?" },
  { kind: "more", text: "Can I see some different ones? Nothing here is clicking for me." },
  // similar (5)
  { kind: "similar", text: "I loved #2 when I saw it years ago, got more like that one?", position: 2 },
  { kind: "similar", text: "Already watched number 4 and liked it, show me more like it.", position: 4 },
  { kind: "similar", text: "The first one is one of my favorites but I've seen it a bunch. Anything similar?", position: 1 },
  { kind: "similar", text: "more like the 6th one pls, seen it already but thats my vibe", position: 6 },
  { kind: "similar", text: "Saw the last one in theaters, it was great. Can you find others like it?", position: 0 },
  // liked-all (2)
  { kind: "liked-all", text: "Honestly I've watched every one of these already lol, and liked them all. What else you got?" },
  { kind: "liked-all", text: "Seen all of these and enjoyed every one! Any others I might not know?" },
  // why (7)
  { kind: "why", text: "Why number 3? I've never heard of it, what's it about?", position: 3 },
  { kind: "why", text: "What's the featured one about? The poster looks kinda weird.", position: 1 },
  { kind: "why", text: "why did you pick the last one for me?", position: 0 },
  { kind: "why", text: "#5, what's that one about? Never heard of it.", position: 5 },
  { kind: "why", text: "whats number 2 about", position: 2 },
  { kind: "why", text: "Number 8 looks interesting but what's the story? I don't want to pick it blind.", position: 8 },
  { kind: "why", text: "How come you recommended the 4th one? I don't usually watch that kind of thing.", position: 4 },
  // less (5)
  { kind: "less", text: "Less {} please, I've had enough of that this week." },
  { kind: "less", text: "Too much {} on here, can you cut back on it?" },
  { kind: "less", text: "Can we skip the {} ones? Not really my thing." },
  { kind: "less", text: "fewer {} movies pls" },
  { kind: "less", text: "Lots of {} in this list, I'm not in the mood for that tonight. Tone it down?" },
  // more-of (6)
  { kind: "more-of", text: "Can I get more comedies? I need a laugh after today.", genre: "Comedy" },
  { kind: "more-of", text: "Could you show more sci-fi? That's mostly what I watch.", genre: "Sci-Fi" },
  { kind: "more-of", text: "I want something scarier, any more horror movies?", genre: "Horror" },
  { kind: "more-of", text: "Show me more animated ones, my daughter is watching with me.", genre: "Animation" },
  { kind: "more-of", text: "Got any more westerns? My dad's visiting and he loves those.", genre: "Western" },
  { kind: "more-of", text: "more documentaries please, I'm in a learning mood tonite", genre: "Documentary" },
  // mixed (4)
  { kind: "mixed", text: "More comedy but no romance please, it's a guys night.", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "Could you add some action and drop the dramas? I want something fun.", holds: ["Action"], lacks: ["Drama"] },
  { kind: "mixed", text: "I'd like more thrillers but less horror, I scare easily lol", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "More adventure and less war stuff please, my son is only 12.", holds: ["Adventure"], lacks: ["War"] },
  // older (4)
  { kind: "older", text: "These all look kind of recent, do you have anything older?" },
  { kind: "older", text: "older stuff please, I like the classics" },
  { kind: "older", text: "Can you go further back in time? I'm in the mood for an old movie." },
  { kind: "older", text: "hmm, too new for me. something older maybe?" },
  // newer (4)
  { kind: "newer", text: "Anything more recent? These are all older than me lol" },
  { kind: "newer", text: "Could you show newer movies? I've seen most of the old ones." },
  { kind: "newer", text: "something newer pls" },
  { kind: "newer", text: "These feel a bit dated, got anything from the last few years?" },
  // show (4)
  { kind: "show", text: "Can you just show me some movies? I don't want to answer a bunch of questions." },
  { kind: "show", text: "skip the questions, just show me what you've got" },
  { kind: "show", text: "Let's just see some options now please." },
  { kind: "show", text: "I'd rather browse, show me a few movies already." },
  // indifferent (5)
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "No preference really, I watch a bit of everything." },
  { kind: "indifferent", text: "hmm, I don't know. either is fine" },
  { kind: "indifferent", text: "I don't really care either way, whatever you think." },
  { kind: "indifferent", text: "Not sure honestly, could go either way tonight." },
  // echo (5)
  { kind: "echo", text: "hi, looking for a comedy from the 90s, nothing with horror pls", accepted: ["Comedy", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "I loved Shrek and Toy Story, anything animated like that?", accepted: ["Animation"], liked: ["Shrek", "Toy Story"] },
  { kind: "echo", text: "In the mood for a thriller tonight, something like The Silence of the Lambs.", accepted: ["Thriller"], liked: ["Silence of the Lambs"] },
  { kind: "echo", text: "Hello! My husband and I want a war movie, we both liked Saving Private Ryan. No romance please.", accepted: ["War"], rejected: ["Romance"], liked: ["Saving Private Ryan"] },
  { kind: "echo", text: "Any good sci-fi from the 80s? I love Back to the Future.", accepted: ["Sci-Fi", "1980s"], liked: ["Back to the Future"] },
  // undo (3)
  { kind: "undo", text: "Wait, take that back, I answered too fast." },
  { kind: "undo", text: "Oops, misclicked. Can you undo my last answer?" },
  { kind: "undo", text: "actually scratch that last answer, go back" },
  // restart (2)
  { kind: "restart", text: "Let's start over, I want something totally different for date night." },
  { kind: "restart", text: "can we start from scratch? my roommate just sat down and has different taste" },
  // A twenty-ninth (AC), written by an eighth outside measurer (read neither the word lists nor any earlier set):
  // polite, hesitant first-time visitors asking leave ("could I maybe..."), a few in a hurry; first run unseen:
  // understood .988, honoured .925.
  // take (10)
  { kind: "take", text: "Oh, the second one looks nice. Could I maybe go with that one?", position: 2 },
  { kind: "take", text: "ok I'll take the first one, thanks", position: 1 },
  { kind: "take", text: "Sorry, I'm new to this. Is it ok if I just pick number 4? That's the one I'd like to watch.", position: 4 },
  { kind: "take", text: "sure, sounds good", position: 1 },
  { kind: "take", text: "I'll go with the very last one on the list, please.", position: 0 },
  { kind: "take", text: "I think I'd like to watch #7 tonight, if that's alright with you.", position: 7 },
  { kind: "take", text: "3. in a rush, thanks", position: 3 },
  { kind: "take", text: "Hmm, the fifth one sounds like exactly what I'm in the mood for, something I can just relax with after work. I'll go with that one, thank you!", position: 5 },
  { kind: "take", text: "Number 8 please, that's the one I want.", position: 8 },
  { kind: "take", text: "Can I choose the sixth one? I haven't seen it and it looks great, so I'll watch that.", position: 6 },
  // take-title (4)
  { kind: "take-title", text: "Oh, I've been meaning to see {} for ages! Can I pick that one?", position: 3 },
  { kind: "take-title", text: "{} please", position: 1 },
  { kind: "take-title", text: "I'd like to watch {}, if that's ok. My sister actually told me about it last week, so I'll go with that.", position: 6 },
  { kind: "take-title", text: "ok going with {}. thanks!", position: 2 },
  // take-with (3)
  { kind: "take-with", text: "Oh, I'll go with the one with {}, please. That's exactly my kind of thing." },
  { kind: "take-with", text: "Could I pick the {} one? I'd like to watch that one." },
  { kind: "take-with", text: "the one with {} please, I'll watch that" },
  // more (7)
  { kind: "more", text: "Hmm, I don't think any of these are for me. Could you show me some different ones?" },
  { kind: "more", text: "none of these, sorry. others?" },
  { kind: "more", text: "Is it ok if I see a few other options? These don't really grab me." },
  { kind: "more", text: "Not really feeling any of these. Anything else?" },
  { kind: "more", text: "I'm sorry, I'm not sure about any of them... could I maybe see a different list?" },
  { kind: "more", text: "nope, next batch please" },
  { kind: "more", text: "These all look fine, but none of them is quite what I'm after tonight. I'm watching with my partner and we're pretty picky. Do you have some other suggestions?" },
  // similar (5)
  { kind: "similar", text: "I really liked number 2 but I've already seen it. Could you find me more movies like that one?", position: 2 },
  { kind: "similar", text: "The first one is the kind of thing I love. Do you have more along those lines?", position: 1 },
  { kind: "similar", text: "more like #4 please", position: 4 },
  { kind: "similar", text: "Oh, the last one is one of my favorites! Could you show me other movies similar to it?", position: 0 },
  { kind: "similar", text: "Is it possible to get movies like the third one? I've watched it twice already, but that's the vibe I want tonight.", position: 3 },
  // liked-all (2)
  { kind: "liked-all", text: "Oh, I've actually seen all of these and loved every one! Do you have others I might not know yet?" },
  { kind: "liked-all", text: "seen them all already, they're all great lol. anything else?" },
  // why (7)
  { kind: "why", text: "Sorry, what is number 3 about? I haven't heard of it.", position: 3 },
  { kind: "why", text: "Why did you pick the first one for me?", position: 1 },
  { kind: "why", text: "Could you tell me a bit more about the 5th one before I decide?", position: 5 },
  { kind: "why", text: "what's #2 about", position: 2 },
  { kind: "why", text: "I'm curious, why is the last one on the list? How does it fit with what I told you?", position: 0 },
  { kind: "why", text: "Hmm, I don't know number 8 at all. What kind of movie is it?", position: 8 },
  { kind: "why", text: "Is it ok to ask why you suggested the seventh one? I just want to understand it before I choose anything.", position: 7 },
  // less (5)
  { kind: "less", text: "Could I maybe have a bit less {}? I'm not really in the mood for it tonight." },
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "These are nice, but there's quite a lot of {} here and I'd rather not have so much of that." },
  { kind: "less", text: "Is it ok if I get fewer {} movies? They're not really my thing." },
  { kind: "less", text: "not so much {} please, I've had enough of it this week" },
  // more-of (6)
  { kind: "more-of", text: "Could you show me more comedies? I could really use a laugh tonight.", genre: "Comedy" },
  { kind: "more-of", text: "Could I get more thrillers? Something that keeps me on the edge of my seat.", genre: "Thriller" },
  { kind: "more-of", text: "I'd love a few more documentaries if that's possible. I like learning something while I watch.", genre: "Documentary" },
  { kind: "more-of", text: "Is it ok if I see more animated movies? I know I'm a grown up, but I just love them.", genre: "Animation" },
  { kind: "more-of", text: "Do you have more westerns? My dad is visiting this weekend and he loves cowboy movies.", genre: "Western" },
  { kind: "more-of", text: "more sci-fi pls, bit of a hurry", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "Could I have more action and less romance, please?", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "A bit more comedy and not so much drama, if that's ok. It's been a long week.", holds: ["Comedy"], lacks: ["Drama"] },
  { kind: "mixed", text: "more mystery, less horror pls", holds: ["Mystery"], lacks: ["Horror"] },
  { kind: "mixed", text: "Maybe more fantasy and less crime? I'd like something magical, not gritty.", holds: ["Fantasy"], lacks: ["Crime"] },
  // older (4)
  { kind: "older", text: "Do you have anything older? I really like the classics." },
  { kind: "older", text: "older ones please" },
  { kind: "older", text: "These are all pretty recent. Could I maybe see some older films? Like from before I was born, haha." },
  { kind: "older", text: "Is it ok to go further back in time? I'd prefer movies from a few decades ago." },
  // newer (4)
  { kind: "newer", text: "Do you have anything more recent? These feel a bit old for me." },
  { kind: "newer", text: "newer stuff pls" },
  { kind: "newer", text: "Sorry, could I see some newer movies instead? I'd like something that came out in the last few years." },
  { kind: "newer", text: "Something more modern, if possible? My friends and I usually prefer recent releases." },
  // show (4)
  { kind: "show", text: "Could you just show me some movies now? I'm not sure how to answer these questions." },
  { kind: "show", text: "skip the questions, just show me what you've got" },
  { kind: "show", text: "Is it ok if we skip this part? I'd rather just see a few suggestions right away." },
  { kind: "show", text: "in a hurry, just show me some movies pls" },
  // indifferent (5)
  { kind: "indifferent", text: "Hmm, I don't really mind either way." },
  { kind: "indifferent", text: "no preference" },
  { kind: "indifferent", text: "I honestly don't know, sorry. Either is fine with me." },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "I could go either way, really. I'd be happy with or without it." },
  // echo (5)
  { kind: "echo", text: "Hi! I'm new here. I'd like a funny movie, maybe something from the 90s? I loved Home Alone as a kid.", accepted: ["Comedy", "1990s"], liked: ["Home Alone"] },
  { kind: "echo", text: "hello, I want something scary tonight, but no romance please", accepted: ["Horror"], rejected: ["Romance"] },
  { kind: "echo", text: "Hi, is it ok if I just tell you what I like? I really enjoyed Toy Story and Shrek, so maybe an animated film?", accepted: ["Animation"], liked: ["Toy Story", "Shrek"] },
  { kind: "echo", text: "sci-fi from the 80s, something like Back to the Future. quick pls", accepted: ["Sci-Fi", "1980s"], liked: ["Back to the Future"] },
  { kind: "echo", text: "Hello! Um, I'm not sure how this works. I'd like a good drama, but nothing about war please. The Shawshank Redemption is one of my favorites.", accepted: ["Drama"], rejected: ["War"], liked: ["Shawshank Redemption"] },
  // undo (3)
  { kind: "undo", text: "Oh wait, sorry, I didn't mean that. Can I change my last answer?" },
  { kind: "undo", text: "oops, undo that" },
  { kind: "undo", text: "Actually, could I take that back? I answered too quickly." },
  // restart (2)
  { kind: "restart", text: "Could we start over from the beginning? I think I've confused things." },
  { kind: "restart", text: "let's start over from scratch" },
  // A thirtieth (AD), written by a ninth outside measurer (read neither the word lists nor any earlier set): a
  // student, a nurse after a night shift, a grandparent, a couple as "we", limited English, voice dictation, a
  // friendly sarcastic one; first run unseen: understood .988, honoured .938.
  // take (10)
  { kind: "take", text: "ok the second one looks sick, going with that", position: 2 },
  { kind: "take", text: "Number 3 please. I have to be asleep in like two hours", position: 3 },
  { kind: "take", text: "I think I would like the fourth one, thank you dear.", position: 4 },
  { kind: "take", text: "we'll go with #1, thanks!", position: 1 },
  { kind: "take", text: "i want see number 5 please", position: 5 },
  { kind: "take", text: "lets do number seven", position: 7 },
  { kind: "take", text: "Fine, you win. The last one it is.", position: 0 },
  { kind: "take", text: "Sure, I'll take it.", position: 1 },
  { kind: "take", text: "the 6th one. we actually both agree for once lol", position: 6 },
  { kind: "take", text: "ok i will watch the number 8", position: 8 },
  // take-title (4)
  { kind: "take-title", text: "ok yeah let's watch {}", position: 3 },
  { kind: "take-title", text: "We'll watch {} tonight, that settles it.", position: 1 },
  { kind: "take-title", text: "i choose {}", position: 5 },
  { kind: "take-title", text: "put on {} for me", position: 2 },
  // take-with (3)
  { kind: "take-with", text: "Oh, the one with {}, I'll have that one please." },
  { kind: "take-with", text: "gimme the {} one" },
  { kind: "take-with", text: "we'll take the one with {} in it" },
  // more (7)
  { kind: "more", text: "none of these really grab me, got anything else?" },
  { kind: "more", text: "I don't care for any of these. Could you show me some others?" },
  { kind: "more", text: "no this ones. other movies please" },
  { kind: "more", text: "nah none of those show me some different ones" },
  { kind: "more", text: "Wow, ten movies and not one winner. Try again?" },
  { kind: "more", text: "we can't agree on any of these, can we see a new batch" },
  { kind: "more", text: "nope not these. next" },
  // similar (5)
  { kind: "similar", text: "Number 2 is my kind of thing, can you show me more along those lines?", position: 2 },
  { kind: "similar", text: "more like the first one please", position: 1 },
  { kind: "similar", text: "the third one is the kind of thing i like find me more like that", position: 3 },
  { kind: "similar", text: "i like movie 6. you have more same like it?", position: 6 },
  { kind: "similar", text: "The fifth one reminds me of the pictures I used to enjoy. Are there others like it?", position: 5 },
  // liked-all (2)
  { kind: "liked-all", text: "seen every single one of these and loved them all lol, what else you got" },
  { kind: "liked-all", text: "We've already watched all of these and liked every one! Something we haven't seen?" },
  // why (7)
  { kind: "why", text: "what's number 3 about?", position: 3 },
  { kind: "why", text: "Could you tell me a little about the second one? I've never heard of it.", position: 2 },
  { kind: "why", text: "Okay, why on earth did you pick number 7 for me?", position: 7 },
  { kind: "why", text: "number 1 is about what?", position: 1 },
  { kind: "why", text: "why did you recommend the fourth one", position: 4 },
  { kind: "why", text: "whats 5 about? is it depressing", position: 5 },
  { kind: "why", text: "why did you suggest #6 for us? never heard of it", position: 6 },
  // less (5)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "can we cut down on the {}? not in the mood after the shift I just had" },
  { kind: "less", text: "not so many {} movie please" },
  { kind: "less", text: "Okay, I get it, you really like {}. Maybe dial it back a bit?" },
  { kind: "less", text: "Fewer {} pictures, please." },
  // more-of (6)
  { kind: "more-of", text: "more comedy please, I need a laugh", genre: "Comedy" },
  { kind: "more-of", text: "got any more horror? it's basically halloween in my dorm all year", genre: "Horror" },
  { kind: "more-of", text: "I'd like to see more westerns, please.", genre: "Western" },
  { kind: "more-of", text: "we want more romance in the list", genre: "Romance" },
  { kind: "more-of", text: "show me more sci fi ones", genre: "Sci-Fi" },
  { kind: "more-of", text: "more documentaries pls", genre: "Documentary" },
  // mixed (4)
  { kind: "mixed", text: "can we get more action and less of the romance stuff", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "More mysteries and fewer of the horror ones, if you please.", holds: ["Mystery"], lacks: ["Horror"] },
  { kind: "mixed", text: "we'd like more comedy but less drama, it's been a long week", holds: ["Comedy"], lacks: ["Drama"] },
  { kind: "mixed", text: "more thrillers less animated stuff", holds: ["Thriller"], lacks: ["Animation"] },
  // older (4)
  { kind: "older", text: "These are all too new for me. Do you have older films?" },
  { kind: "older", text: "i want old movies, not new" },
  { kind: "older", text: "Something made before I was born, maybe?" },
  { kind: "older", text: "show me some older ones" },
  // newer (4)
  { kind: "newer", text: "these are ancient lol, anything newer?" },
  { kind: "newer", text: "something more recent please" },
  { kind: "newer", text: "we'd rather have newer movies, these are all pretty old" },
  { kind: "newer", text: "do you have anything that came out more recently" },
  // show (4)
  { kind: "show", text: "too tired for questions, just give me a list" },
  { kind: "show", text: "Could you just show me what you have, dear?" },
  { kind: "show", text: "skip the questions and show me what you got" },
  { kind: "show", text: "Enough twenty questions, let's see some movies." },
  // indifferent (5)
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "I honestly don't know. Whatever you think is best." },
  { kind: "indifferent", text: "i don't know" },
  { kind: "indifferent", text: "we don't mind either way" },
  { kind: "indifferent", text: "no preference" },
  // echo (5)
  { kind: "echo", text: "looking for something funny from the 2000s, kinda like Superbad", accepted: ["Comedy", "2000s"], liked: ["Superbad"] },
  { kind: "echo", text: "Hello. I enjoy old westerns and war pictures. Nothing with horror, please.", accepted: ["Western", "War"], rejected: ["Horror"] },
  { kind: "echo", text: "we want a romantic comedy for date night, we both loved Notting Hill", accepted: ["Romance", "Comedy"], liked: ["Notting Hill"] },
  { kind: "echo", text: "hello. i like action movie, like Die Hard. no romance please", accepted: ["Action"], rejected: ["Romance"], liked: ["Die Hard"] },
  { kind: "echo", text: "i want something scary from the 80s like the shining", accepted: ["Horror", "1980s"], liked: ["Shining"] },
  // undo (3)
  { kind: "undo", text: "Oh dear, I didn't mean that. Can I take back my last answer?" },
  { kind: "undo", text: "go back i said the wrong thing" },
  { kind: "undo", text: "sorry, mistake. undo that answer" },
  // restart (2)
  { kind: "restart", text: "let's just start over from scratch" },
  { kind: "restart", text: "ok we changed our minds completely, can we start over?" },
  // A thirty-first (AE), written by a tenth outside measurer (read neither the word lists nor any earlier set):
  // typed on a phone while doing something else (lowercase, "u", "rn", "w/", emoji, slang); first run unseen:
  // understood 1.000, honoured .887.
  // take (10)
  { kind: "take", text: "ok the 3rd one lol", position: 3 },
  { kind: "take", text: "bet, #5 🍿", position: 5 },
  { kind: "take", text: "ya sure", position: 1 },
  { kind: "take", text: "lemme do the last one", position: 0 },
  { kind: "take", text: "ok the secnd one", position: 2 },
  { kind: "take", text: "7 looks good ill watch that", position: 7 },
  { kind: "take", text: "first one it is, thx", position: 1 },
  { kind: "take", text: "the fourth one slaps ngl, putting it on rn", position: 4 },
  { kind: "take", text: "gonna go w number 8", position: 8 },
  { kind: "take", text: "6 pls 🙏", position: 6 },
  // take-title (4)
  { kind: "take-title", text: "ok {} it is", position: 2 },
  { kind: "take-title", text: "omg {} !! watching that", position: 4 },
  { kind: "take-title", text: "lets do {}", position: 1 },
  { kind: "take-title", text: "hmm {} i guess, never seen it", position: 6 },
  // take-with (3)
  { kind: "take-with", text: "the one w/ {} in it, that one" },
  { kind: "take-with", text: "ooh the {} one pls" },
  { kind: "take-with", text: "ill watch the one with {} ngl" },
  // more (7)
  { kind: "more", text: "nah none of these" },
  { kind: "more", text: "meh. got anything else?" },
  { kind: "more", text: "not feelin any of these tbh, show me others" },
  { kind: "more", text: "nope. next pls" },
  { kind: "more", text: "these r all kinda mid lol, more?" },
  { kind: "more", text: "hmm no. diff ones?" },
  { kind: "more", text: "none of those sorry 😅 other options?" },
  // similar (5)
  { kind: "similar", text: "ooh i like #2, more like that?", position: 2 },
  { kind: "similar", text: "the 1st one looks fun, anything similar", position: 1 },
  { kind: "similar", text: "something like number 4 but not that one", position: 4 },
  { kind: "similar", text: "5 is so my vibe fr, got others like it?", position: 5 },
  { kind: "similar", text: "already saw 7 and loved it, similar stuff?", position: 7 },
  // liked-all (2)
  { kind: "liked-all", text: "seen all of these lol 😭 liked em tho. got others?" },
  { kind: "liked-all", text: "ive watched every one of those already n they were all good. new ones?" },
  // why (7)
  { kind: "why", text: "whats #3 about", position: 3 },
  { kind: "why", text: "why'd u pick the 2nd one", position: 2 },
  { kind: "why", text: "wait what is 5 even", position: 5 },
  { kind: "why", text: "never heard of the first one, what's it about?", position: 1 },
  { kind: "why", text: "tell me abt number 6 b4 i decide", position: 6 },
  { kind: "why", text: "why the 4th? doesnt seem like my thing", position: 4 },
  { kind: "why", text: "whats the plot of 8 lol", position: 8 },
  // less (5)
  { kind: "less", text: "less {} pls" },
  { kind: "less", text: "too much {} ngl" },
  { kind: "less", text: "not in a {} mood rn" },
  { kind: "less", text: "can u cut the {} stuff" },
  { kind: "less", text: "idk, fewer {} ones maybe" },
  // more-of (6)
  { kind: "more-of", text: "more comedy pls", genre: "Comedy" },
  { kind: "more-of", text: "got any horror? wanna be scared lol 👻", genre: "Horror" },
  { kind: "more-of", text: "can i get more action ones", genre: "Action" },
  { kind: "more-of", text: "lowkey want a romance rn", genre: "Romance" },
  { kind: "more-of", text: "more animated stuff? watching w my kid", genre: "Animation" },
  { kind: "more-of", text: "more sci fi pls 🚀", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "more comedy less romance", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "less horror, more thriller type stuff", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "can it be more action & not so much drama", holds: ["Action"], lacks: ["Drama"] },
  { kind: "mixed", text: "fantasy yes, kids movies no lol", holds: ["Fantasy"], lacks: ["Children"] },
  // older (4)
  { kind: "older", text: "anything older? like classics" },
  { kind: "older", text: "these r too new, got older stuff" },
  { kind: "older", text: "smth from before 2000 maybe" },
  { kind: "older", text: "older pls, i like the old school ones" },
  // newer (4)
  { kind: "newer", text: "anything newer?" },
  { kind: "newer", text: "these r kinda old lol, more recent?" },
  { kind: "newer", text: "smth that came out recently pls" },
  { kind: "newer", text: "newer stuff ngl, these are ancient 💀" },
  // show (4)
  { kind: "show", text: "just show me some movies lol" },
  { kind: "show", text: "skip the questions pls just gimme options" },
  { kind: "show", text: "can i just see some recs rn" },
  { kind: "show", text: "ugh too many q's, show me movies" },
  // indifferent (5)
  { kind: "indifferent", text: "idk" },
  { kind: "indifferent", text: "doesnt matter" },
  { kind: "indifferent", text: "eh either way" },
  { kind: "indifferent", text: "no pref tbh" },
  { kind: "indifferent", text: "whatever's fine 🤷" },
  // echo (5)
  { kind: "echo", text: "hey lookin for a funny 90s movie for tonight", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "want a horror movie, no romance stuff pls", accepted: ["Horror"], rejected: ["Romance"] },
  { kind: "echo", text: "i loved inception and interstellar, got any sci fi like that?", accepted: ["Sci-Fi"], liked: ["Inception", "Interstellar"] },
  { kind: "echo", text: "movie night w my gf, rom com maybe? we both love titanic lol", accepted: ["Romance", "Comedy"], liked: ["Titanic"] },
  { kind: "echo", text: "somethin animated like shrek or up pls", accepted: ["Animation"], liked: ["Shrek", "Up"] },
  // undo (3)
  { kind: "undo", text: "wait no go back" },
  { kind: "undo", text: "oops meant to say no, undo that" },
  { kind: "undo", text: "nvm take that back" },
  // restart (2)
  { kind: "restart", text: "ok lets start over" },
  { kind: "restart", text: "scrap all this, start from scratch lol" },
  // A thirty-second (AF), written by an eleventh outside measurer, the same way, at the same time: British,
  // Irish and Australian English and a few formal writers; first run unseen: understood .975, honoured .900.
  // take (10)
  { kind: "take", text: "Cheers, I'll go with number 3.", position: 3 },
  { kind: "take", text: "The second one looks brilliant, I'll watch that.", position: 2 },
  { kind: "take", text: "Go on then, I'll have the featured one.", position: 1 },
  { kind: "take", text: "Number 7 please, that's me sorted.", position: 7 },
  { kind: "take", text: "Reckon the last one's the pick for tonight, mate. I'll take it.", position: 0 },
  { kind: "take", text: "Yes, that top one will do nicely, ta.", position: 1 },
  { kind: "take", text: "I should like to watch the fifth film, please. Thank you for your help.", position: 5 },
  { kind: "take", text: "Ooh, number 4! Haven't seen that in donkey's years. Sticking it on now.", position: 4 },
  { kind: "take", text: "Grand, the sixth one so. Thanks a million.", position: 6 },
  { kind: "take", text: "I fancy number 8, that'll do me for tonight.", position: 8 },
  // take-title (4)
  { kind: "take-title", text: "I'll watch {}, cheers.", position: 2 },
  { kind: "take-title", text: "Oh, {}! Proper classic, that. Put it on, I'm sold.", position: 4 },
  { kind: "take-title", text: "Let's go with {} please.", position: 6 },
  { kind: "take-title", text: "I would rather like to see {}. I'll choose that one, thank you.", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "I'll go for the one with {}, please." },
  { kind: "take-with", text: "Ooh, the {} one. That's the one I'm having, cheers." },
  { kind: "take-with", text: "Give us the one with {} in it, I'll watch that tonight." },
  // more (7)
  { kind: "more", text: "None of these grab me, sorry. Got any others?" },
  { kind: "more", text: "Not really feeling any of those. Can you show me some different ones?" },
  { kind: "more", text: "Hmm, nah. Next lot please." },
  { kind: "more", text: "I'm not fussed on any of these, to be honest. What else have you got?" },
  { kind: "more", text: "Could you show me a different selection, please? None of these appeal." },
  { kind: "more", text: "Ah no, none of those are for me. Have you anything else?" },
  { kind: "more", text: "Nah, not keen on any of 'em. Chuck up a few more?" },
  // similar (5)
  { kind: "similar", text: "I've seen number 2 and loved it. Any more like that one?", position: 2 },
  { kind: "similar", text: "Something along the lines of the first one would be brilliant, but I've already watched that one.", position: 1 },
  { kind: "similar", text: "More in the vein of number 4, please. Seen it already, mind.", position: 4 },
  { kind: "similar", text: "The third one's just my sort of thing. Got anything similar to it?", position: 3 },
  { kind: "similar", text: "Number 6 is an all-time favourite of mine, a bit like Heat really. Could you find me films like it?", position: 6 },
  // liked-all (2)
  { kind: "liked-all", text: "Seen every one of these and enjoyed them all, to be fair. Got anything I won't have seen?" },
  { kind: "liked-all", text: "Ha, I've watched the lot and loved every single one. Show me something else." },
  // why (7)
  { kind: "why", text: "What's number 3 about?", position: 3 },
  { kind: "why", text: "Why did you pick the second one for me?", position: 2 },
  { kind: "why", text: "Never heard of number 5. What's the story there?", position: 5 },
  { kind: "why", text: "Could you tell me a little more about the featured film before I decide?", position: 1 },
  { kind: "why", text: "What makes you reckon I'd like number 7?", position: 7 },
  { kind: "why", text: "Is the last one any good? What's it about?", position: 0 },
  { kind: "why", text: "Is number 4 anything like Alien? What's the plot, roughly?", position: 4 },
  // less (5)
  { kind: "less", text: "Bit too much {} in that lot. Fewer of those, please." },
  { kind: "less", text: "Could we cut back on the {}? Not in the mood for it." },
  { kind: "less", text: "Less {}, ta." },
  { kind: "less", text: "I'd rather not have quite so much {}, if that's alright." },
  { kind: "less", text: "Not fussed on {} tonight. Can you ease off on it a bit?" },
  // more-of (6)
  { kind: "more-of", text: "I fancy a proper laugh. Can you show me more comedies?", genre: "Comedy" },
  { kind: "more-of", text: "More horror please, something to scare me silly.", genre: "Horror" },
  { kind: "more-of", text: "Have you got any more westerns?", genre: "Western" },
  { kind: "more-of", text: "Something with a bit more action in it, please. Car chases, explosions, that sort of thing.", genre: "Action" },
  { kind: "more-of", text: "I would rather like more documentaries, if you have them.", genre: "Documentary" },
  { kind: "more-of", text: "Any more animated ones? The kids are watching with me.", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "More thrillers and less romance, please.", holds: ["Thriller"], lacks: ["Romance"] },
  { kind: "mixed", text: "Could do with a bit more comedy and rather less drama.", holds: ["Comedy"], lacks: ["Drama"] },
  { kind: "mixed", text: "Fewer of the horror ones, and more mystery if you can.", holds: ["Mystery"], lacks: ["Horror"] },
  { kind: "mixed", text: "I'd like more adventure and not so much war, cheers.", holds: ["Adventure"], lacks: ["War"] },
  // older (4)
  { kind: "older", text: "Anything a bit older? I do love the classics." },
  { kind: "older", text: "Something from further back, please. These are all a bit too recent for me." },
  { kind: "older", text: "Older films, if you don't mind." },
  { kind: "older", text: "Got any proper old ones? Black-and-white or early colour would be brilliant." },
  // newer (4)
  { kind: "newer", text: "Something more recent, please." },
  { kind: "newer", text: "These are all a bit dated. Anything newer?" },
  { kind: "newer", text: "Could you show me some newer releases instead?" },
  { kind: "newer", text: "I'd prefer something from the last few years, to be honest. These feel quite old." },
  // show (4)
  { kind: "show", text: "Enough questions, just show me some films!" },
  { kind: "show", text: "Can you just give me some suggestions now, please?" },
  { kind: "show", text: "Skip all that, mate. Let's see what you've got." },
  { kind: "show", text: "I'd rather you simply showed me a few options at this point, thank you." },
  // indifferent (5)
  { kind: "indifferent", text: "Not fussed either way." },
  { kind: "indifferent", text: "Ah sure, I'm easy." },
  { kind: "indifferent", text: "No strong feelings on that one." },
  { kind: "indifferent", text: "Haven't a clue, to be honest. Could go either way." },
  { kind: "indifferent", text: "Doesn't matter to me." },
  // echo (5)
  { kind: "echo", text: "Hiya, I fancy a comedy tonight, maybe something from the 90s. I loved Notting Hill.", accepted: ["Comedy", "1990s"], liked: ["Notting Hill"] },
  { kind: "echo", text: "Looking for a good crime film, nothing romantic please. Heat is one of my favourites.", accepted: ["Crime"], rejected: ["Romance"], liked: ["Heat"] },
  { kind: "echo", text: "Good evening. I would like a science fiction film, ideally from the 1980s, but no horror.", accepted: ["Sci-Fi", "1980s"], rejected: ["Horror"] },
  { kind: "echo", text: "I'd love a romance, something along the lines of Amelie. No war films, please.", accepted: ["Romance"], rejected: ["War"], liked: ["Amelie"] },
  { kind: "echo", text: "G'day! Keen on a big action film from the 2000s, something like Gladiator.", accepted: ["Action", "2000s"], liked: ["Gladiator"] },
  // undo (3)
  { kind: "undo", text: "Sorry, scratch that. I didn't mean that answer." },
  { kind: "undo", text: "Oops, wrong one. Can I change my last answer?" },
  { kind: "undo", text: "Actually, undo that, please." },
  // restart (2)
  { kind: "restart", text: "Let's start again from scratch, shall we?" },
  { kind: "restart", text: "Can we begin over? Forget everything I've said so far." },
  // A thirty-third (AG), written by a twelfth outside measurer (read neither the word lists nor any earlier set):
  // older adults not used to chat (full sentences, greetings and sign-offs, capitals, what they said before); first
  // run unseen: understood 1.000, honoured .912.
  // take (10)
  { kind: "take", text: "Yes, I will take that first one. Thank you very much.", position: 1 },
  { kind: "take", text: "Number 3 please. My husband and I will watch it tonight.", position: 3 },
  { kind: "take", text: "I would like to watch the second one on the list.", position: 2 },
  { kind: "take", text: "The LAST one looks good to me. I'll have that one.", position: 0 },
  { kind: "take", text: "Sure, that sounds fine.  We'll go with it.", position: 1 },
  { kind: "take", text: "Let's go with number 5, the one with the courtroom story. I have always enjoyed a good trial picture.", position: 5 },
  { kind: "take", text: "I'll take #4. Goodbye and thank you for your help.", position: 4 },
  { kind: "take", text: "As I said before, I like a good cowboy picture, so I will choose the sixth one.", position: 6 },
  { kind: "take", text: "Please put on number seven for me. I have always liked that actor.", position: 7 },
  { kind: "take", text: "Good evening. The eighth one, please. That is what I will watch tonight.", position: 8 },
  // take-title (4)
  { kind: "take-title", text: "I would like to watch {} please.", position: 2 },
  { kind: "take-title", text: "{} sounds wonderful. I will take that one.", position: 1 },
  { kind: "take-title", text: "Let's have {}. I haven't seen it since it first came out.", position: 4 },
  { kind: "take-title", text: "Please play {} for me.  Thank you kindly.", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {}, please." },
  { kind: "take-with", text: "The {} one is the one I want to watch. Thank you." },
  { kind: "take-with", text: "My late wife loved anything with {}, so I will choose that one." },
  // more (7)
  { kind: "more", text: "None of these appeal to me. Could you show me some others?" },
  { kind: "more", text: "I don't care for any of those. What else do you have?" },
  { kind: "more", text: "No, thank you. Please show me a different list." },
  { kind: "more", text: "Hmm, NOT these. Do you have any other ones?" },
  { kind: "more", text: "I'm afraid none of those are quite right.  Could I see some more choices please?" },
  { kind: "more", text: "These are not for me, dear. Do you have anything else to suggest?" },
  { kind: "more", text: "Nothing here catches my eye. Show me some other films, if you would." },
  // similar (5)
  { kind: "similar", text: "I enjoyed number 3 very much, I have seen it twice already. Can you find me more films like that one?", position: 3 },
  { kind: "similar", text: "The second one is just my kind of picture, but I've already seen it. Show me others like it, please.", position: 2 },
  { kind: "similar", text: "I have watched the first one already. Could you show me more movies like it?", position: 1 },
  { kind: "similar", text: "Number 6 is the sort of thing I enjoy, but I know it by heart. Are there others similar to it?", position: 6 },
  { kind: "similar", text: "I saw the last one at the cinema years ago and loved it. Do you have more along those lines?", position: 0 },
  // liked-all (2)
  { kind: "liked-all", text: "I have seen every one of these and liked them all! What else have you got?" },
  { kind: "liked-all", text: "Goodness, I've watched ALL of those already and enjoyed each one. Please show me some I haven't seen." },
  // why (7)
  { kind: "why", text: "What is number 4 about?", position: 4 },
  { kind: "why", text: "Why did you pick the second one for me?", position: 2 },
  { kind: "why", text: "Could you tell me a little about the first film before I decide?", position: 1 },
  { kind: "why", text: "I don't know the fifth one. What kind of story is it?", position: 5 },
  { kind: "why", text: "What happens in number 3? I have never heard of it.", position: 3 },
  { kind: "why", text: "Why do you think I would like the last one? I'm not sure it is my sort of thing.", position: 0 },
  { kind: "why", text: "Before I choose, please explain what the seventh movie is about. Thank you.", position: 7 },
  // less (5)
  { kind: "less", text: "Less {}, please. I am not in the mood for it tonight." },
  { kind: "less", text: "There is too much {} on this list for my taste." },
  { kind: "less", text: "As I told you before, I don't care much for {}. Could you show fewer of those?" },
  { kind: "less", text: "Could you leave out the {} ones? Something else would be nicer." },
  { kind: "less", text: "Not so much {}, please.  I would like a change from that." },
  // more-of (6)
  { kind: "more-of", text: "Could you show me more comedies? I could use a good laugh.", genre: "Comedy" },
  { kind: "more-of", text: "I would like to see more Westerns, please.", genre: "Western" },
  { kind: "more-of", text: "More musicals, please! I do love a good song and dance picture.", genre: "Musical" },
  { kind: "more-of", text: "Do you have more mysteries? I enjoy trying to guess who did it.", genre: "Mystery" },
  { kind: "more-of", text: "I'd prefer more war films. My father served and we always watched them together.", genre: "War" },
  { kind: "more-of", text: "Please give me more ROMANCE. It is our anniversary this week.", genre: "Romance" },
  // mixed (4)
  { kind: "mixed", text: "More comedy and less drama, please.", holds: ["Comedy"], lacks: ["Drama"] },
  { kind: "mixed", text: "I would like more mysteries and fewer horror films.", holds: ["Mystery"], lacks: ["Horror"] },
  { kind: "mixed", text: "Less action, more romance, if you please.", holds: ["Romance"], lacks: ["Action"] },
  { kind: "mixed", text: "Could you give me more westerns and not so much science fiction?", holds: ["Western"], lacks: ["Sci-Fi"] },
  // older (4)
  { kind: "older", text: "Do you have anything older? I prefer the films from when I was young." },
  { kind: "older", text: "These are all too modern for me. Please show me some OLD movies." },
  { kind: "older", text: "Could you show me older films? The classics are more my style." },
  { kind: "older", text: "Something from further back, please. I don't much like the new ones." },
  // newer (4)
  { kind: "newer", text: "Have you got anything more recent? My grandson says I need to catch up." },
  { kind: "newer", text: "These are a bit old. Could you show me newer movies?" },
  { kind: "newer", text: "I would like something that came out in the last few years, please." },
  { kind: "newer", text: "Please show me more modern films this time.  Thank you." },
  // show (4)
  { kind: "show", text: "Never mind the questions, just show me some movies please." },
  { kind: "show", text: "I don't want to answer any more questions. Could you just show me what you have?" },
  { kind: "show", text: "Just show me a list, dear. I'll pick from there." },
  { kind: "show", text: "Skip all that and let me see some films now, please." },
  // indifferent (5)
  { kind: "indifferent", text: "It doesn't matter to me either way." },
  { kind: "indifferent", text: "I really don't know. Whatever you think is best." },
  { kind: "indifferent", text: "I have no preference on that." },
  { kind: "indifferent", text: "Either is fine with me." },
  { kind: "indifferent", text: "I'm not sure, I don't mind one way or the other." },
  // echo (5)
  { kind: "echo", text: "Good afternoon. I enjoy westerns and war films, but I do not care for horror at all. I loved Casablanca.", accepted: ["Western", "War"], rejected: ["Horror"], liked: ["Casablanca"] },
  { kind: "echo", text: "Hello, I would like a nice musical from the 1950s, something like Singin' in the Rain.", accepted: ["Musical", "1950s"], liked: ["Singin' in the Rain"] },
  { kind: "echo", text: "My wife and I want a comedy tonight. Nothing with a lot of fighting, so no action pictures please. We both adored Tootsie.", accepted: ["Comedy"], rejected: ["Action"], liked: ["Tootsie"] },
  { kind: "echo", text: "Hi there. I'm in the mood for a good mystery from the sixties, something like Charade. I am not fond of romance films.", accepted: ["Mystery", "1960s"], rejected: ["Romance"], liked: ["Charade"] },
  { kind: "echo", text: "Hello. I am 78 and not very good with computers.  I like dramas from the 1940s. Rebecca is my favourite. No science fiction please.", accepted: ["Drama", "1940s"], rejected: ["Sci-Fi"], liked: ["Rebecca"] },
  // undo (3)
  { kind: "undo", text: "Oh dear, I pressed the wrong answer. Please undo that." },
  { kind: "undo", text: "Wait, I didn't mean that. Take back my last answer, please." },
  { kind: "undo", text: "Sorry, I changed my mind about what I just said. Can we go back one step?" },
  // restart (2)
  { kind: "restart", text: "Let's start all over again from the beginning, please." },
  { kind: "restart", text: "This is getting muddled. I would like to start over from scratch." },
  // A thirty-fourth (AH), written by a thirteenth outside measurer, the same way, at the same time: film fans
  // ("slow burn", "cult classic", directors and actors in passing, opinions of the cards); first run unseen:
  // understood 1.000, honoured .975.
  // take (10)
  { kind: "take", text: "Ooh, number 3 looks great — I'll watch that one!", position: 3 },
  { kind: "take", text: "Sure, the featured one sounds perfect. Let's do it.", position: 1 },
  { kind: "take", text: "The last one! Haven't seen it since high school, putting it on now.", position: 0 },
  { kind: "take", text: "I'll take #7, I love a good slow burn.", position: 7 },
  { kind: "take", text: "Going with the second card, I've been meaning to catch that for ages.", position: 2 },
  { kind: "take", text: "5 please", position: 5 },
  { kind: "take", text: "Okay, number 4 it is. Popcorn's ready!", position: 4 },
  { kind: "take", text: "Sold on the sixth one, everybody keeps calling it a cult classic. Watching it tonight.", position: 6 },
  { kind: "take", text: "Number 10, final answer. Thanks!", position: 10 },
  { kind: "take", text: "I'll take it!", position: 1 },
  // take-title (4)
  { kind: "take-title", text: "{} — oh man, I've wanted to see that forever. That one!", position: 2 },
  { kind: "take-title", text: "Let's go with {}.", position: 5 },
  { kind: "take-title", text: "I'll watch {} tonight, thanks!", position: 1 },
  { kind: "take-title", text: "{} please! My brother won't shut up about it, time to finally see it.", position: 8 },
  // take-with (3)
  { kind: "take-with", text: "I'll go with the {} one, that's my pick." },
  { kind: "take-with", text: "Give me the one with {} — sold!" },
  { kind: "take-with", text: "Anything with {} and I'm in. I'll watch that one." },
  // more (7)
  { kind: "more", text: "Hmm, none of these are grabbing me. Can you show me some others?" },
  { kind: "more", text: "Nah, not feeling any of these. What else you got?" },
  { kind: "more", text: "Can I see a different batch? Nothing here really clicks." },
  { kind: "more", text: "Pass on all of these, sorry. Next!" },
  { kind: "more", text: "None of these look like my thing tbh, got any other options?" },
  { kind: "more", text: "Meh. Different picks please." },
  { kind: "more", text: "I'm not into any of those, they all look a bit cheesy. Show me more options." },
  // similar (5)
  { kind: "similar", text: "Number 2 is one of my all-time favorites! More stuff like that please.", position: 2 },
  { kind: "similar", text: "Loved the first one, but I've already seen it — got anything similar?", position: 1 },
  { kind: "similar", text: "The last card is so my vibe. Can you find more movies like that one?", position: 0 },
  { kind: "similar", text: "#4 was brilliant, total mind-bender. Give me more in that vein.", position: 4 },
  { kind: "similar", text: "Already seen 6 and adored it. Show me ones like it?", position: 6 },
  // liked-all (2)
  { kind: "liked-all", text: "Ha, I've seen every single one of these and loved them all! Got anything I haven't seen?" },
  { kind: "liked-all", text: "Seen them all already — great taste though! Show me some others." },
  // why (7)
  { kind: "why", text: "What's number 3 about?", position: 3 },
  { kind: "why", text: "Why did you pick the first one for me?", position: 1 },
  { kind: "why", text: "Never heard of #5, what's the story there?", position: 5 },
  { kind: "why", text: "Hmm, why do you think I'd like the last one?", position: 0 },
  { kind: "why", text: "Can you tell me a bit more about number 8 before I commit?", position: 8 },
  { kind: "why", text: "What's the deal with the second one? Is it more of a tearjerker or a thriller?", position: 2 },
  { kind: "why", text: "Why is #7 on here? I have no idea what it is.", position: 7 },
  // less (5)
  { kind: "less", text: "Way too much {} on this list, tone it down a bit." },
  { kind: "less", text: "Less {} please, I'm not in the mood for it tonight." },
  { kind: "less", text: "Could you cut back on the {}? Not really my thing." },
  { kind: "less", text: "Not feeling the {} tonight — fewer of those please." },
  { kind: "less", text: "Ugh, enough {} already! Ease off on that." },
  // more-of (6)
  { kind: "more-of", text: "Ooh, more horror please! I want something that'll keep me up at night.", genre: "Horror" },
  { kind: "more-of", text: "Can you give me more comedies? I need a good laugh tonight.", genre: "Comedy" },
  { kind: "more-of", text: "I'm in the mood for a proper whodunit — more mysteries please!", genre: "Mystery" },
  { kind: "more-of", text: "More sci-fi! Give me spaceships and time loops.", genre: "Sci-Fi" },
  { kind: "more-of", text: "Some more westerns would be great, I'm on a big Clint Eastwood kick.", genre: "Western" },
  { kind: "more-of", text: "I could go for more animated stuff, Pixar or Ghibli vibes.", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "More action, less romance please — I want explosions, not kissing.", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "Fewer dramas and more comedy, I need something light and feel-good.", holds: ["Comedy"], lacks: ["Drama"] },
  { kind: "mixed", text: "Less horror, more thrillers. Suspense is great but I can't do gore.", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "Can we swap the musicals for some fantasy? More dragons, less singing!", holds: ["Fantasy"], lacks: ["Musical"] },
  // older (4)
  { kind: "older", text: "These are all too recent. Got anything older, like a real classic?" },
  { kind: "older", text: "Something older please — I'm in the mood for some old Hollywood." },
  { kind: "older", text: "Can you go further back? 70s or 80s stuff maybe." },
  { kind: "older", text: "Older films please, the new stuff all feels the same to me." },
  // newer (4)
  { kind: "newer", text: "These feel kinda dated. Anything more recent?" },
  { kind: "newer", text: "Something newer please, like from the last few years." },
  { kind: "newer", text: "I want newer releases, not the old stuff." },
  { kind: "newer", text: "Got anything that came out recently? These are a bit old for me." },
  // show (4)
  { kind: "show", text: "Honestly just show me some movies already!" },
  { kind: "show", text: "Skip the questions, let me see what you've got." },
  { kind: "show", text: "Can you just give me some recommendations now?" },
  { kind: "show", text: "Enough questions lol, show me the list." },
  // indifferent (5)
  { kind: "indifferent", text: "Eh, doesn't matter to me." },
  { kind: "indifferent", text: "No preference really, either way is fine." },
  { kind: "indifferent", text: "I don't know, I could go either way." },
  { kind: "indifferent", text: "Not sure honestly. Whatever you think." },
  { kind: "indifferent", text: "I'm not picky about that." },
  // echo (5)
  { kind: "echo", text: "Hi! I love sci-fi and thrillers, something like Memento or Inception would be perfect.", accepted: ["Sci-Fi", "Thriller"], liked: ["Memento", "Inception"] },
  { kind: "echo", text: "Looking for a feel-good comedy from the 90s, no horror please.", accepted: ["Comedy", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "Hey! Big fan of animated movies like Toy Story and Frozen. No horror stuff, the kids are watching too.", accepted: ["Animation"], rejected: ["Horror"], liked: ["Toy Story", "Frozen"] },
  { kind: "echo", text: "I'm in the mood for a gritty crime drama, like Goodfellas or Heat.", accepted: ["Crime", "Drama"], liked: ["Goodfellas", "Heat"] },
  { kind: "echo", text: "Want an 80s action flick tonight, no romance. Loved Die Hard!", accepted: ["Action", "1980s"], rejected: ["Romance"], liked: ["Die Hard"] },
  // undo (3)
  { kind: "undo", text: "Wait, no, I take that back." },
  { kind: "undo", text: "Oops, misclicked — undo that last answer." },
  { kind: "undo", text: "Actually scratch that, I didn't mean that." },
  // restart (2)
  { kind: "restart", text: "Let's start over from scratch." },
  { kind: "restart", text: "Can we reset everything and begin again? I want to go a totally different direction." },
  // A thirty-fifth (AI), written by a fourteenth outside measurer (read neither the word lists nor any earlier set):
  // parents and friends choosing for a group ("the kids", "my 10 year old", "she wants X but he wants Y"); first run
  // unseen: understood .988, honoured .863.
  // take (10)
  { kind: "take", text: "Yes! The kids are nodding, we'll go with that one.", position: 1 },
  { kind: "take", text: "Number 3 it is — my daughter already grabbed the blanket.", position: 3 },
  { kind: "take", text: "We'll watch the second one, the boys all agreed on it.", position: 2 },
  { kind: "take", text: "The last one! Everyone on the couch voted for the last one.", position: 0 },
  { kind: "take", text: "Let's do #7, that works for both my 10 year old and grandma.", position: 7 },
  { kind: "take", text: "sure, we'll take it", position: 1 },
  { kind: "take", text: "The fifth one looks perfect for the four of us, let's go with it.", position: 5 },
  { kind: "take", text: "ok my son says 4 and nobody's arguing, so we're watching 4", position: 4 },
  { kind: "take", text: "Compromise reached after ten minutes of debate: number 6. Play it.", position: 6 },
  { kind: "take", text: "The eighth one is our pick for tonight, thanks!", position: 8 },
  // take-title (4)
  { kind: "take-title", text: "We'll watch {} — the girls have been begging to see it.", position: 1 },
  { kind: "take-title", text: "ok {} it is, the guys are in", position: 3 },
  { kind: "take-title", text: "Let's go with {}, my husband and the kids both said yes to that one.", position: 2 },
  { kind: "take-title", text: "Put on {} please, that's the one everyone agreed on.", position: 5 },
  // take-with (3)
  { kind: "take-with", text: "We'll take the one with {} in it, my wife is a huge fan." },
  { kind: "take-with", text: "Give us the {} one — that's what the kids want tonight." },
  { kind: "take-with", text: "The one with {}, definitely. The whole group wants that one, let's watch it." },
  // more (7)
  { kind: "more", text: "None of these are right for a 5 year old, can you show us some others?" },
  { kind: "more", text: "Hmm, nobody here is excited about any of these. Different options?" },
  { kind: "more", text: "Nope, none of these work for our group. Show me other movies." },
  { kind: "more", text: "My wife vetoed the whole list, lol. Next batch please?" },
  { kind: "more", text: "Can we see a different set? These don't really fit a family night." },
  { kind: "more", text: "None of these, sorry — anything else?" },
  { kind: "more", text: "The boys passed on all of them. What else have you got?" },
  // similar (5)
  { kind: "similar", text: "My daughter loved number 2 but we've already seen it — more like that one?", position: 2 },
  { kind: "similar", text: "Something like #5 please, that's exactly the kind of thing the boys like.", position: 5 },
  { kind: "similar", text: "The first one is the right vibe for us. Can you find others like it?", position: 1 },
  { kind: "similar", text: "More in the style of number 4, please — not that one itself, we watched it last weekend.", position: 4 },
  { kind: "similar", text: "Anything similar to the last one? That's our group's taste exactly, but we've all seen it.", position: 0 },
  // liked-all (2)
  { kind: "liked-all", text: "Ha, we've seen every single one of these already and the kids loved them all. Got any others?" },
  { kind: "liked-all", text: "We've watched all of these and liked them, so we need some we haven't seen yet." },
  // why (7)
  { kind: "why", text: "What's number 3 about? I want to check before I put it on for my 8 year old.", position: 3 },
  { kind: "why", text: "Why did you pick the first one for us?", position: 1 },
  { kind: "why", text: "Tell me a bit about #6 before I pitch it to the kids.", position: 6 },
  { kind: "why", text: "what is the second one about?", position: 2 },
  { kind: "why", text: "Why'd you suggest number 7? Curious what makes it a fit for our group.", position: 7 },
  { kind: "why", text: "What kind of movie is the last one? My wife's asking.", position: 0 },
  { kind: "why", text: "Can you explain what number 4 is about? None of us have heard of it.", position: 4 },
  // less (5)
  { kind: "less", text: "Too much {} in here for the little ones — can you tone that down?" },
  { kind: "less", text: "Less {} please, my mom is watching with us tonight." },
  { kind: "less", text: "The kids groan at {}. Fewer of those, please." },
  { kind: "less", text: "Could we cut back on the {}? The group isn't in the mood for it." },
  { kind: "less", text: "Not so much {} tonight, my son is only 6." },
  // more-of (6)
  { kind: "more-of", text: "Can we get more comedies? The kids need a good laugh tonight.", genre: "Comedy" },
  { kind: "more-of", text: "My boys want action — more of that, please.", genre: "Action" },
  { kind: "more-of", text: "More animated ones please, my youngest is 4.", genre: "Animation" },
  { kind: "more-of", text: "We're in the mood for a good whodunit, can you show more mysteries?", genre: "Mystery" },
  { kind: "more-of", text: "The girls want singing and dancing — more musicals please!", genre: "Musical" },
  { kind: "more-of", text: "The guys are all space nerds, so more sci-fi would be great.", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "My daughter wants romance but her brother refuses, so how about less romance and more adventure?", holds: ["Adventure"], lacks: ["Romance"] },
  { kind: "mixed", text: "Less horror, more comedy — the 7 year old is sitting with us.", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "Could you swap out the dramas for some action? The guys are getting restless.", holds: ["Action"], lacks: ["Drama"] },
  { kind: "mixed", text: "It's my niece's sleepover — more fantasy and fewer thrillers please.", holds: ["Fantasy"], lacks: ["Thriller"] },
  // older (4)
  { kind: "older", text: "My dad's joining us — anything older? He likes the classics." },
  { kind: "older", text: "These are all too recent for the grandparents, can we see some older films?" },
  { kind: "older", text: "The gang wants a throwback night, so show us older stuff please." },
  { kind: "older", text: "Older movies please — I want to show the kids what I grew up with." },
  // newer (4)
  { kind: "newer", text: "The teenagers say these are ancient. Anything newer?" },
  { kind: "newer", text: "Something more recent please, the boys only want stuff from the last few years." },
  { kind: "newer", text: "Can we get newer movies? My daughter won't watch anything old." },
  { kind: "newer", text: "These feel a bit dated for our group — got more recent ones?" },
  // show (4)
  { kind: "show", text: "Can we skip the questions? The kids are getting restless, just show us some movies." },
  { kind: "show", text: "Just show me what you've got, we're all ready to watch." },
  { kind: "show", text: "Enough questions, let's see some options — the pizza's here!" },
  { kind: "show", text: "Skip ahead to the movies please, everyone's waiting on me." },
  // indifferent (5)
  { kind: "indifferent", text: "Doesn't matter to us, either way is fine." },
  { kind: "indifferent", text: "No preference — the kids will watch anything." },
  { kind: "indifferent", text: "I honestly don't know, my wife is usually the one who decides that." },
  { kind: "indifferent", text: "eh, we don't really care about that one way or the other" },
  { kind: "indifferent", text: "Not sure, this crowd could go either way on that." },
  // echo (5)
  { kind: "echo", text: "Hi! Movie night with my 6 and 9 year old. They loved Toy Story and Shrek, so something animated would be great.", accepted: ["Animation"], liked: ["Toy Story", "Shrek"] },
  { kind: "echo", text: "Hey, it's guys' night — we want an action movie, no romance please.", accepted: ["Action"], rejected: ["Romance"] },
  { kind: "echo", text: "Looking for a family comedy from the 90s, something like Home Alone or Mrs. Doubtfire.", accepted: ["Comedy", "1990s"], liked: ["Home Alone", "Mrs. Doubtfire"] },
  { kind: "echo", text: "Hi there, we want a sci-fi movie for the kids (10 and 12), but nothing horror. They loved Jurassic Park.", accepted: ["Sci-Fi"], rejected: ["Horror"], liked: ["Jurassic Park"] },
  { kind: "echo", text: "We're doing an 80s night with friends — classics like Back to the Future or Ghostbusters.", accepted: ["1980s"], liked: ["Back to the Future", "Ghostbusters"] },
  // undo (3)
  { kind: "undo", text: "Wait, undo that — I said yes but my son just reminded me he hates those." },
  { kind: "undo", text: "Oops, take back my last answer please, my daughter hit the keyboard." },
  { kind: "undo", text: "Actually, can I change my last answer? My wife just overruled me." },
  // restart (2)
  { kind: "restart", text: "Let's start over from the beginning — the cousins just showed up and it's a totally different crowd now." },
  { kind: "restart", text: "Can we wipe all this and start fresh? My teenager hijacked the chat and answered everything." },
  // A thirty-sixth (AJ), written by a fifteenth outside measurer, the same way, at the same time: a plain
  // mix of ordinary adult users; first run unseen: understood .988, honoured .975.
  // take (10)
  { kind: "take", text: "I'll go with number 3, that one looks good.", position: 3 },
  { kind: "take", text: "sure, I'll watch that first one", position: 1 },
  { kind: "take", text: "Ooh the last one! I'll take that", position: 0 },
  { kind: "take", text: "Number 2 sounds perfect, I'll watch it tonight.", position: 2 },
  { kind: "take", text: "ok lets do #5", position: 5 },
  { kind: "take", text: "Yes! That's the one, thanks", position: 1 },
  { kind: "take", text: "I havent seen the 7th one, I'll give it a try.", position: 7 },
  { kind: "take", text: "The fourth one looks great, I'll watch that.", position: 4 },
  { kind: "take", text: "i'll take the last one on the list", position: 0 },
  { kind: "take", text: "6 please, that one sounds fun!", position: 6 },
  // take-title (4)
  { kind: "take-title", text: "I'll watch {} tonight, thanks!", position: 2 },
  { kind: "take-title", text: "oh i havent seen {} yet, lets go with that", position: 4 },
  { kind: "take-title", text: "{} sounds good to me.", position: 1 },
  { kind: "take-title", text: "Let's do {}. My husband will love it", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {} in it." },
  { kind: "take-with", text: "The {} one sounds great, I'll watch that" },
  { kind: "take-with", text: "ooh I love {}, I'll go with that one" },
  // more (7)
  { kind: "more", text: "None of these really grab me, can you show me some others?" },
  { kind: "more", text: "hmm not feeling any of these. anything else?" },
  { kind: "more", text: "Can I see a different batch?" },
  { kind: "more", text: "Nah, none of those. What else you got?" },
  { kind: "more", text: "These don't look like my kind of thing, any other suggestions?" },
  { kind: "more", text: "show me some other options please" },
  { kind: "more", text: "I'm not interested in any of these, can you recomend something different?" },
  // similar (5)
  { kind: "similar", text: "I really liked number 3, can you find more like that one?", position: 3 },
  { kind: "similar", text: "the first one is one of my favorites! anything similar?", position: 1 },
  { kind: "similar", text: "I've seen #2 and loved it, got any others like it?", position: 2 },
  { kind: "similar", text: "More movies like the last one please", position: 0 },
  { kind: "similar", text: "Number 5 is totally my kind of movie but I've already seen it. Something along those lines?", position: 5 },
  // liked-all (2)
  { kind: "liked-all", text: "I've seen all of these and liked them all! Any others?" },
  { kind: "liked-all", text: "ha, loved every one of those already. what else do you have?" },
  // why (7)
  { kind: "why", text: "What is number 4 about?", position: 4 },
  { kind: "why", text: "why did you pick the first one for me?", position: 1 },
  { kind: "why", text: "Can you tell me more about #2? I've never heard of it", position: 2 },
  { kind: "why", text: "whats the last one about", position: 0 },
  { kind: "why", text: "Why number 6? Is it any good?", position: 6 },
  { kind: "why", text: "I'm not familiar with the third one, what's it like?", position: 3 },
  { kind: "why", text: "Why do you think I'd like number 7?", position: 7 },
  // less (5)
  { kind: "less", text: "Can we do less {}? Not really in the mood for it" },
  { kind: "less", text: "too much {} in this list, can you cut back on that" },
  { kind: "less", text: "Not a big fan of {}, fewer of those please." },
  { kind: "less", text: "no more {} movies please" },
  { kind: "less", text: "I've had enough {} for now, can you leave those out?" },
  // more-of (6)
  { kind: "more-of", text: "Do you have any more comedies?", genre: "Comedy" },
  { kind: "more-of", text: "I'm really in the mood for something scary, more horror please", genre: "Horror" },
  { kind: "more-of", text: "can you show me more westerns? my husband loves them", genre: "Western" },
  { kind: "more-of", text: "I'd like to see more sci-fi stuff", genre: "Sci-Fi" },
  { kind: "more-of", text: "More animated movies please, it's for the kids", genre: "Animation" },
  { kind: "more-of", text: "Something more romantic would be nice, its date night", genre: "Romance" },
  // mixed (4)
  { kind: "mixed", text: "More action, less romance please", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "Can you do more comedy and less of the horror stuff?", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "i'd like more thrillers and fewer dramas", holds: ["Thriller"], lacks: ["Drama"] },
  { kind: "mixed", text: "Fewer musicals and more crime movies if you have them.", holds: ["Crime"], lacks: ["Musical"] },
  // older (4)
  { kind: "older", text: "Do you have anything older? I like the classics" },
  { kind: "older", text: "these are all pretty recent, can you show me some older films" },
  { kind: "older", text: "Anything a bit older? These feel too new to me." },
  { kind: "older", text: "I'm more into old movies honestly, got any of those?" },
  // newer (4)
  { kind: "newer", text: "Do you have anything more recent?" },
  { kind: "newer", text: "these are kinda old, anything newer?" },
  { kind: "newer", text: "I'd prefer something that came out in the last few years." },
  { kind: "newer", text: "Can you show me newer movies please" },
  // show (4)
  { kind: "show", text: "Can you just show me some movies?" },
  { kind: "show", text: "skip the questions and just recommend something" },
  { kind: "show", text: "I don't want to answer a bunch of questions, just show me what you've got" },
  { kind: "show", text: "Let's just see some suggestions already lol" },
  // indifferent (5)
  { kind: "indifferent", text: "I don't really care either way" },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "Hmm, not sure. I'm open to anything" },
  { kind: "indifferent", text: "No preference really." },
  { kind: "indifferent", text: "i dunno, either is fine" },
  // echo (5)
  { kind: "echo", text: "Hi! I'm looking for a good comedy, something like Clueless", accepted: ["Comedy"], liked: ["Clueless"] },
  {
    kind: "echo",
    text: "I love thrillers and crime movies, Fargo and Seven are two of my favorites. Nothing too scary though, I hate horror",
    accepted: ["Thriller", "Crime"],
    rejected: ["Horror"],
    liked: ["Fargo", "Seven"],
  },
  { kind: "echo", text: "Hello, can you recommend a 90s action movie?", accepted: ["Action", "1990s"] },
  {
    kind: "echo",
    text: "My dad loved Braveheart and Saving Private Ryan, do you know any other good war movies?",
    accepted: ["War"],
    liked: ["Braveheart", "Saving Private Ryan"],
  },
  { kind: "echo", text: "looking for a romantic comedy from the 80s, no dramas please", accepted: ["Romance", "Comedy", "1980s"], rejected: ["Drama"] },
  // undo (3)
  { kind: "undo", text: "wait, I take that back" },
  { kind: "undo", text: "Oops, hit the wrong one. Can I undo that?" },
  { kind: "undo", text: "Actually scratch that last answer, go back" },
  // restart (2)
  { kind: "restart", text: "Can we start over?" },
  { kind: "restart", text: "let's start from scratch, I want to look for something totally different" },
  // A thirty-seventh (AK), written by a sixteenth outside measurer, the same way, in the next session: people who
  // hedge and think aloud (indecisive, polite, a bit rambling), about a quarter terse lowercase phone replies; first
  // run unseen: understood 1.000, honoured .950.
  // take (9)
  { kind: "take", text: "Hmm, ok I think I'll go with the third one. My sister mentioned it a while ago, so why not.", position: 3 },
  { kind: "take", text: "Honestly the first one looks fine, I'll just watch that tonight.", position: 1 },
  { kind: "take", text: "Ok so I went back and forth a bit, but let's do number 7. Final answer, I think!", position: 7 },
  { kind: "take", text: "i guess the last one", position: 0 },
  { kind: "take", text: "Oh, I don't know... the fifth one maybe? Yeah, let's go with that one, thanks.", position: 5 },
  { kind: "take", text: "gonna go w the 2nd one ty", position: 2 },
  { kind: "take", text: "Hmm, the ninth one sounds like something my husband and I would both actually sit through. We'll watch that one.", position: 9 },
  { kind: "take", text: "Not sure why, but the 6th one is kind of calling to me. I'll take it.", position: 6 },
  { kind: "take", text: "the 10th one i guess, looks good tbh", position: 10 },

  // take-title (4)
  { kind: "take-title", text: "Hmm ok, I've always sort of meant to see {}. Let's do that one.", position: 4 },
  { kind: "take-title", text: "{} i guess, havent seen it yet", position: 8 },
  { kind: "take-title", text: "Honestly I'll just go with {}, I remember the trailer and it looked good.", position: 0 },
  { kind: "take-title", text: "I don't know... ok, {} it is. Thanks for your help!", position: 2 },

  // take-with (3)
  { kind: "take-with", text: "Hmm, I think the one with {} sounds the most like my thing. I'll watch that." },
  { kind: "take-with", text: "the one w {} pls" },
  { kind: "take-with", text: "Ok so I kept coming back to the one with {}, so let's just go with that one." },

  // more (7)
  { kind: "more", text: "Hmm, I don't think any of these are really grabbing me, sorry. Could you show me some different ones?" },
  { kind: "more", text: "nah none of these, got any others" },
  { kind: "more", text: "I don't know... I'm not really feeling any of them. Maybe a different batch?" },
  { kind: "more", text: "Honestly none of these sound like me, no offense. Do you have other options?" },
  { kind: "more", text: "Ok so these are all kind of meh for me. Can I see another set?" },
  { kind: "more", text: "not these, next pls" },
  { kind: "more", text: "I guess they're fine, but I wouldn't pick any of them tonight. What else have you got?" },

  // similar (6)
  { kind: "similar", text: "Ooh, the second one looks right up my alley, but I want to keep looking a bit. Any more like that one?", position: 2 },
  { kind: "similar", text: "more like #10 pls", position: 10 },
  { kind: "similar", text: "Hmm, I really like the look of the seventh one. Not sure I want that exact one tonight, but something along those lines?", position: 7 },
  { kind: "similar", text: "The last one is kind of what I had in mind, honestly. Could you find me more in that vein before I decide?", position: 0 },
  { kind: "similar", text: "I liked the first one a lot, I think. Do you have anything similar to it?", position: 1 },
  { kind: "similar", text: "Ok so the eighth one reminds me of stuff I used to love. I'm not ready to pick yet though, could you show me others like it?", position: 8 },

  // liked-all (3)
  { kind: "liked-all", text: "Oh wow, those are all great picks, but I've seen every single one of them already! Do you have any I might not have seen?" },
  { kind: "liked-all", text: "seen all these lol loved them tho. new ones?" },
  { kind: "liked-all", text: "Hmm, honestly I like all of these, but I've watched them all already. Anything I haven't seen?" },

  // why (6)
  { kind: "why", text: "Hmm, why the third one? I'm not sure I see how it fits what I said.", position: 3 },
  { kind: "why", text: "why #5", position: 5 },
  { kind: "why", text: "I'm curious, what made you pick the ninth one? Not saying no, just wondering.", position: 9 },
  { kind: "why", text: "Sorry, what's the fourth one about? I've never even heard of it.", position: 4 },
  { kind: "why", text: "ok so why'd u suggest the 6th one", position: 6 },
  { kind: "why", text: "I don't know, the first one seems a bit random to me? Why is that one on there?", position: 1 },

  // less (6)
  { kind: "less", text: "Hmm, maybe fewer {} movies? I'm just not in the mood for that tonight." },
  { kind: "less", text: "no {} pls" },
  { kind: "less", text: "I don't know, there's a lot of {} in here and I'm kind of over it. Could you leave that out?" },
  { kind: "less", text: "Honestly I'd rather skip {} altogether, if that's ok." },
  { kind: "less", text: "less {} tbh" },
  { kind: "less", text: "Ok so I guess I'm just not into {} right now. Can we cut those?" },

  // more-of (5)
  { kind: "more-of", text: "Hmm, I think I'd like something funnier, honestly. More comedies maybe?", genre: "Comedy" },
  { kind: "more-of", text: "more horror pls", genre: "Horror" },
  { kind: "more-of", text: "I don't know, I keep thinking I want something more sci-fi, like space or the future or whatever. Could you lean that way?", genre: "Sci-Fi" },
  { kind: "more-of", text: "Maybe some more animated ones? My kids might end up watching with me, so that would help.", genre: "Animation" },
  { kind: "more-of", text: "Honestly I'm in kind of a cowboy mood tonight... could you show me more westerns?", genre: "Western" },

  // mixed (4)
  { kind: "mixed", text: "Hmm, maybe more action, I guess? And could you skip the romance ones?", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "more thrillers but no horror pls, i scare easy", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "I guess I want something lighter, like comedies, and honestly no dramas tonight. It's been a long week.", holds: ["Comedy"], lacks: ["Drama"] },
  { kind: "mixed", text: "Ok so could we do more adventure stuff, but not kids' movies? It's just me and my partner tonight.", holds: ["Adventure"], lacks: ["Children"] },

  // older (4)
  { kind: "older", text: "Hmm, these all feel kind of recent. Do you have anything older? I tend to like the classics." },
  { kind: "older", text: "older stuff pls" },
  { kind: "older", text: "I don't know, maybe something from a while back? Like older films, from before everything was CGI." },
  { kind: "older", text: "ok so i kinda prefer old movies tbh, got any older ones" },

  // newer (4)
  { kind: "newer", text: "These are a bit old for me, honestly. Anything more recent?" },
  { kind: "newer", text: "newer ones pls" },
  { kind: "newer", text: "Hmm, I guess I'd rather see something that came out in the last few years, if you have any." },
  { kind: "newer", text: "Not sure, maybe something a little more modern? My teenager won't watch anything old." },

  // show (4)
  { kind: "show", text: "Hmm, I don't know, can you just show me some movies and I'll see?" },
  { kind: "show", text: "just show me some pls" },
  { kind: "show", text: "Honestly I'm not sure how to answer that. Maybe just show me what you've got?" },
  { kind: "show", text: "ok idk, let me just see some picks" },

  // indifferent (6)
  { kind: "indifferent", text: "Hmm, I don't really mind either way." },
  { kind: "indifferent", text: "doesnt matter to me" },
  { kind: "indifferent", text: "I guess I don't have a preference on that, honestly." },
  { kind: "indifferent", text: "Not sure, I don't really know enough about that to say." },
  { kind: "indifferent", text: "Eh, either is fine by me." },
  { kind: "indifferent", text: "Ok so I've never really thought about it. I could go either way on that, to be honest." },

  // echo (4)
  { kind: "echo", text: "Hi! Hmm, I'm kind of in the mood for a comedy, maybe something from the 90s? I loved Groundhog Day.", accepted: ["Comedy", "1990s"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "hey looking for sci fi, liked the matrix, no horror pls", accepted: ["Sci-Fi"], rejected: ["Horror"], liked: ["The Matrix"] },
  { kind: "echo", text: "Hello, I'm not totally sure what I want, but I guess something with some action? I'm not big on romance. I really enjoyed Die Hard, if that helps.", accepted: ["Action"], rejected: ["Romance"], liked: ["Die Hard"] },
  { kind: "echo", text: "Ok so my kids and I want an animated movie tonight, I guess something like Toy Story? They've watched that one a million times.", accepted: ["Animation"], liked: ["Toy Story"] },

  // undo (2)
  { kind: "undo", text: "Hmm wait, actually, can I change my last answer? I don't think I meant that." },
  { kind: "undo", text: "oops go back, wrong answer" },

  // restart (3)
  { kind: "restart", text: "Honestly I think I've muddled things up. Can we just start over from the beginning?" },
  { kind: "restart", text: "lets start over" },
  { kind: "restart", text: "Ok so I've changed my mind about the whole thing, sorry. Could we start fresh?" },
  // A thirty-eighth (AL), written by a seventeenth outside measurer in the same session as AK: replies that drop in
  // asides about other films, actors and people while giving one clear intent, as ReDial seekers do; first run
  // unseen: understood .975, honoured .675.
  // take (10)
  { kind: "take", text: "I'll go with the third one. My sister watched Titanic last week and hasn't stopped crying about it lol", position: 3 },
  { kind: "take", text: "First one. Way better than Cats lol", position: 1 },
  { kind: "take", text: "I'll take the last one. My boyfriend picked Fast and Furious last time so it's my turn to choose", position: 0 },
  { kind: "take", text: "Number 7 sounds good, we'll watch that tonight. Already did The Hangover twice this month haha", position: 7 },
  { kind: "take", text: "second one, just finished Jurassic World", position: 2 },
  { kind: "take", text: "Let's do #5, Meryl Streep can wait", position: 5 },
  { kind: "take", text: "The tenth one looks perfect for movie night with my friends. Last time we watched Mean Girls and everybody loved it.", position: 10 },
  { kind: "take", text: "Gonna go with the fourth. My mom always says nothing beats Casablanca but I'll try this one instead", position: 4 },
  { kind: "take", text: "Sixth one! Still recovering from Hereditary lol", position: 6 },
  { kind: "take", text: "8 please, kids are sick of Frozen", position: 8 },

  // take-title (4)
  { kind: "take-title", text: "{} it is! Husband's still quoting Anchorman", position: 2 },
  { kind: "take-title", text: "Ok let's go with {}. My roommate has been raving about it ever since we saw Parasite together.", position: 6 },
  { kind: "take-title", text: "{}, definitely. Seen Gladiator too many times", position: 0 },
  { kind: "take-title", text: "I've heard good things about {} from my coworker who loves Denzel, so I'll watch that one", position: 9 },

  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {}. Reminds me of watching Jaws with my grandpa when I was little." },
  { kind: "take-with", text: "The one with {}, wife loved Gone Girl" },
  { kind: "take-with", text: "The one with {}. Tarantino fan here" },

  // more (7)
  { kind: "more", text: "None of these really grab me. I just rewatched Die Hard last night and I'm still in a weird mood. Show me some others?" },
  { kind: "more", text: "Nah, others? Seen enough Nicolas Cage" },
  { kind: "more", text: "Hmm, nothing here is clicking for me. Can you show me a different batch? My cousin swears by Tom Cruise stuff but I'm not sure." },
  { kind: "more", text: "Any other options? My girlfriend vetoed all of these, she's been picky ever since we saw Cats in theaters lol" },
  { kind: "more", text: "Pass on these. Anything else? Still tired from a Lord of the Rings marathon with my roommates" },
  { kind: "more", text: "Can I see a few more? I'm not sure about these and I don't want a repeat of when we tried Tenet and everyone fell asleep." },
  { kind: "more", text: "Next batch please, Keanu wouldn't approve" },

  // similar (6)
  { kind: "similar", text: "The fourth one looks right up my alley, can you find more like that? I loved Heat with De Niro and Pacino.", position: 4 },
  { kind: "similar", text: "More like the first one please. My brother and I used to watch Rocky every Thanksgiving", position: 1 },
  { kind: "similar", text: "Ooh number 9 is my kind of thing. Got more like that one? I've watched Zodiac about five times so I know what I like lol", position: 9 },
  { kind: "similar", text: "that last one is a vibe, show me more like it before I pick. my friend Jess would love it too, she's obsessed with Amelie", position: 0 },
  { kind: "similar", text: "Liking the sixth one. Could you pull up a few more in that style before I decide? Feels like something Wes Anderson would do.", position: 6 },
  { kind: "similar", text: "More like #2! Chris Pratt energy", position: 2 },

  // liked-all (3)
  { kind: "liked-all", text: "Ha, I've seen every one of these and loved them all. My brother's a huge Spielberg nerd so we've been through a lot. Anything I haven't seen?" },
  { kind: "liked-all", text: "Seen them all, all great! I basically grew up in a Blockbuster lol. Show me some I haven't watched" },
  { kind: "liked-all", text: "All great picks, but I've already watched every single one. My wife and I did a Nolan marathon last month so we're pretty caught up. What else have you got?" },

  // why (6)
  { kind: "why", text: "Why'd you pick the second one for me? I usually go for Will Smith stuff so just curious.", position: 2 },
  { kind: "why", text: "What's #5 about? Husband's a Clint Eastwood guy", position: 5 },
  { kind: "why", text: "Why #8? Shrek fan here, curious", position: 8 },
  { kind: "why", text: "What's the deal with the last one? My friend mentioned it after we saw Get Out but I never looked it up.", position: 0 },
  { kind: "why", text: "How come the tenth one made the list? My coworker brought it up at lunch right after talking about Top Gun.", position: 10 },
  { kind: "why", text: "Why the third? Keira Knightley fan here", position: 3 },

  // less (6)
  { kind: "less", text: "We just watched The Notebook last night so less {} please." },
  { kind: "less", text: "Less {} please, Ryan Gosling or not" },
  { kind: "less", text: "Can you cut down on the {}? My kids watched Moana three times today and I need a break." },
  { kind: "less", text: "Honestly I'm not in a {} mood. My friend keeps pushing those on me ever since she saw La La Land. Can we drop them?" },
  { kind: "less", text: "Skip the {} ones. My dad is visiting and he fell asleep during the last one we tried, some Oscar thing with Leo." },
  { kind: "less", text: "No {} tonight, Brad's rule" },

  // more-of (5)
  { kind: "more-of", text: "Could use more comedies on here. Had a rough week and I just want to laugh like when I first saw Step Brothers.", genre: "Comedy" },
  { kind: "more-of", text: "More horror! Halloween got me hooked", genre: "Horror" },
  { kind: "more-of", text: "Got any more war movies? My grandpa served in Korea and he always liked Saving Private Ryan, so he'd be into those.", genre: "War" },
  { kind: "more-of", text: "more documentaries pls, Blackfish got me hooked", genre: "Documentary" },
  { kind: "more-of", text: "My niece is over and she's been singing songs from Coco all day, so more animated stuff please.", genre: "Animation" },

  // mixed (4)
  { kind: "mixed", text: "Can I get more comedy and no romance? We watched The Proposal last night and I've had my fill of Ryan Reynolds being smooth lol", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "I want more thrillers but nothing horror. Gone Girl was perfect for me but The Shining gave me nightmares for a week.", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "More action, skip sci-fi. Sorry, Spock", holds: ["Action"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "Could we get more dramas but leave out the war ones? My dad watches Band of Brothers on repeat so I've seen enough of that.", holds: ["Drama"], lacks: ["War"] },

  // older (4)
  { kind: "older", text: "Anything older? Grew up on Hitchcock with mom" },
  { kind: "older", text: "These all feel pretty recent. Can you go back a few decades? I'm thinking stuff from when Paul Newman was around." },
  { kind: "older", text: "Older ones please, Bogart-era stuff" },
  { kind: "older", text: "Something older maybe? My film class just did Citizen Kane and now I'm curious about the classics." },

  // newer (4)
  { kind: "newer", text: "Got anything more recent? My teenager rolls her eyes at anything older than Spider-Man: Homecoming lol" },
  { kind: "newer", text: "Newer stuff? Done all the Bond classics" },
  { kind: "newer", text: "These feel kind of dated. Can you show me newer movies? I just saw Dune in theaters and I'm in a modern mood." },
  { kind: "newer", text: "Something from the last few years maybe? My husband still thinks Home Alone is a new release haha" },

  // show (4)
  { kind: "show", text: "Honestly just show me what you've got. My friends are coming over at 8 and last time we spent an hour arguing over Avatar" },
  { kind: "show", text: "Just show me stuff, Netflix broke me" },
  { kind: "show", text: "Can you just give me some suggestions already? I don't feel like answering a bunch of stuff, I just sat through Oppenheimer and I'm wiped." },
  { kind: "show", text: "Just show me a few, I'll know it when I see it. That's how I found Knives Out." },

  // indifferent (5)
  { kind: "indifferent", text: "Doesn't matter to me. I've liked old stuff like Jaws and new stuff like Get Out just the same" },
  { kind: "indifferent", text: "Either is fine, I'm not picky like my sister who only watches Sandra Bullock movies." },
  { kind: "indifferent", text: "Dunno honestly, my boyfriend's the Scorsese buff" },
  { kind: "indifferent", text: "No idea lol, whatever works" },
  { kind: "indifferent", text: "I could go either way on that. We've watched everything from Singin' in the Rain to Mad Max in this house." },

  // echo (4)
  { kind: "echo", text: "Hi! I'm looking for a good comedy from the 90s, something like Groundhog Day. My kids are obsessed with Frozen right now so I need a break from that lol", accepted: ["Comedy", "1990s"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "I love crime movies like Goodfellas and Casino. No horror please, my girlfriend still hasn't forgiven me for making her watch The Ring.", accepted: ["Crime"], rejected: ["Horror"], liked: ["Goodfellas", "Casino"] },
  { kind: "echo", text: "hey, looking for some sci-fi. I really liked Alien and Blade Runner, my dad was a huge Harrison Ford fan so I grew up on that stuff", accepted: ["Sci-Fi"], liked: ["Alien", "Blade Runner"] },
  { kind: "echo", text: "Can you recommend a western? My grandpa watched John Wayne every Sunday so I kind of grew up around them.", accepted: ["Western"] },

  // undo (2)
  { kind: "undo", text: "Undo that, I was thinking of Jaws" },
  { kind: "undo", text: "Oops, can I change my last answer? I got mixed up because my wife was talking about Pride and Prejudice" },

  // restart (3)
  { kind: "restart", text: "Can we start over? My wife just walked in and she wants a say, she's been on a Julia Roberts kick" },
  { kind: "restart", text: "Start over please, Dan changed his mind" },
  { kind: "restart", text: "Actually let's begin again from the top. I was picking for myself but now it's for my parents, and they still think E.T. is the height of cinema lol" },
  // A thirty-ninth (AM), written by an eighteenth outside measurer in the next session: a plain mix of ordinary
  // people on a movie site in the evening, a third short lowercase replies, the odd natural typo; first run unseen:
  // understood .988, honoured .963.
  // take (10)
  { kind: "take", text: "number 3", position: 3 },
  { kind: "take", text: "ill take 7", position: 7 },
  { kind: "take", text: "Going with #5, haven't seen that one in ages. Thanks!", position: 5 },
  { kind: "take", text: "The last one looks good, I'll watch that tonight.", position: 0 },
  { kind: "take", text: "2 please", position: 2 },
  { kind: "take", text: "Ok I think I'll go with number 8. Thank you!", position: 8 },
  { kind: "take", text: "first one", position: 1 },
  { kind: "take", text: "#10 sounds perfect for tonight, lets do that one", position: 10 },
  { kind: "take", text: "lets do 4", position: 4 },
  { kind: "take", text: "Oh 6 looks fun, gonna put that on now.", position: 6 },
  // take-title (4)
  { kind: "take-title", text: "ok {} it is", position: 2 },
  { kind: "take-title", text: "Oh I've been meaning to see {} for ages! Let's go with that.", position: 5 },
  { kind: "take-title", text: "{} please", position: 9 },
  { kind: "take-title", text: "I'll watch {} tonight, thanks for the help", position: 1 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {}." },
  { kind: "take-with", text: "ooh the {} one, lets watch that" },
  { kind: "take-with", text: "Gonna go with the one about {}, sounds right up my alley." },
  // more (7)
  { kind: "more", text: "none of those" },
  { kind: "more", text: "Hmm, none of these really grab me. Can you show me some others?" },
  { kind: "more", text: "nah not feeling any of these" },
  { kind: "more", text: "something else please" },
  { kind: "more", text: "I dont like any of them tbh, got other options?" },
  { kind: "more", text: "Not really my thing, any of them. What else do you have?" },
  { kind: "more", text: "different ones pls" },
  // similar (6)
  { kind: "similar", text: "I loved number 3! Anything like that one?", position: 3 },
  { kind: "similar", text: "4 is one of my all time favorites, more like that please", position: 4 },
  { kind: "similar", text: "more like 6", position: 6 },
  { kind: "similar", text: "Saw the first one last year and really enjoyed it. Something along those lines?", position: 1 },
  { kind: "similar", text: "The last one is a favorite of mine, got anything simillar?", position: 0 },
  { kind: "similar", text: "9 was so good when i saw it, can you find me more like it", position: 9 },
  // liked-all (3)
  { kind: "liked-all", text: "seen all of these and loved them lol" },
  { kind: "liked-all", text: "Oh these are all great movies! I've watched every single one of them already though." },
  { kind: "liked-all", text: "love every one of those, already seen em all" },
  // why (6)
  { kind: "why", text: "why number 2", position: 2 },
  { kind: "why", text: "What makes you think I'd like #7?", position: 7 },
  { kind: "why", text: "how come you picked the 5th one for me", position: 5 },
  { kind: "why", text: "Why did you recomend the last one?", position: 0 },
  { kind: "why", text: "why 10", position: 10 },
  { kind: "why", text: "Not sure about number 4, why'd you pick that one?", position: 4 },
  // less (6)
  { kind: "less", text: "no {} please" },
  { kind: "less", text: "Less {} maybe? Not really in the mood for that tonight." },
  { kind: "less", text: "can you take out the {} ones" },
  { kind: "less", text: "I'm not a big fan of {} movies honestly." },
  { kind: "less", text: "too much {}" },
  { kind: "less", text: "Could we skip anything {}? My wife can't stand it." },
  // more-of (5)
  { kind: "more-of", text: "anything scarier", genre: "Horror" },
  { kind: "more-of", text: "Something funnier maybe? I need a good laugh after this week.", genre: "Comedy" },
  { kind: "more-of", text: "more action please", genre: "Action" },
  { kind: "more-of", text: "Do you have more romantic ones? Its date night", genre: "Romance" },
  { kind: "more-of", text: "Got any more animated movies? Thats what the kids like.", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "funny ones but no romance please", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "i want action but not sci fi", holds: ["Action"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "Could you show me animated ones that aren't kids movies? It's just me and my husband tonight.", holds: ["Animation"], lacks: ["Children"] },
  { kind: "mixed", text: "Something with a mystery to it, but nothing horror. I scare easy lol", holds: ["Mystery"], lacks: ["Horror"] },
  // older (4)
  { kind: "older", text: "anything older" },
  { kind: "older", text: "Got any classics? These are all a bit too recent for me." },
  { kind: "older", text: "older movies please" },
  { kind: "older", text: "These feel too new, I'm more into the older stuff from back in the day." },
  // newer (4)
  { kind: "newer", text: "anything more recent" },
  { kind: "newer", text: "These are kinda old, do you have something newer?" },
  { kind: "newer", text: "Is there anything that came out in the last few years?" },
  { kind: "newer", text: "newer pls" },
  // show (4)
  { kind: "show", text: "just show me some movies" },
  { kind: "show", text: "idk just give me some options to look at" },
  { kind: "show", text: "Can you just show me what you've got?" },
  { kind: "show", text: "Skip the questions, just show me some films please." },
  // indifferent (5)
  { kind: "indifferent", text: "doesnt matter" },
  { kind: "indifferent", text: "I don't really care about that one way or the other." },
  { kind: "indifferent", text: "either way is fine" },
  { kind: "indifferent", text: "No preference honestly." },
  { kind: "indifferent", text: "Not fussed either way, whatever's good" },
  // echo (4)
  { kind: "echo", text: "hi, in the mood for a good comedy from the 80s tonight", accepted: ["Comedy", "1980s"] },
  { kind: "echo", text: "Hello! I really loved Inception and Jurassic Park, anything sci-fi like that?", accepted: ["Sci-Fi"], liked: ["Inception", "Jurassic Park"] },
  { kind: "echo", text: "looking for a horror movie but no comedy horror stuff pls", accepted: ["Horror"], rejected: ["Comedy"] },
  { kind: "echo", text: "Hi there, my favorite movie is Groundhog Day. Something romantic maybe, just not a drama.", accepted: ["Romance"], rejected: ["Drama"], liked: ["Groundhog Day"] },
  // undo (2)
  { kind: "undo", text: "wait actually no, I want to change my answer to that" },
  { kind: "undo", text: "oops wrong one, take that back" },
  // restart (3)
  { kind: "restart", text: "can we start over" },
  { kind: "restart", text: "Let's start again from scratch, I want something totally different." },
  { kind: "restart", text: "start over pls" },
  // A fortieth (AN), written by a nineteenth outside measurer at the same time: people who ask rather than tell
  // ("could I have the tenth one?", "are there any others?"), softened requests and second thoughts; first run
  // unseen: understood .988, honoured .875.
  // take (10)
  { kind: "take", text: "Could I go with number 3?", position: 3 },
  { kind: "take", text: "I think I'd like the last one, if that's alright?", position: 0 },
  { kind: "take", text: "Would it be okay if I picked #7?", position: 7 },
  { kind: "take", text: "number 1 it is.", position: 1 },
  { kind: "take", text: "Can I watch the second one, please?", position: 2 },
  { kind: "take", text: "Hmm, maybe the 5th... yes, let's do the fifth one.", position: 5 },
  { kind: "take", text: "I was going to say 4, but could I actually have 9 instead?", position: 9 },
  { kind: "take", text: "Is it alright if I choose no. 6? That one sounds perfect", position: 6 },
  { kind: "take", text: "ooh could i have the tenth one?", position: 10 },
  { kind: "take", text: "Would number four be okay? I'll take that one.", position: 4 },
  // take-title (4)
  { kind: "take-title", text: "Could I pick {}, please?", position: 8 },
  { kind: "take-title", text: "I think I'll go with {}, if that's okay?", position: 4 },
  { kind: "take-title", text: "ooh {} - can I watch that one?", position: 10 },
  { kind: "take-title", text: "{} please", position: 1 },
  // take-with (3)
  { kind: "take-with", text: "Could I go with the one with {}?" },
  { kind: "take-with", text: "I think the one with {} sounds good... can I watch that one?" },
  { kind: "take-with", text: "ok the one with {}." },
  // more (7)
  { kind: "more", text: "Would you have any other options? None of these really appeal to me." },
  { kind: "more", text: "Could I see a different set, please? These aren't quite it." },
  { kind: "more", text: "Are there any others? I'm not feeling these ones, sorry" },
  { kind: "more", text: "Hmm, I'm not sure about any of these... could you try again?" },
  { kind: "more", text: "none of them. others?" },
  { kind: "more", text: "Do you have anything else at all? I'd rather pass on this lot." },
  { kind: "more", text: "is it possible to see ten different ones?" },
  // similar (6)
  { kind: "similar", text: "Number 6 looks like my kind of thing — do you have more along those lines?", position: 6 },
  { kind: "similar", text: "I really like the look of the 2nd one. Could you find others like it?", position: 2 },
  { kind: "similar", text: "The last one is right up my alley. Anything similar?", position: 0 },
  { kind: "similar", text: "Could you show me more in the style of #8?", position: 8 },
  { kind: "similar", text: "would there be other films like number 4? that's the closest to what I'm after", position: 4 },
  { kind: "similar", text: "more like 10 please", position: 10 },
  // liked-all (3)
  { kind: "liked-all", text: "I've actually seen all of these and loved them — could you find some I might not have watched yet?" },
  { kind: "liked-all", text: "Oh, those are all favourites of mine! Do you have any others I haven't seen?" },
  { kind: "liked-all", text: "ha, I've watched every one of these and enjoyed them all. anything else?" },
  // why (6)
  { kind: "why", text: "Why the third one? I'm curious what made you suggest it.", position: 3 },
  { kind: "why", text: "Would you mind telling me what made you pick the last one?", position: 0 },
  { kind: "why", text: "Sorry, how does number 7 fit with what I said?", position: 7 },
  { kind: "why", text: "I'm not sure I see why #9 is on the list — could you explain?", position: 9 },
  { kind: "why", text: "What's the reasoning behind number 1, if you don't mind me asking?", position: 1 },
  { kind: "why", text: "why 5?", position: 5 },
  // less (6)
  { kind: "less", text: "Could we maybe skip the {} ones next time?" },
  { kind: "less", text: "Is it possible to leave out anything {}? Not really in the mood for it." },
  { kind: "less", text: "Hmm, I'm not really a {} person — could you take those out?" },
  { kind: "less", text: "Are there options that aren't {}, by any chance?" },
  { kind: "less", text: "Could you drop the {}? It's not really my thing." },
  { kind: "less", text: "no {} please" },
  // more-of (5)
  { kind: "more-of", text: "Could there be a few more scary ones in the next lot?", genre: "Horror" },
  { kind: "more-of", text: "do you have anything else with a bit more action?", genre: "Action" },
  { kind: "more-of", text: "Would it be possible to lean a little more towards romance?", genre: "Romance" },
  { kind: "more-of", text: "Any chance of more animated films? I do love a good cartoon.", genre: "Animation" },
  { kind: "more-of", text: "could you show me more documentaries, if there are any?", genre: "Documentary" },
  // mixed (4)
  { kind: "mixed", text: "Could we have something funny, but maybe not a cartoon?", holds: ["Comedy"], lacks: ["Animation"] },
  { kind: "mixed", text: "Is there anything with a bit of romance that isn't a drama?", holds: ["Romance"], lacks: ["Drama"] },
  { kind: "mixed", text: "Would it be possible to get sci-fi ones, but without the horror?", holds: ["Sci-Fi"], lacks: ["Horror"] },
  { kind: "mixed", text: "any chance of some crime films that aren't thrillers?", holds: ["Crime"], lacks: ["Thriller"] },
  // older (4)
  { kind: "older", text: "Could we go back a few decades, maybe?" },
  { kind: "older", text: "Do you have anything from further back? I love the old classics." },
  { kind: "older", text: "Would it be possible to see some older films instead?" },
  { kind: "older", text: "older ones?" },
  // newer (4)
  { kind: "newer", text: "Do you have anything a little more recent?" },
  { kind: "newer", text: "Are there any newer ones? These all feel a bit dated to me." },
  { kind: "newer", text: "Could you maybe show me stuff that came out more recently, say the last ten years or so?" },
  { kind: "newer", text: "newer please" },
  // show (4)
  { kind: "show", text: "Could you just show me some films now?" },
  { kind: "show", text: "Would it be possible to skip the questions and see what you've got?" },
  { kind: "show", text: "um can I just see a few recommendations?" },
  { kind: "show", text: "Let's just see some movies." },
  // indifferent (5)
  { kind: "indifferent", text: "I don't really mind either way, to be honest — does it matter?" },
  { kind: "indifferent", text: "Hmm, I'm not fussed about that. Is it okay if I don't choose?" },
  { kind: "indifferent", text: "could go either way? it doesn't make much difference to me" },
  { kind: "indifferent", text: "Would it be alright if we didn't narrow that down? Either is fine with me." },
  { kind: "indifferent", text: "no preference." },
  // echo (4)
  { kind: "echo", text: "Hi! Would you be able to suggest a sci-fi film from the 80s? Something like Alien maybe, but not horror if possible.", accepted: ["Sci-Fi", "1980s"], rejected: ["Horror"], liked: ["Alien"] },
  { kind: "echo", text: "hello, do you have any good comedies? I loved Groundhog Day", accepted: ["Comedy"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "I was wondering if you could help me find a western, maybe from the 1960s? Nothing too romantic please.", accepted: ["Western", "1960s"], rejected: ["Romance"] },
  { kind: "echo", text: "Could you recommend an animated movie? We really enjoyed Toy Story and Shrek.", accepted: ["Animation"], liked: ["Toy Story", "Shrek"] },
  // undo (2)
  { kind: "undo", text: "Oh wait, sorry — could I change my answer to that?" },
  { kind: "undo", text: "Hmm, actually, can I take that back? I answered too fast." },
  // restart (3)
  { kind: "restart", text: "Would it be possible to start over from scratch?" },
  { kind: "restart", text: "Sorry, I think I've muddled things. Can we begin again from the top?" },
  { kind: "restart", text: "start over please" },
  // A forty-first (AO), written by a twentieth outside measurer in the same session as AM and AN, after their
  // fixes: people who react first (to the cards, the question, their evening) and then ask; first run unseen:
  // understood 1.000, honoured .850.
  // take (10)
  { kind: "take", text: "Oh nice, I've been meaning to watch number 7 for ages. I'll go with that one.", position: 7 },
  { kind: "take", text: "Ha, my brother keeps going on about the first one. Okay fine, I'll watch #1.", position: 1 },
  { kind: "take", text: "These all look kinda heavy for a Tuesday but the 3rd one seems fun. Picking that.", position: 3 },
  { kind: "take", text: "Not thrilled with most of this list tbh. The last one is decent though, I'll take it", position: 0 },
  { kind: "take", text: "ooh good picks!! going with 10", position: 10 },
  { kind: "take", text: "Okay, that fifth card is exactly my kind of thing. Let's watch it.", position: 5 },
  { kind: "take", text: "I'm tired and my popcorn is getting cold lol. Number 2, done.", position: 2 },
  { kind: "take", text: "Hmm, half of these I've already seen. Never saw 8 though, so that's the one for tonight.", position: 8 },
  { kind: "take", text: "You did good this time! I'll settle on number nine.", position: 9 },
  { kind: "take", text: "Wow, number 6 looks creepy as hell. Perfect, that's what we're watching.", position: 6 },
  // take-title (4)
  { kind: "take-title", text: "My wife loved {} when it came out and I never got around to seeing it. That one, please.", position: 4 },
  { kind: "take-title", text: "ok {} actually looks interesting. i'll watch that", position: 2 },
  { kind: "take-title", text: "None of these really jump out at me, but I guess {} will do.", position: 9 },
  { kind: "take-title", text: "Oh wow, {}! Haven't seen that since I was a kid, putting it on now.", position: 6 },
  // take-with (3)
  { kind: "take-with", text: "A few of these look a bit cheesy to me. I'll take the one with {} though." },
  { kind: "take-with", text: "Total sucker for this kind of thing lol. The one with {}, please." },
  { kind: "take-with", text: "Honestly some of these reasons made me smile. Let's go with the one that has {}." },
  // more (7)
  { kind: "more", text: "Meh. Seen most of these and the rest don't grab me. Got a different batch?" },
  { kind: "more", text: "None of these are really doing it for me, sorry. Can you show me some other ones?" },
  { kind: "more", text: "I've either seen these or never want to. Next ten please." },
  { kind: "more", text: "lol no. try again" },
  { kind: "more", text: "Hmm, I'm sure these are good films, but nothing here is calling to me tonight. What else have you got?" },
  { kind: "more", text: "Not feeling any of them. Different options please" },
  { kind: "more", text: "That's a pretty random list, no offense. Can I see a completely different set?" },
  // similar (6)
  { kind: "similar", text: "Oh I saw number 3 last year and loved it! More along those lines please.", position: 3 },
  { kind: "similar", text: "The 8th one is one of my all-time favorites. Anything else like it?", position: 8 },
  { kind: "similar", text: "ha, #1 is such a good movie, already seen it though. find me something similar", position: 1 },
  { kind: "similar", text: "That last one was amazing when I watched it. Can you find more in that vein?", position: 0 },
  { kind: "similar", text: "Number 5... watched it twice, cried both times. Give me stuff like that.", position: 5 },
  { kind: "similar", text: "already seen 10 but I really enjoyed it, so more like that would be great", position: 10 },
  // liked-all (3)
  { kind: "liked-all", text: "Whoa, I've literally seen every one of these and loved them all. You've got my taste down!" },
  { kind: "liked-all", text: "Ha, seen 'em all, and honestly there isn't a bad one in the bunch." },
  { kind: "liked-all", text: "these are all bangers but I've watched every single one already" },
  // why (6)
  { kind: "why", text: "Never heard of number 4. Why do you think I'd like it?", position: 4 },
  { kind: "why", text: "Number 7 seems like an odd pick for me, to be honest. What's the reasoning behind it?", position: 7 },
  { kind: "why", text: "huh, the second one? didn't expect that. why'd you put it on here", position: 2 },
  { kind: "why", text: "The last card looks intriguing but I'm not sure. Can you tell me why you chose it?", position: 0 },
  { kind: "why", text: "I don't usually go for stuff like #9, so that one surprises me. Explain?", position: 9 },
  { kind: "why", text: "Number 6 looks a little out there. What makes it a match for me?", position: 6 },
  // less (6)
  { kind: "less", text: "Too much {} on this list for my taste. Leave that out next time." },
  { kind: "less", text: "Ugh, I had enough {} for a lifetime last weekend. No more of it please." },
  { kind: "less", text: "These are fine but I really don't do {}. Skip those." },
  { kind: "less", text: "hmm, kinda {}-heavy. can we drop that genre" },
  { kind: "less", text: "The kids just went to bed and I'm jumpy enough already. Please get rid of the {} ones." },
  { kind: "less", text: "Not a {} person, never have been. Take them off." },
  // more-of (5)
  { kind: "more-of", text: "The animated ones are the only ones that caught my eye. Could I see more of those?", genre: "Animation" },
  { kind: "more-of", text: "Rough day at work, honestly. Could you lean more into comedies?", genre: "Comedy" },
  { kind: "more-of", text: "It's date night! Throw a few more romantic ones in there.", genre: "Romance" },
  { kind: "more-of", text: "Love that there's a spaceship movie on here. More sci-fi please", genre: "Sci-Fi" },
  { kind: "more-of", text: "Only one scary movie on the whole list?? I want more horror.", genre: "Horror" },
  // mixed (4)
  { kind: "mixed", text: "Some of these look decent but I'm not in the mood for blood tonight. Comedies only, and no horror.", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "I'm watching with my 6-year-old, so the war movie is a hard no. Just animated stuff, nothing with war in it.", holds: ["Animation"], lacks: ["War"] },
  { kind: "mixed", text: "great list for someone else lol. I want action, and none of the romance stuff", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "These are all too gloomy for me. Only sci-fi please, and leave out anything that's a drama.", holds: ["Sci-Fi"], lacks: ["Drama"] },
  // older (4)
  { kind: "older", text: "These all feel so recent and shiny. Show me some older stuff." },
  { kind: "older", text: "Ugh, I'm so tired of modern CGI movies. Something from further back?" },
  { kind: "older", text: "my dad's visiting and he hates anything new, can you go older?" },
  { kind: "older", text: "Nice list, but it's all from the last few years. Take me back a few decades." },
  // newer (4)
  { kind: "newer", text: "Wow, these are ancient. Anything more recent?" },
  { kind: "newer", text: "I've seen all these classics a hundred times. Give me newer ones please." },
  { kind: "newer", text: "most of these came out before I was born lol. something more modern?" },
  { kind: "newer", text: "The black and white ones aren't for me, sorry. Stuff from the last ten years or so would be better." },
  // show (4)
  { kind: "show", text: "I honestly have no idea how to answer that. Just show me what you've got." },
  { kind: "show", text: "Too many questions lol. show me some movies already" },
  { kind: "show", text: "Hmm, I'll know it when I see it. Can you skip ahead and list some films?" },
  { kind: "show", text: "I'm really indecisive tonight, so let's skip the quiz. Just give me some options." },
  // indifferent (5)
  { kind: "indifferent", text: "I've never really cared about that sort of thing. Doesn't matter to me." },
  { kind: "indifferent", text: "Hmm, tough one, I could go either way. No preference." },
  { kind: "indifferent", text: "Eh, I've liked some and hated some, so it really doesn't matter. Whatever works." },
  { kind: "indifferent", text: "Good question, but honestly I'm fine with it or without it." },
  { kind: "indifferent", text: "lol idk, i'm not picky about that" },
  // echo (4)
  { kind: "echo", text: "Long week, I just want to switch my brain off. A comedy from the 2000s, like Shaun of the Dead or Zombieland, but no romance please.", accepted: ["Comedy", "2000s"], rejected: ["Romance"], liked: ["Shaun of the Dead", "Zombieland"] },
  { kind: "echo", text: "Hi! Finally have the house to myself tonight. I'm in the mood for a thriller, maybe something from the 90s.", accepted: ["Thriller", "1990s"] },
  { kind: "echo", text: "hey. my friends made me watch Alien last week and I loved it, so now I want sci-fi horror. anything like that?", accepted: ["Sci-Fi", "Horror"], liked: ["Alien"] },
  { kind: "echo", text: "Rainy Sunday and I'm on the couch with a blanket. I loved Groundhog Day and Back to the Future, so something from the 80s would be great, just no horror.", accepted: ["1980s"], rejected: ["Horror"], liked: ["Groundhog Day", "Back to the Future"] },
  // undo (2)
  { kind: "undo", text: "Hmm, actually I answered that too fast. Take it back, please." },
  { kind: "undo", text: "Oops, fat fingers on my phone lol. Undo that last answer." },
  // restart (3)
  { kind: "restart", text: "This has gone totally sideways, probably my fault. Can we start over from scratch?" },
  { kind: "restart", text: "Okay, my girlfriend just walked in and she wants a say. Let's begin again from the top." },
  { kind: "restart", text: "lol i think i confused both of us. let's just start over" },
  // A forty-second (AP), written by a twenty-first outside measurer at the same time: speech typed by a voice
  // assistant (no punctuation, fillers, numbers as words, run-ons, the odd misheard word); first run unseen:
  // understood 1.000, honoured .938.
  // take (10)
  { kind: "take", text: "um yeah lets go with the first one", position: 1 },
  { kind: "take", text: "ok so the the one thats uh number two lets watch number two", position: 2 },
  { kind: "take", text: "i'll take the uh i'll take the third one", position: 3 },
  { kind: "take", text: "number for looks good lets do that", position: 4 },
  { kind: "take", text: "oh the fifth one is perfect my wife has been wanting to see that forever so yeah put on number five", position: 5 },
  { kind: "take", text: "um ok six six is the one ill go with six", position: 6 },
  { kind: "take", text: "so i think ill watch number seven tonight thats the one", position: 7 },
  { kind: "take", text: "the eighth one yeah eighth one is exactly what im in the mood for lets watch it", position: 8 },
  { kind: "take", text: "number ten please im gonna watch that one", position: 10 },
  { kind: "take", text: "uh the lass one that one sounds good ill take it", position: 0 },
  // take-title (4)
  { kind: "take-title", text: "so yeah um {} that one lets watch it", position: 9 },
  { kind: "take-title", text: "oh i've been meaning to see {} for like ever ok im picking that", position: 3 },
  { kind: "take-title", text: "can you put on {} please", position: 7 },
  { kind: "take-title", text: "uh lets do lets go with {}", position: 1 },
  // take-with (3)
  { kind: "take-with", text: "ill go with the {} one" },
  { kind: "take-with", text: "i want the movie thats got like {} in it um yeah that one please" },
  { kind: "take-with", text: "so the one that had {} yeah ill watch that one" },
  // more (7)
  { kind: "more", text: "um none of these are really doing it for me can you show me some other ones" },
  { kind: "more", text: "nah not these uh got anything else" },
  { kind: "more", text: "hmm these dont these dont really look interesting to me next bunch please" },
  { kind: "more", text: "can i see more options" },
  { kind: "more", text: "so yeah um not feeling any of them what else you got" },
  { kind: "more", text: "i don't like any of these ones try again" },
  { kind: "more", text: "no no no different ones please like a whole new list" },
  // similar (6)
  { kind: "similar", text: "oh i already saw number two and loved it got any more like that", position: 2 },
  { kind: "similar", text: "the sixth one is like one of my favorites actually so stuff like that", position: 6 },
  { kind: "similar", text: "um i watched the last one already it was great can you find me things kinda like it", position: 0 },
  { kind: "similar", text: "number nine i saw that like twice its so good more in that vane", position: 9 },
  { kind: "similar", text: "so the first one i seen it already and really liked it uh something similar to that maybe", position: 1 },
  { kind: "similar", text: "yeah number eight was awesome when i saw it last year show me ones like that", position: 8 },
  // liked-all (3)
  { kind: "liked-all", text: "oh wow ive seen every single one of these and i loved them all" },
  { kind: "liked-all", text: "um yeah so ive watched all ten of those already and they were all really good" },
  { kind: "liked-all", text: "ha these are all like my favorites i've seen them all love every one" },
  // why (6)
  { kind: "why", text: "why did you pick number four for me", position: 4 },
  { kind: "why", text: "what makes you think id like the seventh one", position: 7 },
  { kind: "why", text: "can you tell me more about number ten like why that one", position: 10 },
  { kind: "why", text: "uh how come the last one is on there", position: 0 },
  { kind: "why", text: "wait why is number one on the list", position: 1 },
  { kind: "why", text: "so the fifth one um what is it about that one that you think fits what i want", position: 5 },
  // less (6)
  { kind: "less", text: "um no more {} please" },
  { kind: "less", text: "i'm not really into {} so like can you take those out" },
  { kind: "less", text: "get rid of the {} stuff" },
  { kind: "less", text: "so yeah i dont wanna watch anything {} tonight" },
  { kind: "less", text: "can you like skip the {} ones" },
  { kind: "less", text: "i'm kinda sick of {} honestly show me stuff without it" },
  // more-of (5)
  { kind: "more-of", text: "got any more like funny ones uh stuff thatll crack me up", genre: "Comedy" },
  { kind: "more-of", text: "um something scarier maybe like more spooky stuff", genre: "Horror" },
  { kind: "more-of", text: "more sci fi please like space and aliens and robots and all that", genre: "Sci-Fi" },
  { kind: "more-of", text: "can you give me some more romantic ones like a love story for date night", genre: "Romance" },
  { kind: "more-of", text: "you got any more of them cowboy movies like westerns i love those", genre: "Western" },
  // mixed (4)
  { kind: "mixed", text: "um funny stuff but like no cartoons", holds: ["Comedy"], lacks: ["Animation"] },
  { kind: "mixed", text: "so i want action but no um no sci fi", holds: ["Action"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "only scary ones and uh none of those horror comedy ones either just straight horror", holds: ["Horror"], lacks: ["Comedy"] },
  { kind: "mixed", text: "something thats like a serious drama but um no romance please no love stories", holds: ["Drama"], lacks: ["Romance"] },
  // older (4)
  { kind: "older", text: "um these are all too new got anything older" },
  { kind: "older", text: "can you do like more classic stuff like older films" },
  { kind: "older", text: "something older than these like from my parents time" },
  { kind: "older", text: "uh im in the mood for oldies you know like the really old ones" },
  // newer (4)
  { kind: "newer", text: "anything more resent these are kinda old" },
  { kind: "newer", text: "um newer stuff please" },
  { kind: "newer", text: "like something that came out in the last few years" },
  { kind: "newer", text: "these feel dated uh show me more modern ones" },
  // show (4)
  { kind: "show", text: "i dont know just show me some movies" },
  { kind: "show", text: "um can we skip the questions and like just see what you got" },
  { kind: "show", text: "just give me a list already" },
  { kind: "show", text: "no more questions just recommendations please" },
  // indifferent (5)
  { kind: "indifferent", text: "um i dont really care either way" },
  { kind: "indifferent", text: "doesnt matter to me" },
  { kind: "indifferent", text: "i mean i'm not picky about that honestly" },
  { kind: "indifferent", text: "uh no preference" },
  { kind: "indifferent", text: "eh yes or no both are fine im good with whatever on that one" },
  // echo (4)
  { kind: "echo", text: "hi um so im looking for a comedy from like the nineties my favorite is groundhog day", accepted: ["Comedy", "1990s"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "hey so uh i wanna watch a horror movie tonight but not like sci fi horror i really liked zombieland", accepted: ["Horror"], rejected: ["Sci-Fi"], liked: ["Zombieland"] },
  { kind: "echo", text: "can you find me uh an action movie from the eighties i love die hard", accepted: ["Action", "1980s"], liked: ["Die Hard"] },
  { kind: "echo", text: "ok uh sci fi from the two thousands like i really liked minority report and um nothing animated", accepted: ["Sci-Fi", "2000s"], rejected: ["Animation"], liked: ["Minority Report"] },
  // undo (2)
  { kind: "undo", text: "uh wait undo that last answer i didnt mean it" },
  { kind: "undo", text: "hold on i said that wrong can you ask me that again" },
  // restart (3)
  { kind: "restart", text: "um can we just star over from the beginning" },
  { kind: "restart", text: "ok this isnt working lets start the whole thing fresh" },
  { kind: "restart", text: "uh scrap all this i wanna i wanna begin again from scratch" },
  // A forty-third (AQ), written by a twenty-second outside measurer in the next session: impatient, mildly annoyed
  // or sarcastic late-night users, some curt, some venting first; first run unseen: understood .975, honoured .950.
  // take (10)
  { kind: "take", text: "fine. number 3. I'm done.", position: 3 },
  { kind: "take", text: "ugh, whatever, it's almost 1am. I'll watch the 7th one", position: 7 },
  { kind: "take", text: "#1. going with it before you show me anything worse", position: 1 },
  { kind: "take", text: "The last one. Goodnight.", position: 0 },
  { kind: "take", text: "ok, none of these are amazing but I'll settle for number ten", position: 10 },
  { kind: "take", text: "5, I guess. let's just end this", position: 5 },
  { kind: "take", text: "Took you long enough. The second one looks watchable, I'll take it.", position: 2 },
  { kind: "take", text: "eighth one. sold. bye", position: 8 },
  { kind: "take", text: "I'm not scrolling through another list. Number 6, final answer.", position: 6 },
  { kind: "take", text: "meh. put on #4 then", position: 4 },

  // take-title (4)
  { kind: "take-title", text: "fine, {} it is. at least I've heard of that one", position: 9 },
  { kind: "take-title", text: "{}. done. don't show me anything else", position: 2 },
  { kind: "take-title", text: "I'll go with {}, I'm too tired to keep looking", position: 5 },
  { kind: "take-title", text: "ok whatever, {}. that's my pick", position: 1 },

  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {}, whatever, it's late" },
  { kind: "take-with", text: "just give me the one with {} and let's wrap this up" },
  { kind: "take-with", text: "The one with {}. That's the only one that doesn't look like a snooze. Picking it." },

  // more (7)
  { kind: "more", text: "nope. none of these. next" },
  { kind: "more", text: "Wow. Not one of these appeals to me. Show me a different batch." },
  { kind: "more", text: "are you serious? no. different movies please" },
  { kind: "more", text: "none of those, try again" },
  { kind: "more", text: "I'm not feeling a single one of these. got any others?" },
  { kind: "more", text: "pass on all ten. new list" },
  { kind: "more", text: "This is getting old. None of these work for me, show me something else entirely." },

  // similar (6)
  { kind: "similar", text: "number 4 is the only halfway decent one on here. more like that", position: 4 },
  { kind: "similar", text: "ok the 9th one is actually good. find me stuff along those lines", position: 9 },
  { kind: "similar", text: "#1 is fine I guess. anything else in that vein?", position: 1 },
  { kind: "similar", text: "Finally, the last one is my kind of movie. Give me more like it.", position: 0 },
  { kind: "similar", text: "6 is closer to what I want. similar stuff please", position: 6 },
  { kind: "similar", text: "the rest are junk but I liked number three. more in that direction", position: 3 },

  // liked-all (3)
  { kind: "liked-all", text: "yeah, great films, every one of them. seen them all already, that's the problem" },
  { kind: "liked-all", text: "Congrats, you found ten movies I love. I've watched all ten. Something I HAVEN'T seen?" },
  { kind: "liked-all", text: "loved all of these. watched all of these. got anything I haven't seen?" },

  // why (6)
  { kind: "why", text: "why on earth did you put number 9 on here?", position: 9 },
  { kind: "why", text: "what's the reasoning behind #2. genuinely asking", position: 2 },
  { kind: "why", text: "Explain the last one to me, because I don't see it.", position: 0 },
  { kind: "why", text: "why 7?", position: 7 },
  { kind: "why", text: "ok I'll bite, why'd you recommend the fifth one", position: 5 },
  { kind: "why", text: "I don't get how number 10 fits anything I said. why is it there?", position: 10 },

  // less (6)
  { kind: "less", text: "no more {}, please, I'm begging you" },
  { kind: "less", text: "can you lose the {} stuff" },
  { kind: "less", text: "ugh. I'm so sick of {} movies. none of that next time" },
  { kind: "less", text: "Way too much {} on this list. Cut it out." },
  { kind: "less", text: "get rid of the {} ones" },
  { kind: "less", text: "I didn't ask for {}. Drop it." },

  // more-of (5)
  { kind: "more-of", text: "these are all so serious. got anything that'll actually make me laugh, maybe more comedies?", genre: "Comedy" },
  { kind: "more-of", text: "more animated stuff please, the kids are getting restless", genre: "Animation" },
  { kind: "more-of", text: "can I get some actual westerns in here? cowboys, horses, the works", genre: "Western" },
  { kind: "more-of", text: "Where are the scary ones? I want more horror.", genre: "Horror" },
  { kind: "more-of", text: "more sci-fi. spaceships. aliens. anything.", genre: "Sci-Fi" },

  // mixed (4)
  { kind: "mixed", text: "funny, but not kids' movies. these are all cartoons for six-year-olds", holds: ["Comedy"], lacks: ["Children"] },
  { kind: "mixed", text: "I want horror. NOT the jokey kind. no comedy", holds: ["Horror"], lacks: ["Comedy"] },
  { kind: "mixed", text: "sci-fi without all the action, please. something that makes me think instead of blowing stuff up", holds: ["Sci-Fi"], lacks: ["Action"] },
  { kind: "mixed", text: "Okay, a romance, but not a musical. I can't take any singing tonight.", holds: ["Romance"], lacks: ["Musical"] },

  // older (4)
  { kind: "older", text: "everything here came out like yesterday. got anything older?" },
  { kind: "older", text: "older. much older." },
  { kind: "older", text: "Can we go back a few decades? I'm tired of shiny new stuff." },
  { kind: "older", text: "these all feel brand new, I want something with a bit of age on it" },

  // newer (4)
  { kind: "newer", text: "these are ancient. anything made after I was born?" },
  { kind: "newer", text: "something more recent please, this looks like my grandpa's VHS shelf" },
  { kind: "newer", text: "newer stuff. please." },
  { kind: "newer", text: "Do you have anything from this century, or nah?" },

  // show (4)
  { kind: "show", text: "Enough questions. Show me what you've got." },
  { kind: "show", text: "can you just give me the list already" },
  { kind: "show", text: "how many more of these?? just show me some movies" },
  { kind: "show", text: "stop quizzing me and put some films on the screen" },

  // indifferent (5)
  { kind: "indifferent", text: "doesn't matter" },
  { kind: "indifferent", text: "I genuinely could not care less about that." },
  { kind: "indifferent", text: "no preference. next question" },
  { kind: "indifferent", text: "either way, honestly. don't care" },
  { kind: "indifferent", text: "whatever, makes no difference to me" },

  // echo (4)
  { kind: "echo", text: "Comedy from the 90s. No romance. Please don't make this take forever.", accepted: ["Comedy", "1990s"], rejected: ["Romance"] },
  { kind: "echo", text: "I want a thriller, something like Memento or Zodiac. and no horror, the last site I tried gave me nothing but slasher garbage", accepted: ["Thriller"], rejected: ["Horror"], liked: ["Memento", "Zodiac"] },
  { kind: "echo", text: "sci-fi. 80s. go.", accepted: ["Sci-Fi", "1980s"] },
  { kind: "echo", text: "looking for an animated movie, we liked Toy Story. no musicals though, I can't sit through another one tonight", accepted: ["Animation"], rejected: ["Musical"], liked: ["Toy Story"] },

  // undo (2)
  { kind: "undo", text: "wait, no, I didn't mean that. take that answer back" },
  { kind: "undo", text: "ugh, wrong button. undo my last answer" },

  // restart (3)
  { kind: "restart", text: "this is going nowhere. start over." },
  { kind: "restart", text: "Can we just start from scratch? This has gone completely off the rails." },
  { kind: "restart", text: "reset. from the very beginning, forget everything I said" },
  // A forty-fourth (AR), written by a twenty-third outside measurer at the same time: world Englishes (India, Nigeria,
  // the Philippines, Singapore, South Africa, Latin America); first run unseen: understood 1.000, honoured .963.
  // take (10)
  { kind: "take", text: "I will watch number 3, thank you so much sir!", position: 3 },
  { kind: "take", text: "ok let me go with no. 7", position: 7 },
  { kind: "take", text: "The first one is fine for me. I'll take it, thanks a lot", position: 1 },
  { kind: "take", text: "Number 10 it is. Thanks ah", position: 10 },
  { kind: "take", text: "Ay, number 2 po, we will watch that tonight with the family. Salamat!", position: 2 },
  { kind: "take", text: "Let me do the 5th one. Tank you, God bless", position: 5 },
  { kind: "take", text: "Fine fine, I'll settle for number 8.", position: 8 },
  { kind: "take", text: "The last one! That one I will watch, done", position: 0 },
  { kind: "take", text: "Ok I choose the sixth movie. Many thanks for your help, regards", position: 6 },
  { kind: "take", text: "Lekker, number 4 looks good. I'm going with that one", position: 4 },
  // take-title (4)
  { kind: "take-title", text: "ok I will go for {} itself, thank you", position: 9 },
  { kind: "take-title", text: "{} please. That one I have been wanting to see since long", position: 2 },
  { kind: "take-title", text: "oh {}!! that one for sure, we watch it tonight", position: 6 },
  { kind: "take-title", text: "Alright, I'll take {}. Cheers", position: 0 },
  // take-with (3)
  { kind: "take-with", text: "Give me the one with {}, that one only" },
  { kind: "take-with", text: "I'll have the film that has {} in it, thank you kindly" },
  { kind: "take-with", text: "ok the one with {} — I'm taking that one" },
  // more (7)
  { kind: "more", text: "None of these is catching my fancy. Kindly show me other options" },
  { kind: "more", text: "Nothing here for me o. Abeg bring another set" },
  { kind: "more", text: "hmm no, none of these are my type. next please" },
  { kind: "more", text: "Can you show a different list? These ones don't interest me at all" },
  { kind: "more", text: "nope, nothing. other options pls" },
  { kind: "more", text: "Naah these ones not really it leh. Show me some others can?" },
  { kind: "more", text: "I don't like any of this list, please give me different movies" },
  // similar (6)
  { kind: "similar", text: "Number 3 is very nice, I watched it last year only. Give me more like that one", position: 3 },
  { kind: "similar", text: "Something in the line of the 7th one please", position: 7 },
  { kind: "similar", text: "I loved the first one! Got more of that type?", position: 1 },
  { kind: "similar", text: "The last one is exactly my kind of movie. Show me films similar to it", position: 0 },
  { kind: "similar", text: "Eish, no. 10 is my favourite, I've seen it many times. Anything like that?", position: 10 },
  { kind: "similar", text: "I enjoyed number five too much. Can you find others same like that one po?", position: 5 },
  // liked-all (3)
  { kind: "liked-all", text: "Wah, I've watched every one of these and enjoyed all! Got any others?" },
  { kind: "liked-all", text: "All ten I have already seen and loved them, you have good taste. Suggest new ones" },
  { kind: "liked-all", text: "Ah these are all my favourites already o! I don see any one I never watch. Give me fresh ones in the same style" },
  // why (6)
  { kind: "why", text: "Why did you suggest number 2? I don't understand", position: 2 },
  { kind: "why", text: "What is the 8th one about and why you think I will like it?", position: 8 },
  { kind: "why", text: "can you explain why no. 4 is there", position: 4 },
  { kind: "why", text: "Kindly tell me the reason you picked the 9th movie for me", position: 9 },
  { kind: "why", text: "why the last one?", position: 0 },
  { kind: "why", text: "How come number 6 is in the list? Please explain a little", position: 6 },
  // less (6)
  { kind: "less", text: "Too much {} in this list, remove those please" },
  { kind: "less", text: "Eish, I'm not into {} at all. Take them out" },
  { kind: "less", text: "please avoid {} films, my mother is watching with me" },
  { kind: "less", text: "remove the {} ones na" },
  { kind: "less", text: "Enough of {} already o, I don't want again" },
  { kind: "less", text: "No more {} for me please, I don't enjoy that kind" },
  // more-of (5)
  { kind: "more-of", text: "Do you have more of the funny ones? I want to laugh until my stomach pains", genre: "Comedy" },
  { kind: "more-of", text: "More scary ones please, my cousins and I are doing a horror night", genre: "Horror" },
  { kind: "more-of", text: "Add more love stories pls, it's for me and my wife's anniversary", genre: "Romance" },
  { kind: "more-of", text: "Can put more animated ones? The cartoon type", genre: "Animation" },
  { kind: "more-of", text: "I would like more of science fiction, with space and aliens and all that", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "I want only comedies but no romance ones please", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "Give me action only, and abeg no horror at all", holds: ["Action"], lacks: ["Horror"] },
  { kind: "mixed", text: "Only dramas please, but without any war stuff, my father cannot watch that", holds: ["Drama"], lacks: ["War"] },
  { kind: "mixed", text: "must be animated and funny both", holds: ["Animation", "Comedy"], lacks: [] },
  // older (4)
  { kind: "older", text: "These are all too new. Something from my father's time?" },
  { kind: "older", text: "Do you have older ones? Classic movies from olden days" },
  { kind: "older", text: "I prefer the old films, from before. Can show older ones?" },
  { kind: "older", text: "hmm these are very recent, I would like movies more antique please" },
  // newer (4)
  { kind: "newer", text: "All these are very old, something more latest please" },
  { kind: "newer", text: "Eish these are ancient, give me recent ones" },
  { kind: "newer", text: "Any more recent? These ones are from before I was born lol" },
  { kind: "newer", text: "Can you give me newer movies? These are too old-fashioned for my taste" },
  // show (4)
  { kind: "show", text: "Just show me the films already, too many questions" },
  { kind: "show", text: "skip all this and give me the list pls" },
  { kind: "show", text: "Boss abeg just bring the movies, I trust you" },
  { kind: "show", text: "Can you recommend me now directly? No need to ask more" },
  // indifferent (5)
  { kind: "indifferent", text: "Either way is fine, no issue" },
  { kind: "indifferent", text: "Doesn't matter lah, both also can" },
  { kind: "indifferent", text: "I'm not fussed either way, hey" },
  { kind: "indifferent", text: "hmm I don't mind actually. any is ok po" },
  { kind: "indifferent", text: "It's all the same to me, I have no preference for that" },
  // echo (4)
  { kind: "echo", text: "Hello sir, I want to watch some good thriller movie, preferably from the 2000s. I liked Inception very much.", accepted: ["Thriller", "2000s"], liked: ["Inception"] },
  { kind: "echo", text: "Good evening. Abeg I need comedy, no horror at all, I no fit. Something like Coming to America", accepted: ["Comedy"], rejected: ["Horror"], liked: ["Coming to America"] },
  { kind: "echo", text: "hi po! looking for a romance movie from the 1990s, pls no war movies", accepted: ["Romance", "1990s"], rejected: ["War"] },
  { kind: "echo", text: "Howzit. Keen on animation, something like Toy Story or Shrek, but nothing musical please, my boet hates the singing", accepted: ["Animation"], rejected: ["Musical"], liked: ["Toy Story", "Shrek"] },
  // undo (2)
  { kind: "undo", text: "Sorry sorry, I pressed the wrong one. Let me answer that again" },
  { kind: "undo", text: "Wait wait, I take back my answer. Ask me again please" },
  // restart (3)
  { kind: "restart", text: "Can we start all over again? I want to change everything" },
  { kind: "restart", text: "Abeg let us start afresh from the beginning" },
  { kind: "restart", text: "Let me begin again from zero please, reset the whole thing" },
  // A forty-fifth (AS), written by a twenty-fourth outside measurer at the same time: over-sharers, two to four
  // sentences of their day, mood and company around one request; first run unseen: understood 1.000, honoured .887.
  // take (10)
  { kind: "take", text: "Long week at work and I just got the kids to bed, so this is my one quiet evening. Number 3 it is, putting it on now. Thank you!", position: 3 },
  { kind: "take", text: "ok so my sister is over and we argued about this for like ten minutes lol. she won, we're going with #7. wish us luck", position: 7 },
  { kind: "take", text: "I watched something really heavy last weekend and I've been in a funk since. The first one looks like exactly what I need tonight, I'll take it.", position: 1 },
  { kind: "take", text: "My boyfriend fell asleep on the couch already so I get to pick for once! Going with the tenth one. Thanks for the help.", position: 10 },
  { kind: "take", text: "Rain all day here and I've got a blanket and leftover pizza. The last one on your list sounds perfect, let's do that one.", position: 0 },
  { kind: "take", text: "I'm getting over a cold so I'm basically stuck on the sofa anyway. I'll go with 5. Looks like a good one to doze through if I have to, haha.", position: 5 },
  { kind: "take", text: "We just had a big family dinner and everyone is too full to move. Grandpa says the second one, and nobody argues with grandpa. That's our pick.", position: 2 },
  { kind: "take", text: "Honestly I was scrolling for 40 minutes before I found this chat. Option 8 looks great, I'm done searching — that's the one.", position: 8 },
  { kind: "take", text: "First date night in ages since the baby came!! We both like the look of no. 4, so that's what we're watching. Thank you so much", position: 4 },
  { kind: "take", text: "My roommate and I do a movie every Friday and this week it was my turn to choose. I'm picking the sixth one. Perfect, thanks.", position: 6 },
  // take-title (4)
  { kind: "take-title", text: "I heard a podcast talk about this one a few months back and forgot the name until now. {} — yes, that's what we're watching tonight.", position: 2 },
  { kind: "take-title", text: "my wife has been on about {} for ages and I keep putting it off. fine, tonight's the night, let's go with it.", position: 9 },
  { kind: "take-title", text: "Just got back from a run, showered, and now I'm ready to do absolutely nothing. I'll take {}. Thanks!", position: 6 },
  { kind: "take-title", text: "ok so the kids are at their dad's this weekend and i have the house to myself. gonna watch {} with a glass of wine, that's my pick", position: 0 },
  // take-with (3)
  { kind: "take-with", text: "My dad is visiting and he only ever wants to talk about movies he saw in the 70s. Let's do the one with {}, I think even he'll sit through that." },
  { kind: "take-with", text: "Been a rough day, my car broke down on the highway and I waited two hours for a tow. I'll go with the one with {} in it. I need the distraction." },
  { kind: "take-with", text: "We watched something forgettable last week and my partner still won't let me live it down. So this time: the one with {}. That's our pick." },
  // more (7)
  { kind: "more", text: "Hmm, none of these are really grabbing me. I'm tired and kind of picky tonight, sorry! Can you show me a different bunch?" },
  { kind: "more", text: "I was hoping something would jump out at me but nope. Not feeling any of these, can I see some other options? My friend's coming over in an hour so no rush, ha." },
  { kind: "more", text: "ugh, none of these. i think i'm just in a weird mood after work. show me a fresh set?" },
  { kind: "more", text: "My husband vetoed every single one of these as I read them out loud. He's grumpy because his team lost. Next batch please!" },
  { kind: "more", text: "These all look fine on paper but nothing's clicking for me. I watched three movies last week and I'm kind of burned out. Different ones maybe?" },
  { kind: "more", text: "Pass on all ten, sorry. The kids are yelling from the other room that they look boring, and honestly they're not wrong. What else have you got?" },
  { kind: "more", text: "Hmm. I think I'd rather skip this whole list. It's my birthday today and I want something that actually excites me, so show me something else." },
  // similar (6)
  { kind: "similar", text: "Oh I watched number 4 on a plane last month and loved it, even with the terrible headphones. Can you find me more stuff like that one?", position: 4 },
  { kind: "similar", text: "The first one is one of my all-time favourites, I must have seen it five times in college. Anything else along those lines?", position: 1 },
  { kind: "similar", text: "ooh #8 — my brother and I quoted that one for years. more like that please, something in the same spirit", position: 8 },
  { kind: "similar", text: "The last one you listed is exactly my kind of movie. I saw it at a friend's place years ago and never forgot it. Show me things like it?", position: 0 },
  { kind: "similar", text: "I've had a terrible week and need cheering up. Number six is the kind of thing I love, but I've already seen it. Got others similar to it?", position: 6 },
  { kind: "similar", text: "My mum and I watched the third one together last Christmas and we both loved it. Could you find more in that style? She's visiting again this weekend.", position: 3 },
  // liked-all (3)
  { kind: "liked-all", text: "Ha, I've seen every one of these and loved them all! My dad raised me on movies so it's hard to surprise me. Give me ones I haven't seen." },
  { kind: "liked-all", text: "Wow, okay, you basically just listed my DVD shelf from college. I've watched all ten and loved every single one. Anything new for me?" },
  { kind: "liked-all", text: "Seen 'em all, and honestly great picks, every one of them. I binge a lot on weekends since I work nights. What else is out there?" },
  // why (6)
  { kind: "why", text: "I'm curious about number 2 — why that one? I usually don't go for that kind of thing, but my friend swears by this site.", position: 2 },
  { kind: "why", text: "Before I pick anything: why did you put #5 on there? I watched something that looked similar last week and hated it, so I want to understand.", position: 5 },
  { kind: "why", text: "My wife is asking why the ninth one made the list, she thinks it looks odd. Can you explain what made you suggest it?", position: 9 },
  { kind: "why", text: "Okay the last one surprised me. What made you pick that? I'm just trying to figure out how this thing works lol", position: 0 },
  { kind: "why", text: "i had a long shift so forgive me if this is dumb, but why is 7 in there? doesn't seem like my usual stuff", position: 7 },
  { kind: "why", text: "Just sat down with my tea. Can you tell me a bit about why you picked the first one for me? I'd like to know before committing.", position: 1 },
  // less (6)
  { kind: "less", text: "My daughter is six and she's sitting right next to me, so no {} please. Something else, just without that." },
  { kind: "less", text: "I had nightmares for a week after the last thing I watched. Can we cut out the {} stuff?" },
  { kind: "less", text: "Ugh, too much {} on here for me. I get enough of that at work, honestly. Drop those?" },
  { kind: "less", text: "My partner can't stand {}, it's a whole thing with us. Could you leave that out of the next batch?" },
  { kind: "less", text: "I'm not in the mood for {} tonight. Had a bit of a day and just want to unwind. Anything that isn't that?" },
  { kind: "less", text: "we did a {} marathon last weekend and i'm so done with it for now. skip those please" },
  // more-of (5)
  { kind: "more-of", text: "My son just got home from soccer practice and he wants explosions and car chases. Could you show more action ones?", genre: "Action" },
  { kind: "more-of", text: "It's nearly Halloween and my friends are coming over in costume. Anything scarier? We want more horror on there.", genre: "Horror" },
  { kind: "more-of", text: "It's our anniversary tonight and these feel a bit cold. Got more romantic ones?", genre: "Romance" },
  { kind: "more-of", text: "I've got my two nephews for the afternoon and they're bouncing off the walls. More cartoons would be great, they love animated stuff.", genre: "Animation" },
  { kind: "more-of", text: "I've been reading a lot of Agatha Christie lately, so I'm in a puzzle mood. More mysteries, please? Whodunits ideally.", genre: "Mystery" },
  // mixed (4)
  { kind: "mixed", text: "Date night, but my wife hates sappy stuff. Can you make it funnier and drop the romance?", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "My nephew is obsessed with space right now. Give me sci-fi, but nothing horror-y, he's only ten.", holds: ["Sci-Fi"], lacks: ["Horror"] },
  { kind: "mixed", text: "I just finished a true crime podcast and now I'm hooked. Crime movies please, but no comedies, I want it played straight.", holds: ["Crime"], lacks: ["Comedy"] },
  { kind: "mixed", text: "we watched a war movie last night and it was way too much for my dad. could we get some action but no war this time?", holds: ["Action"], lacks: ["War"] },
  // older (4)
  { kind: "older", text: "My grandma's staying with us and these all feel too modern for her. Anything older? She loves the classics." },
  { kind: "older", text: "I grew up on my parents' VHS collection. Could you go further back in time? These are all a bit recent for me." },
  { kind: "older", text: "honestly the new stuff all looks the same to me. older films please, like way older. i'm having a nostalgic day" },
  { kind: "older", text: "I'm 25 and I feel like I've missed out on all the old ones. Something from before I was born would be fun — can you show me older picks?" },
  // newer (4)
  { kind: "newer", text: "My teenage kids groaned at the years on these. Anything more recent? They won't watch anything older than they are." },
  { kind: "newer", text: "These are a bit dated for me. I just got a new 4K TV and I want something newer that actually looks good on it." },
  { kind: "newer", text: "i feel like i've seen all the old stuff already, my dad made sure of that lol. can you show newer ones?" },
  { kind: "newer", text: "We watched an old black and white film last week and I'm still recovering. Something more modern this time, please!" },
  // show (4)
  { kind: "show", text: "I honestly don't have the energy for twenty questions, I just got off a 12-hour shift. Just show me some movies please." },
  { kind: "show", text: "Ha, I don't know! I'm bad at these things. Can you just give me a list to look at?" },
  { kind: "show", text: "my popcorn is already going cold and my brother keeps asking what we're watching. skip the questions and just show me what you've got" },
  { kind: "show", text: "My friend is on her way and we have like 15 minutes. Could you just show me some options now?" },
  // indifferent (5)
  { kind: "indifferent", text: "Hmm, I genuinely don't mind either way. My taste is all over the place, I watched a cartoon and a documentary yesterday." },
  { kind: "indifferent", text: "No preference on that, honestly. I'm easy tonight, I'll watch almost anything with my husband." },
  { kind: "indifferent", text: "doesn't matter to me! i'm just happy to have a night off from the kids" },
  { kind: "indifferent", text: "Either is fine. I've had a long day and I just want something decent, I'm not fussy about that." },
  { kind: "indifferent", text: "I could go either way on that. My roommate's in charge of snacks and I'm in charge of the movie, and I'm really not picky on that part." },
  // echo (4)
  { kind: "echo", text: "Hi! It's been a rough week and my flatmate and I want something to cheer us up tonight. We're thinking a comedy from the 1990s, like Groundhog Day. Neither of us wants anything horror though.", accepted: ["Comedy", "1990s"], rejected: ["Horror"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "hey. just finished rewatching Alien for like the tenth time and now i want more sci-fi. ideally something with a bit of thriller to it too.", accepted: ["Sci-Fi", "Thriller"], liked: ["Alien"] },
  { kind: "echo", text: "Hello! My kids (4 and 7) loved Toy Story so much they made me watch it twice yesterday. Looking for another animated film, but no musicals please, I can't take any more singing.", accepted: ["Animation"], rejected: ["Musical"], liked: ["Toy Story"] },
  { kind: "echo", text: "Good evening. My husband is away on business so I finally get to watch what I like — a good crime drama, ideally from the 1970s. Nothing with romance in it, please.", accepted: ["Crime", "Drama", "1970s"], rejected: ["Romance"] },
  // undo (2)
  { kind: "undo", text: "Oops, wait, my toddler grabbed my phone and hit that. Can you undo that answer? Ask me again." },
  { kind: "undo", text: "Actually hold on, I answered too fast. Scratch what I just said, I'm not sure anymore — can you ask that again?" },
  // restart (3)
  { kind: "restart", text: "Sorry, my girlfriend just walked in and she wants to pick too, so everything I said was only about me. Can we start over from the beginning?" },
  { kind: "restart", text: "ok I've confused myself, I've been answering while cooking dinner. let's start over from scratch." },
  { kind: "restart", text: "You know what, my plans just changed — the kids are joining after all. Let's scrap all this and start the whole thing again." },
  // A forty-sixth (AT), written by a twenty-fifth outside measurer at the same time: a plain everyday mix modelled on
  // the ReDial seekers; first run unseen: understood .988, honoured .988.
  // take (10)
  { kind: "take", text: "I think I will try number 3, thanks!", position: 3 },
  { kind: "take", text: "the last one looks good, ill go with that", position: 0 },
  { kind: "take", text: "#7 please", position: 7 },
  { kind: "take", text: "Ok I'll watch the second one tonight.", position: 2 },
  { kind: "take", text: "going with 5. thank you for helping me", position: 5 },
  { kind: "take", text: "The first one sounds great, I havent seen it. That's the one!", position: 1 },
  { kind: "take", text: "Number 9! I've been wanting to see that for a while", position: 9 },
  { kind: "take", text: "lets do the 6th one", position: 6 },
  { kind: "take", text: "I'll take number four, perfect for movie night with my husband", position: 4 },
  { kind: "take", text: "10 it is. good bye!", position: 10 },

  // take-title (4)
  { kind: "take-title", text: "oh i will watch {} then", position: 2 },
  { kind: "take-title", text: "{} sounds really good, I'll go with that one", position: 8 },
  { kind: "take-title", text: "Haven't seen {} yet so thats my pick", position: 5 },
  { kind: "take-title", text: "ok {} it is!", position: 10 },

  // take-with (3)
  { kind: "take-with", text: "Ooh I'll go with the movie that has {} in it" },
  { kind: "take-with", text: "the {} one sounds interesting, I'll watch that one" },
  { kind: "take-with", text: "I like the sound of the one about {}. I'll pick that" },

  // more (7)
  { kind: "more", text: "Do you have any other recommendations?" },
  { kind: "more", text: "none of these really grab me" },
  { kind: "more", text: "Hmm not feeling any of those. Can you show me some different ones?" },
  { kind: "more", text: "nah none of those look good to me, what else you got" },
  { kind: "more", text: "Not really my thing, any of them. Other options?" },
  { kind: "more", text: "I dont think I'd watch any of these. something else please" },
  { kind: "more", text: "meh. next batch?" },

  // similar (6)
  { kind: "similar", text: "I loved number 4! Anything like that one?", position: 4 },
  { kind: "similar", text: "oh ive seen the 2nd one already, it was really good. more like it please", position: 2 },
  { kind: "similar", text: "#8 is one of my favorite movies ever. got anything similar?", position: 8 },
  { kind: "similar", text: "I have seen the first one and enjoyed it a lot, can you find me more like that", position: 1 },
  { kind: "similar", text: "The last one is great, I watched it last year. Something along those lines would be awesome", position: 0 },
  { kind: "similar", text: "i really liked 6 when i saw it, show me stuff like that", position: 6 },

  // liked-all (3)
  { kind: "liked-all", text: "I have seen all of these and loved them haha" },
  { kind: "liked-all", text: "Good picks but I've already watched every one of those, and liked them all!" },
  { kind: "liked-all", text: "seen em all, all really good ones" },

  // why (6)
  { kind: "why", text: "Why number 5?", position: 5 },
  { kind: "why", text: "how come you picked the third one for me?", position: 3 },
  { kind: "why", text: "What makes you think I'd like #9", position: 9 },
  { kind: "why", text: "why did you suggest the last one?", position: 0 },
  { kind: "why", text: "Can you tell me why you recommended number 1? I never heard of it", position: 1 },
  { kind: "why", text: "whats the reason for 7", position: 7 },

  // less (6)
  { kind: "less", text: "I'm not a big fan of {} movies, can you leave those out?" },
  { kind: "less", text: "no {} please" },
  { kind: "less", text: "Can we skip the {} ones" },
  { kind: "less", text: "i really dont like {} so none of that" },
  { kind: "less", text: "Ugh, I'm so tired of {} movies. Something without that?" },
  { kind: "less", text: "Less {} stuff please, my wife won't watch it" },

  // more-of (5)
  { kind: "more-of", text: "Do you have more action ones? I love a good action flick", genre: "Action" },
  { kind: "more-of", text: "any more scary movies? i like being scared lol", genre: "Horror" },
  { kind: "more-of", text: "I'd like more romantic ones if you have them", genre: "Romance" },
  { kind: "more-of", text: "more cartoons please, its for my kids", genre: "Animation" },
  { kind: "more-of", text: "Can you give me more sci fi stuff?", genre: "Sci-Fi" },

  // mixed (4)
  { kind: "mixed", text: "I want something funny but not a kids movie", holds: ["Comedy"], lacks: ["Children"] },
  { kind: "mixed", text: "Action please, but no sci-fi stuff", holds: ["Action"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "i'm in the mood for a drama but not a war movie", holds: ["Drama"], lacks: ["War"] },
  { kind: "mixed", text: "Something romantic, without the comedy. A real love story", holds: ["Romance"], lacks: ["Comedy"] },

  // older (4)
  { kind: "older", text: "got anything older? I love old movies" },
  { kind: "older", text: "These are all pretty new, I was hoping for some older ones" },
  { kind: "older", text: "something more classic maybe?" },
  { kind: "older", text: "Any older stuff" },

  // newer (4)
  { kind: "newer", text: "anything more recent?" },
  { kind: "newer", text: "These are a little dated for me. Do you have newer ones?" },
  { kind: "newer", text: "I'd prefer newer movies, its been a while since Ive seen a new one" },
  { kind: "newer", text: "Can you show me some from the last few years instead" },

  // show (4)
  { kind: "show", text: "idk just give me some movies" },
  { kind: "show", text: "Can you just show me a few options?" },
  { kind: "show", text: "skip the questions, what do you recomend?" },
  { kind: "show", text: "Honestly just let me see what you have" },

  // indifferent (5)
  { kind: "indifferent", text: "I don't really care either way" },
  { kind: "indifferent", text: "doesnt matter to me" },
  { kind: "indifferent", text: "Eh, either is fine." },
  { kind: "indifferent", text: "no preference on that one" },
  { kind: "indifferent", text: "I'm open on that, whatever works" },

  // echo (4)
  { kind: "echo", text: "Hi! I'm looking for a good comedy from the 90s, something like Groundhog Day", accepted: ["Comedy", "1990s"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "hello, i like action movies but no horror please", accepted: ["Action"], rejected: ["Horror"] },
  { kind: "echo", text: "Looking for a sci fi movie for tonight. I loved inception", accepted: ["Sci-Fi"], liked: ["Inception"] },
  { kind: "echo", text: "Hi, my wife and I want a romance movie, nothing animated. We both love Pretty Woman.", accepted: ["Romance"], rejected: ["Animation"], liked: ["Pretty Woman"] },

  // undo (2)
  { kind: "undo", text: "wait, I answered that wrong. can I change it?" },
  { kind: "undo", text: "Oops sorry, take that back" },

  // restart (3)
  { kind: "restart", text: "can we start over?" },
  { kind: "restart", text: "Let's start from scratch, I want to look for something totally different" },
  { kind: "restart", text: "i messed this up lol, can we begin again from the beginning" },
  // A forty-seventh (AU), written by a twenty-sixth outside measurer at the same time: a plain mix of ages on phone
  // and laptop, half short replies; first run unseen: understood 1.000, honoured 1.000.
  // take (10)
  { kind: "take", text: "I'll take the first one", position: 1 },
  { kind: "take", text: "#2 please", position: 2 },
  { kind: "take", text: "Number 3 looks perfect, I'm going to watch that tonight. Thanks!", position: 3 },
  { kind: "take", text: "i'll go with number four", position: 4 },
  { kind: "take", text: "The fifth one sounds really good and I haven't seen it yet. I'll watch that.", position: 5 },
  { kind: "take", text: "6 please!!", position: 6 },
  { kind: "take", text: "Let's do number seven", position: 7 },
  { kind: "take", text: "My husband and I both agreed on number 8 so we'll go with that one. thank you", position: 8 },
  { kind: "take", text: "I think I'll try the 9th one, it looks interesting", position: 9 },
  { kind: "take", text: "Ok the last one on the list, that's the one I'll watch.", position: 0 },
  // take-title (4)
  { kind: "take-title", text: "{} please", position: 2 },
  { kind: "take-title", text: "Oh I've been wanting to see {} for ages! I'll watch that one.", position: 5 },
  { kind: "take-title", text: "ok lets go with {}", position: 9 },
  { kind: "take-title", text: "{} sounds like exactly what I'm in the mood for, I'll take it", position: 10 },
  // take-with (3)
  { kind: "take-with", text: "the {} one" },
  { kind: "take-with", text: "Ooh I want the {} movie. Let's watch that one." },
  { kind: "take-with", text: "i'll pick the movie tagged {}" },
  // more (7)
  { kind: "more", text: "Nah, not feeling any of these" },
  { kind: "more", text: "Can I see some different ones?" },
  { kind: "more", text: "other options?" },
  { kind: "more", text: "Hmm none of those really grab me. Do you have any other suggestions?" },
  { kind: "more", text: "I'm not interested in any of these, sorry. Got anything else?" },
  { kind: "more", text: "These don't look very good to me, can you show me some other ones" },
  { kind: "more", text: "nope, something else" },
  // similar (6)
  { kind: "similar", text: "more like #1 please", position: 1 },
  { kind: "similar", text: "I loved the third one! Can you find me something like it?", position: 3 },
  { kind: "similar", text: "4 is one of my all time favorites, anything along those lines?", position: 4 },
  { kind: "similar", text: "something similar to 6", position: 6 },
  { kind: "similar", text: "Oh I've already seen number 8 and really liked it. Any others like that one?", position: 8 },
  { kind: "similar", text: "the last one is great, can you find more like that", position: 0 },
  // liked-all (3)
  { kind: "liked-all", text: "seen them all, loved every one" },
  { kind: "liked-all", text: "Ha, I've watched every single one of these and enjoyed all of them!" },
  { kind: "liked-all", text: "All of these are already favorites of mine, good picks." },
  // why (6)
  { kind: "why", text: "why #2?", position: 2 },
  { kind: "why", text: "What makes you think I'd like number 5?", position: 5 },
  { kind: "why", text: "Tell me more about number 7?", position: 7 },
  { kind: "why", text: "Why did you pick the 9th one for me? I've never heard of it.", position: 9 },
  { kind: "why", text: "Can you explain why number 10 is on the list? Just curious.", position: 10 },
  { kind: "why", text: "why the last one?", position: 0 },
  // less (6)
  { kind: "less", text: "no {} please" },
  { kind: "less", text: "less {}" },
  { kind: "less", text: "Can you take out the {} ones? Not really my thing." },
  { kind: "less", text: "I'm really not in the mood for {} tonight, can you drop those." },
  { kind: "less", text: "ugh too much {}" },
  { kind: "less", text: "Could you leave out the {} stuff this time? I'd rather avoid it." },
  // more-of (5)
  { kind: "more-of", text: "more scary ones please", genre: "Horror" },
  { kind: "more-of", text: "Got anything with more action?", genre: "Action" },
  { kind: "more-of", text: "I'd like them to be a bit more romantic, it's date night", genre: "Romance" },
  { kind: "more-of", text: "These are ok but I was hoping for more sci-fi. Can you add some?", genre: "Sci-Fi" },
  { kind: "more-of", text: "something funnier? lol", genre: "Comedy" },
  // mixed (4)
  { kind: "mixed", text: "funny but not romantic", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "I want action movies, but nothing animated please.", holds: ["Action"], lacks: ["Animation"] },
  { kind: "mixed", text: "Could you find me a thriller that isn't horror? I scare easily", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "dramas but no war movies", holds: ["Drama"], lacks: ["War"] },
  // older (4)
  { kind: "older", text: "anything older?" },
  { kind: "older", text: "These are all a bit too recent for me. Got any older classics?" },
  { kind: "older", text: "older stuff pls" },
  { kind: "older", text: "I honestly prefer films from way before my time, can you go further back" },
  // newer (4)
  { kind: "newer", text: "something more recent?" },
  { kind: "newer", text: "these are kinda old, anything newer" },
  { kind: "newer", text: "My kids won't watch anything this old lol. Can you show me newer ones?" },
  { kind: "newer", text: "Are there any from the last few years? These all feel pretty dated." },
  // show (4)
  { kind: "show", text: "just give me some movies" },
  { kind: "show", text: "Can you just show me what you've got?" },
  { kind: "show", text: "skip the questions pls" },
  { kind: "show", text: "Can we skip all these questions? Just show me a list and I'll pick." },
  // indifferent (5)
  { kind: "indifferent", text: "doesn't matter" },
  { kind: "indifferent", text: "either is fine with me" },
  { kind: "indifferent", text: "I don't really mind either way" },
  { kind: "indifferent", text: "I honestly don't care about that one, whatever works." },
  { kind: "indifferent", text: "That's not really important to me, I'm good with anything." },
  // echo (4)
  { kind: "echo", text: "hi! looking for a good comedy from the 90s", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "Hello, I'm in the mood for a horror movie. Nothing animated please.", accepted: ["Horror"], rejected: ["Animation"] },
  { kind: "echo", text: "I love sci-fi, like Alien and Jurassic Park. Got anything like that?", accepted: ["Sci-Fi"], liked: ["Alien", "Jurassic Park"] },
  { kind: "echo", text: "romance from the 80s, no musicals", accepted: ["Romance", "1980s"], rejected: ["Musical"] },
  // undo (2)
  { kind: "undo", text: "wait undo that" },
  { kind: "undo", text: "Sorry, I hit that too fast. Can I change my answer?" },
  // restart (3)
  { kind: "restart", text: "can we start over" },
  { kind: "restart", text: "This isn't working, let's just begin again from scratch." },
  { kind: "restart", text: "let me start again please" },
  // A forty-eighth (AV), written by a twenty-seventh outside measurer in the next session: plain everyday adults in
  // the evening, mixed lengths, a few typos; first run unseen: understood .988, honoured .963.
  // take (10)
  { kind: "take", text: "Ill go with number 3", position: 3 },
  { kind: "take", text: "1 please", position: 1 },
  { kind: "take", text: "Ooh #7 looks good, I'll watch that one tonight", position: 7 },
  { kind: "take", text: "the last one. thats it", position: 0 },
  { kind: "take", text: "10 looks perfect, going with that", position: 10 },
  { kind: "take", text: "Number five sounds great. Thanks!", position: 5 },
  { kind: "take", text: "ok lets do 2, sounds fun", position: 2 },
  { kind: "take", text: "I havent seen 8 yet and it sounds like my kind of thing, so I'm picking that one", position: 8 },
  { kind: "take", text: "4 it is", position: 4 },
  { kind: "take", text: "Perfect, the 6th one. Thank you so much!!", position: 6 },
  // take-title (4)
  { kind: "take-title", text: "ooh {}! thats the one", position: 2 },
  { kind: "take-title", text: "My wife has been wanting to see {} forever, we'll watch that", position: 9 },
  { kind: "take-title", text: "lets go with {}", position: 5 },
  { kind: "take-title", text: "{} sounds good actually, I'll pick that one", position: 0 },
  // take-with (3)
  { kind: "take-with", text: "gimme the {} one" },
  { kind: "take-with", text: "I'll take whichever one has {} in it" },
  { kind: "take-with", text: "Oh the {} one sounds fun, lets watch that" },
  // more (7)
  { kind: "more", text: "none of these" },
  { kind: "more", text: "nah, not feeling any of those" },
  { kind: "more", text: "Hmm. Can you show me different ones?" },
  { kind: "more", text: "not really feeling these. anything else?" },
  { kind: "more", text: "none of these grab me tbh, try again" },
  { kind: "more", text: "I'm not into any of these, do you have other options" },
  { kind: "more", text: "No thanks, next batch pls" },
  // similar (6)
  { kind: "similar", text: "I loved number 4, anything like that?", position: 4 },
  { kind: "similar", text: "2 is one of my favs! more like it please", position: 2 },
  { kind: "similar", text: "saw #9 already and really liked it, got similar stuff?", position: 9 },
  { kind: "similar", text: "The last one is great but I've seen it. More like that one", position: 0 },
  { kind: "similar", text: "something along the lines of 1", position: 1 },
  { kind: "similar", text: "Ive seen 6, it was awesome. Anything in the same vein?", position: 6 },
  // liked-all (3)
  { kind: "liked-all", text: "ha I've seen every one of these and loved them all" },
  { kind: "liked-all", text: "all good ones but ive watched them all already" },
  { kind: "liked-all", text: "Great list! Seen em all though, and liked every single one." },
  // why (6)
  { kind: "why", text: "why 3?", position: 3 },
  { kind: "why", text: "What makes you think I'd like number 7?", position: 7 },
  { kind: "why", text: "why the last one", position: 0 },
  { kind: "why", text: "tell me more about #10 before I decide", position: 10 },
  { kind: "why", text: "how come 8 is on here?", position: 8 },
  { kind: "why", text: "Why number 1? never heard of it", position: 1 },
  // less (6)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "no more {} movies" },
  { kind: "less", text: "Im not a big {} person, can you take those out" },
  { kind: "less", text: "enough with the {} lol" },
  { kind: "less", text: "Could you skip the {} ones next time?" },
  { kind: "less", text: "ugh, I really dont want any {}" },
  // more-of (5)
  { kind: "more-of", text: "more funny ones pls", genre: "Comedy" },
  { kind: "more-of", text: "These are ok but I want more stuff that'll actually scare me", genre: "Horror" },
  { kind: "more-of", text: "got any more westerns?", genre: "Western" },
  { kind: "more-of", text: "Can you lean more toward love stories? Im in a romantic mood", genre: "Romance" },
  { kind: "more-of", text: "more sci fi!", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "something funny but without the romance stuff", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "Id like action but not sci-fi please", holds: ["Action"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "Horror thats not a comedy. I want to actually be scared", holds: ["Horror"], lacks: ["Comedy"] },
  { kind: "mixed", text: "animated and funny, but no musicals, the kids hate the singing", holds: ["Animation", "Comedy"], lacks: ["Musical"] },
  // older (4)
  { kind: "older", text: "anything older?" },
  { kind: "older", text: "These are all kinda new for me. Got some classics?" },
  { kind: "older", text: "maybe somthing from further back" },
  { kind: "older", text: "i honestly prefer older films, can you go back a bit" },
  // newer (4)
  { kind: "newer", text: "anything more recent?" },
  { kind: "newer", text: "These feel pretty dated, something newer?" },
  { kind: "newer", text: "do you have any newer ones than these" },
  { kind: "newer", text: "I'd rather watch something that came out in the last few years" },
  // show (4)
  { kind: "show", text: "just give me some options" },
  { kind: "show", text: "Can you just show me a few movies" },
  { kind: "show", text: "idk, show me what you got" },
  { kind: "show", text: "skip the questions and show me some picks please" },
  // indifferent (5)
  { kind: "indifferent", text: "doesn't matter" },
  { kind: "indifferent", text: "I don't really care either way" },
  { kind: "indifferent", text: "eh, no preference, whatever works for me" },
  { kind: "indifferent", text: "Could go either way honestly." },
  { kind: "indifferent", text: "not picky about that" },
  // echo (4)
  { kind: "echo", text: "hi! looking for a good comedy tonight, something like Hot Fuzz or Shaun of the Dead", accepted: ["Comedy"], liked: ["Hot Fuzz", "Shaun of the Dead"] },
  { kind: "echo", text: "Id like a thriller from the 90s. No horror please", accepted: ["Thriller", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "in the mood for a romance, i loved notting hill", accepted: ["Romance"], liked: ["Notting Hill"] },
  { kind: "echo", text: "Hey there. My husband and I want an action movie, maybe from the 80s? We both love Die Hard. Nothing animated.", accepted: ["Action", "1980s"], rejected: ["Animation"], liked: ["Die Hard"] },
  // undo (2)
  { kind: "undo", text: "oops, hit that by mistake. can I change my answer?" },
  { kind: "undo", text: "actually wait, take that back" },
  // restart (3)
  { kind: "restart", text: "can we start over?" },
  { kind: "restart", text: "Let's start from scratch, I changed my mind about what I want" },
  { kind: "restart", text: "restart please" },
  // A forty-ninth (AW), written by a twenty-eighth outside measurer at the same time: terse and fast, one to six
  // words, lowercase, abbreviations; first run unseen: understood .988, honoured .912.
  // take (10)
  { kind: "take", text: "ill take 3", position: 3 },
  { kind: "take", text: "gimme 7", position: 7 },
  { kind: "take", text: "last one pls", position: 0 },
  { kind: "take", text: "number 1 def", position: 1 },
  { kind: "take", text: "going w 5", position: 5 },
  { kind: "take", text: "10 it is", position: 10 },
  { kind: "take", text: "ill watch 2", position: 2 },
  { kind: "take", text: "4 pls", position: 4 },
  { kind: "take", text: "watching no. 8 tonite", position: 8 },
  { kind: "take", text: "9, thx", position: 9 },

  // take-title (4)
  { kind: "take-title", text: "{} pls", position: 2 },
  { kind: "take-title", text: "gonna watch {}", position: 9 },
  { kind: "take-title", text: "{} it is", position: 0 },
  { kind: "take-title", text: "ok {} then. done", position: 6 },

  // take-with (3)
  { kind: "take-with", text: "the {} one pls" },
  { kind: "take-with", text: "ill take the {} one" },
  { kind: "take-with", text: "{} one. sold" },

  // more (7)
  { kind: "more", text: "nah none of those" },
  { kind: "more", text: "diff ones pls" },
  { kind: "more", text: "meh. others?" },
  { kind: "more", text: "not feelin any of em" },
  { kind: "more", text: "show more" },
  { kind: "more", text: "nope try again" },
  { kind: "more", text: "none r good, next batch" },

  // similar (6)
  { kind: "similar", text: "liked 3, more like it", position: 3 },
  { kind: "similar", text: "5 was great, similar?", position: 5 },
  { kind: "similar", text: "more like #8", position: 8 },
  { kind: "similar", text: "loved 1, sth like that", position: 1 },
  { kind: "similar", text: "stuff like 6", position: 6 },
  { kind: "similar", text: "smth like 10 pls", position: 10 },

  // liked-all (3)
  { kind: "liked-all", text: "seen all these, loved em" },
  { kind: "liked-all", text: "lol all favs of mine" },
  { kind: "liked-all", text: "seen n liked every one" },

  // why (6)
  { kind: "why", text: "why 4?", position: 4 },
  { kind: "why", text: "y #9", position: 9 },
  { kind: "why", text: "why'd u pick 7", position: 7 },
  { kind: "why", text: "why the last one", position: 0 },
  { kind: "why", text: "how come 1?", position: 1 },
  { kind: "why", text: "reason for 6?", position: 6 },

  // less (6)
  { kind: "less", text: "no {} pls" },
  { kind: "less", text: "less {}" },
  { kind: "less", text: "skip the {} stuff" },
  { kind: "less", text: "not into {}" },
  { kind: "less", text: "ugh no {}" },
  { kind: "less", text: "cut teh {} ones" },

  // more-of (5)
  { kind: "more-of", text: "funnier pls", genre: "Comedy" },
  { kind: "more-of", text: "scarier ones?", genre: "Horror" },
  { kind: "more-of", text: "more action", genre: "Action" },
  { kind: "more-of", text: "more animated stuff", genre: "Animation" },
  { kind: "more-of", text: "moar sci fi", genre: "Sci-Fi" },

  // mixed (4)
  { kind: "mixed", text: "funny but no kids stuff", holds: ["Comedy"], lacks: ["Children"] },
  { kind: "mixed", text: "action w/o the horror", holds: ["Action"], lacks: ["Horror"] },
  { kind: "mixed", text: "scifi, not animated", holds: ["Sci-Fi"], lacks: ["Animation"] },
  { kind: "mixed", text: "drama no romance pls", holds: ["Drama"], lacks: ["Romance"] },

  // older (4)
  { kind: "older", text: "older ones pls" },
  { kind: "older", text: "too recent" },
  { kind: "older", text: "got anything older" },
  { kind: "older", text: "more old school stuff" },

  // newer (4)
  { kind: "newer", text: "newer?" },
  { kind: "newer", text: "these r too old" },
  { kind: "newer", text: "more recent pls" },
  { kind: "newer", text: "sth more modern" },

  // show (4)
  { kind: "show", text: "skip qs, show me movies" },
  { kind: "show", text: "pls just list some" },
  { kind: "show", text: "stop asking, show recs" },
  { kind: "show", text: "show me wat u got" },

  // indifferent (5)
  { kind: "indifferent", text: "dont care" },
  { kind: "indifferent", text: "either way" },
  { kind: "indifferent", text: "doesnt matter" },
  { kind: "indifferent", text: "no pref" },
  { kind: "indifferent", text: "eh, any is fine" },

  // echo (4)
  { kind: "echo", text: "80s horror", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "scifi pls, no romance", accepted: ["Sci-Fi"], rejected: ["Romance"] },
  { kind: "echo", text: "comedy, liked clueless", accepted: ["Comedy"], liked: ["Clueless"] },
  { kind: "echo", text: "90s thrillers like heat", accepted: ["Thriller", "1990s"], liked: ["Heat"] },

  // undo (2)
  { kind: "undo", text: "wait no, undo that" },
  { kind: "undo", text: "oops misclicked, go back" },

  // restart (3)
  { kind: "restart", text: "start over" },
  { kind: "restart", text: "restart pls" },
  { kind: "restart", text: "can we start fresh" },
  // A fiftieth (AX), written by a twenty-ninth outside measurer at the same time: film fans and casual viewers who
  // point at cards by title, actor or year and name other films in passing; first run unseen: understood 1.000, honoured .938.
  // take (10)
  { kind: "take", text: "Number 3 it is, that's my Friday night sorted. Thanks!", position: 3 },
  { kind: "take", text: "ok the 7th one sounds perfect, I'll watch that", position: 7 },
  { kind: "take", text: "Oh I've heard great things about the first one. Going with that!", position: 1 },
  { kind: "take", text: "the last one on the list looks awesome, let's do that one", position: 0 },
  { kind: "take", text: "I'll go with #5. My brother has been nagging me to see it for years.", position: 5 },
  { kind: "take", text: "Let's go with number 10, I've been meaning to catch that one forever", position: 10 },
  { kind: "take", text: "the second one please! thanks so much", position: 2 },
  { kind: "take", text: "Ooh, number 8. My wife loved it and I never got round to it, so that's the pick.", position: 8 },
  { kind: "take", text: "going with 6 tonight, cheers for the help", position: 6 },
  { kind: "take", text: "Number nine looks like a real Coen brothers kind of thing, I'm in. Thank you!", position: 9 },
  // take-title (4)
  { kind: "take-title", text: "oh {}!! haven't seen that since high school, I'll watch it", position: 2 },
  { kind: "take-title", text: "Let's do {}. Loved the trailer when it came out.", position: 6 },
  { kind: "take-title", text: "{} please, that one's been on my list for ages", position: 9 },
  { kind: "take-title", text: "I'll take {}, sounds right up my street", position: 0 },
  // take-with (3)
  { kind: "take-with", text: "The {} one sounds fun, I'll go for that!" },
  { kind: "take-with", text: "ooh give me the movie about {}, that's totally my thing" },
  { kind: "take-with", text: "I'll pick the one tagged {}. Perfect for tonight." },
  // more (7)
  { kind: "more", text: "Hmm, I've seen most of these already. Got anything else?" },
  { kind: "more", text: "none of these really grab me tbh, can you show me a different bunch?" },
  { kind: "more", text: "Nah, not feeling any of them. Next page?" },
  { kind: "more", text: "I've watched like half of these and the rest don't appeal, other options?" },
  { kind: "more", text: "these all look kinda meh to me, show me some others" },
  { kind: "more", text: "Pass on all ten, sorry! What else have you got?" },
  { kind: "more", text: "Not quite it. Could I see a fresh list instead?" },
  // similar (6)
  { kind: "similar", text: "Seen number 1 and loved it. Anything along those lines?", position: 1 },
  { kind: "similar", text: "#7 is one of my all-time favourites! More in that vein?", position: 7 },
  { kind: "similar", text: "the last one is exactly my kind of film, can you find me more like it", position: 0 },
  { kind: "similar", text: "I really enjoyed the 4th one when it came out. Something similar that I haven't seen?", position: 4 },
  { kind: "similar", text: "number 3 was great, kinda reminded me of Alien. more like that pls", position: 3 },
  { kind: "similar", text: "8 is spot on, give me stuff like that one", position: 8 },
  // liked-all (3)
  { kind: "liked-all", text: "Ha, I've seen every one of these and loved them all! What else?" },
  { kind: "liked-all", text: "wow you nailed my taste, I've watched all ten and enjoyed every single one. got any I haven't seen?" },
  { kind: "liked-all", text: "Already seen the lot, and honestly they're all favourites of mine. Keep going!" },
  // why (6)
  { kind: "why", text: "Why did you pick number 5 for me?", position: 5 },
  { kind: "why", text: "what makes you think I'd like the second one?", position: 2 },
  { kind: "why", text: "Hmm, #8 seems like an odd one. Why's that on the list?", position: 8 },
  { kind: "why", text: "Can you tell me a bit about why the last one is there?", position: 0 },
  { kind: "why", text: "how come number 10 made the cut?", position: 10 },
  { kind: "why", text: "Why the 6th one? Never heard of it before.", position: 6 },
  // less (6)
  { kind: "less", text: "Can we drop the {} stuff? Not in the mood for it tonight." },
  { kind: "less", text: "no more {} movies please, I get enough of that" },
  { kind: "less", text: "I'm not really a {} person, could you leave those out?" },
  { kind: "less", text: "skip the {} ones pls" },
  { kind: "less", text: "Could you take out anything {}? Had my fill of it after last weekend's marathon." },
  { kind: "less", text: "Ugh, {} isn't for me at all. Something without it?" },
  // more-of (5)
  { kind: "more-of", text: "These are fine but I want something scarier, got any more horror?", genre: "Horror" },
  { kind: "more-of", text: "can you lean more into the sci-fi side? I'm on a big Blade Runner kick", genre: "Sci-Fi" },
  { kind: "more-of", text: "More funny ones please, I really need a laugh after this week!", genre: "Comedy" },
  { kind: "more-of", text: "Any more animated films? I love stuff like Toy Story.", genre: "Animation" },
  { kind: "more-of", text: "got any more westerns? huge Unforgiven fan here", genre: "Western" },
  // mixed (4)
  { kind: "mixed", text: "Could I get something funny, but not animated this time?", holds: ["Comedy"], lacks: ["Animation"] },
  { kind: "mixed", text: "I want action, just nothing sci-fi please", holds: ["Action"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "More thrillers, and cut out the horror ones, I'm watching alone lol", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "Something with some romance in it but no musicals, my husband can't stand the singing.", holds: ["Romance"], lacks: ["Musical"] },
  // older (4)
  { kind: "older", text: "These are all a bit recent for me. Anything from further back?" },
  { kind: "older", text: "do you have some older stuff? the kind of thing they'd show on TCM" },
  { kind: "older", text: "Can you go back a few decades? These all feel very 2010s." },
  { kind: "older", text: "I'm more of an old-movie person, could you show me some earlier ones?" },
  // newer (4)
  { kind: "newer", text: "Got anything more recent? These feel pretty dated." },
  { kind: "newer", text: "something newer please, my kids won't sit through old movies" },
  { kind: "newer", text: "Hmm, can we get some more modern ones? I've seen all the classics." },
  { kind: "newer", text: "these are a bit before my time lol, anything from the last few years?" },
  // show (4)
  { kind: "show", text: "Honestly, just show me what you've got" },
  { kind: "show", text: "idk, can you just give me some suggestions already?" },
  { kind: "show", text: "Skip the questions, let's see some movies!" },
  { kind: "show", text: "Can we jump straight to the recommendations please?" },
  // indifferent (5)
  { kind: "indifferent", text: "Doesn't matter to me either way" },
  { kind: "indifferent", text: "eh, not fussed about that" },
  { kind: "indifferent", text: "I could go either way on that one, honestly." },
  { kind: "indifferent", text: "No strong feelings there, whatever works" },
  { kind: "indifferent", text: "That part doesn't really matter to me" },
  // echo (4)
  { kind: "echo", text: "Hi there! Big fan of Die Hard and Heat, I'm in the mood for a good action movie from the 90s.", accepted: ["Action", "1990s"], liked: ["Die Hard", "Heat"] },
  { kind: "echo", text: "hey, want something funny tonight but nothing animated, the kids are finally in bed lol", accepted: ["Comedy"], rejected: ["Animation"] },
  { kind: "echo", text: "I really enjoyed Fargo. Any crime films? Not horror though, I scare easily.", accepted: ["Crime"], rejected: ["Horror"], liked: ["Fargo"] },
  { kind: "echo", text: "Can you find me a 1970s thriller? I loved Jaws, so something with that kind of tension.", accepted: ["Thriller", "1970s"], liked: ["Jaws"] },
  // undo (2)
  { kind: "undo", text: "wait, actually no, I didn't mean that. can I change my answer?" },
  { kind: "undo", text: "Oops, scratch that last answer please." },
  // restart (3)
  { kind: "restart", text: "Can we start over? I think I gave you the wrong idea at the beginning." },
  { kind: "restart", text: "hmm this isn't going where I wanted, mind if we start again from the top?" },
  { kind: "restart", text: "Let's begin again from scratch, I'm picking for a different crowd now." },
  // A fifty-first (AY), written by a thirtieth outside measurer later in the same session: a plain everyday mix
  // modelled on ReDial seekers, new people again; first run unseen: understood 1.000, honoured .975.
  // take (10)
  { kind: "take", text: "I'll go with number 3, thanks!", position: 3 },
  { kind: "take", text: "ok the last one. sounds good", position: 0 },
  { kind: "take", text: "lets do #7", position: 7 },
  { kind: "take", text: "The first one looks good, I'll watch that tonight.", position: 1 },
  { kind: "take", text: "i havent seen 10 yet so ill go with that one", position: 10 },
  { kind: "take", text: "Number 5 please!", position: 5 },
  { kind: "take", text: "hmm ok I'll try the second one", position: 2 },
  { kind: "take", text: "8 sounds perfect, thank you so much", position: 8 },
  { kind: "take", text: "Ive been meaning to see the 6th one, ill pick that", position: 6 },
  { kind: "take", text: "I will check out number 9. Thanks for the help!", position: 9 },

  // take-title (4)
  { kind: "take-title", text: "oh i love the look of {}, going with that", position: 6 },
  { kind: "take-title", text: "{} it is", position: 2 },
  { kind: "take-title", text: "Ok I think I'll go with {}. Thanks!", position: 9 },
  { kind: "take-title", text: "never got around to seeing {} so lets do that one", position: 4 },

  // take-with (3)
  { kind: "take-with", text: "Oh the {} one sounds like me, let's do that" },
  { kind: "take-with", text: "whichever one is tagged {}, ill take it" },
  { kind: "take-with", text: "I want the one that has {} please" },

  // more (7)
  { kind: "more", text: "none of these really grab me. can you show me some others?" },
  { kind: "more", text: "Nah, seen most of these already. Different ones?" },
  { kind: "more", text: "hmm not really feeling any of them" },
  { kind: "more", text: "Can I see a different batch?" },
  { kind: "more", text: "I dont think any of these are for me, sorry. got anything else?" },
  { kind: "more", text: "Pass on all of these lol" },
  { kind: "more", text: "Not these. Other options please" },

  // similar (6)
  { kind: "similar", text: "Oh I really liked number 2! Anything else like that?", position: 2 },
  { kind: "similar", text: "ive seen the 6th one and loved it, more along those lines would be great", position: 6 },
  { kind: "similar", text: "The last one is one of my favorites. Something similar maybe?", position: 0 },
  { kind: "similar", text: "#8 was so good. got anything like it", position: 8 },
  { kind: "similar", text: "I saw number 1 a while ago and enjoyed it alot, more like that please", position: 1 },
  { kind: "similar", text: "10 is great, I've watched it a bunch of times. what else is like it?", position: 10 },

  // liked-all (3)
  { kind: "liked-all", text: "Ive seen all of these and liked every one of them haha" },
  { kind: "liked-all", text: "Oh wow, those are all movies I love! Already watched them all though." },
  { kind: "liked-all", text: "seen em all, all really good ones. what else you got" },

  // why (6)
  { kind: "why", text: "why #4?", position: 4 },
  { kind: "why", text: "what makes you think I'd like the third one?", position: 3 },
  { kind: "why", text: "How come you picked number 9 for me", position: 9 },
  { kind: "why", text: "Whats the reason for the last one?", position: 0 },
  { kind: "why", text: "why did you put 7 on there? just curious", position: 7 },
  { kind: "why", text: "can you tell me why you suggested the fifth one", position: 5 },

  // less (6)
  { kind: "less", text: "no more {} please, not in the mood for that" },
  { kind: "less", text: "Could you take out the {} ones?" },
  { kind: "less", text: "i don't really like {} movies tbh" },
  { kind: "less", text: "Can we skip the {} stuff" },
  { kind: "less", text: "Im not a fan of {}, can you leave those out" },
  { kind: "less", text: "{} isnt really my thing" },

  // more-of (5)
  { kind: "more-of", text: "Anything scarier?", genre: "Horror" },
  { kind: "more-of", text: "got anything funnier? i need a good laugh", genre: "Comedy" },
  { kind: "more-of", text: "More action ones would be great", genre: "Action" },
  { kind: "more-of", text: "Do you have more animated movies? watching with my nephew", genre: "Animation" },
  { kind: "more-of", text: "Something with more romance maybe?", genre: "Romance" },

  // mixed (4)
  { kind: "mixed", text: "Can I get comedies but without the romantic stuff", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "I'd like sci-fi, just nothing horror please", holds: ["Sci-Fi"], lacks: ["Horror"] },
  { kind: "mixed", text: "Action but not sci fi please, i want more realistic stuff", holds: ["Action"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "something animated and funny, no musicals tho", holds: ["Animation", "Comedy"], lacks: ["Musical"] },

  // older (4)
  { kind: "older", text: "Anything older? I like the classics" },
  { kind: "older", text: "these are a bit too new for me, do you have some older movies" },
  { kind: "older", text: "can you go back a few decades" },
  { kind: "older", text: "Something from further back maybe?" },

  // newer (4)
  { kind: "newer", text: "do you have anything more recent? these are kinda dated" },
  { kind: "newer", text: "newer stuff please" },
  { kind: "newer", text: "I'd prefer something that came out more recently than these" },
  { kind: "newer", text: "Something a little more modern maybe?" },

  // show (4)
  { kind: "show", text: "idk, just show me some movies" },
  { kind: "show", text: "Can you just give me a few suggestions already?" },
  { kind: "show", text: "skip the questions and show me what you've got" },
  { kind: "show", text: "Honestly just throw some options at me" },

  // indifferent (5)
  { kind: "indifferent", text: "doesnt matter to me" },
  { kind: "indifferent", text: "Either way is fine honestly" },
  { kind: "indifferent", text: "I don't really have a preference on that" },
  { kind: "indifferent", text: "eh, I'm not picky about that" },
  { kind: "indifferent", text: "Could go either way, I don't mind" },

  // echo (4)
  { kind: "echo", text: "Hi! I like comedy and romance, something like Notting Hill would be great", accepted: ["Comedy", "Romance"], liked: ["Notting Hill"] },
  { kind: "echo", text: "hey im looking for a horror movie from the 80s. nothing with comedy in it please", accepted: ["Horror", "1980s"], rejected: ["Comedy"] },
  { kind: "echo", text: "Hello. I'm in the mood for some sci-fi, I loved Inception. Not big on horror tho", accepted: ["Sci-Fi"], rejected: ["Horror"], liked: ["Inception"] },
  { kind: "echo", text: "I want a good action movie like Die Hard or Lethal Weapon", accepted: ["Action"], liked: ["Die Hard", "Lethal Weapon"] },

  // undo (2)
  { kind: "undo", text: "oops wrong answer, can I change that?" },
  { kind: "undo", text: "Wait sorry, I didn't mean that. go back" },

  // restart (3)
  { kind: "restart", text: "Can we start over?" },
  { kind: "restart", text: "let's start from the beginning, I changed my mind on what I want" },
  { kind: "restart", text: "Actually scrap all this and lets start fresh" },
  // A fifty-second (AZ), written by a thirty-first outside measurer at the same time: fast phone typing with
  // autocorrect slips and typos, ordinals misspelled; first run unseen: understood .975, honoured .963.
  // take (10)
  { kind: "take", text: "ill watch the forth one", position: 4 },
  { kind: "take", text: "ok numbr 7 it is", position: 7 },
  { kind: "take", text: "secnd one looks good, ill go with that", position: 2 },
  { kind: "take", text: "the frist one!! perfect", position: 1 },
  { kind: "take", text: "gonna go w the last one thx", position: 0 },
  { kind: "take", text: "ok the tenht one, watchin it now", position: 10 },
  { kind: "take", text: "Thrid one sounds great ill watch it", position: 3 },
  { kind: "take", text: "5th one plz, thats exactly what i wanted", position: 5 },
  { kind: "take", text: "Ok ill take the sixht, thnks!", position: 6 },
  { kind: "take", text: "eigth one. done", position: 8 },
  // take-title (4)
  { kind: "take-title", text: "{} !! ive been meanig to watch that, ill take it", position: 9 },
  { kind: "take-title", text: "ok gonna watch {} tonite", position: 2 },
  { kind: "take-title", text: "oh {} lol yes thats the one", position: 6 },
  { kind: "take-title", text: "id pick {} thx", position: 1 },
  // take-with (3)
  { kind: "take-with", text: "ill take the {} one" },
  { kind: "take-with", text: "that one abt {} looks good, ill watch it" },
  { kind: "take-with", text: "ooh whichever has {} in it, thats my pick" },
  // more (7)
  { kind: "more", text: "nah none of thse, show me diffrent ones" },
  { kind: "more", text: "not feelin any of em. next" },
  { kind: "more", text: "nothin here for me, more optoins pls" },
  { kind: "more", text: "meh none of these. somethin else?" },
  { kind: "more", text: "dont like any of thsee sorry, try again" },
  { kind: "more", text: "all of these look boring tbh, diffrent ones pls" },
  { kind: "more", text: "No to all 10, keep goin" },
  // similar (6)
  { kind: "similar", text: "ooh the 3rd one is one of my favs, more like that pls", position: 3 },
  { kind: "similar", text: "loved numbr 7, anythng similar?", position: 7 },
  { kind: "similar", text: "the frist one was great, seen it tho. got others like it", position: 1 },
  { kind: "similar", text: "5th ones right up my ally, show me stuff like it", position: 5 },
  { kind: "similar", text: "the last one is exactly my vibe, more in that directon", position: 0 },
  { kind: "similar", text: "ive seen 9 and liked it alot, find me simlar ones", position: 9 },
  // liked-all (3)
  { kind: "liked-all", text: "lol ive seen evry one of these and loved em all" },
  { kind: "liked-all", text: "all bangers but ive watchd them all already" },
  { kind: "liked-all", text: "Great picks but seen all 10, liked evry single one" },
  // why (6)
  { kind: "why", text: "why the forth one?", position: 4 },
  { kind: "why", text: "whats so good abt the secnd one", position: 2 },
  { kind: "why", text: "y did u pick numbr 10", position: 10 },
  { kind: "why", text: "why is the last one on here, how does it fit", position: 0 },
  { kind: "why", text: "can u tell me more abt 6? why that one", position: 6 },
  { kind: "why", text: "whys the eigth one in there", position: 8 },
  // less (6)
  { kind: "less", text: "less {} pls, too much of it" },
  { kind: "less", text: "no more {} stuff" },
  { kind: "less", text: "way too many {} ones, cut those" },
  { kind: "less", text: "can u drop the {} movies" },
  { kind: "less", text: "ugh not into {} at all, get rid of those" },
  { kind: "less", text: "{} isnt my thing, lose em" },
  // more-of (5)
  { kind: "more-of", text: "got any more scarey ones?", genre: "Horror" },
  { kind: "more-of", text: "i want more funny stuff like thes", genre: "Comedy" },
  { kind: "more-of", text: "more cartoons pls, animated ones", genre: "Animation" },
  { kind: "more-of", text: "more space and alien sci fi stuff", genre: "Sci-Fi" },
  { kind: "more-of", text: "moar cowboy westerns!!", genre: "Western" },
  // mixed (4)
  { kind: "mixed", text: "comdey yes but no romantic stuff pls", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "want scifi but nothing horor", holds: ["Sci-Fi"], lacks: ["Horror"] },
  { kind: "mixed", text: "i want animated ones but not musicals, kids hate singing", holds: ["Animation"], lacks: ["Musical"] },
  { kind: "mixed", text: "crime ones but no dramas pls", holds: ["Crime"], lacks: ["Drama"] },
  // older (4)
  { kind: "older", text: "anythng older? these r all too new" },
  { kind: "older", text: "got more classic stuff, like from way back" },
  { kind: "older", text: "somethin older pls, 70s 80s ish" },
  { kind: "older", text: "to recent for me, older ones?" },
  // newer (4)
  { kind: "newer", text: "these are ancient lol, anything more recnt" },
  { kind: "newer", text: "newer stuff pls" },
  { kind: "newer", text: "somethin from the last few yrs maybe? these r old" },
  { kind: "newer", text: "got anything less dated? more modern" },
  // show (4)
  { kind: "show", text: "just show me somethin already" },
  { kind: "show", text: "skip the questons, give me movies" },
  { kind: "show", text: "pls just show me the list now" },
  { kind: "show", text: "enough qs lol show me what u got" },
  // indifferent (5)
  { kind: "indifferent", text: "dont care either way" },
  { kind: "indifferent", text: "doesnt mattr to me" },
  { kind: "indifferent", text: "eh no prefrence" },
  { kind: "indifferent", text: "im fine w either" },
  { kind: "indifferent", text: "whatevr works, not fussed" },
  // echo (4)
  { kind: "echo", text: "hey im after a scifi movie from the 80s, loved blade runner. no horor pls", accepted: ["Sci-Fi", "1980s"], rejected: ["Horror"], liked: ["Blade Runner"] },
  { kind: "echo", text: "lookin for an animated comedy, evryone here loved toy story", accepted: ["Animation", "Comedy"], liked: ["Toy Story"] },
  { kind: "echo", text: "crime thrillers pls, 90s ideally. no romance", accepted: ["Crime", "Thriller", "1990s"], rejected: ["Romance"] },
  { kind: "echo", text: "hi! in the mood for a horor comedy like zombieland, not into musicals", accepted: ["Horror", "Comedy"], rejected: ["Musical"], liked: ["Zombieland"] },
  // undo (2)
  { kind: "undo", text: "wait no i ment to say the oposite, undo that" },
  { kind: "undo", text: "oops hit the wrong thing, take that back pls" },
  // restart (3)
  { kind: "restart", text: "can we strat over" },
  { kind: "restart", text: "lets start from scrtach, totally diffrent mood now" },
  { kind: "restart", text: "reset evrything pls, begining again" },
  // A fifty-third (BA), written by a thirty-second outside measurer at the same time: couples and friends deciding
  // together ('we', 'my wife says', 'he wants'); first run unseen: understood .988, honoured .938.
  // take (10)
  { kind: "take", text: "ok we both agreed on 3, let's go with that one", position: 3 },
  { kind: "take", text: "He says number 7 and for once I agree. That one!", position: 7 },
  { kind: "take", text: "my wife picked the first one, we'll watch that", position: 1 },
  { kind: "take", text: "after 10 minutes of arguing lol we're going with #10", position: 10 },
  { kind: "take", text: "fine, the last one. she wins, we're watching it", position: 0 },
  { kind: "take", text: "We'll take 5. Popcorn's ready", position: 5 },
  { kind: "take", text: "he wanted 4, i wanted 2... i won. number 2 please", position: 2 },
  { kind: "take", text: "Number eight! Neither of us has seen it and it sounds fun", position: 8 },
  { kind: "take", text: "ok my boyfriend keeps pointing at the fourth one so.. that one I guess, let's do it", position: 4 },
  { kind: "take", text: "9 it is. Settled. Thanks!", position: 9 },
  // take-title (4)
  { kind: "take-title", text: "we're going with {}, she's been wanting to see it for ages", position: 6 },
  { kind: "take-title", text: "my husband just yelled '{}!' from the kitchen so i guess that's the one lol", position: 2 },
  { kind: "take-title", text: "ok {}. final answer, no more debating", position: 9 },
  { kind: "take-title", text: "Let's do {} please, we both liked the sound of that one", position: 4 },
  // take-with (3)
  { kind: "take-with", text: "she wants the one with {} in it, we'll watch that" },
  { kind: "take-with", text: "ok we'll go with the one that has {}, he's sold on it" },
  { kind: "take-with", text: "The one with {}! That's the winner for us tonight" },
  // more (7)
  { kind: "more", text: "nope, she's not into any of these and neither am I. show us different ones?" },
  { kind: "more", text: "my wife vetoed every single one of those lol. anything else?" },
  { kind: "more", text: "Hmm none of these are grabbing either of us. Other options?" },
  { kind: "more", text: "he says no to all of them. next batch please" },
  { kind: "more", text: "not feeling any of these tbh, show us some others" },
  { kind: "more", text: "We went through the whole list and nothing. Got any different picks?" },
  { kind: "more", text: "nah, neither of us wants any of those. try again?" },
  // similar (6)
  { kind: "similar", text: "ooh we both loved number 4. more like that one please?", position: 4 },
  { kind: "similar", text: "my wife says #1 is one of her favorites, anything similar to it?", position: 1 },
  { kind: "similar", text: "We've seen 6 already and it was great. What else is like that?", position: 6 },
  { kind: "similar", text: "he keeps saying the last one was amazing when we saw it, can you find us something in that vibe", position: 0 },
  { kind: "similar", text: "the 8th one is exactly our kind of movie but we've watched it twice. similar stuff?", position: 8 },
  { kind: "similar", text: "Number 3 was SO good, we saw it in theaters. Got anything along those lines?", position: 3 },
  // liked-all (3)
  { kind: "liked-all", text: "lol we've seen every one of these and loved them all, you clearly get us" },
  { kind: "liked-all", text: "My husband and I have watched all ten of those and honestly they're all favorites!" },
  { kind: "liked-all", text: "seen em all, liked em all. we have good taste apparently haha" },
  // why (6)
  { kind: "why", text: "why number 5? my girlfriend wants to know what makes you think we'd like it", position: 5 },
  { kind: "why", text: "he's asking what 2 is even about, can you tell us more about that one?", position: 2 },
  { kind: "why", text: "Why'd you pick the 7th one for us? She's skeptical", position: 7 },
  { kind: "why", text: "what's the deal with #10, why's that on there", position: 10 },
  { kind: "why", text: "hold on, before we choose - why the last one? neither of us has heard of it", position: 0 },
  { kind: "why", text: "my wife wants to know why you suggested number 9", position: 9 },
  // less (6)
  { kind: "less", text: "she's had enough {} for one week, can we skip those?" },
  { kind: "less", text: "no {} please, my husband falls asleep during them" },
  { kind: "less", text: "less {} stuff, we're not in the mood" },
  { kind: "less", text: "We both said no {} tonight. Can you take those out?" },
  { kind: "less", text: "ugh he hates {} movies. anything without that?" },
  { kind: "less", text: "can you cut the {} ones? we're just not feeling it tonight" },
  // more-of (5)
  { kind: "more-of", text: "these are ok but we really need a laugh tonight. anything funnier?", genre: "Comedy" },
  { kind: "more-of", text: "he wants more action, like explosions and car chases", genre: "Action" },
  { kind: "more-of", text: "can we get more scary ones? she loves being terrified lol", genre: "Horror" },
  { kind: "more-of", text: "It's date night, so more romantic stuff if you have it 😊", genre: "Romance" },
  { kind: "more-of", text: "We're both sci-fi nerds, any more space and aliens type stuff?", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "ok compromise: she wants something funny, I say no romance. so a comedy without the lovey dovey stuff?", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "action please, but he's sick of war movies so nothing war-related", holds: ["Action"], lacks: ["War"] },
  { kind: "mixed", text: "We want a thriller but my wife can't handle horror. Thrillers without the horror please", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "a drama, but nothing with crime in it, we just binged three cop shows in a row", holds: ["Drama"], lacks: ["Crime"] },
  // older (4)
  { kind: "older", text: "these are all too recent for my husband, he likes the old classics. anything older?" },
  { kind: "older", text: "we're in the mood for something from way back, like before we were born" },
  { kind: "older", text: "Can you go older? She says modern movies all look the same" },
  { kind: "older", text: "hmm older ones please, more like the stuff our parents watched" },
  // newer (4)
  { kind: "newer", text: "these are kinda dated, she wants something more recent" },
  { kind: "newer", text: "anything newer? he refuses to watch anything that looks old lol" },
  { kind: "newer", text: "We'd prefer newer movies please, like the last few years" },
  { kind: "newer", text: "too old for us! something more modern?" },
  // show (4)
  { kind: "show", text: "honestly we've been going back and forth for 20 min, just show us some movies" },
  { kind: "show", text: "skip the questions, my wife's getting impatient. just give us a list" },
  { kind: "show", text: "Can you just show us what you've got?" },
  { kind: "show", text: "we can't agree on anything so just throw some options at us" },
  // indifferent (5)
  { kind: "indifferent", text: "we don't really care about that, either way's fine" },
  { kind: "indifferent", text: "he doesn't mind and neither do I" },
  { kind: "indifferent", text: "Doesn't matter to us honestly" },
  { kind: "indifferent", text: "eh, no preference, we're both easy on that one" },
  { kind: "indifferent", text: "she shrugged and so did I, no preference on that" },
  // echo (4)
  { kind: "echo", text: "hi! me and my boyfriend want a comedy tonight. we both loved Groundhog Day. he says no horror", accepted: ["Comedy"], rejected: ["Horror"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "My wife and I are looking for a thriller from the 90s", accepted: ["Thriller", "1990s"] },
  { kind: "echo", text: "we're after sci-fi or adventure, but nothing animated please", accepted: ["Sci-Fi", "Adventure"], rejected: ["Animation"] },
  { kind: "echo", text: "dad's staying with us this weekend and he only watches westerns. something from the 60s, he loved Unforgiven", accepted: ["Western", "1960s"], liked: ["Unforgiven"] },
  // undo (2)
  { kind: "undo", text: "wait sorry, my husband just said the opposite. can I change that answer?" },
  { kind: "undo", text: "Actually no, take that back, she disagrees. Ask me again" },
  // restart (3)
  { kind: "restart", text: "ok we totally changed our minds, can we start over?" },
  { kind: "restart", text: "scrap all this, the in-laws just showed up lol. let's start from the beginning" },
  { kind: "restart", text: "Start again please - she wants to pick this time" },
  // A fifty-fourth (BB), written by a thirty-third outside measurer later in the same session: plain everyday adults at
  // home in the evening, some one-word replies; first run unseen: understood 1.000, honoured .988.
  // take (10)
  { kind: "take", text: "#1 please", position: 1 },
  { kind: "take", text: "ill take number 2", position: 2 },
  { kind: "take", text: "3 looks good, lets do that one", position: 3 },
  { kind: "take", text: "Going with 4.", position: 4 },
  { kind: "take", text: "ok five. thats the one we'll watch", position: 5 },
  { kind: "take", text: "6 please thanks", position: 6 },
  { kind: "take", text: "Number seven sounds perfect, thank you!", position: 7 },
  { kind: "take", text: "8!", position: 8 },
  { kind: "take", text: "lets watch the tenth one", position: 10 },
  { kind: "take", text: "I'll go with the last one. done", position: 0 },

  // take-title (4)
  { kind: "take-title", text: "{} sounds perfect, we'll watch that", position: 3 },
  { kind: "take-title", text: "oh {}! yes that one", position: 6 },
  { kind: "take-title", text: "ok going with {}", position: 1 },
  { kind: "take-title", text: "{} please", position: 9 },

  // take-with (3)
  { kind: "take-with", text: "the one with {} please" },
  { kind: "take-with", text: "I'll have the one about {}, sounds fun" },
  { kind: "take-with", text: "gimme the {} one" },

  // more (7)
  { kind: "more", text: "none of these really" },
  { kind: "more", text: "nope. next" },
  { kind: "more", text: "Can you show me some different ones?" },
  { kind: "more", text: "meh, not feeling any of them" },
  { kind: "more", text: "other options?" },
  { kind: "more", text: "hmm no. somethin else pls" },
  { kind: "more", text: "Not really into any of those tbh, got anything else?" },

  // similar (6)
  { kind: "similar", text: "I liked number 2 a lot, anything along those lines?", position: 2 },
  { kind: "similar", text: "5 is my kind of movie. more like it?", position: 5 },
  { kind: "similar", text: "oh ive seen 7 and loved it! got others like that one", position: 7 },
  { kind: "similar", text: "The first one is right up my alley, can you find similar stuff", position: 1 },
  { kind: "similar", text: "10 was great, seen it already tho. similar ones?", position: 10 },
  { kind: "similar", text: "really enjoyed #4 when i saw it, more like that please", position: 4 },

  // liked-all (3)
  { kind: "liked-all", text: "ha ive seen every one of these and loved them all" },
  { kind: "liked-all", text: "All good ones but I've watched them all already!" },
  { kind: "liked-all", text: "love all of these. seen every single one though lol" },

  // why (6)
  { kind: "why", text: "why number 3?", position: 3 },
  { kind: "why", text: "what makes you think I'd like 6", position: 6 },
  { kind: "why", text: "How come you picked the 8th one?", position: 8 },
  { kind: "why", text: "why'd you recomend the last one", position: 0 },
  { kind: "why", text: "9? whats the reason for that one", position: 9 },
  { kind: "why", text: "Just curious, why is #2 on there?", position: 2 },

  // less (6)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "no {} movies" },
  { kind: "less", text: "can you drop the {} stuff" },
  { kind: "less", text: "Not in the mood for {} tonight." },
  { kind: "less", text: "skip anything {} pls" },
  { kind: "less", text: "too much {} in there, cut that out" },

  // more-of (5)
  { kind: "more-of", text: "more scary ones pls", genre: "Horror" },
  { kind: "more-of", text: "Could you give me some funnier stuff?", genre: "Comedy" },
  { kind: "more-of", text: "something a bit more romantic maybe", genre: "Romance" },
  { kind: "more-of", text: "more sci fi!!", genre: "Sci-Fi" },
  { kind: "more-of", text: "any more documentaries? i like learning stuff", genre: "Documentary" },

  // mixed (4)
  { kind: "mixed", text: "more action but no horror please", holds: ["Action"], lacks: ["Horror"] },
  { kind: "mixed", text: "Something funny, but not a cartoon.", holds: ["Comedy"], lacks: ["Animation"] },
  { kind: "mixed", text: "id like a thriller, nothing romantic", holds: ["Thriller"], lacks: ["Romance"] },
  { kind: "mixed", text: "sci-fi yes, war stuff no", holds: ["Sci-Fi"], lacks: ["War"] },

  // older (4)
  { kind: "older", text: "anything older?" },
  { kind: "older", text: "these are all pretty new, got some classics?" },
  { kind: "older", text: "Older stuff please" },
  { kind: "older", text: "honestly i prefer older films, can you go back a bit" },

  // newer (4)
  { kind: "newer", text: "anything more recent?" },
  { kind: "newer", text: "these are kinda old. newer ones?" },
  { kind: "newer", text: "Could I see something from the last few years instead" },
  { kind: "newer", text: "got anything newer lol" },

  // show (4)
  { kind: "show", text: "idk, just give me some movies" },
  { kind: "show", text: "Can we skip the questions and see what you've got?" },
  { kind: "show", text: "just recommend something already" },
  { kind: "show", text: "show me a list pls" },

  // indifferent (5)
  { kind: "indifferent", text: "don't care" },
  { kind: "indifferent", text: "either way is fine" },
  { kind: "indifferent", text: "doesnt matter to me" },
  { kind: "indifferent", text: "No preference really." },
  { kind: "indifferent", text: "eh, not fussed" },

  // echo (4)
  { kind: "echo", text: "hi! looking for a comedy from the 90s, no horror please", accepted: ["Comedy", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "I loved Inception and Interstellar, want more sci-fi like that", accepted: ["Sci-Fi"], liked: ["Inception", "Interstellar"] },
  { kind: "echo", text: "hey, something animated? we all love toy story", accepted: ["Animation"], liked: ["Toy Story"] },
  { kind: "echo", text: "Romance or drama please, not into war films. Loved Notting Hill", accepted: ["Romance", "Drama"], rejected: ["War"], liked: ["Notting Hill"] },

  // undo (2)
  { kind: "undo", text: "oops sorry i answered that wrong, can i change it" },
  { kind: "undo", text: "wait no, take that back" },

  // restart (3)
  { kind: "restart", text: "can we start over?" },
  { kind: "restart", text: "lets start from scratch" },
  { kind: "restart", text: "ugh. reset please, I want to begin again" },
  // A fifty-fifth (BC), written by a thirty-fourth outside measurer at the same time: ReDial-style reactions to the cards
  // as films known or heard of; first run unseen: understood 1.000, honoured .950.
  // take (10)
  { kind: "take", text: "Oh I've been wanting to see number 3 forever! I'll go with that one.", position: 3 },
  { kind: "take", text: "never seen #8 but my sister says its great, ill watch that tonight", position: 8 },
  { kind: "take", text: "The last one! Saw it years ago and would love to watch it again, that's my pick.", position: 0 },
  { kind: "take", text: "ok number 1 it is. my kids watched it last week and keep telling me I have to see it", position: 1 },
  { kind: "take", text: "I've heard good things about 5. Let's go with that.", position: 5 },
  { kind: "take", text: "Haven't seen 10 yet, I'll take that one, thanks!", position: 10 },
  { kind: "take", text: "Number 6 please - I remember the trailer and always meant to see it.", position: 6 },
  { kind: "take", text: "ooh #4, saw it in theaters and loved it. definitely rewatching that one tonight", position: 4 },
  { kind: "take", text: "The second one sounds perfect. Never heard of it but I'm sold!", position: 2 },
  { kind: "take", text: "Number 9 for sure, my husband has been bugging me to watch it for months", position: 9 },

  // take-title (4)
  { kind: "take-title", text: "oh {} , I've been meaning to watch that forever. I'll go with it", position: 2 },
  { kind: "take-title", text: "{}!! my kids watched it at a sleepover and won't stop talking about it, let's do that one", position: 7 },
  { kind: "take-title", text: "Never seen {} but I've heard it's good. I'll take it.", position: 5 },
  { kind: "take-title", text: "ok {} it is, haven't watched that since high school", position: 0 },

  // take-with (3)
  { kind: "take-with", text: "The one with {} sounds right up my alley. Never heard of it but I'll watch that one." },
  { kind: "take-with", text: "gimme the {} one, my buddy told me about it a while ago and I never got around to it" },
  { kind: "take-with", text: "Ooh, the one with {} - I'm watching that tonight!" },

  // more (7)
  { kind: "more", text: "Seen pretty much all of these and none of them really did it for me. Got anything else?" },
  { kind: "more", text: "hmm never heard of any of these and they don't really grab me. other options?" },
  { kind: "more", text: "Nope, none of these. My kids have already watched them all lol" },
  { kind: "more", text: "I'm not feeling any of those, can you show me different ones?" },
  { kind: "more", text: "Meh. Different movies please" },
  { kind: "more", text: "None of these sound good to me tbh. What else you got?" },
  { kind: "more", text: "Already watched like half of these and didn't like them, and the rest just aren't my thing. Next batch?" },

  // similar (6)
  { kind: "similar", text: "Ahh I loved number 7! Anything else like that one?", position: 7 },
  { kind: "similar", text: "2 is a great movie, already seen it though. more like that?", position: 2 },
  { kind: "similar", text: "My kids watched #5 like twenty times and loved it, can you find something similar?", position: 5 },
  { kind: "similar", text: "Seen the last one and it was awesome. Show me more in that vein", position: 0 },
  { kind: "similar", text: "I really enjoyed number 10 when I saw it years ago. Any others like it?", position: 10 },
  { kind: "similar", text: "#8 is right up my alley, seen it twice. something along those lines that I haven't seen?", position: 8 },

  // liked-all (3)
  { kind: "liked-all", text: "Ha, I've seen every single one of these and loved them all! You know me too well." },
  { kind: "liked-all", text: "wow these are all favorites of mine, already watched every one though" },
  { kind: "liked-all", text: "I've seen all 10 of these and honestly enjoyed each one. I need ones I haven't seen!" },

  // why (6)
  { kind: "why", text: "Never heard of number 6, why'd you pick that one?", position: 6 },
  { kind: "why", text: "Hm, #9? I've never even heard of it. How come it's on the list?", position: 9 },
  { kind: "why", text: "what makes you think I'd like the 3rd one? my brother watched it and said it was weird lol", position: 3 },
  { kind: "why", text: "why the last one?", position: 0 },
  { kind: "why", text: "Number 1 sounds kind of familiar but I don't know anything about it... why did you suggest it?", position: 1 },
  { kind: "why", text: "Whats the reason for #4? never seen it", position: 4 },

  // less (6)
  { kind: "less", text: "Too much {} on here, I'm not in the mood for that. Can you leave those out?" },
  { kind: "less", text: "no more {} please, I've watched enough of those lately" },
  { kind: "less", text: "I'm not really a {} person, skip those" },
  { kind: "less", text: "Can you take out the {} ones? Never been a fan." },
  { kind: "less", text: "ugh, {} again.. leave those off" },
  { kind: "less", text: "Drop the {} movies, my wife can't stand them" },

  // more-of (5)
  { kind: "more-of", text: "The scary ones on here look good, got any more horror?", genre: "Horror" },
  { kind: "more-of", text: "Could you throw in more animated stuff? My kids are watching with me and they've seen most of these", genre: "Animation" },
  { kind: "more-of", text: "more space and alien type movies please, those are my favorite", genre: "Sci-Fi" },
  { kind: "more-of", text: "I'm a sucker for love stories, can I get more of those?", genre: "Romance" },
  { kind: "more-of", text: "Any more westerns? My grandpa and I watched all the old John Wayne ones together", genre: "Western" },

  // mixed (4)
  { kind: "mixed", text: "Funny ones please, but not the romantic kind, I've seen enough of those", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "sci-fi would be great but no horror, my kids are in the room", holds: ["Sci-Fi"], lacks: ["Horror"] },
  { kind: "mixed", text: "I'm in the mood for a crime movie, just not an action one this time.", holds: ["Crime"], lacks: ["Action"] },
  { kind: "mixed", text: "A drama would be good but no war movies, my dad made me watch enough of those growing up", holds: ["Drama"], lacks: ["War"] },

  // older (4)
  { kind: "older", text: "These are all a bit too recent for me, I like the classics from way back. Anything older?" },
  { kind: "older", text: "seen most of these newer ones already, got some older stuff?" },
  { kind: "older", text: "My mom is watching with me and she only likes old movies. Can you go further back?" },
  { kind: "older", text: "older films please" },

  // newer (4)
  { kind: "newer", text: "Those are pretty old, I've never heard of most of them. Anything more recent?" },
  { kind: "newer", text: "my kids won't watch anything that looks old lol, something newer?" },
  { kind: "newer", text: "Saw a lot of these back in the day. Can you show me newer stuff?" },
  { kind: "newer", text: "something from the last few years maybe" },

  // show (4)
  { kind: "show", text: "I don't know honestly, can you just show me some movies?" },
  { kind: "show", text: "skip the questions and show me what you've got, I'll know it when I see it" },
  { kind: "show", text: "Just give me a list, I've seen a ton of movies so I'll pick from there." },
  { kind: "show", text: "idk, just recommend something" },

  // indifferent (5)
  { kind: "indifferent", text: "Doesn't matter to me, I'll watch pretty much anything" },
  { kind: "indifferent", text: "either way is fine" },
  { kind: "indifferent", text: "I don't really care about that one, honestly." },
  { kind: "indifferent", text: "No preference. Some of my favorite movies are like that and some aren't" },
  { kind: "indifferent", text: "Eh, whatever, I'm not picky about that" },

  // echo (4)
  { kind: "echo", text: "Hi! I'm in the mood for a good comedy from the 90s. I've seen Groundhog Day more times than I can count and still love it.", accepted: ["Comedy", "1990s"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "hey, looking for some sci-fi but not horror, I can't do scary. Back to the Future is my all time favorite", accepted: ["Sci-Fi"], rejected: ["Horror"], liked: ["Back to the Future"] },
  { kind: "echo", text: "Any good westerns? I loved Tombstone", accepted: ["Western"], liked: ["Tombstone"] },
  { kind: "echo", text: "Hello! I like action movies from the 80s like Die Hard and Predator, but please no romance.", accepted: ["Action", "1980s"], rejected: ["Romance"], liked: ["Die Hard", "Predator"] },

  // undo (2)
  { kind: "undo", text: "wait, no, I answered that wrong. can I change it?" },
  { kind: "undo", text: "Oops, I meant the opposite on that last one" },

  // restart (3)
  { kind: "restart", text: "Can we start over? My husband just sat down and wants to pick now." },
  { kind: "restart", text: "let's start from scratch, I think I confused you" },
  { kind: "restart", text: "Start over please" },
  // A fifty-sixth (BD), written by a thirty-fifth outside measurer at the same time: English as a second or third
  // language, small grammar and word-order slips; first run unseen: understood 1.000, honoured .963.
  // take (10)
  { kind: "take", text: "ok I take the number 3, sounds very nice for tonight", position: 3 },
  { kind: "take", text: "Seventh one is good for me, I will watch this.", position: 7 },
  { kind: "take", text: "i choose first one", position: 1 },
  { kind: "take", text: "The last one please, this I want to watch", position: 0 },
  { kind: "take", text: "number 10 i will see it, thank you so much", position: 10 },
  { kind: "take", text: "Good, the fifth film I am going to watch it tonight with my wife.", position: 5 },
  { kind: "take", text: "2 is perfect for me. I go with that one", position: 2 },
  { kind: "take", text: "Okay I decide for the eight one, thanks", position: 8 },
  { kind: "take", text: "me and my brother we will watch no. 6", position: 6 },
  { kind: "take", text: "Fourth movie is exactly what i was searching, i take it", position: 4 },

  // take-title (4)
  { kind: "take-title", text: "ok i will watch {} , looks good", position: 2 },
  { kind: "take-title", text: "{} ! this one i take", position: 9 },
  { kind: "take-title", text: "I am choosing {} for tonight, thank you", position: 5 },
  { kind: "take-title", text: "i want to watch {}, this one please", position: 0 },

  // take-with (3)
  { kind: "take-with", text: "I take the one with {} in it" },
  { kind: "take-with", text: "the film with {} , this one I want watch" },
  { kind: "take-with", text: "Please the movie which has {}, I choose that" },

  // more (7)
  { kind: "more", text: "none of this is for me, show other ones please" },
  { kind: "more", text: "I don't like any of these movies. Have you something different?" },
  { kind: "more", text: "mmm no. not these. other films please" },
  { kind: "more", text: "All of them not interesting for me, can you give another list" },
  { kind: "more", text: "Nothing here I want to watch. more options?" },
  { kind: "more", text: "these ones no, please show me different movies" },
  { kind: "more", text: "No one of this ten is good for me, try again with other" },

  // similar (6)
  { kind: "similar", text: "number 4 I like very much! more films like this one please", position: 4 },
  { kind: "similar", text: "The first one is my style. Give me similar to it", position: 1 },
  { kind: "similar", text: "i like 8, show me more like it", position: 8 },
  { kind: "similar", text: "the last one I liked a lot, anything similar of it?", position: 0 },
  { kind: "similar", text: "I have seen the third and I loved. Something like him?", position: 3 },
  { kind: "similar", text: "Film number 6 was very nice for me, please more in same style", position: 6 },

  // liked-all (3)
  { kind: "liked-all", text: "I already saw all of these and all are great films!" },
  { kind: "liked-all", text: "wow I have watched every one of this list, I like all of them" },
  { kind: "liked-all", text: "All these movies I know already, they are very good all. But I have seen it" },

  // why (6)
  { kind: "why", text: "why you recommend me number 5?", position: 5 },
  { kind: "why", text: "What is the reason for the second one? I don't understand why is here", position: 2 },
  { kind: "why", text: "Why did you put 9 in the list", position: 9 },
  { kind: "why", text: "for what reason you show me the last one?", position: 0 },
  { kind: "why", text: "can you explain me why number 7 is good for me", position: 7 },
  { kind: "why", text: "Why is 10th one in this list?", position: 10 },

  // less (6)
  { kind: "less", text: "no more {} please, i am tired of it" },
  { kind: "less", text: "Too much {} in this list, I don't want it" },
  { kind: "less", text: "please remove {} films, I not like them" },
  { kind: "less", text: "less {} , my wife doesn't like" },
  { kind: "less", text: "I am not in mood for {} today, show without" },
  { kind: "less", text: "{} is not for me. Give me list without these" },

  // more-of (5)
  { kind: "more-of", text: "more funny movies please, I want laugh a lot", genre: "Comedy" },
  { kind: "more-of", text: "Have you something more scary? I want be afraid", genre: "Horror" },
  { kind: "more-of", text: "please more action films, with fights and explosions", genre: "Action" },
  { kind: "more-of", text: "I want more love stories in the list", genre: "Romance" },
  { kind: "more-of", text: "more of cartoon movies for my kids please", genre: "Animation" },

  // mixed (4)
  { kind: "mixed", text: "only comedy ones please and no romance at all", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "I want only action films but not the sci-fi ones", holds: ["Action"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "Give me only dramas, but not war dramas please", holds: ["Drama"], lacks: ["War"] },
  { kind: "mixed", text: "all of them crime movies please and no horror inside", holds: ["Crime"], lacks: ["Horror"] },

  // older (4)
  { kind: "older", text: "these are too new for me. Older films please" },
  { kind: "older", text: "I prefer the classic movies, from before, not so modern" },
  { kind: "older", text: "can you show more old ones? like from time of my father" },
  { kind: "older", text: "Too recent. Give me from earlier years" },

  // newer (4)
  { kind: "newer", text: "this movies are very old, I want more new" },
  { kind: "newer", text: "Something more recent please, not from so long ago" },
  { kind: "newer", text: "I like modern films more, show me newer" },
  { kind: "newer", text: "all is old movies, give me from the last years" },

  // show (4)
  { kind: "show", text: "no questions more, just show me films" },
  { kind: "show", text: "I don't know, please only give me some movies now" },
  { kind: "show", text: "Stop asking please and show me the list" },
  { kind: "show", text: "directly recommend me something, is okay" },

  // indifferent (5)
  { kind: "indifferent", text: "doesn't matter for me" },
  { kind: "indifferent", text: "Any is fine, I don't care about this" },
  { kind: "indifferent", text: "for me is the same, no preference" },
  { kind: "indifferent", text: "It is not important for me, both okay" },
  { kind: "indifferent", text: "I don't mind, yes or no both is fine" },

  // echo (4)
  { kind: "echo", text: "Hello! I want see comedy from 90s, no horror please. I love Toy Story", accepted: ["Comedy", "1990s"], rejected: ["Horror"], liked: ["Toy Story"] },
  { kind: "echo", text: "hi, looking for a sci-fi movie, something like Inception", accepted: ["Sci-Fi"], liked: ["Inception"] },
  { kind: "echo", text: "Good evening. I search a thriller of the 2000s, but not the horror type", accepted: ["Thriller", "2000s"], rejected: ["Horror"] },
  { kind: "echo", text: "i like very much Forrest Gump and Titanic. Today i want a drama movie, romantic also", accepted: ["Drama", "Romance"], liked: ["Forrest Gump", "Titanic"] },

  // undo (2)
  { kind: "undo", text: "oops sorry, my answer was wrong, I change it" },
  { kind: "undo", text: "wait wait, not that. I made mistake in the answer, go back please" },

  // restart (3)
  { kind: "restart", text: "can we begin again from the start?" },
  { kind: "restart", text: "I want start all new, forget what I told you" },
  { kind: "restart", text: "Please let us do it again from beginning" },
  // A fifty-seventh (BE), written by a thirty-sixth outside measurer at the end of the session: a plain late-evening
  // mix, a little tired; first run unseen: understood 1.000, honoured .975.
  // take (10)
  { kind: "take", text: "ok 3 it is", position: 3 },
  { kind: "take", text: "i'll go with 7, thanks", position: 7 },
  { kind: "take", text: "Number 1 looks good, I'll watch that", position: 1 },
  { kind: "take", text: "10 please", position: 10 },
  { kind: "take", text: "gonna go with the last one", position: 0 },
  { kind: "take", text: "5 sounds perfect. done", position: 5 },
  { kind: "take", text: "lets do #2", position: 2 },
  { kind: "take", text: "ok 9. night!", position: 9 },
  { kind: "take", text: "hmm yeah 6, thats the one i'll watch", position: 6 },
  { kind: "take", text: "4 looks good ill put that on", position: 4 },

  // take-title (4)
  { kind: "take-title", text: "{} looks good, ill watch that", position: 2 },
  { kind: "take-title", text: "ok going with {}", position: 8 },
  { kind: "take-title", text: "oh {}! yes that one", position: 5 },
  { kind: "take-title", text: "lets do {} tonight", position: 6 },

  // take-with (3)
  { kind: "take-with", text: "the one with {} sounds fun, ill take that" },
  { kind: "take-with", text: "ok gimme the {} one" },
  { kind: "take-with", text: "i'll watch the one that has {} in it" },

  // more (7)
  { kind: "more", text: "nah none of these" },
  { kind: "more", text: "meh. anything else?" },
  { kind: "more", text: "not feeling any of these tbh" },
  { kind: "more", text: "none of these grab me, next batch?" },
  { kind: "more", text: "Nope, different ones pls" },
  { kind: "more", text: "hmm no. try again" },
  { kind: "more", text: "ehh not really what im after, other options?" },

  // similar (6)
  { kind: "similar", text: "oh 3 is great, seen it already. more like that?", position: 3 },
  { kind: "similar", text: "loved 6! anything along those lines", position: 6 },
  { kind: "similar", text: "1 is one of my favs, similar stuff pls", position: 1 },
  { kind: "similar", text: "#10 was really good, got somthing like it?", position: 10 },
  { kind: "similar", text: "8 is a great one. more in that vein", position: 8 },
  { kind: "similar", text: "the last one is awesome, i've watched it twice. more like that", position: 0 },

  // liked-all (3)
  { kind: "liked-all", text: "ha ive seen all of these and loved them" },
  { kind: "liked-all", text: "These are all great but I've watched every one already" },
  { kind: "liked-all", text: "all favourites of mine lol, already seen em all" },

  // why (6)
  { kind: "why", text: "why number 2?", position: 2 },
  { kind: "why", text: "whats 5 about, why'd you pick it", position: 5 },
  { kind: "why", text: "how come #9 is on there", position: 9 },
  { kind: "why", text: "why the last one?", position: 0 },
  { kind: "why", text: "what makes you think id like 7", position: 7 },
  { kind: "why", text: "hm, why 4? never heard of it", position: 4 },

  // less (6)
  { kind: "less", text: "no more {} pls" },
  { kind: "less", text: "not in the mood for {} tonight" },
  { kind: "less", text: "can you lose the {} ones" },
  { kind: "less", text: "too much {} in there, cut those" },
  { kind: "less", text: "ugh i really dont like {}" },
  { kind: "less", text: "Skip anything {} please" },

  // more-of (5)
  { kind: "more-of", text: "got anything funnier?", genre: "Comedy" },
  { kind: "more-of", text: "something scarier maybe", genre: "Horror" },
  { kind: "more-of", text: "more action pls, these look a bit slow", genre: "Action" },
  { kind: "more-of", text: "kinda want more romantic ones tonight", genre: "Romance" },
  { kind: "more-of", text: "im in the mood for cartoons, more animated stuff?", genre: "Animation" },

  // mixed (4)
  { kind: "mixed", text: "funny ones but no romance pls", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "sci-fi but nothing scary, its late", holds: ["Sci-Fi"], lacks: ["Horror"] },
  { kind: "mixed", text: "more crime stuff, but skip the dramas", holds: ["Crime"], lacks: ["Drama"] },
  { kind: "mixed", text: "animated but not the kids stuff if that makes sense", holds: ["Animation"], lacks: ["Children"] },

  // older (4)
  { kind: "older", text: "anything older?" },
  { kind: "older", text: "these are all pretty recent, got some older stuff" },
  { kind: "older", text: "something a bit more classic maybe, like old films" },
  { kind: "older", text: "can you go back a few decades" },

  // newer (4)
  { kind: "newer", text: "got anything more recent" },
  { kind: "newer", text: "these feel kinda dated, something newer pls" },
  { kind: "newer", text: "something from the last few years maybe?" },
  { kind: "newer", text: "too old for me tonight tbh. more modern stuff?" },

  // show (4)
  { kind: "show", text: "idk just give me some movies" },
  { kind: "show", text: "can you just show me a list" },
  { kind: "show", text: "skip the questions pls, just recomend something" },
  { kind: "show", text: "too tired for 20 questions lol, just show me what you got" },

  // indifferent (5)
  { kind: "indifferent", text: "dont care really" },
  { kind: "indifferent", text: "either is fine" },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "eh, no preference" },
  { kind: "indifferent", text: "not fussed either way tbh" },

  // echo (4)
  { kind: "echo", text: "hey, looking for a comedy tonight, something like superbad or step brothers", accepted: ["Comedy"], liked: ["Superbad", "Step Brothers"] },
  { kind: "echo", text: "hi. in the mood for some sci-fi, nothing horror tho", accepted: ["Sci-Fi"], rejected: ["Horror"] },
  { kind: "echo", text: "want a thriller from the 90s, no romance pls", accepted: ["Thriller", "1990s"], rejected: ["Romance"] },
  { kind: "echo", text: "Hiya, I loved Inception and Memento, any mystery films like that?", accepted: ["Mystery"], liked: ["Inception", "Memento"] },

  // undo (2)
  { kind: "undo", text: "wait no, i meant the other answer. go back" },
  { kind: "undo", text: "oops didnt mean that, take it back" },

  // restart (3)
  { kind: "restart", text: "can we start over" },
  { kind: "restart", text: "ugh lets just start from scratch" },
  { kind: "restart", text: "reset please, i want to begin again from the top" },
  // A fifty-eighth (BF), written by a thirty-seventh outside measurer at the same time: a reason given with each
  // request ('because', 'since'); first run unseen: understood 1.000, honoured .963.
  // take (10)
  { kind: "take", text: "I'll go with number 3 because my wife's been wanting to see it for ages.", position: 3 },
  { kind: "take", text: "The first one sounds perfect since we want something light tonight. Let's do that.", position: 1 },
  { kind: "take", text: "Ok #7, as I've heard good things about it from a coworker.", position: 7 },
  { kind: "take", text: "gonna watch the last one since it's the only one my boyfriend hasn't seen", position: 0 },
  { kind: "take", text: "Number 10 please, because my dad loves that director and we're watching together on Sunday.", position: 10 },
  { kind: "take", text: "I'll take 5, since I haven't seen it since high school and I've been meaning to rewatch it.", position: 5 },
  { kind: "take", text: "Let's go with the second one because it's short and I have work early tomorrow.", position: 2 },
  { kind: "take", text: "8 looks great!! picking that one as it has the actor from that show I've been binging", position: 8 },
  { kind: "take", text: "Sixth one. I'm choosing it because the reason you gave is exactly what I was hoping for.", position: 6 },
  { kind: "take", text: "I think number four is the one, since my kids are finally old enough for it. We'll watch that.", position: 4 },
  // take-title (4)
  { kind: "take-title", text: "{} it is, because I've been meaning to watch that for years.", position: 2 },
  { kind: "take-title", text: "Let's do {} since my brother keeps quoting it and I want to finally get the jokes", position: 9 },
  { kind: "take-title", text: "ooh I'll watch {}, as my mom said it was one of her favourites growing up", position: 4 },
  { kind: "take-title", text: "I'm going with {} because it's pouring rain out and that feels like the right movie for it.", position: 7 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {}, since that's my favorite thing in a movie." },
  { kind: "take-with", text: "Let's watch the one with {} because my girlfriend is really into that." },
  { kind: "take-with", text: "the one with {} please, as that's exactly what I'm in the mood for tonight. I'll go with it." },
  // more (7)
  { kind: "more", text: "None of these are grabbing me because I've already seen most of them. Can I get some different ones?" },
  { kind: "more", text: "Hmm, not feeling any of these, since they all look kind of slow. Show me another set?" },
  { kind: "more", text: "nope, none of those. my husband's picky and he'd veto every one, so other options please" },
  { kind: "more", text: "Can you give me a whole new list? None of these appeal because I'm just not in the mood for any of them." },
  { kind: "more", text: "I'll pass on all ten, as I've read reviews of most and they didn't sound great. Different ones please." },
  { kind: "more", text: "Not these. Since it's my only night off this week I want to be excited about it, so show me other picks." },
  { kind: "more", text: "None of them, sorry! We watched a bunch of these at my sister's last month so we'd like fresh ones." },
  // similar (6)
  { kind: "similar", text: "Number 2 is right up my alley because I love heist movies. Can you show me more like that one?", position: 2 },
  { kind: "similar", text: "I really liked #5 since it reminds me of what my dad and I used to watch, more along those lines please.", position: 5 },
  { kind: "similar", text: "The last one is a favorite of mine, I've seen it already, but give me more like it since that's the exact tone I want.", position: 0 },
  { kind: "similar", text: "Loved 8 already, mostly because of the soundtrack. Anything similar to it?", position: 8 },
  { kind: "similar", text: "the first one's great, I watched it twice because my friend wouldn't stop talking about it. more like that?", position: 1 },
  { kind: "similar", text: "Six is the only one I like the look of, as it's dark and twisty. Can you find others like it?", position: 6 },
  // liked-all (3)
  { kind: "liked-all", text: "Ha, I've seen every single one of these and loved them all, since I basically grew up on this stuff. What else have you got?" },
  { kind: "liked-all", text: "These are all great, but I've watched every one of them already as my husband and I are huge movie buffs." },
  { kind: "liked-all", text: "already seen all 10 and enjoyed every one, because you nailed my taste lol. need ones I haven't seen" },
  // why (6)
  { kind: "why", text: "Why did you suggest number 3? I'm asking because I've never heard of it.", position: 3 },
  { kind: "why", text: "What makes #7 a good fit for me? Since I said I like comedies I'm a bit confused why it's there.", position: 7 },
  { kind: "why", text: "Can you tell me why the last one is on the list, as it doesn't look like my usual thing?", position: 0 },
  { kind: "why", text: "why 9?? just curious because the title sounds like a kids movie", position: 9 },
  { kind: "why", text: "Before I decide, could you explain why you picked the fourth one? My wife is picky so I want to know what I'd be getting into.", position: 4 },
  { kind: "why", text: "How does number 10 match what I asked for? I'd like to understand since the reason line is a bit vague.", position: 10 },
  // less (6)
  { kind: "less", text: "Less {} please, because my partner can't stand it." },
  { kind: "less", text: "Can you drop the {} ones? I'm watching with my grandma so I'd rather avoid that." },
  { kind: "less", text: "no more {} since I've had my fill of it this month" },
  { kind: "less", text: "I'd rather skip anything {} as it's just not my thing lately." },
  { kind: "less", text: "Could you take out the {} stuff, because I've already watched three of those this week." },
  { kind: "less", text: "Please, nothing {}. I'm not in the right headspace for that tonight as work has been crazy." },
  // more-of (5)
  { kind: "more-of", text: "Anything funnier in there? I've had a rough week so I really need a good laugh.", genre: "Comedy" },
  { kind: "more-of", text: "Can you show me more horror? It's Halloween and my friends are coming over wanting to be scared.", genre: "Horror" },
  { kind: "more-of", text: "More romantic ones please, since it's our anniversary tonight", genre: "Romance" },
  { kind: "more-of", text: "Got any more westerns? My dad's visiting, and he'd watch cowboys all day because he grew up on them.", genre: "Western" },
  { kind: "more-of", text: "I'd like more documentaries, as I want to learn something rather than just veg out.", genre: "Documentary" },
  // mixed (4)
  { kind: "mixed", text: "I want sci-fi, but no horror please, because Alien gave me nightmares for a month.", holds: ["Sci-Fi"], lacks: ["Horror"] },
  { kind: "mixed", text: "Funny stuff only and skip the romance, since I just went through a breakup and can't handle love stories right now.", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "animated would be great but not the kiddie stuff, as it's just me and my roommate tonight", holds: ["Animation"], lacks: ["Children"] },
  { kind: "mixed", text: "Give me dramas, just nothing about war, because my grandpa's watching with me and those hit too close to home for him.", holds: ["Drama"], lacks: ["War"] },
  // older (4)
  { kind: "older", text: "Do you have anything older? I like the classics because they tell the story without all the CGI." },
  { kind: "older", text: "These all feel too new for me as I grew up in the 70s. Can we go back a few decades?" },
  { kind: "older", text: "something a bit older please, since my parents are joining and they don't like modern movies" },
  { kind: "older", text: "Could you go further back in time with these? Because I'm feeling nostalgic after digging through old photos all afternoon." },
  // newer (4)
  { kind: "newer", text: "Anything more recent? These look a bit dated for my teenagers since they're used to newer stuff." },
  { kind: "newer", text: "Can you show me newer ones, because I've seen most of the old classics already" },
  { kind: "newer", text: "i'd prefer more recent movies as the effects in older ones just don't do it for me" },
  { kind: "newer", text: "Something from the last few years maybe? I've been out of the loop since my daughter was born and want to catch up." },
  // show (4)
  { kind: "show", text: "Honestly, just show me some movies, because I'm too tired to answer a bunch of questions." },
  { kind: "show", text: "Can you skip the questions and give me a list? I only have a few minutes since my break is almost over." },
  { kind: "show", text: "just show me what you've got, as I'll know what I want when I see it" },
  { kind: "show", text: "Let's skip ahead to the recommendations please, because my friends are waiting on me to pick something." },
  // indifferent (5)
  { kind: "indifferent", text: "I don't mind either way, since I watch pretty much anything." },
  { kind: "indifferent", text: "Doesn't matter to me, as long as the story is good." },
  { kind: "indifferent", text: "no preference really, because my family will watch whatever I put on" },
  { kind: "indifferent", text: "Either is fine! I'm not fussy about that since it's just background while I fold laundry." },
  { kind: "indifferent", text: "That part doesn't really matter to me, as I care more about the actors than anything else." },
  // echo (4)
  { kind: "echo", text: "Hi! I'm looking for a sci-fi film from the 1980s, since I just rewatched Back to the Future and Alien and loved them both.", accepted: ["Sci-Fi", "1980s"], liked: ["Back to the Future", "Alien"] },
  { kind: "echo", text: "I want a comedy tonight, but nothing horror, because my sister is staying over and she scares easily.", accepted: ["Comedy"], rejected: ["Horror"] },
  { kind: "echo", text: "Can you find me a crime thriller? Asking because I loved Heat and want something with that same tension.", accepted: ["Crime", "Thriller"], liked: ["Heat"] },
  { kind: "echo", text: "Looking for an animated movie from the 2000s because my nephew and I both loved Shrek, but no musicals please, he gets bored during the songs.", accepted: ["Animation", "2000s"], rejected: ["Musical"], liked: ["Shrek"] },
  // undo (2)
  { kind: "undo", text: "Wait, take that back, I answered too fast because I misread the question." },
  { kind: "undo", text: "Oops, scratch that last answer, as I wasn't really paying attention. Can you ask again?" },
  // restart (3)
  { kind: "restart", text: "Can we start over from the beginning? My husband just walked in and he wants to choose together." },
  { kind: "restart", text: "let's start the whole thing again, since I answered the first few questions with my kids in mind and now they're in bed" },
  { kind: "restart", text: "I'd like to restart this conversation, as I think I gave you the wrong idea about what I like." },
  // A fifty-ninth (BG), written by a thirty-eighth outside measurer at the same time: students and young
  // professionals typing fast on laptops; first run unseen: understood .988, honoured .975.
  // take (10)
  { kind: "take", text: "ok I'll go with number 3, thanks!", position: 3 },
  { kind: "take", text: "#7 looks perfect tbh, watching that one tonight", position: 7 },
  { kind: "take", text: "Let's do the first one. thank you so much!", position: 1 },
  { kind: "take", text: "I think ill pick 5, sounds like exactly what i need rn", position: 5 },
  { kind: "take", text: "the last one please, that's the one I'm watching", position: 0 },
  { kind: "take", text: "10 for sure. thanks, this was really helpful!", position: 10 },
  { kind: "take", text: "Going with no. 8 — decided, thanks :)", position: 8 },
  { kind: "take", text: "ok number 2 it is, gonna put it on now", position: 2 },
  { kind: "take", text: "hmm ok I'll take the 4th one, thank you!", position: 4 },
  { kind: "take", text: "6 pls! that's the one, ty", position: 6 },

  // take-title (4)
  { kind: "take-title", text: "oh {} sounds great, ill watch that one. thanks!", position: 9 },
  { kind: "take-title", text: "{} it is, been meaning to see it for ages tbh", position: 2 },
  { kind: "take-title", text: "Ok I'm going with {}, thank you so much", position: 6 },
  { kind: "take-title", text: "ooh {}! perfect, that's my pick for tonight", position: 1 },

  // take-with (3)
  { kind: "take-with", text: "the one with {} looks fun, I'll go with that one" },
  { kind: "take-with", text: "I'll take the one with {} pls, sounds right up my alley" },
  { kind: "take-with", text: "ok gonna watch the {} one, thanks!!" },

  // more (7)
  { kind: "more", text: "hmm none of these are really doing it for me tbh, could you show some other options?" },
  { kind: "more", text: "not feeling any of these rn, got anything else?" },
  { kind: "more", text: "Sorry, none of those appeal to me. Can I see a different batch?" },
  { kind: "more", text: "nah none of these, next set pls" },
  { kind: "more", text: "i don't think any of these are it. mind showing me a few more?" },
  { kind: "more", text: "Eh, pass on all of these. What else have you got?" },
  { kind: "more", text: "none of them tbh, can u try some different ones" },

  // similar (6)
  { kind: "similar", text: "oh I've already seen #1 and loved it, more stuff like that would be great", position: 1 },
  { kind: "similar", text: "3 is one of my favs actually! can you find me more like it?", position: 3 },
  { kind: "similar", text: "I watched number 5 last month and really liked it, anything similar?", position: 5 },
  { kind: "similar", text: "seen 7 already but it was sooo good, show me stuff in that vein pls", position: 7 },
  { kind: "similar", text: "Ahh #9 is great, already watched it tho. more like that one?", position: 9 },
  { kind: "similar", text: "the last one is a fav of mine, seen it twice lol. anything along those lines?", position: 0 },

  // liked-all (3)
  { kind: "liked-all", text: "lol I've seen literally all of these and loved every single one" },
  { kind: "liked-all", text: "Ha, already watched all 10 of those and honestly they're all great. good taste!" },
  { kind: "liked-all", text: "seen every one of these tbh, and liked them all, so you're def on the right track" },

  // why (6)
  { kind: "why", text: "why did you pick #2 for me? just curious", position: 2 },
  { kind: "why", text: "what made you suggest number 4?", position: 4 },
  { kind: "why", text: "Can you explain why 6 is on the list? doesn't seem like my kind of thing at first glance", position: 6 },
  { kind: "why", text: "hmm how come 8 is in there?", position: 8 },
  { kind: "why", text: "why'd you recomend the 10th one?", position: 10 },
  { kind: "why", text: "curious what the reasoning is for the last one tbh", position: 0 },

  // less (6)
  { kind: "less", text: "could you leave out the {} ones? not in the mood for that rn" },
  { kind: "less", text: "pls no more {}, I really can't do it tonight" },
  { kind: "less", text: "Can we skip anything {} next time? thanks" },
  { kind: "less", text: "tbh i'm not a fan of {} at all, could you drop those?" },
  { kind: "less", text: "less {} please lol, way too much of it in there" },
  { kind: "less", text: "Not really into {} movies imo, can you filter those out?" },

  // more-of (5)
  { kind: "more-of", text: "anything else that's genuinely scary? the horror ones look like the vibe tonight", genre: "Horror" },
  { kind: "more-of", text: "could you show more romance-y stuff? kinda in that mood rn", genre: "Romance" },
  { kind: "more-of", text: "I'd love more sci-fi in the mix tbh", genre: "Sci-Fi" },
  { kind: "more-of", text: "more action pls! I want explosions and car chases lol", genre: "Action" },
  { kind: "more-of", text: "Got any more animated ones? those look the most fun to me", genre: "Animation" },

  // mixed (4)
  { kind: "mixed", text: "could you show me comedies but nothing animated? cartoons aren't my thing tbh", holds: ["Comedy"], lacks: ["Animation"] },
  { kind: "mixed", text: "I'd like thrillers only pls, and no horror — I want tense, not gory", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "only dramas next pls, and leave out the war films", holds: ["Drama"], lacks: ["War"] },
  { kind: "mixed", text: "Can it be all sci-fi, minus the action stuff? more thoughtful, less shooting", holds: ["Sci-Fi"], lacks: ["Action"] },

  // older (4)
  { kind: "older", text: "do you have anything a bit older? these all feel super recent" },
  { kind: "older", text: "can we go back a few decades? I'm in the mood for a classic" },
  { kind: "older", text: "Something less recent pls, like older stuff" },
  { kind: "older", text: "these are all kinda new imo, any oldies?" },

  // newer (4)
  { kind: "newer", text: "anything more recent? these look kinda dated tbh" },
  { kind: "newer", text: "Could you show me newer ones? I'd rather watch something from the last few years" },
  { kind: "newer", text: "hmm a bit too old for me, got more modern stuff?" },
  { kind: "newer", text: "newer films pls, nothing that feels like it's from my parents' era lol" },

  // show (4)
  { kind: "show", text: "honestly can you just show me some movies now? skip the questions" },
  { kind: "show", text: "let's just see what you've got so far tbh" },
  { kind: "show", text: "Can I just see the recommendations already? thanks" },
  { kind: "show", text: "just give me a list rn pls, I'm short on time" },

  // indifferent (5)
  { kind: "indifferent", text: "don't really mind either way tbh" },
  { kind: "indifferent", text: "no preference on that one, whatever works" },
  { kind: "indifferent", text: "Honestly doesn't matter to me" },
  { kind: "indifferent", text: "eh idc about that, either is fine" },
  { kind: "indifferent", text: "I'm easy on that one, not fussed at all" },

  // echo (4)
  { kind: "echo", text: "hey! kinda in the mood for a comedy from the 2000s, something like Superbad or Mean Girls", accepted: ["Comedy", "2000s"], liked: ["Superbad", "Mean Girls"] },
  { kind: "echo", text: "Hi, could you recommend a good crime thriller? I loved Zodiac. no romance pls", accepted: ["Crime", "Thriller"], rejected: ["Romance"], liked: ["Zodiac"] },
  { kind: "echo", text: "looking for some sci-fi tonight, ideally 90s stuff. not into horror tbh", accepted: ["Sci-Fi", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "hi :) I want an animated movie for a chill night, something like Toy Story. no musicals please", accepted: ["Animation"], rejected: ["Musical"], liked: ["Toy Story"] },

  // undo (2)
  { kind: "undo", text: "wait sorry, I hit that answer too fast — can I change it?" },
  { kind: "undo", text: "oops, take that back pls, I answered wrong" },

  // restart (3)
  { kind: "restart", text: "can we start over from scratch? I'd like to redo this" },
  { kind: "restart", text: "hmm this went off track, let's start again from the beginning pls" },
  { kind: "restart", text: "Sorry, can I reset the whole thing and start fresh?" },
  // A sixtieth (BH), written by a thirty-ninth outside measurer in the next session: a plain everyday mix of new
  // people, a third short and lowercase, the odd typo; first run unseen: understood .988, honoured .975.
  // take (12)
  { kind: "take", text: "number 3 looks good, i'll go with that", position: 3 },
  { kind: "take", text: "I'll take the first one, thanks!", position: 1 },
  { kind: "take", text: "ok 7 it is", position: 7 },
  { kind: "take", text: "Let's do #5. Haven't seen that one in ages", position: 5 },
  { kind: "take", text: "the last one please", position: 0 },
  { kind: "take", text: "I think I'll watch number 2 tonight, thanks for the help", position: 2 },
  { kind: "take", text: "10 sounds perfect", position: 10 },
  { kind: "take", text: "Oh I've been meaning to see the fourth one. Going with that!", position: 4 },
  { kind: "take", text: "gonna go with 8", position: 8 },
  { kind: "take", text: "Number six please, that's the one I want", position: 6 },
  { kind: "take", text: "That last one looks great, I'll watch it", position: 0 },
  { kind: "take", text: "9 for sure, thats exactly what i was after", position: 9 },
  // take-title (5)
  { kind: "take-title", text: "I'll go with {}, been wanting to see it for a while", position: 4 },
  { kind: "take-title", text: "oh {}! that one please", position: 2 },
  { kind: "take-title", text: "{} sounds good, I'll watch that tonight", position: 6 },
  { kind: "take-title", text: "lets do {}", position: 1 },
  { kind: "take-title", text: "My husband has been bugging me to watch {} so we'll go with that one", position: 9 },
  // take-with (3)
  { kind: "take-with", text: "The one with {} in it, I'll watch that" },
  { kind: "take-with", text: "i'll take the {} one" },
  { kind: "take-with", text: "Give me the one that's got {}, that's the one for me" },
  // more (6)
  { kind: "more", text: "none of these really grab me, got anything else?" },
  { kind: "more", text: "Hmm not feeling any of those. Can you show me some others?" },
  { kind: "more", text: "nah none of these" },
  { kind: "more", text: "Could you show me a different batch? These don't really appeal to me." },
  { kind: "more", text: "meh. what else you got" },
  { kind: "more", text: "I'm going to pass on all of these, any other options?" },
  // similar (6)
  { kind: "similar", text: "I loved number 3! Can you find more like that one?", position: 3 },
  { kind: "similar", text: "more like 5 please", position: 5 },
  { kind: "similar", text: "Already seen the second one and really liked it, anything similar to that?", position: 2 },
  { kind: "similar", text: "Something along the lines of #7 would be great", position: 7 },
  { kind: "similar", text: "The first one is one of my all time favorites, what else is like it?", position: 1 },
  { kind: "similar", text: "ooh 8 is my kind of movie. more like that but ones i havent seen", position: 8 },
  // liked-all (2)
  { kind: "liked-all", text: "Ha, I've actually seen all of these and loved every one. Any others?" },
  { kind: "liked-all", text: "seen em all, theyre all great lol. need new ones" },
  // why (6)
  { kind: "why", text: "why did you recomend number 4?", position: 4 },
  { kind: "why", text: "what's the first one about?", position: 1 },
  { kind: "why", text: "Why are you recommending these to me?", position: 1 },
  { kind: "why", text: "never heard of 6, what is it about", position: 6 },
  { kind: "why", text: "How come you suggested number 9?", position: 9 },
  { kind: "why", text: "Can you tell me a bit more about the third one before I decide?", position: 3 },
  // less (6)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "There's too much {} in here for me, can you cut back on that?" },
  { kind: "less", text: "no more {} movies please, im over it" },
  { kind: "less", text: "I'm really not in the mood for {} tonight" },
  { kind: "less", text: "Could we skip the {} stuff" },
  { kind: "less", text: "Something with less {} if possible" },
  // more-of (5)
  { kind: "more-of", text: "These are fine but I want something scarier", genre: "Horror" },
  { kind: "more-of", text: "I could use a good laugh, anything funnier?", genre: "Comedy" },
  { kind: "more-of", text: "more cartoons please, animated stuff", genre: "Animation" },
  { kind: "more-of", text: "Got any more westerns? Cowboys, that kind of thing", genre: "Western" },
  { kind: "more-of", text: "i want more action, explosions and car chases", genre: "Action" },
  // mixed (4)
  { kind: "mixed", text: "More comedy but no romance please", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "I'd like more thrillers, but no horror, I can't handle gore", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "sci-fi please, but nothing animated", holds: ["Sci-Fi"], lacks: ["Animation"] },
  { kind: "mixed", text: "more dramas, and no war movies this time", holds: ["Drama"], lacks: ["War"] },
  // older (3)
  { kind: "older", text: "Anything older? I like the classics" },
  { kind: "older", text: "These are all too recent for me, show me some older ones" },
  { kind: "older", text: "somthing a bit more old school maybe" },
  // newer (3)
  { kind: "newer", text: "anything more recent?" },
  { kind: "newer", text: "These are kind of old, I'd prefer newer movies" },
  { kind: "newer", text: "Do you have any newer stuff? Something from the last few years" },
  // show (4)
  { kind: "show", text: "Just show me some movies already" },
  { kind: "show", text: "enough questions lol, just give me recommendations" },
  { kind: "show", text: "Can you just show me what you've got?" },
  { kind: "show", text: "skip the questions pls and show me the list" },
  // indifferent (6)
  { kind: "indifferent", text: "I don't mind either way" },
  { kind: "indifferent", text: "Not sure honestly" },
  { kind: "indifferent", text: "Doesn't matter to me" },
  { kind: "indifferent", text: "Eh, could go either way" },
  { kind: "indifferent", text: "I have no preference really" },
  { kind: "indifferent", text: "idk" },
  // echo (6)
  { kind: "echo", text: "I love sci fi movies like The Matrix", accepted: ["Sci-Fi"], liked: ["The Matrix"] },
  { kind: "echo", text: "Looking for a good comedy from the 90s", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "Hi! I want a horror movie to watch with my friends tonight", accepted: ["Horror"] },
  { kind: "echo", text: "My favorite movie is Groundhog Day. I want something romantic but funny", accepted: ["Romance", "Comedy"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "hi im in the mood for an action movie, not a war movie tho", accepted: ["Action"], rejected: ["War"] },
  { kind: "echo", text: "Any good 80s adventure films? I loved The Princess Bride and Jurassic Park", accepted: ["Adventure", "1980s"], liked: ["The Princess Bride", "Jurassic Park"] },
  // undo (2)
  { kind: "undo", text: "Wait, I didn't mean that. can I change my answer?" },
  { kind: "undo", text: "oops go back, wrong answer" },
  // restart (1)
  { kind: "restart", text: "Let's start over, I want to try something completely different" },
  // A sixty-first (BI), written by a fortieth outside measurer at the same time: people who correct themselves
  // before sending ("the second one... actually no, the fourth"); first run unseen: understood 1.000, honoured .825.
  // take (12)
  { kind: "take", text: "i'll take 2. hmm no, 4. yeah number 4", position: 4 },
  { kind: "take", text: "number 7 please", position: 7 },
  { kind: "take", text: "ooh the first one! wait lemme check... yep, the first one, I'll watch that", position: 1 },
  { kind: "take", text: "hmm 8 maybe? no, 3. going with 3", position: 3 },
  { kind: "take", text: "The last one, that's what I'm watching tonight", position: 0 },
  { kind: "take", text: "I'll watch #9... sorry, typo, #6", position: 6 },
  { kind: "take", text: "5 looks good, I'll take it", position: 5 },
  { kind: "take", text: "let's do the tenth one. wait is there a tenth? yeah, 10, that one", position: 10 },
  { kind: "take", text: "gonna go with number 2", position: 2 },
  { kind: "take", text: "eh the 8th... no no the 9th, I meant the 9th. that's my pick", position: 9 },
  { kind: "take", text: "the last one... actually hmm, nope, the last one is right. I'll watch that", position: 0 },
  { kind: "take", text: "first—no, the eighth. I'll watch the eighth one", position: 8 },
  // take-title (5)
  { kind: "take-title", text: "{} please! that's the one", position: 3 },
  { kind: "take-title", text: "I was gonna say the first one but actually {} sounds better, I'll watch that", position: 6 },
  { kind: "take-title", text: "oh wait, {}! I've been meaning to see that. picking that one", position: 2 },
  { kind: "take-title", text: "I'll go with {}... no wait... yes. yes, that one. final answer", position: 8 },
  { kind: "take-title", text: "Let me watch {} tonight", position: 5 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it... yeah that one, I'll watch it" },
  { kind: "take-with", text: "hmm the one about— no, sorry, the one with {}. that's my pick" },
  { kind: "take-with", text: "I'll take the one that has {}" },
  // more (6)
  { kind: "more", text: "none of these really... well maybe the 3rd? no, none of them. show me others" },
  { kind: "more", text: "nah, can I see some different ones" },
  { kind: "more", text: "not feeling any of these. next batch pls" },
  { kind: "more", text: "hmm, I'd watch... no. nope, none of these do it for me, what else you got" },
  { kind: "more", text: "None of them, sorry. Other options?" },
  { kind: "more", text: "these aren't it—wait let me look again... nope, still no. more options please" },
  // similar (6)
  { kind: "similar", text: "more like number 2—sorry, number 6, more like 6", position: 6 },
  { kind: "similar", text: "I really like the look of #3, can you find others like it?", position: 3 },
  { kind: "similar", text: "the first one is my kind of thing. not that one exactly tho, something similar to it", position: 1 },
  { kind: "similar", text: "stuff like the 5th one... er, the 7th. movies like the 7th one", position: 7 },
  { kind: "similar", text: "wait, 9 is close... no, it's 10 I mean. more like 10 please, I don't need 10 itself", position: 10 },
  { kind: "similar", text: "Number 2 is close to what I'm after, any more along those lines?", position: 2 },
  // liked-all (2)
  { kind: "liked-all", text: "I've seen all of these and liked them, hmm well most—no, honestly all of them. got any new ones?" },
  { kind: "liked-all", text: "seen every one of these and loved em all lol, need some I haven't watched" },
  // why (6)
  { kind: "why", text: "why number 3? wait, 4. why'd you pick 4?", position: 4 },
  { kind: "why", text: "what's the first one about?", position: 1 },
  { kind: "why", text: "why did you suggest this?", position: 1 },
  { kind: "why", text: "what is #8 about... sorry I meant #5, what's that one about", position: 5 },
  { kind: "why", text: "how come you picked the 7th one for me", position: 7 },
  { kind: "why", text: "hmm why the 6th? I mean— the 9th. why is 9 in there", position: 9 },
  // less (6)
  { kind: "less", text: "more {}... no sorry, LESS {}. way less" },
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "can you cut down on the {}" },
  { kind: "less", text: "too much {} in here, tone it down a bit" },
  { kind: "less", text: "hmm, less {}? yeah. less {}" },
  { kind: "less", text: "ugh I'm tired of {}, get rid of— I mean not all of it, just fewer of those" },
  // more-of (5)
  { kind: "more-of", text: "something funnier—no, scarier. yeah scarier", genre: "Horror" },
  { kind: "more-of", text: "I want something that makes me laugh more, funnier stuff", genre: "Comedy" },
  { kind: "more-of", text: "more sci-fi? actually yeah, definitely more sci-fi, spaceships and all", genre: "Sci-Fi" },
  { kind: "more-of", text: "more cartoons, wait, animated I mean. more animated ones", genre: "Animation" },
  { kind: "more-of", text: "Can I get more war movies", genre: "War" },
  // mixed (4)
  { kind: "mixed", text: "more action but no romance", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "I want more comedy, and—wait, also no horror at all. comedy yes, horror no", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "more thrillers and no dramas... no wait, no documentaries, that's what I meant", holds: ["Thriller"], lacks: ["Documentary"] },
  { kind: "mixed", text: "more of the animated stuff, none of the musicals", holds: ["Animation"], lacks: ["Musical"] },
  // older (3)
  { kind: "older", text: "something older? yeah, older films please" },
  { kind: "older", text: "these are too new. older—I mean, like, properly old classic stuff" },
  { kind: "older", text: "anything from further back?" },
  // newer (3)
  { kind: "newer", text: "newer ones please" },
  { kind: "newer", text: "older—ugh no, NEWER. something more recent" },
  { kind: "newer", text: "got anything more recent? these feel dated" },
  // show (4)
  { kind: "show", text: "yes—no wait, skip the questions, just show me some movies" },
  { kind: "show", text: "just show me what you've got" },
  { kind: "show", text: "can we skip this and see films already" },
  { kind: "show", text: "uh, let me think... actually, no more questions, just show me movies now" },
  // indifferent (6)
  { kind: "indifferent", text: "yes... or no? honestly I don't care either way" },
  { kind: "indifferent", text: "don't know" },
  { kind: "indifferent", text: "hmm maybe? no... I genuinely have no idea lol" },
  { kind: "indifferent", text: "either is fine" },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "yeah—well, not really—eh, whatever, I'm fine either way" },
  // echo (6)
  { kind: "echo", text: "I want a horror, no, a thriller, from the 80s", accepted: ["Thriller", "1980s"] },
  { kind: "echo", text: "some sci-fi like... The Matrix, wait no, Alien, the original one. I loved Alien", accepted: ["Sci-Fi"], liked: ["Alien"] },
  { kind: "echo", text: "comedy from the 90s please", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "something romantic, but not a musical, I hate musicals", accepted: ["Romance"], rejected: ["Musical"] },
  { kind: "echo", text: "a western? hmm, more like a war movie. yeah war, from the 60s", accepted: ["War", "1960s"] },
  { kind: "echo", text: "we love Toy Story and Up, so an animated kids movie... and not horror obviously", accepted: ["Animation", "Children"], rejected: ["Horror"], liked: ["Toy Story", "Up"] },
  // undo (2)
  { kind: "undo", text: "wait, I answered that wrong, go back" },
  { kind: "undo", text: "hmm no, take that back. undo my last answer" },
  // restart (1)
  { kind: "restart", text: "ugh, let's just start over from scratch... yeah, totally fresh" },
  // A sixty-second (BJ), written by a forty-first outside measurer at the same time: people choosing for more than
  // one viewer, the situation said in passing; first run unseen: understood 1.000, honoured .938.
  // take (12)
  { kind: "take", text: "Ok my girlfriend says number 3, we're going with that", position: 3 },
  { kind: "take", text: "roommate's vote is for #7 and honestly same. that one", position: 7 },
  { kind: "take", text: "We'll watch the first one, thanks!", position: 1 },
  { kind: "take", text: "The kids are finally down so I'm putting on number 5 before I fall asleep myself.", position: 5 },
  { kind: "take", text: "my buddy just got here, lets do 2", position: 2 },
  { kind: "take", text: "ok we're sold on the last one. popcorn's ready", position: 0 },
  { kind: "take", text: "Date night sorted, number 9 it is.", position: 9 },
  { kind: "take", text: "perfect, 4 is one we'll both actually like. going with that", position: 4 },
  { kind: "take", text: "my wife literally pointed at the screen and said 6 lol so 6", position: 6 },
  { kind: "take", text: "Friend's staying over tonight, we'll go with number 10. Thanks!", position: 10 },
  { kind: "take", text: "8 please. she's never seen it and I've been meaning to show her forever, so that's the one", position: 8 },
  { kind: "take", text: "i'll take the top one, my sister's coming over at 8 and that looks like something she'd sit through", position: 1 },
  // take-title (5)
  { kind: "take-title", text: "ok we're doing {}. husband approved", position: 4 },
  { kind: "take-title", text: "{} it is, both roommates are in", position: 2 },
  { kind: "take-title", text: "My date actually brought up {} at dinner earlier, so let's go with that one.", position: 7 },
  { kind: "take-title", text: "Going with {} for family night.", position: 1 },
  { kind: "take-title", text: "friend's bringing pizza, we'll just put on {}", position: 9 },
  // take-with (3)
  { kind: "take-with", text: "we'll take the one with {} in it, my boyfriend's obsessed" },
  { kind: "take-with", text: "The {} one please, my roommate already called it" },
  { kind: "take-with", text: "OK, the one that has {}, that's exactly what my wife was hoping for tonight" },
  // more (6)
  { kind: "more", text: "None of these are doing it for us, can you show some others?" },
  { kind: "more", text: "nah neither of us is feeling any of these. got other options?" },
  { kind: "more", text: "The kids vetoed every single one of these lol. Different ones please" },
  { kind: "more", text: "not these. anything else? my date gets here in like 20 min" },
  { kind: "more", text: "Hmm, no. None of those feel right for a Friday night with friends. Can you show me different ones?" },
  { kind: "more", text: "show me other options, there's nothing here my mom would sit through" },
  // similar (6)
  { kind: "similar", text: "number 3 is the kind of thing we both like, got more along those lines?", position: 3 },
  { kind: "similar", text: "ooh 5 is close to what my girlfriend usually likes. more like that one?", position: 5 },
  { kind: "similar", text: "Can you find more like the first one? I'm putting together a little marathon for when my friends come over Saturday.", position: 1 },
  { kind: "similar", text: "We've seen 8 already and loved it, anything similar to it?", position: 8 },
  { kind: "similar", text: "something in the same vein as #2 pls, me and my roommate are really into that vibe", position: 2 },
  { kind: "similar", text: "The last one is exactly the right vibe for date night but we've both seen it. Anything else like it?", position: 0 },
  // liked-all (2)
  { kind: "liked-all", text: "lol my husband and I have seen every one of these and liked them all. any new ones?" },
  { kind: "liked-all", text: "We've already watched all 10 of these, and they're all great, but we need something neither of us has seen" },
  // why (6)
  { kind: "why", text: "Why'd you suggest number 4? trying to figure out if my wife would be into it", position: 4 },
  { kind: "why", text: "what's 7 about? my roommate's asking", position: 7 },
  { kind: "why", text: "hang on, what's the first one about? don't want anything too heavy with the kids around", position: 1 },
  { kind: "why", text: "Why would we like number 9? My girlfriend's a bit skeptical.", position: 9 },
  { kind: "why", text: "what is number 2? never heard of it and my date wants to know what it's about first", position: 2 },
  { kind: "why", text: "how come #10 is on here? seems like an odd pick for a sleepover", position: 10 },
  // less (6)
  { kind: "less", text: "less {} please, my girlfriend isn't into it" },
  { kind: "less", text: "Can we cut down on the {}? The kids are watching with us." },
  { kind: "less", text: "too much {} for a date night tbh, dial it back" },
  { kind: "less", text: "My roommate hates {}, so fewer of those if possible" },
  { kind: "less", text: "not so much {} pls, we've had enough of that this week" },
  { kind: "less", text: "Less {} stuff, my friend's over and she can't stand it" },
  // more-of (5)
  { kind: "more-of", text: "can you make it scarier? my buddy and i actually want to be scared tonight", genre: "Horror" },
  { kind: "more-of", text: "Something funnier? It's been a long week and my wife needs a laugh.", genre: "Comedy" },
  { kind: "more-of", text: "More romantic stuff please, it's our anniversary", genre: "Romance" },
  { kind: "more-of", text: "the kids want cartoons, got anything more animated?", genre: "Animation" },
  { kind: "more-of", text: "More action please, the guys are over and they want explosions and fights", genre: "Action" },
  // mixed (4)
  { kind: "mixed", text: "more comedy but no horror, my girlfriend gets nightmares", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "Could you give us more sci-fi and drop the romance completely? My roommate and I are doing a space night.", holds: ["Sci-Fi"], lacks: ["Romance"] },
  { kind: "mixed", text: "kids are still up so more animated stuff, and nothing with war in it", holds: ["Animation"], lacks: ["War"] },
  { kind: "mixed", text: "More mysteries and no dramas please. It's date night and we like guessing the ending together", holds: ["Mystery"], lacks: ["Drama"] },
  // older (3)
  { kind: "older", text: "Anything older? my dad's over and he only watches the classics" },
  { kind: "older", text: "we're in the mood for stuff from way back, older movies please" },
  { kind: "older", text: "Can you show us older films? Grandma's staying with us this weekend." },
  // newer (3)
  { kind: "newer", text: "these are a bit old for my teenagers, anything newer?" },
  { kind: "newer", text: "Something more recent? My roommate won't watch anything that looks dated." },
  { kind: "newer", text: "newer ones pls, my date's more into recent stuff" },
  // show (4)
  { kind: "show", text: "Just show me some movies, my friend's getting impatient" },
  { kind: "show", text: "Can you skip the questions and just give us some options? We're about to start." },
  { kind: "show", text: "stop asking and just show what you've got, wife's already waiting on the couch" },
  { kind: "show", text: "enough questions lol just show me the movies" },
  // indifferent (6)
  { kind: "indifferent", text: "idk, it's mostly for my boyfriend really" },
  { kind: "indifferent", text: "Doesn't matter to me either way, my roommate will watch anything" },
  { kind: "indifferent", text: "Not sure, honestly. Either is fine for us." },
  { kind: "indifferent", text: "eh either way, we're not picky tonight" },
  { kind: "indifferent", text: "Don't really mind one way or the other" },
  { kind: "indifferent", text: "no idea, i'd have to ask her and she's in the shower" },
  // echo (6)
  { kind: "echo", text: "hi! looking for a romantic comedy for date night tonight", accepted: ["Comedy", "Romance"] },
  { kind: "echo", text: "my roommate and i want a horror movie tonight. we both love The Shining. nothing animated pls", accepted: ["Horror"], rejected: ["Animation"], liked: ["The Shining"] },
  { kind: "echo", text: "Kids are 6 and 9 and we all loved Finding Nemo and Toy Story. Any animated movies for family night?", accepted: ["Animation"], liked: ["Finding Nemo", "Toy Story"] },
  { kind: "echo", text: "friend's coming over, we want some 80s action", accepted: ["Action", "1980s"] },
  { kind: "echo", text: "Something for me and my wife. We like thrillers and mysteries, but no horror please.", accepted: ["Thriller", "Mystery"], rejected: ["Horror"] },
  { kind: "echo", text: "movie night w the guys. we all love The Matrix and Die Hard, looking for 90s sci-fi", accepted: ["Sci-Fi", "1990s"], liked: ["The Matrix", "Die Hard"] },
  // undo (2)
  { kind: "undo", text: "Wait, go back, I answered that wrong. my girlfriend actually does like that" },
  { kind: "undo", text: "Scratch that last answer, my wife just said the opposite." },
  // restart (1)
  { kind: "restart", text: "ok new plan, kids are asleep so it's just me and my husband now. can we start over from scratch?" },
  // A sixty-third (BK), written by a forty-second outside measurer later in the same session: a plain everyday
  // mix modelled on the ReDial seekers' own replies; first run unseen: understood 1.000, honoured .963.
  // take (12)
  { kind: "take", text: "I'll go with number 3!", position: 3 },
  { kind: "take", text: "ok the first one sounds good, thanks", position: 1 },
  { kind: "take", text: "i will watch number 7 tonight", position: 7 },
  { kind: "take", text: "Number 2 please. Thanks for your help!", position: 2 },
  { kind: "take", text: "the last one! havent seen it, I will check it out", position: 0 },
  { kind: "take", text: "ill take 5", position: 5 },
  { kind: "take", text: "#9 is perfect for me", position: 9 },
  { kind: "take", text: "I think I'll watch the 4th one. Thank you so much", position: 4 },
  { kind: "take", text: "ok 6 it is. bye!", position: 6 },
  { kind: "take", text: "The tenth one please", position: 10 },
  { kind: "take", text: "Oh I havent seen number 8, that's the one I'll watch tonight!", position: 8 },
  { kind: "take", text: "going with the last one, thank you and have a good night", position: 0 },
  // take-title (5)
  { kind: "take-title", text: "{} sounds great, I will watch that one", position: 4 },
  { kind: "take-title", text: "ok {} it is", position: 1 },
  { kind: "take-title", text: "i havent seen {} yet so ill go with that one", position: 6 },
  { kind: "take-title", text: "Let's do {}. Thanks!", position: 2 },
  { kind: "take-title", text: "I'll pick {} please", position: 9 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it sounds good, ill watch that" },
  { kind: "take-with", text: "I'll take the {} one!" },
  { kind: "take-with", text: "ok I'll go with the one about {}" },
  // more (6)
  { kind: "more", text: "Any others?" },
  { kind: "more", text: "maybe something else? not feeling any of these" },
  { kind: "more", text: "Hmm not a fan of any of those. Can you recommend me something different?" },
  { kind: "more", text: "nah none of those, got anything else" },
  { kind: "more", text: "These dont really interest me. What else?" },
  { kind: "more", text: "can i see some other ones please" },
  // similar (6)
  { kind: "similar", text: "I really liked number 4, can you find more like that one?", position: 4 },
  { kind: "similar", text: "something like the first one please", position: 1 },
  { kind: "similar", text: "more movies like #6!", position: 6 },
  { kind: "similar", text: "I have seen 3 and loved it. Anything similar to it?", position: 3 },
  { kind: "similar", text: "number 8 is my kind of movie. got any others like it?", position: 8 },
  { kind: "similar", text: "the second one is great, show me more like that", position: 2 },
  // liked-all (2)
  { kind: "liked-all", text: "I have seen all of those and loved them! Any new ones?" },
  { kind: "liked-all", text: "seen every one of these lol, they're all good. what else you got" },
  // why (6)
  { kind: "why", text: "what is number 5 about?", position: 5 },
  { kind: "why", text: "Why did you pick the first one?", position: 1 },
  { kind: "why", text: "I never heard of 7. what is it about", position: 7 },
  { kind: "why", text: "whats that one about?", position: 1 },
  { kind: "why", text: "Why would I like number 3?", position: 3 },
  { kind: "why", text: "how come you suggested #9?", position: 9 },
  // less (6)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "Not a big fan of {} movies" },
  { kind: "less", text: "too much {} in these, can we cut that out" },
  { kind: "less", text: "I dont really like {}. Something without it?" },
  { kind: "less", text: "no more {} ones please" },
  { kind: "less", text: "hmm lots of {} here, I'm not into that" },
  // more-of (5)
  { kind: "more-of", text: "Can you show me something scarier?", genre: "Horror" },
  { kind: "more-of", text: "i want something funnier", genre: "Comedy" },
  { kind: "more-of", text: "Any with more action?", genre: "Action" },
  { kind: "more-of", text: "something more romantic please, its for date night", genre: "Romance" },
  { kind: "more-of", text: "Do you have any kid movies? I have small children in the house", genre: "Children" },
  // mixed (4)
  { kind: "mixed", text: "I want more comedy but no horror please", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "more thrillers, less romance", holds: ["Thriller"], lacks: ["Romance"] },
  { kind: "mixed", text: "can you do more animated ones and nothing with war", holds: ["Animation"], lacks: ["War"] },
  { kind: "mixed", text: "More sci-fi please! And no dramas", holds: ["Sci-Fi"], lacks: ["Drama"] },
  // older (3)
  { kind: "older", text: "Do you have any older ones?" },
  { kind: "older", text: "these are all pretty recent, i like old school movies" },
  { kind: "older", text: "something a bit older please" },
  // newer (3)
  { kind: "newer", text: "Anything more recent?" },
  { kind: "newer", text: "these are kinda old, do you have newer movies" },
  { kind: "newer", text: "I dont know any old movies. Anything up to date?" },
  // show (4)
  { kind: "show", text: "just show me some movies" },
  { kind: "show", text: "Can you just recommend me something already lol" },
  { kind: "show", text: "skip the questions, show me what you got" },
  { kind: "show", text: "i dont want to answer more questions, just give me suggestions" },
  // indifferent (6)
  { kind: "indifferent", text: "I dont know" },
  { kind: "indifferent", text: "either way is fine" },
  { kind: "indifferent", text: "doesnt matter to me" },
  { kind: "indifferent", text: "Im not picky at all" },
  { kind: "indifferent", text: "not sure really" },
  { kind: "indifferent", text: "i dont mind" },
  // echo (6)
  { kind: "echo", text: "Hello! I'm looking for a scary movie. One of my favorites is A Quiet Place", accepted: ["Horror"], liked: ["A Quiet Place"] },
  { kind: "echo", text: "hey, i like comedies like superbad and zoolander", accepted: ["Comedy"], liked: ["Superbad", "Zoolander"] },
  { kind: "echo", text: "Hi, can you recommend me something good from the 80s? I like Ferris Bueller's Day Off", accepted: ["1980s"], liked: ["Ferris Bueller's Day Off"] },
  { kind: "echo", text: "I like action and comedy but no horror please", accepted: ["Action", "Comedy"], rejected: ["Horror"] },
  { kind: "echo", text: "Hi can you recommend me a mystery? I liked Memento", accepted: ["Mystery"], liked: ["Memento"] },
  { kind: "echo", text: "Hi! Looking for a kid movie for my son, he loved The Incredibles", accepted: ["Children"], liked: ["The Incredibles"] },
  // undo (2)
  { kind: "undo", text: "oops, go back. I answered that wrong" },
  { kind: "undo", text: "wait I take that back" },
  // restart (1)
  { kind: "restart", text: "Can we start over? lets try again from the beginning" },
  // A sixty-fourth (BL), written by a forty-third outside measurer at the same time: expressive typers (stretched
  // letters, emoji, a word in capitals); first run unseen: understood 1.000, honoured .963.
  // take (12)
  { kind: "take", text: "omg #3 pleeease, that's the one!!! 😍", position: 3 },
  { kind: "take", text: "NUMBER 7. done. sold lol", position: 7 },
  { kind: "take", text: "ooh the first one!! i'll watch that tonight 🍿🍿", position: 1 },
  { kind: "take", text: "the last one!!! perfect haha", position: 0 },
  { kind: "take", text: "I'll take number 5, thanks.", position: 5 },
  { kind: "take", text: "ok ok ok 6 it is!!! 🎉", position: 6 },
  { kind: "take", text: "yesss 2 looks sooo good, gonna watch it 🙌", position: 2 },
  { kind: "take", text: "10!!! watching the tenth one rn lol", position: 10 },
  { kind: "take", text: "i'll go with 4 😊", position: 4 },
  { kind: "take", text: "ahhh #8 is PERFECT, picking that one!!", position: 8 },
  { kind: "take", text: "gimme the 9th one haha that's the winner 🏆", position: 9 },
  { kind: "take", text: "that very last one looks AMAZING, i'm going with it!!", position: 0 },
  // take-title (5)
  { kind: "take-title", text: "{} !!!! yesss that one 😍", position: 4 },
  { kind: "take-title", text: "omg {} lol i'm sooo watching that tonight", position: 2 },
  { kind: "take-title", text: "I'll go with {}.", position: 6 },
  { kind: "take-title", text: "ok {} it is!!! 🍿", position: 1 },
  { kind: "take-title", text: "ahhh {}, been meaning to see that FOREVER, picking it!!", position: 9 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it!!! that one pleeease 🙏" },
  { kind: "take-with", text: "ooh gimme the {} one lol" },
  { kind: "take-with", text: "I'll take the one about {}." },
  // more (6)
  { kind: "more", text: "nahhh none of these 😕 show me other ones??" },
  { kind: "more", text: "ugh NOPE lol, different ones pleeease" },
  { kind: "more", text: "hmm none of these are doing it for me... got any others?? 🤔" },
  { kind: "more", text: "Not feeling any of these, can I see some others?" },
  { kind: "more", text: "nope nope nope 🙅‍♀️ next batch!!" },
  { kind: "more", text: "meh, none of them lol. other options??" },
  // similar (6)
  { kind: "similar", text: "ooh #2 is my kind of movie!!! more like THAT one pleeease", position: 2 },
  { kind: "similar", text: "3 looks sooo good but i've seen it lol, anything similar??", position: 3 },
  { kind: "similar", text: "More like number 5, please.", position: 5 },
  { kind: "similar", text: "wait the first one is GREAT, got more stuff like it?? 😍", position: 1 },
  { kind: "similar", text: "7 is sooo my vibe!!! more like it pleeease 🙏", position: 7 },
  { kind: "similar", text: "anything similar to 9?? that one's right up my alley lol", position: 9 },
  // liked-all (2)
  { kind: "liked-all", text: "lol i've seen ALL of these and loved every single one 😂 got any new ones??" },
  { kind: "liked-all", text: "Seen and liked all of them already! Anything else?" },
  // why (6)
  { kind: "why", text: "wait why #4?? 🤔", position: 4 },
  { kind: "why", text: "what's 6 about?? never heard of it lol", position: 6 },
  { kind: "why", text: "ummm why did u pick that one?? 😅", position: 1 },
  { kind: "why", text: "Why number 8?", position: 8 },
  { kind: "why", text: "ooh what's the second one even about?!", position: 2 },
  { kind: "why", text: "soooo why'd you put 10 in there?? 😂", position: 10 },
  // less (6)
  { kind: "less", text: "less {} pleeease 😩" },
  { kind: "less", text: "ugh too much {} lol, cut it down??" },
  { kind: "less", text: "Fewer {} movies, please." },
  { kind: "less", text: "not sooo much {} haha 🙈" },
  { kind: "less", text: "can we tone down the {} stuff?? it's a LOT lol" },
  { kind: "less", text: "way too many {} ones!!! less of those" },
  // more-of (5)
  { kind: "more-of", text: "something SCARIER!!! 👻👻", genre: "Horror" },
  { kind: "more-of", text: "funnier pleeease, i need a laugh lol 😂", genre: "Comedy" },
  { kind: "more-of", text: "more action!!! explosions, car chases, ALL of it 💥", genre: "Action" },
  { kind: "more-of", text: "ooh can i get more romantic ones?? 💕", genre: "Romance" },
  { kind: "more-of", text: "More animated ones, please.", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "more comedy but NO horror pleeease 😱", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "ugh no romance lol, gimme more action!!! 💥", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "Something scarier, but no sci-fi.", holds: ["Horror"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "moarrr animated stuff but NOT musicals haha 🙉", holds: ["Animation"], lacks: ["Musical"] },
  // older (3)
  { kind: "older", text: "older pleeease!! like OLD old lol 📼" },
  { kind: "older", text: "ooh anything older?? i love classics 😍" },
  { kind: "older", text: "Something older, please." },
  // newer (3)
  { kind: "newer", text: "these are sooo old lol, newer ones??" },
  { kind: "newer", text: "anything more RECENT?? 🙏" },
  { kind: "newer", text: "Newer stuff please." },
  // show (4)
  { kind: "show", text: "omg just show me movies already lol 😩" },
  { kind: "show", text: "enough questions!!! show me stuff pleeease" },
  { kind: "show", text: "skip the questions haha, just gimme some movies 🙏" },
  { kind: "show", text: "Just show me what you've got." },
  // indifferent (6)
  { kind: "indifferent", text: "eh whatever lol 🤷" },
  { kind: "indifferent", text: "idk honestly?? either way haha" },
  { kind: "indifferent", text: "I don't mind either way." },
  { kind: "indifferent", text: "doesn't matter to meee 😅" },
  { kind: "indifferent", text: "hmm no idea lol, i'm fine with both!!" },
  { kind: "indifferent", text: "meh, don't really care tbh 🤷‍♀️" },
  // echo (6)
  { kind: "echo", text: "hiii!!! i LOVE horror, like sooo much 👻 anything from the 80s??", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "omg i just rewatched Mean Girls and it's SO good lol, want more comedies like that!!", accepted: ["Comedy"], liked: ["Mean Girls"] },
  { kind: "echo", text: "I'd like a sci-fi movie, nothing romantic please.", accepted: ["Sci-Fi"], rejected: ["Romance"] },
  { kind: "echo", text: "ANIMATED pleeease!!! Toy Story is my all time fav 😭💕", accepted: ["Animation"], liked: ["Toy Story"] },
  { kind: "echo", text: "something funny from the 90s!!! no horror tho, i'm a scaredy cat lol 🙈", accepted: ["Comedy", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "i loooove The Matrix and Jurassic Park!!! got any action stuff?? 💥", accepted: ["Action"], liked: ["The Matrix", "Jurassic Park"] },
  // undo (2)
  { kind: "undo", text: "wait nooo i didn't mean that lol, go back!!" },
  { kind: "undo", text: "Oops, I take that back." },
  // restart (1)
  { kind: "restart", text: "ok let's start ALL over lol 🙃 from scratch" },
  // A sixty-fifth (BM), written by a forty-fourth outside measurer at the same time: English as a second language
  // (Russian, French, Korean, Turkish, Vietnamese, Italian); first run unseen: understood 1.000, honoured .975.
  // take (12)
  { kind: "take", text: "I will take number 3, thank you", position: 3 },
  { kind: "take", text: "ok the fifth one please, I watch this tonight", position: 5 },
  { kind: "take", text: "Number 1 is good for me. Thank you very much!", position: 1 },
  { kind: "take", text: "I choose last one.", position: 0 },
  { kind: "take", text: "7 please", position: 7 },
  { kind: "take", text: "Okay, I think I will watch second film. Thanks for the help", position: 2 },
  { kind: "take", text: "Good, film number 10, I will watch it with my wife this evening", position: 10 },
  { kind: "take", text: "Yes, this one, number 4. Perfect, merci!", position: 4 },
  { kind: "take", text: "I take 6th, is enough for me, thanks", position: 6 },
  { kind: "take", text: "Allora, the number 8. I watch it now, ciao", position: 8 },
  { kind: "take", text: "Let's go with the last one in the list, thank you so much ^^", position: 0 },
  { kind: "take", text: "number nine seems interesting, I will see that one. Thank you!", position: 9 },
  // take-title (5)
  { kind: "take-title", text: "I will watch {}, thank you", position: 2 },
  { kind: "take-title", text: "Oh, {}! I always wanted to see it. I take this one please", position: 4 },
  { kind: "take-title", text: "ok {} is good choice, I go with it", position: 1 },
  { kind: "take-title", text: "{} please. thanks a lot", position: 7 },
  { kind: "take-title", text: "I think {} is the one for tonight. Thank you for your help", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "I want the one with {} in it" },
  { kind: "take-with", text: "Please, the film about {}, I take it" },
  { kind: "take-with", text: "the movie where is {}, this one I will watch, thank you" },
  // more (6)
  { kind: "more", text: "Hmm, none of these is for me. Can you show other films?" },
  { kind: "more", text: "I don't like any of them, please another list" },
  { kind: "more", text: "No, not these. Something else maybe?" },
  { kind: "more", text: "Sorry but all this films are not interesting for me. You have different ones?" },
  { kind: "more", text: "other please" },
  { kind: "more", text: "Is not what I search, none of them. Show me other ones please" },
  // similar (6)
  { kind: "similar", text: "Number 3 I liked very much, can you find more films like this one?", position: 3 },
  { kind: "similar", text: "Please more movies similar to the 5", position: 5 },
  { kind: "similar", text: "The first one is exactly my taste. Give me others like it", position: 1 },
  { kind: "similar", text: "I already saw number 8 and I loved it. Something in same style?", position: 8 },
  { kind: "similar", text: "films like second one please, I want to see this kind", position: 2 },
  { kind: "similar", text: "Number 6 is good type of movie for me, show me some similar to it", position: 6 },
  // liked-all (2)
  { kind: "liked-all", text: "I have seen all of them already and I liked all, please show me new ones" },
  { kind: "liked-all", text: "Ah, every film here I watched before, all are very good! But I need something I did not see yet" },
  // why (6)
  { kind: "why", text: "Why you recommend me number 4?", position: 4 },
  { kind: "why", text: "What is number 2 about? I don't know this film", position: 2 },
  { kind: "why", text: "Can you explain why this first film, please?", position: 1 },
  { kind: "why", text: "Why you think I will like this?", position: 1 },
  { kind: "why", text: "Sorry, the 7, what is the story of it?", position: 7 },
  { kind: "why", text: "For what reason you put number 9 in list?", position: 9 },
  // less (6)
  { kind: "less", text: "Less {} please" },
  { kind: "less", text: "Too much {} here, I am not in the mood for it" },
  { kind: "less", text: "Can you remove {} films? I don't like them so much" },
  { kind: "less", text: "I prefer not so many {} movies" },
  { kind: "less", text: "Please no more {}, is enough" },
  { kind: "less", text: "It is a lot of {}... maybe fewer of this kind?" },
  // more-of (5)
  { kind: "more-of", text: "Can you give more scary films? I like to be afraid", genre: "Horror" },
  { kind: "more-of", text: "More funny ones please, I want to laugh tonight", genre: "Comedy" },
  { kind: "more-of", text: "Maybe with more action, you know, fights, explosions, car chase", genre: "Action" },
  { kind: "more-of", text: "I would like more romantic films, for watching with my girlfriend", genre: "Romance" },
  { kind: "more-of", text: "Give me more war films please, about soldiers, battles. My father like them", genre: "War" },
  // mixed (4)
  { kind: "mixed", text: "More comedy but no horror please", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "I want more action films and without romance", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "Please something more scary, but not animation, I am adult", holds: ["Horror"], lacks: ["Animation"] },
  { kind: "mixed", text: "More drama and crime, but not war films", holds: ["Drama", "Crime"], lacks: ["War"] },
  // older (3)
  { kind: "older", text: "Can you show older films? I like classic cinema" },
  { kind: "older", text: "These are too new for me, something more old please" },
  { kind: "older", text: "I prefer old movies, not modern ones" },
  // newer (3)
  { kind: "newer", text: "These films are too old, please something more recent" },
  { kind: "newer", text: "Do you have newer ones? Like from last years" },
  { kind: "newer", text: "Something modern please, not so old" },
  // show (4)
  { kind: "show", text: "Please stop the questions and just show me films" },
  { kind: "show", text: "Enough questions, show me what you have" },
  { kind: "show", text: "I don't want to answer more, recommend me something already" },
  { kind: "show", text: "Just give me the list please" },
  // indifferent (6)
  { kind: "indifferent", text: "I don't know, maybe" },
  { kind: "indifferent", text: "For me is the same" },
  { kind: "indifferent", text: "Doesn't matter" },
  { kind: "indifferent", text: "Hmm, I have no idea, both is ok" },
  { kind: "indifferent", text: "I don't care so much about this" },
  { kind: "indifferent", text: "Is all the same for me, you choose" },
  // echo (6)
  { kind: "echo", text: "Hello! I would like a comedy from the 1990s please", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "Hi, I love The Godfather and Goodfellas, I search something like this, crime film", accepted: ["Crime"], liked: ["The Godfather", "Goodfellas"] },
  { kind: "echo", text: "Good evening. I want horror film, but not comedy please", accepted: ["Horror"], rejected: ["Comedy"] },
  { kind: "echo", text: "Hi, something animation like Toy Story, I like it very much", accepted: ["Animation"], liked: ["Toy Story"] },
  { kind: "echo", text: "I like sci-fi from 80s, Blade Runner is my favourite film. No romance please", accepted: ["Sci-Fi", "1980s"], rejected: ["Romance"], liked: ["Blade Runner"] },
  { kind: "echo", text: "hello, some drama or war movie, old one from 1960s", accepted: ["Drama", "War", "1960s"] },
  // undo (2)
  { kind: "undo", text: "Sorry, I answered wrong, can we go back?" },
  { kind: "undo", text: "Wait, I made mistake on previous answer, cancel it please" },
  // restart (1)
  { kind: "restart", text: "Let's start again from the beginning please" },
  // A sixty-sixth (BN), written by a forty-fifth outside measurer at the end of the session: a plain everyday mix
  // of ordinary adults in the evening; first run unseen: understood 1.000, honoured 1.000.
  // take (12)
  { kind: "take", text: "ok number 3 it is", position: 3 },
  { kind: "take", text: "I'll go with the fourth one, thanks.", position: 4 },
  { kind: "take", text: "7. done", position: 7 },
  { kind: "take", text: "that last one looks good, putting it on now", position: 0 },
  { kind: "take", text: "lets do #2", position: 2 },
  { kind: "take", text: "The first one. Perfect, that's what we're watching tonight.", position: 1 },
  { kind: "take", text: "eh number 9 i guess, good enough", position: 9 },
  { kind: "take", text: "Going with 5. My wife approves.", position: 5 },
  { kind: "take", text: "ooh 6!! yes thats the one", position: 6 },
  { kind: "take", text: "i'll take the 10th one", position: 10 },
  { kind: "take", text: "Number eight please, that'll do nicely", position: 8 },
  { kind: "take", text: "gonna watch the third one, thx", position: 3 },
  // take-title (5)
  { kind: "take-title", text: "{} looks good, we'll watch that", position: 2 },
  { kind: "take-title", text: "Oh I've been meaning to see {}. Let's go with that one.", position: 5 },
  { kind: "take-title", text: "{} it is", position: 1 },
  { kind: "take-title", text: "ok puting on {} tonight, thanks", position: 7 },
  { kind: "take-title", text: "haha {}, perfect, sold", position: 4 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {} in it" },
  { kind: "take-with", text: "the {} one. thats my pick" },
  { kind: "take-with", text: "gimme the one that has {}, sounds like my kind of thing" },
  // more (6)
  { kind: "more", text: "none of these really grab me, what else you got" },
  { kind: "more", text: "Nope. Next batch." },
  { kind: "more", text: "Hmm, I'm not feeling any of these. Could you show me some different ones?" },
  { kind: "more", text: "nah not these, anything else?" },
  { kind: "more", text: "meh. nothing here for me, show me more" },
  { kind: "more", text: "None of these are doing it for me tbh, can I see a few more options" },
  // similar (6)
  { kind: "similar", text: "I liked #3, anything else like that one?", position: 3 },
  { kind: "similar", text: "number 6 is my kind of movie, got more like it?", position: 6 },
  { kind: "similar", text: "Already seen the first one and loved it, show me stuff similar to that", position: 1 },
  { kind: "similar", text: "more along the lines of 8 please", position: 8 },
  { kind: "similar", text: "The second one is right up my alley, but I've seen it. Anything in the same vein?", position: 2 },
  { kind: "similar", text: "ooh the last one is the vibe. more like that!!", position: 0 },
  // liked-all (2)
  { kind: "liked-all", text: "Ha, seen every single one of these and liked them all. Got anything I haven't seen?" },
  { kind: "liked-all", text: "loved all of these already lol. need new ones" },
  // why (6)
  { kind: "why", text: "why'd you pick number 4?", position: 4 },
  { kind: "why", text: "What's the second one about?", position: 2 },
  { kind: "why", text: "never heard of 7, whats it about", position: 7 },
  { kind: "why", text: "Why are you showing me these?", position: 1 },
  { kind: "why", text: "why is the first one on here lol", position: 1 },
  { kind: "why", text: "What made you recomend number 9? Doesn't seem like my thing.", position: 9 },
  // less (6)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "Could we cut back on the {}? Not really in the mood for it." },
  { kind: "less", text: "too much {} in here" },
  { kind: "less", text: "ugh enough {} lol" },
  { kind: "less", text: "no more {} movies pls" },
  { kind: "less", text: "Can you drop the {} ones" },
  // more-of (5)
  { kind: "more-of", text: "these are too tame, give me something that'll actually scare me", genre: "Horror" },
  { kind: "more-of", text: "I could use a laugh tonight. Something funnier maybe?", genre: "Comedy" },
  { kind: "more-of", text: "more action, stuff blowing up", genre: "Action" },
  { kind: "more-of", text: "anything with a bit more romance? it's date night", genre: "Romance" },
  { kind: "more-of", text: "Got any westerns? Cowboys, that kind of thing.", genre: "Western" },
  // mixed (4)
  { kind: "mixed", text: "more comedy but no romance stuff", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "I'd like something with more mystery to it, but nothing too frightening, no horror please.", holds: ["Mystery"], lacks: ["Horror"] },
  { kind: "mixed", text: "action yes, war no", holds: ["Action"], lacks: ["War"] },
  { kind: "mixed", text: "kids r watching w me so more animated ones, and no horror", holds: ["Animation"], lacks: ["Horror"] },
  // older (3)
  { kind: "older", text: "anything older? like classic stuff" },
  { kind: "older", text: "these are all too new for me" },
  { kind: "older", text: "Could you show me some older films? I prefer the classics." },
  // newer (3)
  { kind: "newer", text: "something more recent maybe" },
  { kind: "newer", text: "these are ancient lol, anything newer?" },
  { kind: "newer", text: "Newer ones please." },
  // show (4)
  { kind: "show", text: "just show me some movies already" },
  { kind: "show", text: "skip the questions, let's see what you've got" },
  { kind: "show", text: "can u just give me a list" },
  { kind: "show", text: "honestly just show me movies, im too tired for 20 questions" },
  // indifferent (6)
  { kind: "indifferent", text: "don't care either way" },
  { kind: "indifferent", text: "eh, could go either way" },
  { kind: "indifferent", text: "Hmm, I really don't know." },
  { kind: "indifferent", text: "no preference" },
  { kind: "indifferent", text: "idk tbh" },
  { kind: "indifferent", text: "doesn't matter to me honestly, whatever works" },
  // echo (6)
  { kind: "echo", text: "looking for a good comedy from the 90s", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "Something like Notting Hill would be lovely. A romantic comedy, ideally.", accepted: ["Romance", "Comedy"], liked: ["Notting Hill"] },
  { kind: "echo", text: "Thriller. Nothing animated.", accepted: ["Thriller"], rejected: ["Animation"] },
  { kind: "echo", text: "loved hot fuzz and back to the future. some kind of action comedy?", accepted: ["Action", "Comedy"], liked: ["Hot Fuzz", "Back to the Future"] },
  { kind: "echo", text: "sci fi from the 80s please, no horror", accepted: ["Sci-Fi", "1980s"], rejected: ["Horror"] },
  { kind: "echo", text: "In the mood for a crime drama, something like Goodfellas or Zodiac.", accepted: ["Crime", "Drama"], liked: ["Goodfellas", "Zodiac"] },
  // undo (2)
  { kind: "undo", text: "wait no, go back, i answered that wrong" },
  { kind: "undo", text: "Oh, sorry, I didn't mean that. Can I change my last answer?" },
  // restart (1)
  { kind: "restart", text: "ok scrap all this, lets start over" },
  // A sixty-seventh (BO), written by a forty-sixth outside measurer at the same time: cards pointed at in every
  // way but a plain number; first run unseen: understood 1.000, honoured .900.
  // take (12)
  { kind: "take", text: "the top one please, that's the one for me", position: 1 },
  { kind: "take", text: "I'll go with the one at the bottom", position: 0 },
  { kind: "take", text: "second from the top looks good, I'll watch that", position: 2 },
  { kind: "take", text: "the one right after the first, that's my pick", position: 2 },
  { kind: "take", text: "ok the 3rd from last. done", position: 8 },
  { kind: "take", text: "number eight sounds great, going with that", position: 8 },
  { kind: "take", text: "#4 it is", position: 4 },
  { kind: "take", text: "I'll take the fifth pick", position: 5 },
  { kind: "take", text: "option 6 please, thanks!", position: 6 },
  { kind: "take", text: "the very last one on the list, sold", position: 0 },
  { kind: "take", text: "the one just above the last one, gonna watch that tonight", position: 9 },
  { kind: "take", text: "third one down, that's the one i want", position: 3 },
  // take-title (5)
  { kind: "take-title", text: "{} please", position: 3 },
  { kind: "take-title", text: "oh I'll watch {}", position: 7 },
  { kind: "take-title", text: "{}! yes that one", position: 1 },
  { kind: "take-title", text: "let's do {}, haven't seen it in ages", position: 10 },
  { kind: "take-title", text: "{} sounds perfect, I'm set", position: 5 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it" },
  { kind: "take-with", text: "I'll take the one about {}" },
  { kind: "take-with", text: "gimme the one that's got {}, that's what I'm in the mood for" },
  // more (6)
  { kind: "more", text: "none of these, show me others" },
  { kind: "more", text: "nah not feeling any of them, got anything else?" },
  { kind: "more", text: "meh. different ones please" },
  { kind: "more", text: "none of those really appeal, more options?" },
  { kind: "more", text: "nope, nothing here grabs me. what else you got" },
  { kind: "more", text: "can I see some other movies instead" },
  // similar (6)
  { kind: "similar", text: "the top one is my kind of thing, can you find more like it? not that one exactly", position: 1 },
  { kind: "similar", text: "something like the second from the bottom would be nice", position: 9 },
  { kind: "similar", text: "more like #3 please", position: 3 },
  { kind: "similar", text: "the one at the bottom is close to what I want, show me others like it", position: 0 },
  { kind: "similar", text: "anything similar to number five?", position: 5 },
  { kind: "similar", text: "really like the look of the one right after the top one, got more in that vein?", position: 2 },
  // liked-all (2)
  { kind: "liked-all", text: "seen all of these and loved every one, need new ones" },
  { kind: "liked-all", text: "ha I've watched every single one of those and liked them all. anything I haven't seen?" },
  // why (6)
  { kind: "why", text: "why the top one?", position: 1 },
  { kind: "why", text: "what's the fourth one about?", position: 4 },
  { kind: "why", text: "why did you suggest #7", position: 7 },
  { kind: "why", text: "what's the deal with the one at the bottom", position: 0 },
  { kind: "why", text: "why'd you pick these?", position: 1 },
  { kind: "why", text: "what is the 2nd from last about", position: 9 },
  // less (6)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "too much {}, tone it down a bit" },
  { kind: "less", text: "can we cut back on the {}" },
  { kind: "less", text: "not so much {} stuff" },
  { kind: "less", text: "fewer {} ones maybe" },
  { kind: "less", text: "kinda sick of {} tbh, less of that" },
  // more-of (5)
  { kind: "more-of", text: "something scarier", genre: "Horror" },
  { kind: "more-of", text: "got anything funnier?", genre: "Comedy" },
  { kind: "more-of", text: "more action please, explosions and car chases", genre: "Action" },
  { kind: "more-of", text: "I'd like more romantic stuff", genre: "Romance" },
  { kind: "more-of", text: "more westerns! cowboys, gunfights, that kind of thing", genre: "Western" },
  // mixed (4)
  { kind: "mixed", text: "more comedy but no horror please", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "I want something scarier, and no romance at all", holds: ["Horror"], lacks: ["Romance"] },
  { kind: "mixed", text: "more action, and no dramas", holds: ["Action"], lacks: ["Drama"] },
  { kind: "mixed", text: "some sci-fi would be good, and drop the animated stuff", holds: ["Sci-Fi"], lacks: ["Animation"] },
  // older (3)
  { kind: "older", text: "got anything older?" },
  { kind: "older", text: "these are all too recent, something older please" },
  { kind: "older", text: "older films please, real classics" },
  // newer (3)
  { kind: "newer", text: "anything more recent?" },
  { kind: "newer", text: "too old for me, something newer" },
  { kind: "newer", text: "these are ancient lol, got stuff that came out more recently?" },
  // show (4)
  { kind: "show", text: "just show me some movies" },
  { kind: "show", text: "enough questions, show me what you've got" },
  { kind: "show", text: "skip the questions and give me recommendations" },
  { kind: "show", text: "can you just list some films already" },
  // indifferent (6)
  { kind: "indifferent", text: "don't care" },
  { kind: "indifferent", text: "either way honestly" },
  { kind: "indifferent", text: "no idea" },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "hmm not sure" },
  { kind: "indifferent", text: "whatever, both are fine" },
  // echo (6)
  { kind: "echo", text: "I love horror, something from the 80s would be great", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "comedy please, but no romance", accepted: ["Comedy"], rejected: ["Romance"] },
  { kind: "echo", text: "I loved The Matrix, looking for more sci-fi like that", accepted: ["Sci-Fi"], liked: ["The Matrix"] },
  { kind: "echo", text: "a good thriller from the 90s", accepted: ["Thriller", "1990s"] },
  { kind: "echo", text: "war movies, from the 2000s if possible", accepted: ["War", "2000s"] },
  { kind: "echo", text: "Groundhog Day is one of my all time faves. something funny and romantic?", accepted: ["Comedy", "Romance"], liked: ["Groundhog Day"] },
  // undo (2)
  { kind: "undo", text: "wait, go back, I didn't mean that" },
  { kind: "undo", text: "oops, let me change my last answer" },
  // restart (1)
  { kind: "restart", text: "let's start over from scratch" },
  // A sixty-eighth (BP), written by a forty-seventh outside measurer at the same time: blunt, slangy, mildly
  // swearing phone typing; first run unseen: understood .950, honoured .850.
  // take (12)
  { kind: "take", text: "hell yeah 3", position: 3 },
  { kind: "take", text: "ok ill take 7", position: 7 },
  { kind: "take", text: "gimme the last one", position: 0 },
  { kind: "take", text: "number 1 looks sick, goin w that", position: 1 },
  { kind: "take", text: "5 it is lol", position: 5 },
  { kind: "take", text: "damn ok 2, done", position: 2 },
  { kind: "take", text: "ya 9 sounds good ill watch that", position: 9 },
  { kind: "take", text: "lets do #4", position: 4 },
  { kind: "take", text: "the 6th one. sold", position: 6 },
  { kind: "take", text: "screw it, 10", position: 10 },
  { kind: "take", text: "I'll watch number 8.", position: 8 },
  { kind: "take", text: "eh the bottom one i guess, that works", position: 0 },
  // take-title (5)
  { kind: "take-title", text: "oh {} hell yeah, watching that", position: 2 },
  { kind: "take-title", text: "ok fine {} it is", position: 5 },
  { kind: "take-title", text: "{} tonight, done deal", position: 1 },
  { kind: "take-title", text: "I'll go with {}.", position: 8 },
  { kind: "take-title", text: "{} for sure thats the one", position: 4 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it, that one" },
  { kind: "take-with", text: "gimme the {} one" },
  { kind: "take-with", text: "ill take whichever has {}" },
  // more (6)
  { kind: "more", text: "nah none of these" },
  { kind: "more", text: "ugh these suck, show me other ones" },
  { kind: "more", text: "nope. got anything else" },
  { kind: "more", text: "none of these do it for me tbh, more?" },
  { kind: "more", text: "Can I see some different ones?" },
  { kind: "more", text: "lol no. different batch pls" },
  // similar (6)
  { kind: "similar", text: "4 is dope, more stuff like that", position: 4 },
  { kind: "similar", text: "got anything like 2? already seen it", position: 2 },
  { kind: "similar", text: "more like number 7 pls", position: 7 },
  { kind: "similar", text: "seen 1 already n loved it, find me more like it", position: 1 },
  { kind: "similar", text: "Show me movies similar to 9.", position: 9 },
  { kind: "similar", text: "ok 3 is my vibe, gimme more in that lane", position: 3 },
  // liked-all (2)
  { kind: "liked-all", text: "damn these are all good but ive seen every one of em, got new stuff?" },
  { kind: "liked-all", text: "lol seen all 10 and liked em all. gimme fresh ones" },
  // why (6)
  { kind: "why", text: "wtf is 6 about", position: 6 },
  { kind: "why", text: "why'd u put 3 on here", position: 3 },
  { kind: "why", text: "whats 8 even about", position: 8 },
  { kind: "why", text: "why this?", position: 1 },
  { kind: "why", text: "What's number 2 about?", position: 2 },
  { kind: "why", text: "huh why 10 lol", position: 10 },
  // less (6)
  { kind: "less", text: "less {} pls" },
  { kind: "less", text: "nah screw the {} stuff" },
  { kind: "less", text: "too much {} man, cut it out" },
  { kind: "less", text: "ugh enough {} already" },
  { kind: "less", text: "No more {}, please." },
  { kind: "less", text: "can u chill on the {}" },
  // more-of (5)
  { kind: "more-of", text: "somethin scarier", genre: "Horror" },
  { kind: "more-of", text: "gimme funnier stuff", genre: "Comedy" },
  { kind: "more-of", text: "more shootin and explosions", genre: "Action" },
  { kind: "more-of", text: "more animated stuff, cartoons n whatnot", genre: "Animation" },
  { kind: "more-of", text: "Something with more space and aliens.", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "more funny stuff, no romance crap", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "want horror but ditch the comedy ones", holds: ["Horror"], lacks: ["Comedy"] },
  { kind: "mixed", text: "action yes, war no", holds: ["Action"], lacks: ["War"] },
  { kind: "mixed", text: "Something scarier please, and no musicals.", holds: ["Horror"], lacks: ["Musical"] },
  // older (3)
  { kind: "older", text: "older stuff pls" },
  { kind: "older", text: "these r too new, got any classics" },
  { kind: "older", text: "anything from way back? like old school" },
  // newer (3)
  { kind: "newer", text: "newer stuff" },
  { kind: "newer", text: "ugh these are ancient, anything recent?" },
  { kind: "newer", text: "got anything from like the last few years" },
  // show (4)
  { kind: "show", text: "dude just show me movies" },
  { kind: "show", text: "skip the questions lol just gimme the list" },
  { kind: "show", text: "stop asking stuff and show me what u got" },
  { kind: "show", text: "Just show me some films." },
  // indifferent (6)
  { kind: "indifferent", text: "idk" },
  { kind: "indifferent", text: "eh whatever" },
  { kind: "indifferent", text: "dont care tbh" },
  { kind: "indifferent", text: "either way man" },
  { kind: "indifferent", text: "no clue lol" },
  { kind: "indifferent", text: "I don't mind." },
  // echo (6)
  { kind: "echo", text: "horror from the 80s, the cheesy kind", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "comedy but nah screw the romance stuff", accepted: ["Comedy"], rejected: ["Romance"] },
  { kind: "echo", text: "loved the matrix and die hard, want more action like that", accepted: ["Action"], liked: ["The Matrix", "Die Hard"] },
  { kind: "echo", text: "westerns. old ones, like 60s", accepted: ["Western", "1960s"] },
  { kind: "echo", text: "I like sci-fi and thrillers.", accepted: ["Sci-Fi", "Thriller"] },
  { kind: "echo", text: "shaun of the dead is my fav ever, gimme funny stuff", accepted: ["Comedy"], liked: ["Shaun of the Dead"] },
  // undo (2)
  { kind: "undo", text: "wait no go back" },
  { kind: "undo", text: "oops scratch that last answer" },
  // restart (1)
  { kind: "restart", text: "ugh this is a mess, lets start over" },
  // A sixty-ninth (BQ), written by a forty-eighth outside measurer at the end of the session: a plain everyday mix
  // of six new people; first run unseen: understood .988, honoured .950.
  // take (12)
  { kind: "take", text: "number 3 please", position: 3 },
  { kind: "take", text: "Oh, I'll go with the second one. Thank you so much!", position: 2 },
  { kind: "take", text: "omg #7 for sure lol", position: 7 },
  { kind: "take", text: "The first one is fine.", position: 1 },
  { kind: "take", text: "Ill take number 5, thats the one", position: 5 },
  { kind: "take", text: "Oh man, number 9! I've been meaning to see that one forever, that's my pick.", position: 9 },
  { kind: "take", text: "last one", position: 0 },
  { kind: "take", text: "The fourth one looks lovely, I think we'll watch that one tonight.", position: 4 },
  { kind: "take", text: "6 it is.", position: 6 },
  { kind: "take", text: "yesss 8 perfect", position: 8 },
  { kind: "take", text: "I'll go with the very last one on the list, sounds good to me.", position: 0 },
  { kind: "take", text: "10 please, thanks", position: 10 },
  // take-title (5)
  { kind: "take-title", text: "{} works", position: 4 },
  { kind: "take-title", text: "Oh, {}! I haven't seen that in years. We'll watch that one.", position: 2 },
  { kind: "take-title", text: "ok {} lol", position: 6 },
  { kind: "take-title", text: "Lets do {}", position: 1 },
  { kind: "take-title", text: "I'll take {}, always wanted to see it.", position: 8 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} please" },
  { kind: "take-with", text: "I'll take the one about {}, that sounds right up my alley." },
  { kind: "take-with", text: "gimme the {} one" },
  // more (6)
  { kind: "more", text: "none of these" },
  { kind: "more", text: "Hmm, I don't think any of those are for me. Do you have any others?" },
  { kind: "more", text: "meh none of these lol" },
  { kind: "more", text: "Got anything else?" },
  { kind: "more", text: "Not really feeling any of these, can you show me some other ones" },
  { kind: "more", text: "Nah, none of those grab me. What else you got?" },
  // similar (6)
  { kind: "similar", text: "more like 4", position: 4 },
  { kind: "similar", text: "I really enjoyed the third one. Are there others like that?", position: 3 },
  { kind: "similar", text: "ooh #2 is my vibe, anything else like that??", position: 2 },
  { kind: "similar", text: "Anything like number 6?", position: 6 },
  { kind: "similar", text: "I liked the first one, show me ones like that", position: 1 },
  { kind: "similar", text: "Number 5 is exactly my kind of movie. Got more in that style?", position: 5 },
  // liked-all (2)
  { kind: "liked-all", text: "Seen all of those already and loved every one! Any new ones?" },
  { kind: "liked-all", text: "seen em all, loved em. more?" },
  // why (6)
  { kind: "why", text: "why 7?", position: 7 },
  { kind: "why", text: "What is the second one about? I've never heard of it.", position: 2 },
  { kind: "why", text: "wait why'd you pick #5 for me lol", position: 5 },
  { kind: "why", text: "Why this one?", position: 1 },
  { kind: "why", text: "whats number 8 about", position: 8 },
  { kind: "why", text: "Curious what made you suggest number 3, how does it fit what I asked for?", position: 3 },
  // less (6)
  { kind: "less", text: "less {}" },
  { kind: "less", text: "Could we have fewer {} films please? Not really my cup of tea." },
  { kind: "less", text: "ugh so much {}" },
  { kind: "less", text: "Cut back on the {}." },
  { kind: "less", text: "Im not a big {} fan, can you do less of that" },
  { kind: "less", text: "Way too much {} in this list for me, let's dial that back a bit." },
  // more-of (5)
  { kind: "more-of", text: "something scarier", genre: "Horror" },
  { kind: "more-of", text: "Could you show me some that are a bit funnier? I could use a laugh.", genre: "Comedy" },
  { kind: "more-of", text: "ok but make it romantic lol, i want a love story", genre: "Romance" },
  { kind: "more-of", text: "More cowboy movies.", genre: "Western" },
  { kind: "more-of", text: "Got anything with more action? Explosions, car chases, that kind of thing.", genre: "Action" },
  // mixed (4)
  { kind: "mixed", text: "more comedy no horror", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "I'd love more mysteries, but please no horror at all.", holds: ["Mystery"], lacks: ["Horror"] },
  { kind: "mixed", text: "more sci-fi pls but no romance lol", holds: ["Sci-Fi"], lacks: ["Romance"] },
  { kind: "mixed", text: "Can you do more animated stuff and skip the musicals, my kids cant stand the singing", holds: ["Animation"], lacks: ["Musical"] },
  // older (3)
  { kind: "older", text: "older ones" },
  { kind: "older", text: "Do you have anything older? I do love the real classics." },
  { kind: "older", text: "anything older than these" },
  // newer (3)
  { kind: "newer", text: "newer stuff pls, these are ancient" },
  { kind: "newer", text: "Something more recent." },
  { kind: "newer", text: "These feel a little dated, anything from the last ten years or so?" },
  // show (4)
  { kind: "show", text: "just show me movies" },
  { kind: "show", text: "Enough questions, just show me what you've got." },
  { kind: "show", text: "just gimme some already lol" },
  { kind: "show", text: "I'd rather just see a few options now, if that's alright." },
  // indifferent (6)
  { kind: "indifferent", text: "idk" },
  { kind: "indifferent", text: "eh either way" },
  { kind: "indifferent", text: "I don't really mind one way or the other." },
  { kind: "indifferent", text: "Doesn't matter." },
  { kind: "indifferent", text: "Not sure, I could go either way on that" },
  { kind: "indifferent", text: "Honestly I've never thought about it, so I couldn't tell you." },
  // echo (6)
  { kind: "echo", text: "Hi! I like comedy and romance. I adore Sleepless in Seattle.", accepted: ["Comedy", "Romance"], liked: ["Sleepless in Seattle"] },
  { kind: "echo", text: "horror from the 80s", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "hiii looking for a funny movie, no horror pls!! i love mean girls and clueless", accepted: ["Comedy"], rejected: ["Horror"], liked: ["Mean Girls", "Clueless"] },
  { kind: "echo", text: "Westerns.", accepted: ["Western"] },
  { kind: "echo", text: "Need an animated movie for family night, we all love Toy Story", accepted: ["Animation"], liked: ["Toy Story"] },
  { kind: "echo", text: "Big sci-fi guy here. Back to the Future and Alien are my all time favorites, anything from the 90s would be great.", accepted: ["Sci-Fi", "1990s"], liked: ["Back to the Future", "Alien"] },
  // undo (2)
  { kind: "undo", text: "wait go back, wrong answer" },
  { kind: "undo", text: "Oh dear, I meant to say the opposite. Can I change that answer?" },
  // restart (1)
  { kind: "restart", text: "start over" },
  // A seventieth (BR), written by a forty-ninth outside measurer at the same time: typed with a TV remote or game
  // controller; first run unseen: understood .988, honoured .950.
  // take (12)
  { kind: "take", text: "play 3", position: 3 },
  { kind: "take", text: "NUMBER 7 PLZ", position: 7 },
  { kind: "take", text: "ill take 1", position: 1 },
  { kind: "take", text: "WATCH 10", position: 10 },
  { kind: "take", text: "LAST ONE", position: 0 },
  { kind: "take", text: "the 4th one", position: 4 },
  { kind: "take", text: "OK 2 IT IS", position: 2 },
  { kind: "take", text: "gonna watch 6", position: 6 },
  { kind: "take", text: "8 thats the one", position: 8 },
  { kind: "take", text: "PICK 9", position: 9 },
  { kind: "take", text: "the last 1 pls", position: 0 },
  { kind: "take", text: "ok 5 lookss good ill watch it", position: 5 },
  // take-title (5)
  { kind: "take-title", text: "play {}", position: 2 },
  { kind: "take-title", text: "{} ok thats it", position: 4 },
  { kind: "take-title", text: "WATCHING {}", position: 1 },
  { kind: "take-title", text: "ill go with {}", position: 6 },
  { kind: "take-title", text: "lets do {} tonight", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "the 1 with {} in it" },
  { kind: "take-with", text: "ill take the {} one" },
  { kind: "take-with", text: "WHICHEVER HAS {} IN IT ILL WATCH THAT" },
  // more (6)
  { kind: "more", text: "none of these" },
  { kind: "more", text: "NOPE SHOW OTHERS" },
  { kind: "more", text: "show me diferent ones" },
  { kind: "more", text: "NAH NOT FEELING ANY OF THEM" },
  { kind: "more", text: "none of thosee" },
  { kind: "more", text: "OTHER MOVIES PLS" },
  // similar (6)
  { kind: "similar", text: "more like 3", position: 3 },
  { kind: "similar", text: "LIKE NUMBER 5 BUT OTHER ONES", position: 5 },
  { kind: "similar", text: "stuff similar to 2", position: 2 },
  { kind: "similar", text: "i liked 7 show me more like that", position: 7 },
  { kind: "similar", text: "MORELIKE 1", position: 1 },
  { kind: "similar", text: "the last one is my type find others like it", position: 0 },
  // liked-all (2)
  { kind: "liked-all", text: "seen all these loved em all new ones pls" },
  { kind: "liked-all", text: "ALREADY WATCHED ALL OF THEM AND LIKED THEM SHOW NEW" },
  // why (6)
  { kind: "why", text: "why number 4", position: 4 },
  { kind: "why", text: "whats 2 about", position: 2 },
  { kind: "why", text: "WHY THESE", position: 1 },
  { kind: "why", text: "why did u pick 6", position: 6 },
  { kind: "why", text: "TELL ME ABOUT 10", position: 10 },
  { kind: "why", text: "why u suggest thiss", position: 1 },
  // less (6)
  { kind: "less", text: "less {}" },
  { kind: "less", text: "NO MORE {}" },
  { kind: "less", text: "too much {}" },
  { kind: "less", text: "not so much {} pls" },
  { kind: "less", text: "CUT DOWN THE {}" },
  { kind: "less", text: "enough {} already" },
  // more-of (5)
  { kind: "more-of", text: "something scarier", genre: "Horror" },
  { kind: "more-of", text: "FUNNIER", genre: "Comedy" },
  { kind: "more-of", text: "more cartoons", genre: "Animation" },
  { kind: "more-of", text: "MORE SHOOTING AND EXPLOSIONS", genre: "Action" },
  { kind: "more-of", text: "somethin more romantic", genre: "Romance" },
  // mixed (4)
  { kind: "mixed", text: "funny but no romance", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "HORROR NO COMEDY", holds: ["Horror"], lacks: ["Comedy"] },
  { kind: "mixed", text: "more action no drama", holds: ["Action"], lacks: ["Drama"] },
  { kind: "mixed", text: "animated but not kids stuff", holds: ["Animation"], lacks: ["Children"] },
  // older (3)
  { kind: "older", text: "older" },
  { kind: "older", text: "OLDER STUFF PLS" },
  { kind: "older", text: "these r too new" },
  // newer (3)
  { kind: "newer", text: "newer" },
  { kind: "newer", text: "NEWER MOVIES" },
  { kind: "newer", text: "something more recentt" },
  // show (4)
  { kind: "show", text: "just show me" },
  { kind: "show", text: "STOP ASKING JUST SHOW MOVIES" },
  { kind: "show", text: "skip the questions" },
  { kind: "show", text: "show me what u got" },
  // indifferent (6)
  { kind: "indifferent", text: "idk" },
  { kind: "indifferent", text: "DONT CARE" },
  { kind: "indifferent", text: "either way" },
  { kind: "indifferent", text: "whatever" },
  { kind: "indifferent", text: "NOT SURE" },
  { kind: "indifferent", text: "doesnt matter to me" },
  // echo (6)
  { kind: "echo", text: "COMEDY 90S", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "horror", accepted: ["Horror"] },
  { kind: "echo", text: "i love the matrix", accepted: [], liked: ["The Matrix"] },
  { kind: "echo", text: "SCI FI NO HORROR", accepted: ["Sci-Fi"], rejected: ["Horror"] },
  { kind: "echo", text: "something like shrek and toy story", accepted: [], liked: ["Shrek", "Toy Story"] },
  { kind: "echo", text: "80s actionn movies", accepted: ["Action", "1980s"] },
  // undo (2)
  { kind: "undo", text: "go back" },
  { kind: "undo", text: "OOPS CHANGE THAT ANSWER" },
  // restart (1)
  { kind: "restart", text: "START OVER" },
  // A seventy-first (BS), written by a fiftieth outside measurer at the same time: older adults on a tablet, formal
  // and old-fashioned; first run unseen: understood 1.000, honoured .950.
  // take (12)
  { kind: "take", text: "I should like to see the fourth one, please. Thank you kindly.", position: 4 },
  { kind: "take", text: "Number 7 will do very nicely. That is the one I shall watch this evening.", position: 7 },
  { kind: "take", text: "My husband and I have settled on the second one. Thank you for your help.", position: 2 },
  { kind: "take", text: "I believe I shall have the last one on the list, thank you.", position: 0 },
  { kind: "take", text: "The first film looks just the thing. I'll take that one, thank you.", position: 1 },
  { kind: "take", text: "Would you kindly put on number nine for me? That will be all.", position: 9 },
  { kind: "take", text: "I'll have the third, if you please.", position: 3 },
  { kind: "take", text: "Oh, the sixth one! I have been meaning to see that for years. That is my choice.", position: 6 },
  { kind: "take", text: "Number 10, please. My granddaughter recommended it to me, so that settles it.", position: 10 },
  { kind: "take", text: "I think the fifth one will suit us very well. Thank you, dear.", position: 5 },
  { kind: "take", text: "Very good. I shall choose number eight.", position: 8 },
  { kind: "take", text: "The one at the very bottom, please. That is the one I want.", position: 0 },
  // take-title (5)
  { kind: "take-title", text: "I should very much like to watch {}, please.", position: 3 },
  { kind: "take-title", text: "{} is the one for me. Thank you kindly.", position: 6 },
  { kind: "take-title", text: "My wife has always wanted to see {}. We shall have that one.", position: 1 },
  { kind: "take-title", text: "Would you be so good as to put on {} for me? Thank you.", position: 8 },
  { kind: "take-title", text: "I'll take {}, I think. I remember the advertisements for it.", position: 5 },
  // take-with (3)
  { kind: "take-with", text: "I should like the one with {} in it, please." },
  { kind: "take-with", text: "Kindly give me the film that has {} in it. That is the one I shall watch." },
  { kind: "take-with", text: "I'll have the picture featuring {}, thank you." },
  // more (6)
  { kind: "more", text: "Kindly show me some others. None of these appeal to me, I'm afraid." },
  { kind: "more", text: "I don't care for any of these, I'm sorry to say. Have you anything else?" },
  { kind: "more", text: "Would you be so good as to show me a different selection?" },
  { kind: "more", text: "None of these, thank you. Might I see a few more?" },
  { kind: "more", text: "I'm afraid these are not to my taste. Could you find me some other films?" },
  { kind: "more", text: "Is that all you have? I should like to see some further suggestions, please." },
  // similar (6)
  { kind: "similar", text: "The third one is rather like what I had in mind. Could you find me more films along those lines?", position: 3 },
  { kind: "similar", text: "I enjoyed number 5 very much when it first came out. Have you any others similar to it?", position: 5 },
  { kind: "similar", text: "Something in the same vein as the first one would be lovely, please.", position: 1 },
  { kind: "similar", text: "My grandson and I both liked number 8. Kindly show me more of that sort.", position: 8 },
  { kind: "similar", text: "The second is just my cup of tea, but I have seen it already. Are there others like it?", position: 2 },
  { kind: "similar", text: "More in the manner of the seventh one, if you please.", position: 7 },
  // liked-all (2)
  { kind: "liked-all", text: "I have seen every one of these, and enjoyed them all. Have you anything I haven't seen?" },
  { kind: "liked-all", text: "My late husband and I watched all of these together, and loved each of them. Kindly show me some new ones." },
  // why (6)
  { kind: "why", text: "Would you be so good as to explain the second?", position: 2 },
  { kind: "why", text: "What is number 6 about, may I ask?", position: 6 },
  { kind: "why", text: "Why have you suggested the fourth one to me? I don't know it.", position: 4 },
  { kind: "why", text: "Could you tell me a little more about the first film before I decide?", position: 1 },
  { kind: "why", text: "I'm not familiar with number 9. What sort of picture is it?", position: 9 },
  { kind: "why", text: "Why did you choose these for me, if I may ask?", position: 1 },
  // less (6)
  { kind: "less", text: "Rather less {}, if you please." },
  { kind: "less", text: "I'm afraid I've had quite enough {} for one day. Could you show me fewer of those?" },
  { kind: "less", text: "Not so much {}, please. My wife doesn't care for it." },
  { kind: "less", text: "I should prefer fewer {} films, thank you." },
  { kind: "less", text: "Could you leave out the {} pictures? They are not to my taste." },
  { kind: "less", text: "Too much {} for me, I'm afraid. Kindly tone it down a little." },
  // more-of (5)
  { kind: "more-of", text: "Have you anything a little funnier? I could do with a good laugh.", genre: "Comedy" },
  { kind: "more-of", text: "Something with a bit more of a love story, perhaps? I am a romantic at heart.", genre: "Romance" },
  { kind: "more-of", text: "I should like something with more action in it, car chases and fisticuffs and the like.", genre: "Action" },
  { kind: "more-of", text: "My grandson is staying with us and would like something scarier, if you have it.", genre: "Horror" },
  { kind: "more-of", text: "Might you show me some more westerns? I grew up on cowboy pictures.", genre: "Western" },
  // mixed (4)
  { kind: "mixed", text: "I should like more comedies, but no horror films, please.", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "Something with more romance, if you please, and nothing about the war.", holds: ["Romance"], lacks: ["War"] },
  { kind: "mixed", text: "More mysteries would be lovely, but kindly leave out the science fiction.", holds: ["Mystery"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "I'd enjoy a good musical, but none of those cartoons, thank you. My grandchildren watch quite enough of those.", holds: ["Musical"], lacks: ["Animation"] },
  // older (3)
  { kind: "older", text: "These are all rather modern for me. Have you anything older?" },
  { kind: "older", text: "I should prefer the older pictures, from when I was young." },
  { kind: "older", text: "Kindly show me some of the classics from years gone by." },
  // newer (3)
  { kind: "newer", text: "Have you anything more recent? These are all rather old." },
  { kind: "newer", text: "My granddaughter says I ought to see something newer. Could you show me some more up-to-date films?" },
  { kind: "newer", text: "Something a little more modern, please, from the last few years perhaps." },
  // show (4)
  { kind: "show", text: "I'd rather you just showed me some films now, if you don't mind." },
  { kind: "show", text: "That's quite enough questions, thank you. Kindly show me what you have." },
  { kind: "show", text: "Could we dispense with the questions and see some pictures, please?" },
  { kind: "show", text: "Please just show me the films, dear. I haven't got all day." },
  // indifferent (6)
  { kind: "indifferent", text: "I really couldn't say, I'm afraid." },
  { kind: "indifferent", text: "It makes no difference to me either way." },
  { kind: "indifferent", text: "I don't mind one way or the other." },
  { kind: "indifferent", text: "I'm not sure. My husband usually decides these things." },
  { kind: "indifferent", text: "Either way would be quite all right, thank you." },
  { kind: "indifferent", text: "I have no particular preference, to be honest." },
  // echo (6)
  { kind: "echo", text: "Good afternoon. I should like a nice romantic comedy from the 1960s, if you please.", accepted: ["Romance", "Comedy", "1960s"] },
  { kind: "echo", text: "I'm very fond of westerns, especially High Noon. Have you anything like it?", accepted: ["Western"], liked: ["High Noon"] },
  { kind: "echo", text: "Hello. I am looking for a good mystery from the 1950s. I loved Rear Window.", accepted: ["Mystery", "1950s"], liked: ["Rear Window"] },
  { kind: "echo", text: "My grandson is visiting this weekend, and we should like a children's film, but nothing frightening, please. No horror.", accepted: ["Children"], rejected: ["Horror"] },
  { kind: "echo", text: "Good morning. I have always loved Casablanca and The Philadelphia Story. Could you suggest some dramas of that kind?", accepted: ["Drama"], liked: ["Casablanca", "The Philadelphia Story"] },
  { kind: "echo", text: "I should like a war film, please, something like The Bridge on the River Kwai or The Great Escape, but no musicals.", accepted: ["War"], rejected: ["Musical"], liked: ["The Bridge on the River Kwai", "The Great Escape"] },
  // undo (2)
  { kind: "undo", text: "Oh dear, I pressed the wrong answer. May I take that back?" },
  { kind: "undo", text: "I'm sorry, I didn't mean that. Could we go back to the previous question?" },
  // restart (1)
  { kind: "restart", text: "Let us start all over again from the very beginning, please. I've muddled things up." },
  // A seventy-second (BT), written by a fifty-first outside measurer at the end of the session: a plain everyday
  // mix of seven new people; first run unseen: understood 1.000, honoured 1.000.
  // take (12)
  { kind: "take", text: "I think I'll go with number 3, thank you!", position: 3 },
  { kind: "take", text: "7 looks good", position: 7 },
  { kind: "take", text: "omg the first one!! watching that tonight", position: 1 },
  { kind: "take", text: "The last one. That'll do.", position: 0 },
  { kind: "take", text: "ok #5, done", position: 5 },
  { kind: "take", text: "We'll watch the second one, thanks", position: 2 },
  { kind: "take", text: "ok fine i'll just do number 9 before i change my mind again", position: 9 },
  { kind: "take", text: "ill take the 4th one", position: 4 },
  { kind: "take", text: "Number 10 please, that sounds perfect for tonight.", position: 10 },
  { kind: "take", text: "going with 6!! thank u", position: 6 },
  { kind: "take", text: "I'll take number eight.", position: 8 },
  { kind: "take", text: "Third one it is. Thanks", position: 3 },
  // take-title (5)
  { kind: "take-title", text: "Oh, I'll watch {}. I've heard good things about it.", position: 4 },
  { kind: "take-title", text: "ok {} it is", position: 2 },
  { kind: "take-title", text: "ooh {} !! that one for sure", position: 1 },
  { kind: "take-title", text: "Give me {}.", position: 6 },
  { kind: "take-title", text: "i think i'll watch {} tonight", position: 8 },
  // take-with (3)
  { kind: "take-with", text: "We'll take the one with {} in it" },
  { kind: "take-with", text: "the one about {} lol i'm sold" },
  { kind: "take-with", text: "The one that says {} on it, I'll take that one." },
  // more (6)
  { kind: "more", text: "Hmm, none of these are really grabbing me. Could you show me some others?" },
  { kind: "more", text: "nah none of those, got anything else" },
  { kind: "more", text: "Not feeling any of these. Other options?" },
  { kind: "more", text: "No, none of those interest me. What else have you got?" },
  { kind: "more", text: "hmm nope, not really any of these... can i see different ones" },
  { kind: "more", text: "ugh no these all look boring 😂 show me some other ones" },
  // similar (6)
  { kind: "similar", text: "I really liked number 2, can you find more movies like that one?", position: 2 },
  { kind: "similar", text: "more like 5", position: 5 },
  { kind: "similar", text: "The kids already watched #1 a hundred times and loved it, anything else along those lines?", position: 1 },
  { kind: "similar", text: "omg i loved the 3rd one!! more like that pls", position: 3 },
  { kind: "similar", text: "Number 7 was a good one. Show me some more like it.", position: 7 },
  { kind: "similar", text: "i've seen the last one and liked it, anything similar?", position: 0 },
  // liked-all (2)
  { kind: "liked-all", text: "I've seen every one of these and liked them all. Got anything I haven't seen?" },
  { kind: "liked-all", text: "lol i've watched all of these already and loved them, need new ones" },
  // why (6)
  { kind: "why", text: "What is number 4 about?", position: 4 },
  { kind: "why", text: "why did you suggest the first one", position: 1 },
  { kind: "why", text: "whats 9 about", position: 9 },
  { kind: "why", text: "Why this one?", position: 1 },
  { kind: "why", text: "What's the second one about? Never heard of it.", position: 2 },
  { kind: "why", text: "Why'd you pick number 10 for me?", position: 10 },
  // less (6)
  { kind: "less", text: "Could we have a little less {}, please?" },
  { kind: "less", text: "too much {}" },
  { kind: "less", text: "Less {} please." },
  { kind: "less", text: "hmm maybe not so much {} stuff" },
  { kind: "less", text: "Enough with the {} already." },
  { kind: "less", text: "ok way too much {} in here lol tone it down" },
  // more-of (5)
  { kind: "more-of", text: "these are cute but i want something funnier!!", genre: "Comedy" },
  { kind: "more-of", text: "need something scarier", genre: "Horror" },
  { kind: "more-of", text: "Got any more westerns? Cowboys, gunfights, that kind of thing.", genre: "Western" },
  { kind: "more-of", text: "Could you show more cartoons? The kids like the animated ones best.", genre: "Animation" },
  { kind: "more-of", text: "Something with more action please", genre: "Action" },
  // mixed (4)
  { kind: "mixed", text: "More romance please, but no horror.", holds: ["Romance"], lacks: ["Horror"] },
  { kind: "mixed", text: "want more action and no romance crap", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "More comedies please, and nothing with war in it", holds: ["Comedy"], lacks: ["War"] },
  { kind: "mixed", text: "maybe more mystery stuff but not thrillers, they stress me out", holds: ["Mystery"], lacks: ["Thriller"] },
  // older (3)
  { kind: "older", text: "These are all too new. Give me the older stuff." },
  { kind: "older", text: "Do you have anything a bit older? Like the classics?" },
  { kind: "older", text: "something older maybe? like before 2000" },
  // newer (3)
  { kind: "newer", text: "these r ancient lol got anything newer" },
  { kind: "newer", text: "omg these are so old 😭 something more recent pls" },
  { kind: "newer", text: "Anything newer?" },
  // show (4)
  { kind: "show", text: "Just show me some movies please" },
  { kind: "show", text: "skip the questions, just show me stuff" },
  { kind: "show", text: "Enough questions. Let's see the movies." },
  { kind: "show", text: "omg just show me movies already lol" },
  // indifferent (6)
  { kind: "indifferent", text: "idk honestly" },
  { kind: "indifferent", text: "Either way is fine with me." },
  { kind: "indifferent", text: "dont care" },
  { kind: "indifferent", text: "Doesn't matter to me honestly" },
  { kind: "indifferent", text: "No preference." },
  { kind: "indifferent", text: "ehh not sure tbh" },
  // echo (6)
  { kind: "echo", text: "Hello. I like westerns, the older the better. Tombstone and Rio Bravo are two of my all time favorites.", accepted: ["Western"], liked: ["Tombstone", "Rio Bravo"] },
  { kind: "echo", text: "hiii!! need a funny movie for girls night, we LOVE Bridesmaids and Mean Girls lol. nothing scary pls", accepted: ["Comedy"], rejected: ["Horror"], liked: ["Bridesmaids", "Mean Girls"] },
  { kind: "echo", text: "Hi there, looking for an animated movie the whole family can watch tonight. We all loved Finding Nemo.", accepted: ["Animation"], liked: ["Finding Nemo"] },
  { kind: "echo", text: "hmm idk, maybe a sci-fi thing from the 80s?", accepted: ["Sci-Fi", "1980s"] },
  { kind: "echo", text: "Just got off a long shift. Want a crime thriller, nothing romantic please", accepted: ["Crime", "Thriller"], rejected: ["Romance"] },
  { kind: "echo", text: "Good evening! I'm in the mood for a nice romantic comedy, maybe something from the 1990s. I adore Pretty Woman.", accepted: ["Romance", "Comedy", "1990s"], liked: ["Pretty Woman"] },
  // undo (2)
  { kind: "undo", text: "wait no, i take that back" },
  { kind: "undo", text: "Sorry, I answered that wrong. Can I go back?" },
  // restart (1)
  { kind: "restart", text: "Let's start over from scratch, the kids changed their minds" },
  // A seventy-third (BU), written by a fifty-second outside measurer at the same time: what is wanted said by what
  // is not; first run unseen: understood .988, honoured .925.
  // take (12)
  { kind: "take", text: "not any of the others, number 4 is the one. I'll watch that", position: 4 },
  { kind: "take", text: "7 please", position: 7 },
  { kind: "take", text: "None of the rest do anything for me but 2 looks good, going with that", position: 2 },
  { kind: "take", text: "the last one. done", position: 0 },
  { kind: "take", text: "I'll take the first one", position: 1 },
  { kind: "take", text: "skip the rest, #9 is what I'm watching tonight", position: 9 },
  { kind: "take", text: "Honestly nothing like what I usually watch but I'll give number 5 a go", position: 5 },
  { kind: "take", text: "number 3 sounds good, I'll watch that one", position: 3 },
  { kind: "take", text: "not 1, not 2... 6! that one", position: 6 },
  { kind: "take", text: "Let's go with 10", position: 10 },
  { kind: "take", text: "I don't want any of them except the eighth one, I'll take that", position: 8 },
  { kind: "take", text: "yeah the 2nd one, that's it, thanks", position: 2 },
  // take-title (5)
  { kind: "take-title", text: "not the others, {} for sure", position: 3 },
  { kind: "take-title", text: "I'll watch {}", position: 1 },
  { kind: "take-title", text: "ooh {}! haven't seen that in ages, that's the one", position: 6 },
  { kind: "take-title", text: "none of them grab me except {}, I'll go with that", position: 9 },
  { kind: "take-title", text: "{} please, thanks", position: 5 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it, I'll watch that" },
  { kind: "take-with", text: "not the others, just the {} one, that's my pick" },
  { kind: "take-with", text: "I'll go for whichever one has {}" },
  // more (6)
  { kind: "more", text: "nothing like these please. show me some other ones" },
  { kind: "more", text: "none of these, got anything else?" },
  { kind: "more", text: "nah, not feeling any of them. different ones?" },
  { kind: "more", text: "I don't want any of these, next batch" },
  { kind: "more", text: "hmm no. none of these are it. keep going" },
  { kind: "more", text: "not these. show me more" },
  // similar (6)
  { kind: "similar", text: "not number 3 itself, I've seen it, but more like that would be great", position: 3 },
  { kind: "similar", text: "more like 5 please", position: 5 },
  { kind: "similar", text: "the rest are nothing like what I want but the first one is close, anything else like it?", position: 1 },
  { kind: "similar", text: "not the first few, the last one is more my thing. got more like that?", position: 0 },
  { kind: "similar", text: "loved number 8, want stuff similar to that one", position: 8 },
  { kind: "similar", text: "something along the lines of #2 but not #2", position: 2 },
  // liked-all (2)
  { kind: "liked-all", text: "seen every single one of these and liked them all lol. need ones I haven't seen" },
  { kind: "liked-all", text: "already watched all of these and loved them, so nothing here is new to me. more?" },
  // why (6)
  { kind: "why", text: "why number 4?", position: 4 },
  { kind: "why", text: "what is 7 about? never heard of it", position: 7 },
  { kind: "why", text: "why would you suggest the first one, it's nothing like what I asked for", position: 1 },
  { kind: "why", text: "why'd you pick that one?", position: 1 },
  { kind: "why", text: "number 6 doesn't look like the others, what's it about?", position: 6 },
  { kind: "why", text: "how is number 10 anything like what I said? why's it on here", position: 10 },
  // less (6)
  { kind: "less", text: "not so much {} please" },
  { kind: "less", text: "too much {} in these" },
  { kind: "less", text: "less {}" },
  { kind: "less", text: "too much {} going on, tone it down" },
  { kind: "less", text: "I'm not really in the mood for {}, fewer of those" },
  { kind: "less", text: "ugh these are all {}. cut back on that" },
  // more-of (5)
  { kind: "more-of", text: "not as serious as these, something that'll actually make me laugh", genre: "Comedy" },
  { kind: "more-of", text: "these are all too tame, I want something scarier", genre: "Horror" },
  { kind: "more-of", text: "nothing this slow, I want explosions and fights and car chases", genre: "Action" },
  { kind: "more-of", text: "less realistic than these, something with spaceships or aliens", genre: "Sci-Fi" },
  { kind: "more-of", text: "not live action, can I get some animated ones", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "no more romance, more action", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "nothing scary, but funnier than these", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "I want the opposite of these dramas. comedy, and no drama at all", holds: ["Comedy"], lacks: ["Drama"] },
  { kind: "mixed", text: "more sci-fi please and drop the horror ones", holds: ["Sci-Fi"], lacks: ["Horror"] },
  // older (3)
  { kind: "older", text: "nothing this recent, something older" },
  { kind: "older", text: "these are all too new, got any classics?" },
  { kind: "older", text: "older films please, like way older" },
  // newer (3)
  { kind: "newer", text: "these are all ancient, anything newer?" },
  { kind: "newer", text: "not as old as these, something more recent" },
  { kind: "newer", text: "newer ones please" },
  // show (4)
  { kind: "show", text: "stop asking me stuff and just show me some movies" },
  { kind: "show", text: "no more questions, just show me what you've got" },
  { kind: "show", text: "skip the questions please, I just want to see some films" },
  { kind: "show", text: "I don't want to answer these, just give me recommendations already" },
  // indifferent (6)
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "I don't care either way" },
  { kind: "indifferent", text: "no preference honestly" },
  { kind: "indifferent", text: "idk, could go either way" },
  { kind: "indifferent", text: "not fussed either way" },
  { kind: "indifferent", text: "I don't know, whatever you think" },
  // echo (6)
  { kind: "echo", text: "Not horror, not romance. Something funny from the 90s", accepted: ["Comedy", "1990s"], rejected: ["Horror", "Romance"] },
  { kind: "echo", text: "I loved The Big Lebowski and Fargo, want more crime comedies but nothing too serious", accepted: ["Crime", "Comedy"], liked: ["The Big Lebowski", "Fargo"] },
  { kind: "echo", text: "anything but musicals. I like westerns", accepted: ["Western"], rejected: ["Musical"] },
  { kind: "echo", text: "I want a thriller like Zodiac, no gore or horror stuff", accepted: ["Thriller"], rejected: ["Horror"], liked: ["Zodiac"] },
  { kind: "echo", text: "hi! looking for an animated movie, not a kids one though", accepted: ["Animation"], rejected: ["Children"] },
  { kind: "echo", text: "sci-fi from the 80s. nothing like the modern superhero stuff", accepted: ["Sci-Fi", "1980s"] },
  // undo (2)
  { kind: "undo", text: "wait no, I didn't mean that, go back" },
  { kind: "undo", text: "actually scratch that last answer, let me change it" },
  // restart (1)
  { kind: "restart", text: "none of this is what I wanted, let's start over from scratch" },
  // A seventy-fourth (BV), written by a fifty-third outside measurer at the same time: English with words of six
  // other languages; first run unseen: understood 1.000, honoured .963.
  // take (12)
  { kind: "take", text: "ok perfecto, I'll take number 3", position: 3 },
  { kind: "take", text: "sige, number 4 na lang, that's my pick", position: 4 },
  { kind: "take", text: "danke, the second one is good for me", position: 2 },
  { kind: "take", text: "yaar the first one looks perfect, I'll watch that", position: 1 },
  { kind: "take", text: "obrigado! going with #7", position: 7 },
  { kind: "take", text: "merci, the last one please, c'est parfait", position: 0 },
  { kind: "take", text: "arre perfect, number 5 it is. done", position: 5 },
  { kind: "take", text: "oye the 6th one, that's the one I want", position: 6 },
  { kind: "take", text: "ay ang ganda, I'll go with number 8 po", position: 8 },
  { kind: "take", text: "genau, the ninth one. that's the one for tonight", position: 9 },
  { kind: "take", text: "beleza, I'll watch the 10th one", position: 10 },
  { kind: "take", text: "chalo, I'll take #2, thanks bhai", position: 2 },
  // take-title (5)
  { kind: "take-title", text: "sí, {} please, I'll watch that one", position: 1 },
  { kind: "take-title", text: "acha {} sounds good, I'll pick that", position: 4 },
  { kind: "take-title", text: "sige {} na lang, I'll go with that", position: 6 },
  { kind: "take-title", text: "super, I'll take {} then, danke", position: 3 },
  { kind: "take-title", text: "ah {}! j'adore, I'll watch that one tonight", position: 9 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it, por favor" },
  { kind: "take-with", text: "yaar the one with {}, I'll take that" },
  { kind: "take-with", text: "genau, gimme the one that has {}" },
  // more (6)
  { kind: "more", text: "nah, none of these yaar, show me others" },
  { kind: "more", text: "hmm no me gusta ninguno... show me different ones" },
  { kind: "more", text: "wala, none of these po. other options?" },
  { kind: "more", text: "nee, nothing here for me, show me more" },
  { kind: "more", text: "bof, none of them. next batch please" },
  { kind: "more", text: "nenhum desses, mano. show me some other movies" },
  // similar (6)
  { kind: "similar", text: "ooh number 3 is muy bueno, more like that one please", position: 3 },
  { kind: "similar", text: "yaar give me more movies like the 5th one", position: 5 },
  { kind: "similar", text: "the 2nd one is nice talaga, can you show me similar ones?", position: 2 },
  { kind: "similar", text: "das erste ist gut - more films like the first one?", position: 1 },
  { kind: "similar", text: "adorei o 7! I've seen it already, more like that please", position: 7 },
  { kind: "similar", text: "the 4th, c'est génial, find me more like it", position: 4 },
  // liked-all (2)
  { kind: "liked-all", text: "ya las vi todas and loved them all, show me new ones" },
  { kind: "liked-all", text: "seen all of these yaar, all good ones, but I need something new" },
  // why (6)
  { kind: "why", text: "por qué number 6? what's it about?", position: 6 },
  { kind: "why", text: "why did you suggest the first one yaar?", position: 1 },
  { kind: "why", text: "ano yung number 3? what's it about?", position: 3 },
  { kind: "why", text: "warum the 8th one? why that one for me?", position: 8 },
  { kind: "why", text: "c'est quoi, the second one? what is it about", position: 2 },
  { kind: "why", text: "arre why this one? what's it about?", position: 1 },
  // less (6)
  { kind: "less", text: "menos {} please, too much of it" },
  { kind: "less", text: "yaar enough {}, less of that" },
  { kind: "less", text: "ang daming {} dito, less of it pls" },
  { kind: "less", text: "nicht so viel {} please, tone it down" },
  { kind: "less", text: "chega de {}, mano, fewer of those" },
  { kind: "less", text: "trop de {} là, less of that please" },
  // more-of (5)
  { kind: "more-of", text: "algo más scary please, I want to be scared", genre: "Horror" },
  { kind: "more-of", text: "yaar something funnier, I need a good laugh", genre: "Comedy" },
  { kind: "more-of", text: "sige, more action naman, explosions and fights", genre: "Action" },
  { kind: "more-of", text: "etwas romantischer? more love stories please", genre: "Romance" },
  { kind: "more-of", text: "mais animated ones please, cartoons", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "more comedy pero no romance please", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "yaar thriller chahiye, but no horror", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "more sci-fi sana, and no drama na please", holds: ["Sci-Fi"], lacks: ["Drama"] },
  { kind: "mixed", text: "mehr action, aber no war movies please", holds: ["Action"], lacks: ["War"] },
  // older (3)
  { kind: "older", text: "algo más viejo? older movies please, like classics" },
  { kind: "older", text: "yaar purani movies, older ones please" },
  { kind: "older", text: "these are too new po, something older" },
  // newer (3)
  { kind: "newer", text: "too old yaar, newer ones please" },
  { kind: "newer", text: "trop vieux, something more recent s'il te plaît" },
  { kind: "newer", text: "hmm muy viejas, show me newer stuff" },
  // show (4)
  { kind: "show", text: "yaar bas, just show me the movies" },
  { kind: "show", text: "basta, stop asking, show me what you got" },
  { kind: "show", text: "ay tama na questions, just show me na" },
  { kind: "show", text: "genug Fragen, just show me films please" },
  // indifferent (6)
  { kind: "indifferent", text: "no sé, whatever" },
  { kind: "indifferent", text: "pata nahi yaar, don't mind either way" },
  { kind: "indifferent", text: "ewan ko, doesn't matter to me" },
  { kind: "indifferent", text: "egal, either is fine" },
  { kind: "indifferent", text: "tanto faz, I don't really care" },
  { kind: "indifferent", text: "bof, I don't know honestly" },
  // echo (6)
  { kind: "echo", text: "hola! something funny from the 90s, pero no horror por favor", accepted: ["Comedy", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "namaste, I loved Inception yaar, something sci-fi like that", accepted: ["Sci-Fi"], liked: ["Inception"] },
  { kind: "echo", text: "hi po! looking for a romance movie, I loved The Notebook", accepted: ["Romance"], liked: ["The Notebook"] },
  { kind: "echo", text: "hallo, a good war film from the 1960s, bitte", accepted: ["War", "1960s"] },
  { kind: "echo", text: "oi! some animated movie tonight, I loved Toy Story and Coco", accepted: ["Animation"], liked: ["Toy Story", "Coco"] },
  { kind: "echo", text: "bonjour, I want a crime thriller, I adore The Dark Knight", accepted: ["Crime", "Thriller"], liked: ["The Dark Knight"] },
  // undo (2)
  { kind: "undo", text: "wait, no espera, I want to change my answer" },
  { kind: "undo", text: "oops galat ho gaya, go back, undo that" },
  // restart (1)
  { kind: "restart", text: "ay naku, let's start over from scratch" },
  // A seventy-fifth (BW), written by a fifty-fourth outside measurer at the end of the session: a plain everyday
  // mix of eight new people; first run unseen: understood 1.000, honoured .975.
  // take (12)
  { kind: "take", text: "Number 3 sounds good to me. I'll watch that one tonight, thank you!", position: 3 },
  { kind: "take", text: "ok 7", position: 7 },
  { kind: "take", text: "Go on then, I'll have the first one. Kids are finally in bed", position: 1 },
  { kind: "take", text: "I WILL TAKE NUMBER 5", position: 5 },
  { kind: "take", text: "ooh the last one!! that's it haha, thanks :)", position: 0 },
  { kind: "take", text: "number 2 is ok i watch this", position: 2 },
  { kind: "take", text: "Okay I think we'll go with #8, my husband will like that one. Thank you!", position: 8 },
  { kind: "take", text: "4 bruh that one looks fire", position: 4 },
  { kind: "take", text: "I'll go with the sixth one.", position: 6 },
  { kind: "take", text: "the 10th one. thats fine", position: 10 },
  { kind: "take", text: "That last one please, sorted", position: 0 },
  { kind: "take", text: "I'm gonna go with 9! Perfect", position: 9 },
  // take-title (5)
  { kind: "take-title", text: "Oh {}! Yes, let's do that one. Perfect for tonight.", position: 2 },
  { kind: "take-title", text: "{} i'll watch that", position: 5 },
  { kind: "take-title", text: "Give me {}. Haven't seen it in years", position: 1 },
  { kind: "take-title", text: "ok {} it is", position: 7 },
  { kind: "take-title", text: "I'll go for {} then, thanks x", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {} in it." },
  { kind: "take-with", text: "i want the one about {}" },
  { kind: "take-with", text: "the {} one!! that's the one I want haha" },
  // more (6)
  { kind: "more", text: "nah none of these" },
  { kind: "more", text: "Never heard of any of them. Show me something else" },
  { kind: "more", text: "Hmm, I don't think any of these are really it. Do you have other ones?" },
  { kind: "more", text: "bruh these are all mid, got any others" },
  { kind: "more", text: "Not fussed on any of those tbh, can I see some different ones?" },
  { kind: "more", text: "no not these. other movies please" },
  // similar (6)
  { kind: "similar", text: "I really like the look of number 4. Can you find me more like that one?", position: 4 },
  { kind: "similar", text: "ooh #2 is so my vibe!! more stuff like that please :)", position: 2 },
  { kind: "similar", text: "The first one is my kind of picture. Got any others along those lines?", position: 1 },
  { kind: "similar", text: "more like number 6 but not that exact one", position: 6 },
  { kind: "similar", text: "The third one is the kind of thing we like, could you show us a few more like that?", position: 3 },
  { kind: "similar", text: "Number 9 looks like my sort of thing, anything else similar to that one?", position: 9 },
  // liked-all (2)
  { kind: "liked-all", text: "seen all these already lol and they were all good. got new ones?" },
  { kind: "liked-all", text: "Oh I've seen every one of these and loved them all! Do you have some I haven't seen?" },
  // why (6)
  { kind: "why", text: "What's number 5 about?", position: 5 },
  { kind: "why", text: "Why'd you pick that first one for me", position: 1 },
  { kind: "why", text: "why u suggest 8 lol what even is that", position: 8 },
  { kind: "why", text: "What's the second one about? Never heard of it", position: 2 },
  { kind: "why", text: "why you show me this", position: 1 },
  { kind: "why", text: "wait how come you put #7 in there? what's it about?", position: 7 },
  // less (6)
  { kind: "less", text: "Less {} please, I'm not in the mood for that tonight." },
  { kind: "less", text: "too much {}" },
  { kind: "less", text: "Cut out all the {}. Can't stand it" },
  { kind: "less", text: "Could we do fewer {} ones? My husband won't sit through those." },
  { kind: "less", text: "no more {} pls" },
  { kind: "less", text: "Bit too much {} in this lot, can you tone that down" },
  // more-of (5)
  { kind: "more-of", text: "can we get something funnier? need a laugh today haha", genre: "Comedy" },
  { kind: "more-of", text: "Got any more westerns? Cowboy pictures", genre: "Western" },
  { kind: "more-of", text: "something scarier bro these are soft", genre: "Horror" },
  { kind: "more-of", text: "more action please, fighting, car chase", genre: "Action" },
  { kind: "more-of", text: "Can you show more romantic ones? It is date night after all :)", genre: "Romance" },
  // mixed (4)
  { kind: "mixed", text: "Something funnier please, and nothing scary, I'm on my own tonight", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "more sci fi less romance", holds: ["Sci-Fi"], lacks: ["Romance"] },
  { kind: "mixed", text: "Could you give me more mysteries and no war movies please?", holds: ["Mystery"], lacks: ["War"] },
  { kind: "mixed", text: "action stuff but no cartoons", holds: ["Action"], lacks: ["Animation"] },
  // older (3)
  { kind: "older", text: "These are all too new. Got anything from back in my day?" },
  { kind: "older", text: "Do you have any older ones? Like classics?" },
  { kind: "older", text: "more old movies please" },
  // newer (3)
  { kind: "newer", text: "these are ancient bruh, anything newer" },
  { kind: "newer", text: "hmm any more recent ones? something from the last few years maybe" },
  { kind: "newer", text: "Something a bit more current please, these all look quite dated" },
  // show (4)
  { kind: "show", text: "just show me some movies" },
  { kind: "show", text: "Enough questions. Just show me what you've got" },
  { kind: "show", text: "Can you just show me some films now? I haven't got long" },
  { kind: "show", text: "stop asking, show the movies" },
  // indifferent (6)
  { kind: "indifferent", text: "hmm I honestly don't mind either way!" },
  { kind: "indifferent", text: "idk" },
  { kind: "indifferent", text: "I really don't know, whatever is fine." },
  { kind: "indifferent", text: "Either is fine with us" },
  { kind: "indifferent", text: "Makes no difference to me" },
  { kind: "indifferent", text: "i not sure. maybe yes maybe no" },
  // echo (6)
  { kind: "echo", text: "Hi! I'm looking for a good romantic comedy, something like Pretty Woman or Sleepless in Seattle.", accepted: ["Romance", "Comedy"], liked: ["Pretty Woman", "Sleepless in Seattle"] },
  { kind: "echo", text: "Westerns. Something from the 60s or 70s if you've got em.", accepted: ["Western", "1960s", "1970s"] },
  { kind: "echo", text: "hey im bored. comedy stuff like superbad or the hangover", accepted: ["Comedy"], liked: ["Superbad", "The Hangover"] },
  { kind: "echo", text: "horror but not gory slasher stuff, more like the conjuring", accepted: ["Horror"], liked: ["The Conjuring"] },
  { kind: "echo", text: "Hiya, need something animated for the kids, like Toy Story or Shrek. No scary stuff please", accepted: ["Animation", "Children"], rejected: ["Horror"], liked: ["Toy Story", "Shrek"] },
  { kind: "echo", text: "Hi! Date night with my husband. We like action and comedy but no horror, I get nightmares lol", accepted: ["Action", "Comedy"], rejected: ["Horror"] },
  // undo (2)
  { kind: "undo", text: "Oops, I didn't mean to say that. Can we go back a step?" },
  { kind: "undo", text: "wait go back i typed that wrong" },
  // restart (1)
  { kind: "restart", text: "ok let's just start over from scratch haha, I changed my mind about what I want" },
  // A seventy-sixth (BX), written by a fifty-fifth outside measurer at the same time: people talking about what the
  // cards show; first run unseen: understood .988, honoured .950.
  // take (12)
  { kind: "take", text: "ok the 2nd one, the cast on that looks great, I'll watch it", position: 2 },
  { kind: "take", text: "going with number 5. love that actor", position: 5 },
  { kind: "take", text: "the last one! haven't seen that since it came out, putting it on tonight", position: 0 },
  { kind: "take", text: "first one sounds perfect, the genre mix on it is exactly my thing. that's the one", position: 1 },
  { kind: "take", text: "#7 for me, the year on it is right in my sweet spot", position: 7 },
  { kind: "take", text: "I'll take 4. those genres together sound fun", position: 4 },
  { kind: "take", text: "number 3 please, never seen it but what's on the card sold me", position: 3 },
  { kind: "take", text: "the tenth one, that's my pick. always wanted to see something from that era", position: 10 },
  { kind: "take", text: "6 looks like exactly what I want tonight, the tags on it are spot on. going with that", position: 6 },
  { kind: "take", text: "ooh number 8, the lead in that is one of my favorite actors. I'm sold", position: 8 },
  { kind: "take", text: "9th one. haven't watched anything from that year in ages, gonna go with it", position: 9 },
  { kind: "take", text: "ok picking the very last card on the list, I like who's in it", position: 0 },
  // take-title (5)
  { kind: "take-title", text: "{} for sure, I love everyone in that", position: 3 },
  { kind: "take-title", text: "oh I'll watch {}, been meaning to see it since it came out", position: 1 },
  { kind: "take-title", text: "{} looks like the best of these genre-wise, going with that one", position: 6 },
  { kind: "take-title", text: "ok I'm gonna go with {}. the year is right for what I wanted", position: 9 },
  { kind: "take-title", text: "let's do {} tonight", position: 2 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it, I'll take that" },
  { kind: "take-with", text: "I'll watch the {} one" },
  { kind: "take-with", text: "the one that says {} on the card, that's my pick" },
  // more (6)
  { kind: "more", text: "nah none of these grab me, the genres all look kinda samey. other options?" },
  { kind: "more", text: "meh, not feeling any of those actors. can I see some other ones" },
  { kind: "more", text: "nope, skip this batch" },
  { kind: "more", text: "none of these look good to me tbh, got different ones?" },
  { kind: "more", text: "not these. the years and genres just don't do it for me, next set please" },
  { kind: "more", text: "hmm nothing here I'd watch. show me some others" },
  // similar (6)
  { kind: "similar", text: "number 3 is the vibe, the genre mix on it is perfect. more like that one?", position: 3 },
  { kind: "similar", text: "I like the cast on #5, show me more stuff along those lines", position: 5 },
  { kind: "similar", text: "the first one's my kind of movie. got others like it?", position: 1 },
  { kind: "similar", text: "ooh the last one is right up my alley, same era same genre. can you find more like it", position: 0 },
  { kind: "similar", text: "7 is close to what I want but I've already seen it. anything similar?", position: 7 },
  { kind: "similar", text: "more in the style of number 2 please, that genre combo is exactly it", position: 2 },
  // liked-all (2)
  { kind: "liked-all", text: "seen all of these and loved every single one lol. what else you got?" },
  { kind: "liked-all", text: "ha, I've watched every movie on this list already and liked them all. need new ones" },
  // why (6)
  { kind: "why", text: "why'd you pick number 4? doesn't seem like my type", position: 4 },
  { kind: "why", text: "what's the 2nd one about? the card just says the genres", position: 2 },
  { kind: "why", text: "why is the 1st one on here", position: 1 },
  { kind: "why", text: "what's number 8 about? never heard of it, and who's in it?", position: 8 },
  { kind: "why", text: "how come number 10 is on here? the genres on it don't look like anything I said", position: 10 },
  { kind: "why", text: "wait why this one? what's it about", position: 1 },
  // less (6)
  { kind: "less", text: "less {} please, too much of it on these cards" },
  { kind: "less", text: "can we cut down on the {}" },
  { kind: "less", text: "I'm seeing {} on like every card. fewer of those" },
  { kind: "less", text: "not so much {} next time" },
  { kind: "less", text: "enough {} movies for now" },
  { kind: "less", text: "the {} ones aren't for me, tone it down" },
  // more-of (5)
  { kind: "more-of", text: "something scarier than these? the cards all look pretty tame", genre: "Horror" },
  { kind: "more-of", text: "can I get something funnier? these all look heavy", genre: "Comedy" },
  { kind: "more-of", text: "more sci-fi please, that space movie on here got me in the mood", genre: "Sci-Fi" },
  { kind: "more-of", text: "the animated ones look the best, more of those", genre: "Animation" },
  { kind: "more-of", text: "more war movies please, the ww2 kind", genre: "War" },
  // mixed (4)
  { kind: "mixed", text: "more action, but none of the romance stuff", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "I'd like more thrillers and no horror at all, I scare easy", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "keep the comedies coming but drop anything that says drama", holds: ["Comedy"], lacks: ["Drama"] },
  { kind: "mixed", text: "give me more crime and mystery ones, no kids movies", holds: ["Crime", "Mystery"], lacks: ["Children"] },
  // older (3)
  { kind: "older", text: "these are all pretty recent, got anything older? like 70s or earlier" },
  { kind: "older", text: "older stuff please, I like the classics" },
  { kind: "older", text: "anything from before the 2000s? everything on here is too new for me" },
  // newer (3)
  { kind: "newer", text: "these are all really old, anything more recent?" },
  { kind: "newer", text: "can I get newer ones, stuff from the last 10 years or so" },
  { kind: "newer", text: "the years on these are way too far back, I want something newer" },
  // show (4)
  { kind: "show", text: "just show me some movies" },
  { kind: "show", text: "enough questions, let me see what you've got" },
  { kind: "show", text: "skip the questions please and give me suggestions" },
  { kind: "show", text: "can you just list some films already" },
  // indifferent (6)
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "eh, either way" },
  { kind: "indifferent", text: "I don't really know tbh" },
  { kind: "indifferent", text: "no preference" },
  { kind: "indifferent", text: "not sure, I could go either way on that" },
  { kind: "indifferent", text: "I don't mind" },
  // echo (6)
  { kind: "echo", text: "I want a funny movie from the 90s", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "I love Die Hard, want more action but no romance please", accepted: ["Action"], rejected: ["Romance"], liked: ["Die Hard"] },
  { kind: "echo", text: "horror movies from the 80s", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "my favorite movie is The Princess Bride. looking for something romantic", accepted: ["Romance"], liked: ["The Princess Bride"] },
  { kind: "echo", text: "animated movies please, no horror", accepted: ["Animation"], rejected: ["Horror"] },
  { kind: "echo", text: "I loved Toy Story and Groundhog Day, anything like those from the 90s?", accepted: ["1990s"], liked: ["Toy Story", "Groundhog Day"] },
  // undo (2)
  { kind: "undo", text: "wait, I didn't mean that, go back" },
  { kind: "undo", text: "actually scratch that last answer" },
  // restart (1)
  { kind: "restart", text: "let's start over from scratch" },
  // A seventy-seventh (BY), written by a fifty-sixth outside measurer at the same time: autocorrect making real but
  // wrong words; first run unseen: understood .988, honoured .900.
  // take (12)
  { kind: "take", text: "ill take the forth one", position: 4 },
  { kind: "take", text: "number 3 please", position: 3 },
  { kind: "take", text: "the last won looks good, going with that", position: 0 },
  { kind: "take", text: "I'll watch #7 tonight, thanks", position: 7 },
  { kind: "take", text: "lets do the second won", position: 2 },
  { kind: "take", text: "ok the 1st one. perfect", position: 1 },
  { kind: "take", text: "8 sounds grate, that one", position: 8 },
  { kind: "take", text: "that sixth one is it! thx", position: 6 },
  { kind: "take", text: "5 pls, thats the one i want", position: 5 },
  { kind: "take", text: "Ten. watching it now", position: 10 },
  { kind: "take", text: "the very last one, perfect four tonight", position: 0 },
  { kind: "take", text: "I'll have number 9.", position: 9 },
  // take-title (5)
  { kind: "take-title", text: "{} it is", position: 2 },
  { kind: "take-title", text: "ill watch {} tonite", position: 5 },
  { kind: "take-title", text: "oh {}! haven't scene that in ages, going with it", position: 1 },
  { kind: "take-title", text: "defiantly {}", position: 7 },
  { kind: "take-title", text: "Let's go with {}.", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it, that one" },
  { kind: "take-with", text: "ill take the won about {}" },
  { kind: "take-with", text: "whichever one has {}, gimme that" },
  // more (6)
  { kind: "more", text: "sow me more" },
  { kind: "more", text: "none of these, different ones pls" },
  { kind: "more", text: "nah not feeling any of them. next" },
  { kind: "more", text: "know none of those, sum others?" },
  { kind: "more", text: "Can I see some different options?" },
  { kind: "more", text: "meh. got anything else" },
  // similar (6)
  { kind: "similar", text: "more like the forth one", position: 4 },
  { kind: "similar", text: "number 2 is my kind of movie, sow me ones like that", position: 2 },
  { kind: "similar", text: "Anything similar to #6?", position: 6 },
  { kind: "similar", text: "loved the 1st one, more along those lines pls", position: 1 },
  { kind: "similar", text: "stuff like the last won", position: 0 },
  { kind: "similar", text: "3 is grate but find me others like it", position: 3 },
  // liked-all (2)
  { kind: "liked-all", text: "seen all of these and loved em, new ones?" },
  { kind: "liked-all", text: "ive watched every won of those and liked them all lol. sum thing i havent seen" },
  // why (6)
  { kind: "why", text: "why the 5th one", position: 5 },
  { kind: "why", text: "whats number 2 about", position: 2 },
  { kind: "why", text: "why this one?", position: 1 },
  { kind: "why", text: "wear did #8 come from? why that one", position: 8 },
  { kind: "why", text: "What's the plot of the third one?", position: 3 },
  { kind: "why", text: "whose in the seventh one and what's it about", position: 7 },
  // less (6)
  { kind: "less", text: "les {} pls" },
  { kind: "less", text: "to much {}" },
  { kind: "less", text: "not so much {} please" },
  { kind: "less", text: "less {}, im over it" },
  { kind: "less", text: "can we cut down on the {} stuff" },
  { kind: "less", text: "enough with the {} already, tone it down" },
  // more-of (5)
  { kind: "more-of", text: "sum thing scarier", genre: "Horror" },
  { kind: "more-of", text: "i need a laugh, funnier ones pls", genre: "Comedy" },
  { kind: "more-of", text: "more action, fights and car chases and stuff", genre: "Action" },
  { kind: "more-of", text: "want more space alien sci fi type movies", genre: "Sci-Fi" },
  { kind: "more-of", text: "got any real life documentaries? more of those", genre: "Documentary" },
  // mixed (4)
  { kind: "mixed", text: "more comedy but know horror pls", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "something funny, no romance", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "more animated stuff and nothing scary, the kids are watching", holds: ["Animation"], lacks: ["Horror"] },
  { kind: "mixed", text: "give me crime movies but no dramas", holds: ["Crime"], lacks: ["Drama"] },
  // older (3)
  { kind: "older", text: "older ones pls" },
  { kind: "older", text: "these are to new, sum thing from way back" },
  { kind: "older", text: "got any classics? older stuff" },
  // newer (3)
  { kind: "newer", text: "anything more recent?" },
  { kind: "newer", text: "these are all so old, newer pls" },
  { kind: "newer", text: "nothing from this century?? want newer ones" },
  // show (4)
  { kind: "show", text: "just sow me movies" },
  { kind: "show", text: "stop asking questions and show me some" },
  { kind: "show", text: "skip the questions pls just give me the list" },
  { kind: "show", text: "enough q's, lets see what you got" },
  // indifferent (6)
  { kind: "indifferent", text: "don't care" },
  { kind: "indifferent", text: "eh either way" },
  { kind: "indifferent", text: "no idea tbh" },
  { kind: "indifferent", text: "dose it matter? whatever" },
  { kind: "indifferent", text: "not shore, could go either way" },
  { kind: "indifferent", text: "I don't really mind one way or the other." },
  // echo (6)
  { kind: "echo", text: "i love the matrix, want more sci fi", accepted: ["Sci-Fi"], liked: ["The Matrix"] },
  { kind: "echo", text: "comedy from the 90s pls", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "thriller pls but knot horror, i get nightmares", accepted: ["Thriller"], rejected: ["Horror"] },
  { kind: "echo", text: "Hi, I'm looking for a good documentary.", accepted: ["Documentary"] },
  { kind: "echo", text: "rom com! my all time fav is groundhog day", accepted: ["Romance", "Comedy"], liked: ["Groundhog Day"] },
  { kind: "echo", text: "80s action movies, die hard is the best ever", accepted: ["1980s", "Action"], liked: ["Die Hard"] },
  // undo (2)
  { kind: "undo", text: "wait go back, i hit the wrong won" },
  { kind: "undo", text: "take that back, I answered wrong" },
  // restart (1)
  { kind: "restart", text: "can we start over from the beginning" },
  // A seventy-eighth (BZ), written by a fifty-seventh outside measurer in the next session: a plain everyday mix of
  // eight new people at home in the evening, none film buffs; first run unseen: understood 1.000, honoured 1.000.
  // take (12)
  { kind: "take", text: "i'll take number 3", position: 3 },
  { kind: "take", text: "Let's go with the first one.", position: 1 },
  { kind: "take", text: "the last one", position: 0 },
  { kind: "take", text: "Number 7 sounds good, we'll watch that one tonight.", position: 7 },
  { kind: "take", text: "Ok I think I'll go with the second one, thanks!", position: 2 },
  { kind: "take", text: "that 5th one looks good lets do it", position: 5 },
  { kind: "take", text: "#10 please", position: 10 },
  { kind: "take", text: "We'll watch number 4. Thank you for the help.", position: 4 },
  { kind: "take", text: "ooh the sixth one, thats the one", position: 6 },
  { kind: "take", text: "I'll pick the last one on the list, my wife will probably enjoy that.", position: 0 },
  { kind: "take", text: "8 please", position: 8 },
  { kind: "take", text: "My son says he wants number nine, so that's the one we're going with.", position: 9 },
  // take-title (5)
  { kind: "take-title", text: "we'll watch {}", position: 4 },
  { kind: "take-title", text: "Let's do {}.", position: 1 },
  { kind: "take-title", text: "I'll go with {}, thanks", position: 6 },
  { kind: "take-title", text: "{} please", position: 3 },
  { kind: "take-title", text: "Oh I've heard good things about {}, we'll put that one on tonight.", position: 8 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it, we'll watch that" },
  { kind: "take-with", text: "I'll take the one about {}, that sounds good." },
  { kind: "take-with", text: "lets go with the {} one" },
  // more (6)
  { kind: "more", text: "none of these" },
  { kind: "more", text: "Hmm, I'm not really feeling any of these. Can you show me some different ones?" },
  { kind: "more", text: "nah show me others" },
  { kind: "more", text: "Do you have anything else? These dont look that interesting to me." },
  { kind: "more", text: "none of those appeal to me, got any more?" },
  { kind: "more", text: "Could I see some other options please" },
  // similar (6)
  { kind: "similar", text: "Number 2 looks like my kind of thing, can you show me more like that one?", position: 2 },
  { kind: "similar", text: "more like the first one", position: 1 },
  { kind: "similar", text: "I've already seen number 5 and loved it, can you find me others like it?", position: 5 },
  { kind: "similar", text: "somthing similar to the last one", position: 0 },
  { kind: "similar", text: "the 4th one is the kind of thing i like, got more like that?", position: 4 },
  { kind: "similar", text: "Can you show me more movies like number 7? That's the sort of thing we want tonight.", position: 7 },
  // liked-all (2)
  { kind: "liked-all", text: "I've seen all of these already and liked every one. Got any new ones?" },
  { kind: "liked-all", text: "watched all these lol they were all good, something new?" },
  // why (6)
  { kind: "why", text: "why did you pick number 3?", position: 3 },
  { kind: "why", text: "What is the first one about?", position: 1 },
  { kind: "why", text: "whats number 6 about", position: 6 },
  { kind: "why", text: "How come you picked this one for me?", position: 1 },
  { kind: "why", text: "what is number 9 about? never heard of it", position: 9 },
  { kind: "why", text: "Why number 2? I don't really see how that fits what I said.", position: 2 },
  // less (6)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "There's too much {} in here, can you cut back on that a bit?" },
  { kind: "less", text: "not so much {}" },
  { kind: "less", text: "Could you give me fewer {} movies? Not really in the mood for that tonight." },
  { kind: "less", text: "bit less {} stuff pleae" },
  { kind: "less", text: "I'm kind of tired of {}, can we have less of it" },
  // more-of (5)
  { kind: "more-of", text: "Can you find something a bit scarier? We want to be spooked tonight.", genre: "Horror" },
  { kind: "more-of", text: "funnier ones please", genre: "Comedy" },
  { kind: "more-of", text: "My husband wants more action, explosions and car chases and all that.", genre: "Action" },
  { kind: "more-of", text: "more romantic ones", genre: "Romance" },
  { kind: "more-of", text: "Have you got any more cowboy movies? My dad loves westerns.", genre: "Western" },
  // mixed (4)
  { kind: "mixed", text: "more comedies but no horror please", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "I'd like more action films, but nothing about war.", holds: ["Action"], lacks: ["War"] },
  { kind: "mixed", text: "can we have something romantic but not a musical, my husband cant stand the singing", holds: ["Romance"], lacks: ["Musical"] },
  { kind: "mixed", text: "Give me more thrillers and drop the dramas completely.", holds: ["Thriller"], lacks: ["Drama"] },
  // older (3)
  { kind: "older", text: "older ones" },
  { kind: "older", text: "Do you have anything older? Like the films from when I was young." },
  { kind: "older", text: "These are all too new for me. Have you got some old classics instead?" },
  // newer (3)
  { kind: "newer", text: "newer please" },
  { kind: "newer", text: "Anything more recent? These look a bit dated." },
  { kind: "newer", text: "something newer, my teenager wont watch old movies" },
  // show (4)
  { kind: "show", text: "just show me some movies" },
  { kind: "show", text: "Can you just show me what you've got? Too many questions." },
  { kind: "show", text: "skip the questions and show me films" },
  { kind: "show", text: "I don't want to answer any more, just give me a list please." },
  // indifferent (6)
  { kind: "indifferent", text: "dont care" },
  { kind: "indifferent", text: "I don't mind either way." },
  { kind: "indifferent", text: "not sure" },
  { kind: "indifferent", text: "Doesn't really matter to me honestly." },
  { kind: "indifferent", text: "either is fine" },
  { kind: "indifferent", text: "Hmm, I don't really know. Whatever you think." },
  // echo (6)
  { kind: "echo", text: "hi! looking for a funny movie from the 90s", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "My daughter and I loved Finding Nemo. Can you find us another animated movie? No horror please, she's only 7.", accepted: ["Animation"], rejected: ["Horror"], liked: ["Finding Nemo"] },
  { kind: "echo", text: "westerns", accepted: ["Western"] },
  { kind: "echo", text: "I love romantic films like The Notebook and Titanic, but please no war movies.", accepted: ["Romance"], rejected: ["War"], liked: ["The Notebook", "Titanic"] },
  { kind: "echo", text: "I'm in the mood for an old crime movie, something from the 1970s.", accepted: ["Crime", "1970s"] },
  { kind: "echo", text: "i really liked the matrix, want something with lots of action like that", accepted: ["Action"], liked: ["The Matrix"] },
  // undo (2)
  { kind: "undo", text: "oops wait, i didnt mean that, go back" },
  { kind: "undo", text: "Actually, I answered that last one wrong. Can I take it back?" },
  // restart (1)
  { kind: "restart", text: "Can we start over? I'd like to begin again from scratch." },
  // A seventy-ninth (CA), written by a fifty-eighth outside measurer at the same time: moods and occasions for genres
  // ("a good cry", "edge of my seat", "nothing that gives me nightmares"); first run unseen: understood .975,
  // honoured .938.
  // take (12)
  { kind: "take", text: "I'll go with number 3", position: 3 },
  { kind: "take", text: "ok the first one sounds like exactly my mood tonight, I'll watch that", position: 1 },
  { kind: "take", text: "7 it is. thanks!", position: 7 },
  { kind: "take", text: "the last one looks perfect, done", position: 0 },
  { kind: "take", text: "lets do #5", position: 5 },
  { kind: "take", text: "Second one. Perfect for a lazy sunday", position: 2 },
  { kind: "take", text: "number 9 please, that's the one", position: 9 },
  { kind: "take", text: "ooh 4, I'm sold. watching it now", position: 4 },
  { kind: "take", text: "I'll take the 6th one", position: 6 },
  { kind: "take", text: "that last one, yes, that's what we're watching tonight", position: 0 },
  { kind: "take", text: "10 looks good, I'll go with that", position: 10 },
  { kind: "take", text: "8. final answer lol", position: 8 },
  // take-title (5)
  { kind: "take-title", text: "{} sounds perfect for tonight, I'll watch that", position: 2 },
  { kind: "take-title", text: "ok I'm going with {}", position: 5 },
  { kind: "take-title", text: "oh I've been meaning to see {}! that one", position: 1 },
  { kind: "take-title", text: "{} please", position: 7 },
  { kind: "take-title", text: "let's do {}, my husband will love it", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {} in it" },
  { kind: "take-with", text: "the one about {} - that's the one I want" },
  { kind: "take-with", text: "give me the {} one, sounds like fun" },
  // more (6)
  { kind: "more", text: "none of these are doing it for me, show me some others" },
  { kind: "more", text: "meh, not feeling any of these" },
  { kind: "more", text: "nope. got anything else?" },
  { kind: "more", text: "These don't really fit my mood tonight, can I see different ones?" },
  { kind: "more", text: "hmm no, next batch" },
  { kind: "more", text: "not really what I had in mind. other options?" },
  // similar (6)
  { kind: "similar", text: "I love number 4, can you find more like that one?", position: 4 },
  { kind: "similar", text: "the 2nd one is exactly my vibe, show me more along those lines", position: 2 },
  { kind: "similar", text: "ive already seen 6 but it was great, anything similar to it?", position: 6 },
  { kind: "similar", text: "more like #1 please", position: 1 },
  { kind: "similar", text: "Number 8 is the kind of feeling I'm after. Got others like it?", position: 8 },
  { kind: "similar", text: "something in the spirit of 3 but not that one", position: 3 },
  // liked-all (2)
  { kind: "liked-all", text: "seen every one of these and loved them all lol, got anything new?" },
  { kind: "liked-all", text: "Ha, I've watched all ten already and enjoyed every single one. Show me ones I haven't seen" },
  // why (6)
  { kind: "why", text: "why did you pick number 3 for me?", position: 3 },
  { kind: "why", text: "what's the first one about?", position: 1 },
  { kind: "why", text: "whats number 8 about? is it a sad one?", position: 8 },
  { kind: "why", text: "why that one?", position: 1 },
  { kind: "why", text: "How come you suggested #5?", position: 5 },
  { kind: "why", text: "what is 2 even about, never heard of it", position: 2 },
  // less (6)
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "way too much {} in here, tone it down" },
  { kind: "less", text: "I'm not in the mood for {} tonight, fewer of those" },
  { kind: "less", text: "can we cut back on the {} ones?" },
  { kind: "less", text: "enough {} for me, something else" },
  { kind: "less", text: "hmm mostly {}... less of that please" },
  // more-of (5)
  { kind: "more-of", text: "something scarier please, I want to sleep with the lights on", genre: "Horror" },
  { kind: "more-of", text: "can you make it funnier? I need a good laugh after today", genre: "Comedy" },
  { kind: "more-of", text: "I want something that'll make me cry my eyes out", genre: "Drama" },
  { kind: "more-of", text: "more stuff that keeps me on the edge of my seat", genre: "Thriller" },
  { kind: "more-of", text: "it's date night, can you give me something more romantic?", genre: "Romance" },
  // mixed (4)
  { kind: "mixed", text: "I want to laugh tonight, not cry", holds: ["Comedy"], lacks: ["Drama"] },
  { kind: "mixed", text: "something that scares me silly but nothing lovey-dovey", holds: ["Horror"], lacks: ["Romance"] },
  { kind: "mixed", text: "date night vibes please, but nothing that gives me nightmares", holds: ["Romance"], lacks: ["Horror"] },
  { kind: "mixed", text: "more edge of my seat stuff and no kiddie movies", holds: ["Thriller"], lacks: ["Children"] },
  // older (3)
  { kind: "older", text: "anything older? I'm feeling nostalgic, something from back in the day" },
  { kind: "older", text: "these are all too new, give me some oldies" },
  { kind: "older", text: "something older please" },
  // newer (3)
  { kind: "newer", text: "these are all so old, anything more recent?" },
  { kind: "newer", text: "got anything from the last few years?" },
  { kind: "newer", text: "newer ones please" },
  // show (4)
  { kind: "show", text: "just show me some movies already" },
  { kind: "show", text: "stop with the questions, let me see what you've got" },
  { kind: "show", text: "skip the quiz and just give me some options" },
  { kind: "show", text: "can you just show me some films pls" },
  // indifferent (6)
  { kind: "indifferent", text: "eh, don't really care" },
  { kind: "indifferent", text: "either way is fine" },
  { kind: "indifferent", text: "no idea honestly" },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "not sure, whatever you think" },
  { kind: "indifferent", text: "I could go either way tbh" },
  // echo (6)
  { kind: "echo", text: "need something to laugh my head off tonight, had a rough week", accepted: ["Comedy"] },
  { kind: "echo", text: "Date night with my wife! something romantic from the 90s maybe", accepted: ["Romance", "1990s"] },
  { kind: "echo", text: "I want a good cry. I loved The Notebook", accepted: ["Drama"], liked: ["The Notebook"] },
  { kind: "echo", text: "something that keeps me on the edge of my seat but nothing that gives me nightmares", accepted: ["Thriller"], rejected: ["Horror"] },
  { kind: "echo", text: "movie night with the kids, they loved Finding Nemo", accepted: ["Children"], liked: ["Finding Nemo"] },
  { kind: "echo", text: "in the mood for something from the 80s that'll make me laugh, like The Princess Bride", accepted: ["1980s", "Comedy"], liked: ["The Princess Bride"] },
  // undo (2)
  { kind: "undo", text: "wait, go back, I didn't mean that" },
  { kind: "undo", text: "oops, take that answer back" },
  // restart (1)
  { kind: "restart", text: "ugh let's just start over from scratch" },
  // A eightieth (CB), written by a fifty-ninth outside measurer at the same time: young people online in 2026 ("no
  // cap", "ngl", "say less"); first run unseen: understood 1.000, honoured .975.
  // take (12)
  { kind: "take", text: "ok bet, number 3 it is 🍿", position: 3 },
  { kind: "take", text: "ngl 7 looks fire, imma watch that one", position: 7 },
  { kind: "take", text: "the last one fr, say less", position: 0 },
  { kind: "take", text: "first one lowkey the move, watching it rn", position: 1 },
  { kind: "take", text: "gonna go w #5 no cap", position: 5 },
  { kind: "take", text: "i'll take 2 🙏", position: 2 },
  { kind: "take", text: "8 pls", position: 8 },
  { kind: "take", text: "ight im sold on the 4th one, thats the pick", position: 4 },
  { kind: "take", text: "number ten 🔥 done, thx", position: 10 },
  { kind: "take", text: "6 looks so good omg im watching that", position: 6 },
  { kind: "take", text: "bottom one. final answer lol", position: 0 },
  { kind: "take", text: "9 💯 thats it thats the one", position: 9 },
  // take-title (5)
  { kind: "take-title", text: "ok {} it is, bet", position: 2 },
  { kind: "take-title", text: "ngl {} is calling my name, watching that", position: 5 },
  { kind: "take-title", text: "{} 🔥🔥 say less", position: 1 },
  { kind: "take-title", text: "lowkey been wanting to see {} so imma go with that", position: 8 },
  { kind: "take-title", text: "gonna watch {} tonight fr", position: 4 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it, that one pls" },
  { kind: "take-with", text: "gimme the {} one" },
  { kind: "take-with", text: "ooh whichever one has {} — im watching that" },
  // more (6)
  { kind: "more", text: "mid tbh, show me some others" },
  { kind: "more", text: "none of these r it ngl, got anything else?" },
  { kind: "more", text: "nah pass on all of these 😭 next batch" },
  { kind: "more", text: "ehh not feeling any of them, different ones?" },
  { kind: "more", text: "these r giving nothing. more options pls" },
  { kind: "more", text: "none of em, hit me w other picks" },
  // similar (6)
  { kind: "similar", text: "ooh 4 is so my type, more like that pls", position: 4 },
  { kind: "similar", text: "already seen number 2 and loved it, anything else like it?", position: 2 },
  { kind: "similar", text: "i already saw 7 and it ate, give me stuff similar", position: 7 },
  { kind: "similar", text: "the first one is literally my fav movie ever, got more in that vibe?", position: 1 },
  { kind: "similar", text: "more like 9 fr, that energy is exactly what i want", position: 9 },
  { kind: "similar", text: "the last one was so good when i watched it, show me stuff like it", position: 0 },
  // liked-all (2)
  { kind: "liked-all", text: "lmao seen all of these and loved every one, gimme new stuff" },
  { kind: "liked-all", text: "ive watched all 10 and theyre all bangers ngl, need ones i haven't seen" },
  // why (6)
  { kind: "why", text: "why'd u put 3 on here", position: 3 },
  { kind: "why", text: "wait whats 6 even about", position: 6 },
  { kind: "why", text: "huh why would u recommend this to me lol", position: 1 },
  { kind: "why", text: "what's number 10 about, never heard of it", position: 10 },
  { kind: "why", text: "explain 5 to me, why's that there", position: 5 },
  { kind: "why", text: "lowkey curious what 2 is, like whats the plot", position: 2 },
  // less (6)
  { kind: "less", text: "less {} pls 😩" },
  { kind: "less", text: "too much {} ngl, tone it down" },
  { kind: "less", text: "can we chill on the {}" },
  { kind: "less", text: "not really a {} girl, fewer of those" },
  { kind: "less", text: "ok but why so much {} lol, cut back" },
  { kind: "less", text: "way less {} fr" },
  // more-of (5)
  { kind: "more-of", text: "something scarier pls 👻", genre: "Horror" },
  { kind: "more-of", text: "need something funnier, these r too serious", genre: "Comedy" },
  { kind: "more-of", text: "give me more romance, im in my lover girl era 💕", genre: "Romance" },
  { kind: "more-of", text: "more action fr, i want explosions 💥", genre: "Action" },
  { kind: "more-of", text: "ngl im in the mood for animated stuff, more of that", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "more comedy but no horror pls", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "i want sci-fi but not the romance-y ones", holds: ["Sci-Fi"], lacks: ["Romance"] },
  { kind: "mixed", text: "gimme thrillers, just nothing animated 😭", holds: ["Thriller"], lacks: ["Animation"] },
  { kind: "mixed", text: "more action and adventure, drop the drama stuff", holds: ["Action", "Adventure"], lacks: ["Drama"] },
  // older (3)
  { kind: "older", text: "older stuff pls, like actual classics" },
  { kind: "older", text: "these r too new, give me something from before i was born lol" },
  { kind: "older", text: "got anything older? vintage vibes" },
  // newer (3)
  { kind: "newer", text: "anything more recent? these are ancient 💀" },
  { kind: "newer", text: "newer ones pls" },
  { kind: "newer", text: "something newer, these look so dated ngl" },
  // show (4)
  { kind: "show", text: "bro just show me movies" },
  { kind: "show", text: "skip the questions and show me what u got" },
  { kind: "show", text: "ok enough q's, just recommend something" },
  { kind: "show", text: "can u just give me the list already 😭" },
  // indifferent (6)
  { kind: "indifferent", text: "idk tbh" },
  { kind: "indifferent", text: "don't care either way" },
  { kind: "indifferent", text: "eh whatever works" },
  { kind: "indifferent", text: "ngl i could go either way" },
  { kind: "indifferent", text: "no preference fr" },
  { kind: "indifferent", text: "🤷 doesnt matter to me" },
  // echo (6)
  { kind: "echo", text: "lowkey want a 90s comedy tonight", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "horror pls, loved get out 🔪", accepted: ["Horror"], liked: ["Get Out"] },
  { kind: "echo", text: "something sci-fi like interstellar or the matrix, no romance", accepted: ["Sci-Fi"], rejected: ["Romance"], liked: ["Interstellar", "The Matrix"] },
  { kind: "echo", text: "80s action movies fr, nothing animated", accepted: ["Action", "1980s"], rejected: ["Animation"] },
  { kind: "echo", text: "superbad is peak comedy ngl, want stuff like that", accepted: ["Comedy"], liked: ["Superbad"] },
  { kind: "echo", text: "a romcom from the 2000s pls 💕", accepted: ["Romance", "Comedy", "2000s"] },
  // undo (2)
  { kind: "undo", text: "wait no go back, i didnt mean that" },
  { kind: "undo", text: "nvm undo that answer lol" },
  // restart (1)
  { kind: "restart", text: "ok this aint it, lets start over from scratch" },
  // A eighty-first (CC), written by a sixtieth outside measurer later in the same session: a plain everyday mix
  // modelled on the ReDial seekers' own replies, seven new people; first run unseen: understood .988, honoured .975.
  // take (12)
  { kind: "take", text: "I think I will try number 3", position: 3 },
  { kind: "take", text: "the first one sounds good, i'll watch that one", position: 1 },
  { kind: "take", text: "Ooh #7! I'll go with that one. Thank you!", position: 7 },
  { kind: "take", text: "i will try the last one", position: 0 },
  { kind: "take", text: "Number 5 is perfect, thats the one i want", position: 5 },
  { kind: "take", text: "I have not seen the second one. I think I would like to watch it, thanks!", position: 2 },
  { kind: "take", text: "4 please", position: 4 },
  { kind: "take", text: "Lets do the 10th one, sounds great", position: 10 },
  { kind: "take", text: "i'll take 6", position: 6 },
  { kind: "take", text: "That 8th one looks awesome, going with that tonight", position: 8 },
  { kind: "take", text: "Yes! the ninth one. I'll put it on tonight, thanks so much", position: 9 },
  { kind: "take", text: "The very last one on the list, I will watch that one. Good bye!", position: 0 },
  // take-title (5)
  { kind: "take-title", text: "I think I'll go with {}", position: 2 },
  { kind: "take-title", text: "{} sounds good, i will try that one", position: 5 },
  { kind: "take-title", text: "Oh I haven't seen {} in ages! I'll watch that one.", position: 1 },
  { kind: "take-title", text: "ok {} it is. thanks!", position: 8 },
  { kind: "take-title", text: "I want to watch {} tonight", position: 3 },
  // take-with (3)
  { kind: "take-with", text: "The one that has {} sounds great, I'll go with that" },
  { kind: "take-with", text: "i'll take the one about {}" },
  { kind: "take-with", text: "oh the one with {}! thats the one i want" },
  // more (6)
  { kind: "more", text: "None of these really grab me, do you have any others?" },
  { kind: "more", text: "not really feeling any of these, what else you got?" },
  { kind: "more", text: "Can you show me some different ones?" },
  { kind: "more", text: "None of those sound good to me. Any other suggestions?" },
  { kind: "more", text: "nah, something else please" },
  { kind: "more", text: "i don't think i would like these ones. which another ones would you recommend me?" },
  // similar (6)
  { kind: "similar", text: "I really liked number 2, can you find more movies like that one?", position: 2 },
  { kind: "similar", text: "more like the first one please", position: 1 },
  { kind: "similar", text: "#4 is one of my favorites! any others like it?", position: 4 },
  { kind: "similar", text: "I've seen number 7 and loved it. Do you have anything similar?", position: 7 },
  { kind: "similar", text: "the 6th one is my kind of movie, show me ones like that", position: 6 },
  { kind: "similar", text: "i love number 3 but i already seen it, what else is like that", position: 3 },
  // liked-all (2)
  { kind: "liked-all", text: "I have seen all of these and loved every one of them! Do you have any I haven't seen?" },
  { kind: "liked-all", text: "seen all of those already lol, they're all great. got any new ones?" },
  // why (6)
  { kind: "why", text: "What is number 5 about?", position: 5 },
  { kind: "why", text: "why did you pick the first one for me?", position: 1 },
  { kind: "why", text: "I have never heard of #8. What is it about? Is it good?", position: 8 },
  { kind: "why", text: "how come you suggested these?", position: 1 },
  { kind: "why", text: "whats the 3rd one about", position: 3 },
  { kind: "why", text: "Why the second one? What made you think of that for me?", position: 2 },
  // less (6)
  { kind: "less", text: "Could you do less {} movies?" },
  { kind: "less", text: "too much {} in there for me" },
  { kind: "less", text: "I'm not really into {}, can you cut back on those?" },
  { kind: "less", text: "not so many {} ones please" },
  { kind: "less", text: "Maybe fewer {} movies? I get bored of those pretty quick." },
  { kind: "less", text: "I've had enough {} for one night haha, less of that" },
  // more-of (5)
  { kind: "more-of", text: "Do you have anything scarier?", genre: "Horror" },
  { kind: "more-of", text: "Can you give me something funnier? I need a good laugh", genre: "Comedy" },
  { kind: "more-of", text: "I'd like more action movies please", genre: "Action" },
  { kind: "more-of", text: "Any more romantic ones? It's for date night", genre: "Romance" },
  { kind: "more-of", text: "something more sci fi, like space and aliens and stuff", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "I want more comedy but no horror please", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "More action, but nothing with romance in it", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "can you find me something scary but without the sci-fi stuff", holds: ["Horror"], lacks: ["Sci-Fi"] },
  { kind: "mixed", text: "I'd like more dramas, and no war movies, those make me too sad", holds: ["Drama"], lacks: ["War"] },
  // older (3)
  { kind: "older", text: "Do you have anything older? I love the classics" },
  { kind: "older", text: "these are all too recent, got any older ones?" },
  { kind: "older", text: "Maybe something a bit more old school?" },
  // newer (3)
  { kind: "newer", text: "Anything more recent? I'm so behind when it comes to movies" },
  { kind: "newer", text: "these are kinda old, do you have newer ones" },
  { kind: "newer", text: "I'd like something that came out in the last few years please" },
  // show (4)
  { kind: "show", text: "Just show me some movies please" },
  { kind: "show", text: "no more questions lol just give me some suggestions" },
  { kind: "show", text: "Can you just recommend something already?" },
  { kind: "show", text: "skip the questions, let me see what you got" },
  // indifferent (6)
  { kind: "indifferent", text: "I don't really care either way" },
  { kind: "indifferent", text: "whatever" },
  { kind: "indifferent", text: "I'm not sure" },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "Either way is fine, I'm open to any movie" },
  { kind: "indifferent", text: "i dont know, i could go either way" },
  // echo (6)
  { kind: "echo", text: "Hi! I am looking for a funny movie. I really love The Wedding Singer.", accepted: ["Comedy"], liked: ["The Wedding Singer"] },
  { kind: "echo", text: "i love scary movies, a nightmare on elm street is my all time favorite", accepted: ["Horror"], liked: ["A Nightmare on Elm Street"] },
  { kind: "echo", text: "Hello, I am looking for a good drama from the 90s, but no war movies please.", accepted: ["Drama", "1990s"], rejected: ["War"] },
  { kind: "echo", text: "I want to watch a sci-fi movie tonight, any suggestions?", accepted: ["Sci-Fi"] },
  { kind: "echo", text: "Hi there, can you recommend a crime movie like Goodfellas? I loved that one", accepted: ["Crime"], liked: ["Goodfellas"] },
  { kind: "echo", text: "I'm in the mood for an 80s action movie. No romance stuff", accepted: ["1980s", "Action"], rejected: ["Romance"] },
  // undo (2)
  { kind: "undo", text: "oops, i didnt mean that, go back" },
  { kind: "undo", text: "Sorry, scratch that last answer" },
  // restart (1)
  { kind: "restart", text: "Can we start over? I want to look for something completely different" },
  // A eighty-second (CD), written by a sixty-first outside measurer at the same time: people a little put out after a
  // misreading, correcting it ("no, more action", "I meant 5 not 4"); first run unseen: understood 1.000, honoured
  // .863.
  // take (12)
  { kind: "take", text: "I meant number 3, the third one. I'll watch that", position: 3 },
  { kind: "take", text: "no, not that one. #7. I'll take 7", position: 7 },
  { kind: "take", text: "ugh I already said, the first one! just give me 1", position: 1 },
  { kind: "take", text: "the LAST one. the one at the bottom. that's the one I want, done", position: 0 },
  { kind: "take", text: "sorry typo, I meant 5 not 4. number five, I'll watch that one", position: 5 },
  { kind: "take", text: "ok fine, 2. I'll go with number 2", position: 2 },
  { kind: "take", text: "No. Ten. I want number 10, that's my pick", position: 10 },
  { kind: "take", text: "like I said before - the 6th one please, that's it", position: 6 },
  { kind: "take", text: "i'll take the 8th one. 8. eight. ok?", position: 8 },
  { kind: "take", text: "Number nine. Seriously, just nine, I'm going to watch it tonight", position: 9 },
  { kind: "take", text: "forget it, I'll just watch the second one", position: 2 },
  { kind: "take", text: "okay okay, the fourth one then. that one, I'm done", position: 4 },
  // take-title (5)
  { kind: "take-title", text: "no, I said {}. that's the one I want to watch", position: 4 },
  { kind: "take-title", text: "I'll watch {}! not the other one, that one", position: 2 },
  { kind: "take-title", text: "ugh fine, give me {} then", position: 7 },
  { kind: "take-title", text: "I meant {} - that's what I'm picking", position: 1 },
  { kind: "take-title", text: "ok I'll go with {}, that's my choice. done", position: 9 },
  // take-with (3)
  { kind: "take-with", text: "no, the one with {} in it. that one, I'll watch it" },
  { kind: "take-with", text: "I said the {} one. I'll take that" },
  { kind: "take-with", text: "ugh the one that has {}, that's the one I want" },
  // more (6)
  { kind: "more", text: "no. none of these. show me different ones" },
  { kind: "more", text: "still not it... none of those, can I see some other movies?" },
  { kind: "more", text: "nope, not these either. next batch please" },
  { kind: "more", text: "I don't want any of these, I told you. give me other options" },
  { kind: "more", text: "ugh, none of them. something else?" },
  { kind: "more", text: "No none of those work for me. Show me more different ones" },
  // similar (6)
  { kind: "similar", text: "I didn't say I want #3, I said more LIKE #3", position: 3 },
  { kind: "similar", text: "no wait, I don't want the first one itself, I want more movies like it", position: 1 },
  { kind: "similar", text: "number 5 is the kind of thing I mean. more like that one please", position: 5 },
  { kind: "similar", text: "sorry I meant - show me stuff similar to number 8, not 8 itself", position: 8 },
  { kind: "similar", text: "ugh. the 2nd one is close, find me others like that", position: 2 },
  { kind: "similar", text: "like I said, I liked number 6, so more in that vein. not picking it though", position: 6 },
  // liked-all (2)
  { kind: "liked-all", text: "I've seen every one of these, like I said, and I liked them all. I need NEW ones" },
  { kind: "liked-all", text: "ugh seen them all already, loved all of them honestly, that's why I need others I haven't seen" },
  // why (6)
  { kind: "why", text: "wait why did you suggest number 4?? what's it even about", position: 4 },
  { kind: "why", text: "hold on, why is the first one on here? I didn't ask for that", position: 1 },
  { kind: "why", text: "no I'm asking WHY #7. why did you pick it for me", position: 7 },
  { kind: "why", text: "what is number 2 about? I asked that already", position: 2 },
  { kind: "why", text: "huh? why number 9? what's that one even about", position: 9 },
  { kind: "why", text: "sorry, I meant what's the 3rd one about, not the 2nd. tell me about 3", position: 3 },
  // less (6)
  { kind: "less", text: "no, I said LESS {}" },
  { kind: "less", text: "ugh, too much {} again. less of that please" },
  { kind: "less", text: "I told you I don't want so much {}. cut it down" },
  { kind: "less", text: "still way too much {} in here... fewer of those" },
  { kind: "less", text: "no no no, not MORE {}! less of it!" },
  { kind: "less", text: "Can you tone down the {}? That's like the third time I'm asking" },
  // more-of (5)
  { kind: "more-of", text: "no, something scarier. I want to be scared", genre: "Horror" },
  { kind: "more-of", text: "these aren't funny at all. funnier ones, I said funny", genre: "Comedy" },
  { kind: "more-of", text: "ugh where are the spaceships and aliens? I said more sci-fi", genre: "Sci-Fi" },
  { kind: "more-of", text: "I wanted cowboys. more westerns please, like I said", genre: "Western" },
  { kind: "more-of", text: "no, more action. fights, car chases, explosions, that kind of thing", genre: "Action" },
  // mixed (4)
  { kind: "mixed", text: "no, more thrillers and NO horror. I said no horror", holds: ["Thriller"], lacks: ["Horror"] },
  { kind: "mixed", text: "ugh I said comedy but not romantic comedies. funny stuff, zero romance", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "more sci-fi please and get rid of the kids movies, I'm not watching cartoons for children", holds: ["Sci-Fi"], lacks: ["Children"] },
  { kind: "mixed", text: "Again: more crime movies, and no documentaries at all", holds: ["Crime"], lacks: ["Documentary"] },
  // older (3)
  { kind: "older", text: "ugh, not those — older ones" },
  { kind: "older", text: "no these are all too recent. I said older movies, like classics" },
  { kind: "older", text: "I meant OLDER. go further back" },
  // newer (3)
  { kind: "newer", text: "no these are ancient, I want newer stuff" },
  { kind: "newer", text: "too old again... something more recent please" },
  { kind: "newer", text: "I said newer ones! nothing this old" },
  // show (4)
  { kind: "show", text: "stop asking me questions and just show me some movies already" },
  { kind: "show", text: "enough questions. just show me what you've got" },
  { kind: "show", text: "ugh I already answered like 5 of these, just give me the movies" },
  { kind: "show", text: "no more questions please, show me films now" },
  // indifferent (6)
  { kind: "indifferent", text: "I already told you, I don't care either way" },
  { kind: "indifferent", text: "I don't know!! whatever" },
  { kind: "indifferent", text: "doesn't matter to me, either is fine" },
  { kind: "indifferent", text: "ugh I have no idea. I'm fine either way honestly" },
  { kind: "indifferent", text: "not sure. I don't really mind, like I said" },
  { kind: "indifferent", text: "meh, no preference. yes, no, whatever works" },
  // echo (6)
  { kind: "echo", text: "ok again: 90s comedies. NOT horror this time", accepted: ["Comedy", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "no I said sci-fi. I loved The Matrix, something like that", accepted: ["Sci-Fi"], liked: ["The Matrix"] },
  { kind: "echo", text: "let me try this again. I want a western, and I don't want anything romantic", accepted: ["Western"], rejected: ["Romance"] },
  { kind: "echo", text: "Like I said, I love Groundhog Day and Toy Story. Looking for a comedy", accepted: ["Comedy"], liked: ["Groundhog Day", "Toy Story"] },
  { kind: "echo", text: "horror from the 1980s. horror. not thrillers, horror", accepted: ["Horror", "1980s"], rejected: ["Thriller"] },
  { kind: "echo", text: "ugh ok, once more - a crime drama. my favorite is Heat", accepted: ["Crime", "Drama"], liked: ["Heat"] },
  // undo (2)
  { kind: "undo", text: "wait no, that's not what I meant, go back" },
  { kind: "undo", text: "ugh I answered that wrong, take it back. undo my last answer" },
  // restart (1)
  { kind: "restart", text: "this is all wrong. let's start over from scratch" },
  // A eighty-third (CE), written by a sixty-second outside measurer at the same time: actors, directors and films
  // named as comparisons, reasons and asides; first run unseen: understood 1.000, honoured .938.
  // take (12)
  { kind: "take", text: "I'll go with number 3, haven't watched a Coen brothers movie in ages", position: 3 },
  { kind: "take", text: "4 please. Anything with Tom Hanks and I'm in", position: 4 },
  { kind: "take", text: "ok the 7th one. that's it for me tonight, thanks", position: 7 },
  { kind: "take", text: "gonna watch #2. my wife loved The Notebook so hopefully this one lands too", position: 2 },
  { kind: "take", text: "The last one! Kubrick never misses", position: 0 },
  { kind: "take", text: "Let's do 1. Perfect, thank you", position: 1 },
  { kind: "take", text: "I'll take 10, I'm a sucker for anything Bruce Willis is in. Done!", position: 10 },
  { kind: "take", text: "5 sounds great, putting it on now", position: 5 },
  { kind: "take", text: "Gonna pick 8. Haven't seen it and my buddy keeps comparing it to Pulp Fiction lol", position: 8 },
  { kind: "take", text: "6 is the one. Denzel could read the phone book and I'd watch it", position: 6 },
  { kind: "take", text: "i'll take the last one on the list, that's me sorted", position: 0 },
  { kind: "take", text: "ok, #9 it is. thanks!", position: 9 },
  // take-title (5)
  { kind: "take-title", text: "{} it is. I've been meaning to see it ever since someone told me it's better than Heat", position: 3 },
  { kind: "take-title", text: "oh {}! love Meryl Streep, I'll watch that one", position: 2 },
  { kind: "take-title", text: "I'll go with {} tonight", position: 5 },
  { kind: "take-title", text: "{} please, my kids wore out our Toy Story DVD so this should keep them happy", position: 1 },
  { kind: "take-title", text: "Let's do {}. Never seen it, and I've seen basically every Hitchcock, so that's a small miracle", position: 7 },
  // take-with (3)
  { kind: "take-with", text: "the one with {} in it, that's the one I want" },
  { kind: "take-with", text: "Gimme the {} one. That's exactly what I'm after tonight, thanks" },
  { kind: "take-with", text: "whichever one's got {} - I'll watch that, done" },
  // more (6)
  { kind: "more", text: "Hmm no. I already sat through half of these with my brother during his Tarantino phase. Show me different ones?" },
  { kind: "more", text: "none of these, next batch please" },
  { kind: "more", text: "Honestly I'd rather rewatch Groundhog Day for the 20th time than any of these. Show me some others" },
  { kind: "more", text: "pass on all of these. what else you got" },
  { kind: "more", text: "Nope, none of these do it for me. Any other options?" },
  { kind: "more", text: "None of those. Keep em coming" },
  // similar (6)
  { kind: "similar", text: "I like 4, give me more along those lines. Big Scorsese fan here", position: 4 },
  { kind: "similar", text: "Number 2 is right up my alley, total Blade Runner vibes. More like that one?", position: 2 },
  { kind: "similar", text: "Ooh 7 is my kind of thing, but I've seen it already. Can you find others like it?", position: 7 },
  { kind: "similar", text: "Show me stuff similar to the first one. I watched it right after Shawshank and loved it", position: 1 },
  { kind: "similar", text: "the 5th one is great, seen it twice. more like it pls", position: 5 },
  { kind: "similar", text: "more like #10 please, that's the Wes Anderson feel I'm after", position: 10 },
  // liked-all (2)
  { kind: "liked-all", text: "Seen all of these and liked every single one lol, I basically grew up on Spielberg. Got anything I haven't seen?" },
  { kind: "liked-all", text: "ha, I've watched every one of these and enjoyed them all. need new ones" },
  // why (6)
  { kind: "why", text: "why number 3? I asked for something like The Matrix", position: 3 },
  { kind: "why", text: "What's number 6 about? I only know Costner from Field of Dreams", position: 6 },
  { kind: "why", text: "why'd you recommend that one? doesn't seem like something a Fargo fan would go for", position: 1 },
  { kind: "why", text: "what is the 2nd one about? never heard of it, and I've seen pretty much everything Hitchcock did", position: 2 },
  { kind: "why", text: "Tell me more about number 8, what's the plot?", position: 8 },
  { kind: "why", text: "why's number 10 on there? never even heard of the director", position: 10 },
  // less (6)
  { kind: "less", text: "Can you cut back on the {}? Had my fill of it during a Nolan marathon last weekend" },
  { kind: "less", text: "too much {} in here. tone it down" },
  { kind: "less", text: "less {} stuff please" },
  { kind: "less", text: "Dial down the {} a bit, I'm watching with my mom tonight" },
  { kind: "less", text: "Fewer {} ones? I like them sometimes, just not tonight" },
  { kind: "less", text: "no more {} please, not even a Spielberg one could sell me on it right now" },
  // more-of (5)
  { kind: "more-of", text: "these are fine but I want something scarier, like The Shining scary", genre: "Horror" },
  { kind: "more-of", text: "Can you make them funnier? Think Anchorman, Superbad, that kind of dumb fun", genre: "Comedy" },
  { kind: "more-of", text: "More westerns please. Clint Eastwood, John Wayne, that crowd", genre: "Western" },
  { kind: "more-of", text: "Needs more action. I want explosions, Schwarzenegger level", genre: "Action" },
  { kind: "more-of", text: "I'm in the mood for more animated stuff, Pixar or Miyazaki kind of thing", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "More sci-fi, no horror. Loved Interstellar but Alien gave me nightmares for a week", holds: ["Sci-Fi"], lacks: ["Horror"] },
  { kind: "mixed", text: "I want comedies but no romance stuff. More Will Ferrell, less Hugh Grant", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "mixed", text: "Give me more thrillers and drop the dramas. Something like Se7en, not another Oscar weepie", holds: ["Thriller"], lacks: ["Drama"] },
  { kind: "mixed", text: "more war movies like Saving Private Ryan, but skip anything with romance in it", holds: ["War"], lacks: ["Romance"] },
  // older (3)
  { kind: "older", text: "These are all too recent. Older stuff please, like the Bogart and Cary Grant era" },
  { kind: "older", text: "anything older? I'm more of a 70s Coppola and Scorsese guy" },
  { kind: "older", text: "can you go further back? everything here feels post-2010" },
  // newer (3)
  { kind: "newer", text: "something newer? I don't want anything where Harrison Ford still looks 30" },
  { kind: "newer", text: "these are kinda old. more recent stuff pls" },
  { kind: "newer", text: "Got anything from the last few years? My dad's the one into the John Wayne stuff, not me" },
  // show (4)
  { kind: "show", text: "just show me movies already, I'll know it when I see it - like I knew with Inception" },
  { kind: "show", text: "skip the questions, show me what you've got" },
  { kind: "show", text: "Enough questions lol, just give me some films" },
  { kind: "show", text: "Can you just show me a list? My friend swore you'd find me the next Memento" },
  // indifferent (6)
  { kind: "indifferent", text: "I don't really mind either way" },
  { kind: "indifferent", text: "Doesn't matter to me. I watched Jaws and Paddington on the same weekend, so I'm easy" },
  { kind: "indifferent", text: "dunno" },
  { kind: "indifferent", text: "honestly could go either way, I've loved stuff from Casablanca all the way to La La Land" },
  { kind: "indifferent", text: "no preference really" },
  { kind: "indifferent", text: "Hard to say. Not sure tbh" },
  // echo (6)
  { kind: "echo", text: "Hey! I'm after a good crime movie. I loved Goodfellas and Heat", accepted: ["Crime"], liked: ["Goodfellas", "Heat"] },
  { kind: "echo", text: "I want a 90s comedy. Loved Groundhog Day and The Big Lebowski, but please no horror", accepted: ["Comedy", "1990s"], rejected: ["Horror"], liked: ["Groundhog Day", "The Big Lebowski"] },
  { kind: "echo", text: "sci-fi! The Matrix is my all time favourite", accepted: ["Sci-Fi"], liked: ["The Matrix"] },
  { kind: "echo", text: "Looking for a western. Huge Clint Eastwood fan, I think Unforgiven is a masterpiece", accepted: ["Western"], liked: ["Unforgiven"] },
  { kind: "echo", text: "looking for some animation for family night. we all loved Finding Nemo and Up", accepted: ["Animation"], liked: ["Finding Nemo", "Up"] },
  { kind: "echo", text: "80s romance please! I adore The Princess Bride. No musicals though", accepted: ["Romance", "1980s"], rejected: ["Musical"], liked: ["The Princess Bride"] },
  // undo (2)
  { kind: "undo", text: "hang on, take that last answer back, I was thinking of a different Tom Cruise movie" },
  { kind: "undo", text: "oops, I answered that wrong. can we go back a step?" },
  // restart (1)
  { kind: "restart", text: "Can we start over from scratch? I was describing what my husband likes (he's all Fast & Furious), not me" },
  // A eighty-fourth (CF), written by a sixty-third outside measurer later in the same session: a plain everyday mix
  // of eight new people on a weekday evening, half the replies under eight words; first run unseen: understood 1.000,
  // honoured 1.000.
  // take (12)
  { kind: "take", text: "3", position: 3 },
  { kind: "take", text: "I'll go with number 7", position: 7 },
  { kind: "take", text: "the last one, thanks", position: 0 },
  { kind: "take", text: "ok #2 it is", position: 2 },
  { kind: "take", text: "number one looks good, I'll watch that", position: 1 },
  { kind: "take", text: "5 please", position: 5 },
  { kind: "take", text: "Let's do the fourth one. Thanks!", position: 4 },
  { kind: "take", text: "that 8th one sounds fun, going with that", position: 8 },
  { kind: "take", text: "I'll take 10, sounds like something my husband would like too", position: 10 },
  { kind: "take", text: "ok the very last one then", position: 0 },
  { kind: "take", text: "The sixth one. done, thanks for the help", position: 6 },
  { kind: "take", text: "9 looks perfect, we're watching that tonight", position: 9 },
  // take-title (5)
  { kind: "take-title", text: "{} please", position: 3 },
  { kind: "take-title", text: "ooh {}! I'll watch that one", position: 6 },
  { kind: "take-title", text: "I'll go with {}, thanks", position: 1 },
  { kind: "take-title", text: "ok {} it is", position: 8 },
  { kind: "take-title", text: "my wife says {} so we're watching that", position: 4 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {}" },
  { kind: "take-with", text: "gimme the {} one" },
  { kind: "take-with", text: "the movie that has {} in it, I'll watch that" },
  // more (6)
  { kind: "more", text: "none of these really, what else is there?" },
  { kind: "more", text: "hmm not really feeling any of those. got others?" },
  { kind: "more", text: "nah show me different ones" },
  { kind: "more", text: "not these, something else please" },
  { kind: "more", text: "None of those grab me tbh" },
  { kind: "more", text: "Any other options?" },
  // similar (6)
  { kind: "similar", text: "more like number 2 please, that one is exactly my vibe", position: 2 },
  { kind: "similar", text: "I liked 5, can you find similar stuff?", position: 5 },
  { kind: "similar", text: "anything else like the first one?", position: 1 },
  { kind: "similar", text: "Number 7 is my kind of movie, show me more like that", position: 7 },
  { kind: "similar", text: "something similar to #4 but not that exact one", position: 4 },
  { kind: "similar", text: "seen 9 already and loved it, got more in that vein?", position: 9 },
  // liked-all (2)
  { kind: "liked-all", text: "Seen all of these and liked them all lol. what else you got" },
  { kind: "liked-all", text: "ive watched every one of those already, they were all good. need new ones" },
  // why (6)
  { kind: "why", text: "why number 3?", position: 3 },
  { kind: "why", text: "what's 6 about? the title doesn't tell me much", position: 6 },
  { kind: "why", text: "Why did you pick these?", position: 1 },
  { kind: "why", text: "what is the second one about", position: 2 },
  { kind: "why", text: "never heard of #8, why'd you suggest it", position: 8 },
  { kind: "why", text: "how come number 5 is on here?", position: 5 },
  // less (6)
  { kind: "less", text: "less {}" },
  { kind: "less", text: "too much {} in here" },
  { kind: "less", text: "Can you cut back on the {} stuff?" },
  { kind: "less", text: "not so much {} please" },
  { kind: "less", text: "eh, I'm not in the mood for all this {} tonight" },
  { kind: "less", text: "could you give me fewer {} movies this time" },
  // more-of (5)
  { kind: "more-of", text: "something scarier", genre: "Horror" },
  { kind: "more-of", text: "can it be funnier? I need a laugh", genre: "Comedy" },
  { kind: "more-of", text: "I want more action, the kind with car chases and fights", genre: "Action" },
  { kind: "more-of", text: "Got anything more romantic? it's date night", genre: "Romance" },
  { kind: "more-of", text: "more sci fi ones please, like space stuff", genre: "Sci-Fi" },
  // mixed (4)
  { kind: "mixed", text: "more comedy but no horror", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "I'd like something scarier, but nothing with romance in it", holds: ["Horror"], lacks: ["Romance"] },
  { kind: "mixed", text: "action yes, drama no", holds: ["Action"], lacks: ["Drama"] },
  { kind: "mixed", text: "Sci fi would be great, just no kids movies", holds: ["Sci-Fi"], lacks: ["Children"] },
  // older (3)
  { kind: "older", text: "anything older?" },
  { kind: "older", text: "these are all pretty recent, got some classics from way back?" },
  { kind: "older", text: "Can you show me older movies" },
  // newer (3)
  { kind: "newer", text: "something newer maybe, these all feel dated" },
  { kind: "newer", text: "these are kinda old, anything more recent?" },
  { kind: "newer", text: "I want newer ones, like from the last few years" },
  // show (4)
  { kind: "show", text: "just show me some movies, I'll figure it out from there" },
  { kind: "show", text: "skip the questions, what've you got" },
  { kind: "show", text: "can you just give me suggestions already" },
  { kind: "show", text: "enough questions lol, show me the list" },
  // indifferent (6)
  { kind: "indifferent", text: "don't care" },
  { kind: "indifferent", text: "either way" },
  { kind: "indifferent", text: "idk" },
  { kind: "indifferent", text: "not sure honestly" },
  { kind: "indifferent", text: "doesn't matter to me" },
  { kind: "indifferent", text: "eh, I could go either way on that" },
  // echo (6)
  { kind: "echo", text: "something funny from the 90s", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "i loved Groundhog Day, anything like it?", accepted: [], liked: ["Groundhog Day"] },
  { kind: "echo", text: "I want a good thriller, but no horror, I scare easy", accepted: ["Thriller"], rejected: ["Horror"] },
  { kind: "echo", text: "My son and I want an animated movie, we both love Toy Story", accepted: ["Animation"], liked: ["Toy Story"] },
  { kind: "echo", text: "I love Pretty Woman, want a romantic comedy like that", accepted: ["Romance", "Comedy"], liked: ["Pretty Woman"] },
  { kind: "echo", text: "80s sci fi stuff", accepted: ["Sci-Fi", "1980s"] },
  // undo (2)
  { kind: "undo", text: "wait, go back, I answered that wrong" },
  { kind: "undo", text: "wait no, can I change my last answer?" },
  // restart (1)
  { kind: "restart", text: "let's start over from the beginning" },
  // A eighty-fifth (CG), written by a sixty-fourth outside measurer at the same time: English as a second language
  // from Japanese, Vietnamese, Polish, Italian, Swahili, Indonesian and Turkish; first run unseen: understood .988,
  // honoured .925.
  // take (12)
  { kind: "take", text: "ok I take number 3, thank you very much", position: 3 },
  { kind: "take", text: "I will watch the first one. Thanks", position: 1 },
  { kind: "take", text: "Number 7 film I choose, this is good for me", position: 7 },
  { kind: "take", text: "the last one please, I watch it tonight", position: 0 },
  { kind: "take", text: "Fifth film I will see. Thank you, is enough", position: 5 },
  { kind: "take", text: "I already decide, number 2. Terima kasih, thank you so much", position: 2 },
  { kind: "take", text: "This one, number 10, I will see with my wife tonight", position: 10 },
  { kind: "take", text: "good, I take the 4, is perfect for me. grazie!", position: 4 },
  { kind: "take", text: "Okay I pick the sixth one and I go watch now, bye", position: 6 },
  { kind: "take", text: "I decide for number 9, thank you", position: 9 },
  { kind: "take", text: "I go with the eighth movie, asante my friend", position: 8 },
  { kind: "take", text: "Number 1 is the one, I watch it. thank you for help", position: 1 },
  // take-title (5)
  { kind: "take-title", text: "I choose {}, I hear many good things about it", position: 4 },
  { kind: "take-title", text: "ok {} I will watch, thank you", position: 1 },
  { kind: "take-title", text: "{} please. This one I want to see", position: 6 },
  { kind: "take-title", text: "I take {}, my brother say is very good film", position: 3 },
  { kind: "take-title", text: "Okay, {} is the one for me tonight. Done, thanks", position: 8 },
  // take-with (3)
  { kind: "take-with", text: "I take the film where is {}, that one please" },
  { kind: "take-with", text: "I choose the movie that have {}" },
  { kind: "take-with", text: "That one with {}, I watch it" },
  // more (6)
  { kind: "more", text: "I don't like any of this, can you show me other films?" },
  { kind: "more", text: "None of them is interesting for me. Other ones please" },
  { kind: "more", text: "hmm all this films not for me, please show different" },
  { kind: "more", text: "Not these. Give me another list please" },
  { kind: "more", text: "I am sorry but these movies I not want. Something else?" },
  { kind: "more", text: "no, none of these I like. more options please" },
  // similar (6)
  { kind: "similar", text: "I like number 4 very much, can you find more film like this?", position: 4 },
  { kind: "similar", text: "Number 2 is my type. Please show me similar ones", position: 2 },
  { kind: "similar", text: "more movies like the first one please", position: 1 },
  { kind: "similar", text: "Films similar to number 7, do you have? That kind I like", position: 7 },
  { kind: "similar", text: "I already watch number 5 and love it, give me other like that", position: 5 },
  { kind: "similar", text: "The last one is very my style. More like that one please", position: 0 },
  // liked-all (2)
  { kind: "liked-all", text: "All of these I already watch and I like all! Please give me new ones" },
  { kind: "liked-all", text: "Ha, I have seen every film in this list, all was good. Show me films I don't know yet" },
  // why (6)
  { kind: "why", text: "Why you recommend number 3 for me?", position: 3 },
  { kind: "why", text: "What is number 8 about? I don't know this film", position: 8 },
  { kind: "why", text: "why this film? I not understand why you choose it", position: 1 },
  { kind: "why", text: "The second one, what kind of story it is?", position: 2 },
  { kind: "why", text: "Can you tell me about the film number 6, what happen in it?", position: 6 },
  { kind: "why", text: "Why is number 10 in the list? I am curious", position: 10 },
  // less (6)
  { kind: "less", text: "too much {} here, less please" },
  { kind: "less", text: "I don't want so many {} films" },
  { kind: "less", text: "Please not so much {}, I am little bit tired of it" },
  { kind: "less", text: "less {} movies please, I watch enough of them already" },
  { kind: "less", text: "There is a lot of {} in this list. Can you put less?" },
  { kind: "less", text: "{} is too many in this list, I prefer fewer" },
  // more-of (5)
  { kind: "more-of", text: "I want something more scary, with ghost maybe", genre: "Horror" },
  { kind: "more-of", text: "Can you give me more funny films? I want to laugh", genre: "Comedy" },
  { kind: "more-of", text: "More action please, with fighting and explosion", genre: "Action" },
  { kind: "more-of", text: "I like more romantic ones, love story for watch with my girlfriend", genre: "Romance" },
  { kind: "more-of", text: "I want more animation film, like anime from Japan", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "More comedy please, but no horror, I am scared easily", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "I want action but without romance things", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "Give me more thriller, and no drama please, drama make me sad", holds: ["Thriller"], lacks: ["Drama"] },
  { kind: "mixed", text: "more animation film please, but no horror and no war", holds: ["Animation"], lacks: ["Horror", "War"] },
  // older (3)
  { kind: "older", text: "These films are too new for me, I prefer old classic movie" },
  { kind: "older", text: "Do you have more older ones? Like from my father time" },
  { kind: "older", text: "something from before please, not so recent" },
  // newer (3)
  { kind: "newer", text: "All this is very old films, I want more recent" },
  { kind: "newer", text: "Please newer movies, these are from long time ago" },
  { kind: "newer", text: "Do you have something new? Films of last few years" },
  // show (4)
  { kind: "show", text: "Too many questions, just show me the films please" },
  { kind: "show", text: "Please stop to ask, I want to see recommendations now" },
  { kind: "show", text: "Enough question. Show me what you have" },
  { kind: "show", text: "Can you give the list already? I don't want answer more" },
  // indifferent (6)
  { kind: "indifferent", text: "I don't know, both is ok for me" },
  { kind: "indifferent", text: "Not important for me" },
  { kind: "indifferent", text: "Hmm, I have no idea. Maybe yes maybe no" },
  { kind: "indifferent", text: "Whatever, any is fine" },
  { kind: "indifferent", text: "I don't mind about that" },
  { kind: "indifferent", text: "Is same for me" },
  // echo (6)
  { kind: "echo", text: "Hello, I am looking comedy film from 1990s", accepted: ["Comedy", "1990s"] },
  { kind: "echo", text: "I love very much The Matrix. Want something similar, action and sci-fi", accepted: ["Action", "Sci-Fi"], liked: ["The Matrix"] },
  { kind: "echo", text: "hi, I want horror movie from 2000s. Please no comedy, I hate when horror is funny", accepted: ["Horror", "2000s"], rejected: ["Comedy"] },
  { kind: "echo", text: "My favorite film is Inception. I like mystery and thriller, something make me think", accepted: ["Mystery", "Thriller"], liked: ["Inception"] },
  { kind: "echo", text: "Good evening. Please recommend me a romantic drama, no war film", accepted: ["Romance", "Drama"], rejected: ["War"] },
  { kind: "echo", text: "I am big fan of The Godfather. Crime film please, from the 70s", accepted: ["Crime", "1970s"], liked: ["The Godfather"] },
  // undo (2)
  { kind: "undo", text: "Sorry, I answer wrong. Go back please" },
  { kind: "undo", text: "wait, I change my mind about that answer, cancel it" },
  // restart (1)
  { kind: "restart", text: "Let's start again from beginning, I want to search different thing" },
  // A eighty-sixth (CH), written by a sixty-fifth outside measurer at the same time: people aged 50 to 75 on phones
  // (full stops, a word in capitals, grandchildren); first run unseen: understood 1.000, honoured .988.
  // take (12)
  { kind: "take", text: "Number 3 please. That will do nicely.", position: 3 },
  { kind: "take", text: "I'll have the first one. Thank you.", position: 1 },
  { kind: "take", text: "Ok we will watch number 7 tonight. Thanks.", position: 7 },
  { kind: "take", text: "The LAST one looks good. Thats the one for us.", position: 0 },
  { kind: "take", text: "No. 5 please, my wife says she hasnt seen it.", position: 5 },
  { kind: "take", text: "Lets go with 2.", position: 2 },
  { kind: "take", text: "Number ten. Thank you dear, that's all I need.", position: 10 },
  { kind: "take", text: "I'll take 4. Sounds just right for a Sunday afternoon.", position: 4 },
  { kind: "take", text: "Number 8 is the one. Thanks very mich.", position: 8 },
  { kind: "take", text: "6 please.", position: 6 },
  { kind: "take", text: "The grandchildren are coming over so we'll watch number 9. Thank you.", position: 9 },
  { kind: "take", text: "The bottom one please. Perfect.", position: 0 },
  // take-title (5)
  { kind: "take-title", text: "{} please. I've been meaning to see that one for YEARS.", position: 2 },
  { kind: "take-title", text: "Oh we'll watch {}. Thank you.", position: 4 },
  { kind: "take-title", text: "I'll take {}, my husband loves that sort of thing.", position: 1 },
  { kind: "take-title", text: "{} it is. Thanks.", position: 6 },
  { kind: "take-title", text: "I'd like {} please. That's the one.", position: 8 },
  // take-with (3)
  { kind: "take-with", text: "The one with {} in it please." },
  { kind: "take-with", text: "I'll have the one about {}. Thankyou." },
  { kind: "take-with", text: "That one with {}. We'll watch that tonight." },
  // more (6)
  { kind: "more", text: "None of these I'm afraid. Can you show me some others." },
  { kind: "more", text: "Seen most of these and didnt care for them. Any others?" },
  { kind: "more", text: "No. Not for us. What else have you got." },
  { kind: "more", text: "Hmm not really my cup of tea. Show me a few different ones please." },
  { kind: "more", text: "None of those appeal. Next lot please." },
  { kind: "more", text: "My wife says no to ALL of them. Try again please." },
  // similar (6)
  { kind: "similar", text: "I enjoyed number 4 very much, have you got more along those lines?", position: 4 },
  { kind: "similar", text: "More like number 2 please.", position: 2 },
  { kind: "similar", text: "Number 6 is the sort of thing I like. Anything else like that?", position: 6 },
  { kind: "similar", text: "Saw the first one years ago and loved it. Any others similar?", position: 1 },
  { kind: "similar", text: "Something in the same vein as no. 8 please, but not that one as we've already seen it.", position: 8 },
  { kind: "similar", text: "Number 9 is just my kind of film. Can you find me some more like it.", position: 9 },
  // liked-all (2)
  { kind: "liked-all", text: "Seen ALL of these and enjoyed every one. Have you got any I haven't seen?" },
  { kind: "liked-all", text: "We've watched all of those already and loved them. Something new please." },
  // why (6)
  { kind: "why", text: "Why number 3? Never heard of it.", position: 3 },
  { kind: "why", text: "What is number 5 about please.", position: 5 },
  { kind: "why", text: "Why did you pick the first one for me?", position: 1 },
  { kind: "why", text: "Whats the story in number 7?", position: 7 },
  { kind: "why", text: "Why have you suggested these?", position: 1 },
  { kind: "why", text: "Can you tell me a bit more about no. 10 before I decide.", position: 10 },
  // less (6)
  { kind: "less", text: "Less {} please. Not really my thing." },
  { kind: "less", text: "Too much {} in there for me. Can you cut it out." },
  { kind: "less", text: "No more {} please, my wife can't stand it." },
  { kind: "less", text: "Could we have fewer {} films." },
  { kind: "less", text: "Not so much {} please." },
  { kind: "less", text: "Enough {} now please, I'm not in the mood for it." },
  // more-of (5)
  { kind: "more-of", text: "Something a bit funnier please. I need a good laugh.", genre: "Comedy" },
  { kind: "more-of", text: "Have you got anything scarier? The grandkids want a fright.", genre: "Horror" },
  { kind: "more-of", text: "More romantic ones please. It's our anniversary.", genre: "Romance" },
  { kind: "more-of", text: "Something with more action in it. Car chases, explosions, that sort of thing.", genre: "Action" },
  { kind: "more-of", text: "Could you show me more cowboy films. I do love a good western.", genre: "Western" },
  // mixed (4)
  { kind: "mixed", text: "More comedies please but NO horror.", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "I'd like something romantic, but no musicals please, my husband hates all the singing.", holds: ["Romance"], lacks: ["Musical"] },
  { kind: "mixed", text: "More westerns and war films please. No romance.", holds: ["Western", "War"], lacks: ["Romance"] },
  { kind: "mixed", text: "More cartoons for the grandchildren please, and nothing scary, no horror.", holds: ["Animation"], lacks: ["Horror"] },
  // older (3)
  { kind: "older", text: "These are all too modern for me. Anything older?" },
  { kind: "older", text: "Have you got some older films. Something from the 50s or 60s would be nice." },
  { kind: "older", text: "Nothing this recent please. I prefer the old classics." },
  // newer (3)
  { kind: "newer", text: "Anything more recent? These are a bit dated." },
  { kind: "newer", text: "Something newer please. The grandchildren won't watch old films." },
  { kind: "newer", text: "Have you got any newer ones. These are all from before my kids were born." },
  // show (4)
  { kind: "show", text: "Just show me some films please." },
  { kind: "show", text: "Enough questions. Let me see what you've got." },
  { kind: "show", text: "Can you just show me a list now please." },
  { kind: "show", text: "Too many questions dear. Just give me some films to choose from." },
  // indifferent (6)
  { kind: "indifferent", text: "Dont mind either way." },
  { kind: "indifferent", text: "Not bothered. Either is fine." },
  { kind: "indifferent", text: "I honestly don't know." },
  { kind: "indifferent", text: "Couldn't say. Doesn't matter to me." },
  { kind: "indifferent", text: "Either way, I'm not fussy." },
  { kind: "indifferent", text: "No preference really." },
  // echo (6)
  { kind: "echo", text: "Hello. I'd like a good old western, something from the 1960s.", accepted: ["Western", "1960s"] },
  { kind: "echo", text: "Hi. We loved Casablanca and The Sound of Music. Something romantic please.", accepted: ["Romance"], liked: ["Casablanca", "The Sound of Music"] },
  { kind: "echo", text: "Looking for a comedy for me and my husband. NO horror please.", accepted: ["Comedy"], rejected: ["Horror"] },
  { kind: "echo", text: "Something like The Great Escape. War films, I love them.", accepted: ["War"], liked: ["The Great Escape"] },
  { kind: "echo", text: "A good mystery or thriller from the 1990s please.", accepted: ["Mystery", "Thriller", "1990s"] },
  { kind: "echo", text: "Hello there. My wife and I enjoy musicals, Singin' in the Rain is our favourite. Nothing animated please.", accepted: ["Musical"], rejected: ["Animation"], liked: ["Singin' in the Rain"] },
  // undo (2)
  { kind: "undo", text: "Sorry I pressed the wrong thing. Can I change that answer." },
  { kind: "undo", text: "Oops, I meant the opposite. Go back please." },
  // restart (1)
  { kind: "restart", text: "Let's start again from the beginning please. My wife wants something completely different." },
  // A eighty-seventh (CI), written by a sixty-sixth outside measurer at the end of the session: a plain everyday mix
  // modelled on the ReDial seekers, eight new people; first run unseen: understood 1.000, honoured .988.
  // take (12)
  { kind: "take", text: "I'll go with number 3, thanks!", position: 3 },
  { kind: "take", text: "the last one looks great, I'll watch that", position: 0 },
  { kind: "take", text: "Oh I haven't seen 7! I'll check that one out. Thank you so much", position: 7 },
  { kind: "take", text: "number 1 please", position: 1 },
  { kind: "take", text: "I'll take the second one", position: 2 },
  { kind: "take", text: "ok 5 it is. thanks bye", position: 5 },
  { kind: "take", text: "Ooh the 4th one, that's perfect! Thanks!", position: 4 },
  { kind: "take", text: "10 looks good i will watch that one tonight", position: 10 },
  { kind: "take", text: "I think I'll watch the sixth one with my kids when they get home from school. Thanks for the help!", position: 6 },
  { kind: "take", text: "Let's do 8", position: 8 },
  { kind: "take", text: "the very last one. never seen it and it sounds cool, that's the one", position: 0 },
  { kind: "take", text: "9 is perfect!! going to grab that one, have a great day", position: 9 },
  // take-title (5)
  { kind: "take-title", text: "Oh {}! That's exactly what I wanted, I'll watch that one", position: 4 },
  { kind: "take-title", text: "i'll go with {}", position: 2 },
  { kind: "take-title", text: "I haven't seen {} yet, I'll watch it tonight. Thanks!", position: 6 },
  { kind: "take-title", text: "{} please", position: 1 },
  { kind: "take-title", text: "Ok I'm going to watch {}. Have a nice day, good bye", position: 9 },
  // take-with (3)
  { kind: "take-with", text: "I'll take the one with {} in it" },
  { kind: "take-with", text: "the {} one sounds good, I'll watch that" },
  { kind: "take-with", text: "ok the one about {}, that's the one I want. thanks!" },
  // more (6)
  { kind: "more", text: "None of these really, can you show me some others?" },
  { kind: "more", text: "I've seen most of those and didn't like them. Anything else?" },
  { kind: "more", text: "hmm not really feeling any of these. got other ones?" },
  { kind: "more", text: "Can you think of anything else? These aren't it" },
  { kind: "more", text: "These don't look like my thing. What else do you have?" },
  { kind: "more", text: "nah. different ones please" },
  // similar (6)
  { kind: "similar", text: "I loved number 2! Any more like that one?", position: 2 },
  { kind: "similar", text: "Something like 5 but that I haven't seen?", position: 5 },
  { kind: "similar", text: "more like the first one please", position: 1 },
  { kind: "similar", text: "The 3rd one is one of my favorites, can you find me other movies like it?", position: 3 },
  { kind: "similar", text: "8 is my kind of movie, already seen it though. show me more in that vein", position: 8 },
  { kind: "similar", text: "I saw number 10 a while back and loved it. What else is similar?", position: 10 },
  // liked-all (2)
  { kind: "liked-all", text: "I've seen all of these and loved every one of them lol. Any new ones?" },
  { kind: "liked-all", text: "Ha, seen them all already and liked them all! Got anything I haven't seen?" },
  // why (6)
  { kind: "why", text: "What is number 4 about?", position: 4 },
  { kind: "why", text: "Why did you pick the second one for me?", position: 2 },
  { kind: "why", text: "why did you recommend this one", position: 1 },
  { kind: "why", text: "Never heard of number 9, what is it?", position: 9 },
  { kind: "why", text: "why'd you put 6 on the list?", position: 6 },
  { kind: "why", text: "Number 3, what is that one about? Is it good?", position: 3 },
  // less (6)
  { kind: "less", text: "Less {} please" },
  { kind: "less", text: "there's too much {} in there, can you cut back on it a bit" },
  { kind: "less", text: "I'm not really into {} movies, fewer of those" },
  { kind: "less", text: "not so much {} this time" },
  { kind: "less", text: "Can we skip some of the {} ones? Not in the mood tonight" },
  { kind: "less", text: "ugh no more {} lol" },
  // more-of (5)
  { kind: "more-of", text: "Something scarier?", genre: "Horror" },
  { kind: "more-of", text: "Can you show me more funny ones? I want to laugh", genre: "Comedy" },
  { kind: "more-of", text: "I'd like more action in there", genre: "Action" },
  { kind: "more-of", text: "got any more romantic ones? I'm watching with my girlfriend", genre: "Romance" },
  { kind: "more-of", text: "more cartoons please, it's for my son. He is 5", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "More comedy but no horror please", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "Something scarier, and none of the animated stuff", holds: ["Horror"], lacks: ["Animation"] },
  { kind: "mixed", text: "More action please, and take out the romance ones", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "I'd like more sci-fi and adventure, but no kids movies", holds: ["Sci-Fi", "Adventure"], lacks: ["Children"] },
  // older (3)
  { kind: "older", text: "Anything older? Like a classic" },
  { kind: "older", text: "these are all too new, do you have older stuff" },
  { kind: "older", text: "Got any older ones? I like the classics from the 70s and 80s more than the new stuff" },
  // newer (3)
  { kind: "newer", text: "Anything more recent?" },
  { kind: "newer", text: "Not really into anything old. Something newer please" },
  { kind: "newer", text: "do you have any newer ones? these are kinda old lol" },
  // show (4)
  { kind: "show", text: "Just show me some movies please" },
  { kind: "show", text: "Enough questions lol, just show me what you've got" },
  { kind: "show", text: "can I just see some suggestions now" },
  { kind: "show", text: "Skip the questions, let's see the movies" },
  // indifferent (6)
  { kind: "indifferent", text: "I don't mind either way" },
  { kind: "indifferent", text: "not sure" },
  { kind: "indifferent", text: "eh doesn't matter to me" },
  { kind: "indifferent", text: "Either is fine honestly, I'm open to anything" },
  { kind: "indifferent", text: "I don't know, maybe?" },
  { kind: "indifferent", text: "I have no idea lol" },
  // echo (6)
  { kind: "echo", text: "Hi, I'm looking for horror or thriller movies. Nothing animated please", accepted: ["Horror", "Thriller"], rejected: ["Animation"] },
  { kind: "echo", text: "Hello! I love The Notebook. Any good romance movies?", accepted: ["Romance"], liked: ["The Notebook"] },
  { kind: "echo", text: "hi i like action and comedy, mostly stuff from the 90s", accepted: ["Action", "Comedy", "1990s"] },
  { kind: "echo", text: "My favorite movie is Rain Man. I feel like watching a good drama today", accepted: ["Drama"], liked: ["Rain Man"] },
  { kind: "echo", text: "I am a huge fan of sci-fi! I love The Matrix. Got any good recommendations? Not horror though, I can't do scary movies", accepted: ["Sci-Fi"], rejected: ["Horror"], liked: ["The Matrix"] },
  { kind: "echo", text: "i loved the hangover and superbad, looking for a comedy from the 2000s", accepted: ["Comedy", "2000s"], liked: ["The Hangover", "Superbad"] },
  // undo (2)
  { kind: "undo", text: "Wait, I meant to say no to that. Can we go back?" },
  { kind: "undo", text: "oops, take that last answer back" },
  // restart (1)
  { kind: "restart", text: "Let's start over from the beginning, I want to look for something totally different" },
  // A eighty-eighth (CJ), written by a sixty-seventh outside measurer at the same time: emoji and punctuation as
  // words (a thumbs-up for yes, a shrug); first run unseen: understood 1.000, honoured .900.
  // take (12)
  { kind: "take", text: "3 👍", position: 3 },
  { kind: "take", text: "#7!!! 🙌 that one", position: 7 },
  { kind: "take", text: "ooh 5 😍 gonna watch that", position: 5 },
  { kind: "take", text: "the last one ✅", position: 0 },
  { kind: "take", text: "number 2 pls 👍 done", position: 2 },
  { kind: "take", text: "1️⃣ 👌 ty", position: 1 },
  { kind: "take", text: "9 🎉 perfect!!", position: 9 },
  { kind: "take", text: "gimme 4 🍿🍿", position: 4 },
  { kind: "take", text: "#6 ❤️ sold", position: 6 },
  { kind: "take", text: "last one!! 🔥 watching it", position: 0 },
  { kind: "take", text: "8 ✔️ thx!!", position: 8 },
  { kind: "take", text: "10 pls 😊👍", position: 10 },
  // take-title (5)
  { kind: "take-title", text: "{} 😍😍 watching it!!", position: 2 },
  { kind: "take-title", text: "ooh {} 👍 that one", position: 5 },
  { kind: "take-title", text: "{}!!! ❤️ perfect", position: 1 },
  { kind: "take-title", text: "ok going w/ {} 🍿", position: 8 },
  { kind: "take-title", text: "{} ✅ thx", position: 4 },
  // take-with (3)
  { kind: "take-with", text: "the one w/ {} in it 👍" },
  { kind: "take-with", text: "whichever has {} 😍 that one!!" },
  { kind: "take-with", text: "the {} one pls 👌 ill watch that" },
  // more (6)
  { kind: "more", text: "nah 👎 none of these... show me others" },
  { kind: "more", text: "🙄🙄 nope. next batch pls ➡️" },
  { kind: "more", text: "❌❌❌ different ones??" },
  { kind: "more", text: "meh... 😕 got anything else??" },
  { kind: "more", text: "not feeling any of em 👎 more options pls" },
  { kind: "more", text: "nope 🙅‍♀️ show me some other ones 🔄" },
  // similar (6)
  { kind: "similar", text: "ooh 4 ❤️ more like that one!!", position: 4 },
  { kind: "similar", text: "#2 👍👍 anything similar??", position: 2 },
  { kind: "similar", text: "1 is my vibe 😍 more like it pls", position: 1 },
  { kind: "similar", text: "loved 6!!! 🙌 got others like it?", position: 6 },
  { kind: "similar", text: "stuff like number 9 pls 👀", position: 9 },
  { kind: "similar", text: "10 😍😍 more in that vibe??", position: 10 },
  // liked-all (2)
  { kind: "liked-all", text: "seen all of these & loved them ❤️❤️😂 got new ones??" },
  { kind: "liked-all", text: "lol watched every single one 👍👍 all good!! but need new ones 🆕" },
  // why (6)
  { kind: "why", text: "#3 ?? 🤔 why that one", position: 3 },
  { kind: "why", text: "why'd u pick 5?? 🤨", position: 5 },
  { kind: "why", text: "what's 2 about?? 👀", position: 2 },
  { kind: "why", text: "🤔 why these??", position: 1 },
  { kind: "why", text: "the first one... what's it about? 🧐", position: 1 },
  { kind: "why", text: "number 7 ❓❓ what is it", position: 7 },
  // less (6)
  { kind: "less", text: "less {} pls 🙄" },
  { kind: "less", text: "too much {} 😩😩" },
  { kind: "less", text: "ugh no more {} 🤢" },
  { kind: "less", text: "{} 👎👎 cut it out" },
  { kind: "less", text: "enough {}... 😴" },
  { kind: "less", text: "not so much {} pls 🙏" },
  // more-of (5)
  { kind: "more-of", text: "something scarier 👻😱!!", genre: "Horror" },
  { kind: "more-of", text: "funnier pls 😂😂😂", genre: "Comedy" },
  { kind: "more-of", text: "more action 💥💥🔫!!!", genre: "Action" },
  { kind: "more-of", text: "more romance 💕😍 pls", genre: "Romance" },
  { kind: "more-of", text: "cartoons!! 🎨 animated ones pls", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "more 😂 comedy, no horror 🙅‍♂️👻", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "action 💥 yes!! romance 💕 ❌", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "scary 😱 but no kids stuff 👶🚫", holds: ["Horror"], lacks: ["Children"] },
  { kind: "mixed", text: "sci-fi 🚀👍 drama 👎", holds: ["Sci-Fi"], lacks: ["Drama"] },
  // older (3)
  { kind: "older", text: "older ones pls 📼👴" },
  { kind: "older", text: "too new 😒 anything older?? ⏪" },
  { kind: "older", text: "more classic... old school stuff 🎞️ pls" },
  // newer (3)
  { kind: "newer", text: "newer stuff pls 🆕🆕" },
  { kind: "newer", text: "these r ancient 👴😬 anything recent??" },
  { kind: "newer", text: "more recent ones!!! 📱" },
  // show (4)
  { kind: "show", text: "🙄 just show me movies already!!!" },
  { kind: "show", text: "no more questions 🙅 show me the list 👉🎬" },
  { kind: "show", text: "skip ⏩ just give me films pls 🙏" },
  { kind: "show", text: "🤐 enough qs... show me what u got 🍿" },
  // indifferent (6)
  { kind: "indifferent", text: "🤷" },
  { kind: "indifferent", text: "🤷‍♀️ idk" },
  { kind: "indifferent", text: "meh ¯\\_(ツ)_/¯ either way" },
  { kind: "indifferent", text: "😐 doesnt matter" },
  { kind: "indifferent", text: "no idea 🤔🤷" },
  { kind: "indifferent", text: "whatever 🤷‍♂️ dont care either way" },
  // echo (6)
  { kind: "echo", text: "horror 👻👻 80s pls!!", accepted: ["Horror", "1980s"] },
  { kind: "echo", text: "sci-fi 🚀 like The Matrix ❤️❤️", accepted: ["Sci-Fi"], liked: ["The Matrix"] },
  { kind: "echo", text: "comedy 😂😂 but NO romance 🙅‍♀️🤢", accepted: ["Comedy"], rejected: ["Romance"] },
  { kind: "echo", text: "90s!!! 📼 anything 90s 🙌", accepted: ["1990s"] },
  { kind: "echo", text: "Toy Story ❤️❤️❤️ animated stuff pls 🥺", accepted: ["Animation"], liked: ["Toy Story"] },
  { kind: "echo", text: "thriller 🔪... not horror tho 😬❌", accepted: ["Thriller"], rejected: ["Horror"] },
  // undo (2)
  { kind: "undo", text: "wait ✋ go back ⬅️ i didnt mean that 😅" },
  { kind: "undo", text: "oops 🙈 take that back.. wrong answer ↩️" },
  // restart (1)
  { kind: "restart", text: "ugh 🙄 start over 🔄 from scratch pls" },
  // A eighty-ninth (CK), written by a sixty-eighth outside measurer at the same time: two to four sentences of the
  // evening around what is asked; first run unseen: understood 1.000, honoured .988.
  // take (12)
  { kind: "take", text: "Long day at work and I'm honestly fading fast. Number 3 looks good, let's go with that one.", position: 3 },
  { kind: "take", text: "My sister's over and we've been going back and forth for twenty minutes. She wants the second one and I'm not going to argue. We'll watch #2.", position: 2 },
  { kind: "take", text: "Ok the kids are finally asleep. I'll take the 7th one, putting it on now.", position: 7 },
  { kind: "take", text: "We just finished dinner and my husband is already on the couch under the blanket. The last one on the list sounds perfect, we'll watch that.", position: 0 },
  { kind: "take", text: "I've had two glasses of wine and zero willpower left tonight. Going with number 5. Thanks!", position: 5 },
  { kind: "take", text: "Friday night, just me and the cat. The first one it is, perfect.", position: 1 },
  { kind: "take", text: "My roommate and I both read through these and we agreed on 9. That's the one, we're set for tonight.", position: 9 },
  { kind: "take", text: "Rainy Sunday and I don't want to leave the couch. I'll go with 4, sounds like exactly what I need.", position: 4 },
  { kind: "take", text: "My parents are visiting this weekend and my dad falls asleep during anything long. Let's do the sixth one, that should work for everybody.", position: 6 },
  { kind: "take", text: "I've been scrolling for way too long already tonight. Number 10 looks great, I'm done, thank you!", position: 10 },
  { kind: "take", text: "Date night at home, finally. We'll watch the eighth one on your list. Thanks so much.", position: 8 },
  { kind: "take", text: "It's late and I have an early meeting tomorrow, so I need to decide now. The bottom one on the list, that's my pick.", position: 0 },
  // take-title (5)
  { kind: "take-title", text: "My wife looked over my shoulder and pointed at {} right away. So that settles it, that's what we're watching.", position: 2 },
  { kind: "take-title", text: "My brother told me about {} ages ago and I never got around to it. Tonight's the night, I'll watch that one.", position: 5 },
  { kind: "take-title", text: "I'm home alone and pretty wiped out after the gym. {} sounds like the right speed, I'll go with it.", position: 1 },
  { kind: "take-title", text: "Ok, we've been arguing about it over pizza and we finally agreed on {}. Putting it on now, thanks.", position: 8 },
  { kind: "take-title", text: "I've had a rough week and I just want to zone out on the couch. Let's do {}.", position: 4 },
  // take-with (3)
  { kind: "take-with", text: "My teenage son is watching with me and he's very picky. He spotted the one with {} in it and said that's the one, so we're going with it." },
  { kind: "take-with", text: "I'm in a weird mood tonight, can't really explain it. Give me the one about {}, that's what I'm watching." },
  { kind: "take-with", text: "Just got back from a long drive and I'm too tired to read all of these. The one with {} caught my eye, I'll watch that." },
  // more (6)
  { kind: "more", text: "Hmm, my girlfriend and I have either seen most of these or just aren't feeling them. Can you show us some different ones?" },
  { kind: "more", text: "None of these are really grabbing me tonight. I'm tired and cranky so maybe that's on me, but can I see another batch?" },
  { kind: "more", text: "There's four of us here and nobody wanted any of these lol. Got anything else?" },
  { kind: "more", text: "Eh, not quite. I watched something pretty heavy last night and none of these feel right either. Show me some other options please." },
  { kind: "more", text: "My mom is staying with us this week and I don't think she'd go for any of these. Could you pull up a different list?" },
  { kind: "more", text: "Nope, not these. It's been a long week and I'm being picky, sorry. What else have you got?" },
  // similar (6)
  { kind: "similar", text: "Number 4 is the kind of thing my husband and I both actually enjoy, which is rare. We've already seen it though, so can you find more along those lines?", position: 4 },
  { kind: "similar", text: "Ooh, the second one is right up my alley, I loved it when it came out. Since I've seen it, give me more like that one.", position: 2 },
  { kind: "similar", text: "I'm in a mellow mood tonight and the first one is exactly that vibe. Any others similar to it?", position: 1 },
  { kind: "similar", text: "We watched number 7 last month and the whole family loved it. Could you find some more like that?", position: 7 },
  { kind: "similar", text: "My friend and I are snowed in and bored out of our minds. The 5th one is the closest to what we're after. Can you show me movies like it?", position: 5 },
  { kind: "similar", text: "Number 9 is one of my all-time favorites, I've seen it three times. Anything else like that? I want something new in the same spirit.", position: 9 },
  // liked-all (2)
  { kind: "liked-all", text: "Ha, I've seen every single one of these and liked them all. My wife and I watch a ton of movies, so you'll have to dig deeper. Show us some we probably haven't seen." },
  { kind: "liked-all", text: "Good taste, but I've already watched all ten of these and enjoyed every one. I'm stuck on the couch with a cold tonight, so give me some fresh ones I haven't seen yet." },
  // why (6)
  { kind: "why", text: "I've never heard of number 3. My partner's asking what it's about before we commit, can you tell me?", position: 3 },
  { kind: "why", text: "Why did you pick the sixth one for me? Just curious, it's not what I'd normally go for on a weeknight.", position: 6 },
  { kind: "why", text: "Before I decide, what's the first one about? The kids are asleep and I want something I'll actually stay awake for.", position: 1 },
  { kind: "why", text: "Not sure about #8. What made you recommend that one? I'm watching with my dad and he's hard to please.", position: 8 },
  { kind: "why", text: "Can you tell me a little about number 2? I've seen the title around but never knew what it was. We're just hanging out with snacks tonight, no rush.", position: 2 },
  { kind: "why", text: "I told my roommate I'd pick something good tonight, so I want to get this right. Why would you suggest that top one to me?", position: 1 },
  // less (6)
  { kind: "less", text: "My buddy's over and we're not in the mood for anything {} tonight. Can you cut back on those?" },
  { kind: "less", text: "I'm already tired and a little on edge. Less {} please, I can't handle that right now." },
  { kind: "less", text: "Too much {} on this list for me. My wife and I watched a lot of that last weekend, so fewer of those please." },
  { kind: "less", text: "The kids are in the next room and can hear everything. Could you leave out the {} ones?" },
  { kind: "less", text: "I'm watching alone and I'd honestly rather not do {} tonight. Can you show me fewer of them?" },
  { kind: "less", text: "Can we tone down the {}? It's been a long day and that's just not where my head is at." },
  // more-of (5)
  { kind: "more-of", text: "It's Halloween week and my friends are coming over later. These are way too tame, we want something scarier.", genre: "Horror" },
  { kind: "more-of", text: "I had a really rough day and I just want to laugh. Can you give me something funnier than these?", genre: "Comedy" },
  { kind: "more-of", text: "It's our anniversary and we're staying in tonight. Could you show us something more romantic?", genre: "Romance" },
  { kind: "more-of", text: "My brother-in-law is over and he gets bored fast. We need more action-packed stuff, explosions, car chases, that kind of thing.", genre: "Action" },
  { kind: "more-of", text: "My niece is sleeping over and she's six. She only wants cartoons, so could you show more animated movies?", genre: "Animation" },
  // mixed (4)
  { kind: "mixed", text: "My girlfriend wants something funny but she absolutely hates anything scary. So more comedies and no horror please.", holds: ["Comedy"], lacks: ["Horror"] },
  { kind: "mixed", text: "Guys' night in. More action please, and nothing romantic or they'll riot.", holds: ["Action"], lacks: ["Romance"] },
  { kind: "mixed", text: "I'm home sick and want something light. Could you show more animated stuff and none of the war movies?", holds: ["Animation"], lacks: ["War"] },
  { kind: "mixed", text: "Watching with my dad tonight and he's a big westerns guy. More of those, but skip the musicals, he can't stand singing.", holds: ["Western"], lacks: ["Musical"] },
  // older (3)
  { kind: "older", text: "My grandmother is visiting and she likes the films she grew up with. Do you have anything older than these?" },
  { kind: "older", text: "These all feel a bit too recent for me. I'm in a nostalgic mood tonight, show me some older classics." },
  { kind: "older", text: "My husband says he's tired of new stuff. Could you go back a few decades?" },
  // newer (3)
  { kind: "newer", text: "My teenage daughter is picking with me and she says these are all ancient. Anything more recent?" },
  { kind: "newer", text: "I've been watching a lot of old movies lately and I want a change. Can you show me some newer ones?" },
  { kind: "newer", text: "These look a bit dated for tonight. We're a younger crowd, so something from the last few years would be better." },
  // show (4)
  { kind: "show", text: "Honestly I'm too tired for twenty questions tonight. Just show me some movies please." },
  { kind: "show", text: "My friends are waiting on me to pick something. Can you skip the questions and just give me a list?" },
  { kind: "show", text: "We've got the popcorn ready and everyone's getting restless. Enough questions, just show us what you've got." },
  { kind: "show", text: "It's almost 10pm and I'd like to start something soon. Just recommend me some films already." },
  // indifferent (6)
  { kind: "indifferent", text: "Honestly I don't really care either way. I'm just happy to be off work." },
  { kind: "indifferent", text: "Not sure, to be honest. My wife usually picks and she's out tonight." },
  { kind: "indifferent", text: "Eh, doesn't matter to me. I'll watch pretty much anything after the day I've had." },
  { kind: "indifferent", text: "I have no idea. I'm half asleep already, so whatever works." },
  { kind: "indifferent", text: "Either is fine. It's just me tonight so I'm flexible." },
  { kind: "indifferent", text: "Hmm, I can't say. I haven't watched much lately so I don't really know what I'm into anymore." },
  // echo (6)
  { kind: "echo", text: "Hi! My husband and I finally have a kid-free night. We're in the mood for a good thriller. We both loved Zodiac.", accepted: ["Thriller"], liked: ["Zodiac"] },
  { kind: "echo", text: "Hey there. It's just me and a glass of wine tonight after a long week. I'd love a romantic comedy, something like Sleepless in Seattle. Please no horror, I'm a wimp.", accepted: ["Romance", "Comedy"], rejected: ["Horror"], liked: ["Sleepless in Seattle"] },
  { kind: "echo", text: "Hi, I've got my two kids (7 and 10) on the couch and they're getting restless. Looking for an animated movie we can all enjoy. They loved Toy Story.", accepted: ["Animation"], liked: ["Toy Story"] },
  { kind: "echo", text: "Evening! My dad is staying with us and he's a huge fan of 1970s movies. Maybe a crime drama from back then? We both love The Godfather.", accepted: ["1970s", "Crime", "Drama"], liked: ["The Godfather"] },
  { kind: "echo", text: "Hello. I watched something really heavy last night and I need the opposite now. Something sci-fi and fun, like The Matrix. No dramas tonight please.", accepted: ["Sci-Fi"], rejected: ["Drama"], liked: ["The Matrix"] },
  { kind: "echo", text: "Hi! Friends are coming over around 8 and we all want to laugh. Any comedies from the 90s? We all love The Big Lebowski.", accepted: ["Comedy", "1990s"], liked: ["The Big Lebowski"] },
  // undo (2)
  { kind: "undo", text: "Wait, sorry, my wife just told me I answered that wrong. Can I go back and change my last answer?" },
  { kind: "undo", text: "Oops, hold on, I didn't mean that. I'm half asleep over here. Can I take that answer back?" },
  // restart (1)
  { kind: "restart", text: "Ok, change of plans, my in-laws just showed up so it's a totally different crowd now. Can we start over from the beginning?" },
];
