//! The shipped sample article, answered as a reader would check it by eye.

use crate::util::{passage, strings, Project};
use serde_json::Value;

fn date(p: &Value) -> (String, String, String, String) {
    let d = &p["date"];
    let s = |k: &str| d[k].as_str().unwrap_or("").to_string();
    (s("start"), s("end"), s("precision"), s("label"))
}

fn span(start: &str, end: &str, precision: &str, label: &str) -> (String, String, String, String) {
    (start.into(), end.into(), precision.into(), label.into())
}

#[test]
fn headed_and_inherited_passages_carry_the_heading_date() {
    let p = Project::sample();
    let all = p.export();
    let cases = [
        ("June 16, 2021: Biden meets", span("2021-06-16", "2021-06-16", "day", "June 16, 2021")),
        (
            "End of October: Biden",
            span("2021-10-21", "2021-10-31", "part-of-month", "late October 2021"),
        ),
        ("November 2: CIA Director", span("2021-11-02", "2021-11-02", "day", "November 2, 2021")),
        // Below a heading, until the next one.
        ("There seemed to be no room", span("2021-11-02", "2021-11-02", "day", "November 2, 2021")),
        (
            "Mid-November: Avril Haines",
            span("2021-11-11", "2021-11-20", "part-of-month", "mid-November 2021"),
        ),
        (
            "“A number of members",
            span("2021-11-11", "2021-11-20", "part-of-month", "mid-November 2021"),
        ),
        (
            "Repetition of the intelligence",
            span("2021-11-11", "2021-11-20", "part-of-month", "mid-November 2021"),
        ),
        // A heading alone on its line dates the paragraphs below it.
        ("Putin and Biden spoke", span("2021-12-07", "2021-12-07", "day", "December 7, 2021")),
        ("Biden responded that", span("2021-12-07", "2021-12-07", "day", "December 7, 2021")),
        (
            "Early January: Deputy",
            span("2022-01-01", "2022-01-10", "part-of-month", "early January 2022"),
        ),
        // "offered in mid-December" is a subordinate date: the heading still rules.
        (
            "He reiterated Moscow",
            span("2022-01-01", "2022-01-10", "part-of-month", "early January 2022"),
        ),
        // December after January 2022 headings is the nearer December, 2021.
        (
            "December: Intelligence offensive",
            span("2021-12-01", "2021-12-31", "month", "December 2021"),
        ),
        (
            "Late January: British",
            span("2022-01-21", "2022-01-31", "part-of-month", "late January 2022"),
        ),
        (
            "Early February: US",
            span("2022-02-01", "2022-02-10", "part-of-month", "early February 2022"),
        ),
        ("January 19: Biden says", span("2022-01-19", "2022-01-19", "day", "January 19, 2022")),
        ("Without answering, Lavrov", span("2022-01-21", "2022-01-21", "day", "January 21, 2022")),
    ];
    for (start, want) in cases {
        assert_eq!(date(passage(&all, start)), want, "{start}");
    }
    assert!(passage(&all, "In its excellent article")["date"].is_null());
    let reiterated = passage(&all, "He reiterated Moscow");
    let mentions: Vec<&str> = reiterated["date_mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert!(mentions.contains(&"mid-December"), "{mentions:?}");
}

#[test]
fn date_filters_match_spans_that_overlap_the_range() {
    let p = Project::sample();
    let texts = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["timeline", "--json"];
        a.extend_from_slice(args);
        let v = p.json(&a);
        v["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["text"].as_str().unwrap().to_string())
            .collect()
    };
    // A day inside mid-November finds the part-of-month passages.
    let nov15 = texts(&["--from", "2021-11-15", "--to", "2021-11-15"]);
    assert!(nov15.iter().any(|t| t.starts_with("Mid-November")), "{nov15:?}");
    assert!(nov15.iter().all(|t| !t.starts_with("November 2:")), "{nov15:?}");
    // A month finds the day, part-of-month and month spans inside it.
    let dec = texts(&["--from", "2021-12", "--to", "2021-12"]);
    assert!(dec.iter().any(|t| t.starts_with("Putin and Biden spoke")));
    assert!(dec.iter().any(|t| t.starts_with("December: Intelligence")));
    assert!(!dec.iter().any(|t| t.starts_with("Early January")));
    // A year.
    let y2022 = texts(&["--from", "2022"]);
    assert!(y2022.iter().all(|t| !t.contains("June 16, 2021")));
    assert!(y2022.iter().any(|t| t.starts_with("Early February")));
    // Search takes the same filters.
    let v = p.json(&["search", "Biden", "--from", "2022-01-19", "--to", "2022-01-19", "--json"]);
    assert_eq!(v["total"], 1, "{v}");
}

#[test]
fn the_timeline_runs_oldest_first() {
    let p = Project::sample();
    let v = p.json(&["timeline", "--json"]);
    let hits = v["hits"].as_array().unwrap();
    assert!(hits.len() >= 20);
    let starts: Vec<&str> = hits.iter().map(|h| h["date"]["start"].as_str().unwrap()).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    assert!(hits[0]["text"].as_str().unwrap().starts_with("June 16, 2021"));
    assert!(hits.last().unwrap()["text"].as_str().unwrap().starts_with("Early February"));
}

#[test]
fn page_chrome_is_not_indexed() {
    let p = Project::sample();
    for chrome in ["Facebook", "Linkedin", "\"Ad Clicks\"", "sidebar", "\"Nuclear Diner\"", "Home"]
    {
        let (code, stdout, stderr) = p.run(&["search", chrome, "--json"]);
        assert_eq!(code, 1, "{chrome} found: {stdout}{stderr}");
    }
    let all = p.export();
    let title = "US Diplomacy In The Lead-Up To Russia’s War On Ukraine";
    assert!(all.iter().all(|x| x["text"] != title), "the title is not a passage");
    assert_eq!(all[0]["article"]["title"], title);
    let _ = strings(&Value::Null);
}
