//! Writing a file: every file Touchpoint writes, and above all every file the user
//! names (`--out`, `-o`), goes through [`OutFile`] (or [`super::files::write_atomic`],
//! built on it), so that all of them treat what is at the path the same way:
//!
//! - `-` is standard output.
//! - A **regular file**, or **nothing yet**, is written atomically: into a temporary
//!   file in the same folder, flushed to disk, then renamed over the target. A failed
//!   write leaves no half file and never replaces a good one. The replaced file's
//!   permissions are kept.
//! - A **symbolic link** is followed (a chain of them too, up to 40): the file it
//!   points to is the one written (atomically, as above, when it is or will be a
//!   regular file), and the link stays a link. A dangling link creates its target.
//! - A **FIFO** or a **character device** (a terminal, `/dev/null`, `/dev/stdout`) is
//!   opened and written directly: no temporary file, no rename, so the node stays
//!   what it is and a reader at the other end gets the bytes. A standard-stream alias
//!   (`/dev/stdout` → `/proc/self/fd/1` → a file) is written through, too.
//! - Anything else (a folder, a socket, a block device) is refused with an error
//!   that says what is there.
//!
//! Only a regular target is written "whole or not at all"; bytes already sent into a
//! pipe or a device cannot be taken back, so an error part-way leaves them sent.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The name that means standard output.
pub const STDOUT: &str = "-";

/// Most symbolic links followed before giving up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// Whether `path` means standard output (`-`).
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == STDOUT
}

/// How to name `path` in a message: "standard output" for `-`, else the path.
pub fn shown(path: &Path) -> String {
    if is_stdout(path) {
        "standard output".to_string()
    } else {
        path.display().to_string()
    }
}

/// A file being written; [`OutFile::commit`] finishes it. Dropped without a commit,
/// a regular target is left as it was.
pub struct OutFile {
    sink: Sink,
}

enum Sink {
    Stdout(BufWriter<io::Stdout>),
    /// A direct write (FIFO, character device, a standard-stream alias).
    Direct(BufWriter<File>),
    /// A temporary file renamed over `target` on commit.
    Replace {
        file: BufWriter<File>,
        tmp: PathBuf,
        target: PathBuf,
        done: bool,
    },
}

impl OutFile {
    /// Opens `path` for writing as the module documentation says. The folder of a
    /// new regular file is created if needed. Opening a FIFO waits for its reader.
    pub fn create(path: &Path) -> io::Result<OutFile> {
        if is_stdout(path) {
            return Ok(OutFile {
                sink: Sink::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())),
            });
        }
        let real = follow_links(path)?;
        match fs::metadata(path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => replace(&real, None),
            Err(e) => Err(e),
            Ok(m) if m.is_dir() => Err(refused(path, "a folder")),
            // The very file standard output is open on (`--out /dev/stdout`, or a
            // link to /proc/self/fd/1, with stdout sent to a file): write to stdout
            // itself, so a shell's `>>` appends and nothing is replaced or truncated.
            Ok(m) if m.is_file() && is_stdouts_file(&m) => Ok(OutFile {
                sink: Sink::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())),
            }),
            Ok(m) if m.is_file() => {
                if fs::symlink_metadata(&real).is_ok_and(|r| r.is_file()) {
                    replace(&real, Some(m.permissions()))
                } else {
                    // A link that only the kernel can follow (/proc/self/fd/1 → a
                    // file): write through it, as a shell's `>` does.
                    direct(path, true)
                }
            }
            Ok(m) => special(path, &m.file_type()),
        }
    }

    /// For a regular target: the folder it is written in (where a big writer may
    /// spill temporary files); `None` for standard output, a pipe or a device.
    pub fn folder(&self) -> Option<&Path> {
        match &self.sink {
            Sink::Replace { target, .. } => target.parent(),
            _ => None,
        }
    }

    /// Finishes the file: everything flushed; a regular target synced to disk and
    /// renamed into place.
    pub fn commit(mut self) -> io::Result<()> {
        match &mut self.sink {
            Sink::Stdout(w) => w.flush(),
            Sink::Direct(w) => w.flush(),
            Sink::Replace {
                file,
                tmp,
                target,
                done,
            } => {
                file.flush()?;
                file.get_ref().sync_all()?;
                fs::rename(&*tmp, &*target)?;
                *done = true;
                if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty())
                    && let Ok(d) = File::open(dir)
                {
                    let _ = d.sync_all();
                }
                Ok(())
            }
        }
    }
}

impl Write for OutFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.sink {
            Sink::Stdout(w) => w.write(buf),
            Sink::Direct(w) => w.write(buf),
            Sink::Replace { file, .. } => file.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.sink {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::Direct(w) => w.write_all(buf),
            Sink::Replace { file, .. } => file.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.sink {
            Sink::Stdout(w) => w.flush(),
            Sink::Direct(w) => w.flush(),
            Sink::Replace { file, .. } => file.flush(),
        }
    }
}

impl Drop for OutFile {
    fn drop(&mut self) {
        if let Sink::Replace { tmp, done, .. } = &self.sink
            && !*done
        {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// [`write_atomic`] lives with the other file helpers, in [`super::files`]; this
/// path keeps working.
pub use super::files::write_atomic;

/// Whether `m` is the file standard output is open on.
#[cfg(unix)]
fn is_stdouts_file(m: &fs::Metadata) -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() else {
        return false;
    };
    File::from(fd)
        .metadata()
        .is_ok_and(|s| s.is_file() && s.dev() == m.dev() && s.ino() == m.ino())
}

#[cfg(not(unix))]
fn is_stdouts_file(_m: &fs::Metadata) -> bool {
    false
}

/// The path that symbolic links at `path` lead to (`path` itself when it is not a
/// link); a dangling link's missing target.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..=MAX_LINKS {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            Ok(_) => return Ok(p),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(p),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(format!(
        "more than {MAX_LINKS} symbolic links in a row (a loop?) at {}",
        path.display()
    )))
}

/// A temporary file beside `target`, renamed over it on commit.
fn replace(target: &Path, keep: Option<fs::Permissions>) -> io::Result<OutFile> {
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_string());
    let tmp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::Relaxed)
    ));
    let file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
    let out = OutFile {
        sink: Sink::Replace {
            file: BufWriter::with_capacity(1 << 20, file),
            tmp: tmp.clone(),
            target: target.to_path_buf(),
            done: false,
        },
    };
    if let Some(p) = keep {
        fs::set_permissions(&tmp, p)?;
    }
    Ok(out)
}

/// Opens `path` (following links) and writes into it as it is.
fn direct(path: &Path, truncate: bool) -> io::Result<OutFile> {
    let file = OpenOptions::new()
        .write(true)
        .truncate(truncate)
        .open(path)?;
    Ok(OutFile {
        sink: Sink::Direct(BufWriter::with_capacity(1 << 16, file)),
    })
}

#[cfg(unix)]
fn special(path: &Path, t: &fs::FileType) -> io::Result<OutFile> {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() || t.is_char_device() {
        direct(path, false)
    } else if t.is_socket() {
        Err(refused(path, "a socket"))
    } else if t.is_block_device() {
        Err(refused(path, "a block device"))
    } else {
        Err(refused(path, "not a regular file"))
    }
}

#[cfg(not(unix))]
fn special(path: &Path, _t: &fs::FileType) -> io::Result<OutFile> {
    Err(refused(path, "not a regular file"))
}

fn refused(path: &Path, what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "{} is {what}: only a regular file (or a new one), a FIFO, a character device or - (standard output) can be written",
            path.display()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("r.csv");
        fs::write(&p, "good").unwrap();
        let mut f = OutFile::create(&p).unwrap();
        f.write_all(b"half").unwrap();
        drop(f);
        assert_eq!(fs::read(&p).unwrap(), b"good");
        assert_eq!(fs::read_dir(d.path()).unwrap().count(), 1);
    }

    #[test]
    fn dash_is_standard_output_and_shown_as_such() {
        assert!(is_stdout(Path::new("-")));
        assert!(!is_stdout(Path::new("./-")));
        assert_eq!(shown(Path::new("-")), "standard output");
        assert_eq!(shown(Path::new("a/b.csv")), "a/b.csv");
    }
}
