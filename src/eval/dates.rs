//! Scoring date mentions against TimeML gold (TimeBank + AQUAINT as TempEval-3 distributes it).
//!
//! This module owns the rules of the date evaluation and nothing else: reading the gold file,
//! turning a [`DateMention`] into a TimeML value, matching and counting. It does not run the
//! pipeline; the caller tags the articles and hands over every mention per document, in passage
//! order. The rules are those of `../shared/tools/score-export dates`, so the two agree figure
//! for figure: only DATE and TIME expressions with a concrete value count (the creation time is
//! left out), a span matches when one folded text contains the other (the first unused gold
//! expression of the document, in gold order), and a value is right when the mention, written at
//! its own precision, equals the gold value cut to its date part.

use crate::model::{DateMention, Precision};
use chrono::Datelike;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::BufRead;
use std::path::Path;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// One annotated time expression.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldTimex {
    /// Start offset in the document text, in code points.
    #[serde(default)]
    pub start: usize,
    /// End offset in the document text, in code points.
    #[serde(default)]
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// TimeML type: DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: String,
    /// TimeML value: `1998-02-13`, `1998-Q1`, `199`, `PRESENT_REF`…
    pub value: String,
    /// `CREATION_TIME` for the document's own date.
    #[serde(default)]
    pub function: Option<String>,
}

/// One gold document: its id, creation date and time expressions.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldDoc {
    /// The article id, as in the corpus file.
    pub doc_id: String,
    /// Document creation time, when the gold gives one.
    #[serde(default)]
    pub dct: Option<String>,
    /// Every time expression of the document, in text order.
    #[serde(default)]
    pub timexes: Vec<GoldTimex>,
}

/// Reads a gold file of one JSON document a line; a document annotated twice counts once, by
/// its first line, as the reference scorer does.
pub fn load_gold(path: &Path) -> anyhow::Result<Vec<GoldDoc>> {
    let file = std::fs::File::open(path)
        .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", path.display()))?;
    let mut seen = HashSet::new();
    let mut docs = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: GoldDoc = serde_json::from_str(&line)
            .map_err(|e| anyhow::anyhow!("{} line {}: {e}", path.display(), n + 1))?;
        if seen.insert(doc.doc_id.clone()) {
            docs.push(doc);
        }
    }
    Ok(docs)
}

/// The TimeML value of a mention, written at its own precision (`2021-Q3`, `2021-W05`, `199`).
pub fn timeml_value(m: &DateMention) -> String {
    let s = m.start;
    let (y, mo) = (s.year(), s.month());
    match m.precision {
        Precision::Day => s.format("%Y-%m-%d").to_string(),
        Precision::Month | Precision::PartOfMonth => format!("{y:04}-{mo:02}"),
        Precision::Year => format!("{y:04}"),
        Precision::Quarter => format!("{y:04}-Q{}", (mo - 1) / 3 + 1),
        Precision::Week => {
            let w = s.iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        Precision::Season => {
            let season = match mo {
                3..=5 => "SP",
                6..=8 => "SU",
                9..=11 => "FA",
                _ => "WI",
            };
            format!("{y:04}-{season}")
        }
        Precision::Decade => format!("{y:04}").chars().take(3).collect(),
    }
}

/// The figures of one evaluation run.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DateScore {
    /// Gold expressions that count (DATE/TIME, concrete value, not the creation time).
    pub gold: usize,
    /// Mentions the tagger produced for the gold documents.
    pub ours: usize,
    /// Mentions whose span matched a gold expression.
    pub span_matched: usize,
    /// Matched mentions whose value is right too.
    pub value_right: usize,
    /// Span precision, recall and F1.
    pub span: Prf,
    /// Value precision, recall and F1.
    pub value: Prf,
    /// The ten most frequent wrong values, as the reference scorer lists them.
    pub wrong_values: Vec<(String, usize)>,
    /// The ten most frequent kinds of miss of any sort: wrong value, gold missed, spurious.
    pub misses: Vec<(String, usize)>,
}

/// Precision, recall and their harmonic mean.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn new(hit_p: usize, n_p: usize, hit_r: usize, n_r: usize) -> Prf {
        let p = if n_p > 0 { hit_p as f64 / n_p as f64 } else { 0.0 };
        let r = if n_r > 0 { hit_r as f64 / n_r as f64 } else { 0.0 };
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        Prf { p, r, f1 }
    }
}

/// Lowercased, compatibility-decomposed, without combining marks: as the reference scorer folds.
fn fold(s: &str) -> String {
    s.nfkd().filter(|c| canonical_combining_class(*c) == 0).collect::<String>().to_lowercase()
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Wnn`, `YYYY-Qn`, `YYYY-Hn`, `YYYY-SP|SU|FA|WI`, `YYY`.
fn is_concrete(v: &str) -> bool {
    let b = v.as_bytes();
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    match b.len() {
        3 | 4 => digits(b),
        7 if b[4] == b'-' => {
            digits(&b[..4])
                && (digits(&b[5..])
                    || matches!(&b[5..], b"SP" | b"SU" | b"FA" | b"WI")
                    || (matches!(b[5], b'Q' | b'H') && b[6].is_ascii_digit()))
        }
        8 if b[4] == b'-' => digits(&b[..4]) && b[5] == b'W' && digits(&b[6..]),
        10 if b[4] == b'-' && b[7] == b'-' => {
            digits(&b[..4]) && digits(&b[5..7]) && digits(&b[8..])
        }
        _ => false,
    }
}

/// A string as Python's `repr` writes it, so that miss lists read as the reference scorer's.
fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Counts in first-seen order, so ties sort as Python's `Counter.most_common` does.
#[derive(Default)]
struct Counter {
    order: Vec<String>,
    counts: HashMap<String, usize>,
}

impl Counter {
    fn add(&mut self, key: String) {
        let n = self.counts.entry(key.clone()).or_insert(0);
        if *n == 0 {
            self.order.push(key);
        }
        *n += 1;
    }

    fn top(&self, k: usize) -> Vec<(String, usize)> {
        let mut v: Vec<(String, usize)> = self
            .order
            .iter()
            .map(|key| (key.clone(), self.counts.get(key).copied().unwrap_or(0)))
            .collect();
        v.sort_by_key(|kv| std::cmp::Reverse(kv.1));
        v.truncate(k);
        v
    }
}

/// Scores the mentions of every document (in passage order) against the gold.
pub fn score(gold: &[GoldDoc], mentions_by_doc: &HashMap<String, Vec<DateMention>>) -> DateScore {
    let mut s = DateScore::default();
    let mut span_hit_gold = 0;
    let mut wrong = Counter::default();
    let mut misses = Counter::default();
    let empty = Vec::new();
    for doc in gold {
        let gt: Vec<(&GoldTimex, &str, String)> = doc
            .timexes
            .iter()
            .filter(|t| {
                matches!(t.kind.as_str(), "DATE" | "TIME")
                    && t.function.as_deref() != Some("CREATION_TIME")
            })
            .map(|t| (t, t.value.split('T').next().unwrap_or(""), fold(&t.text)))
            .filter(|(_, v, _)| is_concrete(v))
            .collect();
        let ours = mentions_by_doc.get(&doc.doc_id).unwrap_or(&empty);
        s.gold += gt.len();
        s.ours += ours.len();
        let mut used = vec![false; gt.len()];
        for m in ours {
            let mt = fold(&m.text);
            let hit = gt.iter().enumerate().find(|(i, (_, _, tt))| {
                !used[*i]
                    && !mt.is_empty()
                    && !tt.is_empty()
                    && (tt.contains(mt.as_str()) || mt.contains(tt.as_str()))
            });
            match hit {
                Some((i, (t, v, _))) => {
                    used[i] = true;
                    s.span_matched += 1;
                    let ours_v = timeml_value(m);
                    if ours_v == *v {
                        s.value_right += 1;
                    } else {
                        let key = format!("{}: gold {v} ours {ours_v}", py_repr(&t.text));
                        wrong.add(key.clone());
                        misses.add(format!("wrong value {key}"));
                    }
                }
                None => misses.add(format!("spurious {}", py_repr(&mt))),
            }
        }
        for ((_, _, tt), u) in gt.iter().zip(&used) {
            if !u {
                misses.add(format!("missed {}", py_repr(tt)));
            }
        }
        span_hit_gold += used.iter().filter(|u| **u).count();
    }
    s.span = Prf::new(s.span_matched, s.ours, span_hit_gold, s.gold);
    s.value = Prf::new(s.value_right, s.ours, s.value_right, s.gold);
    s.wrong_values = wrong.top(10);
    s.misses = misses.top(10);
    s
}

impl fmt::Display for DateScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "most frequent misses:")?;
        for (k, n) in &self.misses {
            writeln!(f, "  {k} x{n}")?;
        }
        writeln!(
            f,
            "gold {}, ours {}, span matched {}, value right {}",
            self.gold, self.ours, self.span_matched, self.value_right
        )?;
        writeln!(f, "span F1 {:.3} (P {:.3} R {:.3})", self.span.f1, self.span.p, self.span.r)?;
        write!(
            f,
            "date value F1 {:.3} (P {:.3} R {:.3}); span F1 {:.3}",
            self.value.f1, self.value.p, self.value.r, self.span.f1
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn mention(text: &str, start: &str, precision: Precision) -> DateMention {
        let start = NaiveDate::parse_from_str(start, "%Y-%m-%d").unwrap();
        DateMention {
            text: text.to_string(),
            start,
            end: start,
            precision,
            label: String::new(),
            offset: None,
        }
    }

    #[test]
    fn timeml_values() {
        use Precision::*;
        let cases = [
            ("2021-06-16", Day, "2021-06-16"),
            ("2021-11-11", PartOfMonth, "2021-11"),
            ("2021-11-01", Month, "2021-11"),
            ("2021-07-01", Quarter, "2021-Q3"),
            ("2021-02-01", Week, "2021-W05"),
            ("2021-01-01", Week, "2020-W53"),
            ("2004-06-01", Season, "2004-SU"),
            ("2004-12-01", Season, "2004-WI"),
            ("2021-01-01", Year, "2021"),
            ("1990-01-01", Decade, "199"),
        ];
        for (start, p, want) in cases {
            assert_eq!(timeml_value(&mention("x", start, p)), want, "{start} {p:?}");
        }
    }

    #[test]
    fn concrete_values() {
        for v in
            ["1998", "199", "1998-02", "1998-02-13", "1998-W05", "1998-Q1", "1998-H2", "1998-SU"]
        {
            assert!(is_concrete(v), "{v}");
        }
        for v in ["PRESENT_REF", "XXXX-02", "1998-WXX", "P1W", "1998-QX", "199X", "1998-10-XX"] {
            assert!(!is_concrete(v), "{v}");
        }
    }

    #[test]
    fn scores_by_containment_and_value() {
        let timex = |text: &str, value: &str, kind: &str| GoldTimex {
            start: 0,
            end: 0,
            text: text.to_string(),
            kind: kind.to_string(),
            value: value.to_string(),
            function: None,
        };
        let gold = vec![GoldDoc {
            doc_id: "d".to_string(),
            dct: Some("2021-06-09".to_string()),
            timexes: vec![
                timex("Friday night", "2021-06-04TNI", "TIME"),
                timex("the third quarter", "2021-Q3", "DATE"),
                timex("last week", "2021-W22", "DATE"),
                timex("three years", "P3Y", "DURATION"),
                timex("now", "PRESENT_REF", "DATE"),
            ],
        }];
        let ours = vec![
            mention("Friday", "2021-06-04", Precision::Day),
            mention("third quarter", "2021-07-01", Precision::Quarter),
            mention("last week", "2021-06-07", Precision::Week),
            mention("Monday", "2021-06-07", Precision::Day),
        ];
        let by_doc = HashMap::from([("d".to_string(), ours)]);
        let s = score(&gold, &by_doc);
        assert_eq!((s.gold, s.ours, s.span_matched, s.value_right), (3, 4, 3, 2));
        assert!((s.span.f1 - 6.0 / 7.0).abs() < 1e-9);
        assert_eq!(s.wrong_values.len(), 1);
        assert!(s.to_string().contains("date value F1 0.571"));
        assert_eq!(s.wrong_values, [("'last week': gold 2021-W22 ours 2021-W23".to_string(), 1)]);
        assert_eq!(py_repr("it's"), "\"it's\"");
    }
}
