import type { Reply } from "./reply-kinds.ts";

/**
 * A conversation suite in people's words: replies written after the seekers of the ReDial dialogues (how they
 * take a film, ask for others, push back, ask why, shrug), each sent over the WebSocket at the point of a real
 * conversation where it fits, and judged by what the next act does (reply-kinds.ts). The conversation suite
 * (conversation.test.ts) needs every one honoured; bench/replies.ts scores them with a larger set.
 */
export const REPLIES: readonly Reply[] = [
  // Taking a film off a slate.
  { kind: "take", text: "Okay great Ill check it out!", position: 1 },
  { kind: "take", text: "Thanks, sounds good.", position: 1 },
  { kind: "take", text: "ok I'll watch the second one", position: 2 },
  { kind: "take", text: "the third one looks interesting", position: 3 },
  { kind: "take", text: "I think I'll go with number 2", position: 2 },
  { kind: "take", text: "the last one please", position: 0 },
  { kind: "take", text: "Wow, i guess i'll watch that one", position: 1 },
  { kind: "take", text: "that first one sounds good, thanks!", position: 1 },
  { kind: "take", text: "#3", position: 3 },
  { kind: "take", text: "sure", position: 1 },
  { kind: "take", text: "Perfect, thank you!", position: 1 },
  { kind: "take", text: "haven't seen the second one yet, I'll check it out", position: 2 },
  { kind: "take", text: "Oh cool, I'll have to look into that", position: 1 },
  { kind: "take", text: "I haven't seen that one. It looks good.", position: 1 },
  { kind: "take", text: "I haven't gotten around to seeing that, but I will!", position: 1 },
  // Taking one by its title, typed as people type it.
  { kind: "take-title", text: "oh i've been wanting to see {}, i'll watch that one", position: 3 },
  { kind: "take-title", text: "{} please", position: 2 },
  // Taking one by what it holds.
  { kind: "take-with", text: "the one with {}" },
  { kind: "take-with", text: "I'll take the {} movie" },
  { kind: "take-with", text: "I'll watch the one starring {}" },
  // Asking for others.
  { kind: "more", text: "Do you have any other suggestions?" },
  { kind: "more", text: "can you reccomend something else" },
  { kind: "more", text: "Anything else?" },
  { kind: "more", text: "do you have something else for me" },
  { kind: "more", text: "I've seen all of those, anything else?" },
  { kind: "more", text: "Hmm, not really feeling any of these" },
  { kind: "more", text: "none of those sound good to me" },
  { kind: "more", text: "Would you recommend anything else?" },
  { kind: "more", text: "I've already seen those" },
  { kind: "more", text: "Those don't really interest me" },
  { kind: "more", text: "hmm I've seen most of these" },
  { kind: "more", text: "I already saw those." },
  { kind: "more", text: "I will try something else" },
  // More like one of them.
  { kind: "similar", text: "Do you know of any others like the second one?", position: 2 },
  { kind: "similar", text: "something more like the first one", position: 1 },
  { kind: "similar", text: "I'd like more movies similar to the third one", position: 3 },
  // Seen and liked: more like it, not taking it.
  { kind: "similar", text: "Oh I saw that! You have good taste!", position: 1 },
  { kind: "similar", text: "I have and loved it", position: 1 },
  { kind: "similar", text: "OMG YES! That is my favorite!!", position: 1 },
  { kind: "similar", text: "I really enjoyed the third one", position: 3 },
  // Why.
  { kind: "why", text: "why the first one?", position: 1 },
  { kind: "why", text: "why did you pick the second one?", position: 2 },
  { kind: "why", text: "what makes number 3 a good pick?", position: 3 },
  { kind: "why", text: "why that one?", position: 1 },
  { kind: "why", text: "Why would I like the last one?", position: 0 },
  { kind: "why", text: "what's the second one about?", position: 2 },
  { kind: "why", text: "what kind of movie is the last one?", position: 0 },
  // Questions about a card never take it.
  { kind: "why", text: "who is in the first one?", position: 1 },
  { kind: "why", text: "is the second one scary?", position: 2 },
  { kind: "why", text: "when did the third one come out?", position: 3 },
  { kind: "why", text: "No, I havent seen that one, what is it about?", position: 1 },
  // Pushing back on a genre of the slate.
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "I'm not really into {} movies" },
  { kind: "less", text: "no {} please" },
  { kind: "less", text: "too much {}, something without it" },
  { kind: "less", text: "can we skip the {} ones?" },
  { kind: "less", text: "nothing {}" },
  // More of something.
  { kind: "more-of", text: "Anything else that will make me laugh?", genre: "Comedy" },
  { kind: "more-of", text: "something funnier", genre: "Comedy" },
  { kind: "more-of", text: "more romance please", genre: "Romance" },
  { kind: "more-of", text: "could you show me some with more action?", genre: "Action" },
  { kind: "more-of", text: "I'd like something a bit scarier", genre: "Horror" },
  // Two things at once.
  { kind: "mixed", text: "something from the 80s, but no romance please", holds: ["1980s"], lacks: ["Romance"] },
  { kind: "mixed", text: "more action and less romance", holds: ["Action"], lacks: ["Romance"] },
  // Older, newer.
  { kind: "older", text: "something older" },
  { kind: "older", text: "older please" },
  { kind: "older", text: "I enjoy watching old movies more than the new ones" },
  { kind: "older", text: "Maybe something classic" },
  { kind: "older", text: "anything from the 80s?" },
  { kind: "newer", text: "something newer" },
  { kind: "newer", text: "I'm looking for more recent ones" },
  { kind: "newer", text: "do you have anything more recent?" },
  { kind: "newer", text: "these are kind of old school, anything newer?" },
  // Shrugs at a question.
  { kind: "indifferent", text: "doesn't matter" },
  { kind: "indifferent", text: "Whatever you recommend" },
  { kind: "indifferent", text: "I don't really care about that" },
  { kind: "indifferent", text: "I'm not sure" },
  { kind: "indifferent", text: "either is fine" },
  { kind: "indifferent", text: "no preference really" },
  { kind: "indifferent", text: "I don't know, up to you" },
  // Enough questions.
  { kind: "show", text: "just show me something" },
  { kind: "show", text: "can you recommend me something now?" },
  { kind: "show", text: "I don't know, just give me some options" },
  { kind: "show", text: "skip the questions, what do you have?" },
  // What an opening was understood to say.
  { kind: "echo", text: "something funny from the 90s, not horror", accepted: ["Comedy", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "Hi, I love comedies like Super Troopers", accepted: ["Comedy"], liked: ["Super Troopers"] },
  { kind: "echo", text: "I am in the mood for something scary", accepted: ["Horror"] },
  { kind: "echo", text: "Do you know any good romance movies?", accepted: ["Romance"] },
  { kind: "echo", text: "I like movies with suspense and twists", accepted: ["Thriller"] },
  { kind: "echo", text: "I want to watch a good sci-fi movie, no animation", accepted: ["Sci-Fi"], rejected: ["Animation"] },
  { kind: "echo", text: "I loved The Matrix, something like that", accepted: [], liked: ["Matrix"] },
  // Titles typed in lowercase after a word that introduces a film.
  { kind: "echo", text: "i want a thriller, i really liked gone girl", accepted: ["Thriller"], liked: ["Gone Girl"] },
  { kind: "echo", text: "something like toy story?", accepted: [], liked: ["Toy Story"] },
  // ReDial seekers' replies to a suggestion that were refused before: liked (seen) now, all of them, new to them.
  { kind: "similar", text: "Oh yes, I love that movie!", position: 1 },
  { kind: "similar", text: "I did like that movie.", position: 1 },
  { kind: "liked-all", text: "Those are all great!" },
  { kind: "liked-all", text: "I like both of those" },
  { kind: "liked-all", text: "I really enjoy those movies" },
  { kind: "liked-all", text: "All good movies!" },
  { kind: "why", text: "I haven't seen that one", position: 1 },
  { kind: "why", text: "Oh cool, I never saw that", position: 1 },
  { kind: "why", text: "Haven't seen that yet", position: 1 },
  { kind: "take", text: "Thats perfect for me", position: 1 },
  { kind: "take", text: "Ok that sounds like a good movie to me.", position: 1 },
  { kind: "take", text: "Sounds like my kind of movie", position: 1 },
  { kind: "older", text: "these are all too new for me lol" },
  { kind: "newer", text: "hmm these are a bit too old" },
  // Going back, starting over.
  { kind: "undo", text: "wait, go back" },
  { kind: "undo", text: "oops, undo that" },
  { kind: "restart", text: "let's start over" },
  { kind: "restart", text: "Actually, can we start again?" },
];

