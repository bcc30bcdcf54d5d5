//! People: person-name recognition, alias resolution and quote attribution within an article.
//!
//! No model: names are recognized from cues any news text has — titles and honorifics before a
//! capitalized run, given names in first position, verbs of saying and meeting, appositions,
//! possessives, and repetition across the article. Word lists (given names, places, titles…) are
//! built from public data by `scripts/build-wordlists.py` and compiled in; see
//! `data/wordlists/README.md` for their sources and licences.
//!
//! The article is read in three passes: find name candidates in every passage, decide which are
//! people and group them into one actor per person (surname ↔ full name, given-name variants,
//! honorifics, roles), then walk the passages in order to attribute quotations and reported
//! speech, with pronouns and roles resolved against the people seen so far.
//! Quotation marks and cue words come from [`crate::enrich::quotes`].

// Per-article maps keyed by short names: SipHash's DoS resistance buys nothing here.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

use crate::enrich::quotes::{self, QuoteSpan, WordHasher, WordMap, WordSet};
use std::hash::BuildHasherDefault;

/// Sets of small keys (person and token numbers) built for every passage: FNV, not SipHash,
/// whose per-look-up cost showed in profiles of the tagger and whose protection against
/// crafted keys nothing here needs.
type FastSet<T> = std::collections::HashSet<T, BuildHasherDefault<WordHasher>>;
use crate::fold::fold_name;
use crate::model::{ActorAliases, Passage, Quote};

/// The people of one passage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PassagePeople {
    /// Canonical names of every person the passage involves, sorted and unique.
    pub actors: Vec<String>,
    /// Canonical names of the people the passage quotes or reports, sorted and unique.
    pub speakers: Vec<String>,
    /// Quotations in order, each with its speaker's canonical name when known.
    pub quotes: Vec<Quote>,
}

/// The people of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticlePeople {
    /// One entry per passage, in order.
    pub per_passage: Vec<PassagePeople>,
    /// Every person of the article, with the other forms the text used for them.
    pub people: Vec<ActorAliases>,
    /// Names the article showed to be organizations or things ("citicorp" after "Citicorp
    /// `<CCI>`" or "the bank Citicorp"), folded and sorted: evidence for the corpus, where another
    /// article may name the same thing bare.
    pub things: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Word lists

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
    Either,
}

struct Lists {
    given: WordMap<Gender>,
    /// Normalized given name → the names it is a direct variant of (bill → william, billy).
    variants: HashMap<String, Vec<String>>,
    surnames: WordSet,
    places: WordSet,
    countries: WordSet,
    demonyms: WordSet,
    titles: WordSet,
    particles: WordSet,
    orgs: WordSet,
}

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// [`entries`], each hyphenated one also as [`fold_word`] spells it ("film-maker" is looked
/// up as "film maker"). The spaced forms are made once, at start-up, and live as long as the
/// lists do.
fn folded_entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    entries(text).flat_map(|e| {
        let spaced: Option<&'static str> =
            e.contains('-').then(|| &*Box::leak(e.replace('-', " ").into_boxed_str()));
        std::iter::once(e).chain(spaced)
    })
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let given = entries(include_str!("../../data/wordlists/given-names.txt"))
        .filter_map(|l| {
            let (name, g) = l.rsplit_once(' ')?;
            let g = match g {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => Gender::Either,
            };
            Some((name, g))
        })
        .collect();
    // Only direct pairs, never their chains: nicknames are not transitive ("Ted" is short
    // for Edward and, in the source, for Robert, whose short form is "Bob"; Bob is no Ted).
    // Spelling variants (Sergey, Sergej) meet through `translit` before the pairs are read.
    let mut variants: HashMap<String, Vec<String>> = HashMap::default();
    for line in entries(include_str!("../../data/wordlists/given-variants.txt")) {
        if let Some((a, b)) = line.split_once(' ') {
            let (a, b) = (translit(a), translit(b));
            if a != b {
                variants.entry(a.clone()).or_default().push(b.clone());
                variants.entry(b).or_default().push(a);
            }
        }
    }
    Lists {
        given,
        variants,
        surnames: entries(include_str!("../../data/wordlists/surnames.txt")).collect(),
        places: folded_entries(include_str!("../../data/wordlists/places.txt")).collect(),
        countries: folded_entries(include_str!("../../data/wordlists/countries.txt")).collect(),
        demonyms: folded_entries(include_str!("../../data/wordlists/demonyms.txt")).collect(),
        titles: folded_entries(include_str!("../../data/wordlists/titles.txt")).collect(),
        particles: entries(include_str!("../../data/wordlists/particles.txt")).collect(),
        orgs: folded_entries(include_str!("../../data/wordlists/org-words.txt")).collect(),
    }
});

/// Capitalized words that start sentences or name things but never people.
const NOT_NAMES: &[&str] = &[
    "a",
    "an",
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    // Indefinite pronouns: "Somebody told me…", "Everyone said…".
    "somebody",
    "someone",
    "anybody",
    "anyone",
    "everybody",
    "everyone",
    "nobody",
    "another",
    // "Note: 1986 net includes a gain".
    "note",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "who",
    "whom",
    "which",
    "when",
    "where",
    "why",
    "how",
    "if",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "as",
    "at",
    "by",
    "in",
    "on",
    "of",
    "for",
    "to",
    "from",
    "with",
    "after",
    "before",
    "while",
    "since",
    "until",
    "because",
    "although",
    "though",
    "no",
    "not",
    "yes",
    "all",
    "some",
    "many",
    "most",
    "both",
    "each",
    "every",
    "any",
    "one",
    "two",
    "three",
    "several",
    "few",
    "more",
    "other",
    "others",
    "such",
    "than",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "also",
    "still",
    "even",
    "just",
    "only",
    "once",
    "again",
    // Sentence adverbs open sentences capitalized: "Moreover, the SVP…", "Therefore Clinton…".
    "however",
    "moreover",
    "nevertheless",
    "nonetheless",
    "furthermore",
    "therefore",
    "meanwhile",
    "consequently",
    "additionally",
    "indeed",
    "instead",
    "thus",
    "hence",
    "likewise",
    "otherwise",
    "besides",
    "accordingly",
    "ultimately",
    "overall",
    "similarly",
    "regardless",
    "notably",
    "officials",
    "analysts",
    "critics",
    "sources",
    "experts",
    "residents",
    "investors",
    "police",
    "witnesses",
    "authorities",
    "observers",
    "aides",
    "voters",
    "supporters",
    "people",
    "democrats",
    "republicans",
    "god",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "let",
    "please",
    "thank",
    "thanks",
    "like",
    "well",
    "oh",
    "hey",
    "ok",
    "okay",
    "dear",
    "mother",
    "father",
    "internet",
    "web",
    "twitter",
    "facebook",
    "youtube",
    "instagram",
    "google",
    "am",
    "pm",
    "via",
    "per",
    "vs",
    "without",
    "within",
    "during",
    "despite",
    // "Absent Sanders' plan, …": a preposition opening the sentence.
    "absent",
    "against",
    "among",
    "about",
    "above",
    "below",
    "under",
    "over",
    "into",
    "onto",
    "upon",
    "off",
    "out",
    "up",
    "down",
    "next",
    "last",
    "first",
    "second",
    "third",
    "new",
    "old",
    "former",
    "late",
    "early",
    "mid",
    "end",
    "asked",
    "said",
    "says",
    "according",
    "meanwhile",
    "however",
    "instead",
    "indeed",
    "perhaps",
    "maybe",
    "whether",
    "either",
    "neither",
    "nor",
    "ever",
    "never",
    "always",
    "often",
    "sometimes",
    "already",
    "almost",
    "nearly",
    "much",
    "very",
    "too",
    "quite",
    "rather",
    "why",
    "breaking",
    "update",
    "updated",
    "read",
    "watch",
    "click",
    "share",
    "photo",
    "video",
    "image",
    "getty",
    "images",
    "ap",
    "reuters",
    "afp",
    "copyright",
    "advertisement",
    "related",
    "alongside",
    "amid",
    "amidst",
    "beside",
    "besides",
    "beyond",
    "throughout",
    "toward",
    "towards",
    "unlike",
    "whenever",
    "wherever",
    "whatever",
    "whoever",
    "unless",
    "thus",
    "hence",
    "otherwise",
    // Time words that open sentences before a name ("Last Month Warburg Pincus launched …",
    // "Previous Big Brother winners …"); "day" is left out, a surname too.
    "week",
    "weekend",
    "month",
    "year",
    "previous",
    "earlier",
    // "Fellow Texan Zeb Hollis", "Fellow Democrat Ann Reyes": a companion word, never a name.
    "fellow",
];

const MONTHS_DAYS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "christmas",
    "easter",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Titles that make the next capitalized word a person even when it is also a place
/// ("Sen. Warren", "President Lincoln"); family words ("Mother Russia") do not.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "president",
    "minister",
    "secretary",
    "judge",
    "justice",
    "mayor",
    "sir",
    "lord",
    "lady",
    "dame",
    "gen",
    "general",
    "col",
    "colonel",
    "capt",
    "captain",
    "lt",
    "sgt",
    "chancellor",
    "premier",
    "ambassador",
    "congressman",
    "congresswoman",
    "speaker",
    "director",
    "chairman",
    "chairwoman",
    "commissioner",
    "rev",
    "reverend",
    "bishop",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "detective",
    "officer",
    "inspector",
    "chief",
    "adm",
];

/// Words a speech cue may sit behind without breaking "subject — cue" adjacency.
const AUX: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "has",
    "had",
    "have",
    "would",
    "will",
    "was",
    "is",
    "reportedly",
    "recently",
    "previously",
    "once",
    "further",
    "repeatedly",
    "publicly",
    "privately",
    "simply",
    "even",
    "still",
    "never",
    "just",
    "quickly",
    "flatly",
    "not",
    "did",
    "does",
    "had",
    "has",
    "once",
    "often",
    "frequently",
    "already",
    "subsequently",
    "finally",
    "angrily",
    "bluntly",
    "famously",
    "memorably",
    "openly",
    "explicitly",
    "told",
    "herself",
    "himself",
    "always",
    "specifically",
    "repeatedly",
    "allegedly",
    "first",
    "earlier",
    "long",
    "directly",
    "immediately",
    "soon",
    "happily",
    "proudly",
    "confidently",
    "calmly",
];

/// Title-list words that qualify a role but are not one ("the security concerns").
const NOT_HEADS: &[&str] = &[
    "a1c",
    "ab",
    "advertising",
    "air",
    "analytics",
    "army",
    "award-winning",
    "ballet",
    "banner",
    "baseball",
    "behavioral",
    "bench",
    "biblical",
    "blessed",
    "blues",
    "british",
    "burlesque",
    "business",
    "chairs",
    "charge",
    "civil",
    "classical",
    "computer",
    "corporate",
    "credit",
    "criminal",
    "customs",
    "d'affaires",
    "defence",
    "defense",
    "designated",
    "discovery",
    "district",
    "division",
    "docket",
    "english",
    "eu",
    "excellent",
    "family",
    "federal",
    "field",
    "film",
    "finance",
    "financial",
    "first",
    "flag",
    "flying",
    "foreign",
    "grand",
    "group",
    "her",
    "his",
    "hereditary",
    "high",
    "home",
    "information",
    "intelligence",
    "judicial",
    "kingdom",
    "knowledge",
    "law",
    "legal",
    "literary",
    "marketing",
    "mathematics",
    "me",
    "met",
    "military",
    "most",
    "municipal",
    "mystery",
    "national",
    "navy",
    "operating",
    "opera",
    "personality",
    "petty",
    "police",
    "political",
    "private",
    "pro",
    "radio",
    "rear",
    "revenue",
    "right",
    "risk",
    "rock",
    "royal",
    "security",
    "senior",
    "social",
    "software",
    "special",
    "staff",
    "state",
    "states",
    "strategy",
    "superior",
    "supreme",
    "tax",
    "technical",
    "television",
    "theater",
    "theatre",
    "travel",
    "u.s",
    "uk",
    "un",
    "united",
    "us",
    "vice",
    "voice",
    "warrant",
    "wing",
    "cia",
    "fbi",
    "prime",
    "deputy",
    "host",
    "star",
    "model",
    "player",
    "member",
    "count",
    "master",
    "most",
    "executive",
    "resident",
    "saint",
    "sainte",
    "st",
    "sr",
    "world",
];

/// Quotations at least this long, without a cue, go to the only person a paragraph names.
const ONLY_PERSON_MIN_WORDS: usize = 4;

/// Nouns that report speech after a possessive: "Trump's claim that…".
const SPEECH_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "statement",
    "remarks",
    "comments",
    "comment",
    "words",
    "tweet",
    "tweets",
    "suggestion",
    "accusation",
    "promise",
    "pledge",
    "argument",
    "insistence",
    "warning",
    "response",
    "reply",
    "declaration",
    "charge",
    "quip",
    "vow",
    "answer",
    "message",
    "slogan",
    "motto",
    "mantra",
    "refrain",
    "catchphrase",
    "view",
    "call",
    "question",
    "conclusion",
    "contention",
    "remark",
    "line",
];

const ROLE_MODIFIERS: &[&str] = &[
    "former",
    "then",
    "new",
    "current",
    "top",
    "senior",
    "longtime",
    "veteran",
    "outgoing",
    "incoming",
    "acting",
    "deputy",
    "interim",
    "embattled",
    "late",
    "first",
    "chief",
    "assistant",
    "republican",
    "democratic",
    "democrat",
    "gop",
    "presidential",
    "presumptive",
    "vice",
    "conservative",
    "liberal",
    "progressive",
    "independent",
    "congressional",
    "retired",
    "prominent",
    "party",
];

/// Words of [`NOT_HEADS`] that still end a title before a name ("Count Basie", "St Patrick",
/// "Deputy Dawson", "host Letterman").
const HEADS_ANYWAY: &[&str] = &[
    "charge",
    "count",
    "deputy",
    "executive",
    "host",
    "master",
    "member",
    "model",
    "player",
    "resident",
    "saint",
    "sainte",
    "st",
    "star",
    "warrant",
];

/// Words that make the words after a comma a clause or a list, not a role.
const CLAUSE_WORDS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "or", "but",
    "not", "who", "which", "that",
];

/// Whether the words from `from` are a role with no article: up to four lower-case words,
/// the last a role's head ("industrial relations director", "director-general"), closed by
/// "of", "at", "for", "with", "in", a comma or the end.
fn bare_role(text: &str, toks: &[Tok], from: usize) -> bool {
    let mut last_head = false;
    for m in from..toks.len().min(from + 5) {
        let t = &toks[m];
        let w = word_at(text, toks, m);
        let closes = !t.is_word() || matches!(w, "of" | "at" | "for" | "with" | "in");
        if closes {
            return m > from && last_head && (t.is_word() || t.is_punct(',') || t.is_punct('.'));
        }
        // "Smith Tool, is now president of …", "Demico Futures, was elected treasurer":
        // a verb makes a clause of the words, no apposition.
        // "journalist and dating expert for …" is one role; ", and founder of" opens a
        // list.
        if t.cap || m == from + 4 || in_list(CLAUSE_WORDS, w) || w == "and" && m == from {
            return false;
        }
        let folded = fold_word(w);
        last_head = folded.split('-').any(|p| is_role_head(p) && !set_has(&NOT_HEADS_SET, p));
    }
    last_head && toks.len() < from + 5
}

/// Whether a title-list word can end a person's title rather than only qualify one.
fn is_role_head(w: &str) -> bool {
    let titles = &LISTS.titles;
    set_has(&HONORIFICS_SET, w)
        || w.split(' ').any(|p| {
            titles.contains(p) && (!set_has(&NOT_HEADS_SET, p) || in_list(HEADS_ANYWAY, p))
        })
}

fn is_particle(w: &str) -> bool {
    LISTS.particles.contains(w)
        || matches!(
            w,
            "von"
                | "van"
                | "der"
                | "den"
                | "de"
                | "la"
                | "le"
                | "al"
                | "bin"
                | "da"
                | "di"
                | "du"
                | "dos"
                | "del"
        )
}

/// The cues and the speech nouns in one set: most words are neither, and one look-up tells
/// (issue 6).
static CUES_AND_SPEECH_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| quotes::cue_words().chain(SPEECH_NOUNS.iter().copied()).collect());
static SPEECH_NOUNS_SET: LazyLock<WordSet> =
    LazyLock::new(|| SPEECH_NOUNS.iter().copied().collect());
static NOT_NAMES_SET: LazyLock<WordSet> = LazyLock::new(|| NOT_NAMES.iter().copied().collect());
static AUX_SET: LazyLock<WordSet> = LazyLock::new(|| AUX.iter().copied().collect());
static NOT_HEADS_SET: LazyLock<WordSet> = LazyLock::new(|| NOT_HEADS.iter().copied().collect());
static MONTHS_DAYS_SET: LazyLock<WordSet> = LazyLock::new(|| MONTHS_DAYS.iter().copied().collect());
static HONORIFICS_SET: LazyLock<WordSet> = LazyLock::new(|| HONORIFICS.iter().copied().collect());
// The longer lists as sets: a scan of `ROLE_MODIFIERS` was half the time of `role_phrase`,
// which runs at every "the". See: issue 6.
static ROLE_MODIFIERS_SET: LazyLock<WordSet> =
    LazyLock::new(|| ROLE_MODIFIERS.iter().copied().collect());
static ORG_NOUNS_SET: LazyLock<WordSet> = LazyLock::new(|| ORG_NOUNS.iter().copied().collect());
static COMPANY_SUFFIXES_SET: LazyLock<WordSet> =
    LazyLock::new(|| COMPANY_SUFFIXES.iter().copied().collect());
static PLACE_FEATURES_SET: LazyLock<WordSet> =
    LazyLock::new(|| PLACE_FEATURES.iter().copied().collect());
static NOT_INITIALS_SET: LazyLock<WordSet> =
    LazyLock::new(|| NOT_INITIALS.iter().copied().collect());
static SOURCE_THINGS_SET: LazyLock<WordSet> =
    LazyLock::new(|| SOURCE_THINGS.iter().copied().collect());
static SUBORDINATORS_SET: LazyLock<WordSet> =
    LazyLock::new(|| SUBORDINATORS.iter().copied().collect());

static PREPOSITIONS_SET: LazyLock<WordSet> =
    LazyLock::new(|| PREPOSITIONS.iter().copied().collect());

/// Prepositions whose object may stand right before a cue ("Obama at the White House said").
const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "to", "from", "with", "for", "of", "by", "into", "outside", "inside", "near",
    "across", "during", "under", "over", "about", "against", "toward", "towards", "via", "through",
    "within", "without", "behind", "beside", "like",
];

/// What a capitalized compound with a lower-case modifier after its hyphen qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifies {
    /// "Calgary-based", "German-owned", "Sydney-listed": a firm or a thing.
    Thing,
    /// "Oscar-winner", "Tunisian-born", "Seventeen-year-old", "Man-of-the-match": a person.
    Person,
}

/// Whether `word` as written is a modifier such as "Calgary-based" or "Oscar-winner", and
/// what it qualifies. Only a lower-case tail counts ("Abdul-Aziz" is a name), and only one of
/// these words: "Pei-yuan" is a given name.
fn hyphen_modifier(word: &str) -> Option<Qualifies> {
    let (_, tail) = word.rsplit_once('-')?;
    if !tail.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    match tail {
        "based" | "owned" | "listed" | "designed" | "sponsored" | "denominated" | "related"
        | "made" | "backed" | "run" | "controlled" | "funded" | "inspired" | "built"
        // "Oscar-winning Pulp Fiction" as often as "Oscar-winning Kate Winslet".
        | "winning" => {
            Some(Qualifies::Thing)
        }
        "born" | "winner" | "old" | "seeded" | "match" | "half" | "loving"
        | "raised" | "educated" | "trained" | "bred" => Some(Qualifies::Person),
        _ => None,
    }
}

/// Words that open a subordinate clause, whose subject is not the sentence's.
const SUBORDINATORS: &[&str] = &[
    "after", "when", "while", "before", "although", "though", "if", "as", "since", "because",
    "once", "until",
];

fn set_has(set: &WordSet, w: &str) -> bool {
    set.contains(w)
}

fn in_list(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// Folds a word for list look-ups; ASCII words skip Unicode normalization.
fn fold_word(w: &str) -> String {
    if w.is_ascii() {
        ascii_fold_bytes(w).map(char::from).collect()
    } else {
        fold_name(w)
    }
}

/// The bytes of [`fold_word`] of an ASCII word: lower case, '.' and '\'' dropped, '-' a space.
fn ascii_fold_bytes(w: &str) -> impl Iterator<Item = u8> + '_ {
    w.bytes().filter_map(|b| match b {
        b'\'' | b'.' => None,
        b'-' => Some(b' '),
        b => Some(b.to_ascii_lowercase()),
    })
}

/// The spelling-normalized form of a given name: "Sergei", "Sergey" and "Sergej" agree.
fn given_key(folded: &str) -> String {
    translit(folded)
}

/// A given-name key, then the keys of its direct variants ("bob", then "robert", "bobby").
fn given_forms(key: &str) -> impl Iterator<Item = &str> {
    std::iter::once(key).chain(LISTS.variants.get(key).into_iter().flatten().map(String::as_str))
}

/// Whether two given-name keys name the same given name ("Bill" and "William").
fn same_given(a: &str, b: &str) -> bool {
    given_forms(a).any(|g| g == b)
}

/// Spelling normalization of transliterated given names.
fn translit(folded: &str) -> String {
    let mut s = folded.replace("ks", "x").replace("ph", "f");
    for (from, to) in [("ey", "ei"), ("ej", "ei"), ("iy", "i"), ("ij", "i"), ("y", "i")] {
        if s.len() > from.len() + 2 && s.ends_with(from) {
            s.truncate(s.len() - from.len());
            s.push_str(to);
            break;
        }
    }
    s
}

fn is_given(folded: &str) -> bool {
    let lists = &*LISTS;
    if lists.given.contains_key(folded) {
        return true;
    }
    // "Jean-Yves": a hyphenated given name whose first part is one.
    folded.split_once(' ').is_some_and(|(a, _)| lists.given.contains_key(a))
}

fn gender_of(folded_given: &str) -> Gender {
    let lists = &*LISTS;
    let first = folded_given.split(' ').next().unwrap_or("");
    lists
        .given
        .get(folded_given)
        .or_else(|| lists.given.get(first))
        .copied()
        .unwrap_or(Gender::Either)
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Punct(char),
}

#[derive(Debug, Clone)]
struct Tok {
    s: usize,
    /// End of the word without a possessive "’s".
    e: usize,
    /// End including the possessive.
    full_e: usize,
    kind: Kind,
    /// Capitalized like a name; a brand-shaped word ("EgyptAir", see [`is_brand_word`]) is not.
    cap: bool,
    /// Capitalized like a brand: no name, but a capital for telling a headline from a sentence.
    brand: bool,
    /// All capitals, two letters or more (NATO, CIA, U.S.).
    acronym: bool,
    poss: bool,
    /// First word of a sentence, or after an opening quote or a colon: its capital says nothing.
    initial: bool,
    /// Which quotation of the passage holds the token.
    quote: Option<usize>,
    /// Sentence number, counted on the text outside quotations.
    sent: usize,
    /// `fold_word` of the word (without its possessive), made once: the rules look words up in
    /// the lists many times each. Empty for ASCII punctuation, which [`fold_at`] folds without
    /// it. Read it with [`Tok::fold`].
    fold: Folded,
}

/// A token's folded form, kept without an allocation for nearly every word: profiling the
/// indexer showed one `Box<str>` per word among the tagger's largest costs. See: issue 6.
#[derive(Debug, Clone)]
enum Folded {
    /// The word as written is its own fold (lower-case ASCII without '.', '\'' or '-').
    Same,
    /// A short ASCII fold ("obama" for "Obama").
    Inline {
        len: u8,
        bytes: [u8; INLINE_FOLD],
    },
    Heap(Box<str>),
}

/// Longest fold kept inline; longer words are rare enough to allocate.
const INLINE_FOLD: usize = 22;

impl Folded {
    fn of(word: &str) -> Folded {
        let ascii_same = word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && !matches!(b, b'.' | b'\'' | b'-'));
        if ascii_same {
            return Folded::Same;
        }
        // A short ASCII word ("Obama", "U.S.") folds straight into the array, as `fold_word`
        // would: without the string it allocates, one for every capitalized word (issue 6).
        if word.len() <= INLINE_FOLD && word.is_ascii() {
            let mut bytes = [0u8; INLINE_FOLD];
            let mut len = 0;
            for (slot, b) in bytes.iter_mut().zip(ascii_fold_bytes(word)) {
                *slot = b;
                len += 1;
            }
            // At most INLINE_FOLD bytes were written.
            return Folded::Inline { len: len as u8, bytes };
        }
        let folded = fold_word(word);
        if folded.is_ascii() && folded.len() <= INLINE_FOLD {
            let mut bytes = [0u8; INLINE_FOLD];
            bytes[..folded.len()].copy_from_slice(folded.as_bytes());
            // The length fits: it is at most INLINE_FOLD.
            return Folded::Inline { len: folded.len() as u8, bytes };
        }
        Folded::Heap(folded.into_boxed_str())
    }
}

impl Tok {
    /// The folded word; `text` is the passage the token was cut from.
    fn fold<'a>(&'a self, text: &'a str) -> &'a str {
        match &self.fold {
            Folded::Same => text.get(self.s..self.e).unwrap_or(""),
            // ASCII bytes cut at a length within the array: always valid UTF-8.
            Folded::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or("")
            }
            Folded::Heap(s) => s,
        }
    }

    fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }
    fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, Kind::Punct(p) if p == c)
    }
}

fn tokenize(text: &str, spans: &[QuoteSpan]) -> Vec<Tok> {
    // About one token in five bytes of news; a little more room saves regrowing the vector.
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 4 + 4);
    // The character at byte `i` (a boundary), read without decoding when it is ASCII: every
    // character of every passage passes here (issue 6).
    let bytes = text.as_bytes();
    let char_at = |i: usize| -> Option<char> {
        match *bytes.get(i)? {
            b if b.is_ascii() => Some(char::from(b)),
            _ => text.get(i..)?.chars().next(),
        }
    };
    let mut next = 0;
    while let Some(c) = char_at(next) {
        let i = next;
        next = i + c.len_utf8();
        if c.is_alphanumeric() {
            let mut end = next;
            let mut seg_len = 1;
            while let Some(d) = char_at(end) {
                let after_d = end + d.len_utf8();
                if d.is_alphanumeric() {
                    seg_len += 1;
                    end = after_d;
                    continue;
                }
                let after = char_at(after_d);
                let joins = match d {
                    '-' | '\'' | '’' => after.is_some_and(char::is_alphanumeric),
                    // Initialisms: "U.S.", but not a sentence end before a word.
                    '.' => seg_len == 1 && after.is_some_and(char::is_alphabetic),
                    _ => false,
                };
                if !joins {
                    break;
                }
                seg_len = 0;
                end = after_d;
            }
            next = end;
            let word = &text[i..end];
            let mut e = end;
            let mut poss = false;
            for suffix in ["’s", "'s", "’S", "'S"] {
                if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
                    e = end - suffix.len();
                    poss = true;
                    break;
                }
            }
            let stem = &text[i..e];
            let brand = c.is_uppercase() && is_brand_word(stem);
            let cap = c.is_uppercase() && !brand;
            // "NATO", "U.S.", and plurals such as "MPs". Only a capitalized word is looked at.
            let acronym = cap && {
                let letters = stem.chars().filter(|c| c.is_alphabetic()).count();
                let core =
                    stem.strip_suffix('s').filter(|c| c.chars().count() >= 2).unwrap_or(stem);
                letters >= 2 && core.chars().all(|c| !c.is_lowercase())
            };
            toks.push(Tok {
                s: i,
                e,
                full_e: end,
                kind: Kind::Word,
                cap,
                brand,
                acronym,
                poss,
                initial: false,
                quote: None,
                sent: 0,
                fold: Folded::of(stem),
            });
        } else if !c.is_whitespace() {
            toks.push(Tok {
                s: i,
                e: i + c.len_utf8(),
                full_e: i + c.len_utf8(),
                kind: Kind::Punct(c),
                cap: false,
                brand: false,
                acronym: false,
                poss: false,
                initial: false,
                quote: None,
                sent: 0,
                fold: if c.is_ascii() {
                    Folded::Heap(Box::default())
                } else {
                    Folded::Heap(fold_word(&text[i..i + c.len_utf8()]).into())
                },
            });
        }
    }
    // Quotation membership, sentence numbers and sentence-initial words.
    let mut sent = 0;
    let mut next_initial = true;
    let mut q = 0;
    for k in 0..toks.len() {
        let s = toks[k].s;
        while q < spans.len() && spans[q].close <= s && !(spans[q].close == s && spans[q].end > s) {
            q += 1;
        }
        let inside = q < spans.len() && s >= spans[q].start && s < spans[q].end;
        toks[k].quote = if inside { Some(q) } else { None };
        let was_quote_open = q < spans.len() && s == spans[q].open && !inside;
        toks[k].sent = sent;
        match toks[k].kind {
            Kind::Word => {
                toks[k].initial = next_initial;
                next_initial = false;
            }
            Kind::Punct(c) => {
                if matches!(c, '.' | '!' | '?') {
                    let abbrev = k > 0 && toks[k - 1].is_word() && {
                        let w = &text[toks[k - 1].s..toks[k - 1].e];
                        let f = toks[k - 1].fold(text);
                        (w.chars().count() == 1 && toks[k - 1].cap)
                            // "Sen. Warren", "Gov. Ed Rendell"; "… about his boss. Lewandowski"
                            // ends a sentence on a word that only is a title.
                            || (c == '.'
                                && (toks[k - 1].cap || set_has(&HONORIFICS_SET, f))
                                && LISTS.titles.contains(f)
                                && f.len() <= 4
                                && (!toks[k - 1].acronym || w.contains('.')))
                    };
                    // "George H.W. Bush", "Rep. G.K. Butterfield": dotted initials after a
                    // given name or a title, before a capitalized word that is no function
                    // word, are the middle of a name. Elsewhere they may close a sentence
                    // ("…in the U.S. Many…") or open a company's name ("E.F. Hutton"), and
                    // "U.S." or "N.J." always may.
                    let named_before = |j: usize| {
                        toks[..j]
                            .iter()
                            .rev()
                            .find(|t| !t.is_punct('.'))
                            .filter(|t| t.is_word() && t.cap)
                            .is_some_and(|t| {
                                let w = t.fold(text);
                                is_given(w) || LISTS.titles.contains(w)
                            })
                    };
                    let abbrev = abbrev
                        || c == '.'
                            && k > 0
                            && is_dotted_initials(&text[toks[k - 1].s..toks[k - 1].e])
                            && named_before(k - 1)
                            && toks.get(k + 1).is_some_and(|n| {
                                n.is_word() && n.cap && !set_has(&NOT_NAMES_SET, n.fold(text))
                            });
                    // "R-Ky., said", "Calif. and": a period before a comma or a lower-case
                    // word closes an abbreviation, not a sentence.
                    let abbrev = abbrev
                        || toks.get(k + 1).is_some_and(|n| {
                            // "the D.C.-based institute": a period glued to what follows.
                            n.s == toks[k].e && (n.is_punct('-') || n.is_word())
                                || n.is_punct(',')
                                || n.is_punct(';')
                                || n.is_punct(')')
                                || n.is_word()
                                    && !n.cap
                                    && text[n.s..n.e]
                                        .chars()
                                        .next()
                                        .is_some_and(|c| c.is_alphabetic() || c.is_ascii_digit())
                        });
                    if !abbrev || c != '.' {
                        next_initial = true;
                        if !inside {
                            sent += 1;
                        }
                    }
                } else if c == ':' || was_quote_open || matches!(c, '“' | '•' | '|') {
                    next_initial = true;
                } else if matches!(c, '”' | '"' | '’' | '\'' | '»')
                    && k > 0
                    && toks[k - 1].quote.is_some()
                    && matches!(toks[k - 1].kind, Kind::Punct('.' | '?' | '!'))
                    && toks.get(k + 1).is_some_and(|t| t.is_word() && t.cap)
                {
                    // “…?” Was this… : a quotation ending its sentence ends the outer one too.
                    sent += 1;
                    next_initial = true;
                }
            }
        }
    }
    toks
}

/// Dotted abbreviations that are no one's initials: states, provinces and countries
/// ("Trenton, N.J."), company forms ("N.V. Philips", "Chemical Bank N.A."), times and eras.
/// Folded, without the dots; [`COUNTRY_INITIALS`] are none either.
const NOT_INITIALS: &[&str] = &[
    "nj", "ny", "nc", "sc", "nh", "nm", "nd", "sd", "ri", "dc", "bc", "nz", "hk", "uae", "usa",
    "ussr", "nv", "sa", "lp", "na", "kk", "bv", "plc", "am", "pm", "ad",
];

/// Countries and unions written as initials ("U.S.", "U.K.", "U.N.", "EU"), folded: they end
/// sentences like other abbreviations, and before a name they modify it rather than title it.
const COUNTRY_INITIALS: &[&str] = &["us", "uk", "un", "eu"];

/// "H.W", "G.K", "J.R": two or three single capital letters joined by dots that are no
/// state, country or company form.
/// Whether a capitalized word is shaped like a brand or glued page text rather than a name:
/// a capital inside it after four or more letters that are no given name ("ScanJet",
/// "WikiLeaks", "EgyptAir", "PacifiCorp"), or three capitals inside it ("BobicFlagShareLike" from
/// a page's buttons glued to a byline). Names keep theirs after a short prefix or a given name
/// ("McConnell", "DeMoro", "SyCip", "VanderSloot", "KellyAnne").
fn is_brand_word(w: &str) -> bool {
    // Acronyms ("NATO", "KPST") and initials are not brands of this shape.
    if !w.chars().skip(1).any(char::is_lowercase) {
        return false;
    }
    let mut inner = w.char_indices().skip(1).filter(|&(_, c)| c.is_uppercase());
    let Some((first_inner, _)) = inner.next() else {
        return false;
    };
    if inner.count() >= 2 {
        return true;
    }
    let prefix = &w[..first_inner];
    if !prefix.chars().all(char::is_alphabetic) || prefix.chars().skip(1).any(char::is_uppercase) {
        return false;
    }
    let folded = fold_word(prefix);
    prefix.chars().count() >= 4
        && !is_given(&folded)
        && !matches!(folded.as_str(), "vande" | "vander" | "fitz" | "mac")
}

fn is_dotted_initials(w: &str) -> bool {
    let parts = w.split('.').count();
    (2..=3).contains(&parts)
        && w.split('.').all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        })
        && {
            let folded = fold_word(w);
            !set_has(&NOT_INITIALS_SET, &folded) && !in_list(COUNTRY_INITIALS, &folded)
        }
}

// ---------------------------------------------------------------------------------------------
// Name candidates

/// What made a capitalized run look like a person.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    title: bool,
    honorific: bool,
    given: bool,
    verb: bool,
    object: bool,
    appos: bool,
    surname: bool,
}

#[derive(Debug, Clone)]
struct Cand {
    /// Token range of the name proper (titles stripped).
    t0: usize,
    t1: usize,
    /// First token of the run including titles.
    run0: usize,
    /// Folded name words, suffixes (Jr, III) kept apart.
    words: Vec<String>,
    suffix: Option<String>,
    surface: String,
    ev: Evidence,
    initial: bool,
    vocative: bool,
    /// A title word standing alone by a cue, read as a surname ("said Baron").
    title_name: bool,
    /// Used the way companies are: "X said it", "X's shares".
    org_hint: bool,
    /// Named as an organization: "chipmaker Intel", `Citicorp <CCI>`, "Ericsson shares".
    org_named: bool,
    /// The last word of a longer name joined by "and", "of", "for" or "&": "Trade and Industry".
    name_piece: bool,
    /// Right after a closing quotation mark and by a cue: nationality words may be names.
    after_close: bool,
    /// Object of a meeting: "meets with Putin".
    met_with: bool,
    /// A full name right after "said" and closing its clause: "…,” said Reince Priebus.
    said_by: bool,
    /// After "the", as a subject: "the Bundesbank said".
    after_the: bool,
    /// A place's name, or a word inside a noun phrase an article opens, used before a
    /// lower-case word that is no cue: "the Paris meeting", "said London race director …",
    /// "an XM Satellite radio show".
    place_modifier: bool,
    /// A common word right by a cue ("…,” Read said): a person only as the surname of a
    /// full name the article gives ("Ian Read").
    surname_only: bool,
    /// Title and role words attached to the name ("cia director").
    roles: Vec<String>,
    person: Option<usize>,
}

const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Lower-case nouns that, right before a name, make it an organization's ("state oil company
/// Petrobras", "the band Busted"). Not those a person can be too: "broker Jeffrey Wendel",
/// "film maker Steven Spielberg", "publisher Kimberly Quinn", "property developer Ann Lee".
const ORG_NOUNS: &[&str] = &[
    "agency",
    "airline",
    "automaker",
    "band",
    "bank",
    "broadcaster",
    "brokerage",
    "carmaker",
    "carrier",
    "chain",
    "chipmaker",
    "company",
    "conglomerate",
    "consultancy",
    "daily",
    "distributor",
    "drugmaker",
    "exchange",
    "exporter",
    "firm",
    "giant",
    "group",
    "importer",
    "institute",
    "insurer",
    "label",
    "lender",
    "magazine",
    "manufacturer",
    "network",
    "newspaper",
    "office",
    "operator",
    "refiner",
    "regulator",
    "retailer",
    "steelmaker",
    "studio",
    "subsidiary",
    "supplier",
    "tabloid",
    "union",
    "utility",
    "watchdog",
    "website",
    "weekly",
];

/// Honorifics that open a name: nothing before them is part of it.
const STRICT_HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "messrs"];

/// Words that count or measure: a capitalized word after them is a unit ("billion U.S.
/// Dlrs"), not a name.
fn is_quantity(w: &str) -> bool {
    // An age describes the person who follows: "76-year-old Morton Blackwell".
    let age = w.ends_with("-old");
    w.chars().next().is_some_and(|c| c.is_ascii_digit()) && !age
        || matches!(
            w,
            "million" | "billion" | "trillion" | "thousand" | "hundred" | "mln" | "bln" | "pct"
        )
}

fn word_at<'a>(text: &'a str, toks: &[Tok], k: usize) -> &'a str {
    toks.get(k).and_then(|t| text.get(t.s..t.e)).unwrap_or("")
}

/// `fold_at(text, toks, k)`, without folding again.
fn fold_at<'a>(text: &'a str, toks: &'a [Tok], k: usize) -> &'a str {
    match toks.get(k) {
        None => "",
        Some(Tok { kind: Kind::Punct('.' | '\''), .. }) => "",
        Some(Tok { kind: Kind::Punct('-'), .. }) => " ",
        Some(t @ Tok { kind: Kind::Punct(c), .. }) if c.is_ascii() => {
            text.get(t.s..t.e).unwrap_or("")
        }
        Some(t) => t.fold(text),
    }
}

/// The word at `k` in lower case; borrowed when it is lower-case ASCII already, as most words
/// next to a name are ("said", "and"): this runs for several words around every name (issue 6).
fn lower_word_at<'a>(text: &'a str, toks: &[Tok], k: usize) -> Option<Cow<'a, str>> {
    let t = toks.get(k)?;
    if !t.is_word() {
        return None;
    }
    let word = text.get(t.s..t.full_e)?;
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Some(Cow::Borrowed(word));
    }
    Some(Cow::Owned(word.to_lowercase()))
}

/// Index of the next word after `k`, skipping auxiliaries and adverbs.
fn next_content_word(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    let mut j = k + 1;
    while j < toks.len() && j <= k + 4 {
        if !toks[j].is_word() {
            return None;
        }
        let w = word_at(text, toks, j);
        // "told" sits behind other cues ("had told"), but it is a cue itself: "Trump told Fox".
        if set_has(&AUX_SET, w) && !quotes::is_cue(w) {
            j += 1;
            continue;
        }
        return Some(j);
    }
    None
}

/// Whether the object of "told" that starts at `k` is followed by "it" or "its" ("told the
/// SEC it had", "told Reuters that its"): a few words, no punctuation in between.
fn told_it(text: &str, toks: &[Tok], k: usize) -> bool {
    for j in k..(k + 6).min(toks.len()) {
        if !toks[j].is_word() {
            return false;
        }
        if j > k && matches!(word_at(text, toks, j), "it" | "its") {
            return true;
        }
    }
    false
}

/// Words that close a company's name: the words before them name a company, wherever else
/// in the article they stand alone ("Merrill Lynch and Co" makes "Merrill Lynch" no person).
const COMPANY_SUFFIXES: &[&str] = &[
    "co",
    "cos",
    "company",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "limited",
    "plc",
    "llc",
    "gmbh",
    "ag",
    "nv",
    // Italian "S.p.A." written as a word ("CM Italia Spa").
    "spa",
    "bancorp",
    "holdings",
    "group",
    "securities",
    "savings",
    "markets",
    "industries",
    "enterprises",
    "partners",
    "airways",
    "bank",
    // An industry's word closes a firm's name as a legal form does ("Dome Petroleum", "Pacific
    // Gas", "Tyson Foods"), and no person's.
    "gas",
    "electric",
    "energy",
    "oil",
    "petroleum",
    "chemical",
    "chemicals",
    "mining",
    "resources",
    "foods",
    "pharmaceuticals",
    "pharma",
    "telecom",
    "telecommunications",
    "semiconductor",
    "insurance",
    "financial",
    "investment",
    "investments",
    "futures",
    "acquisition",
    "acquisitions",
    "dynamics",
    "motors",
    "airlines",
    "systems",
    "communications",
    "ventures",
    "technologies",
    "electronics",
    "computer",
    "computers",
    "software",
];

/// "New", "United" or "Real": words that, capitalized, open the names of things more often
/// than a role before a person ("New York Stock Exchange", "United Airlines", "Real Madrid").
fn opens_thing_name(w: &str) -> bool {
    ["new", "united", "real"].iter().any(|t| w.eq_ignore_ascii_case(t))
}

/// Whether a capitalized "New" (or "United") opening the run `start..end` stands before a
/// person: before a title ("New Prime Minister Ann Lee", "New Jersey Gov. Chris Christie"), a
/// resident of a "New" place ("New Zealander Peter Jackson") or a full name ("New Bruce Willis
/// movie"). Otherwise it opens the name of a thing ("film studio New Line", "New York Stock
/// Exchange", "the United Arab Emirates"), not of a person.
fn new_before_person(text: &str, toks: &[Tok], start: usize, end: usize) -> bool {
    let lists = &*LISTS;
    let words: Vec<String> = (start + 1..end)
        .filter(|&k| toks[k].is_word())
        .map(|k| fold_at(text, toks, k).to_string())
        .collect();
    let Some(next) = words.first() else { return false };
    let resident = ["er", "ers"].iter().any(|end| {
        next.strip_suffix(end)
            .is_some_and(|place| lists.places.contains(format!("new {place}").as_str()))
    });
    let full_name =
        is_given(next) && words.get(1).is_some_and(|w| lists.surnames.contains(w.as_str()));
    // "United Auto Workers Secretary-Treasurer Gary Casteel": a hyphenated title counts.
    let title = |w: &String| w.split(' ').any(|part| lists.titles.contains(part));
    resident || full_name || words.iter().any(title)
}

/// "al-Sabah", "el-Sayed": a lower-case Arabic article joined by a hyphen to a capitalized name.
fn arabic_article_name(w: &str) -> bool {
    ["al-", "el-", "al’", "ad-", "as-", "ash-", "at-", "az-", "ar-"].iter().any(|a| {
        w.strip_prefix(a).and_then(|rest| rest.chars().next()).is_some_and(char::is_uppercase)
    })
}

/// Name candidates of a passage, and the folded names it shows to be companies.
fn find_candidates(text: &str, toks: &[Tok]) -> (Vec<Cand>, Vec<String>) {
    let lists = &*LISTS;
    let mut out = Vec::new();
    // "LyphoMed Inc … Lyphomed said": a brand-shaped word names a thing, in any spelling, and
    // so does a word before it that is no given name ("Ribi ImmunoChem Research … Ribi said").
    let mut orgs: Vec<String> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if !t.brand || t.fold(text).contains(' ') {
            continue;
        }
        orgs.push(t.fold(text).to_string());
        if let Some(p) = k.checked_sub(1).map(|p| &toks[p]) {
            if p.is_word() && p.cap && !is_given(p.fold(text)) {
                orgs.push(p.fold(text).to_string());
            }
        }
    }
    // Where the last run of capitalized words started and ended.
    let mut prev_run: Option<(usize, usize)> = None;
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if !(t.is_word() && t.cap) {
            k += 1;
            continue;
        }
        // Grow the run of capitalized words (with particles, initials and title dots inside).
        let start = k;
        let mut end = k + 1;
        while end < toks.len() && !toks[end - 1].poss {
            let n = &toks[end];
            if n.quote != toks[start].quote {
                break;
            }
            if n.is_word() && n.cap {
                end += 1;
                continue;
            }
            let next_cap =
                toks.get(end + 1).is_some_and(|x| x.is_word() && x.cap && x.quote == n.quote);
            // "Sheikh Ali al-Khalifa al-Sabah", "Hosni el-Sayed": an Arabic article joined to
            // a capitalized name.
            if n.is_word() && !n.cap && arabic_article_name(word_at(text, toks, end)) {
                end += 1;
                continue;
            }
            if n.is_word() && !n.cap {
                // Particles, possibly several: "von der Leyen", "de la Fuente".
                let mut m = end;
                while m < toks.len()
                    && m < end + 3
                    && toks[m].is_word()
                    && !toks[m].cap
                    && is_particle(word_at(text, toks, m))
                {
                    m += 1;
                }
                if m > end
                    && toks.get(m).is_some_and(|x| x.is_word() && x.cap && x.quote == n.quote)
                {
                    end = m;
                    continue;
                }
            }
            // Only an abbreviation's dot ("Sen. Warren", "J. Smith") stays inside a run; a
            // sentence end ("the EU. But Mr Blair") never does.
            if n.is_punct('.') && next_cap && toks.get(end + 1).is_some_and(|x| !x.initial) {
                let prev = &toks[end - 1];
                let pw = fold_at(text, toks, end - 1);
                if (prev.e - prev.s == 1)
                    || lists.titles.contains(pw)
                    || is_dotted_initials(word_at(text, toks, end - 1))
                {
                    end += 1;
                    continue;
                }
            }
            break;
        }
        k = end;
        // “Solid South”, “Experience Counts”: a quotation that is nothing but a capitalized run
        // is a slogan or a title, not a person.
        if let Some(q) = toks[start].quote {
            let word_in_quote = |t: &Tok| t.quote == Some(q) && t.is_word();
            if !toks[..start].iter().rev().take_while(|t| t.quote == Some(q)).any(word_in_quote)
                && !toks[end..].iter().take_while(|t| t.quote == Some(q)).any(word_in_quote)
            {
                continue;
            }
        }
        // Every tail of the run, since titles may open it ("Underwriter Merrill Lynch").
        if let Some(name) = company_name(text, toks, start, end) {
            let words: Vec<&str> = name.split(' ').collect();
            orgs.extend((0..words.len()).map(|i| words[i..].join(" ")));
            // "Smith Barney, Harris Upham and Co": partners' surnames before the comma name
            // the firm too. A given name opening them is a person at the firm ("said Ann
            // Lee, Kidder, Peabody and Co").
            // "Cable and Wireless Plc": so do those before "and" or "&".
            let joins = |e0: usize| {
                toks[e0].is_punct(',') || toks[e0].is_punct('&') || word_at(text, toks, e0) == "and"
            };
            if let Some((s0, e0)) = prev_run.filter(|&(_, e0)| e0 + 1 == start && joins(e0)) {
                let before: Vec<String> = (s0..e0)
                    .filter(|&j| toks[j].is_word())
                    .map(|j| fold_at(text, toks, j).to_string())
                    .skip_while(|w| set_has(&NOT_NAMES_SET, w))
                    .collect();
                if before.first().is_some_and(|w| !is_given(w)) {
                    orgs.extend((0..before.len()).map(|i| before[i..].join(" ")));
                }
            }
        }
        prev_run = Some((start, end));
        if let Some(c) = analyze_run(text, toks, start, end) {
            out.push(c);
        }
    }
    (out, orgs)
}

/// "Merrill Lynch and Co", "Sun Co", "Texaco Inc": the folded words before the company
/// suffix, without sentence-initial function words.
fn company_name(text: &str, toks: &[Tok], start: usize, end: usize) -> Option<String> {
    let mut words: Vec<String> = (start..end)
        .filter(|&k| toks[k].is_word())
        .map(|k| fold_at(text, toks, k).to_string())
        .skip_while(|w| set_has(&NOT_NAMES_SET, w))
        .collect();
    // "Cheung Kong (Holdings) Ltd": a word in parentheses before the suffix.
    let parenthesized = toks.get(end).is_some_and(|t| t.is_punct('('))
        && toks.get(end + 1).is_some_and(|t| t.is_word() && t.cap)
        && toks.get(end + 2).is_some_and(|t| t.is_punct(')'))
        && lower_word_at(text, toks, end + 3)
            .is_some_and(|w| set_has(&COMPANY_SUFFIXES_SET, &fold_word(&w)));
    if parenthesized && !words.is_empty() {
        return Some(words.join(" "));
    }
    let and_co = toks.get(end).is_some_and(|t| t.is_punct('&'))
        || lower_word_at(text, toks, end).is_some_and(|w| w == "and");
    let and_co = and_co
        && toks
            .get(end + 1)
            .is_some_and(|t| t.cap && matches!(fold_at(text, toks, end + 1), "co" | "company"));
    if !and_co {
        let last = words.pop()?;
        if !set_has(&COMPANY_SUFFIXES_SET, &last) {
            return None;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// Words that open a place's name and never a person's: "Mount Clemens", "Fort Lee".
const PLACE_OPENERS: &[&str] = &["mount", "fort", "port", "cape", "lake"];

/// Words that make a town's name the name of a feature of it ("Sydney Harbour").
const PLACE_FEATURES: &[&str] = &[
    "harbour",
    "harbor",
    "river",
    "valley",
    "bay",
    "lake",
    "beach",
    "park",
    "island",
    "islands",
    "mountain",
    "mountains",
    "falls",
    "springs",
    "heights",
    "hills",
    "hill",
    "square",
    "bridge",
    "station",
    "airport",
    "port",
    "county",
    "city",
    "town",
    "district",
    "road",
    "avenue",
    "creek",
    "sea",
    "field",
    "forest",
    "canyon",
    "desert",
    "dam",
    "refuge",
    "prison",
    "jail",
    "palace",
    "castle",
    "temple",
    "cathedral",
    "abbey",
    "stadium",
    "arena",
    "gardens",
];

/// Roles that stand before a name only in lower case ("ABC News anchor George Stephanopoulos"),
/// so they are not among the titles: "Anchor Glass" is a firm.
const LOWER_CASE_ROLES: &[&str] = &["anchor"];

/// Whether the word at `k` follows one of `heads` and the preposition `prep`: a title held over
/// a place and "of" ("the Bishop of Durham"), a member and the seat "for" ("MP for West Ham").
fn after_head(text: &str, toks: &[Tok], k: usize, prep: &str, heads: &[&str]) -> bool {
    k >= 2 && word_at(text, toks, k - 1) == prep && in_list(heads, fold_at(text, toks, k - 2))
}

/// Titles of members elected for a seat: "Labour MP for West Ham".
const MEMBERS_FOR_SEATS: &[&str] = &["mp", "mep", "msp", "mla", "member"];

/// Titles held over a place: "the Bishop of Durham", "the Mayor of London".
const TERRITORIAL_TITLES: &[&str] = &[
    "archbishop",
    "baron",
    "baroness",
    "bishop",
    "countess",
    "duchess",
    "duke",
    "earl",
    "emir",
    "governor",
    "king",
    "marquess",
    "mayor",
    "prince",
    "princess",
    "queen",
    "sultan",
    "viscount",
];

fn analyze_run(text: &str, toks: &[Tok], start: usize, end: usize) -> Option<Cand> {
    let lists = &*LISTS;
    // "12 billion U.S. Dlrs", "S and P": a capitalized run after a number is a unit, and a
    // single letter is an abbreviation; neither is ever a person.
    // A rank is no quantity: "1st Lt. Tyler Livingston" (but "20th Century Fox" is one).
    let rank = |w: &str| {
        ["st", "nd", "rd", "th"].iter().any(|s| {
            w.strip_suffix(s)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        }) && lists.titles.contains(fold_at(text, toks, start))
    };
    if start > 0
        && lower_word_at(text, toks, start - 1).is_some_and(|w| is_quantity(&w) && !rank(&w))
    {
        return None;
    }
    // "REUTER": a word shouted in capitals (longer than acronyms run) comes from a heading or
    // a sign-off line, where capitals say nothing.
    // "UC-AFT President Bob Samuels": such a word before a title and a given name belongs to
    // what precedes it.
    let shouted = |k: usize| {
        toks[k].acronym && toks[k].e - toks[k].s >= 5 && !word_at(text, toks, k).contains('.')
    };
    let start = match (start..end).rev().find(|&k| toks[k].is_word() && shouted(k)) {
        Some(k)
            if toks.get(k + 1).is_some_and(|t| {
                t.is_word() && lists.titles.contains(fold_at(text, toks, k + 1))
            }) && toks[k + 1..end].iter().filter(|t| t.is_word()).count() >= 3
                && is_given(fold_at(text, toks, k + 2)) =>
        {
            k + 1
        }
        Some(_) => return None,
        None => start,
    };
    // "Tanzania Mr Brown", "BBC Mr Howard": nothing stands before Mr, Mrs, Ms or Dr in a name,
    // so whatever does belongs to the text before.
    let mut start = (start + 1..end)
        .rev()
        .find(|&k| in_list(STRICT_HONORIFICS, fold_at(text, toks, k)))
        .unwrap_or(start);
    // "If Putin", "But Biden": a capitalized function word opening the sentence is no part;
    // nor are "Monday Tony Blair", "March President Reagan" (a date before the name) or
    // "Earlier Tony Blair", "Analysing Mr Brown" (a sentence-initial adverb or verb before a
    // title or a given name).
    let run_start = start;
    while start + 1 < end && toks[start].is_word() && {
        let w = fold_at(text, toks, start);
        let next = fold_at(text, toks, start + 1);
        let next_named = lists.titles.contains(next) || is_given(next);
        set_has(&NOT_NAMES_SET, w) && !lists.titles.contains(w)
            || set_has(&MONTHS_DAYS_SET, w) && (!is_given(w) || lists.titles.contains(next))
            || toks[start].initial
                && next_named
                && !toks[start].acronym
                && !lists.titles.contains(w)
                && !is_given(w)
                && !lists.surnames.contains(w)
                && !lists.places.contains(w)
                && !lists.demonyms.contains(w)
                && !is_particle(w)
    } {
        if opens_thing_name(word_at(text, toks, start))
            && !new_before_person(text, toks, start, end)
        {
            return None;
        }
        start += 1;
    }
    // "the United Arab Emirates", "United Airlines": a thing, as after "New" above.
    if opens_thing_name(word_at(text, toks, start)) && !new_before_person(text, toks, start, end) {
        return None;
    }
    // "New York", "St Helens": a run that is a place's whole name stays one when the loop
    // above strips its first word, which would leave "York".
    if start > run_start {
        let mut whole = String::new();
        for k in (run_start..end).filter(|&k| toks[k].is_word()) {
            if !whole.is_empty() {
                whole.push(' ');
            }
            whole.push_str(fold_at(text, toks, k));
        }
        if lists.places.contains(whole.as_str()) {
            return None;
        }
    }
    let mut idx: Vec<usize> = (start..end).filter(|&k| toks[k].is_word()).collect();
    let folded: Vec<&str> = idx.iter().map(|&k| fold_at(text, toks, k)).collect();
    let last = *folded.last()?;
    // "Labor Day", "Martin Luther King Day", "Boxing Day": a day named after something. Only
    // a given name before it makes "Day" a surname ("Doris Day").
    let holiday = last == "day"
        && folded.len() >= 2
        && !is_given(folded[folded.len() - 2])
        && !is_dotted_initials(word_at(text, toks, idx[idx.len() - 2]));
    // "Happily, Mr. Zuckerberg …", "Ironically, …": an adverb opening its sentence before a
    // comma (names in "-ly" such as Donnelly or Kelly are in the lists).
    let adverb = folded.len() == 1
        && toks[idx[0]].initial
        && last.len() >= 7
        && last.ends_with("ly")
        && toks.get(idx[0] + 1).is_some_and(|t| t.is_punct(','))
        && !is_given(last)
        && !lists.surnames.contains(last);
    if holiday || adverb {
        return None;
    }
    // "Goodison Park", "Candlewood Lake", "Mount Clemens", "Fort McMurray": a place named
    // after something. Only a given name, a title or an initial before the feature makes it
    // a surname ("Damon Hill", "Mr Park").
    let before_last = folded.len().checked_sub(2).map(|n| (n, &folded[n]));
    let place = before_last.is_some_and(|(n, prev)| {
        set_has(&PLACE_FEATURES_SET, last)
            // "China Sea", "Georgia Dome": a country or state is no given name there.
            && (!is_given(prev) || lists.countries.contains(prev))
            // "Margaret Hunt Hill": a plain given name opens a person's name.
            && (folded[0].contains(' ') || !is_given(folded[0]))
            && !lists.titles.contains(prev)
            && !set_has(&HONORIFICS_SET, prev)
            && !is_dotted_initials(word_at(text, toks, idx[n]))
            && prev.chars().count() > 1
    }) || folded.len() >= 2 && in_list(PLACE_OPENERS, folded[0]);
    if place {
        return None;
    }
    // "Dr. Ing. H.C.F. Porsche AG": a company's legal form closes no person's name, whatever
    // title opens it.
    if lists.orgs.contains(last)
        || folded.len() >= 2 && set_has(&COMPANY_SUFFIXES_SET, last)
        || folded.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    // The name starts after the last title word that still leaves a name behind it.
    let mut name_from = 0;
    let mut roles = Vec::new();
    let mut honorific = false;
    let name_end = folded.len() - folded.iter().rev().take_while(|w| in_list(SUFFIXES, w)).count();
    for (n, w) in folded.iter().enumerate().take(name_end.saturating_sub(1)) {
        // "Zaid bin Sultan al-Nahayan": after "bin" a title word is a father's name.
        let after_bin = n > 0 && matches!(folded[n - 1], "bin" | "ibn" | "bint");
        let title = !after_bin && lists.titles.contains(w)
            // "George H.W. Bush": dotted initials after a given name are the middle of a
            // name; opening one ("E.F. Hutton", "Rep. G.K. Butterfield") they are kept apart,
            // as companies named so are common in business news.
            || toks[idx[n]].acronym
                && !(n > 0
                    && is_given(folded[n - 1])
                    && is_dotted_initials(word_at(text, toks, idx[n])))
            || w.contains(' ')
                && w.split(' ').any(|p| lists.titles.contains(p) && !set_has(&NOT_HEADS_SET, p));
        if title {
            name_from = n + 1;
            honorific = set_has(&HONORIFICS_SET, w);
        }
    }
    for w in &folded[..name_from] {
        roles.push(w.to_string());
    }
    // "Deputy Secretary of State Wendy Sherman": the title run before "of" is a role too.
    // Not after a title that stands alone ("Chairman of President Reagan's council" is two
    // people's titles), and only over title-like words: "In January Secretary of State
    // George Shultz" starts at "Secretary".
    let mut title0 = start;
    let first_title = fold_at(text, toks, start);
    if name_from > 0
        && start >= 2
        && word_at(text, toks, start - 1) == "of"
        && !set_has(&HONORIFICS_SET, first_title)
    {
        let mut j = start - 1;
        while j > 0 && toks[j - 1].is_word() && toks[j - 1].cap && {
            let w = fold_at(text, toks, j - 1);
            !set_has(&MONTHS_DAYS_SET, w)
                && !set_has(&NOT_NAMES_SET, w)
                && (lists.titles.contains(w)
                    || toks[j - 1].acronym
                    || lists.demonyms.contains(w)
                    || lists.places.contains(w)
                    || !toks[j - 1].initial)
        } {
            j -= 1;
            roles.push(fold_at(text, toks, j).to_string());
        }
        if j < start - 1 {
            title0 = j;
        }
    }
    // "Calgary-based Dome Petroleum", "Boston-based Maria Lopez": where a name is based
    // qualifies it; the name after is a person's only with a given name.
    // So does what it is owned, listed or designed by; "Oscar-winner Andrea Arnold",
    // "Tunisian-born Abdellatif Kechiche", "Man-of-the-match Stephen Jones" describe a person,
    // whose name follows.
    let mut based = false;
    if name_from + 1 < folded.len() {
        let modifier = hyphen_modifier(word_at(text, toks, idx[name_from]));
        if let Some(qualifies) = modifier {
            name_from += 1;
            based = qualifies == Qualifies::Thing;
        }
        // "Lebanese-born Saudi Arabian businessman": where someone is from, no name.
        if modifier.is_some()
            || name_from > 0 && hyphen_modifier(word_at(text, toks, idx[name_from - 1])).is_some()
        {
            // The word lists miss some nationalities ("Peruvian", "Saudi Arabian"), so a
            // last word shaped like one counts unless it is a known name or follows a given
            // name ("Armenian-born Kim Kardashian").
            let nationality_shaped = |w: &str| {
                (w.ends_with("ian") || w.ends_with("ean") || w.ends_with("ese"))
                    && !is_given(w)
                    && !lists.surnames.contains(w)
            };
            let from_somewhere = folded[name_from..].iter().all(|w| {
                lists.demonyms.contains(w)
                    || lists.places.contains(w)
                    || lists.countries.contains(w)
            }) || !folded[name_from..].iter().any(|w| is_given(w))
                && folded.last().is_some_and(|w| nationality_shaped(w));
            if from_somewhere {
                return None;
            }
        }
    }
    let mut words: Vec<String> = folded[name_from..].iter().map(|w| w.to_string()).collect();
    let mut ends: Vec<usize> = idx[name_from..].to_vec();
    let mut suffix = None;
    if words.len() > 1 && in_list(SUFFIXES, words.last().map_or("", String::as_str)) {
        suffix = words.pop();
        ends.pop();
    }
    // "Labour MPs", "Tory MP": members of a body, no one's name; "Ruth Kelly MP" is Ruth
    // Kelly.
    let member = |w: &str| matches!(w, "mp" | "mps" | "mep" | "meps" | "msp" | "msps");
    if words.len() > 1 && words.last().is_some_and(|w| member(w)) {
        // A place before it ("the Ealing North MP") names a seat, not a person.
        if words.len() == 2 || !words.iter().any(|w| is_given(w)) {
            return None;
        }
        words.pop();
        ends.pop();
        idx.pop();
    }
    // "Democrat Lawton Chiles", "Tory Liam Fox", "Australian Lynton Crosby": a party or a
    // nationality before a given name or before a known surname is an affiliation, even one
    // that is a given name too; so are two ("Lib Dem Norman Baker").
    while words.len() >= 3
        && lists.demonyms.contains(words[0].as_str())
        && (is_given(&words[1])
            || lists.surnames.contains(words[words.len() - 1].as_str())
            || words.len() >= 4 && lists.demonyms.contains(words[1].as_str()))
    {
        name_from += 1;
        title0 = idx[name_from];
        roles.push(words.remove(0));
        ends.remove(0);
    }
    // "United Auto Workers Secretary-Treasurer Gary Casteel": a long run ends in the name.
    if words.len() > 3 || words.len() == 3 && !is_given(&words[0]) {
        let given_at = (1..words.len() - 1).rev().find(|&i| {
            is_given(&words[i]) && !is_particle(&words[i]) && !is_particle(&words[i - 1])
        });
        if let Some(i) = given_at.filter(|_| !is_given(&words[0])) {
            name_from += i;
            // "Treasury Secertary James Baker": words before the name that are no title
            // (a typo, a place) are no part of how the text names the person.
            if !lists.titles.contains(words[i - 1].as_str()) {
                title0 = idx[name_from];
            }
            roles.extend(words.drain(..i));
        }
    }
    let first = words.first()?.clone();
    if first.chars().count() == 1 && words.len() == 1 {
        return None;
    }
    // "al-Rai al-Aam" (a newspaper), "al-Nahayan" alone: a name opens with the person's own
    // name, not with an article.
    if ["al-", "el-"].iter().any(|a| first.len() > a.len() && first.starts_with(a)) {
        return None;
    }
    // "British Petroleum", "Credit Suisse", "Security Pacific", "ITV London": title-list words
    // that only qualify a role, or an acronym, before a single word open a thing's name. A
    // person's title has a head ("British Prime Minister Eden", "Sen. Warren"). Two capitals
    // may be a person's initials ("JK Rowling"), so they are left as they were.
    let qualifier = |w: &str, k: usize| {
        !is_role_head(w) && (toks[k].acronym && w.chars().count() > 2 || lists.titles.contains(w))
    };
    // "Economist Intelligence Unit": nor does a head followed by a qualifier.
    if words.len() == 1
        && name_from > 0
        && (folded[..name_from].iter().zip(&idx).all(|(w, &k)| qualifier(w, k))
            || !toks[idx[name_from - 1]].acronym
                && qualifier(folded[name_from - 1], idx[name_from - 1])
                && !is_dotted_initials(word_at(text, toks, idx[name_from - 1])))
    {
        return None;
    }
    // "West German", "South African": a nationality closing a run no given name opens.
    let demonym_first = lists.demonyms.contains(first.as_str());
    if words.len() >= 2
        && words.last().is_some_and(|w| lists.demonyms.contains(w.as_str()))
        && (!is_given(&first) || demonym_first)
    {
        return None;
    }
    // "Credit Foncier de France", "Southern France", "Unfortunately England": a country closing
    // a run that a word no name has opens, or that is longer than a given name and a surname.
    // (Countries are surnames too: "Denzel Washington", "Alastair France".)
    if words.len() >= 2
        && words.last().is_some_and(|w| lists.countries.contains(w.as_str()))
        && !is_given(&first)
        && (words.len() >= 3
            || set_has(&NOT_NAMES_SET, &first)
            || lists.demonyms.contains(first.as_str())
            || lists.places.contains(first.as_str())
            || first.ends_with("ern")
            || first.ends_with("ly"))
    {
        return None;
    }
    let t0 = idx[name_from];
    let t1 = *idx.last()? + 1;
    let tok0 = &toks[t0];
    // Months and weekdays are no names, except as a surname after a given name ("Theresa May").
    // Weekdays never are ("Morning Joe Monday").
    // "May said:", "…,” May wrote": a month as the subject of a cue is a surname, a person's
    // only if the article gives a full name that ends in it ("Brian May").
    let month_by_cue = words.len() == 1
        && set_has(&MONTHS_DAYS_SET, &first)
        && !first.ends_with("day")
        && !toks[t1 - 1].poss
        && lower_word_at(text, toks, t1).is_some_and(|w| quotes::is_cue(&w));
    // "Jan Berry said", "June Carter": a month that is a common given name, before a surname.
    let given_month = |i: usize, w: &str| {
        i == 0
            && words.len() == 2
            && matches!(w, "jan" | "april" | "may" | "june" | "august")
            && lists.surnames.contains(words[1].as_str())
            && !words[1].ends_with("day")
    };
    let surname_month = |i: usize, w: &str| {
        i > 0 && i + 1 == words.len() && is_given(&words[0]) && !w.ends_with("day")
    };
    let calendar = |(i, w): (usize, &String)| {
        set_has(&MONTHS_DAYS_SET, w) && !(month_by_cue || surname_month(i, w) || given_month(i, w))
    };
    if tok0.acronym
        || words.iter().enumerate().any(calendar)
        || words.iter().any(|w| lists.orgs.contains(w.as_str()))
    {
        return None;
    }
    // Contractions ("I've", "We'll") are no names.
    let contraction = |k: usize| {
        let w = word_at(text, toks, k);
        ["'ve", "’ve", "'ll", "’ll", "'re", "’re", "'m", "’m", "'d", "’d", "n't", "n’t"]
            .iter()
            .any(|x| w.ends_with(x))
    };
    if (t0..t1).any(contraction) {
        return None;
    }
    // "Real Madrid", "Aston Villa": a place closing a run that no given name opens.
    if words.len() >= 2
        && words.last().is_some_and(|w| {
            lists.places.contains(w.as_str()) && !lists.surnames.contains(w.as_str())
        })
        && !is_given(&words[0])
    {
        return None;
    }
    // "said Baron.": a title word alone right by a cue is a surname.
    let by_cue = words.len() == 1 && !toks[t0].initial && {
        let prev = if start > 0 {
            lower_word_at(text, toks, start - 1).unwrap_or_default()
        } else {
            Cow::Borrowed("")
        };
        let next = lower_word_at(text, toks, end).unwrap_or_default();
        let next_punct = toks.get(end).is_none_or(|t| !t.is_word());
        !toks[end - 1].poss && (quotes::is_cue(&next) || quotes::is_cue(&prev) && next_punct)
    };
    // Right after a closing quotation mark ("…,” Cuban said", "…,” said Cuban") even a
    // nationality word is a name.
    let closes =
        |k: usize| toks.get(k).is_some_and(|t| matches!(t.kind, Kind::Punct('”' | '"' | '’')));
    let after_close = by_cue
        && start > 0
        && (closes(start - 1) || start > 1 && closes(start - 2) && toks[start - 1].is_word());
    // "…,” Will wrote", "Early described it as": a common word that is also a surname, in the
    // middle of a sentence by a cue. Kept, to be matched against the article's full names.
    // A title before it ("Sen. Warren said") makes it a person's name already; a word that
    // only qualifies one ("First Boston said") does not.
    let titled = name_from > 0 && is_role_head(folded[name_from - 1]);
    let cue_surname = by_cue
        && words.len() == 1
        && !titled
        && !toks[t0].initial
        && first.chars().count() >= 3
        && (set_has(&NOT_NAMES_SET, &first)
            || lists.countries.contains(first.as_str())
            || lists.places.contains(first.as_str()));
    // "Cuban also complained", even opening a sentence: no nationality word does that alone.
    let cue_surname = cue_surname
        || month_by_cue
        || words.len() == 1
            && lists.demonyms.contains(first.as_str())
            && !toks[end - 1].poss
            && next_content_word(text, toks, end - 1)
                .and_then(|j| lower_word_at(text, toks, j))
                .is_some_and(|w| quotes::is_cue(&w));
    let all_nonperson = !cue_surname
        && words.iter().all(|w| {
            (lists.countries.contains(w.as_str()) || !after_close)
                && lists.demonyms.contains(w.as_str())
                || lists.places.contains(w.as_str())
                    && (!by_cue || lists.countries.contains(w.as_str()))
                    && (lists.countries.contains(w.as_str())
                        || !lists.surnames.contains(w.as_str()))
                || set_has(&NOT_NAMES_SET, w)
                || lists.titles.contains(w.as_str()) && (!by_cue || set_has(&HONORIFICS_SET, w))
                || lists.particles.contains(w.as_str())
        });
    let joined = words.join(" ");
    if all_nonperson && !(honorific && words.len() == 1 && !lists.demonyms.contains(first.as_str()))
    {
        return None;
    }
    if words.len() > 1 && lists.places.contains(joined.as_str()) {
        return None;
    }
    // "Star Wars", "Star Trek": "star" before one word names a thing; a star is named in full
    // ("Star Tom Cruise").
    if name_from > 0 && folded[name_from - 1] == "star" && words.len() == 1 {
        return None;
    }
    // "St. Louis", "Saint Paul": a saint's title before a town's name is the town's.
    if name_from > 0
        && matches!(folded[name_from - 1], "st" | "saint")
        && ["st. ", "st ", "saint "]
            .iter()
            .any(|st| lists.places.contains(format!("{st}{joined}").as_str()))
    {
        return None;
    }
    if words.len() > 4 {
        return None;
    }
    // A plain two- or three-word name, with no company, place or function word in it: the
    // only kind a role word or "said" before it makes a person whatever the given name
    // (business news says "…, said Krupp Stahl AG" and "steelmaker Krupp Stahl AG" too).
    let plain_words = (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            !lists.orgs.contains(w.as_str())
                && !set_has(&NOT_NAMES_SET, w)
                && !set_has(&COMPANY_SUFFIXES_SET, w)
                && !w.ends_with("bank")
                && !w.contains('-')
                && !w.contains('.')
                && w.chars().count() >= 2
        })
        && !first.ends_with("ly")
        && !lists.demonyms.contains(first.as_str())
        && words.last().is_some_and(|w| w.chars().count() >= 3)
        && (t0..t1).all(|k| !toks[k].acronym);
    // "Dallas Cowboys", "Goldman Sachs": a plural closes the names of teams and firms.
    let plural_last =
        words.last().is_some_and(|w| w.ends_with('s') && !lists.surnames.contains(w.as_str()));
    let plain_shape = plain_words && !plural_last;
    let plain_name = plain_shape && !lists.places.contains(first.as_str());
    // "moderator Nancy Cordes": after a role word, a surname ending in s is still one when a
    // given name opens the name ("partner Galactic Resources" stays a firm).
    let plain_s_name = plain_words
        && plural_last
        && words.len() == 2
        && is_given(&first)
        && !lists.countries.contains(first.as_str());
    // "U.S. Sales", "U.K. Interest rates": a country's initials alone make no title, they
    // modify whatever follows ("U.S. envoy Ann Lee" has "envoy").
    let title_before = idx[..name_from].iter().zip(&folded[..name_from]).any(|(&k, w)| {
        !in_list(COUNTRY_INITIALS, w)
            && hyphen_modifier(word_at(text, toks, k)) != Some(Qualifies::Thing)
    });
    let mut ev = Evidence { title: title_before, honorific, ..Evidence::default() };
    // A lower-case role word right before the run: "former president Obama".
    if start > 0 && toks[start - 1].is_word() && !toks[start - 1].cap {
        let w = word_at(text, toks, start - 1);
        // "party boss Reince Priebus", "pollster Charles Franklin": any role word before a
        // full name; before a single word only the roles that take a name.
        let role_before_full_name = (plain_name || plain_s_name)
            && (lists.titles.contains(w) && !set_has(&NOT_HEADS_SET, w)
                || in_list(LOWER_CASE_ROLES, w));
        if set_has(&HONORIFICS_SET, w)
            || role_before_full_name
            || matches!(
                w,
                "spokesman"
                    | "spokeswoman"
                    | "candidate"
                    | "nominee"
                    | "leader"
                    | "adviser"
                    | "advisor"
                    | "aide"
                    | "rival"
                    | "challenger"
            )
        {
            ev.title = true;
            roles.push(w.to_string());
        }
    }
    // Two-letter given names ("Ad", "Bo") are mostly abbreviations in running text.
    let short_ok =
        first.chars().count() > 2 || matches!(first.as_str(), "al" | "ed" | "jo" | "bo" | "ty");
    // "the party's nominee, Mitt Romney": a role noun and a comma before the name.
    if start >= 2
        && toks[start - 1].is_punct(',')
        && toks[start - 2].is_word()
        && !toks[start - 2].cap
    {
        let w = fold_at(text, toks, start - 2);
        if lists.titles.contains(w) && !set_has(&NOT_HEADS_SET, w) {
            ev.title = true;
            roles.push(w.to_string());
        }
    }
    // "German Bundesbank": a given name that is also a nationality counts only before a
    // known surname.
    // "George Zornick", "Mary Tully": many given names also name a town somewhere, so a town
    // word opens a name before a plain surname; a country or state ("Georgia Tech", "Jordan
    // Valley") never does, nor does one before another place word ("Sydney Harbour").
    let town_first = lists.places.contains(first.as_str())
        && (lists.countries.contains(first.as_str())
            || !plain_shape
            || words[1..].iter().any(|w| {
                // "Orlando Democrat", "Orlando July", "Man Standing", "San Diego Union-Tribune".
                lists.places.contains(w.as_str())
                    || set_has(&PLACE_FEATURES_SET, w)
                    || lists.demonyms.contains(w.as_str())
                    || set_has(&MONTHS_DAYS_SET, w)
                    || w.ends_with("ing")
                    || w.contains(' ')
            }));
    ev.given = words.len() >= 2
        && short_ok
        && is_given(&first)
        && !town_first
        && (!demonym_first || words.last().is_some_and(|w| lists.surnames.contains(w.as_str())));
    // "Michigan Bell", "Pacific Bell": a place before a surname names a firm; a given name
    // that is a town too ("Austin Mitchell") still opens a person's.
    ev.surname = words.len() >= 2
        && words.last().is_some_and(|w| lists.surnames.contains(w.as_str()))
        && (!lists.places.contains(first.as_str()) || is_given(&first));
    let last_tok = t1 - 1;
    // "the head of Preventon told", "Ann Lee from EduVision said", "an analyst at Brisco
    // said": the verb's subject is the noun before "of", "from", "for" or "at", not the name
    // after it.
    let governed = name_from == 0
        && start > 0
        && matches!(word_at(text, toks, start - 1), "of" | "from" | "for" | "at");
    if !toks[last_tok].poss && !governed {
        if let Some(j) = next_content_word(text, toks, last_tok) {
            if let Some(w) = lower_word_at(text, toks, j) {
                if quotes::is_person_verb(&w) && toks[j].quote == toks[last_tok].quote {
                    ev.verb = true;
                }
            }
        }
    }
    // Object or inverted subject of a cue: "said Heisbourg", "meets with Putin".
    let mut met_with = false;
    let mut said_by = false;
    if start > 0 {
        let p1 = lower_word_at(text, toks, start - 1).unwrap_or_default();
        let p2 = if start > 1 {
            lower_word_at(text, toks, start - 2).unwrap_or_default()
        } else {
            Cow::Borrowed("")
        };
        // "urged London mayor Ken Livingstone": a name before a role and another name only
        // says whose or where the role is; the object is the name after it.
        let modifies_role = toks.get(t1).is_some_and(|t| t.is_word() && !t.cap)
            && is_role_head(fold_at(text, toks, t1))
            && toks.get(t1 + 1).is_some_and(|t| t.is_word() && t.cap);
        if (quotes::is_cue(&p1)
            || (p1 == "with" && quotes::is_person_verb(&p2))
            || quotes::is_person_verb(&p1))
            && !modifies_role
        {
            ev.object = true;
        }
        met_with = p1 == "with" && quotes::is_person_verb(&p2) && !quotes::is_cue(&p2);
        // "…,” said Reince Priebus." A full name right after a verb of saying that has no
        // object, closing its clause, is the speaker, whatever the given name; so is one after
        // role words that end on a role's head ("said Republican party boss Reince Priebus").
        let role_before = start > 1 && is_role_head(&fold_word(&p1));
        let after_speech_cue = if role_before {
            (start.saturating_sub(7)..start - 1)
                .rev()
                .take_while(|&j| toks[j].is_word() && toks[j].quote.is_none())
                .any(|j| lower_word_at(text, toks, j).is_some_and(|w| names_its_speaker_after(&w)))
        } else {
            names_its_speaker_after(&p1)
        };
        // A plural ends a firm's name ("said Goldman Sachs"), but English plurals do not end in
        // "-us" or "-is" ("said Reince Priebus", "said Ann Davis").
        let singular_s = plain_words
            && words.len() == 2
            && words.last().is_some_and(|w| w.ends_with("us") || w.ends_with("is"))
            && !lists.places.contains(first.as_str());
        // "says Stu Rothenberg of the Rothenberg Political Report": where the speaker works
        // closes the clause as well as a comma does.
        said_by = (plain_name || singular_s)
            && after_speech_cue
            && toks.get(t1).is_none_or(|t| {
                matches!(t.kind, Kind::Punct(',' | '.' | ';'))
                    || t.is_word()
                        && matches!(word_at(text, toks, t1), "of" | "at" | "from")
                        && toks
                            .get(t1 + 1)
                            .is_some_and(|n| n.cap || word_at(text, toks, t1 + 1) == "the")
            });
        // "GNA quoted Botchwey as saying …": only a person is quoted as saying something.
        said_by |= is_quoting(&p1) && quoted_as(text, toks, t1);
    }
    // "the Treasury said", "the Bundesbank was": people take no article before their name,
    // things do (titles, which may, were stripped above). Only as a subject, though: "the
    // Trump campaign" uses a person's name as a modifier.
    let after_the = name_from == 0
        && t0 > 0
        && toks[t0 - 1].is_word()
        && matches!(word_at(text, toks, t0 - 1), "the" | "The")
        && match toks.get(t1) {
            None => true,
            Some(t) if !t.is_word() => !toks[t1 - 1].poss,
            Some(_) => lower_word_at(text, toks, t1).is_some_and(|w| {
                quotes::is_cue(&w) || quotes::is_person_verb(&w) || set_has(&AUX_SET, &w)
            }),
        };
    // "Last week in Paris, President Kirchner …", "nations in Paris wanted …": one word
    // right after "in" or "at" ("a letter from Blair" is his), and not a possessive, is a
    // place; the article's full name keeps a surname a person's ("confidence in Blair" after
    // "Tony Blair").
    let after_place_word = name_from == 0
        && words.len() == 1
        && t0 > 0
        && toks[t0 - 1].is_word()
        && matches!(word_at(text, toks, t0 - 1), "in" | "at")
        && !toks[t1 - 1].poss
        && !(ev.title || ev.honorific || ev.given);
    // "the Bishop of Durham", "the Duke of Edinburgh": one word after a title of a see or a
    // realm and "of" is the place the title holds, not the person.
    // So is the place of a peer's title: "Lord Roberts of Conwy".
    let peer_place = name_from == 0
        && t0 >= 3
        && word_at(text, toks, t0 - 1) == "of"
        && toks[t0 - 2].is_word()
        && toks[t0 - 2].cap
        && matches!(fold_at(text, toks, t0 - 3), "lord" | "baroness" | "baron" | "viscount");
    if peer_place {
        return None;
    }
    let after_title_of = name_from == 0
        && words.len() == 1
        && after_head(text, toks, t0, "of", TERRITORIAL_TITLES)
        && toks[t0 - 2].is_word()
        && toks[t0 - 2].cap
        && !ev.given;
    // "St George's Chapel", "St Patrick's Day": a saint's name owning a capitalized noun names
    // a place or a day.
    let saints_place = roles.iter().any(|r| matches!(r.as_str(), "st" | "saint" | "ste"))
        && toks[t1 - 1].poss
        && toks.get(t1).is_some_and(|t| t.is_word() && t.cap);
    if saints_place {
        return None;
    }
    // "Tony Banks, Labour MP for West Ham": the seat a member holds is a place.
    let seat =
        name_from == 0 && after_head(text, toks, t0, "for", MEMBERS_FOR_SEATS) && !ev.honorific;
    // "Nestle said it…", "Nestle's shares": a company, whatever the verb.
    let org_hint = after_the || after_place_word || after_title_of || seat || {
        let n1 = lower_word_at(text, toks, t1).unwrap_or_default();
        let n2 = lower_word_at(text, toks, t1 + 1).unwrap_or_default();
        quotes::is_cue(&n1) && matches!(&*n2, "it" | "its")
            // "Apple has expanded its iPod family", "Sony unveiled its …": what a verb's "its"
            // goes back to is no person.
            || {
                let n3 = lower_word_at(text, toks, t1 + 2).unwrap_or_default();
                let verb = |w: &str| w.len() > 3 && (w.ends_with("ed") || w.ends_with('s'));
                let aux = matches!(&*n1, "has" | "had" | "is" | "was" | "will" | "would");
                !toks[t1 - 1].poss
                    && (verb(&n1) && !aux && n2 == "its" || aux && verb(&n2) && n3 == "its")
            }
            // "Kellogg told the SEC it had…": what tells someone "it" will is a company too.
            || next_content_word(text, toks, t1 - 1).is_some_and(|j| {
                matches!(word_at(text, toks, j), "told" | "tells") && told_it(text, toks, j + 1)
            })
            || toks[t1 - 1].poss
                && matches!(
                    &*n1,
                    "shares"
                        | "profits"
                        | "profit"
                        | "sales"
                        | "stock"
                        | "board"
                        | "chief"
                        | "boss"
                        | "shareholders"
                        | "customers"
                        | "products"
                        | "stores"
                )
    };
    // "state oil company Petrobras", "Citicorp <CCI>", "Ericsson shares", "the Tanjug news
    // agency": a name an organization's noun, a ticker or its shares go with. Unlike a verb's
    // "it", this holds for a full name too ("investment bank Morgan Stanley").
    let mut org_named = based && !ev.given || {
        // "engineering union IG Metall": initials may open the organization's name.
        let mut open = start;
        while open > 0 && toks[open - 1].acronym {
            open -= 1;
        }
        let noun_before = idx[..name_from].iter().all(|&k| toks[k].acronym)
            && open > 0
            && toks[open - 1].is_word()
            && !toks[open - 1].cap
            && set_has(&ORG_NOUNS_SET, word_at(text, toks, open - 1));
        let n1 = lower_word_at(text, toks, t1).unwrap_or_default();
        let n2 = lower_word_at(text, toks, t1 + 1).unwrap_or_default();
        let ticker = !toks[t1 - 1].poss && toks.get(t1).is_some_and(|t| t.is_punct('<'));
        let after = !toks[t1 - 1].poss
            && (matches!(&*n1, "shares" | "stock")
                || n1 == "news" && matches!(&*n2, "agency" | "service"));
        noun_before || ticker || after
    };
    // Apposition: "Avril Haines, Director of …", "Heisbourg, a security expert", "X, who".
    if toks.get(t1).is_some_and(|t| t.is_punct(',')) {
        let n1 = word_at(text, toks, t1 + 1);
        // "Htay Oo, its acting chairman, told": a possessive determiner opens a role too.
        // "Stanley Emerling, executive vice president of the association": business news
        // opens the role with no article too.
        // "Jacy Mendonca, industrial relations director of Autolatina": lower-case words
        // that end on a role's head before "of" or the comma.
        let plain_role = bare_role(text, toks, t1 + 1);
        if matches!(n1, "a" | "an" | "the" | "who" | "whose" | "its" | "his" | "her" | "their")
            || plain_role
            || toks.get(t1 + 1).is_some_and(|t| {
                let w = fold_word(n1);
                t.is_word()
                    && (lists.titles.contains(w.as_str())
                        || !t.cap && set_has(&ROLE_MODIFIERS_SET, &w))
            })
        {
            let mut found = Vec::new();
            let mut j = t1 + 1;
            // "… Nigel Lawson, a Treasury spokesman said": a role followed by a cue is the
            // subject of the next clause, someone else, not an apposition.
            let mut cued = false;
            while j < toks.len() && j < t1 + 8 && toks[j].is_word() {
                let w = fold_at(text, toks, j);
                if quotes::is_cue(w) {
                    cued = true;
                    break;
                }
                if !matches!(
                    w,
                    "a" | "an"
                        | "the"
                        | "who"
                        | "whose"
                        | "of"
                        | "for"
                        | "and"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                ) {
                    found.push(w);
                }
                j += 1;
            }
            // "Perrier, the iconic mineral water" is no person: the apposition must hold a
            // role ("a security expert", "Director of National Intelligence") or be "who".
            let role = plain_role
                || found.iter().any(|w| lists.titles.contains(w) && !set_has(&NOT_HEADS_SET, w));
            // After "his" or "its" the role closes at a comma a few words on ("Htay Oo, its
            // acting chairman, told"); "In Casper, his campaign was …" is a clause.
            let possessive = matches!(n1, "its" | "his" | "her" | "their");
            let role = role
                && (!possessive || j <= t1 + 6 && toks.get(j).is_some_and(|t| t.is_punct(',')));
            // With no article, the role words must stand alone up to "of", "at" or the end:
            // "Casino Royale, author Ian Fleming's first book" and "Notwithstanding, comedian
            // Reeves" give someone else's role, "Peptide T, first identified by" none.
            let bare = toks[t1 + 1].is_word()
                && !toks[t1 + 1].cap
                && !matches!(n1, "a" | "an" | "the")
                && !possessive
                && !matches!(n1, "who" | "whose");
            let role = role
                && (!bare || plain_role || {
                    let run_end = (t1 + 1..toks.len())
                        .find(|&m| {
                            let w = fold_at(text, toks, m);
                            !toks[m].is_word()
                                || toks[m].cap
                                || !(lists.titles.contains(w)
                                    || set_has(&ROLE_MODIFIERS_SET, w)
                                    || w == "and")
                        })
                        .unwrap_or(toks.len());
                    toks.get(run_end).is_none_or(|t| {
                        !t.is_word()
                            || matches!(
                                word_at(text, toks, run_end),
                                "of" | "at" | "for" | "with" | "in"
                            )
                    })
                });
            if matches!(n1, "who" | "whose") {
                ev.appos = true;
            } else if role && !cued {
                ev.appos = true;
                roles.extend(found.into_iter().map(str::to_string));
            } else if !role && !possessive && !cued {
                // "General Tire, a subsidiary of GenCorp": an organization's noun heads the
                // apposition ("Adam Clay, the band's bassist" has "bassist"; "Rita Scott, a
                // partner in a law firm", "partner").
                let head = (t1 + 1..j)
                    .take_while(|&m| {
                        !matches!(
                            word_at(text, toks, m),
                            "of" | "in"
                                | "at"
                                | "for"
                                | "with"
                                | "from"
                                | "on"
                                | "to"
                                | "by"
                                | "behind"
                                | "about"
                                | "under"
                        )
                    })
                    .last()
                    .filter(|&m| !toks[m].poss);
                org_named |= head.is_some_and(|m| set_has(&ORG_NOUNS_SET, word_at(text, toks, m)));
            }
        }
    }
    let org_hint = org_hint || org_named;
    // "the Ministry of International Trade and Industry said", "Marsh & McLennan": one word
    // after "and", "of", "for" or "&" that follow a capitalized word ends a longer name.
    // "Bank of Nova Scotia", "University of Southern California": after an organization's
    // word and "of", a run finishes that organization's name.
    if name_from == 0
        && start >= 2
        && word_at(text, toks, start - 1) == "of"
        && toks[start - 2].is_word()
        && toks[start - 2].cap
        && lists.orgs.contains(fold_at(text, toks, start - 2))
    {
        return None;
    }
    let name_piece = words.len() == 1
        && name_from == 0
        && start >= 2
        && (toks[start - 1].is_punct('&')
            || toks[start - 1].is_word()
                && matches!(word_at(text, toks, start - 1), "and" | "of" | "for"))
        && toks[start - 2].is_word()
        && toks[start - 2].cap;
    let initial = toks[t0].initial && name_from == 0;
    let vocative = toks[t0].quote.is_some()
        && t0 > 0
        && toks[t0 - 1].quote.is_none()
        && words.len() == 1
        && toks.get(t1).is_some_and(|t| t.is_punct(','));
    // A word inside a noun phrase that an article opens, initials between or not: "an XM
    // Satellite radio show", "the Fox network". ("JK Rowling's fifth book", "AE Stoddart
    // toured": initials alone open a person's name.)
    let article = |k: usize| matches!(fold_at(text, toks, k), "a" | "an" | "the");
    let in_noun_phrase = !toks[t1 - 1].poss
        && t0 > 0
        && (article(t0 - 1) || t0 > 1 && toks[t0 - 1].acronym && article(t0 - 2));
    // A place's name, or such a word, used before a lower-case word: not before a cue or a
    // verb a person does ("Bush meets Putin"; "the Paris meeting" is a noun), nor before a
    // function word ("George HW Bush at an event"; `AUX` holds "was").
    let place_modifier = words.len() == 1
        && (lists.places.contains(words[0].as_str()) || in_noun_phrase && !is_given(&words[0]))
        && toks.get(t1).is_some_and(|t| {
            let next = fold_at(text, toks, t1);
            t.is_word()
                && !t.cap
                && !quotes::is_cue(next)
                && (!quotes::is_person_verb(next) || next.ends_with("ing"))
                && !set_has(&AUX_SET, next)
                && !set_has(&PREPOSITIONS_SET, next)
                && !matches!(next, "and" | "or" | "but" | "who" | "which" | "that" | "were")
        });
    let surface = text.get(toks[t0].s..toks[t1 - 1].e).unwrap_or("").to_string();
    Some(Cand {
        t0,
        t1,
        run0: title0,
        words,
        suffix,
        surface,
        ev,
        initial,
        vocative,
        title_name: by_cue,
        org_hint,
        org_named,
        name_piece,
        after_close,
        met_with,
        said_by,
        after_the,
        place_modifier,
        surname_only: cue_surname,
        roles,
        person: None,
    })
}

// ---------------------------------------------------------------------------------------------
// People of the article

#[derive(Debug, Clone)]
struct Person {
    given: Option<String>,
    /// The folded words of the fullest name seen ("enrique pena nieto"), for surnames of more
    /// than one word.
    words: Vec<String>,
    suffix: Option<String>,
    canonical: String,
    gender: Gender,
    aliases: Vec<String>,
    roles: HashSet<String>,
}

struct Doc<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    spans: Vec<QuoteSpan>,
    cands: Vec<Cand>,
    /// Folded names the passage shows to be companies ("Sun Co").
    orgs: Vec<String>,
    /// Candidate index by its first token (title or name), `u32::MAX` where none.
    cand_start: Vec<u32>,
    /// Candidate index by its last token.
    cand_end: Vec<u32>,
    /// Title case ("Glenn Beck Blasts Drudge"): capitals say nothing, so the passage names
    /// only people the rest of the article shows.
    headline: bool,
}

impl Doc<'_> {
    /// Whether a candidate name (or its title) starts at token `k`.
    fn opens_cand(&self, k: usize) -> bool {
        self.cand_start.get(k).is_some_and(|&c| c != u32::MAX)
    }
}

/// Index of the first token starting at or after byte `at` (tokens are in text order).
fn first_at(toks: &[Tok], at: usize) -> Option<usize> {
    let i = toks.partition_point(|t| t.s < at);
    (i < toks.len()).then_some(i)
}

/// Index of the last token ending at or before byte `at`.
fn last_before(toks: &[Tok], at: usize) -> Option<usize> {
    toks.partition_point(|t| t.e <= at).checked_sub(1)
}

fn is_headline(toks: &[Tok]) -> bool {
    // "RED STATES OUTNUMBER BLUE - Jeffrey Jones: “Gallup’s analysis …”": a capitalized
    // heading that introduces a long quotation is a paragraph, and its names count.
    let quoted = toks.iter().filter(|t| t.is_word() && t.quote.is_some()).count();
    if quoted > 12 {
        return false;
    }
    let words = toks.iter().filter(|t| t.is_word() && t.quote.is_none());
    let (n, caps) = words.fold((0, 0), |(n, c), t| (n + 1, c + usize::from(t.cap || t.brand)));
    n >= 4 && caps * 10 >= n * 9
}

fn accepted_alone(c: &Cand) -> bool {
    let ev = c.ev;
    let lists = &*LISTS;
    let w = c.words.first().map_or("", String::as_str);
    if c.words.len() >= 2 {
        // A verb is no evidence for a run used the way companies are ("Aguas Argentinas told
        // the newspaper it would…").
        let verb = ev.verb && !c.org_hint;
        return ev.title || ev.given || verb || ev.appos || ev.surname || c.said_by;
    }
    if set_has(&NOT_NAMES_SET, w) || lists.titles.contains(w) && !c.title_name {
        return false;
    }
    // "chipmaker Intel", "the union IG Metall" (where "IG" reads as a title too).
    if c.org_named && !ev.honorific {
        return false;
    }
    // "General Automation", "BT Operations": a word shaped like an abstract noun is no
    // surname unless the lists know it as one (not "-ing": "Rowling", "Golding"); nor is a
    // plural of people ("Millennials say", "Methodists") or a creed ("Judaism"). Not "-ies":
    // "de Vries".
    let abstract_noun = [
        "tion", "tions", "ment", "ments", "ness", "ity", "ities", "ials", "ians", "ists", "ites",
        "ism", "isms",
    ]
    .iter()
    .any(|suffix| w.ends_with(suffix));
    if abstract_noun && !lists.surnames.contains(w) && !is_given(w) && !ev.honorific {
        return false;
    }
    // "Officers" of "Association of Chief Police Officers": a plural role is no name.
    // "Congressmen said": so is one in "-men".
    let men = w.strip_suffix("men").map(|stem| format!("{stem}man"));
    if w.strip_suffix('s').is_some_and(|stem| lists.titles.contains(stem))
        || men.is_some_and(|m| lists.titles.contains(m.as_str()))
    {
        return false;
    }
    if ev.honorific {
        return true;
    }
    if lists.countries.contains(w) || lists.demonyms.contains(w) && !c.after_close {
        return false;
    }
    // A city's name is a person's only right by a cue: "…,” Hassan said.
    // Unless it is a common surname too ("Bush tells reporters"): then the usual cues decide.
    // So is one that is a surname too, when it is used the way a place is.
    if c.place_modifier || lists.places.contains(w) && !lists.surnames.contains(w) {
        return c.title_name && !c.initial;
    }
    if ev.title || ev.appos || c.said_by {
        return true;
    }
    if c.name_piece {
        return false;
    }
    if ev.verb {
        // "Police said", "Originally dubbed", "Having said that": a sentence-initial word needs
        // to be a known name to be trusted alone when it reads as a plural, an adverb or a
        // participle.
        return !c.initial
            || is_given(w)
            || lists.surnames.contains(w)
            || !w.ends_with('s') && !w.ends_with("ly") && !w.ends_with("ing");
    }
    if ev.object && !c.initial {
        return is_given(w) || lists.surnames.contains(w) || c.met_with;
    }
    false
}

/// Verbs of saying that, with no object, are followed by their speaker: "…,” said X".
fn names_its_speaker_after(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "explained"
            | "noted"
            | "continued"
            | "recalled"
            | "argued"
            | "insisted"
            | "warned"
            | "tweeted"
            | "mused"
            | "quipped"
            | "joked"
            | "remarked"
            | "replied"
            | "responded"
            | "countered"
            | "conceded"
    )
}

/// Whether a folded word is a courtesy title that anyone may be given ("mr", "dr", "sir",
/// "lady"), which says the name is a person's and nothing of an office.
pub fn is_courtesy(folded: &str) -> bool {
    in_list(STRICT_HONORIFICS, folded) || matches!(folded, "sir" | "dame" | "lady" | "lord")
}

/// Whether a role word names an office ("president", "secretary"), not a courtesy.
fn is_office(role: &str) -> bool {
    is_role_head(role) && !is_courtesy(role)
}

/// Titles of royalty, which go with a given name alone ("Prince Charles", "King Abdullah").
const ROYAL_TITLES: &[&str] = &["prince", "princess", "king", "queen", "emperor", "empress"];

/// Whether a given name under a royal title can be one of `group`: only someone the article
/// gives that title too.
fn royal_fits<'r>(roles: &[String], mut group: impl Iterator<Item = &'r HashSet<String>>) -> bool {
    let royal: Vec<&String> = roles.iter().filter(|r| in_list(ROYAL_TITLES, r)).collect();
    royal.is_empty() || group.any(|held| royal.iter().any(|r| held.contains(*r)))
}

/// The sex an honorific or title before a name gives its bearer ("Mrs", "Lord", "Queen").
fn honorific_gender(roles: &[String]) -> Option<Gender> {
    roles.iter().rev().find_map(|r| match r.as_str() {
        "mrs" | "ms" | "miss" | "lady" | "dame" | "baroness" | "queen" | "princess" | "madam" => {
            Some(Gender::Female)
        }
        "mr" | "sir" | "lord" | "baron" | "king" | "prince" => Some(Gender::Male),
        _ => None,
    })
}

/// Whether a name's first word is as a person's starts: a given name or an initial ("T. Boone
/// Pickens"). "Bear Stearns said it" opens with neither, and is a firm.
fn person_like_start(first: &str) -> bool {
    is_given(first) || first.chars().count() == 1
}

/// Whether a canonical name reads as a person's on its face: a full name that opens with a
/// given name or an initial ("Ivan Boesky", "T. Boone Pickens"), or one word that is a known
/// given name or surname ("Baker"). "Shearson Lehman" and "Citibank" do not.
pub fn looks_like_a_person(name: &str) -> bool {
    let words: Vec<String> = name.split(' ').map(fold_word).collect();
    match words.as_slice() {
        [] => false,
        [one] => is_given(one) || LISTS.surnames.contains(one.as_str()),
        [first, ..] => person_like_start(first),
    }
}

/// Finds the people and quotes of every passage of one article.
pub fn tag_people(passages: &[Passage]) -> ArticlePeople {
    let mut docs: Vec<Doc> = Vec::with_capacity(passages.len());
    let mut carry = false;
    for p in passages {
        let (spans, open) = quotes::find_quotes(&p.text, carry);
        carry = open;
        let toks = tokenize(&p.text, &spans);
        let (cands, orgs) = find_candidates(&p.text, &toks);
        let headline = is_headline(&toks);
        let (cand_start, cand_end) = index_cands(toks.len(), &cands);
        docs.push(Doc { text: &p.text, toks, spans, cands, orgs, cand_start, cand_end, headline });
    }
    let (mut people, things) = build_people(&mut docs);
    let per_passage = attribute(&docs, &mut people);
    let mut out: Vec<ActorAliases> = people
        .iter()
        .filter(|p| !p.aliases.is_empty())
        .map(|p| {
            let mut aliases: Vec<String> =
                p.aliases.iter().filter(|a| **a != p.canonical).cloned().collect();
            aliases.sort();
            aliases.dedup();
            ActorAliases { name: p.canonical.clone(), aliases }
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out.dedup_by(|a, b| a.name == b.name);
    ArticlePeople { per_passage, people: out, things }
}

/// The article's people, and the names it showed to be organizations or things.
fn build_people(docs: &mut [Doc]) -> (Vec<Person>, Vec<String>) {
    let lists = &*LISTS;
    let mut people: Vec<Person> = Vec::new();
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::default();
    // Single words shown to be people somewhere in the article.
    let mut single_ok: HashSet<String> = HashSet::default();
    // "Speculation suggests …", "Further reports had suggested …": a word that opens its
    // sentence, with no more than a verb after it to show it a name, must be a known name, be
    // capitalized inside a sentence too (a common word is capitalized only where it opens
    // one), or speak.
    let inside: HashSet<&str> = docs
        .iter()
        .flat_map(|d| d.cands.iter())
        .filter(|c| !c.initial)
        .flat_map(|c| c.words.iter().map(String::as_str))
        .collect();
    let weak_opener = |c: &Cand| {
        let w = c.words[0].as_str();
        c.words.len() == 1
            && c.initial
            && !(c.ev.title || c.ev.honorific || c.ev.appos || c.said_by)
            && !is_given(w)
            && !lists.surnames.contains(w)
            && !inside.contains(w)
    };
    // "Azpurua said …", "Hayek confirmed …", "Biden meets …" opening a sentence is a
    // person's, however rarely named: a cue or a verb of meeting settles it, but not a cue in
    // "-s" that may be a plural noun ("Further reports", "Public comments") or tell nothing
    // of who ("Speculation suggests").
    let speaks = |d: &Doc, c: &Cand| {
        lower_word_at(d.text, &d.toks, c.t1).is_some_and(|w| {
            matches!(&*w, "says" | "tells" | "adds" | "asks")
                || quotes::is_cue(&w) && !w.ends_with('s')
                // "Biden meets with Putin": a verb of meeting takes people.
                || quotes::is_person_verb(&w)
                    && !quotes::is_cue(&w)
                    && (!w.ends_with('s') || matches!(&*w, "meets" | "visits" | "endorses"))
        })
    };
    let weak: HashSet<(usize, usize)> = docs
        .iter()
        .enumerate()
        .flat_map(|(di, d)| {
            d.cands.iter().filter(|c| weak_opener(c) && !speaks(d, c)).map(move |c| (di, c.t0))
        })
        .collect();
    for (di, d) in docs.iter().enumerate() {
        for c in &d.cands {
            if c.words.len() == 1
                && accepted_alone(c)
                && !weak.contains(&(di, c.t0))
                && !d.headline
                && !c.surname_only
            {
                single_ok.insert(c.words[0].clone());
            }
        }
    }
    // A word used the way companies are, and never with a title, is no person alone.
    let mut org_like: HashSet<String> = HashSet::default();
    let mut titled: HashSet<String> = HashSet::default();
    for c in docs.iter().flat_map(|d| d.cands.iter()) {
        if let Some(last) = c.words.last() {
            if c.org_hint {
                org_like.insert(last.clone());
            }
            if c.ev.title || c.ev.honorific || c.words.len() > 1 {
                titled.insert(last.clone());
            }
        }
    }
    // Names shown to be companies ("Sun Co", "the Harry Potter films"), unless the article
    // also gives them a title or an honorific.
    let mut org_names: HashSet<String> = docs.iter().flat_map(|d| d.orgs.iter().cloned()).collect();
    let mut titled_full: HashSet<String> = HashSet::default();
    for c in docs.iter().flat_map(|d| d.cands.iter()) {
        if c.ev.title || c.ev.honorific {
            titled_full.insert(c.words.join(" "));
        } else if c.words.len() > 1
            && (c.after_the || c.org_named || c.org_hint && !person_like_start(&c.words[0]))
        {
            org_names.insert(c.words.join(" "));
        }
    }
    // "Middle South Utilities Inc … Middle South said": the words before a company's own
    // nouns name it too, unless a given name opens them ("Charles Schwab Corp").
    let heads: Vec<String> = docs
        .iter()
        .flat_map(|d| d.orgs.iter())
        .flat_map(|n| {
            let words: Vec<&str> = n.split(' ').collect();
            (2..words.len()).map(move |i| words[..i].join(" "))
        })
        .filter(|h| h.split(' ').next().is_some_and(|w| !is_given(w)))
        .filter(|h| !h.split(' ').any(|w| lists.orgs.contains(w)))
        .collect();
    org_names.extend(heads);
    org_names.retain(|n| !titled_full.contains(n));
    org_like.extend(org_names.iter().filter(|n| !n.contains(' ')).cloned());
    // "Dome Petroleum Ltd … Dome said": the first word of a company's name (one with a company
    // suffix, or one named as an organization's: "Calgary-based Dome Petroleum"; "the Trump
    // Train" is no company) alone names the company, a surname too ("Abbott Laboratories Inc
    // … Abbott said", "Baker International Corp … give Baker more time"), unless it is a
    // given name ("Sharon Steel Corp") or the article gives it a title or a given name
    // ("Treasury Secretary James Baker"), which keeps it a person's (`titled`).
    // Each as (name, its first word); a candidate's first word may hold a hyphen's space.
    let suffixed = docs
        .iter()
        .flat_map(|d| d.orgs.iter())
        .filter_map(|n| n.split_once(' ').map(|(first, _)| (n.clone(), first)));
    let named = docs
        .iter()
        .flat_map(|d| d.cands.iter())
        .filter(|c| c.org_named && c.words.len() > 1)
        .map(|c| (c.words.join(" "), c.words[0].as_str()));
    org_like.extend(
        suffixed
            .chain(named)
            .filter(|(name, _)| org_names.contains(name))
            .map(|(_, first)| first)
            .filter(|w| !is_given(w))
            .map(str::to_string),
    );
    org_like.retain(|w| !titled.contains(w));
    single_ok.retain(|w| !org_like.contains(w));
    // Full names first: they define surnames and given names.
    for d in docs.iter_mut() {
        for c in d.cands.iter_mut() {
            if c.words.len() < 2 {
                continue;
            }
            let last = c.words.last().cloned().unwrap_or_default();
            if org_names.contains(&c.words.join(" ")) {
                continue;
            }
            let known_last = by_surname.contains_key(&last) || single_ok.contains(&last);
            if !(accepted_alone(c) && !d.headline || known_last) {
                continue;
            }
            let first = &c.words[0];
            let given = if lists.particles.contains(first.as_str()) || first.chars().count() == 1 {
                None
            } else {
                Some(given_key(first))
            };
            let group = by_surname.entry(last.clone()).or_default();
            // "Peña Nieto" after "Enrique Peña Nieto", and the other way round: a name whose
            // first word is no given name is the end of a fuller one, a surname of two words.
            let compound = |p: &Person| {
                let (short, long) = if c.words.len() < p.words.len() {
                    (&c.words, &p.words)
                } else {
                    (&p.words, &c.words)
                };
                short.len() < long.len()
                    && long.ends_with(short)
                    && short.first().is_some_and(|w| !is_given(w))
            };
            let found = group.iter().copied().find(|&pi| {
                let p = &people[pi];
                p.suffix == c.suffix
                    && (match (&p.given, &given) {
                        (Some(a), Some(b)) => {
                            same_given(a, b)
                                || (a.starts_with(b.as_str()) || b.starts_with(a.as_str()))
                                    && a.len().min(b.len()) >= 3
                        }
                        _ => true,
                    } || compound(p))
            });
            let pi = match found {
                Some(pi) => pi,
                None => {
                    people.push(Person {
                        given: given.clone(),
                        words: c.words.clone(),
                        suffix: c.suffix.clone(),
                        canonical: String::new(),
                        gender: gender_of(first),
                        aliases: Vec::new(),
                        roles: HashSet::default(),
                    });
                    group.push(people.len() - 1);
                    people.len() - 1
                }
            };
            let p = &mut people[pi];
            // The fuller name's given name replaces the first word of a compound surname.
            if p.given.is_none() || c.words.len() > p.words.len() && given.is_some() {
                p.given = given;
                p.gender = gender_of(first);
            }
            if c.words.len() > p.words.len() {
                p.words = c.words.clone();
            }
            let mut surface = c.surface.clone();
            if let Some(s) = &c.suffix {
                if let Some(t) = d.toks.get(c.t1) {
                    if let Some(sfx) = d.text.get(t.s..t.e) {
                        if fold_word(sfx) == *s {
                            surface = format!("{surface} {sfx}");
                        }
                    }
                }
            }
            let better = surface.split_whitespace().count()
                > p.canonical.split_whitespace().count()
                || (surface.split_whitespace().count() == p.canonical.split_whitespace().count()
                    && surface.len() > p.canonical.len()
                    && p.canonical.is_empty());
            if better {
                p.canonical = surface.clone();
            }
            p.aliases.push(surface);
            p.roles.extend(c.roles.iter().cloned());
            c.person = Some(pi);
        }
    }
    // Given names of the full-name people, for first-name mentions.
    let mut by_given: HashMap<String, Vec<usize>> = HashMap::default();
    for (pi, p) in people.iter().enumerate() {
        if let Some(g) = &p.given {
            by_given.entry(g.clone()).or_default().push(pi);
        }
    }
    // "Pioneer Sugar said … raw sugar prices": a word the article also writes in lower case
    // is a common noun, not a surname, when no full name or honorific vouches for it.
    let alone: HashSet<&str> = docs
        .iter()
        .flat_map(|d| d.cands.iter())
        .filter(|c| c.words.len() == 1 && c.person.is_none())
        .map(|c| c.words[0].as_str())
        .collect();
    // Every lower-case word of the article passes here: only those as long as a word alone
    // are looked up.
    let lengths: u64 =
        alone.iter().fold(0, |m, w| m | 1u64.checked_shl(w.len() as u32).unwrap_or(0));
    let mut lower_case_too: HashSet<String> = HashSet::default();
    let lower_words = || {
        docs.iter().flat_map(|d| {
            d.toks.iter().filter(|t| t.is_word() && !t.cap).map(|t| &d.text[t.s..t.e])
        })
    };
    if !alone.is_empty() {
        for w in lower_words() {
            if lengths & 1u64.checked_shl(w.len() as u32).unwrap_or(0) != 0 && alone.contains(w) {
                lower_case_too.insert(w.to_string());
            }
        }
    }
    // Some wire copy is lower-cased wholesale ("azpurua said venezuela has…", "last november"):
    // there a name in lower case proves nothing. A country, month or weekday in lower case
    // gives such copy away; the names that are also common words ("turkey", "may") do not.
    let lowered_copy = !lower_case_too.is_empty()
        && lower_words().any(|w| {
            let country = w.len() >= 4
                && lists.countries.contains(w)
                && !matches!(w, "turkey" | "china" | "jordan" | "georgia" | "guinea" | "chad");
            let date_word = w.len() >= 6 && w != "august" && set_has(&MONTHS_DAYS_SET, w);
            country || date_word
        });
    if lowered_copy {
        lower_case_too.clear();
    }
    // Single words: surnames of known people, first names, or people shown alone.
    for (di, d) in docs.iter_mut().enumerate() {
        for c in d.cands.iter_mut() {
            if c.words.len() != 1 || c.person.is_some() {
                continue;
            }
            let w = c.words[0].clone();
            let weak_here = weak.contains(&(di, c.t0));
            // "Michael Howard … Mrs Howard": an honorific of the other sex names someone else.
            let said_gender = honorific_gender(&c.roles);
            let fits = |pi: &usize| match (people[*pi].gender, said_gender) {
                (Gender::Either, _) | (_, None) => true,
                (g, Some(h)) => g == h,
            };
            // "President Clinton" in a story that names Hillary first and former President
            // Bill Clinton second is the one the article gives that office.
            let holds =
                |pi: &usize| c.roles.iter().any(|r| is_office(r) && people[*pi].roles.contains(r));
            // Otherwise, of several people with the surname, the one the article introduced
            // first is the one it goes on naming so ("Hillary Clinton … Bill Clinton … Clinton
            // said", "Donna Clarkson, whose daughter Lana … Ms Clarkson"): people are numbered
            // in the order of their first full mention.
            let by_name = by_surname.get(&w).and_then(|group| {
                let in_office = group.iter().copied().filter(fits).filter(holds).min();
                in_office.or_else(|| group.iter().copied().filter(fits).min())
            });
            let pi = if by_name.is_some() {
                by_name
            } else if let Some(group) =
                given_forms(&given_key(&w)).find_map(|g| by_given.get(g)).filter(|group| {
                    is_given(&w)
                        && !c.vocative
                        && !c.surname_only
                        && (!c.initial || c.ev.verb)
                        // "Prince Charles" is no first-name mention of Charles Kennedy; "King
                        // Abdullah" is one of the Abdullah the article calls king ("Sir Alan"
                        // and "President Xi" are mentions of their full names as usual).
                        && royal_fits(&c.roles, group.iter().map(|&pi| &people[pi].roles))
                })
            {
                // Resolved per mention later when ambiguous; the first is a placeholder.
                group.first().copied()
            } else if c.vocative && is_given(&w) || c.surname_only {
                None
            } else if (single_ok.contains(&w) && !lists.places.contains(w.as_str())
                || accepted_alone(c) && !weak_here)
                && !d.headline
                && !org_like.contains(&w)
                && (c.ev.honorific || !lower_case_too.contains(&w))
            {
                let pi = people.len();
                people.push(Person {
                    given: None,
                    words: vec![w.clone()],
                    suffix: None,
                    canonical: c.surface.clone(),
                    gender: Gender::Either,
                    aliases: Vec::new(),
                    roles: HashSet::default(),
                });
                by_surname.entry(w.clone()).or_default().push(pi);
                Some(pi)
            } else {
                None
            };
            if let Some(pi) = pi {
                let p = &mut people[pi];
                p.aliases.push(c.surface.clone());
                p.roles.extend(c.roles.iter().cloned());
                c.person = Some(pi);
            }
        }
    }
    // Honorific forms are aliases too ("President Biden", "Ms Hewitt").
    for d in docs.iter() {
        for c in &d.cands {
            if let (Some(pi), true) = (c.person, c.run0 < c.t0) {
                if let (Some(a), Some(b)) = (d.toks.get(c.run0), d.toks.get(c.t1 - 1)) {
                    if let Some(form) = d.text.get(a.s..b.e) {
                        people[pi].aliases.push(form.to_string());
                    }
                }
            }
        }
    }
    // What the article showed to be a thing, for the whole corpus (`index::names`): a bare
    // "Citibank said" in another story has no suffix to show it.
    // Folded as the candidates' words are; a name that is a person here is no thing here.
    let persons: HashSet<String> = people
        .iter()
        .map(|p| p.canonical.split(' ').map(fold_word).collect::<Vec<_>>().join(" "))
        .collect();
    let mut things: Vec<String> =
        org_names.into_iter().chain(org_like).filter(|n| !persons.contains(n)).collect();
    things.sort();
    things.dedup();
    (people, things)
}

// ---------------------------------------------------------------------------------------------
// Attribution

#[derive(Debug, Clone, Copy)]
struct Seen {
    person: usize,
    subject: bool,
    speaker: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Person(usize),
    /// A pronoun or a role with nobody to resolve it to.
    Unknown,
}

struct Scene<'p> {
    people: &'p mut Vec<Person>,
    /// Mentions outside quotations, oldest first, with the passage they were in.
    seen: Vec<(usize, Seen)>,
    /// Passages whose last quotation came from someone unnamed ("said a Nevada Democrat"):
    /// the "he" of the next paragraph is likelier that person than anyone named earlier.
    unnamed_last: HashSet<usize>,
}

impl Scene<'_> {
    /// As [`Self::resolve_pronoun_except`] for the pronoun at token `k`, which after a cue stands for
    /// that cue's subject: "Another said he hoped …" names no one.
    fn resolve_pronoun_at(
        &self,
        d: &Doc,
        k: usize,
        male: bool,
        passage: usize,
        before_self: &[Seen],
    ) -> Source {
        let indefinite_subject = k >= 2
            && lower_word_at(d.text, &d.toks, k - 1).is_some_and(|c| quotes::is_cue(&c))
            && lower_word_at(d.text, &d.toks, k - 2).is_some_and(|s| {
                matches!(&*s, "another" | "someone" | "somebody" | "anyone" | "one")
            });
        if indefinite_subject {
            return Source::Unknown;
        }
        // "Asked if Mr Blunkett could return, he replied": whom the question is about is not
        // who answers it.
        let toks = &d.toks;
        let sent = toks.get(k).map(|t| t.sent);
        let opening = (0..k).rev().take_while(|&j| Some(toks[j].sent) == sent).last();
        let asked_about = opening
            .filter(|&s0| {
                toks[s0].is_word()
                    && matches!(fold_at(d.text, toks, s0), "asked" | "questioned" | "pressed")
            })
            .and_then(|s0| {
                let comma = (s0..k).find(|&j| toks[j].is_punct(','))?;
                (s0..comma).find_map(|j| mention_at(d, j, false))
            })
            .map(|(p, _, _)| p);
        self.resolve_pronoun_except(male, passage, before_self, asked_about)
    }

    /// The person a "he" (`male`) or "she" stands for, never `except`: "he told Hannity" is
    /// not Hannity.
    fn resolve_pronoun_except(
        &self,
        male: bool,
        passage: usize,
        before_self: &[Seen],
        except: Option<usize>,
    ) -> Source {
        let want = if male { Gender::Male } else { Gender::Female };
        // Women in news are mostly named with a given name, so "she" skips people of unknown
        // gender when a known woman is in view; "he" cannot, surnames alone are too common.
        let recent = |s: &&(usize, Seen)| s.0 + 3 >= passage;
        let woman_in_view = !male
            && (before_self.iter().any(|s| self.people[s.person].gender == Gender::Female)
                || self
                    .seen
                    .iter()
                    .rev()
                    .take_while(recent)
                    .any(|(_, s)| self.people[s.person].gender == Gender::Female));
        let fits = |s: &Seen| {
            let g = self.people[s.person].gender;
            Some(s.person) != except && (g == want || g == Gender::Either && !woman_in_view)
        };
        // This passage first, then the ones before, favouring subjects and speakers.
        if let Some(s) = before_self.iter().rev().find(|s| fits(s) && s.speaker) {
            return Source::Person(s.person);
        }
        // "Hogue said … . “…,” she said.": a speaker of unknown gender in this paragraph beats
        // a woman of the paragraphs before, unless a woman speaks here too.
        let woman_here = before_self.iter().any(|s| self.people[s.person].gender == Gender::Female);
        if !male && !woman_here {
            let either = before_self
                .iter()
                .rev()
                .find(|s| s.speaker && self.people[s.person].gender == Gender::Either);
            if let Some(s) = either {
                return Source::Person(s.person);
            }
        }
        for s in before_self.iter().rev() {
            if fits(s) && s.subject {
                return Source::Person(s.person);
            }
        }
        // "…forcing Sanders to reverse himself. “…,” he said.": the speaker of the paragraph
        // before goes on, rather than someone this one names in passing.
        if let Some(p) = passage.checked_sub(1) {
            let spoke = self
                .seen
                .iter()
                .rev()
                .take_while(|(q, _)| *q == p)
                .find(|(_, s)| fits(s) && s.speaker);
            if let Some((_, s)) = spoke {
                return Source::Person(s.person);
            }
        }
        if let Some(s) = before_self.iter().rev().find(|s| fits(s)) {
            return Source::Person(s.person);
        }
        // Then the passages before, nearest first, each favouring its speakers and subjects.
        for back in 1..=3 {
            let Some(p) = passage.checked_sub(back) else { break };
            let those: Vec<&Seen> =
                self.seen.iter().rev().filter(|(q, _)| *q == p).map(|(_, s)| s).collect();
            let speaking = those.iter().find(|s| fits(s) && s.speaker);
            if speaking.is_none() && self.unnamed_last.contains(&p) {
                return Source::Unknown;
            }
            let pick = speaking
                .or_else(|| those.iter().find(|s| fits(s) && s.subject))
                .or_else(|| those.iter().find(|s| fits(s)));
            if let Some(s) = pick {
                return Source::Person(s.person);
            }
        }
        Source::Unknown
    }

    /// The person a role phrase ("the spokesman", "the Florida senator") refers back to: the
    /// nearest one whose roles hold its head and its modifiers. A proper modifier ("Florida",
    /// "New Jersey") names a state or a party that the text often never spelt out beside the
    /// name ("Sen. Marco Rubio, R-Fla."), so without it the phrase still fits when only one
    /// person of the article holds the head.
    fn resolve_role(&self, role: &RolePhrase, before_self: &[Seen]) -> Option<usize> {
        let fits = |pi: usize, proper: bool| {
            let roles = &self.people[pi].roles;
            has_role(roles, &role.head)
                && role.mods.iter().all(|m| roles.contains(m))
                && (!proper || role.proper.iter().all(|m| roles.contains(m)))
        };
        let mut nearest = before_self
            .iter()
            .rev()
            .map(|s| s.person)
            .chain(self.seen.iter().rev().map(|(_, s)| s.person));
        if let Some(p) = nearest.clone().find(|&pi| fits(pi, true)) {
            return Some(p);
        }
        if role.proper.is_empty() {
            return None;
        }
        let p = nearest.find(|&pi| fits(pi, false))?;
        let holders = (0..self.people.len()).filter(|&pi| fits(pi, false)).count();
        (holders == 1).then_some(p)
    }
}

/// "Deutsche Boerse told Reuters: “…”", "In a statement, detainee 'A' said: “…”": a sentence
/// that introduces the quotation with a cue and a colon, and names no person and says no
/// "he" or "she" before it, has someone else speak it than the paragraph's only person.
/// Whether someone the text does not name speaks the quotation by a cue right after it, in
/// its own sentence ("“…,” one P&G Amiens employee told a TV station"), even when the cue
/// finder could not make out the source; "“…,” the 36-year-old said" may be someone known.
fn unnamed_cue_follows(d: &Doc, q: &QuoteSpan) -> bool {
    let Some(c) = first_at(&d.toks, q.close) else { return false };
    let sent = d.toks[c.saturating_sub(1)].sent;
    let after: Vec<usize> = (c..d.toks.len())
        .take_while(|&j| d.toks[j].sent == sent)
        .filter(|&j| d.toks[j].is_word())
        .take(6)
        .collect();
    after.first().is_some_and(|&j| is_indefinite(d, j))
        && after
            .iter()
            .any(|&j| d.toks[j].quote.is_none() && quotes::is_cue(fold_at(d.text, &d.toks, j)))
}

fn introduced_by_unnamed(d: &Doc, q: &QuoteSpan) -> bool {
    let toks = &d.toks;
    let Some(colon) = first_at(toks, q.open).and_then(|k| k.checked_sub(1)) else {
        return false;
    };
    if !toks[colon].is_punct(':') {
        return false;
    }
    let sent = toks[colon].sent;
    let clause: Vec<usize> =
        (0..colon).rev().take_while(|&j| toks[j].sent == sent && toks[j].quote.is_none()).collect();
    // The clause runs backwards from the colon; its cue must have a subject of its own
    // before it ("But added:" shares the sentence before's).
    let cue_at =
        clause.iter().rposition(|&j| toks[j].is_word() && quotes::is_cue(fold_at(d.text, toks, j)));
    let cued = cue_at.is_some_and(|i| {
        clause[i + 1..].iter().any(|&j| {
            toks[j].is_word()
                && !matches!(
                    fold_at(d.text, toks, j),
                    "but" | "and" | "then" | "also" | "later" | "however" | "so"
                )
        })
    });
    let someone =
        clause.iter().any(|&j| d.opens_cand(j) || pronoun(word_at(d.text, toks, j)).is_some());
    cued && !someone
}

/// A cue word with its source.
#[derive(Debug, Clone)]
struct Cue {
    tok: usize,
    /// The cue as written ("said", "according to").
    word: String,
    source: Source,
    /// The source follows the cue ("said Heisbourg").
    inverted: bool,
    /// Token range of the source mention.
    src0: usize,
    src1: usize,
}

/// Whether token `m` opens a subordinate clause: "after a woman told him". Not after "as",
/// which is as often a preposition ("opposed as a senator from New York").
fn after_subordinator(d: &Doc, m: usize) -> bool {
    m > 0 && {
        let w = fold_at(d.text, &d.toks, m - 1);
        w != "as" && set_has(&SUBORDINATORS_SET, w)
    }
}

/// Whether tokens `from..to` may all belong to one noun phrase: no verb's auxiliary and no
/// conjunction among them ("if an apology was published but added" is two clauses).
fn noun_phrase_to(d: &Doc, from: usize, to: usize) -> bool {
    (from..to).all(|j| {
        let w = fold_at(d.text, &d.toks, j);
        !set_has(&AUX_SET, w) && !matches!(w, "but" | "and" | "or" | "were" | "are" | "been")
    })
}

/// Determiners of a subject the text does not name ("a trader", "one official", "another").
const INDEFINITES: &[&str] = &["one", "another", "a", "an", "several", "some"];

/// Whether token `k` is one of the [`INDEFINITES`].
fn is_indefinite(d: &Doc, k: usize) -> bool {
    let w = word_at(d.text, &d.toks, k);
    INDEFINITES.iter().any(|x| w.eq_ignore_ascii_case(x))
}

impl Cue {
    /// Whether the source is a thing, not someone in a role: "the Times", "the newspaper",
    /// not "the spokesman" or "the Florida senator".
    fn names_a_thing(&self, d: &Doc) -> bool {
        let Some(head) = self.src1.checked_sub(1).filter(|&h| h >= self.src0 && h < d.toks.len())
        else {
            return false;
        };
        d.toks[head].is_word()
            && !is_role_head(fold_at(d.text, &d.toks, head))
            && pronoun(word_at(d.text, &d.toks, head)).is_none()
    }

    /// Whether the source is someone the text does not name: "one delegate said", "a
    /// spokesman added" ("the prime minister said" is someone the scene may still know).
    ///
    /// Not in a subordinate clause: after "when a reporter asked him", "he said" is the one
    /// asked.
    fn names_nobody(&self, d: &Doc) -> bool {
        self.source == Source::Unknown
            && is_indefinite(d, self.src0)
            && !after_subordinator(d, self.src0)
    }
}

/// Words that open a clause of its own after a cue ("said in a speech that…", "said of the
/// plan it would fail"): reported content, not the cue's circumstances.
const CLAUSE_OPENERS: &[&str] =
    &["that", "he", "she", "they", "we", "I", "it", "there", "his", "her", "their", "its"];

/// Longest paragraph still read as a sign-off under a quotation.
const SIGN_OFF_MAX_WORDS: usize = 12;

fn attribute(docs: &[Doc], people: &mut Vec<Person>) -> Vec<PassagePeople> {
    let mut scene = Scene { people, seen: Vec::new(), unnamed_last: HashSet::default() };
    let mut out: Vec<PassagePeople> = Vec::with_capacity(docs.len());
    // Quotation running over paragraphs: (passage, quote index) of its parts so far.
    let mut chain: Vec<(usize, usize)> = Vec::new();
    let mut chain_speaker: Option<(Option<usize>, Option<String>)> = None;
    let mut prev_colon: Option<(usize, String)> = None;
    // The person who speaks in the last sentence of the paragraph before, by a cue.
    let mut prev_last_speaker: Option<(usize, String)> = None;
    // The person whose quotation, given by a cue, closes the paragraph before ("“…,” Ames
    // said."): a paragraph that is only a quotation, with no cue, goes on with them.
    let mut prev_quote_speaker: Option<(usize, String)> = None;
    for (pi, d) in docs.iter().enumerate() {
        let mut actors: FastSet<usize> = FastSet::default();
        let mut speakers: FastSet<usize> = FastSet::default();
        // A sign-off line names the speaker of the quotation that ends the paragraph above,
        // when nothing there named one.
        if let (Some((p, cue)), Some(prev)) = (sign_off(d), pi.checked_sub(1)) {
            let pd = &docs[prev];
            let ends_with_quote = pd.spans.last().is_some_and(|q| {
                !is_short(pd, q)
                    && pd.text.get(q.close..).is_some_and(|rest| rest.trim().len() <= 1)
            });
            if let (true, Some(last)) = (ends_with_quote, pd.spans.len().checked_sub(1)) {
                let name = scene.people[p].canonical.clone();
                if let Some(o) = out.get_mut(prev) {
                    if let Some(q) = nth_direct(o, last).filter(|q| q.speaker.is_none()) {
                        q.speaker = Some(name.clone());
                        q.cue = Some(cue);
                        credit_speaker(o, &name);
                        speakers.insert(p);
                    }
                }
            }
        }
        // Mentions of this passage, in token order.
        let mut here: Vec<(usize, Seen, usize)> = Vec::new(); // (token, seen, cand idx)
        let mut sent_first: FastSet<usize> = FastSet::default();
        for (ci, c) in d.cands.iter().enumerate() {
            let Some(p) = c.person else { continue };
            if c.vocative {
                continue;
            }
            actors.insert(p);
            if d.toks[c.t0].quote.is_none() {
                // The subject opens its sentence or clause: "After the murder of X in Y, Trump
                // asserted…" has Trump, not X.
                let sent = d.toks[c.t0].sent;
                let start = c.run0;
                let opens = start == 0
                    || d.toks[start - 1].sent != sent
                    || matches!(d.toks[start - 1].kind, Kind::Punct(',' | ':' | ';' | '—' | '–'))
                    || preamble_only(d, sent, start);
                let subject = opens && !sent_first.contains(&sent);
                if subject {
                    sent_first.insert(sent);
                }
                here.push((c.t0, Seen { person: p, subject, speaker: false }, ci));
            }
        }
        let cues = find_cues(d, &here, &scene, pi);
        for c in &cues {
            if let Source::Person(p) = c.source {
                actors.insert(p);
            }
        }
        // Quotations.
        let mut q_speaker: Vec<Option<usize>> = vec![None; d.spans.len()];
        let mut q_cue: Vec<Option<String>> = vec![None; d.spans.len()];
        let mut q_decided: Vec<bool> = vec![false; d.spans.len()];
        // Quotations whose source is a thing ("the company said"): no unnamed person spoke.
        let mut q_thing: Vec<bool> = vec![false; d.spans.len()];
        // The sentence whose own cue after the quotation named a person ("“…,” Sexton said.").
        let mut own_trail_sent: Vec<Option<usize>> = vec![None; d.spans.len()];
        // Quotations that go on in the voice of the sentence before (see `continues_voice`).
        let mut q_goes_on: Vec<bool> = vec![false; d.spans.len()];
        // Quotations whose cue names nobody: "one delegate said", "a spokesman added".
        let mut q_unnamed: Vec<bool> = vec![false; d.spans.len()];
        for (qi, q) in d.spans.iter().enumerate() {
            let lead = leading_cue(d, q, &cues);
            let trail = trailing_cue(d, q, &cues);
            // A cue in the next sentence ("…!” She replied) loses to one in the quote's own.
            let q_sent = d.toks.iter().find(|t| t.s >= q.open).map(|t| t.sent);
            // A quotation inside a sentence ("Cruz accuses Obama of “…” and Trump says…")
            // belongs to the cue before it, unless the cue right after closes it tightly.
            let opens_sentence = first_at(&d.toks, q.open).is_none_or(|k| {
                k == 0
                    || d.toks[k - 1].sent != d.toks[k].sent
                    || !d.toks[..k]
                        .iter()
                        .rev()
                        .take_while(|t| t.sent == d.toks[k].sent)
                        .any(|t| t.is_word())
            });
            let tight = trail.is_some_and(|t| {
                let close = first_at(&d.toks, q.close).unwrap_or(d.toks.len());
                t.tok.min(t.src0) <= close + 2
            });
            // "“… .” Allen, a delegate, criticized the law.": after a quotation that ends its
            // sentence, a cue of the next one whose verb takes words of its own starts new
            // content; "“… .” Allen said." still attributes.
            let trail = trail.filter(|t| {
                Some(d.toks[t.tok].sent) == q_sent
                    || t.inverted
                    || !q.text(d.text).ends_with('.')
                    || d.toks.get(t.tok + 1).is_none_or(|n| !n.is_word() || n.cap)
            });
            // "“… worldwide.” Minister Karl Brandt also spoke out against the remarks,
            // suggesting …", "“…,” one P&G employee told BFMTV. He was “…,” Bost said.": a
            // cue of the next sentence answers the quotation only when that sentence opens on
            // it ("“…!” She replied", "“…?” asked Ames"), and only when nothing but the
            // quotation's own closing comes between.
            let trail = trail.filter(|t| {
                let c = &d.toks[t.tok];
                // A quotation of several sentences: its last one is the one the cue follows.
                let close_sent = last_before(&d.toks, q.close).map(|k| d.toks[k].sent);
                if Some(c.sent) == q_sent || Some(c.sent) == close_sent {
                    return true;
                }
                // Titles may come first ("“…?” Mr Kashyap's lawyer Mihir Desai said", "“…!”
                // Rep. Glenn Thompson, R-Pa., said"), and only capitalized words or an adverb
                // between the name and the verb.
                let a = t.tok.min(t.src0);
                let (b0, b1) = if t.inverted { (t.tok + 1, t.src0) } else { (t.src1, t.tok) };
                let light = |x: &Tok, j: usize| {
                    !x.is_word()
                        || x.cap
                        || matches!(
                            fold_at(d.text, &d.toks, j),
                            "also" | "later" | "then" | "quickly" | "simply"
                        )
                };
                let opens_next = (0..a)
                    .rev()
                    .take_while(|&j| d.toks[j].sent == c.sent)
                    .filter(|&j| d.toks[j].is_word())
                    .count()
                    <= 4;
                let close = first_at(&d.toks, q.close).unwrap_or(d.toks.len());
                let nothing_between =
                    d.toks[close.min(a)..a].iter().all(|x| !x.is_word() || x.sent == c.sent);
                opens_next && nothing_between && (b0..b1.max(b0)).all(|j| light(&d.toks[j], j))
            });
            // "“… .” Canaries boss Nigel Worthington added: “…”", "After Scalia said that
            // students might do better at “less advanced schools,” Trump said: “…”": a cue
            // that a colon closes introduces the quotation after it.
            let trail = trail.filter(|t| {
                let end = t.tok.max(t.src1.saturating_sub(1));
                d.toks.get(end + 1).is_none_or(|n| !n.is_punct(':'))
            });
            // "“…,” Christie said. “A leader must fight … .” Rubio disagreed.": a quotation
            // that opens the sentence right after one its speaker closed, and ends on a full
            // stop where a cue would have wanted a comma, goes on in that voice; a cue in the
            // sentence after it is where someone else takes over. ("…, OK?” Trump said." is
            // Trump's: a question cannot end on a comma.)
            let continues_voice = opens_sentence
                && q.text(d.text).ends_with('.')
                && q_sent.is_some_and(|s| {
                    qi.checked_sub(1).and_then(|j| own_trail_sent[j]).is_some_and(|o| o + 1 == s)
                });
            q_goes_on[qi] = continues_voice;
            let trail = trail.filter(|t| !continues_voice || Some(d.toks[t.tok].sent) == q_sent);
            let pick = match (trail, lead) {
                (Some(t), Some(l)) if Some(d.toks[t.tok].sent) != q_sent => Some(l),
                (Some(_), Some(l)) if !opens_sentence && !tight => Some(l),
                // "Trump said: “…,” the Times reported.": a paper or a body after the
                // quotation only passes on the words of the person the cue before it names,
                // in the same sentence. ("Nothing the president said “…,” the Florida
                // senator said." is the senator's.)
                (Some(t), Some(l))
                    if t.source == Source::Unknown
                        && matches!(l.source, Source::Person(_))
                        && d.toks[l.tok].sent == d.toks[t.tok].sent
                        && t.names_a_thing(d) =>
                {
                    Some(l)
                }
                (Some(t), _) => Some(t),
                (None, l) => l,
            };
            // "…,” the White House said.": a source right after the quotation that is no
            // person still closes it; no rule further on may hand it to someone else.
            if pick.is_none() && unnamed_source_after(d, q) {
                q_decided[qi] = true;
                q_thing[qi] = true;
                continue;
            }
            // "“…,” one delegate said. “…”": going on in the voice of someone the text does
            // not name, it stays nobody's. ("“…,” the Lions coach said. “…”" may still be
            // named by a rule further on.)
            if pick.is_none() && continues_voice && qi > 0 && q_unnamed[qi - 1] {
                q_decided[qi] = true;
                continue;
            }
            if let Some(c) = pick {
                q_decided[qi] = true;
                q_cue[qi] = Some(c.word.clone());
                let cue_sent = d.toks[c.tok].sent;
                if trail.is_some_and(|t| std::ptr::eq(t, c)) && Some(cue_sent) == q_sent {
                    own_trail_sent[qi] = Some(cue_sent);
                }
                if let Source::Person(p) = c.source {
                    q_speaker[qi] = Some(p);
                }
                q_unnamed[qi] = c.names_nobody(d);
            }
        }
        // "Leaders grew more “conversant” about the climate, Ban said.": a sentence that ends
        // on its cue, set off by a comma (", X said." / ", said X, a voter."), is all that
        // person's words, quoted phrases and all.
        for (qi, q) in d.spans.iter().enumerate() {
            if q_decided[qi] || q.continued || q.runs_on {
                continue;
            }
            let (Some(k), Some(close)) = (first_at(&d.toks, q.start), first_at(&d.toks, q.close))
            else {
                continue;
            };
            let sent = d.toks[k].sent;
            let Some(c) = cues
                .iter()
                .filter(|c| c.tok.min(c.src0) >= close && d.toks[c.tok].sent == sent)
                .min_by_key(|c| c.tok)
            else {
                continue;
            };
            let (a, b) = (c.tok.min(c.src0), c.tok.max(c.src1.saturating_sub(1)));
            let Source::Person(p) = c.source else { continue };
            let rest: Vec<&Tok> = d.toks[b + 1..].iter().take_while(|t| t.sent == sent).collect();
            let last_clause = a > close
                && d.toks[a - 1].is_punct(',')
                && rest.iter().filter(|t| t.is_word()).count() <= 6
                && rest.iter().all(|t| {
                    t.quote.is_none() && (!t.is_word() || !matches!(&d.text[t.s..t.e], "that"))
                });
            if last_clause {
                q_speaker[qi] = Some(p);
                q_cue[qi] = Some(c.word.clone());
                q_decided[qi] = true;
            }
        }
        // A quoted phrase inside a sentence whose subject is a person, with no cue after it:
        // the subject's words ("Trump defended his manager as “a very decent man”"). A phrase
        // of a word or two counts only when the subject's verb is one of speech or stance
        // ("Trump blamed the shootings on “sickos”"); otherwise it is a scare quote and stays
        // unattributed.
        for (qi, q) in d.spans.iter().enumerate() {
            if q_decided[qi] || q.continued || q.runs_on {
                continue;
            }
            let Some(k) = first_at(&d.toks, q.start) else { continue };
            let sent = d.toks[k].sent;
            let before: Vec<Seen> =
                here[..here.partition_point(|h| h.0 < k)].iter().map(|h| h.1).collect();
            // "Jindal signed an order, while Huckabee proposed we “…”": the nearest clause with
            // a subject of its own.
            let clause_subject = clause_subject_before(d, k);
            let Some((Source::Person(p), _, s1)) = clause_subject
                .or_else(|| sentence_subject(d, &scene, &before, pi, sent, k.saturating_sub(1)))
            else {
                continue;
            };
            if d.toks[s1 - 1].poss {
                continue;
            }
            let Some(verb) = clause_verb(d, s1, k) else { continue };
            // "chains labeled “top secret” by the State Department": the agent's words.
            if agent_by(d, k).is_some() {
                continue;
            }
            // "Merkel hailed the deal as a “breakthrough”": a characterization by the subject,
            // however short.
            let open_tok = last_before(&d.toks, q.open);
            let as_before = open_tok.is_some_and(|o| {
                (o.saturating_sub(1)..=o)
                    .any(|j| d.toks[j].is_word() && word_at(d.text, &d.toks, j) == "as")
            });
            // "Trump met a man whose book, according to its publisher, “draws …”": the
            // quotation belongs to another owner or source named on the way to it, or to the
            // reports named there, unless the subject calls them something ("denounced press
            // reports as “despicable fiction”").
            if !as_before
                && (verb..k).any(|j| {
                    d.toks[j].is_word()
                        && match word_at(d.text, &d.toks, j) {
                            "whose" => true,
                            "according" => word_at(d.text, &d.toks, j + 1) == "to",
                            // "amid news reports that the company “faces a bid”".
                            w if quotes::is_cue(w) => is_plural_noun_cue(d, j),
                            _ => false,
                        }
                })
            {
                continue;
            }
            let short = q.text(d.text).split_whitespace().count() < 3;
            // "Trump’s comments" is a noun after a possessive, not the subject's verb.
            let stance = (verb..k).find(|&j| {
                d.toks[j].is_word()
                    && d.toks[j].quote.is_none()
                    && !d.toks[j - 1].poss
                    && quotes::is_stance_verb(word_at(d.text, &d.toks, j))
            });
            if short && !as_before && stance.is_none() {
                continue;
            }
            q_speaker[qi] = Some(p);
            // "made clear her aim to “…”": the verb is the cue, not its complement.
            let cue = stance.filter(|&j| word_at(d.text, &d.toks, j) != "clear").unwrap_or(verb);
            q_cue[qi] = Some(word_at(d.text, &d.toks, cue).to_string());
            q_decided[qi] = true;
        }
        // "Romney’s “47 percent” comment": a person's possessive before the quotation and a
        // speech noun after it.
        for (qi, q) in d.spans.iter().enumerate() {
            if q_decided[qi] || q.continued || q.runs_on {
                continue;
            }
            let (Some(o), Some(c)) = (last_before(&d.toks, q.open), first_at(&d.toks, q.close))
            else {
                continue;
            };
            let noun = d.toks[c].is_word()
                && d.toks[c].quote.is_none()
                && set_has(&SPEECH_NOUNS_SET, word_at(d.text, &d.toks, c));
            if !noun || !d.toks[o].poss {
                continue;
            }
            if let Some((p, _, _)) = mention_at(d, o, true) {
                q_speaker[qi] = Some(p);
                q_cue[qi] = Some(word_at(d.text, &d.toks, c).to_string());
                q_decided[qi] = true;
            }
        }
        // Colon attribution: "Jeffrey Jones: “…”", "Kasich resisted: “…”".
        for (qi, q) in d.spans.iter().enumerate() {
            if q_decided[qi] || q.continued {
                continue;
            }
            let Some(k) = last_before(&d.toks, q.open) else { continue };
            if d.toks[k].is_punct(':') && k > 0 {
                let hit = mention_at(d, k - 1, true).or_else(|| {
                    let w = lower_word_at(d.text, &d.toks, k - 1).unwrap_or_default();
                    // "Kasich resisted:": a verb between the name and the colon.
                    (k > 1 && w.ends_with("ed")).then(|| mention_at(d, k - 2, true)).flatten()
                });
                // "Hoff's letter makes the case:", "Trump issued this statement:": the subject
                // of the sentence the colon ends.
                let hit = hit.or_else(|| {
                    let before: Vec<Seen> =
                        here[..here.partition_point(|h| h.0 < k)].iter().map(|h| h.1).collect();
                    match sentence_subject(d, &scene, &before, pi, d.toks[k].sent, k) {
                        Some((Source::Person(p), a, b)) => Some((p, a, b)),
                        _ => None,
                    }
                });
                if let Some((p, _, _)) = hit {
                    q_speaker[qi] = Some(p);
                    q_cue[qi] = Some(":".to_string());
                    q_decided[qi] = true;
                }
            }
        }
        // Dash attribution: "“…” — Commissioner X".
        for (qi, q) in d.spans.iter().enumerate() {
            if q_decided[qi] || q.runs_on {
                continue;
            }
            let Some(k) = first_at(&d.toks, q.close) else { continue };
            if matches!(d.toks[k].kind, Kind::Punct('—' | '–' | '-')) {
                if let Some((p, _, _)) = mention_at(d, k + 1, false) {
                    q_speaker[qi] = Some(p);
                    q_cue[qi] = Some(d.text[d.toks[k].s..d.toks[k].e].to_string());
                    q_decided[qi] = true;
                }
            }
        }
        // "“…,” Trump barked": a name and a verb right after the closing mark.
        for (qi, q) in d.spans.iter().enumerate() {
            if q_decided[qi] || q.runs_on || q_goes_on[qi] {
                continue;
            }
            let Some(mut k) = first_at(&d.toks, q.close) else { continue };
            if d.toks[k].is_punct(',') {
                k += 1;
            }
            let verbish = |j: usize| {
                d.toks.get(j).is_some_and(|t| t.is_word() && !t.cap && t.quote.is_none()) && {
                    let w = word_at(d.text, &d.toks, j);
                    (w.ends_with("ed") || w.ends_with('s'))
                        && !set_has(&NOT_NAMES_SET, w)
                        && w.len() > 3
                }
            };
            // "…,” an angry Hollande retaliated": an article and an adjective before the name.
            if matches!(word_at(d.text, &d.toks, k), "a" | "an" | "the") {
                let adjectives = (k + 1..d.toks.len().min(k + 3))
                    .find(|&j| !d.toks[j].is_word() || d.toks[j].cap);
                if let Some(j) =
                    adjectives.filter(|&j| j > k + 1 && mention_at(d, j, false).is_some())
                {
                    k = j;
                }
            }
            let pron = pronoun(word_at(d.text, &d.toks, k)).map(|male| {
                let before: Vec<Seen> =
                    here[..here.partition_point(|h| h.0 < k)].iter().map(|h| h.1).collect();
                (scene.resolve_pronoun_at(d, k, male, pi, &before), k + 1)
            });
            if let Some((Source::Person(p), b)) = pron {
                if verbish(b) {
                    q_speaker[qi] = Some(p);
                    q_cue[qi] = Some(word_at(d.text, &d.toks, b).to_string());
                    q_decided[qi] = true;
                }
            } else if let Some((p, _, b)) = mention_at(d, k, false) {
                if verbish(b) {
                    q_speaker[qi] = Some(p);
                    q_cue[qi] = Some(word_at(d.text, &d.toks, b).to_string());
                    q_decided[qi] = true;
                }
            } else if verbish(k) {
                let named = named_after_possessor(d, k + 1).or_else(|| mention_at(d, k + 1, false));
                if let Some((p, _, b)) = named {
                    // "beamed Donald Hartley of Madison", "said Tom Ellis, a voter".
                    if d.toks
                        .get(b)
                        .is_none_or(|t| !t.is_word() || word_at(d.text, &d.toks, b) == "of")
                    {
                        q_speaker[qi] = Some(p);
                        q_cue[qi] = Some(word_at(d.text, &d.toks, k).to_string());
                        q_decided[qi] = true;
                    }
                }
            }
        }
        // A quotation continuing from the paragraph before takes that speaker.
        for (qi, q) in d.spans.iter().enumerate() {
            if q.continued && !q_decided[qi] {
                if let Some((sp, cue)) = &chain_speaker {
                    q_speaker[qi] = *sp;
                    q_cue[qi] = cue.clone();
                    q_decided[qi] = sp.is_some();
                }
            }
        }
        // "X said:" ending the paragraph before introduces this one's quotation.
        if let (Some(q), Some((p, cue))) = (d.spans.first(), &prev_colon) {
            if !q_decided[0] && d.text[..q.open].trim().is_empty() {
                q_speaker[0] = Some(*p);
                q_cue[0] = Some(cue.clone());
                q_decided[0] = true;
            }
        }
        // A quotation that makes a sentence of its own, with no cue, right after a sentence
        // in which a person speaks: theirs ("Cruz tweeted a warning. “Remember November.”",
        // and across paragraphs "Valastro praised Christie’s leadership." ¶ "“We need …”").
        for (qi, q) in d.spans.iter().enumerate() {
            if q_decided[qi] || q.continued || is_short(d, q) {
                continue;
            }
            let Some(k) = first_at(&d.toks, q.start) else { continue };
            let sent = d.toks[k].sent;
            let opens =
                d.toks[..k].iter().rev().take_while(|t| t.sent == sent).all(|t| !t.is_word());
            // A cue of its own ("…,” said a Nevada Democrat) names someone else, even
            // when whom is unclear.
            let own_cue = d.toks[k..].iter().take_while(|t| t.sent == sent).any(|t| {
                t.is_word() && t.quote.is_none() && quotes::is_cue(&d.text[t.s..t.e].to_lowercase())
            });
            if !opens || own_cue {
                continue;
            }
            // Only after a sentence without quotation marks: after a quotation the speaker of
            // that quotation goes on (the rule after this one).
            let quoted_before = d.toks[..k].iter().any(|t| t.sent + 1 == sent && t.quote.is_some());
            // The tokens right after the quotation, up to the next one.
            let after_quote = || {
                d.toks[k..]
                    .iter()
                    .skip_while(|t| t.quote == Some(qi))
                    .take_while(|t| t.quote.is_none())
            };
            let is_cue_tok = |t: &Tok| quotes::is_cue(&d.text[t.s..t.e].to_lowercase());
            // A cue right after the quotation, past its own "?" or "!" (“…?” Trump asked.),
            // names its speaker; the paragraph before does not.
            let cue_after = || after_quote().take(10).any(|t| t.is_word() && is_cue_tok(t));
            // Nor does the sentence before (“…?” Trump told ITV); after a full stop a cue
            // starts a sentence of its own ("“…” In the first year, developers said").
            let answered = || {
                !q.text(d.text).ends_with('.')
                    && after_quote().filter(|t| t.is_word()).take(4).any(is_cue_tok)
            };
            let spoke = if sent == d.toks[0].sent {
                prev_last_speaker
                    .clone()
                    .or_else(|| prev_quote_speaker.clone().filter(|_| !cue_after()))
                    .filter(|_| qi == 0)
            } else if quoted_before {
                None
            } else {
                person_cue_in(d, &cues, sent - 1).filter(|_| !answered())
            };
            if let Some((p, cue)) = spoke {
                q_speaker[qi] = Some(p);
                q_cue[qi] = Some(cue);
                q_decided[qi] = true;
            }
        }
        // Further quotations in a paragraph take the speaker of the one before.
        for qi in 0..d.spans.len() {
            if q_decided[qi] || is_short(d, &d.spans[qi]) {
                continue;
            }
            let from = (0..qi)
                .rev()
                .find(|&j| q_speaker[j].is_some())
                .or_else(|| (qi + 1..d.spans.len()).find(|&j| q_speaker[j].is_some()));
            // Not a quotation inside another sentence ("In 2014, Pew found that “…”"): that
            // sentence's own subject is its source, even one that is no person.
            let sent_of = |j: usize| first_at(&d.toks, d.spans[j].start).map(|k| d.toks[k].sent);
            let from =
                from.filter(|&j| !quoted_inside(d, &d.spans[qi]) || sent_of(j) == sent_of(qi));
            // "“…,” one P&G Amiens employee told a TV station. He was “…,” Bost said.": a cue
            // of its own names someone else, even when whom is unclear.
            let from = from.filter(|_| !unnamed_cue_follows(d, &d.spans[qi]));
            if let Some(j) = from {
                q_speaker[qi] = q_speaker[j];
                q_cue[qi] = q_cue[j].clone();
                q_decided[qi] = true;
            }
        }
        // The only person the paragraph names speaks its remaining full quotations.
        let named: FastSet<usize> = here.iter().map(|h| h.1.person).collect();
        let only = named.iter().next().copied();
        // Only when that person speaks somewhere in the paragraph ("X said … . “…”").
        // A speech noun ("Ryan’s comments") is no sign that the person speaks here.
        let speaks = |c: &Cue| {
            Some(c.source) == only.map(Source::Person) && !set_has(&SPEECH_NOUNS_SET, &c.word)
        };
        if named.len() == 1 && cues.iter().any(speaks) {
            for (qi, q) in d.spans.iter().enumerate() {
                if !q_decided[qi]
                    && q.text(d.text).split_whitespace().count() >= ONLY_PERSON_MIN_WORDS
                    && !quoted_inside(d, q)
                    && !introduced_by_unnamed(d, q)
                    && !unnamed_cue_follows(d, q)
                {
                    q_speaker[qi] = only;
                    q_decided[qi] = true;
                }
            }
        }
        // Vocatives: the person spoken to, resolved by the scene.
        for c in &d.cands {
            if !c.vocative {
                continue;
            }
            let qi = d.toks[c.t0].quote;
            let speaker = qi.and_then(|q| q_speaker.get(q).copied().flatten());
            let key = given_key(&c.words[0]);
            let pick = here
                .iter()
                .rev()
                .map(|h| h.1.person)
                .chain(scene.seen.iter().rev().map(|s| s.1.person))
                .find(|&p| {
                    Some(p) != speaker
                        && scene.people[p].given.as_deref().is_some_and(|g| same_given(g, &key))
                });
            let pick = pick.or(c.person);
            if let Some(p) = pick {
                actors.insert(p);
                scene.people[p].aliases.push(c.surface.clone());
            }
        }
        // Role mentions inside the passage ("the CIA director") are actors too.
        for (form, p) in role_mentions(d, &here, &scene) {
            actors.insert(p);
            scene.people[p].aliases.push(form);
        }
        // The last quotation came from someone the text does not name.
        if let Some(last) = d.spans.len().checked_sub(1) {
            if q_decided[last]
                && q_speaker[last].is_none()
                && !q_thing[last]
                && !is_short(d, &d.spans[last])
            {
                scene.unnamed_last.insert(pi);
            }
        } else if cues.last().is_some_and(|c| c.names_nobody(d)) {
            // "One Japanese trader said demand is rising." with no quotation: the "he" of the
            // next paragraph is that trader as well.
            scene.unnamed_last.insert(pi);
        }
        let mut quotes_out: Vec<Quote> = Vec::new();
        for (qi, q) in d.spans.iter().enumerate() {
            let text = q.text(d.text);
            if text.is_empty() {
                continue;
            }
            let speaker = q_speaker[qi];
            if let Some(p) = speaker {
                speakers.insert(p);
                actors.insert(p);
            }
            quotes_out.push(Quote {
                text: text.to_string(),
                speaker: speaker.map(|p| scene.people[p].canonical.clone()),
                cue: if speaker.is_some() { q_cue[qi].clone() } else { None },
            });
        }
        // Reported speech: "Putin claimed that …", "…, he argued." One per sentence: a cue
        // inside reported content ("says that he thinks …") reports nothing new.
        let mut reported_sents: FastSet<usize> = FastSet::default();
        let quoted_sents: FastSet<usize> =
            d.toks.iter().filter(|t| t.quote.is_some()).map(|t| t.sent).collect();
        for c in &cues {
            let Source::Person(p) = c.source else { continue };
            let sent = d.toks[c.tok].sent;
            if quoted_sents.contains(&sent) {
                speakers.insert(p);
                continue;
            }
            if reported_sents.contains(&sent) {
                continue;
            }
            if let Some(content) = reported_content(d, c) {
                reported_sents.insert(sent);
                speakers.insert(p);
                if content.is_empty() {
                    continue;
                }
                quotes_out.push(Quote {
                    text: content,
                    speaker: Some(scene.people[p].canonical.clone()),
                    cue: Some(c.word.clone()),
                });
            }
        }
        // Multi-paragraph chains: attach and back-fill speakers.
        if let Some(first) = d.spans.first() {
            if first.continued {
                if let Some(sp) = q_speaker[0] {
                    for &(cp, cq) in &chain {
                        if let Some(qo) =
                            out.get_mut(cp).and_then(|o: &mut PassagePeople| nth_direct(o, cq))
                        {
                            if qo.speaker.is_none() {
                                qo.speaker = Some(scene.people[sp].canonical.clone());
                                qo.cue = q_cue[0].clone();
                            }
                        }
                        if let Some(o) = out.get_mut(cp) {
                            credit_speaker(o, &scene.people[sp].canonical);
                        }
                    }
                }
            } else {
                chain.clear();
            }
        } else {
            chain.clear();
        }
        match d.spans.last() {
            Some(q) if q.runs_on => {
                let qi = d.spans.len() - 1;
                if !q.continued {
                    chain.clear();
                }
                chain.push((pi, qi));
                chain_speaker = Some((q_speaker[qi], q_cue[qi].clone()));
            }
            _ => {
                chain.clear();
                chain_speaker = None;
            }
        }
        prev_quote_speaker = d.spans.len().checked_sub(1).and_then(|last| {
            let q = &d.spans[last];
            let closes = d
                .toks
                .last()
                .zip(first_at(&d.toks, q.start))
                .is_some_and(|(t, k)| t.sent == d.toks[k].sent);
            let by_cue = q_cue[last].as_deref().is_some_and(|c| c != ":");
            if closes && by_cue && !q.runs_on && !is_short(d, q) {
                q_speaker[last].zip(q_cue[last].clone())
            } else {
                None
            }
        });
        // Only a sentence of reported speech without quotation marks of its own.
        prev_last_speaker = d
            .toks
            .last()
            .filter(|last| !quoted_sents.contains(&last.sent))
            .and_then(|last| person_cue_in(d, &cues, last.sent));
        prev_colon = None;
        if let Some(last) =
            d.toks.iter().rposition(|t| t.quote.is_none() && !t.is_punct('”') && !t.is_punct('"'))
        {
            if d.toks[last].is_punct(':') {
                if let Some(c) = cues.iter().rev().find(|c| c.tok + 12 >= last) {
                    if let Source::Person(p) = c.source {
                        prev_colon = Some((p, c.word.clone()));
                    }
                } else {
                    let before: Vec<Seen> = here.iter().map(|h| h.1).collect();
                    let sent = d.toks[last].sent;
                    if let Some((Source::Person(p), _, _)) =
                        sentence_subject(d, &scene, &before, pi, sent, last)
                    {
                        prev_colon = Some((p, ":".to_string()));
                    }
                }
            }
        }
        // Remember who was seen, for pronouns and roles further on.
        for (_, s, _) in &here {
            let mut s = *s;
            s.speaker = speakers.contains(&s.person);
            scene.seen.push((pi, s));
        }
        // In a fixed order: pronoun resolution must not depend on hashing.
        // Oldest first, by where each was last named, so the latest speaker is found first.
        let mut ordered: Vec<usize> = speakers.iter().copied().collect();
        ordered.sort_unstable_by_key(|p| {
            (here.iter().rev().find(|h| h.1.person == *p).map_or(0, |h| h.0), *p)
        });
        for p in ordered {
            scene.seen.push((pi, Seen { person: p, subject: true, speaker: true }));
        }
        let mut a: Vec<String> =
            actors.iter().map(|&p| scene.people[p].canonical.clone()).collect();
        a.sort();
        a.dedup();
        let mut s: Vec<String> =
            speakers.iter().map(|&p| scene.people[p].canonical.clone()).collect();
        s.sort();
        s.dedup();
        out.push(PassagePeople { actors: a, speakers: s, quotes: quotes_out });
    }
    out
}

/// Whether a quotation stands inside a sentence that another subject opens: an unquoted word
/// of its sentence right before the opening mark ("Pew found that “…”").
fn quoted_inside(d: &Doc, q: &QuoteSpan) -> bool {
    let sent = first_at(&d.toks, q.start).map(|k| d.toks[k].sent);
    last_before(&d.toks, q.open).is_some_and(|k| {
        let t = &d.toks[k];
        t.is_word() && t.quote.is_none() && Some(t.sent) == sent
    })
}

/// The last cue of sentence `sent` whose source is a named person, with its word.
fn person_cue_in(d: &Doc, cues: &[Cue], sent: usize) -> Option<(usize, String)> {
    cues.iter().rev().filter(|c| d.toks[c.tok].sent == sent).find_map(|c| match c.source {
        Source::Person(p) => Some((p, c.word.clone())),
        Source::Unknown => None,
    })
}

/// The `n`-th quotation of a passage's output (direct quotations come first, in order).
fn nth_direct(o: &mut PassagePeople, n: usize) -> Option<&mut Quote> {
    o.quotes.get_mut(n)
}

/// Adds a speaker found later (in a following paragraph) to an earlier passage's lists.
fn credit_speaker(o: &mut PassagePeople, name: &str) {
    for list in [&mut o.speakers, &mut o.actors] {
        if !list.iter().any(|n| n == name) {
            list.push(name.to_string());
            list.sort();
        }
    }
}

/// A paragraph that is only a sign-off ("— Sen. Ann Ruiz, in a statement.", "- Ruiz."),
/// as fact checks and quote round-ups print under a quotation: the person it names.
fn sign_off(d: &Doc) -> Option<(usize, String)> {
    let first = d.toks.first()?;
    if !matches!(first.kind, Kind::Punct('—' | '–' | '-')) || !d.spans.is_empty() {
        return None;
    }
    let (p, _, b) = mention_at(d, 1, false)?;
    // The name closes the line or starts a short aside: a longer text is a sentence of its own.
    let closes = d.toks.get(b).is_none_or(|t| t.is_punct('.') || t.is_punct(','));
    let words = d.toks.iter().filter(|t| t.is_word()).count();
    (closes && words <= SIGN_OFF_MAX_WORDS).then(|| (p, d.text[first.s..first.e].to_string()))
}

/// The verb of the clause whose subject ends at `s1`, before token `limit`: the first
/// lower-case word, past auxiliaries and an aside set off by commas ("Huckabee, for his part,
/// is labeling …"). None when the sentence turns to another name or runs into a quotation.
fn clause_verb(d: &Doc, s1: usize, limit: usize) -> Option<usize> {
    let toks = &d.toks;
    let mut j = s1;
    while j < limit {
        let t = &toks[j];
        if t.quote.is_some() {
            return None;
        }
        // "Gov. Pat McCrory (R) blamed …": a party tag after the name.
        if t.is_punct('(') {
            let close = (j + 1..limit.min(j + 8)).find(|&m| toks[m].is_punct(')'))?;
            j = close + 1;
            continue;
        }
        if t.is_punct(',') {
            let close = (j + 1..limit.min(j + 24)).find(|&m| toks[m].is_punct(','))?;
            if (j..close).any(|m| toks[m].quote.is_some()) {
                return None;
            }
            j = close + 1;
            continue;
        }
        if !t.is_word() {
            return None;
        }
        let w = word_at(d.text, toks, j);
        if t.cap {
            return None;
        }
        // "has been meeting": the verb is the participle.
        if set_has(&AUX_SET, w) || w == "been" {
            j += 1;
            continue;
        }
        return Some(j);
    }
    None
}

/// The subject of the nearest clause before token `k` that a conjunction opens with a named
/// person: "…, while Huckabee proposed", "…was complete when Trump in his speech called".
fn clause_subject_before(d: &Doc, k: usize) -> Option<Src> {
    let toks = &d.toks;
    let sent = toks.get(k)?.sent;
    let m = (0..k).rev().take_while(|&m| toks[m].sent == sent).find(|&m| {
        let t = &toks[m];
        t.is_word()
            && t.quote.is_none()
            && match word_at(d.text, toks, m) {
                "while" | "whereas" | "when" | "because" => true,
                "and" | "but" => m > 0 && toks[m - 1].is_punct(','),
                _ => false,
            }
    })?;
    // Role words may stand before the name ("while party chair Dana Pruitt").
    let (p, a, s1) = (m + 1..(m + 5).min(k))
        .take_while(|&j| toks[j].is_word() && toks[j].quote.is_none())
        .find_map(|j| mention_at(d, j, false))?;
    (s1 < k && !toks[s1 - 1].poss).then_some((Source::Person(p), a, s1))
}

fn is_short(d: &Doc, q: &QuoteSpan) -> bool {
    q.text(d.text).split_whitespace().count() <= 2
}

/// Whether a form of "be" stands right before token `k`: "was asked by", "was quoted by".
fn after_be(d: &Doc, k: usize) -> bool {
    k > 0
        && matches!(
            word_at(d.text, &d.toks, k - 1),
            "was" | "were" | "been" | "being" | "is" | "are" | "be"
        )
}

/// "declined to be drawn on reports that …", "quit after reports in a newspaper that …",
/// "deny reports that …", "amid news reports that …": after a preposition, a determiner, such a
/// verb or a noun of the press, a cue word in "-s" at `k` is a plural noun, whoever the
/// sentence's subject is.
fn is_plural_noun_cue(d: &Doc, k: usize) -> bool {
    let toks = &d.toks;
    // Folded: "REPORTS" in a headline is a plural too.
    fold_at(d.text, toks, k).ends_with('s')
        && k > 0
        && toks[k - 1].is_word()
        && matches!(
            word_at(d.text, toks, k - 1),
            "on" | "about"
                | "after"
                | "amid"
                | "despite"
                | "of"
                | "over"
                | "following"
                | "the"
                | "these"
                | "those"
                | "such"
                | "deny"
                | "denied"
                | "denies"
                | "dismissed"
                | "rejected"
                | "news"
                | "media"
                | "press"
        )
}

/// Nouns of the people who speak for, work for or belong to someone: "an aide to", "a
/// spokesman for", "the wife of".
const SERVING_NOUNS: &[&str] = &[
    "aide",
    "adviser",
    "advisor",
    "assistant",
    "associate",
    "ally",
    "attorney",
    "brother",
    "colleague",
    "confidant",
    "cousin",
    "daughter",
    "deputy",
    "father",
    "friend",
    "husband",
    "lawyer",
    "mother",
    "nephew",
    "niece",
    "relative",
    "sister",
    "son",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "widow",
    "wife",
];

/// The source of the cue at `k` when the person whose mention starts at `a` is named only as
/// whom the speaker serves: "an aide to Agriculture Secretary Richard Lyng said", "a spokesman
/// for Mr Blair said", "a source close to Chirac", "the wife of Richard Lyng told" (someone
/// unnamed), "Tony Proffitt, an aide to … said" (the one named beside). None when no such phrase
/// comes before the mention.
fn served_by_unnamed(d: &Doc, a: usize, k: usize) -> Option<Src> {
    let toks = &d.toks;
    // The titles of the one served ("Agriculture Secretary", "Mr.") belong to the mention.
    let mut j = a;
    while j > 0
        && a - j < 4
        && (toks[j - 1].is_word() && toks[j - 1].cap || toks[j - 1].is_punct('.'))
    {
        j -= 1;
    }
    let prep = j.checked_sub(1)?;
    if !toks[prep].is_word() || !matches!(word_at(d.text, toks, prep), "to" | "for" | "of") {
        return None;
    }
    let close = prep > 0 && word_at(d.text, toks, prep - 1) == "close";
    let role = prep.checked_sub(if close { 2 } else { 1 })?;
    if toks[role].cap || !in_list_or_plural(SERVING_NOUNS, word_at(d.text, toks, role)) {
        return None;
    }
    // "a close aide", "a senior White House adviser": a few words back to the determiner.
    let m = (role.saturating_sub(4)..role).rev().find(|&m| {
        toks[m].is_word()
            && matches!(
                fold_at(d.text, toks, m),
                "a" | "an" | "one" | "another" | "the" | "two" | "three" | "several" | "some"
            )
            && (m + 1..role).all(|x| toks[x].is_word() && toks[x].quote.is_none())
    })?;
    // "Tony Proffitt, an aide to State Comptroller Bob Bullock, said": the named one the phrase
    // is set beside.
    Some(named_beside(d, m).map_or((Source::Unknown, m, k), |(p, a, b)| (Source::Person(p), a, b)))
}

/// Whether `w` or its singular is in `list`: "aides", "spokesmen".
fn in_list_or_plural(list: &[&str], w: &str) -> bool {
    in_list(list, w)
        || w.strip_suffix('s').is_some_and(|one| in_list(list, one))
        || w.strip_suffix("men").is_some_and(|stem| in_list(list, &format!("{stem}man")))
}

/// The person named right before the comma at `m - 1`, beside the phrase that opens at `m`:
/// "Robby Mook, Clinton's campaign manager".
fn named_beside(d: &Doc, m: usize) -> Option<(usize, usize, usize)> {
    (m >= 2 && d.toks[m - 1].is_punct(',')).then(|| mention_at(d, m - 2, true)).flatten()
}

/// The source of the cue at `k` when the subject found for it, the possessive mention `a..b`,
/// only owns the one who speaks: "Mr Nogar's son Stephen, 57, said" (Stephen), "Rubio's
/// advisers privately conceded", "Reagan's chief of staff said" (someone unnamed). None when
/// no such noun follows the possessive.
fn served_by_owner(d: &Doc, a: usize, b: usize, k: usize) -> Option<Src> {
    let toks = &d.toks;
    if b == 0 || !toks[b - 1].poss || k <= b {
        return None;
    }
    // "Sanders's top advisers", "Tony Blair's official spokesman", "Trump's campaign manager".
    let noun = (b..k.min(b + 4)).take_while(|&j| toks[j].is_word() && !toks[j].cap).find(|&j| {
        let w = word_at(d.text, toks, j);
        in_list_or_plural(SERVING_NOUNS, w) || in_list_or_plural(OWNED_ROLES, w)
    })?;
    // Whoever the noun names: "son Stephen", "spokesman, Denis Baudouin,".
    let at = if toks.get(noun + 1).is_some_and(|t| t.is_punct(',')) { noun + 2 } else { noun + 1 };
    // Or whoever the phrase is set beside: "Robby Mook, Clinton's campaign manager, said".
    match mention_at(d, at, false).filter(|&(_, _, m1)| m1 <= k).or_else(|| named_beside(d, a)) {
        Some((p, m0, m1)) => Some((Source::Person(p), m0, m1)),
        None => Some((Source::Unknown, a, k)),
    }
}

/// Roles held in someone's service beyond [`SERVING_NOUNS`], named with the one served as
/// owner: "Trump's campaign manager", "Clinton's chief of staff", "Blair's press secretary".
const OWNED_ROLES: &[&str] =
    &["chief", "director", "manager", "secretary", "staffer", "strategist"];

/// The "by" that brings in the agent of the participle at `k`, right after it or after the
/// quotation it governs: "labeled “top secret” by the State Department", "described as “…” by
/// his friend". Only before someone or something named or determined, so "said by phone" and
/// "responded by saying" keep their subject.
fn agent_by(d: &Doc, k: usize) -> Option<usize> {
    let toks = &d.toks;
    // "described as “a consummate professional” by his friend": past an "as".
    let from = if word_at(d.text, toks, k + 1) == "as" { k + 2 } else { k + 1 };
    let by = (from..toks.len()).find(|&j| {
        toks[j].quote.is_none() && !matches!(toks[j].kind, Kind::Punct('“' | '”' | '"'))
    })?;
    let agent = toks.get(by + 1)?;
    (word_at(d.text, toks, by) == "by"
        && agent.is_word()
        && word_at(d.text, toks, by + 2) != "way"
        && (agent.cap
            || matches!(
                word_at(d.text, toks, by + 1),
                "the" | "a" | "an" | "his" | "her" | "its" | "their"
            )))
    .then_some(by)
}

/// "quoted", "quotes", "quoting": whoever quotes is not the speaker (see `quoted_as`).
fn is_quoting(w: &str) -> bool {
    matches!(w, "quoted" | "quotes" | "quoting")
}

/// Whether "as saying" (or "as telling", "as having said") follows token `b`, after a name
/// that "quoted" governs.
fn quoted_as(text: &str, toks: &[Tok], b: usize) -> bool {
    word_at(text, toks, b) == "as"
        && matches!(
            word_at(text, toks, b + 1),
            "saying" | "telling" | "stating" | "warning" | "adding" | "having"
        )
}

fn find_cues(d: &Doc, here: &[(usize, Seen, usize)], scene: &Scene, pi: usize) -> Vec<Cue> {
    let mut cues: Vec<Cue> = Vec::new();
    // The people who are sources of the cues found so far, and the mentions (token, person)
    // where they are.
    let mut spoken: FastSet<usize> = FastSet::default();
    let mut spoke_at: FastSet<(usize, usize)> = FastSet::default();
    let mut indexed = 0;
    let toks = &d.toks;
    // Every capitalized word is lowered to test it as a cue; one buffer serves them all.
    let mut lowered = String::new();
    for k in 0..toks.len() {
        let t = &toks[k];
        if !t.is_word() || t.quote.is_some() {
            continue;
        }
        let raw = &d.text[t.s..t.full_e];
        // "Said Comey, “…”", "Murphy … Tweeted on Friday": a capitalized cue that names nobody.
        let w = if t.cap {
            lowered.clear();
            if raw.is_ascii() {
                lowered.push_str(raw);
                lowered.make_ascii_lowercase();
            } else {
                lowered.extend(raw.chars().flat_map(char::to_lowercase));
            }
            // "According to X, “…”" opens its sentence as often as it closes one.
            let cue_like = quotes::is_cue(&lowered) || lowered == "according";
            if !cue_like || d.opens_cand(k) {
                continue;
            }
            lowered.as_str()
        } else {
            raw
        };
        if !set_has(&CUES_AND_SPEECH_NOUNS, w)
            && !matches!(w, "according" | "shot" | "fired" | "hit" | "pushed" | "put" | "puts")
            && !is_quoting(w)
        {
            continue;
        }
        // People who spoke earlier in this passage are the likeliest "he" and "she"; the
        // mentions where they spoke are indexed as their cues are found. A speech noun
        // ("Blair's remarks") names whose words they are, not someone speaking.
        for c in &cues[indexed..] {
            let Source::Person(p) = c.source else { continue };
            spoken.insert(p);
            if set_has(&SPEECH_NOUNS_SET, &c.word) {
                continue;
            }
            for h in here {
                if h.1.person == p && h.0 >= c.src0 && h.0 < c.src1.max(c.src0 + 1) {
                    spoke_at.insert((h.0, p));
                }
            }
        }
        indexed = cues.len();
        // Where they spoke, or as a subject: "Dr Fox accused Mr Blair of …" makes Fox the
        // speaker in view, not Blair, who spoke earlier in the paragraph and is named later
        // as an object.
        let before_self: Vec<Seen> = here[..here.partition_point(|h| h.0 < k)]
            .iter()
            .map(|h| Seen {
                speaker: spoken.contains(&h.1.person)
                    && (h.1.subject || spoke_at.contains(&(h.0, h.1.person))),
                ..h.1
            })
            .collect();
        // "Trump's claim that …", "Clinton's remarks": a possessive person before a speech noun.
        if set_has(&SPEECH_NOUNS_SET, w) {
            let mut j = k;
            while j > 0
                && j + 3 > k
                && toks[j - 1].is_word()
                && !toks[j - 1].poss
                && !toks[j - 1].cap
            {
                j -= 1;
            }
            if j > 0 && toks[j - 1].poss {
                if let Some((p, a, b)) = mention_at(d, j - 1, true) {
                    cues.push(Cue {
                        tok: k,
                        word: w.to_string(),
                        source: Source::Person(p),
                        inverted: false,
                        src0: a,
                        src1: b,
                    });
                }
            } else if let Some((p, a)) = his_own(d, here, scene, j, k).filter(|_| {
                // Only for the quotation the noun introduces: "his comment that “…”".
                let reach = if word_at(d.text, toks, k + 1) == "that" { 12 } else { 4 };
                d.spans
                    .iter()
                    .any(|q| first_at(toks, q.open).is_some_and(|o| o > k && o <= k + reach))
            }) {
                cues.push(Cue {
                    tok: k,
                    word: w.to_string(),
                    source: Source::Person(p),
                    inverted: false,
                    src0: a,
                    src1: a + 1,
                });
            }
            continue;
        }
        if is_plural_noun_cue(d, k) {
            continue;
        }
        let back = matches!(w, "shot" | "fired" | "hit" | "pushed" | "snapped")
            && word_at(d.text, toks, k + 1) == "back";
        let (word, after) = if w == "according" && word_at(d.text, toks, k + 1) == "to" {
            ("according to".to_string(), k + 2)
        } else if back {
            (format!("{w} back"), k + 2)
        } else if matches!(w, "put" | "puts") {
            // "As Levy put it, “…”": the idiom is a cue; "put" alone places things.
            if word_at(d.text, toks, k + 1) != "it" {
                continue;
            }
            (format!("{w} it"), k + 2)
        } else if quotes::is_cue(w) || is_quoting(w) {
            (w.to_string(), k + 1)
        } else {
            continue;
        };
        // "Tehran Radio quoted Oil Minister Gholamreza Aqazadeh as saying …": the person
        // quoted is the speaker, not whoever quotes them, and the "as saying" after the name
        // is part of this cue, not one of its own. Anything else "quoted" does ("was quoted by
        // the agency as saying", "quoted a report") is no cue.
        if is_quoting(w) {
            let passive = after_be(d, k);
            if let Some((Source::Person(p), a, b)) =
                source_after(d, k + 1, here, scene, &before_self, pi)
                    .filter(|&(_, _, b)| !passive && quoted_as(d.text, toks, b))
            {
                cues.push(Cue {
                    tok: k,
                    word,
                    source: Source::Person(p),
                    inverted: true,
                    src0: a,
                    src1: b,
                });
            }
            continue;
        }
        if k > 1
            && word_at(d.text, toks, k - 1) == "as"
            && cues.last().is_some_and(|c| is_quoting(&c.word) && c.src1 + 1 == k)
        {
            continue;
        }
        // Right after a closing quotation, "said X" beats a subject further back.
        let after_quote = k > 0 && prev_is_quote_close(d, k);
        // Passive "was asked by X": the source is the agent, never the subject. So is a
        // participle with its agent and no "be": "email chains labeled “top secret” by the
        // State Department", "a man described by Clinton as “dangerous”".
        let agent = agent_by(d, k);
        let passive = after_be(d, k)
            && (word.ends_with("ed") || matches!(word.as_str(), "told" | "said" | "written"))
            || word.ends_with("ed") && agent.is_some();
        if passive {
            if let Some(by) = agent {
                if let Some((Source::Person(p), a, b)) =
                    source_after(d, by + 1, here, scene, &before_self, pi)
                {
                    cues.push(Cue {
                        tok: k,
                        word,
                        source: Source::Person(p),
                        inverted: true,
                        src0: a,
                        src1: b,
                    });
                }
            }
            continue;
        }
        // Inverted: "said Heisbourg", "said the spokesman", "according to X". After "told" or
        // "asked" the name is the one spoken to, unless a quotation just closed.
        let addressee_verb = matches!(
            word.as_str(),
            "told"
                | "tell"
                | "tells"
                | "telling"
                | "asked"
                | "asks"
                | "asking"
                | "called"
                | "calls"
                | "calling"
                | "urged"
                | "urging"
                | "accused"
                | "accuses"
                | "accusing"
                | "described"
                | "describes"
                | "describing"
                | "praised"
                | "praises"
                | "criticized"
                | "criticised"
                | "criticizes"
                | "criticises"
                | "blasted"
                | "blasts"
                | "slammed"
                | "slams"
                | "thanked"
                | "thanks"
                | "urges"
        );
        // "…,” promising the Friends of Abe": a participle never has its source after it;
        // "said of Cruz" is about Cruz.
        let participle = word.ends_with("ing");
        let said_of = word_at(d.text, toks, after) == "of";
        let inv = if addressee_verb && !after_quote || participle || said_of {
            None
        } else {
            source_after(d, after, here, scene, &before_self, pi).filter(|&(_, s0, end)| {
                // "said she “steered…”": a pronoun after the cue is its object, not an inversion,
                // unless a quotation just closed.
                if !after_quote && end == s0 + 1 && pronoun(word_at(d.text, toks, s0)).is_some() {
                    return false;
                }
                // "say Sanders' policies are…" is no inversion: the name must end its clause,
                // and owns nothing.
                let bare_apostrophe = toks.get(end).is_some_and(|t| {
                    matches!(t.kind, Kind::Punct('\'' | '’'))
                        && t.s == toks[end - 1].e
                        && toks.get(end + 1).is_some_and(Tok::is_word)
                });
                // ("according to Stoltenberg's speech" is still his.)
                if (toks[end - 1].poss || bare_apostrophe) && word != "according to" {
                    return false;
                }
                after_quote
                    || word == "according to"
                    || toks.get(end).is_none_or(|t| {
                        !t.is_word()
                            && t.quote.is_none()
                            && !matches!(t.kind, Kind::Punct('“' | '"' | '‘'))
                    })
                    || matches!(
                        word_at(d.text, toks, end),
                        "in" | "on"
                            | "at"
                            | "during"
                            | "who"
                            | "after"
                            | "when"
                            | "while"
                            | "last"
                            | "this"
                            | "earlier"
                            | "of"
                    )
            })
        };
        // "Spicer said, adding, “…”": a participle after a comma shares the subject of the
        // cue it follows in the same sentence.
        let shared = (participle && k > 0 && toks[k - 1].is_punct(','))
            .then(|| {
                cues.iter().rev().find(|c: &&Cue| {
                    toks[c.tok].sent == toks[k].sent
                        && matches!(c.source, Source::Person(_))
                        && !set_has(&SPEECH_NOUNS_SET, &c.word)
                })
            })
            .flatten()
            .map(|c| (c.source, c.src0, c.src1));
        // "…,” one factory employee told …": someone the text does not name.
        let unnamed = (k.saturating_sub(6)..k)
            .rev()
            .take_while(|&m| toks[m].is_word() && toks[m].quote.is_none())
            .find(|&m| {
                let w = word_at(d.text, toks, m);
                ["a", "an", "one", "another", "some", "two", "three", "several"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
                    && m > 0
                    && prev_is_quote_close(d, m)
            })
            .filter(|&m| (m..k).all(|j| !d.opens_cand(j)));
        // "One said the state had cut spending", "A trader said": a subject the text does not
        // name, opening its sentence or clause.
        // "A Department for Media, Culture and Sport spokeswoman said": commas may part the
        // words of an organization's name, and a lower-case noun stands before the cue.
        // "… after a woman in Worcester, Massachusetts, told him": so may a subordinate
        // clause, which the sentence's own subject does not speak.
        let indefinite = (k.saturating_sub(12)..k)
            .find(|&m| {
                toks[m].quote.is_none()
                    && (m == 0
                        || toks[m - 1].sent != toks[m].sent
                        || toks[m - 1].is_punct(',')
                        || after_subordinator(d, m) && noun_phrase_to(d, m + 1, k))
                    && is_indefinite(d, m)
            })
            .filter(|&m| {
                // "One measure he said he favored": the pronoun is the subject.
                // Names of things ("A Department for Media … spokeswoman") may stand among them.
                (m..k).all(|j| {
                    (toks[j].is_word()
                        || (toks[j].is_punct(',') || toks[j].is_punct('.')) && k - m > 4)
                        && toks[j].sent == toks[k].sent
                        && toks[j].quote.is_none()
                        && mention_at(d, j, false).is_none()
                        && pronoun(word_at(d.text, toks, j)).is_none()
                }) && (m + 1 == k
                    || toks[k - 1].is_word()
                        && !toks[k - 1].cap
                        && !matches!(word_at(d.text, toks, k - 1), "who" | "which" | "that")
                    // "after a woman in Worcester, Massachusetts, told him": a lower-case
                    // noun, then where it is from. (After a comma, such a phrase is more
                    // often an apposition: "EDGE, a group based in Philadelphia, said".)
                    || !(m > 0 && toks[m - 1].is_punct(','))
                        && toks[m + 1].is_word()
                        && !toks[m + 1].cap
                        && (m + 2..k - 1).any(|j| {
                            matches!(word_at(d.text, toks, j), "in" | "from" | "of")
                                && (j + 1..k).all(|x| {
                                    toks[x].cap || toks[x].is_punct(',') || toks[x].is_punct('.')
                                })
                        }))
                    // "Braynard, a South Carolina native who writes": an apposition to a name.
                    && !(m >= 2 && toks[m - 1].is_punct(',') && mention_at(d, m - 2, true).is_some())
            });
        let sub = if word == "according to" {
            None
        } else if shared.is_some() {
            shared
        } else if let Some(m) = unnamed.or(indefinite) {
            Some((Source::Unknown, m, k))
        } else {
            source_before(d, k, scene, &before_self, pi).map(|s| match s {
                // "an aide to Agriculture Secretary Richard Lyng said", "Mr Nogar's son
                // Stephen said": whom the speaker serves does not speak.
                (Source::Person(_), a, b) => {
                    served_by_unnamed(d, a, k).or_else(|| served_by_owner(d, a, b, k)).unwrap_or(s)
                }
                _ => s,
            })
        };
        // "One said … . “…,” he said.": "he" is that unnamed speaker when nobody is named
        // since.
        let sub = match sub {
            Some((Source::Person(_), a, b))
                if b == a + 1 && pronoun(word_at(d.text, toks, a)).is_some() =>
            {
                // Only an indefinite subject (see `Cue::names_nobody`).
                let unnamed_before = cues.last().is_some_and(|c: &Cue| {
                    c.names_nobody(d)
                        && toks[c.tok].sent + 1 >= toks[a].sent
                        // Whom that speaker serves is named in the phrase: "A spokesman
                        // for Mr Howard said … He added".
                        && here.iter().all(|h| h.0 < c.src1.max(c.src0 + 1) || h.0 > a)
                });
                if unnamed_before {
                    Some((Source::Unknown, a, b))
                } else {
                    sub
                }
            }
            _ => sub,
        };
        // "…,” he told Hannity": the one spoken to is not the one speaking.
        let sub = match (sub, sub.and_then(|(_, a, _)| pronoun(word_at(d.text, toks, a)))) {
            (Some((Source::Person(p), a, b)), Some(male))
                if b == a + 1 && mention_at(d, k + 1, false).is_some_and(|(q, _, _)| q == p) =>
            {
                Some((scene.resolve_pronoun_except(male, pi, &before_self, Some(p)), a, b))
            }
            _ => sub,
        };
        // "Stanton wrote a letter to Attorney General Lynch asking …": a participle right
        // after a preposition's object belongs to the subject of the sentence.
        let sub = match sub {
            Some((Source::Person(_), a, b))
                if participle && b == k && a > 0 && {
                    let prep = word_at(d.text, toks, a - 1);
                    matches!(prep, "to" | "for" | "from" | "against" | "at" | "on")
                } =>
            {
                sentence_subject(d, scene, &before_self, pi, toks[k].sent, a)
                    .filter(|s| matches!(s.0, Source::Person(_)))
                    .or(sub)
            }
            _ => sub,
        };
        // "Clinton “drew well” in 2008, said professor Paul Beck.": a name closing the
        // sentence after "…, said" is the source, not the sentence's subject.
        let comma_said = k > 0
            && toks[k - 1].is_punct(',')
            && inv.is_some_and(|(_, _, end)| {
                toks.get(end).is_none_or(|t| matches!(t.kind, Kind::Punct('.' | ';' | '!' | '?')))
            });
        let pick = match (sub, inv) {
            (Some(s), Some(i)) => {
                if after_quote || comma_said || s.0 == Source::Unknown {
                    (i, true)
                } else {
                    (s, false)
                }
            }
            (Some(s), None) => (s, false),
            (None, Some(i)) => (i, true),
            (None, None) => ((Source::Unknown, usize::MAX / 2, usize::MAX / 2), false),
        };
        let named_nobody = sub
            .is_some_and(|(src, a, _)| src == Source::Unknown && unnamed.or(indefinite) == Some(a));
        let ((mut source, mut s0, mut s1), inverted) = pick;
        // "Ryan lamented the … and criticized the …": a coordinated cue shares its subject.
        let none_found = s0 == usize::MAX / 2;
        let mut j = k;
        while j > 0 && toks[j - 1].is_word() && set_has(&AUX_SET, word_at(d.text, toks, j - 1)) {
            j -= 1;
        }
        let after_conjunction =
            j > 0 && matches!(word_at(d.text, toks, j - 1), "and" | "but" | "then");
        // "Clinton said Trump is responsible … and accused him of …": a verb right after "and"
        // has no subject of its own, whoever the reported clause before it names.
        let and_verb = after_conjunction && !inverted && s1 < j - 1;
        // "…, a woman in Worcester, Massachusetts, told him": an unnamed subject of its own.
        let own_subject = named_nobody && !inverted;
        if !own_subject
            && (!inverted && source == Source::Unknown || none_found || s0 + 12 < k || and_verb)
        {
            let coordinated = after_conjunction || j > 0 && toks[j - 1].is_punct(',');
            // A speech noun ("…downplay Ryan’s comments, saying") has no verb to share.
            if let Some(prev) = cues.last().filter(|c: &&Cue| {
                coordinated
                    && toks[c.tok].sent == toks[k].sent
                    && !c.inverted
                    && !set_has(&SPEECH_NOUNS_SET, &c.word)
            }) {
                if let Source::Person(_) = prev.source {
                    source = prev.source;
                    s0 = prev.src0;
                    s1 = prev.src1;
                }
            }
        }
        if s0 == usize::MAX / 2 {
            continue;
        }
        cues.push(Cue { tok: k, word, source, inverted, src0: s0, src1: s1 });
    }
    cues
}

/// "Trump stood by his comment that …": a "his" or "her" among tokens `j..k` before a speech
/// noun, owned by the only person its sentence names before it, when the gender fits. The
/// person and the pronoun's token.
fn his_own(
    d: &Doc,
    here: &[(usize, Seen, usize)],
    scene: &Scene,
    j: usize,
    k: usize,
) -> Option<(usize, usize)> {
    let toks = &d.toks;
    let a = (j..k).find(|&m| matches!(word_at(d.text, toks, m), "his" | "her"))?;
    let want = if word_at(d.text, toks, a) == "his" { Gender::Female } else { Gender::Male };
    let sent = toks[a].sent;
    let mut named = here.iter().filter(|h| h.0 < a && toks[h.0].sent == sent).map(|h| h.1.person);
    let p = named.next()?;
    (named.all(|q| q == p) && scene.people[p].gender != want).then_some((p, a))
}

fn prev_is_quote_close(d: &Doc, k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        j -= 1;
        let t = &d.toks[j];
        match t.kind {
            Kind::Punct(',') | Kind::Punct('.') | Kind::Punct('?') | Kind::Punct('!') => continue,
            Kind::Punct(c) => return matches!(c, '”' | '"' | '’' | '\'' | '»'),
            Kind::Word => return false,
        }
    }
    false
}

type Src = (Source, usize, usize);

fn mention_at(d: &Doc, k: usize, end: bool) -> Option<(usize, usize, usize)> {
    let ci = *if end { d.cand_end.get(k)? } else { d.cand_start.get(k)? };
    let c = d.cands.get(usize::try_from(ci).ok()?)?;
    match c.person {
        Some(p) if !c.vocative => Some((p, c.run0, c.t1)),
        _ => None,
    }
}

/// Token → candidate indexes (by first token, title or name, and by last token), so that
/// mention look-ups cost nothing on long passages.
fn index_cands(n: usize, cands: &[Cand]) -> (Vec<u32>, Vec<u32>) {
    let mut start = vec![u32::MAX; n];
    let mut end = vec![u32::MAX; n];
    for (i, c) in cands.iter().enumerate() {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        for k in [c.run0, c.t0] {
            if let Some(s) = start.get_mut(k) {
                *s = i;
            }
        }
        if let Some(e) = c.t1.checked_sub(1).and_then(|k| end.get_mut(k)) {
            *e = i;
        }
    }
    (start, end)
}

/// Words that end the role phrase between an inverted cue and its name.
fn quotes_stop() -> &'static [&'static str] {
    &["that", "to", "he", "she", "it", "they", "was", "is", "and", "but", "in", "on", "at", "with"]
}

fn pronoun(w: &str) -> Option<bool> {
    match w {
        "he" | "He" => Some(true),
        "she" | "She" => Some(false),
        _ => None,
    }
}

fn source_after(
    d: &Doc,
    k: usize,
    here: &[(usize, Seen, usize)],
    scene: &Scene,
    before: &[Seen],
    pi: usize,
) -> Option<Src> {
    let t = d.toks.get(k)?;
    if !t.is_word() || t.quote.is_some() {
        return None;
    }
    // "said P.S. Tam", "added J. David Lyons": initials before a name are kept out of it (they
    // open firms' names as often), but they open the speaker's name all the same.
    let after_initials = || {
        let initials = (k..d.toks.len().min(k + 3))
            .take_while(|&j| {
                let w = word_at(d.text, &d.toks, j);
                d.toks[j].is_word()
                    && d.toks[j].quote.is_none()
                    && (is_dotted_initials(w.trim_end_matches('.'))
                        || w.len() == 1 && w.chars().all(char::is_uppercase))
                    || d.toks[j].is_punct('.') && j > k
            })
            .count();
        (initials > 0).then(|| mention_at(d, k + initials, false)).flatten()
    };
    let named = named_after_possessor(d, k)
        .or_else(|| person_after_owner(d, k))
        .or_else(|| mention_at(d, k, false))
        .or_else(after_initials);
    if let Some((p, a, b)) = named {
        let (holder, _, end) = role_holder_after(d, b).unwrap_or((p, a, b));
        return Some((Source::Person(holder), a, end));
    }
    // "said Marquette pollster Charles Franklin", "added his campaign manager Jeff Weaver".
    // "said Salomon Brothers (Asia) Ltd analyst Ray Hall", "said Bear Stearns and Co analyst
    // Ed Kerr", "said EEF chief economist, Steve Radley": a firm's name may hold brackets, an
    // ampersand or "and" between capitals, and a comma may set the name off its role.
    let role_comma = |j: usize| {
        d.toks[j].is_punct(',')
            && j > k
            && d.toks[j - 1].is_word()
            && !d.toks[j - 1].cap
            && is_role_head(fold_at(d.text, &d.toks, j - 1))
            && mention_at(d, j + 1, false).is_some()
    };
    // Past six words, or past a bracket, a comma or "and", only a name right after its role
    // is the speaker's ("said a party member who supports Trump" names someone else); the
    // role may be a capitalized title ("said former Pennsylvania Gov. and Democratic National
    // Committee Chairman Ed Rendell").
    let after_role = |j: usize| {
        let r = if d.toks[j - 1].is_punct(',') { j - 1 } else { j };
        d.toks[r - 1].is_word()
            && is_role_head(fold_at(d.text, &d.toks, r - 1))
            && (!d.toks[r - 1].cap || is_given(fold_at(d.text, &d.toks, j)))
    };
    // "Gov." and "Sen." among the role words.
    let abbreviated_title = |j: usize| {
        d.toks[j].is_punct('.')
            && j > k
            && d.toks[j - 1].is_word()
            && d.toks[j - 1].cap
            && is_role_head(fold_at(d.text, &d.toks, j - 1))
    };
    // A mention that opens on its title ("DNC Chairman Ed Rendell") carries its role; a given
    // name must follow the title ("Economist Intelligence Unit" is no economist named Unit).
    let titled = |&(_, a, b): &(usize, usize, usize)| {
        (a..b.saturating_sub(2)).any(|m| {
            d.toks[m].is_word()
                && is_role_head(fold_at(d.text, &d.toks, m))
                && is_given(fold_at(d.text, &d.toks, m + 1))
        })
    };
    let mut far = false;
    let mut j = k;
    while j < d.toks.len()
        && j < k + 12
        && d.toks[j].quote.is_none()
        && (d.toks[j].is_word()
            || ['(', ')', '&'].iter().any(|&c| d.toks[j].is_punct(c))
            || role_comma(j)
            || abbreviated_title(j))
    {
        far |= j >= k + 6 || !d.toks[j].is_word();
        if let Some((p, _, b)) =
            mention_at(d, j, false).filter(|m| !far || after_role(j) || titled(m))
        {
            return Some((Source::Person(p), k, b));
        }
        let w = word_at(d.text, &d.toks, j);
        // "according to media and PR strategist Glen Yearwood": an "and" inside the role
        // words, before another role word, is no new clause.
        let joins_roles = w == "and"
            && d.toks
                .get(j + 1)
                .is_some_and(|n| n.is_word() && n.quote.is_none() && (!n.cap || n.acronym))
            && mention_at(d, j + 1, false).is_none();
        let and_after_capital =
            w == "and" && j > k && (d.toks[j - 1].cap || abbreviated_title(j - 1));
        let next_mention = if and_after_capital { mention_at(d, j + 1, false) } else { None };
        // "Bear Stearns and Co": an "and" between capitals inside a firm's name.
        let joins_firm = and_after_capital
            && d.toks.get(j + 1).is_some_and(|n| n.is_word() && n.cap && n.quote.is_none())
            && next_mention.is_none();
        // "said former Gov. and DNC Chairman Ed Rendell": two offices of one person.
        let joins_titles = next_mention.is_some_and(|m| titled(&m));
        if in_list(quotes_stop(), w) && !joins_roles && !joins_firm && !joins_titles {
            break;
        }
        far |= joins_firm && !joins_roles;
        j += 1;
    }
    let w = word_at(d.text, &d.toks, k);
    if let Some(male) = pronoun(w) {
        return Some((scene.resolve_pronoun_at(d, k, male, pi, before), k, k + 1));
    }
    // "…,” said a Nevada Democrat": someone the text does not name.
    let unnamed = |k: usize| {
        let end = (k + 1..d.toks.len().min(k + 9))
            .find(|&j| !d.toks[j].is_word() || d.toks[j].quote.is_some())
            .unwrap_or(d.toks.len().min(k + 9));
        (end > k + 1).then_some((Source::Unknown, k, end))
    };
    if matches!(w, "the" | "a" | "an" | "one" | "another" | "his" | "her" | "their") {
        let role = role_phrase(d, k);
        let after_quote = k > 1 && prev_is_quote_close(d, k - 1);
        if role.is_none() && after_quote && matches!(w, "a" | "an" | "one" | "another") {
            return unnamed(k);
        }
        if let Some(role) = role {
            let end = role.end;
            // "said the CIA director" after a named role; "a spokesman" names nobody.
            let p = if w == "the" { scene.resolve_role(&role, before) } else { None };
            // A role phrase followed by a name: "said the director, William Burns".
            if let Some((p2, _, b)) = d
                .toks
                .get(end)
                .filter(|t| t.is_punct(','))
                .and_then(|_| mention_at(d, end + 1, false))
            {
                return Some((Source::Person(p2), k, b));
            }
            let _ = here;
            return Some((p.map_or(Source::Unknown, Source::Person), k, end));
        }
    }
    None
}

/// "said Clinton campaign manager Robby Mook", "said Merrill Lynch analyst Edmund Ronald": a
/// name right before lower-case role words says whose aide or which firm's analyst the next
/// name is, and that next name is the one who speaks. The person named after the role words
/// that start at `from`, the token after the first name.
fn role_holder_after(d: &Doc, from: usize) -> Option<(usize, usize, usize)> {
    let toks = &d.toks;
    let mut j = from;
    while j < toks.len() && j < from + 4 {
        let t = &toks[j];
        if !t.is_word() || t.quote.is_some() || t.cap || t.poss {
            break;
        }
        j += 1;
    }
    let role = fold_word(word_at(d.text, toks, j.checked_sub(1)?));
    if j == from || !is_role_head(&role) || set_has(&HONORIFICS_SET, &role) {
        return None;
    }
    if (from..j).any(|i| in_list(quotes_stop(), word_at(d.text, toks, i))) {
        return None;
    }
    // "said Viola spokeswoman, Berit Hansen": a comma may set the name off its role.
    let name = if toks.get(j).is_some_and(|t| t.is_punct(',')) { j + 1 } else { j };
    mention_at(d, name, false)
}

/// "said Sky Networks' Sophie Laing", "added Ernst and Young's Sanjay Mehta", "said De
/// Telegraaf's image editor, Peter Cole": after a cue, an owner's name that ends in a
/// possessive, then the person it owns, maybe after the role that person holds there. That
/// person, from `k` on.
fn person_after_owner(d: &Doc, k: usize) -> Option<(usize, usize, usize)> {
    let toks = &d.toks;
    let sent = toks.get(k)?.sent;
    let mut j = k;
    // The token after the owner's possessive.
    let owned = loop {
        let t = toks.get(j).filter(|t| t.sent == sent && t.quote.is_none() && j < k + 6)?;
        let w = word_at(d.text, toks, j);
        if t.is_word() && t.cap && t.poss {
            break j + 1;
        }
        let plural_possessive = t.is_word()
            && t.cap
            && w.ends_with('s')
            && toks.get(j + 1).is_some_and(|a| a.is_punct('\'') || a.is_punct('’'))
            && toks.get(j + 2).is_some_and(|n| n.is_word() && n.s == toks[j + 1].e + 1);
        if plural_possessive {
            break j + 2;
        }
        if !(t.is_word() && (t.cap || matches!(w, "and" | "de")) || t.is_punct('&')) {
            return None;
        }
        j += 1;
    };
    if let Some((p, _, b)) = mention_at(d, owned, false) {
        return Some((p, k, b));
    }
    let mut r = owned;
    while r < owned + 4 && toks.get(r).is_some_and(|t| t.is_word() && !t.cap && t.quote.is_none()) {
        r += 1;
    }
    if r == owned || !is_role_head(fold_at(d.text, toks, r - 1)) {
        return None;
    }
    if toks.get(r).is_some_and(|t| t.is_punct(',')) {
        r += 1;
    }
    let (p, _, b) = mention_at(d, r, false)?;
    Some((p, k, b))
}

/// "Sen. Joan Dunmore of Ohio, the ranking Democrat on the panel, who": the person one
/// apposition before the comma at `comma`, maybe with an "of Place" after the name.
fn person_before_apposition(d: &Doc, comma: usize) -> Option<(usize, usize, usize)> {
    let toks = &d.toks;
    let sent = toks.get(comma)?.sent;
    let c = (comma.saturating_sub(16)..comma)
        .rev()
        .take_while(|&c| toks[c].sent == sent && toks[c].quote.is_none())
        .find(|&c| toks[c].is_punct(','))?;
    mention_at(d, c.checked_sub(1)?, true).or_else(|| {
        let mut e = c - 1;
        while e > 0 && toks[e].is_word() && toks[e].cap {
            e -= 1;
        }
        (e > 0 && word_at(d.text, toks, e) == "of").then(|| mention_at(d, e - 1, true)).flatten()
    })
}

/// "Clinton’s introducer, actress Jamie Lee Curtis": a possessive name and the role it owns,
/// then the name of whoever holds the role, set off by a comma and closing the phrase. That
/// person, from `k` on.
fn named_after_possessor(d: &Doc, k: usize) -> Option<(usize, usize, usize)> {
    let toks = &d.toks;
    let (_, _, b) = mention_at(d, k, false)?;
    if !toks[b - 1].poss {
        return None;
    }
    // Words up to the next punctuation; `lower` keeps to lower-case ones.
    let words = |from: usize, lower: bool| {
        (from..toks.len().min(from + 5))
            .find(|&j| {
                let t = &toks[j];
                !(t.is_word() && t.quote.is_none() && !(lower && t.cap)) || d.opens_cand(j)
            })
            .unwrap_or(toks.len())
    };
    let comma = words(b, false);
    if comma == b || !toks.get(comma)?.is_punct(',') {
        return None;
    }
    let (p, _, end) = mention_at(d, words(comma + 1, true), false)?;
    // "biographers, David and Jeanne Heidler": the name must close the phrase.
    toks.get(end).is_none_or(|t| !t.is_word()).then_some((p, k, end))
}

fn source_before(d: &Doc, k: usize, scene: &Scene, before: &[Seen], pi: usize) -> Option<Src> {
    let toks = &d.toks;
    let mut j = k;
    // Skip auxiliaries and adverbs: "Haines later recalled", "he has said".
    while j > 0
        && toks[j - 1].is_word()
        && set_has(&AUX_SET, word_at(d.text, toks, j - 1))
        && j + 4 > k
    {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    // "Rep. Earl Blumenauer (D-Ore.) said": step over a parenthesis.
    if toks[j - 1].is_punct(')') {
        if let Some(open) = (j.saturating_sub(10)..j - 1).rev().find(|&m| toks[m].is_punct('(')) {
            if open > 0 {
                j = open;
            }
        }
    }
    let mut prev = &toks[j - 1];
    if prev.quote.is_some() {
        return None;
    }
    // "BuzzFeed reported that …": a brand speaks, nobody the article names as a person.
    if prev.brand {
        return Some((Source::Unknown, j - 1, j));
    }
    // "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": step
    // back over an "of …" phrase to the name before it.
    // Reuters marks a firm's name with angle brackets ("Stuart McKibbin of <A.C. Goode and
    // Co> told"); a firm's name may hold dots and an ampersand.
    let in_name = |t: &Tok| {
        t.is_word() || t.is_punct('<') || t.is_punct('>') || t.is_punct('.') || t.is_punct('&')
    };
    if (prev.is_word() || prev.is_punct('>')) && mention_at(d, j - 1, true).is_none() {
        let mut m = j - 1;
        while m > 1 && m + 12 > j && in_name(&toks[m]) && toks[m].quote.is_none() {
            if word_at(d.text, toks, m) == "of" {
                if let Some((p, a, b)) = mention_at(d, m - 1, true) {
                    return Some((Source::Person(p), a, b));
                }
            }
            m -= 1;
        }
    }
    // "…, police sources said", "…, Western diplomats said": people the text does not name,
    // whoever the sentence named first ("Quinn and other traders said" names one of them).
    if prev.is_word()
        && !prev.cap
        && !(j >= 2 && word_at(d.text, toks, j - 2) == "other")
        && matches!(
            word_at(d.text, toks, j - 1),
            "sources"
                | "officials"
                | "analysts"
                | "traders"
                | "dealers"
                | "diplomats"
                | "economists"
                | "bankers"
                | "residents"
                | "witnesses"
                | "aides"
                | "executives"
                | "experts"
                | "observers"
        )
    {
        return Some((Source::Unknown, j - 1, j));
    }
    // "Mr Sigarchi's lawyer labelled", "Obama's spokesman said": the one a possessive name
    // owns speaks, someone the text does not name here, not the owner.
    if prev.is_word() && !prev.cap {
        let mut m = j - 1;
        while m > 0 && j - m < 4 && toks[m].is_word() && !toks[m].cap && toks[m].quote.is_none() {
            m -= 1;
        }
        let owner = toks[m].poss && mention_at(d, m, true).is_some();
        if owner && m + 1 < j && is_role_head(fold_at(d.text, toks, j - 1)) {
            return Some((Source::Unknown, m + 1, j));
        }
    }
    // "Paul Ryan of Wisconsin lamented": step over "of Place".
    if prev.is_word() && prev.cap && mention_at(d, j - 1, true).is_none() {
        let mut m = j - 1;
        while m > 0 && toks[m - 1].is_word() && toks[m - 1].cap && m + 4 > j {
            m -= 1;
        }
        if m >= 2 && word_at(d.text, toks, m - 1) == "of" && mention_at(d, m - 2, true).is_some() {
            j = m - 1;
            prev = &toks[j - 1];
        }
        // "The Archbishop of Canterbury said": the title holder speaks, whoever holds it.
        if after_head(d.text, toks, m, "of", TERRITORIAL_TITLES) {
            let role = role_phrase_back(d, m - 2);
            let p = role.as_ref().and_then(|r| scene.resolve_role(r, before));
            let from = role.map_or(m - 2, |r| r.start);
            return Some((p.map_or(Source::Unknown, Source::Person), from, j));
        }
    }
    if prev.is_word() {
        if let Some((p, a, b)) = mention_at(d, j - 1, true) {
            // "analyst Peter Appert of C.J. Lawrence said": a name after "of" and a person's
            // name is where that person works, a firm named after its founder.
            // Initials before the surname ("C.J.") belong to the firm's name; the mention's
            // run may reach back over "of" to the person.
            let name_start = d
                .cand_end
                .get(j - 1)
                .and_then(|&ci| d.cands.get(usize::try_from(ci).ok()?))
                .map_or(a, |c| c.t0);
            let mut from = name_start;
            while from > 0
                && name_start - from < 4
                && (toks[from - 1].cap || toks[from - 1].is_punct('.'))
            {
                from -= 1;
            }
            let employer = (from >= 2 && word_at(d.text, toks, from - 1) == "of")
                .then(|| mention_at(d, from - 2, true))
                .flatten()
                .filter(|&(q, _, _)| q != p);
            if let Some((q, a, b)) = employer {
                return Some((Source::Person(q), a, b));
            }
            return Some((Source::Person(p), a, b));
        }
        let w = word_at(d.text, toks, j - 1);
        if let Some(male) = pronoun(w) {
            return Some((scene.resolve_pronoun_at(d, j - 1, male, pi, before), j - 1, j));
        }
        // "the spokesman said", "the CIA director said".
        if let Some(role) = role_phrase_back(d, j - 1) {
            let p = scene.resolve_role(&role, before);
            return Some((p.map_or(Source::Unknown, Source::Person), role.start, j));
        }
        // "…, but he is now likely to withdraw, the delegates said", "…, the company said": a
        // plural or an organization right before the cue is its subject, not the sentence's
        // subject further back. ("the 36-year-old said" is someone named before.)
        let head = fold_at(d.text, toks, j - 1);
        let unnamed_head =
            head.ends_with('s') && !head.ends_with("ss") || set_has(&ORG_NOUNS_SET, head);
        if !toks[j - 1].cap && unnamed_head {
            let det = (j.saturating_sub(4)..j - 1).rev().find(|&m| {
                toks[m].is_word() && matches!(fold_at(d.text, toks, m), "the" | "these" | "those")
            });
            if let Some(m) = det {
                let plain = (m + 1..j).all(|x| toks[x].is_word() && !toks[x].cap && !toks[x].poss);
                if plain && (m == 0 || !toks[m - 1].is_word()) {
                    return Some((Source::Unknown, m, j));
                }
            }
        }
        // "… the only Amendment the Founding Fathers wrote “…”", "when the White House said":
        // a proper name after "the" that names no person is the subject, unless "the" starts
        // a preposition's object ("Obama at the White House said").
        if toks[j - 1].cap {
            let mut m = j - 1;
            while m > 0 && j - m < 5 && toks[m - 1].is_word() && toks[m - 1].cap {
                m -= 1;
            }
            let the = m > 0 && fold_at(d.text, toks, m - 1) == "the";
            // "Clinton and the State Department have said": she says it too.
            let object = m >= 2
                && (set_has(&PREPOSITIONS_SET, fold_at(d.text, toks, m - 2))
                    || matches!(fold_at(d.text, toks, m - 2), "and" | "or"));
            let plain = (m..j).all(|x| !toks[x].poss && mention_at(d, x, false).is_none());
            // An organization, an acronym or a plural: "the Dutchman", "the Bishop" and "the
            // Georgia Democrat" are people.
            let last = fold_at(d.text, toks, j - 1);
            let thing = LISTS.orgs.contains(last)
                || toks[j - 1].acronym
                || last.ends_with('s') && !last.ends_with("ss");
            if the && !object && plain && thing {
                return Some((Source::Unknown, m - 1, j));
            }
        }
    }
    // Apposition: "François Heisbourg, a security expert, said".
    if prev.is_punct(',') {
        // "Another delegate on the slate, Jim Poolman, said": the name the comma closes. Not
        // before a participle: "… his rival, Hillary Clinton, saying" is the object.
        let participle = word_at(d.text, toks, k).ends_with("ing");
        if j >= 3 && toks[j - 2].is_word() && !participle {
            if let Some((p, a, b)) = mention_at(d, j - 2, true) {
                if a > 0 && toks[a - 1].is_punct(',') && toks[a - 1].sent == toks[k].sent {
                    return Some((Source::Person(p), a, b));
                }
            }
        }
        // "Like Corker, Menendez rejected the bill, arguing": a participle's subject is the
        // sentence's, which a fronted phrase's comma only precedes.
        if participle {
            let subject = sentence_subject(d, scene, before, pi, toks[k].sent, j - 1);
            if let Some(s @ (Source::Person(_), _, _)) = subject {
                return Some(s);
            }
        }
        let mut m = j - 1;
        while m > 0 && m + 40 > j {
            m -= 1;
            // An apposition never reaches into the sentence before.
            if toks[m].sent != toks[k].sent {
                break;
            }
            if toks[m].quote.is_some_and(|qi| d.spans.get(qi).is_none_or(|s| !is_short(d, s))) {
                break;
            }
            if toks[m].is_punct(',') {
                if m > 0 {
                    if let Some((p, a, b)) = mention_at(d, m - 1, true) {
                        return Some((Source::Person(p), a, b));
                    }
                    if let Some(male) = pronoun(word_at(d.text, toks, m - 1)) {
                        return Some((
                            scene.resolve_pronoun_at(d, m - 1, male, pi, before),
                            m - 1,
                            m,
                        ));
                    }
                }
                // "Cory James, 22, of Flint, Mich., said": appositions come in chains.
                if m + 40 < j {
                    break;
                }
            }
        }
    }
    // "…by host Bill Maher, who backs Sanders but has dismissed …": the subject of a relative
    // clause is the person the "who" follows.
    let relative = (k.saturating_sub(16)..k)
        .rev()
        .take_while(|&m| toks[m].sent == toks[k].sent && toks[m].quote.is_none())
        .find(|&m| word_at(d.text, toks, m) == "who" && m >= 2 && toks[m - 1].is_punct(','))
        .filter(|&m| {
            // Not "Bannon, who Beck called", and not once the clause has closed ("Bush, who
            // trails — 25 percent say").
            let object = mention_at(d, m + 1, false).is_some()
                || pronoun(word_at(d.text, toks, m + 1)).is_some();
            let open = (m + 1..k).all(|j| {
                toks[j].is_word()
                    || toks[j].is_punct(',')
                        && matches!(word_at(d.text, toks, j + 1), "and" | "but")
            });
            !object && open
        })
        .and_then(|m| mention_at(d, m - 2, true).or_else(|| person_before_apposition(d, m - 1)));
    if let Some((p, a, b)) = relative {
        return Some((Source::Person(p), a, b));
    }
    // The subject of a longer clause: "Blinken stopped and asked", "Ryabkov firmly told".
    sentence_subject(d, scene, before, pi, toks[k].sent, k).or_else(|| clause_subject_before(d, k))
}

/// The subject of sentence `sent` before token `limit`: its first person, named or "he"/"she",
/// provided it opens the sentence (or a clause after a comma or colon).
fn sentence_subject(
    d: &Doc,
    scene: &Scene,
    before: &[Seen],
    pi: usize,
    sent: usize,
    limit: usize,
) -> Option<Src> {
    let toks = &d.toks;
    let mut from = limit.min(toks.len());
    while from > 0 && toks[from - 1].sent == sent {
        from -= 1;
    }
    // "After Jerry Brown criticized Bill Clinton, Hillary shot back": the subject follows an
    // opening subordinate clause.
    let first_word = (from..limit.min(toks.len())).find(|&m| toks[m].is_word());
    if first_word.is_some_and(|m| {
        let w = fold_at(d.text, toks, m);
        set_has(&SUBORDINATORS_SET, w)
            // "Like Corker, Menendez rejected…": a fronted comparison names someone else.
            || matches!(w, "despite" | "like" | "unlike")
            || {
            // "Speaking to reporters in Iowa, Bush said": an opening participle clause.
            let w = word_at(d.text, toks, m);
            toks[m].cap && w.len() > 5 && w.ends_with("ing")
        }
    }) {
        if let Some(comma) = (from..limit.min(toks.len()))
            .find(|&m| toks[m].is_punct(',') && toks[m].quote.is_none())
        {
            from = comma + 1;
        }
    }
    subject_from(d, scene, before, pi, sent, from, limit)
}

/// The subject of sentence `sent` among tokens `from..limit` (see [`sentence_subject`]).
fn subject_from(
    d: &Doc,
    scene: &Scene,
    before: &[Seen],
    pi: usize,
    sent: usize,
    from: usize,
    limit: usize,
) -> Option<Src> {
    let toks = &d.toks;
    for m in from..limit.min(toks.len()) {
        let t = &toks[m];
        if t.sent != sent || t.quote.is_some() || !t.is_word() {
            continue;
        }
        let named = d
            .cand_start
            .get(m)
            .and_then(|&i| d.cands.get(usize::try_from(i).ok()?))
            .filter(|c| c.person.is_some() && !c.vocative);
        let male = pronoun(word_at(d.text, toks, m));
        if named.is_none() && male.is_none() {
            continue;
        }
        let start = named.map_or(m, |c| c.run0);
        let opens = start == 0
            || toks[start - 1].sent != sent
            || toks[start - 1].is_punct(',')
            || toks[start - 1].is_punct(':')
            || !toks[start - 1].is_word() && !toks[start - 1].is_punct('(')
            || preamble_only(d, sent, start);
        if !opens {
            // "At the meeting after the loss to Obama, party Chairman Reince Priebus scolded
            // …": a name inside a fronted phrase; the subject follows its comma.
            let comma = (m..limit.min(toks.len())).find(|&c| toks[c].is_punct(','));
            let fronted = (from..m).all(|c| !toks[c].is_punct(',') && toks[c].quote.is_none());
            if let (Some(c), true) = (comma, fronted) {
                if c + 1 < limit {
                    return subject_from(d, scene, before, pi, sent, c + 1, limit);
                }
            }
            return None;
        }
        return match (named, male) {
            // "Trump’s state director, Mike Rubino, reached out": the role holder.
            (Some(c), _) => named_after_possessor(d, m)
                .map(|(p, a, b)| (Source::Person(p), a, b))
                .or_else(|| c.person.map(|p| (Source::Person(p), c.run0, c.t1))),
            (None, Some(male)) => {
                Some((scene.resolve_pronoun_at(d, m, male, pi, before), m, m + 1))
            }
            _ => None,
        };
    }
    None
}

/// Whether only connectives and role words lie between the sentence start and `m`:
/// "And then Trump went…", "Republican presidential candidate Donald Trump took…".
fn preamble_only(d: &Doc, sent: usize, m: usize) -> bool {
    let lists = &*LISTS;
    // "Former TV network anchor Katie Couric has …": a role noun right before the name lets
    // the plain nouns of its phrase ("network") stand in the preamble too.
    let role_before = m > 0
        && d.toks[m - 1].is_word()
        && !d.toks[m - 1].cap
        && matches!(fold_at(d.text, &d.toks, m - 1),
            w if lists.titles.contains(w) || in_list(LOWER_CASE_ROLES, w));
    let mut j = m;
    // Whether every token so far is a capitalized word: the run the name came from, whose
    // leading words ("House Republican", "Earlier") were left out of the name.
    let mut same_run = true;
    while j > 0 && d.toks[j - 1].sent == sent {
        j -= 1;
        let t = &d.toks[j];
        if t.quote.is_some() {
            return false;
        }
        same_run &= t.is_word() && t.cap;
        // "…, party chairman Elliot Brandt scolded": the clause opens at the comma.
        if t.is_punct(',') && j + 1 < m {
            return true;
        }
        if !t.is_word() {
            continue;
        }
        let w = fold_at(d.text, &d.toks, j);
        // A capital that only opens the sentence ("Filling in for X, …") says nothing.
        let ok = t.cap && (!t.initial || same_run)
            || set_has(&NOT_NAMES_SET, w)
            || set_has(&AUX_SET, w)
            || set_has(&ROLE_MODIFIERS_SET, w)
            || w.ends_with(" old")
            || lists.titles.contains(w)
            || lists.demonyms.contains(w)
            || t.cap && lists.places.contains(w)
            || role_before && !t.cap && plain_noun(w);
        if !ok || m - j > 8 {
            return false;
        }
    }
    true
}

/// Whether `w` (folded, lower case in the text) can be a noun of a role phrase: not a
/// preposition or conjunction that would open another phrase ("critics of Senator Warren"), not
/// a verb whose object the name is ("police arrested Sergeant Bell").
fn plain_noun(w: &str) -> bool {
    const BREAKS: &[&str] = &[
        "about", "after", "against", "among", "as", "at", "before", "between", "by", "during",
        "for", "from", "in", "into", "like", "of", "on", "over", "than", "through", "to", "under",
        "with", "without", "but", "or", "if", "when", "while", "because", "told", "asked", "said",
        "says", "called", "named", "thanked", "met", "beat", "let", "made", "saw", "sent", "who",
        "whose", "which", "that", "where",
    ];
    // A word in -s is more often a verb ("Trump slams …") than a noun of a role, except these.
    const PLURAL_NOUNS: &[&str] =
        &["affairs", "arms", "communications", "news", "operations", "relations", "services"];
    static BREAKS_SET: LazyLock<WordSet> = LazyLock::new(|| BREAKS.iter().copied().collect());
    !set_has(&BREAKS_SET, w)
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        // Past participles: "the paper, written by professor Kandice Kahl, said".
        && (!w.ends_with("en") || w.ends_with("men"))
        && (!w.ends_with('s') || w.ends_with("ss") || in_list(PLURAL_NOUNS, w))
}

/// A role phrase: "the CIA director", "the Florida senator".
struct RolePhrase {
    /// Folded head noun ("director").
    head: String,
    /// Lower-case modifiers the person's roles must hold ("deputy").
    mods: Vec<String>,
    /// Capitalized modifiers ("cia", "florida").
    proper: Vec<String>,
    /// Token range of the phrase, from "the".
    start: usize,
    end: usize,
}

/// Abbreviated titles and the role they stand for: "Sen. Marco Rubio" is "the senator".
const TITLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("sen", "senator"),
    ("rep", "representative"),
    ("gov", "governor"),
    ("gen", "general"),
    ("col", "colonel"),
    ("capt", "captain"),
    ("lt", "lieutenant"),
    ("sgt", "sergeant"),
    ("adm", "admiral"),
    ("cmdr", "commander"),
    ("maj", "major"),
    ("pres", "president"),
    ("sec", "secretary"),
    ("amb", "ambassador"),
    ("atty", "attorney"),
    ("supt", "superintendent"),
    ("prof", "professor"),
];

/// Whether `roles` hold `head`, written out or abbreviated.
fn has_role(roles: &HashSet<String>, head: &str) -> bool {
    roles.contains(head)
        || TITLE_ABBREVIATIONS.iter().any(|&(short, full)| full == head && roles.contains(short))
}

/// "the CIA director" starting at `k` ("the").
fn role_phrase(d: &Doc, k: usize) -> Option<RolePhrase> {
    let lists = &*LISTS;
    // Tokens of the modifiers, made into strings only for a phrase found: this runs after
    // every "the" of every passage, and most are no role (issue 6).
    let mut mods = Vec::new();
    let mut proper = Vec::new();
    let mut j = k + 1;
    while j < d.toks.len() && j <= k + 4 && d.toks[j].is_word() && d.toks[j].quote.is_none() {
        let w = fold_at(d.text, &d.toks, j);
        let next_role = || {
            let next_is_word = d.toks.get(j + 1).is_some_and(|t| t.is_word() && t.quote.is_none());
            next_is_word && lists.titles.contains(fold_at(d.text, &d.toks, j + 1))
        };
        // A capitalized head is a name's first word ("the General Assembly"), except the
        // roles written as initials ("the MP for Wantage", "the CEO").
        let initials_role = || matches!(w, "mp" | "mep" | "msp" | "ceo" | "cfo" | "coo");
        if lists.titles.contains(w)
            && !set_has(&NOT_HEADS_SET, w)
            && (!d.toks[j].cap || initials_role())
            && !next_role()
        {
            let folded = |m: &usize| fold_at(d.text, &d.toks, *m).to_string();
            let mut proper: Vec<String> = proper.iter().map(folded).collect();
            // "the senator from Vermont": a place after the head narrows it as one before does.
            if matches!(d.toks.get(j + 1).map(|_| word_at(d.text, &d.toks, j + 1)), Some("from"))
                && d.toks.get(j + 2).is_some_and(|t| t.is_word() && t.cap)
            {
                proper.push(fold_at(d.text, &d.toks, j + 2).to_string());
            }
            let mods = mods.iter().map(folded).collect();
            return Some(RolePhrase { head: w.to_string(), mods, proper, start: k, end: j + 1 });
        }
        if !set_has(&ROLE_MODIFIERS_SET, w) && !lists.demonyms.contains(w) {
            if d.toks[j].cap {
                proper.push(j);
            } else {
                mods.push(j);
            }
        }
        j += 1;
    }
    None
}

/// A role phrase ending at `k`: walks back to "the". "The MP for Sittingbourne and
/// Sheppey said": the place after "for", "of" or "from" narrows the role as one before it.
fn role_phrase_back(d: &Doc, k: usize) -> Option<RolePhrase> {
    let toks = &d.toks;
    let mut j = k + 1;
    while j > 0 && j + 6 > k && toks[j - 1].is_word() && toks[j - 1].quote.is_none() {
        let w = word_at(d.text, toks, j - 1);
        if toks[j - 1].cap || matches!(w, "and" | "&") {
            j -= 1;
            continue;
        }
        if j <= k && matches!(w, "for" | "of" | "from") && toks[j].cap {
            let mut role = role_phrase_back_plain(d, j - 2)?;
            role.proper.extend(
                (j..=k).filter(|&m| toks[m].cap).map(|m| fold_at(d.text, toks, m).to_string()),
            );
            return Some(role);
        }
        break;
    }
    role_phrase_back_plain(d, k)
}

/// A role phrase ending at `k` with nothing after its head.
fn role_phrase_back_plain(d: &Doc, k: usize) -> Option<RolePhrase> {
    let mut j = k;
    while j > 0 && j + 5 > k {
        j -= 1;
        if !d.toks[j].is_word() {
            return None;
        }
        if word_at(d.text, &d.toks, j) == "the" || word_at(d.text, &d.toks, j) == "The" {
            return role_phrase(d, j).filter(|r| r.end == k + 1);
        }
    }
    None
}

fn role_mentions(d: &Doc, here: &[(usize, Seen, usize)], scene: &Scene) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for k in 0..d.toks.len() {
        let w = word_at(d.text, &d.toks, k);
        if w != "the" && w != "The" {
            continue;
        }
        if let Some(role) = role_phrase(d, k) {
            let before: Vec<Seen> =
                here[..here.partition_point(|h| h.0 < k)].iter().map(|h| h.1).collect();
            if let Some(p) = scene.resolve_role(&role, &before) {
                let form = d.text.get(d.toks[k].s..d.toks[role.end - 1].e).unwrap_or("");
                out.push((format!("the{}", form.get(3..).unwrap_or("")), p));
            }
        }
    }
    out
}

fn trailing_cue<'c>(d: &Doc, q: &QuoteSpan, cues: &'c [Cue]) -> Option<&'c Cue> {
    if q.runs_on {
        return None;
    }
    let toks = &d.toks;
    let first = first_at(toks, q.close)?;
    let sent = toks.get(first)?.sent;
    // Skip the punctuation right after the quotation.
    let mut words = 0;
    for (k, t) in toks.iter().enumerate().skip(first) {
        // "…,” Bill Eastland, wearing “Ted Cruz” pins, said": a scare quote is no break.
        let scare = t.quote.is_some_and(|qi| d.spans.get(qi).is_some_and(|s| is_short(d, s)));
        if t.sent != sent || t.quote.is_some() && !scare {
            break;
        }
        if t.is_word() {
            words += 1;
        }
        if words > 32 {
            break;
        }
        if let Some(c) = cues.iter().find(|c| c.tok == k) {
            // "…” that Pagliano, who invoked the Fifth, …": a relative clause describes a
            // person; it does not attribute the quotation before it.
            if k > 0 && word_at(d.text, toks, k - 1) == "who" {
                continue;
            }
            // "his call for a “deportation force”" introduces what follows it only.
            if matches!(word_at(d.text, toks, c.src0), "his" | "her")
                && set_has(&SPEECH_NOUNS_SET, &c.word)
            {
                continue;
            }
            // Far from the quotation only "…, said X", "…, X said." or a name right after it
            // counts.
            // The comma may stand before the name's role words ("…, DFA spokesman Neil
            // Sroka said.").
            let comma_before_source = (c.src0.saturating_sub(4)..c.src0)
                .rev()
                .find(|&m| toks[m].is_punct(','))
                .is_some_and(|m| {
                    toks[m + 1..c.src0].iter().all(|t| {
                        let w = fold_word(&d.text[t.s..t.e]);
                        t.is_word()
                            && (t.acronym
                                || LISTS.titles.contains(w.as_str())
                                || set_has(&ROLE_MODIFIERS_SET, &w))
                    })
                });
            // "…,” Rep. Hunter’s chief of staff, Joe Kasper, told POLITICO before…": a name
            // set off by commas right before its verb.
            let appositive = !c.inverted
                && comma_before_source
                && c.src1 + 1 == c.tok
                && toks.get(c.src1).is_some_and(|t| t.is_punct(','));
            let said_x = c.inverted && c.tok > 0 && toks[c.tok - 1].is_punct(',')
                || appositive
                || !c.inverted
                    && c.src0 > first
                    && comma_before_source
                    && toks[c.tok + 1..]
                        .iter()
                        .take_while(|t| t.sent == sent)
                        .filter(|t| t.is_word())
                        .count()
                        <= 3;
            // A joint subject ("…,” Ann Ruiz and Paul Greco wrote) is no new clause: the
            // "and" joins two names.
            let joint = |m: usize| m > 0 && m + 1 == c.src0 && mention_at(d, m - 1, true).is_some();
            // Where the subject starts: the first of two joined names.
            let subject0 = c
                .src0
                .checked_sub(1)
                .filter(|&m| word_at(d.text, toks, m) == "and" && joint(m))
                .and_then(|m| mention_at(d, m - 1, true))
                .map_or(c.src0, |(_, a, _)| a);
            // "…,” state Senate leader Phil Berger and … said": role words may open it.
            if words > 8 && !(subject0 >= first && subject0 < first + 4) && !said_x {
                break;
            }
            // "Ryan saying he was “very encouraged” and Trump calling it…": a subject after
            // "and" or "but" starts a clause of its own.
            let new_clause = !c.inverted
                && c.src0 > first
                && (first..c.src0).any(|m| {
                    toks[m].is_word()
                        && !joint(m)
                        && matches!(
                            word_at(d.text, toks, m),
                            "and"
                                | "but"
                                | "while"
                                | "until"
                                | "when"
                                | "after"
                                | "before"
                                | "because"
                                | "since"
                                | "if"
                                | "though"
                                | "although"
                                | "whereas"
                        )
                });
            if new_clause {
                break;
            }
            // "…,” Haines recalled": the source must come after the quotation too.
            if c.inverted || c.src0 >= first {
                // After a quotation that ended its sentence, "Rubio said he does support…"
                // starts a new report; only a short "X said (in a statement)." closes it.
                let ended = last_before(toks, q.end).is_some_and(|e| {
                    matches!(toks[e].kind, Kind::Punct('.' | '?' | '!'))
                        && toks[first].sent != toks[e].sent
                });
                let tail = toks[c.tok.max(c.src1)..]
                    .iter()
                    .take_while(|t| t.sent == sent && t.quote.is_none())
                    .filter(|t| t.is_word())
                    .count();
                // "“Wow!” Ann Lee said of the swirl of convention events.": a cue followed by
                // its own circumstances ("of", "in an interview") and no clause of its own
                // still closes the quotation.
                // "“…?” Trump told Britain’s ITV television station in an interview aired on
                // Monday when asked …": whom it was told to comes first, and a clause of "when",
                // "if" or "after" is a circumstance too.
                let after = if c.inverted { c.src1 } else { c.tok + 1 };
                let rest: Vec<usize> = (after..toks.len())
                    .take_while(|&j| toks[j].sent == sent && toks[j].quote.is_none())
                    .filter(|&j| toks[j].is_word())
                    .collect();
                let is_circumstance = |j: usize| {
                    matches!(
                        word_at(d.text, toks, j),
                        "of" | "about" | "in" | "during" | "on" | "at"
                    )
                };
                let opens_clause = |j: usize| {
                    let w = word_at(d.text, toks, j);
                    CLAUSE_OPENERS.contains(&w) || w == "that"
                };
                let listener = if matches!(c.word.as_str(), "told" | "tells") { 6 } else { 0 };
                let circumstance =
                    rest.iter().take(listener + 1).position(|&j| is_circumstance(j)).is_some_and(
                        |i| {
                            rest[..i].iter().all(|&j| !opens_clause(j))
                                && rest[i..]
                                    .iter()
                                    .take_while(|&&j| {
                                        !matches!(
                                            word_at(d.text, toks, j),
                                            "when" | "if" | "after" | "before" | "as"
                                        )
                                    })
                                    .all(|&j| !opens_clause(j))
                        },
                    );
                if ended && tail > 6 && !circumstance {
                    return None;
                }
                return Some(c);
            }
        }
    }
    None
}

/// Heads of a quotation's source that are things, not people, beyond organizations' words:
/// "…,” the statement said", "…,” the presidential palace said".
const SOURCE_THINGS: &[&str] = &[
    "statement",
    "report",
    "letter",
    "filing",
    "release",
    "website",
    "site",
    "paper",
    "study",
    "survey",
    "document",
    "memo",
    "ruling",
    "complaint",
    "lawsuit",
    "suit",
    "indictment",
    "announcement",
    "transcript",
    "palace",
    "embassy",
    "government",
    "administration",
    "campaign",
];

/// Whether a quotation is closed by a cue whose subject names no person: "…,” the White House
/// said.", "…,” CNN reported.", "…,” according to a copy of the letter." The subject is a few
/// words right after the closing mark, none of them a person's name or a pronoun, and the cue
/// ends the sentence or nearly.
fn unnamed_source_after(d: &Doc, q: &QuoteSpan) -> bool {
    if q.runs_on {
        return false;
    }
    let toks = &d.toks;
    let Some(mut k) = first_at(toks, q.close) else { return false };
    if toks[k].is_punct(',') {
        k += 1;
    }
    let Some(sent) = toks.get(k).map(|t| t.sent) else { return false };
    let is_thing = |j: usize| {
        let w = fold_at(d.text, toks, j);
        toks[j].acronym
            || LISTS.orgs.contains(w)
            || set_has(&ORG_NOUNS_SET, w)
            || set_has(&SOURCE_THINGS_SET, w)
    };
    let is_person = |j: usize| {
        let w = word_at(d.text, toks, j);
        mention_at(d, j, false).is_some() || pronoun(w).is_some() || w.contains("year-old")
    };
    // "…,” according to a copy of the letter." but not "…,” according to PR strategist Glen
    // Yearwood.": the whole phrase up to the next mark names no one and holds a thing's noun.
    if word_at(d.text, toks, k) == "according" && word_at(d.text, toks, k + 1) == "to" {
        let phrase: Vec<usize> = (k + 2..toks.len())
            .take_while(|&j| toks[j].sent == sent && toks[j].is_word() && toks[j].quote.is_none())
            .take(10)
            .collect();
        return phrase.iter().any(|&j| is_thing(j)) && !phrase.iter().any(|&j| is_person(j));
    }
    let subject = toks[k..]
        .iter()
        .take_while(|t| t.sent == sent && t.is_word() && t.quote.is_none())
        .take(6)
        .position(|t| quotes::is_cue(&d.text[t.s..t.e]));
    let Some(n) = subject.filter(|&n| n > 0) else { return false };
    let cue = k + n;
    // "…,” the 36-year-old said" and "…,” the Austrian said" describe a person: only a
    // subject headed by an organization's or a document's noun, or an acronym, is no one's
    // ("…,” the company also said" is headed by "company").
    let head = (k..cue).rev().find(|&j| !set_has(&AUX_SET, word_at(d.text, toks, j)));
    let names_nobody = head.is_some_and(is_thing) && !(k..cue).any(is_person);
    let tail =
        toks[cue + 1..].iter().take_while(|t| t.sent == sent).filter(|t| t.is_word()).count();
    // "the", "a" or a capital opens a subject; "…,” even critics said" is no source. One
    // capitalized word may be a surname the tagger did not know ("…,” Jun wrote"); only an
    // acronym ("…,” CNN reported") is surely no one's.
    let opens_subject = toks[k].cap && (n > 1 || toks[k].acronym)
        || matches!(word_at(d.text, toks, k), "the" | "a" | "an" | "its" | "their");
    names_nobody && opens_subject && tail <= 4
}

fn leading_cue<'c>(d: &Doc, q: &QuoteSpan, cues: &'c [Cue]) -> Option<&'c Cue> {
    let toks = &d.toks;
    let qt = first_at(toks, q.start)?;
    let sent = if q.continued { return None } else { toks.get(qt)?.sent };
    let as_put_it = |c: &Cue| {
        c.word.starts_with("put")
            && (c.src0.saturating_sub(4)..c.src0).any(|m| {
                toks[m].sent == sent && word_at(d.text, toks, m).eq_ignore_ascii_case("as")
            })
    };
    // "saying Trump’s comments “are based on his opinion”": a quotation that opens with the
    // verb of a speech noun right before it says what the words are, not what they said.
    // So does one after that verb: "Trump’s comments are “another example of …”".
    let predicate_of = |c: &Cue| {
        let verb = (c.tok + 1..=qt).find(|&m| toks[m].is_word());
        // A slogan, an answer or a message "is" its words: "Her slogan is “I’m with her.”"
        let judged = matches!(
            c.word.as_str(),
            "comments"
                | "comment"
                | "remarks"
                | "remark"
                | "words"
                | "claim"
                | "claims"
                | "assertion"
                | "accusation"
                | "statement"
                | "tweet"
                | "tweets"
                | "suggestion"
                | "charge"
                | "argument"
                | "insistence"
                | "conclusion"
                | "contention"
        );
        judged
            && c.tok + 3 >= qt
            && verb.is_some_and(|m| {
                matches!(
                    word_at(d.text, toks, m).to_lowercase().as_str(),
                    "are"
                        | "is"
                        | "was"
                        | "were"
                        | "have"
                        | "has"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                        | "remain"
                        | "remains"
                        | "seem"
                        | "seems"
                )
            })
    };
    let fits = |c: &&Cue| {
        c.tok < qt
            && !predicate_of(c)
            && toks[c.tok].sent == sent
            && c.tok + 40 > qt
            && toks[c.tok].s < q.open
            // "Trump's claim that “…”": a speech noun introduces only what follows it closely,
            // or its "that" clause ("Trump’s claim that President Obama “founded ISIS”").
            && (!set_has(&SPEECH_NOUNS_SET, &c.word)
                || c.tok + 4 >= qt
                || word_at(d.text, toks, c.tok + 1) == "that"
                    && c.tok + 12 >= qt
                    && toks[c.tok..qt].iter().all(|t| !t.is_punct(',')))
            // "After Brown criticized Clinton, Hillary shot back, “…”": a new clause with its own
            // subject between the cue and the quotation takes the quotation away from the cue.
            // A possessive ("…, Kasich’s showing will…") is no subject. "As Levy puts it, …"
            // frames the whole sentence, whoever its subject.
            && (as_put_it(c)
                || !(c.tok..qt).any(|m| {
                    // "…while her opponent, Donald Trump, wants to “…”": a name set off by
                    // commas after a common noun is an apposition, not a new subject.
                    let apposition = |b: usize| {
                        m > 0
                            && toks[m - 1].is_word()
                            && !toks[m - 1].cap
                            && toks.get(b).is_some_and(|t| t.is_punct(','))
                    };
                    // The comma may close a quotation of its own: "called “distasteful,”
                    // Santo vowed to “…”".
                    let closes_quote = d.spans.iter().any(|s| s.end <= toks[m].s && toks[m].e <= s.close);
                    let comma =
                        toks[m].is_punct(',') || m > 0 && toks[m - 1].is_punct(',') && closes_quote;
                    comma
                        && mention_at(d, m + 1, false).is_some_and(|(p, _, b)| {
                            Source::Person(p) != c.source && !toks[b - 1].poss && !apposition(b)
                        })
                }))
    };
    let found = cues.iter().rev().find(fits)?;
    // A speech noun gives up the quotation to a person's verb of speech before it:
    // - as that verb's object, "Hollande denounced Trump’s remarks as “hurtful”", "Ryan said
    //   Obama’s words “amount to intimidation”", unless it states its content ("Trump’s claim
    //   that …");
    // - when its "that" clause only reaches the quotation a few words on, "Frazier said Rubio’s
    //   claim that Cruz is … is “simply not true”".
    let states_content = matches!(word_at(d.text, toks, found.tok + 1), "that" | ":");
    if set_has(&SPEECH_NOUNS_SET, &found.word) && (!states_content || found.tok + 4 < qt) {
        let verb = cues.iter().rev().filter(fits).find(|c| {
            c.tok < found.tok
                && !set_has(&SPEECH_NOUNS_SET, &c.word)
                && matches!(c.source, Source::Person(_))
        });
        if verb.is_some() {
            return verb;
        }
        // "Hollande denounced Trump’s remarks as “hurtful”": what the remarks are called is
        // the subject's word, whatever the verb; the subject rule takes it.
        let as_before = last_before(toks, q.open).is_some_and(|o| word_at(d.text, toks, o) == "as");
        if !states_content && as_before {
            return None;
        }
    }
    Some(found)
}

/// The words a cue reports when there are no quotation marks: the `that`-clause, or the
/// clause before "…, he argued". Empty when the cue reports speech whose extent is unclear
/// without a "that" ("Chen said the vote would come soon"): the speaker counts, but no
/// quotation is made up.
fn reported_content(d: &Doc, c: &Cue) -> Option<String> {
    let toks = &d.toks;
    let sent = toks[c.tok].sent;
    let last = (c.tok..toks.len()).take_while(|&k| toks[k].sent == sent).last()?;
    let s0 = (0..=c.tok).find(|&k| toks[k].sent == sent)?;
    // The text from token `a` to the end of the sentence, without its final stop.
    let to_end = |a: usize| -> Option<String> {
        let end = if matches!(toks[last].kind, Kind::Punct('.' | '!' | '?')) {
            toks[last].s
        } else {
            toks[last].e
        };
        let text = d.text.get(toks.get(a)?.s..end)?.trim().trim_end_matches(',').trim();
        (text.split_whitespace().count() >= 3).then(|| text.to_string())
    };
    let before_text = |b: usize| -> Option<String> {
        let text = d.text.get(toks[s0].s..toks[b].s)?.trim();
        (b > s0 && text.split_whitespace().count() >= 3).then(|| text.to_string())
    };
    let before = c.src0.min(c.tok);
    let after_src = if c.inverted { c.src1 } else { c.tok + 1 };
    // "…, according to X[, who …]." and "According to X, …".
    if c.word == "according to" {
        if before > 0 && toks[before - 1].is_punct(',') {
            return before_text(before - 1);
        }
        if before == s0 {
            let comma = (c.src1..=last).find(|&k| toks[k].is_punct(','))?;
            return to_end(comma + 1);
        }
        return None;
    }
    // "…, he argued." at the end of a sentence, maybe with an apposition after the name.
    let tail = (after_src.max(c.tok + 1)..=last).find(|&k| toks[k].is_word());
    let tail_ok = tail.is_none()
        || tail.is_some_and(|k| {
            k > 0
                && toks[k - 1].is_punct(',')
                && matches!(word_at(d.text, toks, k), "who" | "a" | "an" | "the")
        });
    if tail_ok && before > 0 && toks[before - 1].is_punct(',') {
        return before_text(before - 1);
    }
    // "X claimed that …", "X told Y that …", "X says in a news conference that …".
    let mut k = c.tok + 1;
    while k <= last && k < c.tok + 10 {
        if word_at(d.text, toks, k) == "that" {
            return to_end(k + 1);
        }
        k += 1;
    }
    // "The agency quoted Li as saying output will rise": the speaker counts, as below; and
    // "…, he quoted Kondo as saying." reports the clause before the comma.
    if is_quoting(&c.word) {
        if toks.get(c.src1 + 2).is_some_and(|t| t.is_word() && t.sent == sent) {
            return to_end(c.src1 + 2).map(|_| String::new());
        }
        let comma = (s0..c.tok).rev().take(6).find(|&k| toks[k].is_punct(','))?;
        return ((comma + 1..c.tok).all(|k| toks[k].is_word()))
            .then(|| before_text(comma))
            .flatten();
    }
    // "Chen said the vote would come soon", "X told reporters the plan was dead".
    if !c.inverted && matches!(c.word.as_str(), "said" | "says" | "told" | "tells") {
        let mut k = c.tok + 1;
        if matches!(c.word.as_str(), "told" | "tells") {
            // Skip the person told: "reporters", "the BBC", "CNN".
            while k <= last
                && k < c.tok + 4
                && toks[k].is_word()
                && !matches!(word_at(d.text, toks, k), "he" | "she" | "they" | "it" | "we")
            {
                k += 1;
                if toks.get(k).is_some_and(|t| t.is_word() && !t.cap) && toks[k - 1].cap {
                    break;
                }
            }
        }
        if toks.get(k).is_some_and(|t| t.is_word() && t.sent == sent) {
            return to_end(k).map(|_| String::new());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passages(paras: &[&str]) -> Vec<Passage> {
        paras
            .iter()
            .enumerate()
            .map(|(i, t)| Passage { ordinal: i as u32, text: t.to_string(), label: None })
            .collect()
    }

    fn actors(paras: &[&str]) -> Vec<String> {
        let got = tag_people(&passages(paras));
        let mut all: Vec<String> = got.per_passage.iter().flat_map(|p| p.actors.clone()).collect();
        all.sort();
        all.dedup();
        all
    }

    #[test]
    fn recognizes_people_not_things() {
        let cases: &[(&[&str], &[&str])] = &[
            (
                &["Foreign Minister Jean-Yves Le Drian met Ursula von der Leyen in Brussels."],
                &["Jean-Yves Le Drian", "Ursula von der Leyen"],
            ),
            (
                &["Deputy Secretary of State Wendy Sherman flew to Geneva on Monday."],
                &["Wendy Sherman"],
            ),
            // A newspaper, a magazine, a union or an exchange named as one.
            (
                &["The government daily Pravdina said the harvest was late. The weekly Ekonomist agreed, and the union Solidarnosc said so too."],
                &[],
            ),
            // A word shaped like a brand, or page buttons glued to a byline, is no name; a name
            // keeps a capital inside after a short prefix or a given name.
            (
                &["Vintel ScanPro sales rose 10 pct. Vintel said the ChemLawn unit and PacifiCorp would follow, Brian McNally said."],
                &["Brian McNally"],
            ),
            (
                &["Senator Mitch DeLauro met Frank VanderSloot in Idaho."],
                &["Frank VanderSloot", "Mitch DeLauro"],
            ),
            // The glued word drops out of the name; the word after it stands alone.
            (&["Lena BobicFlagShareLikeReplyAni Dorsey wrote the report."], &["Dorsey"]),
            // A US state's word for its people, and an adverb opening a sentence, are no part
            // of a name.
            (
                &["Ironically, Mr. Halvorsen agreed, but Texan Zeb Hollis disagreed."],
                &["Halvorsen", "Zeb Hollis"],
            ),
            // "anchor" is a role in lower case only.
            (
                &["The decision by current ABC News anchor George Stamatakos drew criticism. Anchor Glass Container Corp said sales rose, and Anchor Glass said results improved."],
                &["George Stamatakos"],
            ),
            // "Fellow" and two party words before a name.
            (&["Fellow Lib Dem Ann Zorbaquel said the plan was flawed."], &["Ann Zorbaquel"]),
            // The place a title is held over, and a saint's name owning a place, are no people.
            (
                &["The Bishop of Durham, the Rt Rev Dr Tom Wright, called the book lousy history."],
                &["Tom Wright"],
            ),
            (&["The couple married in St George's Chapel at Windsor on Saturday."], &[]),
            // The place of a peer's title and the seat a member holds are no people.
            (
                &["The programme heard from Lord Owens of Carnwick, who was a minister at the time."],
                &["Owens"],
            ),
            (&["But Tom Hardy, Labour MP for Ealing North, said the vote was close."], &["Tom Hardy"]),
            // What a verb's "its" goes back to is a company.
            (
                &["Talbot has expanded its music player family. Analysts said Talbot was keeping a foot in the market."],
                &[],
            ),
            // One word right after "in" or "at" is a place; a full name elsewhere keeps a
            // surname a person's.
            (
                &["Last week in Lyonne, President Nestor Kirchner discussed the debt. A coffee trader in Santeiro said prices held."],
                &["Nestor Kirchner"],
            ),
            (
                &["Prime Minister Tony Blair spoke on Monday. Voters lost confidence in Blair, the poll found."],
                &["Tony Blair"],
            ),
            // "Justice" is a title: it joins its name, and stands for no one alone.
            (
                &["Justice Antonin Scalia wrote the opinion. Justice Scalia said the law was clear.", "The Lord Chief Justice, Lord Woolf, disagreed."],
                &["Antonin Scalia", "Woolf"],
            ),
            // A plural of a title is no name, in "-men" too.
            (
                &["Agriculture Secretary Richard Lyng met farm leaders. Congressmen said they would extend the program."],
                &["Richard Lyng"],
            ),
            (
                &["Ms Hewitt said the bill was fair.", "Sen. Warren disagreed."],
                &["Hewitt", "Warren"],
            ),
            // A title makes a word that is also a town a name, even right by a cue.
            (
                &["Ms Hewitt said the bill was fair.", "Sen. Warren said it was not."],
                &["Hewitt", "Warren"],
            ),
            (&["Biden meets with Putin in Geneva."], &["Biden", "Putin"]),
            // An age is no quantity: the capital after it opens a name.
            (&["72-year-old Walter Blunt endorsed the mayor."], &["Walter Blunt"]),
            // A quotation that is only a capitalized run is a slogan.
            (&["Richard Nixon ran on the slogan “Experience Counts” in 1960."], &["Richard Nixon"]),
            (&["“This ad raises new questions,” Dana Pruitt, who is chairman of Our Principles PAC said."], &["Dana Pruitt"]),
            // A rank with digits and a shouted acronym before the name.
            (&["“It was a long night,” said Army 1st Lt. Dana Pruitt."], &["Dana Pruitt"]),
            (&["“Turnout will be high,” said UC-AFT President Bob Samuelson."], &["Bob Samuelson"]),
            (
                &[
                    "The Washington Post reported that NATO and the CIA disagreed.",
                    "Europeans were wary of Russia.",
                ],
                &[],
            ),
            (&["In March the Germans met in Berlin.", "Mother Russia was a theme."], &[]),
            // Plural head words name bodies too.
            (
                &[
                    "The deficit grew under the Carter and Reagan Administrations, Senator Lloyd \
                     Bentsen said.",
                    "The United Auto Workers and two Gulf Governments backed the plan.",
                ],
                &["Lloyd Bentsen"],
            ),
            (&["Analysts said the market would recover."], &[]),
            (&["The talks were with Mr Okafor.", "I've said so."], &["Okafor"]),
            (&["Prime Minister Theresa May spoke in May."], &["Theresa May"]),
            // A common word by a cue is a person only as a full name's surname.
            (&["“It is news to me,” Early said."], &[]),
            (&["“We will win,” Israel said."], &[]),
            // A given name that is also a town opens a name; a state does not.
            (&["George Tully of the local paper is retiring."], &["George Tully"]),
            (&["Georgia Tech beat Sydney Harbour."], &[]),
            (&["She spoke to an Orlando Republican at the fair in Austin July 4."], &[]),
            (&["South Carolina beat Leeds United in the Davis Cup.", "MPs voted."], &[]),
            (
                &["Mayor Karen Bass spoke on Tuesday. Bass said the city was ready."],
                &["Karen Bass"],
            ),
            // After a role word, a given name opens a name whose surname ends in s; a plural
            // after any other word closes a firm's name.
            (&["Debate moderator Nancy Cordes pressed the senator."], &["Nancy Cordes"]),
            // "his" or "its" opens an apposition holding a role, closed by a comma.
            (&["Htay Oo, its acting chairman, told reporters the party had lost."], &["Htay Oo"]),
            (&["In Casper, his campaign was run by Gov. Dana Cole."], &["Dana Cole"]),
            // A place's whole name stays a place when its first word ("New") is stripped.
            (&["Sen. Dana Cole of New York, the party leader, spoke."], &["Dana Cole"]),
            (&["The bank named analyst Galactic Resources its top pick."], &[]),
            // An apposition with no article holds a role when its role words stand alone;
            // followed by a name, they are that name's role.
            (
                &["“We will not overreact,” Stanley Fenning, executive vice president of the growers' association, said."],
                &["Stanley Fenning"],
            ),
            (&["Casino Nights, author Ian Fleming's first novel, will be filmed next year."], &["Ian Fleming"]),
            (&["Gold Ridge, first developed by engineer Dana Pruitt, closed."], &["Dana Pruitt"]),
            // A name between a verb and a role says where the role is; the object is the name
            // after the role.
            (&["Prime Minister Ann Lee urged Preston mayor Ken Lister to apologise."], &["Ann Lee", "Ken Lister"]),
            // "Real" opens a club's name, as "New" and "United" open things'.
            (&["Real Madrid coach Vanderlei Luxemburgo said the side would recover."], &["Vanderlei Luxemburgo"]),
            (&["The response to Real Madrid was the same, said Parry."], &["Parry"]),
            // A company's legal form closes no person's name, whatever title opens it.
            (&["Carmaker Dr. H.C.F. Berndt AG said it expects a satisfactory profit."], &[]),
            // A place before a surname names a firm; a given name that is a town too opens a
            // person's name.
            (&["The settlement reflects Michigan Bell's reduced federal income taxes.", "Austin Mitchell said they would not."], &["Austin Mitchell"]),
            (&["Minnesota Power will raise its rates."], &[]),
            // After an organization's word and "of", a run finishes that organization's name.
            (&["The notes are guaranteed by the Bank of Nova Scotia, Mr Okafor said."], &["Okafor"]),
            // An industry's word closes a firm's name, not a person's.
            (&["Bell Petroleum said its reserves rose.", "Last year Pacific Gas reported earnings of 925 mln dlrs."], &[]),
            // The partners' names before "and" open the firm's name as those before a comma
            // do ("Dun and Bradstreet Corp", "Cable and Wireless Plc"), and stay the firm alone.
            (&["Shares in Drake and Wexley Plc firmed in morning trading. Drake said prices would hold."], &[]),
            (&["Raymond Ash and Associates said prices would hold."], &["Raymond Ash"]),
            // A tournament is an event and sciences a firm's business, whatever opens them.
            (&["The Spaniard joins a top field for the ABN AMRO World Tennis Tournament this week, said Moya."], &["Moya"]),
            (&["The fund will hold about 19 pct of CDC Life Sciences after the sale."], &[]),
            // Italian firms close on "Spa" (S.p.A.); a website is a firm's noun before its
            // name, and the head of an apposition stops before "behind" as before "of".
            (&["The meeting will approve a merger of two subsidiaries, CM Italia Spa and Turistiche Srl."], &[]),
            (&["Property website Rightmove said asking prices fell in January."], &[]),
            (&["Jon Underhill, the man behind the Live-Shot website, said the idea came to him a year ago."], &["Jon Underhill"]),
            // A convention is an event, whatever titles stand before it.
            (&["Mukasey spoke at the Republican National Convention on Tuesday."], &["Mukasey"]),
            // Lower-case words that end on a role's head make a role with no article
            // ("industrial relations director of", "journalist and dating expert for"); a verb
            // makes a clause of them, and "and" opening them a list.
            (
                &["Ruiz Olmedo, the director-general of the export institute, expects exports to rise."],
                &["Ruiz Olmedo"],
            ),
            (
                &["Flic Danvers, journalist and dating expert for a magazine, thinks so."],
                &["Flic Danvers"],
            ),
            (
                &["Doug Harlan, previously president of Fenwick Tool, is now president of the group."],
                &["Doug Harlan"],
            ),
            (&["Carl Evans, president of Delmar Futures, was elected treasurer."], &["Carl Evans"]),
            (&["Leading Asia-watcher, and founder of the consultancy Joan Pryce, agreed."], &[]),
            (&["The film broke records set by Star Wars in 1977."], &[]),
            // An Arabic article joined to a name is part of it; a name does not open with one,
            // and a title word after "bin" is a father's name.
            (
                &["Kuwait oil minister Sheikh Ali al-Khalifa al-Sabah said output was below the ceiling."],
                &["Ali al-Khalifa al-Sabah"],
            ),
            (&["President Sheikh Zaid bin Sultan al-Nahayan met the envoy."], &["Zaid bin Sultan al-Nahayan"]),
            (&["The newspaper Al-Rai al-Aam said the talks had failed."], &[]),
            // "MP" after a name is a role; after a party or a seat it names no one. A party or
            // a nationality before a given name and a surname is an affiliation.
            (&["Ruth Kelly MP said the plan was fair."], &["Ruth Kelly"]),
            (&["Labour MPs voted against the bill, and the Bolton West MP said it was wrong."], &[]),
            (&["Tory Liam Fox said the party would win."], &["Liam Fox"]),
            (&["Australian Lynton Crosby told the party leader to focus."], &["Lynton Crosby"]),
            // A country closing a firm's or a region's name; countries are surnames too.
            (&["Credit Foncier de France said its loans rose."], &[]),
            (&["Rain fell across Southern France, forecasters said."], &[]),
            (&["Denzel Washington said he would return."], &["Denzel Washington"]),
            // A title word that heads no role, right before a single word, opens a thing's
            // name; initials there are a person's.
            (&["Output will double, according to the Economist Intelligence Unit."], &[]),
            (&["Captain S.R. Wikramanayake held both posts, the report said."], &["Wikramanayake"]),
            (&["Shares of American Eagle Outfitters rose."], &[]),
            // A saint's title before a town's name is the town's; before a name it is a saint.
            (&["Love Companies of St. Louis said it would sell the unit."], &[]),
            (&["The firm moved its offices to St. Petersburg last year."], &[]),
            (&["Pope John Paul prayed to St. Francis on Sunday."], &["John Paul"]),
            // An adverb opening a sentence is no name, whatever verb follows; a known name
            // ending the same way still is.
            (&["Originally dubbed “Jerry's Guide to the Web”, the site took a new name."], &[]),
            (&["Publicly said to be neutral, the board backed the bid."], &[]),
            (&["Kelly said the plan was sound."], &["Kelly"]),
            // "told" is a cue of its own, not only a word that stands behind one.
            (&["Later, Okafor told reporters the vote was close."], &["Okafor"]),
        ];
        for (paras, want) in cases {
            assert_eq!(
                actors(paras),
                want.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{paras:?}"
            );
        }
    }

    #[test]
    fn rejects_non_people_from_business_news() {
        let cases: &[(&[&str], &[&str])] = &[
            // A nationality phrase is no person.
            (&["West German exports rose in May, officials said."], &[]),
            // An industry's word closes a firm's name, even after a military title.
            (&["General Acquisition said it would raise its offer for the company."], &[]),
            (&["Shares of Hi-Net Communications rose 10 pct."], &[]),
            // Theatres, cinemas and credit arms are places and firms.
            (
                &["Cineworld bought the Roosevelt Century Theatre. Shares of Abbey National rose."],
                &[],
            ),
            (
                &["The film by Halden Bros was made by the Allison Division, the trade paper Ward's Motor Reports said."],
                &[],
            ),
            // Unions, campaign groups and publishers; a preposition opening the sentence.
            (
                &["National Nurses United backed him, Priorities USA Action ran ads and Grand Central Publishing printed the book."],
                &[],
            ),
            (&["Absent Sanders' campaign plan, the numbers do not add up."], &[]),
            // International bodies written as words ("Opec", "Nato").
            (
                &["Opec remains within its agreed output ceiling, Energy Minister Ali Sharif said after he met Nato envoys."],
                &["Ali Sharif"],
            ),
            // Investment firms named after a person or a place.
            (
                &["A spokesman for hedge fund Ellery Capital complained about the deal, and Morgan Asset Management agreed."],
                &[],
            ),
            (&["Helen Steel, a campaigner, said the verdict was fair."], &["Helen Steel"]),
            // A unit after a number.
            (&["The deficit reached 4.2 billion N.Z. Dlrs, the ministry said."], &[]),
            // A single letter.
            (&["S and P said the rating was unchanged."], &[]),
            // A participle opening its sentence; a known surname in "-ing" stays a person.
            (&["Having said that, the coach expects a win."], &[]),
            (&["Manning said the team would win."], &["Manning"]),
            // A shouted sign-off line.
            (&["Prices rose. REUTER"], &[]),
            // A place named after something; a given name, a title or an initial before the
            // feature make it a surname.
            (&["Everton beat Fulham at Goodison Park on Saturday."], &[]),
            (&["Ferries from Port Talbot and Mount Clemens were cancelled."], &[]),
            (
                &["Damon Hill won in Suzuka, Mr Park said, and Margaret Hunt Hill agreed."],
                &["Damon Hill", "Margaret Hunt Hill", "Park"],
            ),
            // Buildings, fields and seas too; a given name before still makes a surname.
            (&["Howl's Moving Castle set a box office record, the studio said."], &[]),
            (&["In a statement, a detainee in Woodhill Prison said he would appeal."], &[]),
            (&["Gunmen held the Malheur National Wildlife Refuge for weeks."], &[]),
            (&["Output at the Buccaneer Field rose, and Nottingham Forest lost."], &[]),
            (&["Drilling in the South China Sea resumed, Mr Field said."], &["Field"]),
            (
                &["Barbara Castle and Frank Field spoke, Charles Temple said."],
                &["Barbara Castle", "Charles Temple", "Frank Field"],
            ),
            // A name headed by an organization's word: boards, product lines, pipelines.
            (&["The West German Intervention Board said it bought 9,000 tonnes."], &[]),
            (&["Sales at Delco Products rose, analyst Rita Vance said."], &["Rita Vance"]),
            (&["Oil flow in the Trans-Alaska Pipeline resumed on Monday."], &[]),
            // A name shown to be a company elsewhere in the article.
            (
                &[
                    "Underwriter Harlan Quist and Co led the sale.",
                    "Harlan Quist said the notes sold well.",
                ],
                &[],
            ),
            (&["Ostrava Co said profits fell.", "Ostrava said it would cut jobs."], &[]),
            // Partners named before a firm's suffix, and a word in parentheses before it.
            (
                &[
                    "Shearman Orwell, Harris Dunn and Co said profits rose.",
                    "Shearman Orwell said demand was strong.",
                ],
                &[],
            ),
            (
                &["Demand was strong, said Lena Marsh, Kidder, Dunn and Co analyst."],
                &["Lena Marsh"],
            ),
            (
                &[
                    "Cheung Tak (Holdings) Ltd said profits rose.",
                    "Cheung Tak said demand was strong.",
                ],
                &[],
            ),
            // The first word of a company's name, alone.
            (&["Tarvex Petroleum Ltd lost money.", "Tarvex said talks would go on."], &[]),
            (
                &[
                    "Supporters rode the Okafor Express across the state.",
                    "Okafor told the crowd he would win.",
                ],
                &["Okafor"],
            ),
            // An institution after "the", as a subject.
            (
                &["The Zentralkasse said rates would hold.", "Later the Zentralkasse was silent."],
                &[],
            ),
            // A given name that is also a nationality, before no surname.
            (&["German Zentralbank officials declined to comment."], &[]),
            // A company after "said" or a role word.
            (
                &[
                    "Exports rose, said Krupp Stahl AG.",
                    "Sales fell at steelmaker Brenner Werke AG.",
                ],
                &[],
            ),
            (&["Growth will slow, said Banque Internationale."], &[]),
            // A weekday after a given name.
            (&["He spoke on Morning Joe Monday."], &[]),
            // The verb after "of X" or "from X" has the noun before as its subject.
            (&["The head of Lintel Exporters said demand was weak."], &[]),
            (&["A buyer from Norvale Grain told reporters prices would rise."], &[]),
            (&["A trader at Brisco Vale said prices would rise."], &[]),
            (&["A spokesman for Brisco Vale said prices would rise."], &[]),
            // What tells someone "it" will do something is a company.
            (&["Pellmark told the SEC it had sold the unit."], &[]),
            (&["Norvale had told the ministry it would buy."], &[]),
            (&["Velden Powertrain said it expects to bid."], &[]),
            (&["Aguas Tresanas told the newspaper Clarin it would not accept."], &[]),
            // An indefinite pronoun before a cue.
            (&["Somebody told me this was the biggest release yet."], &[]),
            // A word the article also writes in lower case is a common noun...
            (&["Pioneer Sugar said it would sell the mill.", "Raw sugar prices fell."], &[]),
            // ...unless the copy is lower-cased wholesale.
            (
                &[
                    "Officials met on tuesday, according to jose tarimo.",
                    "Tarimo said the airline would be sold.",
                ],
                &["Tarimo"],
            ),
            // A country's initials are no title.
            (&["Domestic sales fell but U.S. Sales should rise this year."], &[]),
            (&["U.S. Envoy Carla Dunn said talks would resume."], &["Carla Dunn"]),
            // A day named after something is no person named Day.
            (&["Stores opened early on Labor Day, the company said."], &[]),
            (&["Crowds gathered on Martin Luther King Day in the capital."], &[]),
            (&["Doris Day said she would sing."], &["Doris Day"]),
            // A capitalized "New" opens the name of a thing, unless a person follows it.
            (&["The studio New Line feared the film would lose money."], &[]),
            (&["Weitz said New Line Cinema expressed concern."], &["Weitz"]),
            (&["The New York Stock Exchange said trading would resume."], &[]),
            (&["The United Arab Emirates said output would rise."], &[]),
            (&["United Auto Workers Secretary-Treasurer Ray Dunn spoke."], &["Ray Dunn"]),
            (&["New Zealander Tama Whaanga took ten years to finish it."], &["Tama Whaanga"]),
            (&["New Jersey Gov. Carla Dunn signed the bill."], &["Carla Dunn"]),
            // Dotted initials after a given name are the middle of the name; after a cue they
            // open a company's name, and the sentence may end after them.
            (
                &["Former Governor Alan H.W. Brisco said the plan would work."],
                &["Alan H.W. Brisco"],
            ),
            (
                &["Rates will hold, said J.P. Harlow and Co Inc chairman Lewis Prenn."],
                &["Lewis Prenn"],
            ),
            // Words that only qualify a role, or an acronym, before a single word open the
            // name of a thing; a title needs a head.
            (&["Shares of British Tarvex rose 2 pct, dealers said."], &[]),
            (&["Credit Valmont said it would not bid."], &[]),
            (&["The loan came from Security Norvale, which acquired the unit last year."], &[]),
            (&["A statement from RTV Brisco said the show would end."], &[]),
            (&["British Prime Minister Harlow said talks would resume."], &["Harlow"]),
            (&["Foreign Secretary Brisco told reporters he was hopeful."], &["Brisco"]),
            (&["Count Varnholt said the castle would stay open."], &["Varnholt"]),
            (&["Previous winners have included JK Rowlands, the panel said."], &["Rowlands"]),
            // A name after an organization's noun, before a ticker or its shares, or before
            // "news agency" is an organization's, alone or in full.
            (&["State oil company Petrovale said output fell 3 pct."], &[]),
            (&["Shares in engineering group Harvick rose.", "Harvick said orders rose."], &[]),
            (&["Daltrom <DLT> posted a loss.", "Daltrom said sales fell in March."], &[]),
            (&["Brannvik shares fell 6 pct.", "Brannvik said orders were weak."], &[]),
            (
                &["The official Vesna news agency said the talks had ended.", "Vesna said more."],
                &[],
            ),
            (
                &["Investment bank Harlow Dunmore advised on the deal.", "Harlow Dunmore said so."],
                &[],
            ),
            // Head words of organizations, markets and laws close no person's name.
            (&["Greyfield Lines said fares would rise."], &[]),
            (&["Tarvex Futures Exchange said trading would resume."], &[]),
            (&["Harlow Bourse said volume was light."], &[]),
            (&["Valmont Daily said the deal was near."], &[]),
            (&["Harlow Associates reported a loss.", "Harlow Associates said profits fell."], &[]),
            // A former country is a country; "Another" is no one.
            (
                &[
                    "Premier Ante Maric said Yugoslavia had always paid its debts.",
                    "Yugoslavia said creditors should show understanding.",
                ],
                &["Ante Maric"],
            ),
            (&["Another added that the talks would go on."], &[]),
            // An apposition headed by an organization's noun.
            (
                &[
                    "Vellmar, a private investment firm, bought the unit last year.",
                    "Vellmar told reporters the price was fair.",
                ],
                &[],
            ),
            (&["They rejected an offer by Dana Morrell, a subsidiary of Harlow Brands."], &[]),
            (&["Ana Vell, the band's bassist, said the tour would go on."], &["Ana Vell"]),
            (&["Rita Scott, a partner in a Dallas law firm, said so."], &["Rita Scott"]),
            (&["Sidney Tarrel, the company said, will retire in May."], &["Sidney Tarrel"]),
            // One word after "and", "of" or "&" that follow a capitalized word ends a name.
            (&["Brisco and Dunmore said demand was weak."], &[]),
            (&["The Ministry of International Trade and Commerce said exports rose."], &[]),
            (
                &["Note: 1986 shr and net include writedowns.", "Note continued: shr after tax."],
                &[],
            ),
            // Where a name is based qualifies it; a given name still makes a person.
            (&["Calgary-based Tarvex Petroleum said talks would go on.", "Tarvex said more."], &[]),
            (&["Paris-based Vellnext said the bid was fair."], &[]),
            (&["Boston-based Maria Lopez said she was running."], &["Maria Lopez"]),
            // So does what owns or lists it; a compound that describes a person is no part
            // of the name after it, nor is where someone was born a name.
            (&["German-owned Halvek Motors said sales rose.", "Halvek said more."], &[]),
            (&["Oscar-winner Andrea Kestle thanked the crew."], &["Andrea Kestle"]),
            (&["Man-of-the-match Stephen Jones kicked 20 points."], &["Stephen Jones"]),
            (&["Tunisian-born Karim Belhadj won the prize."], &["Karim Belhadj"]),
            (&["Oscar-winning Pulp Fiction was shown again."], &[]),
            (&["Sydney-listed Virgin Blue said fares would fall."], &[]),
            // A place that is a surname too is a place's name before a noun, a person's before
            // a verb a person does.
            (&["Ministers reaffirmed what the recent Paris meeting of finance ministers agreed."], &[]),
            (&["\"We are watching it,\" said London race director Dave Bedworth."], &["Dave Bedworth"]),
            (&["Houston met union leaders on Monday, and Houston told them to wait."], &["Houston"]),
            // So is any word inside a noun phrase an article opens.
            (&["Daron Shaw hosts an XM Satellite radio show on weekends."], &["Daron Shaw"]),
            // A name an organization's noun goes with is no person's, initials or not.
            (&["The engineering union IG Metall said it would strike."], &[]),
            (&["Swedish telecoms firm Ekberg said orders rose. Ekberg said it would hire."], &[]),
            // A word shaped like an abstract noun is no surname alone.
            (&["Sir Ray Denton, Head of the EC Delegation in Washington, said the bill was a mistake."], &["Ray Denton"]),
            (&["Evaluation revealed the proposed cost to be 15 pct below the state's own."], &[]),
            // Nor is a plural of people or a sentence adverb.
            (&["Millennials say they are worried about their debt."], &[]),
            (&["Furthermore, the first-time candidate is likely to lose the election."], &[]),
            (&["Those who signed so far represent the Reform and Conservative movements of Judaism, whose followers lean left."], &[]),
            (&["Nevertheless, a survey by analyst Elena Sadov found fears that the plan would fail."], &["Elena Sadov"]),
            (&["Lebanese-born Saudi Arabian businessman Rafiq Hariri was there."], &["Rafiq Hariri"]),
            (&["Armenian-born Kim Vartanian opened the show."], &["Kim Vartanian"]),
            // A full name that "said it" is a firm's unless it opens as a person's does.
            (&["Tarvex Miller said it would sell the unit.", "Tarvex Miller expects growth."], &[]),
            (&["Maria Miller said it was time to sell."], &["Maria Miller"]),
            (&["T. Varn Pickett III said it was time to sell."], &["T. Varn Pickett III"]),
            // Roles a person can hold are no organization's nouns.
            (&["Film maker Steven Marlow said he would shoot in Rome."], &["Steven Marlow"]),
            (&["Broker Jeffrey Wendt said prices would rise."], &["Jeffrey Wendt"]),
            (&["Wendt's <WDT> stake was sold.", "Dana Wendt said she sold it."], &["Dana Wendt"]),
            // People still found.
            (&["Mark Cuban said he would buy the team."], &["Mark Cuban"]),
        ];
        for (paras, want) in cases {
            assert_eq!(
                actors(paras),
                want.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{paras:?}"
            );
        }
    }

    #[test]
    fn aliases_start_at_the_title_or_the_name() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "Monday Tony Okonkwo said talks would resume.",
                "Tony Okonkwo",
                &["Monday Tony Okonkwo"],
            ),
            (
                "In March President Halvorsen signed the bill.",
                "Halvorsen",
                &["March President Halvorsen"],
            ),
            ("Earlier Tony Okonkwo had left the room.", "Tony Okonkwo", &["Earlier Tony Okonkwo"]),
            (
                "Analysing Mr Okonkwo's plan, critics were harsh.",
                "Okonkwo",
                &["Analysing Mr Okonkwo"],
            ),
            ("In Tanzania Mr Okonkwo said aid would grow.", "Okonkwo", &["Tanzania Mr Okonkwo"]),
            ("He spoke to the EU. But Mr Okonkwo disagreed.", "Okonkwo", &["EU. But Mr Okonkwo"]),
            (
                "In January Secretary of State Ida Brandt flew to Oslo.",
                "Ida Brandt",
                &["In January Secretary of State Ida Brandt"],
            ),
            (
                "He was Chairman of President Halvorsen's council, and President Halvorsen agreed.",
                "Halvorsen",
                &["Chairman of President Halvorsen"],
            ),
        ];
        for (text, name, bad) in cases {
            let got = tag_people(&passages(&[text]));
            let person = got.people.iter().find(|p| p.name == *name);
            assert!(person.is_some(), "{text}: {:?}", got.people);
            for b in *bad {
                assert!(
                    person.is_some_and(|p| !p.aliases.iter().any(|a| a == b)),
                    "{text}: {:?}",
                    got.people
                );
            }
        }
    }

    #[test]
    fn a_role_followed_by_a_cue_is_no_apposition() {
        let got = tag_people(&passages(&[
            "The plan was discussed with Finance Minister Ida Brandt, a ministry spokesman said.",
            "The spokesman said more talks would follow.",
        ]));
        let brandt = got.people.iter().find(|p| p.name == "Ida Brandt");
        assert!(brandt.is_some_and(|p| !p.aliases.iter().any(|a| a == "the spokesman")), "{got:?}");
    }

    #[test]
    fn resolves_aliases() {
        let got = tag_people(&passages(&[
            "Foreign Minister Sergey Lavrov met his deputy, Sergey Ryabkov.",
            "Lavrov later spoke to reporters. Ryabkov stayed silent.",
            "The envoy turned to him and asked, “Sergei, what do you want?”",
            "CIA Director William Burns arrived late. The CIA director said little.",
        ]));
        assert_eq!(got.per_passage[1].actors, vec!["Sergey Lavrov", "Sergey Ryabkov"]);
        assert!(got.per_passage[2].actors.contains(&"Sergey Ryabkov".to_string()));
        assert_eq!(got.per_passage[3].actors, vec!["William Burns"]);
        let lavrov = got.people.iter().find(|p| p.name == "Sergey Lavrov");
        assert!(lavrov.is_some_and(|p| p.aliases.contains(&"Lavrov".to_string())));
    }

    #[test]
    fn a_surname_of_two_words_joins_the_full_name() {
        // Either order: the full name first, or the surname first and the full name after.
        for paras in [
            [
                "President Rodrigo Vargas Llosa met the envoy.",
                "Vargas Llosa said the talks went well.",
            ],
            [
                "Vargas Llosa said the talks went well.",
                "President Rodrigo Vargas Llosa met the envoy.",
            ],
        ] {
            let got = tag_people(&passages(&paras));
            let names: Vec<&str> = got.people.iter().map(|p| p.name.as_str()).collect();
            assert_eq!(names, vec!["Rodrigo Vargas Llosa"], "{paras:?}");
        }
        // A given name opening the shorter name makes it another person.
        let got = tag_people(&passages(&["Hillary Clinton met Bill Clinton on Monday."]));
        assert_eq!(got.per_passage[0].actors, vec!["Bill Clinton", "Hillary Clinton"]);
    }

    #[test]
    fn a_shared_surname_alone_names_who_came_first() {
        let got = tag_people(&passages(&[
            "Mayor Anna Brisk won the primary on Tuesday.",
            "Her husband, former governor Tom Brisk, and their son Paul Brisk joined her on \
             stage. Paul Brisk spoke briefly.",
            "“We did it,” Brisk said.",
        ]));
        let speakers: Vec<_> =
            got.per_passage[2].quotes.iter().map(|q| q.speaker.clone()).collect();
        assert_eq!(speakers, vec![Some("Anna Brisk".to_string())], "{got:?}");
    }

    #[test]
    fn an_honorific_of_the_other_sex_names_someone_else() {
        let got = tag_people(&passages(&[
            "Party leader Martin Hollis will tour the country.",
            "Mrs Hollis will visit target seats on her own.",
            "Tom Brisk and Anna Brisk spoke. “We won,” Mr Brisk said.",
        ]));
        assert_eq!(got.per_passage[1].actors, vec!["Hollis"], "{got:?}");
        let speakers: Vec<_> =
            got.per_passage[2].quotes.iter().map(|q| q.speaker.clone()).collect();
        assert_eq!(speakers, vec![Some("Tom Brisk".to_string())], "{got:?}");
    }

    #[test]
    fn a_shared_surname_under_an_office_names_who_holds_it() {
        let got = tag_people(&passages(&[
            "Anna Brisk spoke in Iowa on Monday. Former President Tom Brisk joined her later.",
            "“We will win,” President Brisk said.",
            "“We are close,” Brisk said.",
        ]));
        let speakers = |i: usize| -> Vec<Option<String>> {
            got.per_passage[i].quotes.iter().map(|q| q.speaker.clone()).collect()
        };
        assert_eq!(speakers(1), vec![Some("Tom Brisk".to_string())], "{got:?}");
        assert_eq!(speakers(2), vec![Some("Anna Brisk".to_string())], "{got:?}");
    }

    #[test]
    fn names_shown_to_be_firms_are_kept_for_the_corpus() {
        let got = tag_people(&passages(&[
            "Citicorp <CCI> said on Monday that profits rose. Citicorp expects more.",
            "Investment bank Morgan Stanley raised its forecast, analyst Ruth Pell said.",
            "Pell said the bank would buy Pell Holdings Ltd.",
        ]));
        // Folded, as the index stores them; "Pell" is a person here, so no thing here.
        assert_eq!(
            got.things,
            vec!["citicorp", "holdings", "morgan stanley", "pell holdings"],
            "{got:?}"
        );
        assert!(looks_like_a_person("Ivan Boesky") && looks_like_a_person("Baker"));
        assert!(!looks_like_a_person("Shearson Lehman") && !looks_like_a_person("Citibank"));
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_no_person() {
        // Capitalized only where it opens a sentence, with a verb or a plural noun after it.
        let got = tag_people(&passages(&[
            "Speculation suggests that the exchange will make an all-cash bid.",
            "Further reports had suggested a higher offer. Unconfirmed reports put it at 600p.",
            "No-one knows what the bidder will bring to the table. Time will tell.",
        ]));
        assert!(got.people.is_empty(), "{got:?}");
        // A cue after it makes it a person's, even named once (a follow-up story's minister).
        let got = tag_people(&passages(&[
            "Ortuzar said Venezuela would resume payments on its debt in April.",
            "Rios confirmed she had been turned away and said, “It happens every week.”",
        ]));
        let names: Vec<&str> = got.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Ortuzar", "Rios"], "{got:?}");
        // A time word opening a sentence is no part of the name after it.
        let got = tag_people(&passages(&[
            "Frederick Lund founded the fund in 1979.",
            "Earlier Lund said the bid was fair. Last Month Lund bought more shares.",
        ]));
        assert_eq!(got.per_passage[1].actors, vec!["Frederick Lund"], "{got:?}");
    }

    #[test]
    fn a_company_named_by_its_first_words_is_no_person() {
        // The words before a company's nouns name it alone, a surname too; a title or a
        // given name in the same article keeps a surname a person's.
        let got = tag_people(&passages(&[
            "Garner Laboratories Inc said its first quarter profit rose.",
            "Garner said sales of drugs rose 12 pct, chairman Paul Reyes said.",
            "Upper Valley Utilities Inc said a court stayed the ruling. Upper Valley said it was pleased.",
        ]));
        assert_eq!(got.per_passage[1].actors, vec!["Paul Reyes"], "{got:?}");
        assert!(got.per_passage[2].actors.is_empty(), "{got:?}");
        let got = tag_people(&passages(&[
            "Treasury Secretary James Garner met Garner Holdings Inc executives.",
            "Garner said the dollar was stable.",
        ]));
        assert_eq!(got.per_passage[1].actors, vec!["James Garner"], "{got:?}");
    }

    #[test]
    fn a_royal_title_before_a_given_name_needs_the_same_title() {
        let got = tag_people(&passages(&[
            "Liberal leader Charles Kendrick welcomed the news.",
            "Prince Charles and his bride will marry in April.",
            "King Abdullah Ibn Saud met the envoy. King Abdullah later left.",
        ]));
        assert_eq!(got.per_passage[1].actors, vec!["Charles"], "{got:?}");
        assert_eq!(got.per_passage[2].actors, vec!["Abdullah Ibn Saud"], "{got:?}");
    }

    #[test]
    fn nicknames_join_their_own_names_only() {
        // The variant list pairs Ted with Edward and with Robert, and Bob with Robert: a chain
        // of pairs is no pair, so Bob is never Ted.
        let names = |paras: &[&str]| -> Vec<String> {
            tag_people(&passages(paras)).people.into_iter().map(|p| p.name).collect()
        };
        let kennedys = names(&[
            "Senator Ted Kennedy spoke first, then Senator Bob Kennedy took the floor.",
            "Edward Kennedy later left the chamber.",
        ]);
        assert_eq!(kennedys, vec!["Bob Kennedy", "Ted Kennedy"], "{kennedys:?}");
        let got = tag_people(&passages(&[
            "Senator Ted Morrow has pressed the agency for months over the attack.",
            "“There never was an order to wait,” said Bob, the base chief.",
        ]));
        let morrow = got.people.iter().find(|p| p.name == "Ted Morrow");
        assert!(morrow.is_some_and(|p| !p.aliases.iter().any(|a| a == "Bob")), "{got:?}");
        assert!(got.per_passage[1]
            .quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Ted Morrow")));
    }

    fn quotes_of(paras: &[&str]) -> Vec<(String, Option<String>, Option<String>)> {
        tag_people(&passages(paras))
            .per_passage
            .into_iter()
            .flat_map(|p| p.quotes)
            .map(|q| (q.text, q.speaker, q.cue))
            .collect()
    }

    #[test]
    fn attributes_quotes() {
        type Case<'a> = (&'a [&'a str], &'a [(&'a str, Option<&'a str>, Option<&'a str>)]);
        let cases: &[Case] = &[
            // An unnamed subject of a clause of its own speaks for nobody the sentence
            // names; the one it speaks to may answer.
            (
                &["Governor Ray Dalton is telling voters he is tough enough after a woman in Dayton, Ohio, told him he is “too polite” to win."],
                &[("too polite", None, None)],
            ),
            (
                &["When a reporter asked Mayor Tom Reynolds about the budget, he paused. “You tell me,” he said."],
                &[("You tell me", Some("Tom Reynolds"), Some("said"))],
            ),
            (
                &["Lena Arnold, who founded Green Roots, a group based in Denver, said: “Nobody here wants violence.”"],
                &[("Nobody here wants violence.", Some("Lena Arnold"), Some("said"))],
            ),
            // A proper name after "the" that names a body, a paper or a group is the cue's
            // subject, not the sentence's.
            (
                &["Mayor Ruth Keller spoke, and when the Water Board said “no cuts are planned,” she smiled."],
                &[("no cuts are planned", None, None)],
            ),
            (
                &["Mayor Ruth Keller wants to repeal the only article the Founding Fathers wrote “shall stand forever.”"],
                &[("shall stand forever.", None, None)],
            ),
            // A paper after the quotation passes on the words of the one the cue before it
            // names; someone in a role after it speaks them ("the Ohio senator" is the only
            // senator named).
            (
                &["Senator Tom Reynolds said: “There will always be exceptions,” the Daily News reported."],
                &[("There will always be exceptions", Some("Tom Reynolds"), Some("said"))],
            ),
            (
                &["Senator Tom Reynolds spoke after Governor Ray Dalton. Nothing the governor said “will calm the markets,” the Ohio senator said."],
                &[("will calm the markets", Some("Tom Reynolds"), Some("said"))],
            ),
            // A name that owns what follows the cue is no inverted source.
            (
                &["Senator Tom Reynolds spoke first. Half of voters in each county say the plan is “about right,” though more of them say Reynolds' budget is too large."],
                &[("about right", None, None)],
            ),
            (&["“The vote is close,” Maria Lopez recalled."], &[("The vote is close", Some("Maria Lopez"), Some("recalled"))]),
            (
                &["“Prices will rise,” said Daniel Weber, an economist at the bank. “Nobody doubts it.”"],
                &[("Prices will rise", Some("Daniel Weber"), Some("said")), ("Nobody doubts it.", Some("Daniel Weber"), Some("said"))],
            ),
            (&["After the talks, Thomas Grant stopped and asked, “Anna, is this final?”"], &[("Anna, is this final?", Some("Thomas Grant"), Some("asked"))]),
            (&["Peter Hall told reporters: \"We are not leaving.\""], &[("We are not leaving.", Some("Peter Hall"), Some("told"))]),
            (&["The plan is about “fairness” for all."], &[("fairness", None, None)]),
            // A source right after the quotation that names no person keeps it from the
            // subject before it; one capitalized word may be a surname, and stays a person's.
            (
                &["President Anna Holm called the premier. Holm and Varga “reaffirmed their commitment to the treaty,” the presidential palace said."],
                &[("reaffirmed their commitment to the treaty", None, None)],
            ),
            (
                &["Economist Karl Weiss published a study. Weiss and his co-author “expect rates to stay higher for longer,” CNBC reported."],
                &[("expect rates to stay higher for longer", None, None)],
            ),
            (
                &["Chief executive Alain Lomas said sales would fall this year. “Sales in January were lower than we had expected,” the company also said."],
                &[("Sales in January were lower than we had expected", None, None)],
            ),
            (
                &["Chief executive Alain Lomas said sales would fall this year. “Sales in January were lower than we had expected,” according to a copy of the letter to shareholders."],
                &[("Sales in January were lower than we had expected", None, None)],
            ),
            // A name before role words says whose aide or which firm's analyst speaks; the
            // name after them is the speaker's.
            (
                &["Senator Joan Dunmore toured the plant. “We expect to carry the county by ten points,” said Dunmore campaign manager Pia Lang."],
                &[("We expect to carry the county by ten points", Some("Pia Lang"), Some("said"))],
            ),
            (
                &["“Demand will stay weak until the summer,” said Morgan Hartley senior oil analyst Edmund Ravel."],
                &[("Demand will stay weak until the summer", Some("Edmund Ravel"), Some("said"))],
            ),
            (
                &["Senator Joan Dunmore toured the plant. “We expect to carry the county,” said Dunmore in a statement."],
                &[("We expect to carry the county", Some("Joan Dunmore"), Some("said"))],
            ),
            // An owner's possessive name after the cue ("Vista Networks' Sophie Laing") says
            // where the speaker works; the speaker is the person it owns.
            (
                &["“Viewers will see every match live,” said Vista Networks' Sophie Laing."],
                &[("Viewers will see every match live", Some("Sophie Laing"), Some("said"))],
            ),
            (
                &["“This picture was the whole story,” said Dagblad's picture editor, Peter Cole."],
                &[("This picture was the whole story", Some("Peter Cole"), Some("said"))],
            ),
            // A firm's name with brackets or "and" in it, or a comma after the role, still
            // leads to the name of the one who holds the role; a name further on that no role
            // word leads to is someone else.
            (
                &["“The yen will stay firm into the summer,” said Bramley Brothers (Asia) Ltd analyst Ray Hollis."],
                &[("The yen will stay firm into the summer", Some("Ray Hollis"), Some("said"))],
            ),
            (
                &["“The yen will stay firm into the summer,” said Thorne and Co analyst Ed Kerrigan."],
                &[("The yen will stay firm into the summer", Some("Ed Kerrigan"), Some("said"))],
            ),
            (
                &["“We never wanted to shut anyone out,” said Viola spokeswoman, Berit Hansen."],
                &[("We never wanted to shut anyone out", Some("Berit Hansen"), Some("said"))],
            ),
            (
                &["Senator Joan Dunmore toured the plant. “If I were a donor, I would want answers,” said a longtime party member who supports Dunmore, asking not to be named."],
                &[("If I were a donor, I would want answers", None, None)],
            ),
            // A month as the subject of a cue is the surname of a full name the article gives;
            // with none, it names no one (a firm called May).
            (
                &["Drummer Alan March will tour Europe in spring. March said: “We are thrilled to be back on the road.”"],
                &[("We are thrilled to be back on the road.", Some("Alan March"), Some("said"))],
            ),
            (
                &["“The unit no longer has the key technology,” May said."],
                &[("The unit no longer has the key technology", None, None)],
            ),
            // A person named after the comma that closes another quotation starts a clause of
            // their own: the cue before that quotation is not theirs.
            (
                &["In a clip that Judge Anna Holm called “distasteful,” Pete Santo expressed a desire to “put the whole board on trial.”"],
                &[("distasteful", Some("Anna Holm"), Some("called")), ("put the whole board on trial.", Some("Pete Santo"), Some("expressed"))],
            ),
            // What someone's words are called is no quotation of them; what a slogan is, is.
            (
                &["Inspector Dana Bell spoke on Monday. The council said Mr Bell's comments were “highly irresponsible and wrong.”"],
                &[("highly irresponsible and wrong.", None, None)],
            ),
            (
                &["The town released a statement saying Senator Hal Trent's remarks “are based on his opinion, not on facts.”"],
                &[("are based on his opinion, not on facts.", None, None)],
            ),
            (
                &["Senator Hal Trent's campaign slogan is “Stronger together at home.”"],
                &[("Stronger together at home.", Some("Hal Trent"), Some("slogan"))],
            ),
            // Initials before the name after the cue still open the speaker's name.
            (
                &["“Nothing has changed in the talks,” added J. David Lyle, vice president of the company."],
                &[("Nothing has changed in the talks", Some("David Lyle"), Some("added"))],
            ),
            (
                &["“Prices will rise by the autumn,” said K.Y. Leung, an economist at the institute."],
                &[("Prices will rise by the autumn", Some("Leung"), Some("said"))],
            ),
            // Role words joined by "and" before the name are still the source's.
            (
                &["“The industry will work with the artists,” according to media and PR strategist Glen Yard, who represents the labels."],
                &[("The industry will work with the artists", Some("Glen Yard"), Some("according to"))],
            ),
            (
                &["“We cut costs in every division,” said chairman and chief executive Bill Ferris."],
                &[("We cut costs in every division", Some("Bill Ferris"), Some("said"))],
            ),
            // A description of a person, or a person named after "according to", is no thing.
            (
                &["Defender Marcel Dessay says the side has changed since he left. “Mentally they are much stronger,” the 36-year-old said."],
                &[("Mentally they are much stronger", Some("Marcel Dessay"), None)],
            ),
            (
                &["Chief executive Alain Lomas said sales would fall this year. “Sales in January were lower than we had expected,” according to company spokeswoman Ruth Pell."],
                &[("Sales in January were lower than we had expected", Some("Ruth Pell"), Some("according to"))],
            ),
            // A cue of the person's own before the quotation still names them: the outlet
            // only reports their words.
            (
                &["Economist Karl Weiss published a study. Weiss argued that rates “will stay higher for longer,” CNBC reported."],
                &[("will stay higher for longer", Some("Karl Weiss"), Some("argued"))],
            ),
            (
                &[
                    "In a commentary on Monday, Ai Jun, a columnist for the state newspaper, praised the candidate.",
                    "But voters share his anger, the columnist suggested: \"His winning streak is proof that voters are tired.\"",
                    "\"The people have had enough of empty promises from Washington,\" Jun wrote.",
                ],
                &[
                    ("His winning streak is proof that voters are tired.", Some("Ai Jun"), Some("suggested")),
                    // "Jun" (also a month's abbreviation) as the subject of "wrote" is her surname.
                    ("The people have had enough of empty promises from Washington", Some("Ai Jun"), Some("wrote")),
                ],
            ),
            // After a cue, a pronoun stands for the cue's subject, here no one named.
            (
                &["Senator John Reed spoke first. Another said he hoped Reed wins: “Then I can watch the show for years.”"],
                &[("Then I can watch the show for years.", None, None)],
            ),
            (&["John Reed spoke first.", "Another added, “Barter is restrictive.”"], &[("Barter is restrictive.", None, None)]),
            (
                &["Mayor Linda Park spoke first.", "“We have waited long enough,” she said."],
                &[("We have waited long enough", Some("Linda Park"), Some("said"))],
            ),
            (
                &["Senator John Reed spoke at length. “The first part is easy.", "“The second part is hard,” he said."],
                &[("The first part is easy.", Some("John Reed"), Some("said")), ("The second part is hard", Some("John Reed"), Some("said"))],
            ),
            (
                &["The minister, Olaf Brandt, was blunt. “We will not pay,” the minister said."],
                &[("We will not pay", Some("Olaf Brandt"), Some("said"))],
            ),
            (&["“It is over” — Coach Mike Dunn."], &[("It is over", Some("Mike Dunn"), Some("—"))]),
            (
                &["“We will appeal the ruling,” Ann Ruiz and Paul Greco wrote in a joint letter."],
                &[("We will appeal the ruling", Some("Paul Greco"), Some("wrote"))],
            ),
            // A sign-off paragraph under a quotation names its speaker; a longer paragraph
            // opening with a dash is a sentence of its own.
            (
                &["“We cut taxes for every family in the state.”", "- Gov. Ella Marsh, at a rally."],
                &[("We cut taxes for every family in the state.", Some("Ella Marsh"), Some("-"))],
            ),
            (
                &["“We cut taxes for every family in the state.”", "— Ella Marsh went on to lose the next race by a wide margin to her old rival."],
                &[("We cut taxes for every family in the state.", None, None)],
            ),
            (&["Said Martin Vogel, “The vote was fair.”"], &[("The vote was fair.", Some("Martin Vogel"), Some("said"))]),
            (
                &["Rep. Anna Cole (D-Ore.) said the bill was “a disgrace to the House.”"],
                &[("a disgrace to the House.", Some("Anna Cole"), Some("said"))],
            ),
            (
                &["Lena Park was asked by Tom Reyes whether the plan would “cost too much money.”"],
                &[("cost too much money.", Some("Tom Reyes"), Some("asked"))],
            ),
            (&["Omar Haddad: “We are ready to talk.”"], &[("We are ready to talk.", Some("Omar Haddad"), Some(":"))]),
            (&["“Go home,” Greg Olsen barked."], &[("Go home", Some("Greg Olsen"), Some("barked"))]),
            (
                &["Karen Holt spoke for an hour, and then she added, “We are not done yet.”"],
                &[("We are not done yet.", Some("Karen Holt"), Some("added"))],
            ),
            (
                &["The plan will fail, according to Rachel Stone, who chairs the budget panel."],
                &[("The plan will fail", Some("Rachel Stone"), Some("according to"))],
            ),
            (
                &["Mayor Greg Dunn wrote a letter to Governor Ana Ruiz asking for an inquiry into the “fiasco at the polls.”"],
                &[("fiasco at the polls.", Some("Greg Dunn"), Some("asking"))],
            ),
            (
                &["Rep. Dan Israel spoke.", "“We will win,” Israel said."],
                &[("We will win", Some("Dan Israel"), Some("said"))],
            ),
            (
                &["Columnist Paul Read wrote on Sunday.", "“The deal is sound,” Read said."],
                &[("The deal is sound", Some("Paul Read"), Some("said"))],
            ),
            (
                &["As budget chief Rachel Stone put it, “The plan will fail within a year.”"],
                &[("The plan will fail within a year.", Some("Rachel Stone"), Some("put it"))],
            ),
            (
                &["According to Rachel Stone of the budget panel, “The plan will fail within a year.”"],
                &[("The plan will fail within a year.", Some("Rachel Stone"), Some("according to"))],
            ),
            (
                &["“The count is over,” Nadia Brooks tweeted on Sunday."],
                &[("The count is over", Some("Nadia Brooks"), Some("tweeted"))],
            ),
            (
                &["Paul Adler, the union leader, said: \"They told us 'wait' and we waited.\""],
                &[("They told us 'wait' and we waited.", Some("Paul Adler"), Some("said"))],
            ),
            (
                &["Mayor Rosa Diaz took the stage.", "\"We built this city.", "\"And we will rebuild it,\" she said."],
                &[
                    ("We built this city.", Some("Rosa Diaz"), Some("said")),
                    ("And we will rebuild it", Some("Rosa Diaz"), Some("said")),
                ],
            ),
            (
                &["Ivan Petrov met Maria Lind in Oslo. “We agreed on nothing,” she said."],
                &[("We agreed on nothing", Some("Maria Lind"), Some("said"))],
            ),
            (
                &["After Mayor Dan Kerr criticized the plan, Judge Alice Grant shot back, “The plan is lawful.”"],
                &[("The plan is lawful.", Some("Alice Grant"), Some("shot back"))],
            ),
            (&["Elena Ruiz says Pedro Gil “walked the walk.”"], &[("walked the walk.", Some("Elena Ruiz"), Some("says"))]),
            (&["Tom Ellis claimed that the deal was dead."], &[("the deal was dead", Some("Tom Ellis"), Some("claimed"))]),
            // A short quotation takes the subject's voice only after a verb of stance.
            (
                &["Dana Whitfield blamed the outage on “sabotage” and asked for calm."],
                &[("sabotage", Some("Dana Whitfield"), Some("blamed"))],
            ),
            (&["Dana Whitfield spent the morning at the “war room” downtown."], &[("war room", None, None)]),
            // An aside between the subject and its verb.
            (
                &["Senator Ruth Calder, for her part, is labeling the bill “a gift to polluters.”"],
                &[("a gift to polluters.", Some("Ruth Calder"), Some("labeling"))],
            ),
            // An opening participle clause, and a name inside a fronted phrase.
            (
                &["Speaking to reporters in Lyon, Marc Duval called the strike “a failure of nerve.”"],
                &[("a failure of nerve.", Some("Marc Duval"), Some("called"))],
            ),
            (
                &["At the dinner after the talks with Mayor Ada Kline, party chairman Elliot Brandt scolded rivals for “playing games.”"],
                &[("playing games.", Some("Elliot Brandt"), Some("scolded"))],
            ),
            // A full name right after "said", whatever its given name.
            (
                &["“The distraction costs us,” said party boss Zorvan Plenk."],
                &[("The distraction costs us", Some("Zorvan Plenk"), Some("said"))],
            ),
            // A scare quote inside an apposition does not stop the search for the cue.
            (
                &["“We have had better years,” delegate Owen Marsh, wearing a “Vote Early” badge, said quietly."],
                &[("We have had better years", Some("Owen Marsh"), Some("said")), ("Vote Early", None, None)],
            ),
            // "…, said X." names the source even when the sentence opens with another person.
            (
                &["Karin Lindqvist “ran strongly among farmers” in 2010, said professor Alma Reyes."],
                &[("ran strongly among farmers", Some("Alma Reyes"), Some("said"))],
            ),
            // A participle shares the subject of the cue it follows.
            (
                &["Mona Patel and Kurt Weiss will meet next week, Hugo Lind said, adding, “Nobody should expect miracles.”"],
                &[("Nobody should expect miracles.", Some("Hugo Lind"), Some("adding"))],
            ),
            // A participle's subject may follow a role phrase of plain nouns; the phrase ends at
            // a verb, a participle or a relative clause.
            (
                &["But government spokesman Petros Alexiou did not confirm the move, saying only “The fleet is at sea.”"],
                &[("The fleet is at sea.", Some("Petros Alexiou"), Some("saying"))],
            ),
            (
                &["However, bank board member Lena Dorsey differed, saying “it is too early to talk about the cost.”"],
                &[("it is too early to talk about the cost.", Some("Lena Dorsey"), Some("saying"))],
            ),
            (
                &["The agency's former chief executive Ken Marsh quit last year claiming he was “badly let down”."],
                &[("badly let down", Some("Ken Marsh"), Some("claiming"))],
            ),
            (
                &["The fund, whose sole general partner is investor Ruth Kahane, said it “has no plans to sell.”"],
                &[("has no plans to sell.", None, None)],
            ),
            (
                &["The report, written by university professor Owen Lacey, said prices “will keep rising.”"],
                &[("will keep rising.", None, None)],
            ),
            // A title held over a place speaks, not the speaker before.
            (
                &["“It was a long road,” said Ros Lane, who wrote the biography. The Archbishop of Canterbury said: “I am pleased they have decided to marry.”"],
                &[("It was a long road", Some("Ros Lane"), Some("said")), ("I am pleased they have decided to marry.", None, None)],
            ),
            // A brand speaks, not the sentence's subject.
            (
                &["Reza Amini backed away from the deal after NewsHub reported that “he was writing a book.”"],
                &[("he was writing a book.", None, None)],
            ),
            // A plural or an organization right before the cue speaks, not the sentence's
            // subject (an organization is also caught earlier, as the source after a quotation).
            (
                &["Chief executive Rick Olsen spoke on Monday. “A price of $10 a share remains our goal,” the company said, adding it would wait."],
                &[("A price of $10 a share remains our goal", None, None)],
            ),
            (
                &["Delegate Kofi Mensah was expected to stand, but “he will now withdraw,” the delegates said."],
                &[("he will now withdraw", None, None)],
            ),
            // A quotation standing as a sentence after reported speech.
            (
                &["Senator Ida Brook tweeted a warning on Sunday. “Remember who voted for this in November.”"],
                &[("Remember who voted for this in November.", Some("Ida Brook"), Some("tweeted"))],
            ),
            // A subject after "and" starts a clause of its own.
            (
                &["Paula Grant said she was “very encouraged” and Simon Hale called it a “great meeting.”"],
                &[
                    ("very encouraged", Some("Paula Grant"), Some("said")),
                    ("great meeting.", Some("Simon Hale"), Some("called")),
                ],
            ),
            // "…, X said." closes a sentence that quotes a phrase.
            (
                &["Turnout will fall short of the “record levels” seen in 2008, pollster Nora Kemp said."],
                &[("record levels", Some("Nora Kemp"), Some("said"))],
            ),
            // A party tag between the subject and its verb.
            (
                &["Gov. Pat Rourke (R) blamed “four activist judges” for the ruling."],
                &[("four activist judges", Some("Pat Rourke"), Some("blamed"))],
            ),
            // "he" after an unnamed speaker is not someone named before that speaker.
            (
                &["Mayor Tom Reyes spoke first.", "“It is over,” said a local Democrat.", "“We lost the county,” he said."],
                &[("It is over", None, None), ("We lost the county", None, None)],
            ),
            // A speech noun as the object of a verb of speech.
            (
                &["Mayor Lena Holt said Victor Kane’s words “amount to a threat against the council.”"],
                &[("amount to a threat against the council.", Some("Lena Holt"), Some("said"))],
            ),
            // "…, ROLE NAME said." with role words before the name.
            (
                &["Her endorsement will carry “a great deal of weight” in Ohio, DFA spokesman Neil Sroka said."],
                &[("a great deal of weight", Some("Neil Sroka"), Some("said"))],
            ),
            // "said of X" is about X.
            (
                &["“He had many friends here,” Walter Blunt, after a long pause, said of Victor Kane."],
                &[("He had many friends here", Some("Walter Blunt"), Some("said"))],
            ),
            // A capitalized heading before a long quotation is no headline.
            (
                &["FARM STATES SWING LEFT - Jeffrey Okafor: “Our analysis of the county results finds twenty states leaning toward the incumbent, a first in eight years.”"],
                &[(
                    "Our analysis of the county results finds twenty states leaning toward the incumbent, a first in eight years.",
                    Some("Jeffrey Okafor"),
                    Some(":"),
                )],
            ),
            // A verb right after "and" shares the subject of the cue before it, not the
            // subject of the clause that cue reports.
            (
                &[
                    "Victor Kane held a rally on Monday.",
                    "Democratic front-runner Ella Marsh, also campaigning in Ohio, said Kane is ultimately responsible for what happens at his events and accused him of “wasting a whole year of work on the bridge.”",
                ],
                &[("wasting a whole year of work on the bridge.", Some("Ella Marsh"), Some("accused"))],
            ),
            // "…, while X VERB “…”": the nearest clause's subject.
            (
                &["Mayor Tom Reyes signed the budget on Monday, while Councilwoman Dana Pruitt proposed the city “sell the old depot and start over.”"],
                &[("sell the old depot and start over.", Some("Dana Pruitt"), Some("proposed"))],
            ),
            (
                &["Mayor Tom Reyes praised the plan, to which Dana Pruitt interjected: “It is not even funded.”"],
                &[("It is not even funded.", Some("Dana Pruitt"), Some("interjected"))],
            ),
            // "D.C.-based" ends no sentence.
            (
                &["Walter Blunt, a board member of the D.C.-based Harbor Trust, said: “We will not sell the land.”"],
                &[("We will not sell the land.", Some("Walter Blunt"), Some("said"))],
            ),
            // "…,” ROLE, NAME, told …": a name set off by commas before its verb.
            (
                &["“We will appeal the ruling,” the county mayor’s longtime chief of staff, Paul Greco, told reporters after the hearing on Friday."],
                &[("We will appeal the ruling", Some("Paul Greco"), Some("told"))],
            ),
            // Joint subjects with role words and an apposition.
            (
                &["“The budget is balanced at last,” council leader Ann Ruiz and Treasurer Paul Greco, both Democrats, said in a statement."],
                &[("The budget is balanced at last", Some("Paul Greco"), Some("said"))],
            ),
            // A possessive after a comma opens no clause of its own.
            (
                &["A top aide, Paul Greco, told reporters that whatever the vote, Ella Marsh’s lead will be enough to “carry the county in November.”"],
                &[("carry the county in November.", Some("Paul Greco"), Some("told"))],
            ),
            // An age before the name.
            (
                &["72-year-old Walter Blunt endorsed the mayor, saying she “has kept every promise she made.”"],
                &[("has kept every promise she made.", Some("Walter Blunt"), Some("saying"))],
            ),
            // A nationality word that is the surname of a full name in the article.
            (
                &["Lisa French, the investor, spoke on Sunday.", "French also complained that the plan was “far too timid for the region.”"],
                &[("far too timid for the region.", Some("Lisa French"), Some("complained"))],
            ),
            // "he" goes on with the speaker of the paragraph before, not a man this paragraph
            // names in passing; an unknown-gender speaker here beats an earlier woman.
            (
                &[
                    "“This is now a test for every candidate,” Senator Tom Reyes told reporters.",
                    "The push has forced Victor Kane to drop his opposition. “The race has moved him,” he said.",
                ],
                &[
                    ("This is now a test for every candidate", Some("Tom Reyes"), Some("told")),
                    ("The race has moved him", Some("Tom Reyes"), Some("said")),
                ],
            ),
            (
                &[
                    "“We will take this fight state by state,” said Ella Marsh, head of the league.",
                    "Kim Okafor said supporters have been mobilized by the new laws. “This is just the start,” she said.",
                ],
                &[
                    ("We will take this fight state by state", Some("Ella Marsh"), Some("said")),
                    ("This is just the start", Some("Kim Okafor"), Some("said")),
                ],
            ),
            // A cue whose subject names nobody keeps the quotation from the paragraph's
            // other speaker.
            (
                &["Minister Ella Marsh confirmed the news. “We are shocked, he was a friend to us,” one factory employee told French television. “It is a terrible loss,” Marsh said."],
                &[("We are shocked, he was a friend to us", None, None), ("It is a terrible loss", Some("Ella Marsh"), Some("said"))],
            ),
            // "he told Hannity" is not Hannity, however recently Hannity spoke.
            (
                &[
                    "Host Tom Reyes asked Victor Kane how high the wall would be.",
                    "“Could be higher,” he told Reyes, to cheers from the crowd.",
                ],
                &[("Could be higher", Some("Victor Kane"), Some("told"))],
            ),
            // A speech noun's "that" clause may hold its quotation a few words on; a speech
            // noun shares no subject with a participle after it.
            (
                &["Gov. Ella Marsh on Thursday blamed the press for making an issue out of Victor Kane’s claim that Mayor Tom Reyes “broke the city,” saying they were nitpicking."],
                &[("broke the city", Some("Victor Kane"), Some("claim"))],
            ),
            (
                &["One aide tried to play down Victor Kane’s comments, saying they were “not a big deal around here.”"],
                &[("not a big deal around here.", None, None)],
            ),
            // A relative clause's subject is the person its "who" follows, not an object of
            // the clause; a verb of speech before a speech noun keeps what its clause quotes.
            (
                &["Victor Kane was asked by host Tom Reyes, who backs Kane, but has dismissed the story, “Now, you said you were tired of hearing about it. Has the story moved?”"],
                &[("Now, you said you were tired of hearing about it. Has the story moved?", Some("Tom Reyes"), Some("dismissed"))],
            ),
            (
                &["Much of the ire was directed at Victor Kane, who Tom Reyes on Wednesday called “a despicable human being.”"],
                &[("a despicable human being.", Some("Tom Reyes"), Some("called"))],
            ),
            (
                &["Spokeswoman Ella Marsh said Thursday that Victor Kane’s claim that Reyes is in favor of the plan is “simply not true.”"],
                &[("simply not true.", Some("Ella Marsh"), Some("said"))],
            ),
            // A clause opened by "when" has its own subject.
            (
                &["The break was complete when Ella Marsh in her first speech called the council “cowards” and walked out."],
                &[("cowards", Some("Ella Marsh"), Some("called"))],
            ),
            // A possessive, the quotation, then a speech noun.
            (&["Victor Kane’s “jobs first” pledge won him the county."], &[("jobs first", Some("Victor Kane"), Some("pledge"))]),
            // Stance verbs make a short phrase the subject's words.
            (
                &["Gov. Ella Marsh made clear her plan to “rebuild everything.”", "Victor Kane casts the mayor as nothing but a “careerist.”"],
                &[("rebuild everything.", Some("Ella Marsh"), Some("made")), ("careerist.", Some("Victor Kane"), Some("casts"))],
            ),
            // A possessive before a speech noun.
            (
                &["Ella Marsh’s campaign slogan is “Bridges, not walls.”"],
                &[("Bridges, not walls.", Some("Ella Marsh"), Some("slogan"))],
            ),
            // A news role (columnist, pollster, moderator…) before the name leaves it the
            // subject of the sentence after a fronted phrase.
            (
                &["But after Monday’s debate, conservative columnist Ray Holt imagined the mayor was thinking: “What have I done?”"],
                &[("What have I done?", Some("Ray Holt"), Some("imagined"))],
            ),
            // "As X put it," frames its sentence even past a clause with a subject of its own.
            (
                &["Mayor Ann Wexler spoke.", "As columnist Ray Holt put it, Wexler is making the council “an offer it cannot refuse.”"],
                &[("an offer it cannot refuse.", Some("Ray Holt"), Some("put it"))],
            ),
            // A possessive's speech noun does not take the subject's characterization after "as".
            (
                &["Mayor Ann Wexler and Gov. Chris Kent met.", "Wexler denounced Kent’s remarks as “hurtful and cheap” on Friday."],
                &[("hurtful and cheap", Some("Ann Wexler"), Some("denounced"))],
            ),
            // An article and an adjective may stand before the name after a quotation.
            (
                &["Mayor Ann Wexler and Gov. Chris Kent met.", "“It is over,” an angry Wexler shrugged."],
                &[("It is over", Some("Ann Wexler"), Some("shrugged"))],
            ),
            // "his"/"her" before a speech noun is its sentence's only person.
            (
                &["Gov. Chris Kent and Mayor Ann Wexler met.", "As the debate went on and Kent stood by his comment that “taxes must rise” in the state, Wexler tried to rebuke him."],
                &[("taxes must rise", Some("Chris Kent"), Some("comment"))],
            ),
            (
                &["Gov. Chris Kent said Ann Wexler broke her promise to stay “neutral” in the talks."],
                &[("neutral", Some("Chris Kent"), Some("said"))],
            ),
            // A name set off by commas after a common noun is an apposition, not a new subject
            // that takes the quotation from the cue before it.
            (
                &["Gov. Chris Kent spoke.", "MAIN CITY, June 10 (UPI) — Presumptive Democratic nominee Ann Wexler told a gathering of nurses she will protect their pay while her rival, Chris Kent, wants to “take the state backward.”"],
                &[("take the state backward.", Some("Ann Wexler"), Some("told"))],
            ),
            // "who" after an apposition refers to the name before it.
            (
                &["The vote was backed by Sen. Joan Dunmore of Ohio, the ranking Democrat on the panel, who said it was “long overdue.”"],
                &[("long overdue.", Some("Joan Dunmore"), Some("said"))],
            ),
            // A fronted comparison ("Like X,") is no subject.
            (
                &["Sen. Tom Corker and Sen. Bob Menendez met.", "Like Corker, Menendez rejected the bill, arguing that there is “room for the agency” to act."],
                &[("room for the agency", Some("Bob Menendez"), Some("arguing"))],
            ),
            // A possessive name, its role, then the role holder's name: the holder speaks.
            (
                &["Mayor Ann Wexler spoke last.", "“The time has come,” exhorted Wexler’s campaign chairman, actor Paul Denton."],
                &[("The time has come", Some("Paul Denton"), Some("exhorted"))],
            ),
            (
                &["Mayor Ann Wexler spoke last.", "“We will win,” said Wexler’s campaign manager, Paul Denton."],
                &[("We will win", Some("Paul Denton"), Some("said"))],
            ),
            (
                &["Mayor Ann Wexler spoke last.", "Wexler’s Ohio state director, Paul Denton, reached out to the firm, writing in an email: “We are ready.”"],
                &[("We are ready.", Some("Paul Denton"), Some("writing"))],
            ),
            // A quotation inside a sentence of its own subject is not the previous speaker's.
            (
                &["“Turnout was low,” said Mayor Rita Vance. A 2019 survey found that “most voters never heard of the race at all.”"],
                &[("Turnout was low", Some("Rita Vance"), Some("said")), ("most voters never heard of the race at all.", None, None)],
            ),
            (
                &["Mayor Rita Vance said the race was close. A 2019 survey found that “most voters never heard of the race at all.”"],
                &[("most voters never heard of the race at all.", None, None)],
            ),
            // A full name right after "quipped" or "mused", or after "co-host", is the speaker.
            (&["“Nobody saw that coming,” quipped Oke Mbarga."], &[("Nobody saw that coming", Some("Oke Mbarga"), Some("quipped"))]),
            (&["“Nobody saw that coming,” said radio co-host Oke Mbarga of Dayton."], &[("Nobody saw that coming", Some("Oke Mbarga"), Some("said"))]),
            // A sentence that ends on its cue is all that person's words, short quotes too.
            (
                &["Many mayors grew more “hopeful” about the budget and more willing to spend on roads and schools, Mayor Ann Lee said."],
                &[("hopeful", Some("Ann Lee"), Some("said"))],
            ),
            // Initials after a title do not end the sentence that names the speaker.
            (
                &["“I was stunned to even hear about it,” Rep. G.K. Amberfield of North Carolina said."],
                &[("I was stunned to even hear about it", Some("Amberfield"), Some("said"))],
            ),
            // After a quotation that ends its sentence, a long tail after its cue is its
            // circumstances ("of", "in") unless a clause of its own follows.
            (
                &["“Perpetual motion!” Rep. Dale Hobart said of the swirl of convention events."],
                &[("Perpetual motion!", Some("Dale Hobart"), Some("said"))],
            ),
            (
                &["“We are done.” Dale Hobart said in an interview on Monday that he would leave."],
                &[("We are done.", None, None), ("he would leave", Some("Dale Hobart"), Some("said"))],
            ),
            // After a quotation that ends its sentence, a cue whose verb takes words of its own
            // starts new content.
            (
                &["“Rents are too high,” said Tom Hart, a tenant. “Nobody can pay them anymore.” Ann Lee, a landlord from Dayton, criticized the new rules."],
                &[("Rents are too high", Some("Tom Hart"), Some("said")), ("Nobody can pay them anymore.", Some("Tom Hart"), Some("said"))],
            ),
            // A quotation ending on a full stop right after one its speaker closed goes on in
            // that voice; a name and a verb in the sentence after it start a new turn.
            (
                &["Governor Ray Lamont and Senator Paul Okafor met voters in Concord. “He has never run anything,” Lamont said. “He has never been held accountable.” Okafor disagreed. “Leadership is about solving problems,” he said."],
                &[
                    ("He has never run anything", Some("Ray Lamont"), Some("said")),
                    ("He has never been held accountable.", Some("Ray Lamont"), Some("said")),
                    ("Leadership is about solving problems", Some("Paul Okafor"), Some("said")),
                ],
            ),
            (
                &["Ben Ortiz, a retired miner, and Mayor Lisa Grant spoke on Monday. “I can see why workers came to Grant,” Ortiz said. “She was an answer to years of neglect.” Grant rejects that view of her campaign."],
                &[("I can see why workers came to Grant", Some("Ben Ortiz"), Some("said")), ("She was an answer to years of neglect.", Some("Ben Ortiz"), Some("said"))],
            ),
            // "he" is the latest speaker where they spoke or stand as a subject, not a speaker
            // of earlier named again as an object.
            (
                &["Mr Alan Kane said the plan would fail. Dr Ian Fox accused Mr Kane of misleading voters. “What we learned at the weekend is that they will run on fear,” he told reporters."],
                &[("What we learned at the weekend is that they will run on fear", Some("Ian Fox"), Some("told"))],
            ),
            (
                &["Robert Keel, an MP for Wantage, said he was leaving the party. Prime Minister Tom Ward declared himself “delighted”. Mr Keel, who has clashed with his leaders, served as a minister. “The party has lost its way on Europe,” he wrote."],
                &[("delighted", Some("Tom Ward"), Some("declared")), ("The party has lost its way on Europe", Some("Robert Keel"), Some("wrote"))],
            ),
            // A subject the text does not name ("one trader", "a ministry spokesman") speaks,
            // not the person named before it, and "he" goes on being that unnamed speaker.
            (
                &["Finance Minister Ken Sato spoke on Monday. Prices will rise, one trader said. “We are worried about the yen,” he added."],
                &[("We are worried about the yen", None, None)],
            ),
            (
                &["The energy minister, Alfredo Maza, has yet to reply to the invitation, a ministry spokesman said."],
                &[],
            ),
            (
                &["“Nobody was consulted,” one delegate said. “We learned of the plan from the newspapers.” Party chairman Tom Reese disagreed. “Everyone was told in March,” he said."],
                &[("Nobody was consulted", None, None), ("We learned of the plan from the newspapers.", None, None), ("Everyone was told in March", Some("Tom Reese"), Some("said"))],
            ),
            (
                &["Minister Tom Reese was away. “We have not seen the letter,” a Department for Media, Culture and Sport spokeswoman said."],
                &[("We have not seen the letter", None, None)],
            ),
            (
                &["Mr Edward Leaf said the plan was sound. A Defra spokesman said: “We welcome the report. It shows the progress made since 2001.”"],
                &[("We welcome the report. It shows the progress made since 2001.", None, None)],
            ),
            (
                &["Senator Tom Reese spoke on Monday. An analyst who wanted anonymity said 40 dlrs a share is a “decent” price. “A bidding war is stretching it,” he said."],
                &[("decent", None, None), ("A bidding war is stretching it", None, None)],
            ),
            // "Chris", "Pat", "Jamie" name women as well as men: "she" may be a Chris.
            (
                &[
                    "Thom Brenner of Rutherford Securities said stocks would rise.",
                    "“I see no problems with the blue chips today,” Chris Callan of Dean Witter said. “We are still in the midst of a correction,” she said.",
                ],
                &[
                    ("I see no problems with the blue chips today", Some("Chris Callan"), Some("said")),
                    ("We are still in the midst of a correction", Some("Chris Callan"), Some("said")),
                ],
            ),
            // "…, police sources said" names no one, whoever the sentence named first; "Quinn
            // and other traders said" names Quinn.
            (
                &["Finance Minister John Carter, sacked after a failed coup, has been detained over “a plot to kill the president and seize power,” police sources said."],
                &[("a plot to kill the president and seize power", None, None)],
            ),
            (
                &["The night session “has a good chance of succeeding in the long run,” Norman Quinn and other traders said."],
                &[("has a good chance of succeeding in the long run", Some("Norman Quinn"), Some("said"))],
            ),
            // A paragraph that ends on an unnamed subject's reported speech makes the next
            // paragraph's "he" that unnamed speaker, as a quotation of theirs would.
            (
                &[
                    "Agriculture Minister Wen Hao said the purchase price for cane had been raised.",
                    "One Japanese trader said domestic demand is rising fast.",
                    "“It will not be easy to cut demand. China may have to import,” he said.",
                ],
                &[("It will not be easy to cut demand. China may have to import", None, None)],
            ),
            // Where the speaker works may hold dots, "and" and Reuters' angle brackets.
            (
                &["“The issue is unlikely to be decided any time soon,” analyst Mark Stahlwood of Sanford C. Bernstein and Co said."],
                &[("The issue is unlikely to be decided any time soon", Some("Mark Stahlwood"), Some("said"))],
            ),
            // "Mr Blair's spokesman said": the one a possessive name owns speaks, not the owner.
            (
                &["Arash Sigarchi was jailed on Monday. “The court is illegal and incompetent and we will appeal,” Mr Sigarchi's lawyer said."],
                &[("The court is illegal and incompetent and we will appeal", None, None)],
            ),
            (
                &["Prime Minister Tom Ward met the cardinal. Mr Ward's spokesman said: “The church has a well-known position on this issue and it should be seen in that context.”"],
                &[("The church has a well-known position on this issue and it should be seen in that context.", None, None)],
            ),
            // "the MP for Wantage": the seat after the head narrows the role; a role no one
            // of the story holds names nobody, and the quotation inside its clause is not
            // the words of the person it talks about.
            (
                &["Labour MP Robert Keel said the party had lost its way. “It is time for a change of direction,” the MP for Wantage said."],
                &[("It is time for a change of direction", Some("Robert Keel"), Some("said"))],
            ),
            (
                &["Derek Wyatt predicted the campaign would start once the budget was out. The MP for Sittingbourne and Sheppey said Prime Minister Tom Ward had been “trying very hard” to improve his standing."],
                &[("trying very hard", None, None)],
            ),
            // "publicist" and "agent" are roles: after a cue, the owner's possessive and the
            // role lead to the person who holds it.
            (
                &["Nora Kellan sought the orders after advice from police. “Nora would like to make it clear that she respects the press,” said Kellan's publicist Wendy Dale."],
                &[("Nora would like to make it clear that she respects the press", Some("Wendy Dale"), Some("said"))],
            ),
            // A colon cue whose clause names no person and says no "he" or "she" introduces
            // someone else than the paragraph's only person; "But added:" shares the subject
            // of the sentence before.
            (
                &["Singer Dana Moss said the pictures were private. Star magazine was unrepentant about its decision, saying: “Dana should start her own magazine if she would like to dictate what we print.”"],
                &[("Dana should start her own magazine if she would like to dictate what we print.", None, None)],
            ),
            (
                &["Jean Ravel said the talks took long. But added: “Time is now ripe and all circumstances are right for making crucial progress.”"],
                &[("Time is now ripe and all circumstances are right for making crucial progress.", Some("Jean Ravel"), None)],
            ),
            // A word that is also a title ("boss", "her", "home") ends its sentence at a
            // period; only a capitalized or abbreviated title ("Sen.", "Gov.") runs on.
            (
                &["Campaign manager Ray Dunn joined a cable network, but it is not clear whether he can speak freely about his boss. Dunn quashed rumors of a book by tweeting that “I am bound by a confidentiality agreement.”"],
                &[("I am bound by a confidentiality agreement.", Some("Ray Dunn"), Some("tweeting"))],
            ),
            // A role phrase names the person who holds it: an abbreviated title holds the
            // role written out ("Sen." is "the senator"), and a state before or after the head
            // ("the Utah senator", "the senator from Utah") fits the one senator of the story
            // even when the text never gave his state, but no one when two could be meant.
            (
                &["Sen. Jake Moss spoke to farmers in Ogden on Monday. “It is time to forget the special interests,” the senator said."],
                &[("It is time to forget the special interests", Some("Jake Moss"), Some("said"))],
            ),
            (
                &["Sen. Jake Moss spoke to farmers in Ogden on Monday. “It is time to forget the special interests,” the Utah senator said."],
                &[("It is time to forget the special interests", Some("Jake Moss"), Some("said"))],
            ),
            (
                &["Sen. Jake Moss and Sen. Ellen Park met farmers on Monday. “It is time to forget the special interests,” the senator from Utah said."],
                &[("It is time to forget the special interests", None, None)],
            ),
            // A cue that a colon closes introduces the quotation after it, not the one before.
            (
                &["Coach Arne Wenzel said: “We played well tonight.", "“The others are capable of scoring against us at home.” Keeper Jens Lahm said: “I blame myself.”"],
                &[
                    ("We played well tonight.", Some("Arne Wenzel"), Some("said")),
                    ("The others are capable of scoring against us at home.", Some("Arne Wenzel"), Some("said")),
                    ("I blame myself.", Some("Jens Lahm"), Some("said")),
                ],
            ),
            // A speech noun names whose words they are: the person before it is no speaker in
            // view for a "he" after it.
            (
                &["Mayor Ray Mallon backed the plan. Graham Robb, a spokesman for the No campaign, said the other side was rattled. And he hit back at Mr Mallon's claim about transport links. “It can push paper around but it cannot get people moving,” he said."],
                &[("It can push paper around but it cannot get people moving", Some("Graham Robb"), Some("said"))],
            ),
            // A name after "of" and a person's name is the firm they work for.
            (
                &["“The barriers to entry are very high,” industry analyst Peter Abbott of Dean Witter said."],
                &[("The barriers to entry are very high", Some("Peter Abbott"), Some("said"))],
            ),
            (
                &["But Lynn Hewes of Dean Witter thinks the stock is overpriced. “I would sell it now,” she said."],
                &[("I would sell it now", Some("Lynn Hewes"), Some("said"))],
            ),
            // A full name after "said" is its speaker even with no known given name, and after
            // role words; a surname in "-us" or "-is" is no plural of a firm's name.
            (
                &["“The delay hurts us a little,” said Republican party boss Quillon Pribus, though he added that it would pass."],
                &[("The delay hurts us a little", Some("Quillon Pribus"), Some("said"))],
            ),
            (&["“We will carry the state,” said Tarquin Lemonis."], &[("We will carry the state", Some("Tarquin Lemonis"), Some("said"))]),
            (&["“Rates will fall,” said Goldman Sachs."], &[("Rates will fall", None, None)]),
            // "Quoted X as saying": X speaks, not whoever quotes them.
            (
                &["“Let us give them a call right away,” the source quoted Baker as saying."],
                &[("Let us give them a call right away", Some("Baker"), Some("quoted"))],
            ),
            (
                &["The sources quoted Sir Geoffrey Hollis as saying: “A partial solution would be unacceptable.”"],
                &[("A partial solution would be unacceptable.", Some("Geoffrey Hollis"), Some("quoted"))],
            ),
            // Where the speaker works closes the clause as a comma does.
            (
                &["“The currency market is becoming very political,” said Natsuo Okada of Sumitomo Bank Ltd."],
                &[("The currency market is becoming very political", Some("Natsuo Okada"), Some("said"))],
            ),
            // Two offices joined by "and", abbreviated or capitalized, before the speaker.
            (
                &["“He is reprising that role,” said former Ohio Gov. and Democratic Party Chairman Ed Rennick."],
                &[("He is reprising that role", Some("Ed Rennick"), Some("said"))],
            ),
            (
                &["“The sale adds to earnings,” said Vice Chairman and Chief Financial Officer Frank Nolan."],
                &[("The sale adds to earnings", Some("Frank Nolan"), Some("said"))],
            ),
            // A cue closed by a colon introduces the quotation after it, in its own sentence
            // too; the words before it are the earlier clause's.
            (
                &["After Judge Amy Lott said that some students might do better at “less advanced schools,” Ben Cole said: “I disagree with her.”"],
                &[("less advanced schools", Some("Amy Lott"), Some("said")), ("I disagree with her.", Some("Ben Cole"), Some("said"))],
            ),
            (
                &["Reminded that Tom Ferris called him “a disgrace”, Mark Wendel added: “I do not respond to anything.”"],
                &[("a disgrace", Some("Tom Ferris"), Some("called")), ("I do not respond to anything.", Some("Mark Wendel"), Some("added"))],
            ),
            // A paragraph that is only a quotation goes on with the speaker of the quotation
            // that closed the paragraph before, unless a cue of its own follows it.
            (
                &["“The plant will reopen in May,” said Greta Olsen, the union’s regional secretary.", "“Nobody here wants to lose another season of work.”"],
                &[("The plant will reopen in May", Some("Greta Olsen"), Some("said")), ("Nobody here wants to lose another season of work.", Some("Greta Olsen"), Some("said"))],
            ),
            (
                &[
                    "Radio host Paul Dent met Governor Lena Ruiz in Austin.",
                    "During the town hall, Dent asked Ruiz if she would close all the shelters or just “the worst ones in the city.”",
                    "“The worst ones, the unsafe ones?” Ruiz asked, turning the question back to the audience.",
                ],
                &[("the worst ones in the city.", Some("Paul Dent"), Some("asked")), ("The worst ones, the unsafe ones?", Some("Lena Ruiz"), None)],
            ),
            // A cue in the sentence after a quotation answers it only when that sentence
            // opens on it; "… also spoke out …, suggesting" starts someone else's words.
            (
                &["Mayor Hans Vogel answered the critics. “The city will always be the city,” an angry Vogel retaliated. “It never gives up, because it still holds values that people know far beyond its walls.” Councillor Karl Brandt also spoke out against the plan on Monday, suggesting “a rethink” in the press."],
                &[
                    ("The city will always be the city", Some("Hans Vogel"), Some("retaliated")),
                    ("It never gives up, because it still holds values that people know far beyond its walls.", Some("Hans Vogel"), Some("retaliated")),
                    ("a rethink", Some("Karl Brandt"), Some("suggesting")),
                ],
            ),
            (
                &["Director Ravi Mehta said the film should open on time. “If you have not banned the book, then how can you ban the film?” Mr Mehta's lawyer Sunil Rao said."],
                &[("If you have not banned the book, then how can you ban the film?", Some("Sunil Rao"), Some("said"))],
            ),
            (
                &["Delegates danced in the aisles. “Perpetual motion!” Rep. Glenn Marsh, R-Ohio, said of the week."],
                &[("Perpetual motion!", Some("Glenn Marsh"), Some("said"))],
            ),
            // Someone unnamed speaks by a cue right after the quotation, even when the cue's
            // source is more than the tagger can parse: no one else's quotation lends a speaker.
            (
                &["The union and the minister, Paula Bost, confirmed that Emil Hart was on the flight. “We are shocked, Emil was a friend to all of us,” one Koch & Sons Dorval employee told a television station. He was a “respected manager,” Bost said in a statement."],
                &[
                    ("We are shocked, Emil was a friend to all of us", None, None),
                    ("respected manager", Some("Paula Bost"), Some("said")),
                    ("Emil Hart was on the flight", Some("Paula Bost"), Some("confirmed")),
                ],
            ),
            // "told" names its listener before the circumstances, which may run on into a
            // clause of "when": the cue after the question is still its own, and the sentence
            // before, in which someone else speaks, does not take it.
            (
                &["Dana Price said she was unlikely to work with Mark Ellis. Ellis criticised Price in parliament and suggested that the candidate would unite the country against her if she visited. “It looks like we’re not going to have a very good relationship, who knows?” Price told Channel 4 television in an interview aired on Monday when asked how ties would fare if she won."],
                &[
                    ("It looks like we’re not going to have a very good relationship, who knows?", Some("Dana Price"), Some("told")),
                    ("the candidate would unite the country against her if she visited", Some("Mark Ellis"), Some("criticised")),
                ],
            ),
            // A question cannot end on a comma: the cue after it is its own.
            (
                &["Host Ian Marsh and Mayor Lisa Grant spoke on air. “But you cut the budget,” Marsh said. “Was that the right call?” Grant said."],
                &[("But you cut the budget", Some("Ian Marsh"), Some("said")), ("Was that the right call?", Some("Lisa Grant"), Some("said"))],
            ),
            // "revealed" reports speech, so its subject is the speaker in view.
            (
                &[
                    "Club chairman Rick Hale said: “We are delighted.” Glenn Hodge was unveiled as manager.",
                    "Chief executive Jon Moxley defended the decision. “We hope it works,” he said. Hale revealed that Hodge was one of the first to be approached. “He was not available at the time,” he explained.",
                ],
                &[
                    ("We are delighted.", Some("Rick Hale"), Some("said")),
                    ("We hope it works", Some("Jon Moxley"), Some("said")),
                    ("He was not available at the time", Some("Rick Hale"), Some("explained")),
                    ("Hodge was one of the first to be approached", Some("Rick Hale"), Some("revealed")),
                ],
            ),
            // Whom the speaker serves, named as owner, is no speaker either.
            (
                &["Thorne Nogar died in 1994. “We could use the money,” Mr Nogar's son Stephen, 57, said."],
                &[("We could use the money", None, None)],
            ),
            (
                &["Hillary Clinton spoke first. When Robby Mook, Clinton's campaign manager was asked if she would hold a press conference, he laughed and said, “We'll see.”"],
                &[("We'll see.", Some("Robby Mook"), Some("said"))],
            ),
            // A month that is a common given name, before a surname, opens a person's name.
            (
                &["Trading resumed on Jan 5. Amnesty's Jan Shaw said: “It is a service, not a political football.”"],
                &[("It is a service, not a political football.", Some("Jan Shaw"), Some("said"))],
            ),
            // Whom a question is about is not who answers it.
            (
                &["Prime Minister Tony Hale spoke on Monday. Asked if Mr Burnett could return to the cabinet, he replied: “I have made my admiration for Dan very clear.”"],
                &[("I have made my admiration for Dan very clear.", Some("Tony Hale"), Some("replied"))],
            ),
            // Whom an unnamed speaker serves is no speaker; the name set beside the phrase is.
            (&["“The harvest will be late,” an aide to Agriculture Secretary Paul Dorn said."], &[("The harvest will be late", None, None)]),
            (
                &["A spokesman for Mr Dorn said the plan was “a sensible response to the crisis.”"],
                &[("a sensible response to the crisis.", None, None)],
            ),
            (
                &["Tom Reyes, an aide to Governor Ann Molina said, “The governor opposes the tax.”"],
                &[("The governor opposes the tax.", Some("Tom Reyes"), Some("said"))],
            ),
            (&["“Prices will fall,” the wife of Richard Lyng told reporters."], &[("Prices will fall", None, None)]),
            // The one accused is no speaker, whatever the subject is.
            (
                &["A new campaign ad from the governor accuses Carl Brenner of buying votes “in a scheme stretching back years.”"],
                &[("in a scheme stretching back years.", None, None)],
            ),
            // A participle's agent after "by" owns the words, with or without "was".
            (
                &["Ministers met on Monday. The plan was labelled “reckless” by Senator Joan Tate, who leads the opposition."],
                &[("reckless", Some("Joan Tate"), Some("labelled"))],
            ),
            (
                &["Tom Hale runs a chain of stores once described as “the future of retail” by the trade press."],
                &[("the future of retail", None, None)],
            ),
            // Words owned by someone else on the way from the subject's verb ("whose", "according
            // to", reports) are not the subject's; a characterization "as" still is.
            (
                &["Economist Rita Vance recently has been meeting with a banker whose report, according to its authors, “points to a long recession.”"],
                &[("points to a long recession.", None, None)],
            ),
            (
                &["Helen Ruiz flew home amid news reports that the company “faces a hostile bid.”"],
                &[("faces a hostile bid.", None, None)],
            ),
            (
                &["President Hal Moore angrily denounced press reports that his cabinet is divided as “pure fiction.”"],
                &[("pure fiction.", Some("Hal Moore"), Some("denounced"))],
            ),
        ];
        for (paras, want) in cases {
            let want: Vec<(String, Option<String>, Option<String>)> = want
                .iter()
                .map(|(t, s, c)| (t.to_string(), s.map(String::from), c.map(String::from)))
                .collect();
            assert_eq!(quotes_of(paras), want, "{paras:?}");
        }
    }

    #[test]
    fn aliases_keep_every_form() {
        let got = tag_people(&passages(&[
            "President Laura Chen spoke first. Ms Chen’s plan was praised.",
            "Chen said the vote would come soon.",
        ]));
        let chen = got.people.iter().find(|p| p.name == "Laura Chen");
        let aliases = chen.map(|p| p.aliases.clone()).unwrap_or_default();
        for form in ["President Laura Chen", "Chen"] {
            assert!(aliases.contains(&form.to_string()), "{form} in {aliases:?}");
        }
        assert_eq!(got.per_passage[1].speakers, vec!["Laura Chen"]);
    }

    #[test]
    fn reported_speech_makes_speakers() {
        let got = tag_people(&passages(&[
            "Anna Berg spoke on Monday. The tax was fair, she argued.",
            "Karl Moser responded that the tax was too high.",
        ]));
        assert_eq!(got.per_passage[0].speakers, vec!["Anna Berg"]);
        assert_eq!(got.per_passage[1].speakers, vec!["Karl Moser"]);
        // An unnamed subject speaks for nobody named; a pronoun after "one …" is the subject.
        let got = tag_people(&passages(&[
            "Anna Berg spoke on Monday. Rates will fall, one analyst said.",
            "Energy Secretary John Harlow spoke on Monday. One measure he said he favored would raise the allowance.",
        ]));
        assert!(got.per_passage[0].speakers.is_empty(), "{:?}", got.per_passage[0].speakers);
        assert_eq!(got.per_passage[1].speakers, vec!["John Harlow"]);
        // Whoever a news agency quotes as saying something speaks; a person "was quoted by"
        // someone as telling a third person something stays the speaker.
        let got = tag_people(&passages(&[
            "State radio quoted Oil Minister Karim Nasseri as saying the damage was heavy.",
            "Finance Minister Ali Wardana was quoted by newspapers as telling President Suharto that inflation had slowed.",
            "Output will rise by five pct, he quoted Tetsuo Kondo as saying.",
            "The agency also quoted Premier Li Peng as saying that prices would be held.",
        ]));
        assert_eq!(got.per_passage[0].speakers, vec!["Karim Nasseri"]);
        assert_eq!(got.per_passage[1].speakers, vec!["Ali Wardana"]);
        assert_eq!(got.per_passage[2].speakers, vec!["Tetsuo Kondo"]);
        assert_eq!(got.per_passage[3].speakers, vec!["Li Peng"]);
        // A cue word in "-s" after a preposition or a determiner is a plural noun.
        let got = tag_people(&passages(&[
            "Chairman Hugh Varley declined to comment on reports that the bank held merger talks.",
            "Councillor Ned Ashby quit after reports in a newspaper that he attended the meeting.",
            "Chairman Hugh Varley says that the bank held no merger talks.",
        ]));
        assert!(got.per_passage[0].speakers.is_empty(), "{:?}", got.per_passage[0].speakers);
        assert!(got.per_passage[1].speakers.is_empty(), "{:?}", got.per_passage[1].speakers);
        assert_eq!(got.per_passage[2].speakers, vec!["Hugh Varley"]);
    }

    #[test]
    fn never_panics_on_generated_text() {
        // A fixed pseudo-random walk over the characters that steer the tagger.
        let palette: Vec<&str> = vec![
            "“",
            "”",
            "\"",
            "'",
            "’",
            "‘",
            ",",
            ".",
            ":",
            "—",
            "(",
            ")",
            " ",
            " ",
            " ",
            "Mr",
            "said",
            "he",
            "She",
            "the",
            "Anna",
            "Berg",
            "von",
            "É",
            "ß",
            "Lee",
            "told",
            "that",
            "?",
            "Sen",
            "according",
            "to",
            "\u{301}",
            "𝔸",
            "s",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..300 {
            let mut paras = Vec::new();
            for _ in 0..3 {
                let mut t = String::new();
                for _ in 0..40 {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    t.push_str(palette[(state % palette.len() as u64) as usize]);
                }
                paras.push(t);
            }
            let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
            let _ = tag_people(&passages(&refs));
        }
    }

    proptest::proptest! {
        #[test]
        fn any_ascii_words_stored_fold_is_fold_word(word in "[ -~]{1,26}") {
            let stored = match Folded::of(&word) {
                Folded::Same => word.clone(),
                Folded::Inline { len, bytes } => {
                    String::from_utf8_lossy(&bytes[..usize::from(len)]).into_owned()
                }
                Folded::Heap(s) => s.into(),
            };
            proptest::prop_assert_eq!(stored, fold_word(&word));
        }
    }

    #[test]
    fn a_tokens_stored_fold_is_the_fold_of_its_word() {
        // Every way a fold is kept (the word itself, inline, on the heap) reads back as
        // `fold_word` of the word, possessive dropped.
        let text = "Sen. Jean-Yves Le Drian's aide, O'Neill, told the U.S. press that \
                    internationalization-minded Counterrevolutionaries met François Heisbourg \
                    and Dvořák — “quietly” — in São Paulo, said Путин.";
        let toks = tokenize(text, &[]);
        let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
        assert!(words.len() > 15);
        for t in &words {
            assert_eq!(t.fold(text), fold_word(&text[t.s..t.e]), "{}", &text[t.s..t.e]);
        }
        let kept =
            |w: &str| words.iter().find(|t| &text[t.s..t.e] == w).map(|t| t.fold.clone()).unwrap();
        assert!(matches!(kept("press"), Folded::Same));
        assert!(matches!(kept("Drian"), Folded::Inline { .. }));
        assert!(matches!(kept("internationalization-minded"), Folded::Heap(_)));
        // Accents fold away ("francois"); a fold that stays outside ASCII is kept on the heap.
        assert!(matches!(kept("François"), Folded::Inline { .. }));
        assert!(matches!(kept("Путин"), Folded::Heap(_)));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in
            ["", "“", "\"", "’s", "É “Ó", "A. B. C.", "Mr.", "„Ja“, sagte er.", "''''", "—Smith"]
        {
            let _ = tag_people(&passages(&[t, t]));
        }
    }
}
