//! The corpus-wide numbering of people's names, kept beside tantivy's files.
//!
//! Passages store the people they involve as numbers (`actor_id`, `speaker_id` fast columns)
//! that index this table. Counting hits by person is then an array increment per hit, and only
//! the handful of names shown is ever read as text. With per-segment string columns, each query
//! streamed every segment's name dictionaries and hashed every name found: half of `oil prices`
//! at 1 GB. See: issue 6.
//!
//! Numbers are only ever appended, never reused or renumbered (a `--rebuild` keeps them), so a
//! reader whose segments are older than the file still finds every number it meets. The file is
//! replaced atomically before each commit that uses new numbers.
//!
//! Format (`whosaid-names.tsv`): a header line, then one line per number, in order:
//! `<number it is shown and counted under>\t<canonical name>`. The first column applies the
//! corpus links and the user's alias file (see `index::names::Links`).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The file's name inside the index folder.
pub const FILE_NAME: &str = "whosaid-names.tsv";
const HEADER: &str = "whosaid-names 1";

/// Why the table could not be read.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// Reading or writing the file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not a names table of this version.
    #[error("{}: not a whosaid names table (line {line})", path.display())]
    Malformed {
        /// The file.
        path: PathBuf,
        /// The first bad line, from 1.
        line: usize,
    },
}

/// The table as the index writer keeps it: names by number and numbers by name.
#[derive(Debug, Default)]
pub struct NameRegistry {
    names: Vec<String>,
    shown: Vec<u32>,
    ids: HashMap<String, u32>,
    changed: bool,
}

impl NameRegistry {
    /// Reads the table of the index at `dir`; an index without one starts an empty table.
    pub fn load(dir: &Path) -> Result<Self, RegistryError> {
        let Some(table) = NameTable::read(dir)? else { return Ok(NameRegistry::default()) };
        let mut registry = NameRegistry::default();
        for id in 0..table.len() {
            let name = table.name(id as u32).to_string();
            registry.ids.insert(name.clone(), id as u32);
            registry.names.push(name);
        }
        registry.shown = table.shown;
        Ok(registry)
    }

    /// The number of `name`, giving it the next one if it has none yet.
    pub fn id(&mut self, name: &str) -> u32 {
        // A tab or line break would break the file's lines; names never hold them after
        // cleaning, but the table must stay readable whatever a tagger makes.
        let unbreakable = |c: char| c == '\t' || c == '\n' || c == '\r';
        let name = if name.contains(unbreakable) {
            std::borrow::Cow::Owned(name.replace(unbreakable, " "))
        } else {
            std::borrow::Cow::Borrowed(name)
        };
        if let Some(&id) = self.ids.get(name.as_ref()) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(name.to_string());
        self.shown.push(id);
        self.ids.insert(name.into_owned(), id);
        self.changed = true;
        id
    }

    /// Sets the name each number is shown and counted under, from the canonical name of each
    /// name (the links); names it introduces get numbers too.
    pub fn set_shown(&mut self, shown_name: impl Fn(&str) -> String) {
        for id in 0..self.names.len() {
            let target = shown_name(&self.names[id]);
            let target_id = self.id(&target);
            if self.shown[id] != target_id {
                self.shown[id] = target_id;
                self.changed = true;
            }
        }
    }

    /// Writes the table if it changed since it was read or last saved: to a temporary file
    /// first, then renamed over the old one, so a reader never sees half a table.
    pub fn save(&mut self, dir: &Path) -> Result<(), RegistryError> {
        if !self.changed {
            return Ok(());
        }
        let path = dir.join(FILE_NAME);
        let temporary = dir.join(format!("{FILE_NAME}.tmp"));
        let io = |source| RegistryError::Io { path: path.clone(), source };
        let mut text = String::with_capacity(self.names.iter().map(|n| n.len() + 8).sum());
        text.push_str(HEADER);
        text.push('\n');
        for (name, shown) in self.names.iter().zip(&self.shown) {
            text.push_str(&shown.to_string());
            text.push('\t');
            text.push_str(name);
            text.push('\n');
        }
        let mut file = std::fs::File::create(&temporary).map_err(io)?;
        file.write_all(text.as_bytes()).map_err(io)?;
        file.sync_all().map_err(io)?;
        std::fs::rename(&temporary, &path).map_err(io)?;
        self.changed = false;
        Ok(())
    }

    /// Removes the table of the index at `dir`, for an index started anew.
    pub fn remove(dir: &Path) -> std::io::Result<()> {
        match std::fs::remove_file(dir.join(FILE_NAME)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// The table as a reader needs it: one read of the file, names sliced out only when shown.
#[derive(Debug, Default, Clone)]
pub struct NameTable {
    text: String,
    /// Byte range of each number's name in `text`.
    spans: Vec<(u32, u32)>,
    shown: Vec<u32>,
}

impl NameTable {
    /// Reads the table of the index at `dir`; `None` when the index has none.
    pub fn read(dir: &Path) -> Result<Option<Self>, RegistryError> {
        let path = dir.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(RegistryError::Io { path, source }),
        };
        let malformed = |line| RegistryError::Malformed { path: path.clone(), line };
        let mut lines = text.split_terminator('\n');
        if lines.next() != Some(HEADER) {
            return Err(malformed(1));
        }
        let mut spans = Vec::new();
        let mut shown = Vec::new();
        let mut offset = HEADER.len() + 1;
        for (index, line) in lines.enumerate() {
            let (digits, name) = line.split_once('\t').ok_or_else(|| malformed(index + 2))?;
            let number: u32 = digits.parse().map_err(|_| malformed(index + 2))?;
            let start = offset + digits.len() + 1;
            spans.push((start as u32, (start + name.len()) as u32));
            shown.push(number);
            offset += line.len() + 1;
        }
        let len = shown.len() as u32;
        if let Some(bad) = shown.iter().position(|&s| s >= len) {
            return Err(malformed(bad + 2));
        }
        Ok(Some(NameTable { text, spans, shown }))
    }

    /// How many numbers the table holds.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether the table holds no names.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The canonical name of a number; empty for a number the table does not hold.
    pub fn name(&self, id: u32) -> &str {
        self.spans
            .get(id as usize)
            .and_then(|&(start, end)| self.text.get(start as usize..end as usize))
            .unwrap_or("")
    }

    /// The number a number is shown and counted under; itself when the table does not hold it.
    pub fn shown(&self, id: u32) -> u32 {
        self.shown.get(id as usize).copied().unwrap_or(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_appended_kept_across_saves_and_shown_under_their_links() {
        let dir = tempfile::tempdir().unwrap();
        let mut registry = NameRegistry::load(dir.path()).unwrap();
        assert_eq!(registry.id("Angela Merkel"), 0);
        assert_eq!(registry.id("Merkel"), 1);
        assert_eq!(registry.id("Angela Merkel"), 0, "a known name keeps its number");
        registry.id("Tab\tin a name");
        registry
            .set_shown(|name| if name == "Merkel" { "Angela Merkel".into() } else { name.into() });
        registry.save(dir.path()).unwrap();

        let table = NameTable::read(dir.path()).unwrap().unwrap();
        assert_eq!(table.len(), 3);
        assert_eq!((table.name(0), table.name(1)), ("Angela Merkel", "Merkel"));
        assert_eq!(table.name(2), "Tab in a name");
        assert_eq!((table.shown(0), table.shown(1), table.shown(2)), (0, 0, 2));
        assert_eq!((table.name(7), table.shown(7)), ("", 7), "unknown numbers read as nothing");

        let mut again = NameRegistry::load(dir.path()).unwrap();
        assert_eq!(again.id("Merkel"), 1);
        assert_eq!(again.id("Olaf Scholz"), 3, "new names come after the old ones");
        // A link to a name no passage uses gives that name a number of its own.
        again.set_shown(|name| {
            if name == "Olaf Scholz" {
                "Chancellor Scholz".into()
            } else {
                name.into()
            }
        });
        again.save(dir.path()).unwrap();
        let table = NameTable::read(dir.path()).unwrap().unwrap();
        assert_eq!(table.name(table.shown(3)), "Chancellor Scholz");
    }

    #[test]
    fn a_damaged_table_is_an_error_and_a_missing_one_is_none() {
        let dir = tempfile::tempdir().unwrap();
        assert!(NameTable::read(dir.path()).unwrap().is_none());
        for damaged in ["not a table\n", "whosaid-names 1\nx\tName\n", "whosaid-names 1\n5\tName\n"]
        {
            std::fs::write(dir.path().join(FILE_NAME), damaged).unwrap();
            assert!(
                matches!(NameTable::read(dir.path()), Err(RegistryError::Malformed { .. })),
                "{damaged:?}"
            );
        }
    }
}
