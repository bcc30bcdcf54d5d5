//! Corpus formats and bad input: everything readable is indexed, every bad file is named.

use crate::util::Project;

#[test]
fn markdown_front_matter_and_jsonl_records_are_articles() {
    let p = Project::empty();
    p.write(
        "news/port.md",
        "---\ntitle: Port strike ends\ndate: 2023-04-02\n---\n# Port strike ends\n\nDockers at the harbour returned to work on Sunday.\n",
    );
    p.write(
        "news/wire.jsonl",
        concat!(
            "{\"id\": \"w1\", \"title\": \"Copper climbs\", \"published\": \"2023-05-09\", \"text\": \"Copper prices climbed at the exchange.\"}\n",
            "{broken\n",
            "{\"id\": \"w2\", \"text\": \"Harbour cranes stood idle.\"}\n",
        ),
    );
    let (code, _, stderr) = p.run(&["index", "news"]);
    assert_eq!(code, 2, "a skipped line makes the run exit 2: {stderr}");
    assert!(stderr.contains("wire.jsonl:2"), "{stderr}");
    let v = p.json(&["search", "harbour", "--json"]);
    assert_eq!(v["total"], 2);
    let md = p.json(&["search", "dockers", "--json"]);
    let article = &md["hits"][0]["article"];
    assert_eq!(article["title"], "Port strike ends");
    assert_eq!(article["published"], "2023-04-02");
    assert_eq!(article["id"], "port.md");
    let wire = p.json(&["search", "copper", "--json"]);
    assert_eq!(wire["hits"][0]["article"]["id"], "w1");
    assert_eq!(wire["hits"][0]["article"]["published"], "2023-05-09");
}

#[test]
fn bad_files_are_named_and_skipped_and_the_rest_indexed() {
    let p = Project::empty();
    p.write("c/good.txt", "Rain forecast\n\nHeavy rain is forecast for the weekend.\n");
    p.write("c/empty.txt", "");
    std::fs::write(p.path("c/binary.txt"), b"\x00\x01\x02rain\x00").unwrap();
    std::fs::write(p.path("c/latin1.txt"), b"Caf\xe9 owners expect rain on Friday.\n").unwrap();
    p.write("c/.hidden/secret.txt", "rain in a hidden folder\n");
    p.write("c/notes.pdf", "rain in a format whosaid does not read");
    let (code, _, stderr) = p.run(&["index", "c"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("empty.txt"), "{stderr}");
    assert!(stderr.contains("binary.txt"), "{stderr}");
    assert!(stderr.contains("latin1.txt") && stderr.contains("UTF-8"), "{stderr}");
    let cafe = p.json(&["search", "café", "--json"]);
    assert_eq!(cafe["total"], 1, "Latin-1 text is decoded, not mangled: {cafe}");
    assert!(!stderr.contains("panicked"));
    let v = p.json(&["search", "rain", "--json"]);
    assert_eq!(v["total"], 2, "good.txt and the lossily decoded latin1.txt: {v}");
}

#[test]
fn reindexing_updates_changed_and_removes_vanished_articles() {
    let p = Project::empty();
    p.write("c/a.txt", "Dam\n\nThe dam opened in spring.\n");
    p.write("c/b.txt", "Bridge\n\nThe bridge closed for repairs.\n");
    let (code, _, stderr) = p.run(&["index", "c"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("2 added"), "{stderr}");

    let (_, _, stderr) = p.run(&["index", "c"]);
    assert!(stderr.contains("0 added, 0 updated, 0 removed, 2 unchanged"), "{stderr}");

    p.write("c/a.txt", "Dam\n\nThe dam flooded the valley.\n");
    std::fs::remove_file(p.path("c/b.txt")).unwrap();
    p.write("c/d.txt", "Tunnel\n\nThe tunnel was finished.\n");
    let (code, _, stderr) = p.run(&["index", "c"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("1 added, 1 updated, 1 removed, 0 unchanged"), "{stderr}");
    assert_eq!(p.run(&["search", "opened"]).0, 1, "the old text of a.txt is gone");
    assert_eq!(p.run(&["search", "flooded"]).0, 0);
    assert_eq!(p.run(&["search", "bridge"]).0, 1, "b.txt vanished");
    assert_eq!(p.export().len(), 2);

    // A renamed file is its old article removed and a new one added.
    std::fs::rename(p.path("c/d.txt"), p.path("c/e.txt")).unwrap();
    let (code, _, stderr) = p.run(&["index", "c"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("1 added, 0 updated, 1 removed, 1 unchanged"), "{stderr}");
    let v = p.json(&["search", "tunnel", "--json"]);
    assert_eq!(v["total"], 1);
    assert_eq!(v["hits"][0]["article"]["id"], "e.txt");

    let (code, _, stderr) = p.run(&["index", "--rebuild", "c"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("2 added"), "{stderr}");
    assert_eq!(p.export().len(), 2);
}

#[test]
fn hostile_files_are_named_once_and_never_panic() {
    let p = Project::empty();
    p.write("c/fine.txt", "Lighthouse\n\nThe lighthouse keeper retired on Friday.\n");
    // 50 MB without a line break.
    let mut huge = String::with_capacity(50 * 1024 * 1024 + 100);
    let mut i = 0u64;
    while huge.len() < 50 * 1024 * 1024 {
        huge.push_str(&format!("Beacon {i} stood lighthouse-adjacent for {} years. ", i * 7 % 13));
        i += 1;
    }
    std::fs::write(p.path("c/huge.txt"), huge).unwrap();
    // Deeply nested and malformed HTML.
    let nested = format!(
        "<html><body>{}<p>The lighthouse beam was seen at sea.</p>{}</body></html>",
        "<div><span>".repeat(5000),
        "</b></i></div>".repeat(10)
    );
    p.write("c/nested.html", &nested);
    p.write("c/broken.html", "<html><p>Unclosed <b>lighthouse <i>story<p><<>>&&;</table>");
    #[cfg(unix)]
    std::os::unix::fs::symlink(p.path("c"), p.path("c/loop")).unwrap();
    let (code, _, stderr) = p.run(&["index", "c"]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(code == 0 || code == 2, "{code}: {stderr}");
    #[cfg(unix)]
    assert_eq!(stderr.lines().filter(|l| l.contains("loop")).count(), 1, "named once: {stderr}");
    for line in stderr.lines() {
        assert!(line.starts_with("whosaid: "), "{line}");
    }
    let v = p.json(&["search", "keeper", "--json"]);
    assert_eq!(v["total"], 1);
    let huge = p.json(&["search", "adjacent", "--json", "--limit", "1"]);
    assert!(huge["total"].as_u64().unwrap() > 100, "the huge file is indexed in passages: {huge}");
}

#[test]
fn ten_thousand_tiny_files_are_all_indexed() {
    let p = Project::empty();
    for i in 0..10_000 {
        p.write(
            &format!("c/{:02}/{i}.txt", i % 50),
            &format!("Note {i}\n\nTiny note number {i} about tides.\n"),
        );
    }
    let (code, stdout, stderr) = p.run(&["index", "c", "--json", "-q"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.is_empty(), "-q prints no summary: {stderr}");
    let summary: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["files"], 10_000);
    assert_eq!(summary["added"], 10_000);
    assert_eq!(summary["skipped"], 0);
    let v = p.json(&["search", "tides", "--json", "--limit", "1"]);
    assert_eq!(v["total"], 10_000);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_named_and_the_rest_indexed() {
    use std::os::unix::fs::PermissionsExt;
    let p = Project::empty();
    p.write("c/ok.txt", "Tides\n\nSpring tides flooded the promenade.\n");
    let secret = p.write("c/secret.txt", "Tides\n\nA secret about tides.\n");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&secret).is_ok() {
        // Running as root: permissions do not stop a read, so there is nothing to test.
        return;
    }
    let (code, _, stderr) = p.run(&["index", "c"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("secret.txt") && stderr.contains("permission denied"), "{stderr}");
    assert_eq!(p.json(&["search", "promenade", "--json"])["total"], 1);
}

#[test]
fn a_second_indexer_gets_one_clear_error() {
    let p = Project::sample();
    assert_eq!(p.run(&["index"]).0, 0);
    // Hold the index's writer lock the way a running indexer does.
    let lock = std::fs::File::create(p.path("index/.tantivy-writer.lock")).unwrap();
    lock.try_lock().expect("nobody else holds the lock");
    let (code, stdout, stderr) = p.run(&["index"]);
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("being updated by another process"), "{stderr}");
    // Searching still works while the writer is busy.
    assert_eq!(p.run(&["search", "Putin"]).0, 0);
    drop(lock);
    assert_eq!(p.run(&["index"]).0, 0);
}

#[test]
fn extension_choice_limits_what_is_read() {
    let p = Project::empty();
    p.write("c/a.txt", "Kites\n\nKites flew over the beach.\n");
    p.write("c/b.md", "Kites\n\nKites were sold out.\n");
    let (code, _, stderr) = p.run(&["index", "c", "--ext", "md"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(p.json(&["search", "kites", "--json"])["total"], 1);
}

/// Date filters on spans of every precision: a passage matches when its span overlaps the range,
/// so a day inside a quarter finds the quarter, and a range ending before it does not.
#[test]
fn date_filters_overlap_spans_of_every_precision() {
    let p = Project::empty();
    p.write(
        "c/round-up.md",
        "---\ntitle: Quarterly round-up\ndate: 2021-11-26\n---\n\
         Profits rose 12% in the third quarter of 2021, the company said.\n\n\
         Farmers said the summer of 2019 was the driest on record.\n\n\
         The city grew fastest in the 1990s, historians say.\n\n\
         Shipments slowed during the week of March 8, 2021, traders said.\n\n\
         Output fell in 2020 as factories closed.\n\n\
         Prices jumped in mid-October, the bureau said on Tuesday.\n\n\
         Sales slipped in September, retailers said.\n",
    );
    assert_eq!(p.run(&["index", "c"]).0, 0);
    let found = |from: &str, to: &str| -> Vec<String> {
        let (code, stdout, stderr) = p.run(&["timeline", "--json", "--from", from, "--to", to]);
        assert!(code == 0 || code == 1, "{stderr}");
        let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        v["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["text"].as_str().unwrap().split(' ').next().unwrap().to_string())
            .collect()
    };
    // quarter, and a month inside it
    assert_eq!(found("2021-08-15", "2021-08-15"), vec!["Profits"]);
    assert_eq!(found("2021-09", "2021-09"), vec!["Profits", "Sales"]);
    // season
    assert_eq!(found("2019-07-04", "2019-07-04"), vec!["Farmers"]);
    assert!(found("2019-09-01", "2019-12-31").is_empty());
    // decade
    assert_eq!(found("1995", "1995"), vec!["The"]);
    assert!(found("2000", "2000").is_empty());
    // week
    assert_eq!(found("2021-03-10", "2021-03-10"), vec!["Shipments"]);
    assert!(found("2021-03-15", "2021-03-31").is_empty());
    // year
    assert_eq!(found("2020-06", "2020-06"), vec!["Output"]);
    // part of month (relative to the publication date: mid-October 2021)
    assert_eq!(found("2021-10-15", "2021-10-15"), vec!["Prices"]);
    assert!(found("2021-10-21", "2021-10-31").is_empty());
    // an open range
    let from_2021 = found("2021", "9999");
    assert_eq!(from_2021, vec!["Shipments", "Profits", "Sales", "Prices"]);
}

#[test]
fn an_index_from_another_version_is_detected_and_rebuilt() {
    let p = Project::sample();
    // An index with some other schema, as an older whosaid would have left.
    let mut schema = tantivy::schema::Schema::builder();
    let body = schema.add_text_field("body", tantivy::schema::TEXT);
    std::fs::create_dir_all(p.path("index")).unwrap();
    let old = tantivy::Index::create_in_dir(p.path("index"), schema.build()).unwrap();
    let mut w: tantivy::IndexWriter = old.writer(15_000_000).unwrap();
    w.add_document(tantivy::doc!(body => "old words")).unwrap();
    w.commit().unwrap();
    drop(w);

    let (code, stdout, stderr) = p.run(&["search", "Putin"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("different version") && stderr.contains("--rebuild"), "{stderr}");
    let (code, _, stderr) = p.run(&["index"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("another version of whosaid; rebuilding"), "{stderr}");
    assert_eq!(p.run(&["search", "Putin"]).0, 0);
}

#[test]
fn a_leading_dateline_gives_the_publication_date_and_anchors_relative_dates() {
    let p = Project::empty();
    p.write(
        "c/wire.txt",
        "Senate passes budget\n\nWASHINGTON, March 26, 2021 - The Senate passed the budget on Tuesday.\n",
    );
    assert_eq!(p.run(&["index", "c"]).0, 0);
    let v = p.json(&["search", "budget", "--json"]);
    let hit = &v["hits"][0];
    assert_eq!(hit["article"]["published"], "2021-03-26");
    // "on Tuesday" in a story of Friday, March 26, 2021 is March 23.
    assert_eq!(hit["date"]["start"], "2021-03-23", "{hit}");
}
