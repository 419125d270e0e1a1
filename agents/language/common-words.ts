/**
 * Everyday English words. A title made only of these ("It", "Up", "Heat", "About Time") is matched
 * only when typed with a capital letter (or quoted), so "I saw it" does not become a film.
 */
const WORDS = `a about above across act action after again against age ago ahead air all almost alone along already also
always am among an and angel angels animal another answer any anyone anything anyway are area arm army around art as
ask at away baby back bad bag ball band bank base be beach bear beautiful because bed been before began begin behind
being believe below best better between big bird birds black blood blue board boat body book born both box boy boys
break bring brother brothers brought build burn business but buy by call called came can cant car care carry case
cat catch cause certain change chance check child children choice city class clean clear close cold color come comes
coming company cool could couldnt country couple course crazy cry cut dad dance dark date daughter day days dead
deal dear death decent deep did didnt die different do does doesnt dog doing done dont door down dream dreams drive drop
during each early earth easy eat eight else end enough even evening ever every everyone everything exactly eye eyes
face fact fall family far fast father fear feel feeling few field fight fighting figure film final find fine fire
first fish five fly follow food for force forever forget form found four free friend friends from front full fun
funny future game games get gets getting girl girls give given go god goes going gone good got great green ground
group grow guess guy guys had half hand hands happen happened happy hard has hate have havent he head hear heard
heart heat hell hello help her here hey hi high him his history hit hold home hope horse hot hour hours house how
human hundred i idea if im in inside into is island isnt it its job john just keep kid kids kill killer killing kind
king kiss knew know known lady land large last late later laugh law lead learn least leave left less let lets life
light like liked likes line little live lives living long look looking looks lost lot lots love loved lovely loves
made make makes making man many married match matter may maybe me mean men mind minute miss missing moment money
month more morning most mother move movie movies much music must my name near need needs never new next nice night
nine no none nor not nothing now number of off often oh ok okay old on once one only open or order other others our
out outside over own paper part party pass past people perfect person pick picture piece place plan play played
please point power pretty problem pull put queen question quite rain ran rather read ready real really reason red
remember rest right river road rock room round run running said same saw say school sea second secret see seem seen
send sense set seven several shall she ship short should show side sign simple since sing single sister sit six
sky sleep small so some someone something sometimes son song soon sorry sound space speak special spring stand star
stars start state stay still stop story strange street strong such summer sun sure surprise take taken talk tell ten
than thank thanks that thats the their them then there these they thing things think third this those though thought thrilled
three through time times to today together told tomorrow tonight too took top touch town toy trip true truth try
turn twelve twenty two under until up upon us use used very wait walk wall want wanted war was watch watched watching
water way we week well went were what whatever when where which while white who whole why wife wild will win wind
winter with without woman women wonder word words work world would wouldnt write wrong year years yes yet you young
your youre yours
able accept accident account actor actors actually add admit adult advice afraid afternoon agent agree alive allow
amazing american angry annual apart apartment appear apple approach argue arrive attack attention audience aunt
author autumn average avoid awake award aware awesome awful band bar basic battle beat beauty become beer begin
believe bell belong benefit bet beyond bill birth birthday bit bite bitter blind block blow boss bother bottle bottom
bowl brain brave bread breakfast breath bride bridge bright brilliant broken brown budget bus busy cake camp
campaign candy captain card career careful carpet cash castle catch celebrate cell center central chain chair
champion character charge chase cheap chicken chief chill choose church circle citizen claim classic classroom clever
climb clock closed clothes cloud club coach coast coffee collection college comedy comfortable comment common
community complete computer concern concert condition contact contest continue control conversation cook cookie
copy corner cost count courage court cousin cover cow crash cream create creature crew crime criminal crowd cruel
culture cup current customer cute daily damage danger dangerous dare darkness data dead deadly decide decision
deep defense degree delivery demand depend describe desert design desire desk destroy detail develop device devil
diamond diary dinner direction director dirty disaster discover disease dish distance doctor doll double doubt
dozen drama draw dress drink driver drug dry due duty eager ear earn east edge education effect effort egg either
election element empty enemy energy engine enjoy enter entire episode equal escape event evidence evil exam example
excellent except excited exciting excuse exercise exist expect expensive experience expert explain express extra
extreme fail fair faith fake famous fan fantastic farm fashion fat fault favorite favourite feature fellow female
fever fiction fifth fill finally finger finish fit fix flag flat flight floor flower focus folk foot football
foreign forest former fortune forward fourth frame freedom fresh fridge friendly frozen fruit fuel gain gap garden
gas gate general gentle gift giant glad glass glory goal gold golden gone government grace grade grand grandma
grandpa grass grave gray grey guard guest guide gun habit hair hall handle hang happiness harm hat heaven heavy
height hero heroes hidden hide hill hire hole holiday honest honey horror hospital host hotel huge humor hunt
hunter hurry hurt husband ice ill image imagine important impossible include income increase independent inner
insane instead interest interesting invite iron item jacket join joke journey joy judge juice jump jungle junior
justice key kick kitchen knife knock label lake lamp language large laughter lazy leader league leg lesson letter
level library lie lift limit list listen load local lock lonely loose lord loud luck lucky lunch machine mad
magic mail main major manager map mark market marriage mask master material meal meaning measure meat media meet
meeting member memory mention mess message metal method middle midnight mild military milk million mine minor
mirror mistake mix model modern mom monday monster mood moon mountain mouse mouth murder muscle museum mystery
nail narrow nation natural nature neck neighbor nervous net network news newspaper noise normal north nose note
notice novel nurse object ocean offer office officer oil operation opinion orange ordinary original outcome owner
pack page pain paint pair palace pan panic paper parent park partner passion path patient pattern pay peace pen
pencil perform performance perhaps period pet phone photo physical pie pilot pink pipe pitch plane planet plant
plastic plate platform player pleasure plenty pocket poem poet poison police policy polite pool poor popular
population position positive possible post pot potato pound practice prepare present president press pressure
price pride priest prince princess print prison private prize process produce product professional professor
profit program project promise proof proper property protect proud prove public pure purple purpose push quality
quarter quick quiet race radio rare rate reach reaction reading reality receive recent record recover reflect
region relationship release religion remain remove rent repair repeat reply report request rescue research respect
response result return reveal rich ride ring rise risk rival role roll roof root rope rough row royal rule rush sad
safe sail salt sand save scale scene science score screen search season seat secretary section security seek
seeker select sell senior series serious serve service session settle shadow shake shape share sharp shoe shoot
shop shot shoulder shout shut sick silence silent silver sing singer sir site size skill skin slave slow smart
smell smile smoke snake snow soft soldier solid solution somebody somewhere soul source south speaker speed spend
spider spirit split sport spot spread square staff stage stair stamp standard station status steal steel step
stick stock stomach stone storm straight stranger stress strike structure student stuff style subject success
sudden suffer sugar suit super supply support suppose surface survive suspect swear sweet swim system table tail
talent tank target task taste tax tea teach teacher team tear technology teeth television temple tend term terrible
test text theory thick thin threat throw ticket tie tiger tight till tiny tip tired title tone tongue tool tooth
topic total tough tour towards tower track trade tradition traffic train training travel treat tree trial trick
trouble truck trust tune twin type ugly uncle understand union unit universe university unless upper upset user
usual valley value vampire vehicle version victim victory video view village violence virus visit voice vote
wage waiting wake wallet wander warm warn wash waste wave weak wealth weapon wear weather wedding weekend weight
welcome west wet wheel whisper wide wing winner wise wish witness wolf wood wooden worker worry worth wound yard
yellow youth zero zone abandon betray species punchline stuck click fear competition lonely crash trip stuff rush
rage revenge escape fury chaos hero legend saw scream signs taken split us them drive heat gravity contact arrival
alien aliens frozen brave cars coco up her tag rush sing crash fences rocky creed split glass upgrade hush unsane
wrap trap clap flow glow fame blame flame scrap`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));

/** An everyday word, or one inflected from it ("waiting", "boxes", "loved", "badly"). */
export function isCommonWord(w: string): boolean {
  if (COMMON_WORDS.has(w)) return true;
  for (const [suffix, back] of INFLECTIONS) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      if (COMMON_WORDS.has(stem) || COMMON_WORDS.has(stem + back)) return true;
    }
  }
  return false;
}

const INFLECTIONS: readonly (readonly [string, string])[] = [
  ["s", ""], ["es", ""], ["ies", "y"], ["ed", ""], ["ed", "e"], ["d", ""], ["ing", ""], ["ing", "e"], ["ly", ""], ["er", ""], ["est", ""],
];
