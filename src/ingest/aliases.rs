//! The user alias file: `whosaid-aliases.toml` at the top of a corpus folder lets a user merge,
//! rename or split people where the automatic resolution gets them wrong.
//!
//! ```toml
//! # These forms are one person, under the name on the left.
//! [merge]
//! "Vladimir Putin" = ["Putin", "President Putin", "Vladimir Vladimirovich Putin"]
//!
//! # Show this person under another name.
//! [rename]
//! "Biden" = "Joe Biden"
//!
//! # Never join these one-word names to a fuller name across articles ("Burns" in one story
//! # is not the William Burns of another).
//! [split]
//! names = ["Burns"]
//! ```

use serde::Deserialize;
use std::collections::BTreeMap;

/// The name of the alias file looked for at the top of each corpus folder.
pub const ALIAS_FILE: &str = "whosaid-aliases.toml";

/// What the user's alias files say, merged over every corpus folder indexed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserAliases {
    /// Name → the canonical name it stands for (from `[merge]` and `[rename]`).
    pub links: BTreeMap<String, String>,
    /// One-word names never joined automatically to a fuller name.
    pub split: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasFile {
    #[serde(default)]
    merge: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    rename: BTreeMap<String, String>,
    #[serde(default)]
    split: Option<SplitSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SplitSection {
    names: Vec<String>,
}

impl UserAliases {
    /// Reads `whosaid-aliases.toml` from each folder in `roots` that has one. A file that does
    /// not parse is an error naming the file and what is wrong, so a typo is not silently ignored.
    pub fn read(roots: &[std::path::PathBuf]) -> Result<Self, String> {
        let mut all = UserAliases::default();
        for root in roots {
            let path = root.join(ALIAS_FILE);
            if root.is_dir() && path.is_file() {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                all.add(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
        Ok(all)
    }

    /// Adds the contents of one alias file.
    pub fn add(&mut self, text: &str) -> Result<(), String> {
        let file: AliasFile = toml::from_str(text).map_err(|e| {
            let message = e.message().to_string();
            format!("not a valid alias file ({message}); see `whosaid index --help`")
        })?;
        for (canonical, names) in file.merge {
            for name in names {
                if name != canonical {
                    self.links.insert(name, canonical.clone());
                }
            }
        }
        for (old, new) in file.rename {
            if old != new {
                self.links.insert(old, new);
            }
        }
        if let Some(split) = file.split {
            self.split.extend(split.names);
        }
        Ok(())
    }

    /// Whether there is nothing to apply.
    pub fn is_empty(&self) -> bool {
        self.links.is_empty() && self.split.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_rename_and_split_are_read() {
        let mut a = UserAliases::default();
        a.add(
            "[merge]\n\"Vladimir Putin\" = [\"Putin\", \"President Putin\"]\n\
             [rename]\n\"Biden\" = \"Joe Biden\"\n[split]\nnames = [\"Burns\"]\n",
        )
        .unwrap();
        assert_eq!(a.links.get("Putin").map(String::as_str), Some("Vladimir Putin"));
        assert_eq!(a.links.get("President Putin").map(String::as_str), Some("Vladimir Putin"));
        assert_eq!(a.links.get("Biden").map(String::as_str), Some("Joe Biden"));
        assert_eq!(a.split, vec!["Burns"]);
    }

    #[test]
    fn a_bad_file_says_what_is_wrong() {
        let mut a = UserAliases::default();
        let err = a.add("[merge]\n\"Putin\" = \"not a list\"\n").unwrap_err();
        assert!(err.contains("not a valid alias file"), "{err}");
        let err = a.add("[mrege]\n").unwrap_err();
        assert!(err.contains("mrege"), "{err}");
    }
}
