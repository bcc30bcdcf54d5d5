//! One person, one name across the corpus; and the user's alias file.

use crate::util::{strings, Project};

fn corpus(p: &Project) {
    p.write(
        "c/a.txt",
        "Summit opens\n\nPrime Minister Anna Lindqvist opened the summit on Monday.\n\n\
         \"We are here to work,\" Lindqvist said.\n",
    );
    p.write(
        "c/b.txt",
        "Talks stall\n\nTalks stalled on Tuesday. \"Nobody is moving,\" Ms Lindqvist told reporters.\n",
    );
    p.write(
        "c/c.txt",
        "Budget vote\n\nFinance Minister Omar Haddad said that the vote would go ahead.\n\n\
         Haddad later met the unions.\n",
    );
}

#[test]
fn a_surname_alone_in_one_article_is_the_full_name_of_another() {
    let p = Project::empty();
    corpus(&p);
    assert_eq!(p.run(&["index", "c"]).0, 0);
    let v = p.json(&["quotes", "Lindqvist", "--json"]);
    assert_eq!(v["person"], "Anna Lindqvist");
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2, "both articles' quotes: {v}");
    assert!(quotes.iter().all(|q| q["speaker"] == "Anna Lindqvist"));
    let actors = p.json(&["actors", "--json"]);
    let names: Vec<&str> =
        actors["actors"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Anna Lindqvist") && !names.contains(&"Lindqvist"), "{names:?}");
    let anna = actors["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Anna Lindqvist")
        .unwrap();
    assert_eq!(anna["count"], 3, "passages of both articles: {anna}");
    let v = p.json(&["search", "moving", "--json"]);
    assert_eq!(strings(&v["hits"][0]["speakers"]), vec!["Anna Lindqvist"]);
    assert_eq!(v["facets"]["speakers"][0]["name"], "Anna Lindqvist");
}

#[test]
fn the_alias_file_merges_renames_and_splits() {
    let p = Project::empty();
    corpus(&p);
    p.write(
        "c/whosaid-aliases.toml",
        "[rename]\n\"Omar Haddad\" = \"Omar al-Haddad\"\n\n[split]\nnames = [\"Lindqvist\"]\n",
    );
    let (code, _, stderr) = p.run(&["index", "c"]);
    assert_eq!(code, 0, "{stderr}");
    let v = p.json(&["search", "unions", "--json"]);
    assert_eq!(strings(&v["hits"][0]["actors"]), vec!["Omar al-Haddad"]);
    let v = p.json(&["quotes", "haddad", "--json"]);
    assert_eq!(v["person"], "Omar al-Haddad");
    // Split: article b's "Lindqvist" stays apart from Anna Lindqvist.
    let v = p.json(&["search", "moving", "--json"]);
    assert_eq!(strings(&v["hits"][0]["speakers"]), vec!["Lindqvist"]);

    // Editing the alias file takes effect on the next run, though no article changed.
    p.write("c/whosaid-aliases.toml", "[merge]\n\"Anna Lindqvist\" = [\"Lindqvist\"]\n");
    assert_eq!(p.run(&["index", "c"]).0, 0);
    let v = p.json(&["search", "moving", "--json"]);
    assert_eq!(strings(&v["hits"][0]["speakers"]), vec!["Anna Lindqvist"]);
    let v = p.json(&["search", "unions", "--json"]);
    assert_eq!(strings(&v["hits"][0]["actors"]), vec!["Omar Haddad"]);
}

#[test]
fn a_broken_alias_file_is_a_clear_error() {
    let p = Project::empty();
    corpus(&p);
    p.write("c/whosaid-aliases.toml", "[merge]\n\"Anna Lindqvist\" = \"Lindqvist\"\n");
    let (code, stdout, stderr) = p.run(&["index", "c"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("whosaid-aliases.toml") && stderr.contains("not a valid alias file"),
        "{stderr}"
    );
}

#[test]
fn a_name_another_article_shows_to_be_a_firm_is_no_person() {
    let p = Project::empty();
    p.write(
        "c/a.txt",
        "Profit rises\n\nDalgard Inc said on Monday that its quarterly profit rose 12 pct.\n",
    );
    p.write(
        "c/b.txt",
        "Outlook\n\n\"We expect another strong quarter,\" Dalgard said in a statement on Tuesday.\n",
    );
    // One story names a person's firm after him; two name the person.
    p.write("c/c.txt", "Stake sold\n\nIvan Morrow said on Monday that he had sold his stake.\n");
    p.write("c/d.txt", "Fund\n\nIvan Morrow and Co said it bought five pct of the shares.\n");
    p.write("c/e.txt", "Stake\n\n\"I sold it all,\" Ivan Morrow said on Friday.\n");
    let (code, _, stderr) = p.run(&["index", "c"]);
    assert_eq!(code, 0, "{stderr}");
    let v = p.json(&["search", "quarter", "--json"]);
    assert!(strings(&v["hits"][0]["actors"]).is_empty(), "{v}");
    assert_eq!(v["hits"][0]["quotes"][0]["speaker"], serde_json::Value::Null, "{v}");
    assert!(v["facets"]["actors"].as_array().unwrap().is_empty(), "{v}");
    let actors = p.json(&["actors", "--json"]);
    let names: Vec<&str> =
        actors["actors"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["Ivan Morrow"], "{actors}");
    let (code, _, stderr) = p.run(&["quotes", "Dalgard"]);
    assert_ne!(code, 0, "no person is named Dalgard: {stderr}");
    assert_eq!(p.json(&["quotes", "Morrow", "--json"])["person"], "Ivan Morrow");
}
