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
//! Format (`whosaid-names.bin`, little-endian): the 16 bytes `whosaid-names-1\n`; the count
//! `n` as a u32; `n` u32s, the number each number is shown and counted under (after the corpus
//! links and the user's alias file, see `index::names::Links`); `n + 1` u32 offsets into the
//! names; the names in UTF-8, one after another. A reader reads the file and checks its sizes,
//! nothing more: it starts every query, so it must not cost a pass over tens of thousands of
//! names.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use tantivy::directory::error::OpenReadError;
use tantivy::directory::MmapDirectory;
use tantivy::directory::OwnedBytes;
use tantivy::Directory;

/// The file's name inside the index folder.
pub const FILE_NAME: &str = "whosaid-names.bin";
const MAGIC: &[u8; 16] = b"whosaid-names-1\n";

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
    /// The index has been committed but the file is not there.
    #[error("{} is missing", path.display())]
    Missing {
        /// The file.
        path: PathBuf,
    },
    /// The file is not a names table of this version, or is cut short.
    #[error("{}: not a whosaid names table, or a damaged one", path.display())]
    Malformed {
        /// The file.
        path: PathBuf,
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
    /// Reads the table of the index at `dir`; an index without one starts an empty table, saved
    /// with the next commit even if it stays empty (a reader takes a missing table for a
    /// damaged index).
    pub fn load(dir: &Path) -> Result<Self, RegistryError> {
        let Some(table) = NameTable::read(dir)? else {
            return Ok(NameRegistry { changed: true, ..NameRegistry::default() });
        };
        let mut registry = NameRegistry::default();
        for id in 0..table.len() {
            let name = table.name(id as u32).to_string();
            registry.ids.insert(name.clone(), id as u32);
            registry.names.push(name);
            registry.shown.push(table.shown(id as u32));
        }
        Ok(registry)
    }

    /// The number of `name`, giving it the next one if it has none yet.
    pub fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(name.to_string());
        self.shown.push(id);
        self.ids.insert(name.to_string(), id);
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
        let names_len: usize = self.names.iter().map(String::len).sum();
        let mut bytes = Vec::with_capacity(MAGIC.len() + 8 * self.names.len() + names_len + 8);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&(self.names.len() as u32).to_le_bytes());
        for shown in &self.shown {
            bytes.extend_from_slice(&shown.to_le_bytes());
        }
        let mut offset = 0u32;
        bytes.extend_from_slice(&offset.to_le_bytes());
        for name in &self.names {
            offset += name.len() as u32;
            bytes.extend_from_slice(&offset.to_le_bytes());
        }
        for name in &self.names {
            bytes.extend_from_slice(name.as_bytes());
        }
        let mut file = std::fs::File::create(&temporary).map_err(io)?;
        file.write_all(&bytes).map_err(io)?;
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

/// The table as a reader needs it: the file's bytes, a name decoded only when shown.
#[derive(Debug, Clone)]
pub struct NameTable {
    bytes: OwnedBytes,
    len: usize,
}

impl Default for NameTable {
    fn default() -> Self {
        NameTable { bytes: OwnedBytes::empty(), len: 0 }
    }
}

impl NameTable {
    /// Reads the table of the index at `dir`; `None` when the index has none (a new index).
    pub fn read(dir: &Path) -> Result<Option<Self>, RegistryError> {
        let path = dir.join(FILE_NAME);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(RegistryError::Io { path, source }),
        };
        NameTable::from_bytes(OwnedBytes::new(bytes), path).map(Some)
    }

    /// Maps the table of a committed index through tantivy's: a query reads
    /// the few names it shows, and copying the whole file cost a page fault every 4 KB of it.
    /// The table is replaced by renaming, so a mapping never sees it change.
    pub fn map_committed(dir: &Path) -> Result<Self, RegistryError> {
        let path = dir.join(FILE_NAME);
        let io = |e: tantivy::directory::error::OpenDirectoryError| RegistryError::Io {
            path: path.clone(),
            source: std::io::Error::other(e),
        };
        // Windows cannot rename a file over one that is mapped, as the indexer does.
        if cfg!(windows) {
            return NameTable::read(dir)?.ok_or(RegistryError::Missing { path });
        }
        // The index's own (managed) directory would expect tantivy's footer on the file.
        let directory = MmapDirectory::open(dir).map_err(io)?;
        let slice = match directory.open_read(Path::new(FILE_NAME)) {
            Ok(slice) => slice,
            Err(OpenReadError::FileDoesNotExist(_)) => return Err(RegistryError::Missing { path }),
            Err(e) => return Err(RegistryError::Io { path, source: std::io::Error::other(e) }),
        };
        let bytes = slice
            .read_bytes()
            .map_err(|source| RegistryError::Io { path: path.clone(), source })?;
        NameTable::from_bytes(bytes, path)
    }

    fn from_bytes(bytes: OwnedBytes, path: PathBuf) -> Result<Self, RegistryError> {
        let table = NameTable { len: u32_at(&bytes, MAGIC.len()).unwrap_or(0) as usize, bytes };
        let names_start = table.names_start();
        let names_end = table.offset(table.len).map(|end| names_start + end as usize);
        let sized = table.bytes.get(..MAGIC.len()) == Some(MAGIC.as_slice())
            && names_end == Some(table.bytes.len());
        if !sized {
            return Err(RegistryError::Malformed { path });
        }
        Ok(table)
    }

    /// The table of a committed index, which must have one.
    pub fn read_committed(dir: &Path) -> Result<Self, RegistryError> {
        NameTable::read(dir)?.ok_or_else(|| RegistryError::Missing { path: dir.join(FILE_NAME) })
    }

    fn names_start(&self) -> usize {
        MAGIC.len() + 4 + 8 * self.len + 4
    }

    fn offset(&self, index: usize) -> Option<u32> {
        u32_at(&self.bytes, MAGIC.len() + 4 + 4 * self.len + 4 * index)
    }

    /// How many numbers the table holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table holds no names.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The canonical name of a number; empty for a number the table does not hold.
    pub fn name(&self, id: u32) -> &str {
        let id = id as usize;
        if id >= self.len {
            return "";
        }
        let start = self.names_start();
        match (self.offset(id), self.offset(id + 1)) {
            (Some(from), Some(to)) => self
                .bytes
                .get(start + from as usize..start + to as usize)
                .and_then(|name| std::str::from_utf8(name).ok())
                .unwrap_or(""),
            _ => "",
        }
    }

    /// The number a number is shown and counted under; itself when the table does not hold it
    /// (or names a number it does not hold).
    pub fn shown(&self, id: u32) -> u32 {
        if (id as usize) >= self.len {
            return id;
        }
        u32_at(&self.bytes, MAGIC.len() + 4 + 4 * id as usize)
            .filter(|&shown| (shown as usize) < self.len)
            .unwrap_or(id)
    }
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let word = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([word[0], word[1], word[2], word[3]]))
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
        assert_eq!(table.name(2), "Tab\tin a name");
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
        let mapped = NameTable::map_committed(dir.path()).unwrap();
        assert_eq!(mapped.len(), table.len());
        for id in 0..5 {
            assert_eq!((mapped.name(id), mapped.shown(id)), (table.name(id), table.shown(id)));
        }
    }

    #[test]
    fn a_damaged_table_is_an_error_and_a_missing_one_is_none() {
        let dir = tempfile::tempdir().unwrap();
        assert!(NameTable::read(dir.path()).unwrap().is_none());
        let mut registry = NameRegistry::default();
        registry.id("Jacinda Ardern");
        registry.save(dir.path()).unwrap();
        let good = std::fs::read(dir.path().join(FILE_NAME)).unwrap();
        let cut_short = good[..good.len() - 1].to_vec();
        let longer = [good.as_slice(), b"x"].concat();
        let mut wrong_magic = good.clone();
        wrong_magic[0] = b'W';
        for damaged in [b"not a table".to_vec(), cut_short, longer, wrong_magic] {
            std::fs::write(dir.path().join(FILE_NAME), &damaged).unwrap();
            assert!(
                matches!(NameTable::read(dir.path()), Err(RegistryError::Malformed { .. })),
                "{damaged:?}"
            );
            assert!(
                matches!(
                    NameTable::map_committed(dir.path()),
                    Err(RegistryError::Malformed { .. })
                ),
                "{damaged:?}"
            );
        }
        std::fs::remove_file(dir.path().join(FILE_NAME)).unwrap();
        assert!(matches!(NameTable::map_committed(dir.path()), Err(RegistryError::Missing { .. })));
    }
}
