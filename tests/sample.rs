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
        (
            "December 7: Putin and Biden spoke",
            span("2021-12-07", "2021-12-07", "day", "December 7, 2021"),
        ),
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
    assert!(dec.iter().any(|t| t.starts_with("December 7: Putin and Biden spoke")));
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

fn actors_of(p: &Value) -> Vec<String> {
    strings(&p["actors"])
}

#[test]
fn every_person_is_found_under_one_name_and_nothing_else_is_a_person() {
    let p = Project::sample();
    let v = p.json(&["actors", "--json"]);
    let names: Vec<String> = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_string())
        .collect();
    for person in [
        "Avril Haines",
        "François Heisbourg",
        "Nikolai Patrushev",
        "Sergey Lavrov",
        "Sergey Ryabkov",
        "Wendy Sherman",
        "William Burns",
        "Yuri Ushakov",
        "Biden",
        "Blinken",
        "Putin",
    ] {
        assert!(names.contains(&person.to_string()), "{person} missing from {names:?}");
    }
    for thing in [
        "Russia",
        "NATO",
        "CIA",
        "Kyiv",
        "G20",
        "Washington Post",
        "Europeans",
        "Mother Russia",
        "Facebook",
        "Nuclear Diner",
        "Ukraine",
        "Moscow",
        "Burns",
        "Lavrov",
        "Sergei",
    ] {
        assert!(!names.iter().any(|n| n == thing), "{thing} is listed as a person: {names:?}");
    }
    // One actor per person: aliases point at the canonical name.
    let aliases = |name: &str| -> Vec<String> {
        let a = v["actors"].as_array().unwrap().iter().find(|a| a["name"] == name).unwrap();
        strings(&a["aliases"])
    };
    assert!(aliases("William Burns").contains(&"the CIA director".to_string()));
    assert!(aliases("Sergey Lavrov").contains(&"Lavrov".to_string()));
    assert!(aliases("Sergey Lavrov").contains(&"Sergei".to_string()));
    assert!(!aliases("Sergey Ryabkov").contains(&"Sergei".to_string()));
}

#[test]
fn each_quote_has_its_speaker_and_cue() {
    let p = Project::sample();
    let all = p.export();
    let quotes = |start: &str| -> Vec<(String, Option<String>, Option<String>)> {
        passage(&all, start)["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                let s = |k: &str| q[k].as_str().map(str::to_string);
                (s("text").unwrap(), s("speaker"), s("cue"))
            })
            .collect()
    };
    let haines = quotes("“A number of members");
    assert_eq!(haines.len(), 1);
    assert!(haines[0].0.starts_with("A number of members"));
    assert_eq!(haines[0].1.as_deref(), Some("Avril Haines"));
    assert_eq!(haines[0].2.as_deref(), Some("recalled"));
    // President Putin is quoted about, not quoted.
    let inside = passage(&all, "“A number of members");
    assert!(actors_of(inside).contains(&"Putin".to_string()));
    assert_eq!(strings(&inside["speakers"]), vec!["Avril Haines"]);

    // Two quoted sentences, one speaker.
    let heisbourg = quotes("“American intelligence");
    assert!(!heisbourg.is_empty());
    let joined: String = heisbourg.iter().map(|q| q.0.as_str()).collect::<Vec<_>>().join(" ");
    assert!(
        joined.contains("naturally reliable source") && joined.contains("political manipulation")
    );
    for q in &heisbourg {
        assert_eq!(q.1.as_deref(), Some("François Heisbourg"));
        assert_eq!(q.2.as_deref(), Some("said"));
    }

    // A question asked, with the first name in direct address resolved to Lavrov, and a scare
    // quote with no speaker.
    let scene = quotes("After again going over");
    let asked = scene.iter().find(|q| q.0.starts_with("Sergei, tell me")).unwrap();
    assert_eq!(asked.1.as_deref(), Some("Blinken"));
    assert_eq!(asked.2.as_deref(), Some("asked"));
    let scare = scene.iter().find(|q| q.0 == "encroachment").unwrap();
    assert_eq!(scare.1, None);
    assert!(
        actors_of(passage(&all, "After again going over")).contains(&"Sergey Lavrov".to_string())
    );

    // Reported speech without quotation marks makes a speaker.
    assert_eq!(
        strings(&passage(&all, "December 7: Putin and Biden spoke")["speakers"]),
        vec!["Putin"]
    );
    assert_eq!(strings(&passage(&all, "Biden responded that")["speakers"]), vec!["Biden"]);
    assert!(strings(&passage(&all, "Rejecting the proposal")["speakers"])
        .contains(&"Sergey Ryabkov".to_string()));
}

#[test]
fn quotes_of_a_person_by_any_of_their_names() {
    let p = Project::sample();
    for name in ["Heisbourg", "francois heisbourg", "FRANÇOIS HEISBOURG"] {
        let v = p.json(&["quotes", name, "--json"]);
        assert_eq!(v["person"], "François Heisbourg", "{name}");
        let quotes = v["quotes"].as_array().unwrap();
        assert!(!quotes.is_empty());
        for q in quotes {
            assert_eq!(q["speaker"], "François Heisbourg");
            assert_eq!(q["date"]["label"], "mid-November 2021");
            assert!(q["article"]["id"].as_str().unwrap().ends_with(".txt"));
        }
    }
    // Chronological: Biden's December reply comes before his January news conference.
    let v = p.json(&["quotes", "Biden", "--json"]);
    let starts: Vec<&str> = v["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["date"]["start"].as_str().unwrap())
        .collect();
    assert!(starts.len() >= 2);
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    // A known person with no quotes runs and finds nothing.
    assert_eq!(p.run(&["quotes", "Yuri Ushakov"]).0, 1);
    // A misspelt name suggests the nearest.
    let (code, stdout, stderr) = p.run(&["quotes", "Lavrof"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("Sergey Lavrov"), "{stderr}");
}

#[test]
fn actor_and_speaker_filters_and_facet_counts_come_from_the_index() {
    let p = Project::sample();
    let v = p.json(&["search", "Russia", "--json", "--limit", "50"]);
    let total = v["total"].as_u64().unwrap();
    // The facet count for an actor equals the number of hits involving them.
    let hits = v["hits"].as_array().unwrap();
    assert_eq!(hits.len() as u64, total);
    for facet in v["facets"]["actors"].as_array().unwrap() {
        let name = facet["name"].as_str().unwrap();
        let n = hits.iter().filter(|h| actors_of(h).iter().any(|a| a == name)).count();
        assert_eq!(facet["count"].as_u64().unwrap(), n as u64, "{name}");
    }
    let lavrov = p.json(&["search", "Russia", "--actor", "lavrov", "--json"]);
    assert!(lavrov["total"].as_u64().unwrap() >= 1);
    for h in lavrov["hits"].as_array().unwrap() {
        assert!(actors_of(h).contains(&"Sergey Lavrov".to_string()));
    }
    let both =
        p.json(&["search", "Russia OR Ukraine", "--actor", "Putin", "--actor", "Biden", "--json"]);
    for h in both["hits"].as_array().unwrap() {
        let a = actors_of(h);
        assert!(a.contains(&"Putin".to_string()) && a.contains(&"Biden".to_string()), "{a:?}");
    }
    let spoke = p.json(&["search", "Russia", "--speaker", "Ryabkov", "--json"]);
    assert_eq!(spoke["total"], 1);
    assert_eq!(spoke["facets"]["speakers"][0]["name"], "Sergey Ryabkov");
}

#[test]
fn filters_narrow_the_hits_without_changing_their_scores() {
    let p = Project::sample();
    let key = |h: &Value| (h["article"]["id"].to_string(), h["passage"].as_u64().unwrap());
    let unfiltered = p.json(&["search", "Russia", "--json", "--limit", "100"]);
    let scores: std::collections::HashMap<_, _> = unfiltered["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (key(h), h["score"].as_f64().unwrap()))
        .collect();
    let filtered_runs = [
        vec!["--actor", "Putin"],
        vec!["--actor", "Biden", "--from", "2021-11"],
        vec!["--speaker", "Ryabkov"],
    ];
    for filters in filtered_runs {
        let mut args = vec!["search", "Russia", "--json"];
        args.extend(&filters);
        let filtered = p.json(&args);
        let hits = filtered["hits"].as_array().unwrap();
        assert!(!hits.is_empty(), "{filters:?} finds something");
        for h in hits {
            let score = h["score"].as_f64().unwrap();
            assert_eq!(Some(&score), scores.get(&key(h)), "{filters:?}: {}", h["text"]);
        }
    }
}
