//! The Quickwit mapping beside the exporter (`quickwit/index-config.json`) accepts what
//! `export` prints: every key has a field of a fitting type, and strict mode rejects nothing.

use crate::util::Project;
use serde_json::Value;

fn mapping() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("quickwit/index-config.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("mapping")).expect("json")
}

fn field<'a>(fields: &'a Value, name: &str) -> Option<&'a Value> {
    fields.as_array()?.iter().find(|f| f["name"] == name)
}

fn check(value: &Value, mapping: &Value, at: &str) {
    let ty = mapping["type"].as_str().unwrap_or("");
    match value {
        Value::Null => {}
        Value::Object(map) if ty == "object" => {
            for (k, v) in map {
                let f = field(&mapping["field_mappings"], k)
                    .unwrap_or_else(|| panic!("{at}.{k} has no field in the mapping"));
                check(v, f, &format!("{at}.{k}"));
            }
        }
        Value::Array(items) if ty.starts_with("array<") => {
            let inner = serde_json::json!({"type": &ty[6..ty.len() - 1]});
            items.iter().for_each(|i| check(i, &inner, at));
        }
        Value::Object(_) if ty == "json" => {}
        Value::String(s) if ty == "datetime" => {
            assert!(chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(), "{at}: {s}");
        }
        Value::String(_) if ty == "text" => {}
        Value::Number(n) if ty == "u64" => assert!(n.is_u64(), "{at}"),
        other => panic!("{at}: {other} does not fit a {ty} field"),
    }
}

#[test]
fn every_exported_passage_fits_the_quickwit_mapping() {
    let p = Project::sample();
    let root = serde_json::json!({"type": "object", "field_mappings": mapping()["doc_mapping"]["field_mappings"]});
    let passages = p.export();
    assert!(!passages.is_empty());
    for (i, passage) in passages.iter().enumerate() {
        check(passage, &root, &format!("export[{i}]"));
    }
}
