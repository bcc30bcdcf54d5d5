//! The index writer's view of the index folder: tantivy's `MmapDirectory` for everything
//! (writes, locks, metadata, watching `meta.json`) except reading segment files, which it reads
//! with positioned reads into buffers instead of mapping them.
//!
//! Why: the pages of a mapped file count as the process's resident memory for as long as the
//! file stays mapped, and tantivy keeps a segment's files mapped for as long as a merge (or any
//! reader) holds the segment. A background merge reads every posting list, position list and
//! stored block of the segments it merges, so each running merge added the size of its input
//! files to the indexer's peak RSS (573 MB at 1 GB with a 256 MB writer heap). Read into
//! buffers, only the piece tantivy is working on is resident, and it is freed when tantivy drops
//! it. Readers for `search` keep the mapping: a query touches few pages, and buffers would copy
//! every posting list it reads. See: issue 6.

use std::fs::File;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tantivy::directory::error::{
    DeleteError, LockError, OpenDirectoryError, OpenReadError, OpenWriteError,
};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, OwnedBytes, WatchCallback,
    WatchHandle, WritePtr,
};
use tantivy::HasLen;

/// An index folder whose files are read with positioned reads (see the module comment).
#[derive(Clone, Debug)]
pub struct ReadAtDirectory {
    mmap: MmapDirectory,
    root: PathBuf,
}

impl ReadAtDirectory {
    /// Opens the existing folder `root`.
    pub fn open(root: &Path) -> Result<Self, OpenDirectoryError> {
        Ok(ReadAtDirectory { mmap: MmapDirectory::open(root)?, root: root.to_path_buf() })
    }
}

impl Directory for ReadAtDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        let full_path = self.root.join(path);
        let wrap = |e: io::Error| OpenReadError::wrap_io_error(e, full_path.clone());
        let file = File::open(&full_path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => OpenReadError::FileDoesNotExist(path.to_path_buf()),
            _ => wrap(e),
        })?;
        let len = file.metadata().map_err(wrap)?.len();
        let len = usize::try_from(len).map_err(|_| {
            wrap(io::Error::new(io::ErrorKind::InvalidData, "file too large to address"))
        })?;
        // tantivy's files are written once and never changed; a file deleted after this
        // (a merged-away segment) stays readable through the open descriptor, as the trait
        // requires.
        Ok(Arc::new(ReadAtFile { file, len, path: full_path }))
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.mmap.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.mmap.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.mmap.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.mmap.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.mmap.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.mmap.sync_directory()
    }

    // The trait's default would lock by creating a file; `MmapDirectory` takes an OS file lock,
    // which a killed process releases. Delegating keeps that.
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        self.mmap.acquire_lock(lock)
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.mmap.watch(watch_callback)
    }
}

/// One open segment file, read by position.
#[derive(Debug)]
struct ReadAtFile {
    file: File,
    len: usize,
    /// For error messages.
    path: PathBuf,
}

impl HasLen for ReadAtFile {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for ReadAtFile {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        if range.start > range.end || range.end > self.len {
            // A damaged index can hold offsets past its files' ends; the trait allows a panic
            // here, but an error names the file and lets the caller say what to do.
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!(
                    "{}: bytes {}..{} asked of a {}-byte file; the index is damaged, rebuild it \
                     with `whosaid index --rebuild`",
                    self.path.display(),
                    range.start,
                    range.end,
                    self.len
                ),
            ));
        }
        if range.is_empty() {
            return Ok(OwnedBytes::empty());
        }
        let mut buffer = vec![0; range.len()];
        read_exact_at(&self.file, &mut buffer, range.start as u64).map_err(|e| {
            io::Error::new(e.kind(), format!("{}: reading the index: {e}", self.path.display()))
        })?;
        Ok(OwnedBytes::new(buffer))
    }
}

/// Fills `buf` from `offset` without moving a shared file cursor, so threads may read at once.
#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> io::Result<()> {
    // `seek_read` reads at the given offset (it may read less than asked, hence the loop).
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buf, offset) {
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::ReadAtDirectory;
    use std::path::Path;
    use tantivy::directory::error::OpenReadError;
    use tantivy::directory::Directory;

    #[test]
    fn reads_of_any_range_return_the_files_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let bytes: Vec<u8> = (0..10_000u32).map(|i| (i * 7 % 251) as u8).collect();
        std::fs::write(dir.path().join("a.idx"), &bytes).unwrap();
        let directory = ReadAtDirectory::open(dir.path()).unwrap();
        let handle = directory.get_file_handle(Path::new("a.idx")).unwrap();
        assert_eq!(handle.len(), bytes.len());
        let len = bytes.len();
        for range in [0..0, 5..5, len..len, 0..1, 0..len, 17..4_113, 4_096..8_192, len - 1..len] {
            let read = handle.read_bytes(range.clone()).unwrap();
            assert_eq!(read.as_slice(), &bytes[range.clone()], "{range:?}");
        }
        // Through tantivy's slices, as its readers use it.
        let slice = directory.open_read(Path::new("a.idx")).unwrap();
        assert_eq!(slice.slice(100..300).read_bytes().unwrap().as_slice(), &bytes[100..300]);
    }

    #[test]
    fn reads_beyond_the_end_are_errors_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.pos"), [1u8; 100]).unwrap();
        std::fs::write(dir.path().join("empty.del"), []).unwrap();
        let directory = ReadAtDirectory::open(dir.path()).unwrap();
        let handle = directory.get_file_handle(Path::new("a.pos")).unwrap();
        #[allow(clippy::reversed_empty_ranges)]
        for range in [99..101, 100..101, 101..101, 200..300, 50..40] {
            let err = handle.read_bytes(range.clone()).unwrap_err();
            assert!(err.to_string().contains("a.pos"), "{range:?}: {err}");
        }
        let empty = directory.get_file_handle(Path::new("empty.del")).unwrap();
        assert_eq!(empty.len(), 0);
        assert!(empty.read_bytes(0..0).unwrap().is_empty());
        assert!(empty.read_bytes(0..1).is_err());
        assert!(matches!(
            directory.get_file_handle(Path::new("missing.store")),
            Err(OpenReadError::FileDoesNotExist(_))
        ));
    }
}
