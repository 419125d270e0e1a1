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
  { kind: "take", text: "ok i will see the 4 one", position: 4 },
  { kind: "take", text: "yeah go with 3", position: 3 },
  // Held in Chromium on phone size: "bet" (slang for "deal") before the number left it unread.
  { kind: "take", text: "bet, 5 it is", position: 5 },
  { kind: "take", text: "I never got around to seeing the third one, so I think I'll finally watch it.", position: 3 },
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
  { kind: "more", text: "no one of these" },
  { kind: "more", text: "I've seen pretty much all of these" },
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
  { kind: "similar", text: "I really liked the last one, what else would I like?", position: 0 },
  { kind: "similar", text: "the first one was amazing, got any like it?", position: 1 },
  { kind: "similar", text: "that third one is a gem, anything close", position: 3 },
  { kind: "similar", text: "Big fan of the third one. Show me its cousins", position: 3 },
  { kind: "similar", text: "number 2 is a favorite of mine, find me something close to it", position: 2 },
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
  { kind: "why", text: "Haven't heard of the 4th, what is it?", position: 4 },
  { kind: "why", text: "number 3 is about what", position: 3 },
  // A question never takes a card; asking for one does.
  { kind: "why", text: "hmm, the second one?", position: 2 },
  { kind: "why", text: "never heard of #4 whats that", position: 4 },
  { kind: "why", text: "wait whats #2 abt", position: 2 },
  { kind: "why", text: "hm why the 2nd one", position: 2 },
  { kind: "why", text: "um what kind of movie is the fourth one", position: 4 },
  { kind: "why", text: "which genre has the last film", position: 0 },
  { kind: "why", text: "More info on the third one please", position: 3 },
  { kind: "why", text: "the second one - any good", position: 2 },
  // Terse, as typed in a widget.
  { kind: "why", text: "why 3", position: 3 },
  { kind: "similar", text: "like the 4th", position: 4 },
  { kind: "indifferent", text: "skip" },
  // Keyboard slips in the words a reply is read by.
  { kind: "take", text: "ill take the secnd one", position: 2 },
  { kind: "more", text: "non of these" },
  { kind: "undo", text: "go bakc" },
  { kind: "indifferent", text: "dosent matter" },
  { kind: "take", text: "can I get the second one?", position: 2 },
  { kind: "why", text: "I don't know the 4th one, is it funny?", position: 4 },
  // Pushing back on a genre of the slate.
  { kind: "less", text: "less {} please" },
  { kind: "less", text: "I'm not really into {} movies" },
  { kind: "less", text: "no {} please" },
  { kind: "less", text: "too much {}, something without it" },
  { kind: "less", text: "can we skip the {} ones?" },
  { kind: "less", text: "nothing {}" },
  { kind: "less", text: "{}? no thanks" },
  { kind: "less", text: "I'm over {}" },
  { kind: "less", text: "ew {}" },
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
  { kind: "older", text: "can we go back a few decades" },
  { kind: "older", text: "movies from before 1990" },
  { kind: "older", text: "something from back in the day" },
  { kind: "newer", text: "something newer" },
  { kind: "newer", text: "I'm looking for more recent ones" },
  { kind: "newer", text: "do you have anything more recent?" },
  { kind: "newer", text: "these are kind of old school, anything newer?" },
  { kind: "newer", text: "this movies are very old" },
  { kind: "newer", text: "I want something a little less old" },
  { kind: "newer", text: "I've seen a lot of the older ones, so something more recent would be nice." },
  // Shrugs at a question.
  { kind: "indifferent", text: "doesn't matter" },
  { kind: "indifferent", text: "Whatever you recommend" },
  { kind: "indifferent", text: "I don't really care about that" },
  { kind: "indifferent", text: "I'm not sure" },
  { kind: "indifferent", text: "either is fine" },
  { kind: "indifferent", text: "no preference really" },
  { kind: "indifferent", text: "I don't know, up to you" },
  { kind: "indifferent", text: "is not important" },
  { kind: "indifferent", text: "for me it is the same" },
  // Enough questions.
  { kind: "show", text: "just show me something" },
  { kind: "show", text: "can you recommend me something now?" },
  { kind: "show", text: "I don't know, just give me some options" },
  { kind: "show", text: "skip the questions, what do you have?" },
  { kind: "show", text: "surprise me" },
  { kind: "show", text: "ok what have you got" },
  // Held in Chromium, typed as on a phone: slang asking to see some ("lemme see some" was refused).
  { kind: "show", text: "lemme see some" },
  { kind: "show", text: "ok hit me with a few" },
  { kind: "show", text: "wat u got" },
  // What an opening was understood to say.
  { kind: "echo", text: "something funny from the 90s, not horror", accepted: ["Comedy", "1990s"], rejected: ["Horror"] },
  { kind: "echo", text: "Hi, I love comedies like Super Troopers", accepted: ["Comedy"], liked: ["Super Troopers"] },
  { kind: "echo", text: "I am in the mood for something scary", accepted: ["Horror"] },
  // Held in Chromium: "not so sad" was read as a judgement ("it was so sad") and dropped.
  { kind: "echo", text: "hey! my wife and I want something like the notebook but not so sad", accepted: [], rejected: ["sad"], liked: ["Notebook"] },
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
  // More of them (the suggestion-replies probe, refused 16.3% -> 13.6%): praise of a film known, the seeker's yes,
  // a film seen and not liked, a question asking which to pick.
  { kind: "similar", text: "Yes! That's a good one!", position: 1 },
  { kind: "similar", text: "Yes I thought it was great!", position: 1 },
  { kind: "similar", text: "Wow thats a good one.", position: 1 },
  { kind: "take", text: "Omg Yes!", position: 1 },
  { kind: "take", text: "Of course!", position: 1 },
  { kind: "more", text: "I did see it. I did not like it very much." },
  { kind: "why", text: "Okay. I haven't seen that one.", position: 1 },
  { kind: "why", text: "Which movies would you say i should try?", position: 1 },
  { kind: "take", text: "Thats perfect for me", position: 1 },
  { kind: "take", text: "Ok that sounds like a good movie to me.", position: 1 },
  { kind: "take", text: "Sounds like my kind of movie", position: 1 },
  { kind: "older", text: "these are all too new for me lol" },
  { kind: "newer", text: "hmm these are a bit too old" },
  // What AQ to AU, five sets by outside hands, showed (each written afresh here): a number set off by a comma, "no." before
  // a number after an ordinal of something else ("first time"), "why is 3 ...", "the reason you chose", "in the line
  // of", liking "too much", "that's my pick", an undo deep in a long message, a viewing told of the past, and the
  // people a night off is from.
  { kind: "take", text: "7, I suppose. let's wrap this up", position: 7 },
  { kind: "take", text: "First time using one of these! We both like no. 6, that's what we're watching", position: 6 },
  { kind: "take-title", text: "never seen {} so thats my pick", position: 3 },
  { kind: "why", text: "why is 3 even on here?", position: 3 },
  { kind: "why", text: "Could you tell me the reason you chose the 2nd one?", position: 2 },
  { kind: "similar", text: "something in the line of number 4 please", position: 4 },
  { kind: "similar", text: "I liked the fifth one too much. More like that please", position: 5 },
  { kind: "newer", text: "We saw an old western last night and it dragged on forever. Something more modern please" },
  { kind: "indifferent", text: "no preference! just glad for a night away from the kids" },
  { kind: "undo", text: "Hmm, wait a second, I think that was a misread on my part. I answered too quickly there, ask me again?" },
  // What AV to AX, three more sets by outside hands, showed (each written afresh here): "how come 6", a number after
  // "along the lines of" or "give me", "w" and "w/o" for "with" and "without", a tag's card named at the start, a
  // number set off from "more" by a comma, "let's do {title}" beside a word about its trailer, "that's the pick" after
  // someone else loved it, a critique beside a film liked, an age that describes the slate, "go back a bit" beside
  // "older", "before my time" said of the slate, a lowercase everyday title after "films like".
  { kind: "why", text: "how come 6 made the list?", position: 6 },
  { kind: "similar", text: "anything in the vein of 2", position: 2 },
  { kind: "take", text: "gimme 4", position: 4 },
  { kind: "take", text: "go w 9", position: 9 },
  { kind: "mixed", text: "comedy w/o the romance pls", holds: ["Comedy"], lacks: ["Romance"] },
  { kind: "take-with", text: "{} one please" },
  { kind: "similar", text: "loved 2, more of that", position: 2 },
  { kind: "take-title", text: "Let's do {}, the trailer looked fun", position: 6 },
  { kind: "take", text: "Number 5! My brother loved it years ago and I never saw it, so that's the pick.", position: 5 },
  { kind: "more-of", text: "Anything more animated? I really like stuff like Shrek.", genre: "Animation" },
  { kind: "older", text: "Could you go back a couple of decades? They all seem so 90s." },
  { kind: "older", text: "I like older stuff really, can you go back a little" },
  { kind: "newer", text: "those are before my time honestly, got anything from the last ten years?" },
  { kind: "echo", text: "action films like speed", accepted: ["Action"], liked: ["Speed"] },
  // What AY to BA, three more sets by outside hands, showed (each written afresh here): every card loved in the present,
  // a number after "put", "agreed on" or "what", "whys", "wants to know why", an ordinal misspelled, a slip in
  // "direction", "doesn't mind", a series of viewings "just binged" told beside a critique.
  { kind: "liked-all", text: "haha these are all films I adore, seen every one of them" },
  { kind: "why", text: "why'd you put 4 in there?", position: 4 },
  { kind: "take", text: "we finally settled on 6, that one please", position: 6 },
  { kind: "why", text: "she wants to know what 3 is even about", position: 3 },
  { kind: "why", text: "my husband would like to know why you picked number 5", position: 5 },
  { kind: "take", text: "nineth one, thanks", position: 9 },
  { kind: "similar", text: "number 2 is totally my vibe, more in that direciton please", position: 2 },
  { kind: "indifferent", text: "she doesn't mind and I'm easy too" },
  { kind: "mixed", text: "comedy please, but no romance, we just watched two romcoms back to back", holds: ["Comedy"], lacks: ["Romance"] },
  // What BB to BD, three more sets by outside hands, showed (each written afresh here): a number word said on its own
  // or before "one", "meant to see it" and "rewatching that" beside a word of having seen or a trailer, "let's do
  // that one" after an aside, "these newer ones" as what was seen, "the movie which has {}", "no war dramas" beside
  // dramas wanted.
  { kind: "take", text: "hmm seven. yeah that's the one", position: 7 },
  { kind: "take", text: "I will take the six one please", position: 6 },
  { kind: "take", text: "#3 please, always meant to watch it after seeing the trailer", position: 3 },
  { kind: "take", text: "oh 2! loved it as a teen, totally rewatching that tonight", position: 2 },
  { kind: "take-title", text: "{} - my sister raves about it, let's do that one", position: 8 },
  { kind: "older", text: "I've watched most of these newer ones, anything older?" },
  { kind: "take-with", text: "the film which has {} please" },
  { kind: "mixed", text: "only comedies, but not romantic comedies", holds: ["Comedy"], lacks: ["Romance"] },
  // What BE to BG showed (written afresh): a number in a short sentence of its own, a goodnight after "7.", a take
  // beside "the reason you gave", "old enough" as a child's age, starting "the whole thing" again, a second film
  // typed in lowercase after "or".
  { kind: "take", text: "3 for sure. cheers", position: 3 },
  { kind: "take", text: "ok 7. night all", position: 7 },
  { kind: "take", text: "Fourth one. I'm picking it because the reason you gave sums up my week.", position: 4 },
  { kind: "take", text: "number 2 is the one, my son is old enough for it now. we'll watch that", position: 2 },
  { kind: "restart", text: "can we start the whole thing over, I was answering for my mum before" },
  { kind: "echo", text: "a comedy like superbad or step brothers please", accepted: ["Comedy"], liked: ["Superbad", "Step Brothers"] },
  // Two of the development misses: a number heard as "for", and "brand new" said of the slate.
  { kind: "take", text: "number for please", position: 4 },
  { kind: "older", text: "hmm, they all seem brand new" },
  // Corrected before sending (held-out set BI's kind): the card or way taken back is cut, the one after it read.
  { kind: "take", text: "number 3. wait no, 5. yeah 5", position: 5 },
  { kind: "take", text: "the 6th... sorry, I meant the 2nd", position: 2 },
  { kind: "why", text: "what's number 9 about? no wait, number 4", position: 4 },
  { kind: "similar", text: "more like the first one, er, the third. like the third", position: 3 },
  { kind: "older", text: "newer stuff... no sorry, older" },
  { kind: "less", text: "more {}, no no, less {}" },
  // A number said with praise before it or only vouched for after it; a card never heard of asked about.
  { kind: "take", text: "great, 7 is the one for us tonight", position: 7 },
  { kind: "take", text: "5 definitely, looks like a fun one", position: 5 },
  { kind: "why", text: "haven't heard of 3, what's it about?", position: 3 },
  // Asides that had hidden the reply: "already" of something other than seeing, how someone is, a long
  // message closing on a request to start over, every card seen and praised before what is still wanted.
  { kind: "take-with", text: "the {} one please, my sister already picked it anyway" },
  { kind: "take-with", text: "the one with {} please, my wife's obsessed lately" },
  { kind: "restart", text: "change of plans, my parents just left and it's only me and the dog now. could we start again?" },
  { kind: "liked-all", text: "We've seen all ten of these, they're all good ones, but we want something none of us has seen" },
  // Letters held down, a verb of the other language's word order, an amount said of the slate, an age turned down
  // (held-out sets BK to BM's kinds).
  { kind: "take", text: "yesss 6 looks sooo fun", position: 6 },
  { kind: "why", text: "ummm why is 8 on here??", position: 8 },
  { kind: "more", text: "Is not my taste, none of these. Different ones please" },
  { kind: "less", text: "wow so much {} here, not really feeling it" },
  { kind: "less", text: "a lot of {} in this list... fewer please?" },
  { kind: "older", text: "these feel very recent, we like old school films" },
  { kind: "newer", text: "we don't watch old movies really. anything up to date?" },
  // Blunt and slangy, cards counted from either end or beside another (held-out sets BO and BP's kinds).
  { kind: "take", text: "hell yes, 4", position: 4 },
  { kind: "take", text: "eh screw it, 7", position: 7 },
  { kind: "take", text: "8 it is haha", position: 8 },
  { kind: "why", text: "wtf is 2 about lol", position: 2 },
  { kind: "why", text: "huh why 5", position: 5 },
  { kind: "less", text: "forget the {} stuff" },
  { kind: "less", text: "go easy on the {}" },
  { kind: "similar", text: "4 is my vibe, more in that lane pls", position: 4 },
  { kind: "liked-all", text: "these are all great but i've seen every single one, any new stuff?" },
  { kind: "take", text: "the second from the bottom, thanks", position: 9 },
  { kind: "take", text: "the one right after the top one", position: 2 },
  { kind: "why", text: "what's the 3rd from last about?", position: 8 },
  { kind: "take-with", text: "the one that's got {} please" },
  { kind: "show", text: "got any older ones?" },
  // Going back, starting over.
  { kind: "undo", text: "wait, go back" },
  { kind: "undo", text: "oops, undo that" },
  { kind: "undo", text: "sorry, I meant the opposite" },
  { kind: "restart", text: "let's start over" },
  { kind: "restart", text: "Actually, can we start again?" },
];

