//! Scoring quote attribution against PolNeAR gold (`polnear-train/gold.jsonl`).
//!
//! The rules are those of `../shared/tools/score-export quotes`, so the two agree: the first
//! annotator of each article; gold direct quotes are attributions with quote marks and a source;
//! a gold quote whose source names someone is found when one of our quotes overlaps its content
//! (token overlap) and our speaker's surname is among the source's tokens; precision is over our
//! quotes with a speaker that overlap a named-source gold quote. Quotes whose source is a pronoun
//! ("he", "she") are scored apart: the pronoun stands for the nearest gold source before it that
//! names a person ("Ed Rendell", "Carson"; not "The Vermont senator"), which is how a reader
//! would most often resolve it (PolNeAR has no coreference).
//! This module reads files; the pipeline that produces the quotes lives elsewhere.

use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use anyhow::Context;
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::model::Quote;

/// A character span of the gold file with its text.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldSpan {
    /// First code point of the span.
    #[serde(default)]
    pub start: usize,
    /// The text of the span.
    #[serde(default)]
    pub text: String,
}

/// One PolNeAR attribution: who (source) said what (content) by which cue.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldAttribution {
    /// The source span, absent for some attributions.
    #[serde(default)]
    pub source: Option<GoldSpan>,
    /// The content span.
    pub content: GoldSpan,
    /// Whether the content holds quotation marks.
    #[serde(default)]
    pub has_quote_marks: bool,
    /// Whether the source is a pronoun.
    #[serde(default)]
    pub source_is_pronoun: bool,
}

/// The gold attributions of one article.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    /// The article id, as in `corpus.jsonl`.
    pub doc_id: String,
    /// Every attribution the annotator marked.
    pub attributions: Vec<GoldAttribution>,
}

/// Reads `gold.jsonl`, keeping the first annotator of each article as `score-export` does.
pub fn load_gold(path: &Path) -> anyhow::Result<HashMap<String, GoldDoc>> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut gold = HashMap::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: GoldDoc = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: bad gold record", path.display(), n + 1))?;
        gold.entry(doc.doc_id.clone()).or_insert(doc);
    }
    Ok(gold)
}

/// Precision, recall and counts for one kind of gold quote.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// Gold quotes of this kind.
    pub gold: usize,
    /// Gold quotes found with the right speaker.
    pub found: usize,
    /// Our quotes with a speaker that overlap a gold quote of this kind.
    pub judged: usize,
    /// Judged quotes whose speaker is right.
    pub correct: usize,
}

impl Figures {
    /// Share of judged quotes with the right speaker.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.judged)
    }
    /// Share of gold quotes found with the right speaker.
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The evaluation's result; `Display` prints the report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteScore {
    /// Articles scored.
    pub docs: usize,
    /// Direct quotes whose gold source names someone (the headline figure).
    pub named: Figures,
    /// Direct quotes whose gold source is "he" or "she", resolved to the nearest named source.
    pub pronoun: Figures,
    /// Gold direct quotes with a pronoun or nominal source that `score-export` leaves out.
    pub unscored: usize,
    /// Kinds of error with their counts, most frequent first.
    pub errors: Vec<(String, usize)>,
}

impl fmt::Display for QuoteScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "quote attribution on {} articles (first annotator of each)", self.docs)?;
        for (name, fig) in
            [("named source", &self.named), ("pronoun source (he/she)", &self.pronoun)]
        {
            writeln!(
                f,
                "  {name}: F1 {:.3} (P {:.3} R {:.3}); gold {}, found {}, judged {}, correct {}",
                fig.f1(),
                fig.precision(),
                fig.recall(),
                fig.gold,
                fig.found,
                fig.judged,
                fig.correct
            )?;
        }
        writeln!(f, "  gold direct quotes with a pronoun or nominal source: {}", self.unscored)?;
        for (kind, n) in &self.errors {
            writeln!(f, "  error: {kind}: {n}")?;
        }
        write!(
            f,
            "quote->speaker F1 {:.3} (P {:.3} R {:.3})",
            self.named.f1(),
            self.named.precision(),
            self.named.recall()
        )
    }
}

/// Folds as the scorer does: accents off, lower case.
fn fold(s: &str) -> String {
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The scorer's tokens: runs of ASCII lower-case letters and digits in the folded text.
fn tokens(s: &str) -> Vec<String> {
    let folded = fold(s);
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in folded.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn surname(name: &str) -> String {
    let mut t = tokens(name);
    while t.len() > 1 && t.last().is_some_and(|w| matches!(w.as_str(), "jr" | "sr" | "ii" | "iii"))
    {
        t.pop();
    }
    t.pop().unwrap_or_default()
}

fn overlap(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for w in a {
        counts.entry(w).or_default().0 += 1;
    }
    for w in b {
        counts.entry(w).or_default().1 += 1;
    }
    let common: usize = counts.values().map(|(x, y)| *x.min(y)).sum();
    let shorter = a.len().min(b.len());
    common >= 3.min(shorter) && common as f64 / shorter as f64 >= 0.5
}

const NOT_NAMING: &[&str] = &[
    "The", "A", "An", "His", "Her", "Its", "Their", "This", "That", "These", "Those", "One", "Some",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether a source span names someone: a capitalized word that is not a determiner
/// (the scorer's `NAMED` pattern).
fn names_someone(source: &str) -> bool {
    let chars: Vec<char> = source.chars().collect();
    for i in 0..chars.len() {
        if !chars[i].is_ascii_uppercase() || (i > 0 && is_word_char(chars[i - 1])) {
            continue;
        }
        if !chars.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let excluded = NOT_NAMING.iter().any(|w| {
            let n = w.chars().count();
            chars.len() >= i + n
                && chars[i..i + n].iter().copied().eq(w.chars())
                && !chars.get(i + n).is_some_and(|c| is_word_char(*c))
        });
        if !excluded {
            return true;
        }
    }
    false
}

/// Whether a named source names a person rather than a group or a role: two capitalized words
/// in a row ("Ed Rendell", "Sen. Warren"), or a short source led by one ("Carson", "Ms Hewitt").
/// "The Vermont senator" names a place, not the person a pronoun stands for.
fn names_person(source: &str) -> bool {
    let words: Vec<&str> =
        source.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let cap = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !NOT_NAMING.contains(&w.trim_end_matches('.'))
    };
    words.windows(2).any(|p| cap(&p[0]) && cap(&p[1]))
        || words.len() <= 2 && words.first().is_some_and(cap)
}

fn is_he_she(source: &str) -> bool {
    matches!(source.trim().to_lowercase().as_str(), "he" | "she")
}

/// Scores our quotes (by article id) against the gold.
pub fn score(
    gold: &HashMap<String, GoldDoc>,
    quotes_by_doc: &HashMap<String, Vec<Quote>>,
) -> QuoteScore {
    let mut s = QuoteScore { docs: gold.len(), ..QuoteScore::default() };
    let mut errors: HashMap<String, usize> = HashMap::new();
    let empty = Vec::new();
    for (doc, g) in gold {
        let ours = quotes_by_doc.get(doc).unwrap_or(&empty);
        let ours_tok: Vec<(Vec<String>, Option<String>)> =
            ours.iter().map(|q| (tokens(&q.text), q.speaker.as_deref().map(surname))).collect();
        let attrs: Vec<&GoldAttribution> =
            g.attributions.iter().filter(|a| a.has_quote_marks && a.source.is_some()).collect();
        let content_tok: Vec<Vec<String>> = attrs.iter().map(|a| tokens(&a.content.text)).collect();
        let source_text =
            |a: &GoldAttribution| a.source.as_ref().map_or("", |x| x.text.as_str()).to_string();
        let named: Vec<bool> =
            attrs.iter().map(|a| !a.source_is_pronoun && names_someone(&source_text(a))).collect();
        // The named source a pronoun stands for: the nearest named one before it.
        let antecedent: Vec<Option<Vec<String>>> = attrs
            .iter()
            .map(|a| {
                if !a.source_is_pronoun || !is_he_she(&source_text(a)) {
                    return None;
                }
                let at = a.source.as_ref().map_or(0, |x| x.start);
                g.attributions
                    .iter()
                    .filter(|b| {
                        let st = b.source.as_ref().map_or(usize::MAX, |x| x.start);
                        st < at
                            && !b.source_is_pronoun
                            && names_someone(&source_text(b))
                            && names_person(&source_text(b))
                    })
                    .max_by_key(|b| b.source.as_ref().map_or(0, |x| x.start))
                    .map(|b| tokens(&source_text(b)))
            })
            .collect();
        for (i, a) in attrs.iter().enumerate() {
            let src_tokens = if named[i] {
                s.named.gold += 1;
                tokens(&source_text(a))
            } else {
                s.unscored += 1;
                match &antecedent[i] {
                    Some(t) => {
                        s.pronoun.gold += 1;
                        t.clone()
                    }
                    None => continue,
                }
            };
            let hits: Vec<&(Vec<String>, Option<String>)> =
                ours_tok.iter().filter(|(t, _)| overlap(t, &content_tok[i])).collect();
            let ok =
                hits.iter().any(|(_, sp)| sp.as_ref().is_some_and(|sn| src_tokens.contains(sn)));
            let fig = if named[i] { &mut s.named } else { &mut s.pronoun };
            if ok {
                fig.found += 1;
            } else if named[i] {
                let kind = if hits.is_empty() {
                    "quote not found"
                } else if hits.iter().all(|(_, sp)| sp.is_none()) {
                    "found, no speaker"
                } else {
                    "found, wrong speaker"
                };
                // Organizations and unnamed roles ("Fox News", "a State Department official")
                // are never speakers in whosaid, so say which misses are of that kind.
                let who = if names_person(&source_text(a)) {
                    "source names a person"
                } else {
                    "source is a group, organization or role"
                };
                *errors.entry(format!("miss: {kind} ({who})")).or_default() += 1;
            }
        }
        for (qt, sp) in &ours_tok {
            let Some(sn) = sp else { continue };
            let over: Vec<usize> =
                (0..attrs.len()).filter(|&i| overlap(qt, &content_tok[i])).collect();
            let on_named: Vec<usize> = over.iter().copied().filter(|&i| named[i]).collect();
            if !on_named.is_empty() {
                s.named.judged += 1;
                if on_named.iter().any(|&i| tokens(&source_text(attrs[i])).contains(sn)) {
                    s.named.correct += 1;
                } else {
                    *errors
                        .entry("wrong: speaker not the named source".to_string())
                        .or_default() += 1;
                }
            } else {
                let on_pron: Vec<&Vec<String>> =
                    over.iter().filter_map(|&i| antecedent[i].as_ref()).collect();
                if !on_pron.is_empty() {
                    s.pronoun.judged += 1;
                    if on_pron.iter().any(|t| t.contains(sn)) {
                        s.pronoun.correct += 1;
                    }
                }
            }
        }
    }
    let mut errors: Vec<(String, usize)> = errors.into_iter().collect();
    errors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    s.errors = errors;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(source: &str, content: &str, start: usize, pronoun: bool) -> GoldAttribution {
        GoldAttribution {
            source: Some(GoldSpan { start, text: source.to_string() }),
            content: GoldSpan { start: start + 10, text: content.to_string() },
            has_quote_marks: true,
            source_is_pronoun: pronoun,
        }
    }

    fn quote(text: &str, speaker: Option<&str>) -> Quote {
        Quote {
            text: text.to_string(),
            speaker: speaker.map(String::from),
            cue: Some("said".to_string()),
        }
    }

    #[test]
    fn scorer_helpers_match_score_export() {
        assert_eq!(
            tokens("François  Heisbourg’s plan, 2021!"),
            ["francois", "heisbourg", "s", "plan", "2021"]
        );
        assert_eq!(surname("Donald Trump Jr."), "trump");
        assert_eq!(surname("Ms Hewitt"), "hewitt");
        for (src, want) in [
            ("Haines", true),
            ("the mayor", false),
            ("The mayor", false),
            ("Theresa May", true),
            ("he", false),
            ("White House aides", true),
        ] {
            assert_eq!(names_someone(src), want, "{src}");
        }
        let t = |s: &str| tokens(s);
        assert!(overlap(&t("a big deal"), &t("this is a big deal for us")));
        assert!(!overlap(&t("deal"), &t("no")));
        assert!(overlap(&t("deal"), &t("a deal")));
    }

    #[test]
    fn scores_named_and_pronoun_quotes() {
        let gold: HashMap<String, GoldDoc> = [(
            "d".to_string(),
            GoldDoc {
                doc_id: "d".to_string(),
                attributions: vec![
                    attr("Mayor Ann Lee", "the budget is balanced this year", 0, false),
                    attr("she", "we will hire more teachers soon", 100, true),
                    attr("Tom Fox", "taxes must rise for everyone", 200, false),
                ],
            },
        )]
        .into();
        let ours: HashMap<String, Vec<Quote>> = [(
            "d".to_string(),
            vec![
                quote("The budget is balanced this year", Some("Ann Lee")),
                quote("We will hire more teachers soon", Some("Ann Lee")),
                quote("Taxes must rise for everyone", Some("Ann Lee")),
            ],
        )]
        .into();
        let s = score(&gold, &ours);
        assert_eq!(s.named, Figures { gold: 2, found: 1, judged: 2, correct: 1 });
        assert_eq!(s.pronoun, Figures { gold: 1, found: 1, judged: 1, correct: 1 });
        assert!(s.to_string().ends_with("quote->speaker F1 0.500 (P 0.500 R 0.500)"));
    }
}
