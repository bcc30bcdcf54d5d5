//! The command-line contract: auto-indexing, exit statuses, errors, JSON shapes.

use crate::util::{strings, Project};

#[test]
fn a_fresh_checkout_answers_a_search_by_building_the_index_first() {
    let p = Project::sample();
    let (code, stdout, stderr) = p.run(&["search", "Putin"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("building it from corpus/"), "{stderr}");
    assert!(stdout.contains("Putin"), "{stdout}");
    assert!(p.path("index/meta.json").is_file());
    // The second run uses the index and says nothing about building.
    let (code, _, stderr) = p.run(&["search", "Putin"]);
    assert_eq!(code, 0);
    assert!(!stderr.contains("building"), "{stderr}");
}

#[test]
fn exit_status_is_1_when_nothing_matches() {
    let p = Project::sample();
    let (code, stdout, stderr) = p.run(&["search", "zeppelin"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.contains("No passage"), "{stdout}");
    let v: serde_json::Value = {
        let (code, stdout, _) = p.run(&["search", "zeppelin", "--json"]);
        assert_eq!(code, 1);
        serde_json::from_str(&stdout).unwrap()
    };
    assert_eq!(v["total"], 0);
    assert_eq!(v["hits"].as_array().unwrap().len(), 0);
}

#[test]
fn a_bad_date_is_one_sentence_on_stderr_and_exit_2() {
    let p = Project::sample();
    let (code, stdout, stderr) = p.run(&["search", "x", "--from", "not-a-date", "--json"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("YYYY-MM-DD"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn a_query_that_does_not_parse_is_an_error_not_a_panic() {
    let p = Project::sample();
    let (code, stdout, stderr) = p.run(&["search", "text:(", "--json"]);
    assert_eq!(code, 2, "{stdout}");
    assert!(stdout.is_empty());
    assert!(stderr.starts_with("whosaid: "), "{stderr}");
}

#[test]
fn no_index_and_no_corpus_tells_the_user_what_to_run() {
    let p = Project::empty();
    let (code, stdout, stderr) = p.run(&["search", "Putin"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("whosaid index"), "{stderr}");
}

#[test]
fn the_index_folder_comes_from_the_flag_or_the_environment() {
    let p = Project::sample();
    let (code, _, stderr) = p.run(&["--index", "elsewhere", "index", "corpus"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(p.path("elsewhere/meta.json").is_file());
    let out = p.cmd().env("WHOSAID_INDEX", "elsewhere").args(["search", "Putin"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!p.path("index").exists(), "the default index must not be built");
}

#[test]
fn search_json_has_the_contract_keys() {
    let p = Project::sample();
    let v = p.json(&["search", "Putin", "--json", "--limit", "3"]);
    assert_eq!(v["query"], "Putin");
    assert!(v["total"].as_u64().unwrap() >= 3);
    let hits = v["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 3);
    for h in hits {
        for key in [
            "score", "article", "passage", "text", "snippet", "date", "actors", "speakers",
            "quotes",
        ] {
            assert!(h.get(key).is_some(), "hit lacks {key}: {h}");
        }
        for key in ["id", "title", "path", "url", "published"] {
            assert!(h["article"].get(key).is_some(), "article lacks {key}");
        }
        assert!(h["snippet"].as_str().unwrap().contains("**Putin**"), "{}", h["snippet"]);
        assert!(h.get("date_mentions").is_none());
    }
    assert!(v["facets"]["actors"].is_array());
    assert!(v["facets"]["speakers"].is_array());
    // Scores come best first.
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn phrases_and_boolean_queries_use_tantivy_syntax() {
    let p = Project::sample();
    let phrase = p.json(&["search", "\"video call\"", "--json"]);
    assert_eq!(phrase["total"], 1);
    let both = p.json(&["search", "Blinken Lavrov", "--json"])["total"].as_u64().unwrap();
    let either = p.json(&["search", "Blinken OR Lavrov", "--json"])["total"].as_u64().unwrap();
    assert!(both < either, "AND {both} must be narrower than OR {either}");
}

#[test]
fn export_is_one_passage_a_line_in_article_order() {
    let p = Project::sample();
    let passages = p.export();
    assert!(passages.len() > 15, "{}", passages.len());
    let ordinals: Vec<u64> = passages.iter().map(|x| x["passage"].as_u64().unwrap()).collect();
    assert_eq!(ordinals, (0..passages.len() as u64).collect::<Vec<_>>());
    for x in &passages {
        assert!(x.get("date_mentions").is_some_and(|m| m.is_array()));
        assert!(x.get("score").is_none() && x.get("snippet").is_none());
    }
}

#[test]
fn inspect_shows_the_same_passages_as_export_without_an_index() {
    let p = Project::sample();
    let (code, stdout, stderr) =
        p.run(&["inspect", "--json", &format!("corpus/{}", crate::util::SAMPLE)]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!p.path("index").exists(), "inspect must not build an index");
    let inspected: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let exported = p.export();
    assert_eq!(inspected.len(), exported.len());
    for (a, b) in inspected.iter().zip(&exported) {
        for key in ["text", "date", "actors", "speakers", "quotes", "date_mentions"] {
            assert_eq!(a[key], b[key], "{key}");
        }
    }
}

#[test]
fn help_lists_every_command_and_the_exit_statuses() {
    let p = Project::empty();
    let (code, stdout, _) = p.run(&["--help"]);
    assert_eq!(code, 0);
    for cmd in ["index", "search", "quotes", "actors", "timeline", "inspect", "export"] {
        assert!(stdout.contains(cmd), "{cmd} missing from --help");
    }
    assert!(stdout.contains("Exit status"));
    let (code, _, _) = p.run(&["frobnicate"]);
    assert_eq!(code, 2);
}

#[test]
fn unknown_names_are_errors_that_suggest_known_ones() {
    let p = Project::sample();
    let (code, stdout, stderr) = p.run(&["search", "Putin", "--actor", "Nobody Atall"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("Nobody Atall"), "{stderr}");
    let _ = strings(&serde_json::Value::Null);
}

#[test]
fn a_lost_names_table_is_a_clear_error_and_a_rebuild_restores_the_counts() {
    let p = Project::sample();
    let before = p.json(&["search", "Russia", "--json"]);
    assert!(!before["facets"]["actors"].as_array().unwrap().is_empty());
    std::fs::remove_file(p.path("index/whosaid-names.bin")).expect("the table is beside the index");
    let (code, stdout, stderr) = p.run(&["search", "Russia", "--json"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(stderr.contains("names table") && stderr.contains("--rebuild"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(p.run(&["index", "--rebuild", "-q"]).0, 0);
    assert_eq!(p.json(&["search", "Russia", "--json"])["facets"], before["facets"]);
}
