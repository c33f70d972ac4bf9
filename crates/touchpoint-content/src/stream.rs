//! Streaming readers for encounters too large to hold as text and as a tree at once
//! (a million nodes is a 300 MB `.ron` file and two 230 MB `.ftl` files).
//!
//! [`scenario_nodes`] hands a scenario's nodes over one at a time and returns the rest
//! of the scenario; [`ftl_messages`] hands over a plain Fluent file's messages one at a
//! time. Both read through a fixed buffer and hold one element's text at a time, so
//! their memory does not grow with the file. They read a file exactly as the
//! whole-file readers ([`super::files::parse_ron`], [`super::locale::scan_plain`]) do,
//! and report errors at the same places; the tests below check that on every shipped
//! file, on synthetic ones and on mutated copies.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

use super::fast_ron;
use super::files::{self, MAX_FILE_BYTES, MAX_RON_DEPTH, describe_ron_error, ron_options};
use super::locale::{PlainLine, has_refused_byte, plain_line};
use super::report::Report;
use touchpoint_engine::scenario::{Node, Scenario};

/// Largest file the streaming readers take.
pub const MAX_STREAM_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// Most text held at once: one node's, or the header's. Past it the reader stops
/// keeping text (and reports the element as too large), so memory stays bounded
/// whatever the file holds.
const CAP_BYTES: usize = MAX_FILE_BYTES as usize;

/// Bytes read from the file at a time. The unit tests read a few dozen at a time, so
/// that tokens, strings, characters and lines are cut by the buffer's end everywhere.
const BUF_BYTES: usize = if cfg!(test) { 61 } else { 256 * 1024 };

/// Up to this many bytes [`Src::bulk`] counts lines and columns byte by byte (and
/// with vector searches above); low in the unit tests so that both ways are used.
const BULK_LOOP: usize = if cfg!(test) { 8 } else { 64 };

/// How deep a node sits in a scenario file: inside `Scenario(` and the `nodes` list.
/// A node read on its own starts its nesting count there, so the nesting limit means
/// the same as when the whole file is read.
const NODE_DEPTH: usize = 2;

/// One element of a scenario's node list, as it stands in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeText {
    /// Position in the list, from 0.
    pub index: usize,
    /// The element's text: everything between the `[` or `,` before it and the `,` or
    /// `]` after it, leading whitespace and comments included.
    pub text: String,
    /// Line and column (in characters, from 1) where `text` starts in the file.
    pub line: usize,
    pub col: usize,
    /// Byte offset where `text` starts in the file.
    pub offset: u64,
}

// ---------------------------------------------------------------------------------
// The byte source: a fixed buffer over the file, checked as UTF-8 as it is read, with
// the line and column of the next byte.

/// Why reading stopped early.
enum Stop {
    Io(String),
    /// Not UTF-8 at this position (line, column).
    Utf8(usize, usize),
    /// A NUL character at this position (refused as [`files::read_text`] refuses it).
    Nul(usize, usize),
}

struct Src {
    file: File,
    buf: Box<[u8]>,
    /// Next byte handed out.
    pos: usize,
    /// `buf[..valid]` is checked UTF-8.
    valid: usize,
    /// `buf[..filled]` has been read from the file; `buf[valid..filled]` is the start of
    /// a character whose other bytes are still in the file (or, if `bad`, not UTF-8).
    filled: usize,
    bad: bool,
    /// What is bad at `buf[valid]` is a NUL character (else it is not UTF-8).
    nul: bool,
    /// Line and column (in characters) of `buf[pos]`, and its byte offset.
    line: usize,
    col: usize,
    offset: u64,
    /// Bytes handed out are also appended here while `capturing`.
    cap: Vec<u8>,
    capturing: bool,
    /// The file has been read to its end.
    done: bool,
}

impl Src {
    fn open(path: &Path) -> Result<Src, Report> {
        files::check_file(path, MAX_STREAM_BYTES)?;
        let cannot =
            |e: std::io::Error| Report::error(path, 1, 1, format!("cannot read file: {e}"));
        let mut file = File::open(path).map_err(cannot)?;
        // A byte-order mark at the start is not part of the text (as `read_text` has
        // it): skipped, so that the first line's columns count from the text.
        let mut head = [0u8; 3];
        let mut got = 0;
        while got < head.len() {
            match file.read(&mut head[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(cannot(e)),
            }
        }
        let bom = head[..got] == *files::BOM.as_bytes();
        if !bom {
            use std::io::Seek;
            file.seek(std::io::SeekFrom::Start(0)).map_err(cannot)?;
        }
        Ok(Src {
            file,
            // Room for a partial character carried over from the previous read.
            buf: vec![0; BUF_BYTES + 4].into_boxed_slice(),
            pos: 0,
            valid: 0,
            filled: 0,
            bad: false,
            nul: false,
            line: 1,
            col: 1,
            offset: if bom { 3 } else { 0 },
            cap: Vec::new(),
            capturing: false,
            done: false,
        })
    }

    /// Makes `buf[pos..valid]` non-empty; `false` at the end of the file.
    #[cold]
    fn refill(&mut self) -> Result<bool, Stop> {
        if self.bad {
            return Err(self.bad_here());
        }
        // Keep the partial character at the end of the buffer.
        self.buf.copy_within(self.valid..self.filled, 0);
        self.filled -= self.valid;
        self.pos = 0;
        self.valid = 0;
        loop {
            let n = loop {
                match self.file.read(&mut self.buf[self.filled..]) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == ErrorKind::Interrupted => {}
                    Err(e) => return Err(Stop::Io(e.to_string())),
                }
            };
            if n == 0 {
                self.done = true;
                if self.filled > 0 {
                    // The file ends inside a character.
                    self.bad = true;
                    return Err(Stop::Utf8(self.line, self.col));
                }
                return Ok(false);
            }
            self.filled += n;
            match std::str::from_utf8(&self.buf[..self.filled]) {
                Ok(_) => self.valid = self.filled,
                Err(e) => {
                    self.valid = e.valid_up_to();
                    self.bad = e.error_len().is_some();
                }
            }
            if let Some(at) = memchr::memchr(0, &self.buf[..self.valid]) {
                self.valid = at;
                self.bad = true;
                self.nul = true;
            }
            if self.valid > 0 {
                return Ok(true);
            }
            if self.bad {
                return Err(self.bad_here());
            }
            // Only part of one character so far: read on.
        }
    }

    /// Why reading cannot go past the current position.
    fn bad_here(&self) -> Stop {
        if self.nul {
            Stop::Nul(self.line, self.col)
        } else {
            Stop::Utf8(self.line, self.col)
        }
    }

    #[inline]
    fn next(&mut self) -> Result<Option<u8>, Stop> {
        if self.pos == self.valid && !self.refill()? {
            return Ok(None);
        }
        let b = self.buf[self.pos];
        self.pos += 1;
        self.offset += 1;
        if b == b'\n' {
            self.line += 1;
            self.col = 1;
        } else if b & 0xC0 != 0x80 {
            self.col += 1;
        }
        if self.capturing && self.cap.len() <= CAP_BYTES {
            self.cap.push(b);
        }
        Ok(Some(b))
    }

    /// Hands out the next `n` bytes of the buffer at once (`n <= valid - pos`), as
    /// `n` calls of [`Src::next`] would: position, line, column and capture.
    fn bulk(&mut self, n: usize) {
        let Some(chunk) = self.buf.get(self.pos..self.pos + n) else {
            return;
        };
        // Characters: bytes that are not UTF-8 continuation bytes (all, in ASCII).
        let chars = |b: &[u8]| {
            if b.is_ascii() {
                b.len()
            } else {
                b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
            }
        };
        if n <= BULK_LOOP {
            // Most runs are an id or a word: a plain loop beats the vector searches.
            for &b in chunk {
                if b == b'\n' {
                    self.line += 1;
                    self.col = 1;
                } else if b & 0xC0 != 0x80 {
                    self.col += 1;
                }
            }
        } else {
            match memchr::memrchr(b'\n', chunk) {
                Some(last) => {
                    self.line += memchr::memchr_iter(b'\n', chunk).count();
                    self.col = 1 + chars(&chunk[last + 1..]);
                }
                None => self.col += chars(chunk),
            }
        }
        if self.capturing {
            let room = (CAP_BYTES + 1).saturating_sub(self.cap.len());
            self.cap.extend_from_slice(&chunk[..n.min(room)]);
        }
        self.pos += n;
        self.offset += n as u64;
    }

    /// [`Src::bulk`] for the rest of a line, `n` bytes of the buffer whose only
    /// newline is the last.
    fn bulk_line(&mut self, n: usize) {
        self.line += 1;
        self.col = 1;
        if self.capturing {
            let room = (CAP_BYTES + 1).saturating_sub(self.cap.len());
            let end = self.pos + n.min(room);
            self.cap.extend_from_slice(&self.buf[self.pos..end]);
        }
        self.pos += n;
        self.offset += n as u64;
    }

    /// Hands out bytes up to (not including) the first for which `stop` finds a
    /// position in the buffered text; `false` if the file ends first.
    fn bulk_until(&mut self, stop: impl Fn(&[u8]) -> Option<usize>) -> Result<bool, Stop> {
        loop {
            if self.pos == self.valid && !self.refill()? {
                return Ok(false);
            }
            let chunk = &self.buf[self.pos..self.valid];
            match stop(chunk) {
                Some(i) => {
                    self.bulk(i);
                    return Ok(true);
                }
                None => self.bulk(chunk.len()),
            }
        }
    }

    #[inline]
    fn peek(&mut self) -> Result<Option<u8>, Stop> {
        if self.pos == self.valid && !self.refill()? {
            return Ok(None);
        }
        Ok(Some(self.buf[self.pos]))
    }

    /// Reads the rest of the file for its UTF-8 check only: the whole-file reader
    /// refuses a file that is not UTF-8 before it parses anything, so that error comes
    /// first wherever it is.
    fn check_rest(&mut self) -> Result<(), Stop> {
        self.capturing = false;
        loop {
            if self.pos == self.valid && !self.refill()? {
                return Ok(());
            }
            for &b in &self.buf[self.pos..self.valid] {
                if b == b'\n' {
                    self.line += 1;
                    self.col = 1;
                } else if b & 0xC0 != 0x80 {
                    self.col += 1;
                }
            }
            self.offset += (self.valid - self.pos) as u64;
            self.pos = self.valid;
        }
    }
}

fn stop_report(path: &Path, stop: Stop) -> Report {
    match stop {
        Stop::Io(e) => Report::error(path, 1, 1, format!("cannot read file: {e}")),
        Stop::Utf8(line, col) => Report::error(
            path,
            line,
            col,
            "file is not valid UTF-8; expected UTF-8 text",
        ),
        Stop::Nul(line, col) => Report::error(path, line, col, files::NUL_MESSAGE),
    }
}

// ---------------------------------------------------------------------------------
// The RON lexer: just enough of RON's lexical grammar to know the nesting depth and
// where commas and field names are. Strings, raw strings, characters and comments are
// skipped as `ron` reads them, so a bracket or comma inside them never counts.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// Whitespace or a comment.
    Space,
    Open(u8),
    Close(u8),
    Comma,
    Colon,
    Hash,
    /// A word (identifier or number); its text is in `Lexer::word` (up to 64 bytes).
    Word,
    /// A string, character, or any other byte.
    Other,
    /// The file ended inside a string or a comment.
    Unterminated,
}

struct Lexer {
    src: Src,
    word: Vec<u8>,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Lexer {
    /// The next token; `None` at the end of the file.
    fn token(&mut self) -> Result<Option<Tok>, Stop> {
        let Some(b) = self.src.next()? else {
            return Ok(None);
        };
        let tok = match b {
            b' ' | b'\t' | b'\n' | b'\r' => Tok::Space,
            b'(' | b'[' | b'{' => Tok::Open(b),
            b')' | b']' | b'}' => Tok::Close(b),
            b',' => Tok::Comma,
            b':' => Tok::Colon,
            b'#' => Tok::Hash,
            b'/' => match self.src.peek()? {
                Some(b'/') => {
                    if self.src.bulk_until(|b| memchr::memchr(b'\n', b))? {
                        self.src.next()?;
                    }
                    Tok::Space
                }
                Some(b'*') => {
                    self.src.next()?;
                    self.block_comment()?
                }
                _ => Tok::Other,
            },
            b'"' => self.string(0, false)?,
            b'\'' => self.char_literal()?,
            b if is_word_byte(b) => {
                self.word.clear();
                self.word.push(b);
                loop {
                    if self.src.pos == self.src.valid && !self.src.refill()? {
                        break;
                    }
                    let chunk = &self.src.buf[self.src.pos..self.src.valid];
                    let n = chunk
                        .iter()
                        .position(|&c| !is_word_byte(c))
                        .unwrap_or(chunk.len());
                    let (keep, all) = (n.min(64usize.saturating_sub(self.word.len())), chunk.len());
                    self.word.extend_from_slice(&chunk[..keep]);
                    self.src.bulk(n);
                    if n < all {
                        break;
                    }
                }
                if matches!(&self.word[..], b"r" | b"br") {
                    self.raw()?
                } else {
                    Tok::Word
                }
            }
            _ => Tok::Other,
        };
        Ok(Some(tok))
    }

    /// After `/*`: the rest of a block comment (they nest in RON).
    fn block_comment(&mut self) -> Result<Tok, Stop> {
        let mut level = 1usize;
        while level > 0 {
            match self.src.next()? {
                None => return Ok(Tok::Unterminated),
                Some(b'/') if self.src.peek()? == Some(b'*') => {
                    self.src.next()?;
                    level += 1;
                }
                Some(b'*') if self.src.peek()? == Some(b'/') => {
                    self.src.next()?;
                    level -= 1;
                }
                Some(_) => {}
            }
        }
        Ok(Tok::Space)
    }

    /// After the opening `"` of a string; a raw one (`r"…"`, `r#"…"#`) has no
    /// escapes and ends at `"` followed by its `hashes`.
    fn string(&mut self, hashes: usize, raw: bool) -> Result<Tok, Stop> {
        loop {
            // The text up to the next quote (or escape) at once.
            let found = if raw {
                self.src.bulk_until(|b| memchr::memchr(b'"', b))?
            } else {
                self.src.bulk_until(|b| memchr::memchr2(b'"', b'\\', b))?
            };
            if !found {
                return Ok(Tok::Unterminated);
            }
            match self.src.next()? {
                None => return Ok(Tok::Unterminated),
                Some(b'\\') if !raw => {
                    if self.src.next()?.is_none() {
                        return Ok(Tok::Unterminated);
                    }
                }
                Some(b'"') => {
                    let mut n = 0;
                    while n < hashes && self.src.peek()? == Some(b'#') {
                        self.src.next()?;
                        n += 1;
                    }
                    if n == hashes {
                        return Ok(Tok::Other);
                    }
                }
                Some(_) => {}
            }
        }
    }

    /// After `r` or `br`: a raw string `r"…"`, `r#"…"#`, or a raw identifier `r#name`.
    fn raw(&mut self) -> Result<Tok, Stop> {
        let mut hashes = 0;
        while self.src.peek()? == Some(b'#') {
            self.src.next()?;
            hashes += 1;
        }
        match self.src.peek()? {
            Some(b'"') => {
                self.src.next()?;
                // A raw string with no hashes is still raw: no escapes.
                self.string(hashes, true)
            }
            Some(c) if hashes == 1 && is_word_byte(c) => {
                while let Some(c) = self.src.peek()? {
                    if !is_word_byte(c) {
                        break;
                    }
                    self.src.next()?;
                }
                // A raw identifier: never a field this lexer looks for.
                Ok(Tok::Other)
            }
            _ if hashes == 0 => Ok(Tok::Word),
            _ => Ok(Tok::Other),
        }
    }

    /// After `'`: a character literal as `ron` reads one (one character or one
    /// escape, then `'`). Anything else is an error `ron` reports right here, so the
    /// lexer just moves on without swallowing more.
    fn char_literal(&mut self) -> Result<Tok, Stop> {
        match self.src.peek()? {
            Some(b'\\') => {
                self.src.next()?;
                match self.src.next()? {
                    None => return Ok(Tok::Unterminated),
                    Some(b'u') if self.src.peek()? == Some(b'{') => {
                        // `\u{…}`: up to the `}`, within a few bytes.
                        for _ in 0..10 {
                            match self.src.next()? {
                                Some(b'}') | None => break,
                                Some(_) => {}
                            }
                        }
                    }
                    Some(b'x') => {
                        for _ in 0..2 {
                            if self.src.peek()?.is_some_and(|c| c.is_ascii_hexdigit()) {
                                self.src.next()?;
                            }
                        }
                    }
                    Some(_) => {}
                }
            }
            Some(b'\n') | None => return Ok(Tok::Other),
            Some(_) => {
                // One character: its lead byte and continuation bytes.
                self.src.next()?;
                while self.src.peek()?.is_some_and(|c| c & 0xC0 == 0x80) {
                    self.src.next()?;
                }
            }
        }
        if self.src.peek()? == Some(b'\'') {
            self.src.next()?;
        }
        Ok(Tok::Other)
    }

    /// The common part of a list element, read a buffer at a time: brackets, commas,
    /// colons, words, plain strings and whitespace, as [`Lexer::token`] would read
    /// them one at a time, tracking `depth` and whether anything `significant` was
    /// seen. Returns the terminator (a `,` or closing bracket at depth 0, consumed),
    /// or `None` where the next token needs [`Lexer::token`] (a comment, a character,
    /// an escape, a raw string, the end of the buffer), left unread.
    fn fast_element(
        &mut self,
        depth: &mut usize,
        significant: &mut bool,
    ) -> Result<Option<u8>, Stop> {
        if self.src.pos == self.src.valid && !self.src.refill()? {
            return Ok(None);
        }
        let chunk = &self.src.buf[self.src.pos..self.src.valid];
        let mut i = 0;
        let mut term = None;
        while let Some(&b) = chunk.get(i) {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => i += 1,
                b'(' | b'[' | b'{' => {
                    *depth += 1;
                    *significant = true;
                    i += 1;
                }
                b')' | b']' | b'}' | b',' if *depth == 0 => {
                    term = Some(b);
                    i += 1;
                    break;
                }
                b')' | b']' | b'}' => {
                    *depth -= 1;
                    *significant = true;
                    i += 1;
                }
                b',' | b':' | b'#' => {
                    *significant = true;
                    i += 1;
                }
                b'"' => {
                    // A string with no escape that ends in this buffer.
                    let rest = &chunk[i + 1..];
                    match memchr::memchr2(b'"', b'\\', rest) {
                        Some(j) if rest[j] == b'"' => {
                            *significant = true;
                            i += j + 2;
                        }
                        _ => break,
                    }
                }
                b if is_word_byte(b) => {
                    let run = chunk[i..]
                        .iter()
                        .position(|&c| !is_word_byte(c))
                        .unwrap_or(chunk.len() - i);
                    let word = &chunk[i..i + run];
                    // `r`/`br` may start a raw string, and a word cut by the buffer's
                    // end may be one: left to `token`.
                    if matches!(word, b"r" | b"br") || i + run == chunk.len() {
                        break;
                    }
                    *significant = true;
                    i += run;
                }
                b'/' | b'\'' => break,
                _ => {
                    *significant = true;
                    i += 1;
                }
            }
        }
        self.src.bulk(i);
        Ok(term)
    }

    /// The next token that is not whitespace or a comment.
    fn significant(&mut self) -> Result<Option<Tok>, Stop> {
        loop {
            match self.token()? {
                Some(Tok::Space) => {}
                t => return Ok(t),
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// Scenario files.

/// Reads `path` and calls `on_node` for each element of the top-level `nodes: [...]`
/// list of the `Scenario(...)`, in order, parsed into a [`Node`]; then returns the
/// header: the `Scenario` with every other field, and `nodes` empty.
///
/// The file may be up to [`MAX_STREAM_BYTES`]; memory holds one node's text and the
/// header's. It is read exactly as [`files::parse_ron`] reads the whole file: an error
/// is reported at the same line and column, with the same wording (and `on_node` may
/// have been called for the nodes before it). A file the streaming reader cannot follow
/// (`#![enable(…)]` attributes, no `nodes` list, a list that never ends) is read
/// whole instead when it is small enough ([`MAX_FILE_BYTES`]); a larger one gets a
/// located error.
pub fn scenario_nodes(
    path: &Path,
    on_node: &mut dyn FnMut(usize, Node),
) -> Result<Scenario, Report> {
    stream_scenario(path, on_node, &mut |_| true, true)
}

/// The scenario without its nodes, read without parsing them (a node's own errors
/// are not noticed: [`scenario_nodes`] reports them).
pub fn scenario_header(path: &Path) -> Result<Scenario, Report> {
    stream_scenario(path, &mut |_, _| {}, &mut |_| false, true)
}

/// The scenario without its nodes (as [`scenario_header`]), with how many nodes it
/// has and about how many ids they declare (`id:` fields), read without parsing them:
/// enough to size the tables of a pass that reads them.
pub fn scenario_outline(path: &Path) -> Result<(Scenario, usize, usize), Report> {
    let (mut nodes, mut ids) = (0usize, 0usize);
    let finder = memchr::memmem::Finder::new(b"id:");
    let header = stream_scenario(
        path,
        &mut |_, _| {},
        &mut |t| {
            nodes += 1;
            ids += finder.find_iter(t.text.as_bytes()).count();
            false
        },
        true,
    )?;
    Ok((header, nodes, ids))
}

/// Hands over the text of every node as it stands in the file, with where it starts,
/// without parsing it (for locating what the validator says about a node).
pub fn node_texts(path: &Path, on_text: &mut dyn FnMut(&NodeText)) -> Result<(), Report> {
    stream_scenario(
        path,
        &mut |_, _| {},
        &mut |t| {
            on_text(t);
            false
        },
        true,
    )
    .map(|_| ())
}

/// What the lexer could not follow, and where.
struct Unsure {
    line: usize,
    col: usize,
    message: String,
    /// Whether to ask `ron` about the header text read so far (see [`prefix_error`]),
    /// which ends at `end`; `complete` if it is the whole file.
    try_ron: bool,
    end: (usize, usize),
    complete: bool,
}

/// Where the node list was cut out of the header text: the position just after its
/// `[` (in the header and in the file alike) and of its `]` in the file.
#[derive(Clone, Copy)]
struct Cut {
    open: (usize, usize),
    close: (usize, usize),
}

impl Cut {
    /// A position in the header text, as a position in the file.
    fn map(&self, (line, col): (usize, usize)) -> (usize, usize) {
        if (line, col) < self.open {
            (line, col)
        } else if line == self.open.0 {
            (self.close.0, self.close.1 + (col - self.open.1))
        } else {
            (line + self.close.0 - self.open.0, col)
        }
    }
}

fn ron_pos(e: &ron::error::SpannedError) -> (usize, usize) {
    (e.span.start.line.max(1), e.span.start.col.max(1))
}

/// The position in the file of a position in `[` + element text.
fn elem_pos(start: (usize, usize), (line, col): (usize, usize)) -> (usize, usize) {
    if line <= 1 {
        // Column 1 is the `[` put in front, which stands for the separator before
        // the element.
        (start.0, (start.1 + col).saturating_sub(2).max(1))
    } else {
        (start.0 + line - 1, col)
    }
}

/// Parses RON text into `T` the way [`files::parse_ron`] does (fast reader, then
/// `ron`), with the nesting limit lowered by `depth` levels that surround it.
fn parse_part<T: serde::de::DeserializeOwned>(
    text: &str,
    depth: usize,
) -> Result<T, ron::error::SpannedError> {
    if let Ok(v) = fast_ron::from_str_at_depth(text, depth) {
        return Ok(v);
    }
    ron_options()
        .with_recursion_limit(MAX_RON_DEPTH - depth)
        .from_str(text)
}

/// `on_text` sees each node's text first; when it returns false the node is not
/// parsed (nor handed to `on_node`).
pub(crate) fn stream_scenario(
    path: &Path,
    on_node: &mut dyn FnMut(usize, Node),
    on_text: &mut dyn FnMut(&NodeText) -> bool,
    fallback: bool,
) -> Result<Scenario, Report> {
    let mut lx = Lexer {
        src: Src::open(path)?,
        word: Vec::new(),
    };
    let mut fed = 0usize;
    let outcome = read_scenario(
        &mut lx,
        path,
        &mut |i, n| {
            fed = i + 1;
            on_node(i, n)
        },
        on_text,
    );
    let stop = match outcome {
        Ok(Flow::Done(s)) => return Ok(*s),
        Ok(Flow::Failed(r)) => {
            // A parse error: unless the file turns out not to be UTF-8 further on.
            return Err(match lx.src.check_rest() {
                Ok(()) => r,
                Err(stop) => stop_report(path, stop),
            });
        }
        Ok(Flow::Unsure(mut u)) => {
            if u.try_ron && !u.complete {
                // A little more text after where the lexer stopped, so that `ron` sees
                // what follows the point it stops at too (`/` then a space is an
                // unexpected space, not the end of the file).
                lx.src.capturing = true;
                for n in 0.. {
                    // Up to a character boundary past 4 KiB.
                    if n >= 4096 && !matches!(lx.src.peek(), Ok(Some(c)) if c & 0xC0 == 0x80) {
                        break;
                    }
                    match lx.src.next() {
                        Ok(Some(_)) => {}
                        Ok(None) => {
                            u.complete = true;
                            break;
                        }
                        Err(_) => break,
                    }
                }
                u.end = (lx.src.line, lx.src.col);
            }
            if let Err(stop) = lx.src.check_rest() {
                return Err(stop_report(path, stop));
            }
            if fallback && std::fs::metadata(path).is_ok_and(|m| m.len() <= MAX_FILE_BYTES) {
                // Small enough to read whole: the whole-file reader words the error
                // (or, should it read the file after all, the nodes not yet handed
                // over are handed over now).
                let text = files::read_text(path)?;
                let src = files::Source::new(path, text);
                let mut s: Scenario = files::parse_ron(&src)?;
                for (i, n) in std::mem::take(&mut s.nodes)
                    .into_iter()
                    .enumerate()
                    .skip(fed)
                {
                    on_node(i, n);
                }
                return Ok(s);
            }
            // Too large to read whole: the text read so far often shows `ron`'s own
            // error for it; else say what the streaming reader could not follow.
            if u.try_ron
                && let Some(r) = prefix_error(path, &lx.src.cap, u.end, u.complete)
            {
                return Err(r);
            }
            return Err(Report::error(path, u.line, u.col, u.message));
        }
        Err(stop) => stop,
    };
    Err(stop_report(path, stop))
}

enum Flow {
    Done(Box<Scenario>),
    /// A located parse error.
    Failed(Report),
    /// The lexer could not follow the file (see [`Unsure`]).
    Unsure(Unsure),
}

/// The header text read so far (everything before the node list), parsed on its own:
/// `ron` reads a file from the start, so an error it finds before the end of that text
/// is the error the whole file has there. `complete` says the text is the whole file.
fn prefix_error(path: &Path, prefix: &[u8], end: (usize, usize), complete: bool) -> Option<Report> {
    let text = std::str::from_utf8(prefix).ok()?;
    let e = ron_options().from_str::<Scenario>(text).err()?;
    let pos = ron_pos(&e);
    (complete || pos < end).then(|| Report::error(path, pos.0, pos.1, describe_ron_error(&e.code)))
}

fn read_scenario(
    lx: &mut Lexer,
    path: &Path,
    on_node: &mut dyn FnMut(usize, Node),
    on_text: &mut dyn FnMut(&NodeText) -> bool,
) -> Result<Flow, Stop> {
    let unsure = |lx: &Lexer, message: &str| -> Result<Flow, Stop> {
        // Where the lexer stopped: just after the token it could not follow.
        Ok(Flow::Unsure(Unsure {
            line: lx.src.line,
            col: lx.src.col.saturating_sub(1).max(1),
            message: message.to_string(),
            try_ron: !message.contains("attributes"),
            end: (lx.src.line, lx.src.col),
            complete: lx.src.done,
        }))
    };
    // Phase 1: the header up to `nodes: [`, kept as it is.
    lx.src.capturing = true;
    match lx.significant()? {
        Some(Tok::Hash) => {
            return unsure(
                lx,
                "`#![enable(…)]` attributes are not read in streamed files; remove them",
            );
        }
        Some(Tok::Word) if lx.word == b"Scenario" => {
            if lx.significant()? != Some(Tok::Open(b'(')) {
                return unsure(lx, "expected `Scenario(` at the start of the file");
            }
        }
        Some(Tok::Open(b'(')) => {}
        _ => return unsure(lx, "expected `Scenario(` at the start of the file"),
    }
    let mut depth = 1usize;
    let mut expect_key = true;
    loop {
        if lx.src.cap.len() > CAP_BYTES {
            return unsure(
                lx,
                &format!("no `nodes: [` list in the first {MAX_FILE_BYTES} bytes of the scenario"),
            );
        }
        let Some(tok) = lx.token()? else {
            return unsure(lx, "the file ends before the scenario's `nodes: [` list");
        };
        match tok {
            Tok::Space => continue,
            Tok::Unterminated => {
                return unsure(lx, "the file ends inside a string or comment");
            }
            Tok::Open(_) => depth += 1,
            Tok::Close(_) => {
                depth -= 1;
                if depth == 0 {
                    return unsure(lx, "the scenario has no `nodes: [` list");
                }
            }
            Tok::Comma if depth == 1 => {
                expect_key = true;
                continue;
            }
            Tok::Word if depth == 1 && expect_key && lx.word == b"nodes" => {
                if lx.significant()? != Some(Tok::Colon)
                    || lx.significant()? != Some(Tok::Open(b'['))
                {
                    return unsure(lx, "expected `nodes: [` (the scenario's list of nodes)");
                }
                break;
            }
            _ => {}
        }
        if depth == 1 {
            expect_key = false;
        }
    }
    let mut header = std::mem::take(&mut lx.src.cap);
    let open = (lx.src.line, lx.src.col);

    // Phase 2: the elements of the list, one at a time.
    let mut node = NodeText::default();
    let mut index = 0usize;
    let closer = loop {
        node.index = index;
        node.line = lx.src.line;
        node.col = lx.src.col;
        node.offset = lx.src.offset;
        let start = (node.line, node.col);
        lx.src.cap.clear();
        lx.src.cap.push(b'[');
        let mut depth = 0usize;
        let mut significant = false;
        let too_big = || {
            Flow::Failed(Report::error(
                path,
                start.0,
                start.1,
                format!(
                    "node {index} of the list is over {MAX_FILE_BYTES} bytes; expected a node of reasonable size (an unclosed `(`, `[` or string?)"
                ),
            ))
        };
        let term = loop {
            let fast = lx.fast_element(&mut depth, &mut significant)?;
            if lx.src.cap.len() > CAP_BYTES {
                return Ok(too_big());
            }
            if let Some(t) = fast {
                break Some(t);
            }
            let tok = match lx.token()? {
                None | Some(Tok::Unterminated) => None,
                Some(t) => Some(t),
            };
            if lx.src.cap.len() > CAP_BYTES {
                return Ok(too_big());
            }
            match tok {
                None => break None,
                Some(Tok::Space) => continue,
                Some(Tok::Open(_)) => depth += 1,
                Some(Tok::Close(c)) if depth == 0 => break Some(c),
                Some(Tok::Close(_)) => depth -= 1,
                Some(Tok::Comma) if depth == 0 => break Some(b','),
                Some(_) => {}
            }
            significant = true;
        };
        let fail = |e: ron::error::SpannedError| -> Flow {
            // `ron` reads the file in order: an error in the header before the list
            // comes before any error in it.
            if let Some(r) = {
                let mut prefix = header.clone();
                prefix.extend_from_slice(b"])");
                prefix_error(path, &prefix, open, false)
            } {
                return Flow::Failed(r);
            }
            let (line, col) = elem_pos(start, ron_pos(&e));
            Flow::Failed(Report::error(path, line, col, describe_ron_error(&e.code)))
        };
        let wrapped_list = |lx: &mut Lexer, extra: &[u8]| -> Result<Vec<Node>, Flow> {
            // The element as `ron` sees it in the file: after a `[` (or a `,`, which it
            // reads alike), followed by what follows it there.
            let mut text = std::mem::take(&mut lx.src.cap);
            text.extend_from_slice(extra);
            let Ok(s) = std::str::from_utf8(&text) else {
                return Err(Flow::Failed(Report::error(
                    path,
                    start.0,
                    start.1,
                    "file is not valid UTF-8; expected UTF-8 text",
                )));
            };
            let r = ron_options()
                .with_recursion_limit(MAX_RON_DEPTH - (NODE_DEPTH - 1))
                .from_str::<Vec<Node>>(s);
            lx.src.cap = text;
            r.map_err(fail)
        };
        let Some(term) = term else {
            // The file ends inside the list: `ron` says where.
            lx.src.capturing = false;
            match wrapped_list(lx, b"") {
                Err(flow) => return Ok(flow),
                Ok(_) => {
                    let eof = (lx.src.line, lx.src.col);
                    return Ok(Flow::Failed(Report::error(
                        path,
                        eof.0,
                        eof.1,
                        describe_ron_error(&ron::Error::Eof),
                    )));
                }
            }
        };
        if term != b',' && term != b']' {
            // The list is closed by `)` or `}`: an error after this element.
            lx.src.capturing = false;
            let flow = match wrapped_list(lx, b"") {
                Err(flow) => flow,
                Ok(_) => Flow::Unsure(Unsure {
                    line: lx.src.line,
                    col: lx.src.col.saturating_sub(1).max(1),
                    message: "expected `]` at the end of the node list".to_string(),
                    try_ron: false,
                    end: (lx.src.line, lx.src.col),
                    complete: false,
                }),
            };
            return Ok(flow);
        }
        if !significant {
            if term == b']' {
                // An empty list, or a comma after the last node.
                break term;
            }
            // `[,` or `,,`: `ron` words it.
            match wrapped_list(lx, b"]") {
                Err(flow) => return Ok(flow),
                Ok(nodes) => {
                    for n in nodes {
                        on_node(index, n);
                        index += 1;
                    }
                    continue;
                }
            }
        }
        // The element's text, without the `[` in front and its terminator.
        let body = &lx.src.cap[1..lx.src.cap.len() - 1];
        node.text.clear();
        match std::str::from_utf8(body) {
            Ok(s) => node.text.push_str(s),
            Err(_) => {
                return Ok(Flow::Failed(Report::error(
                    path,
                    start.0,
                    start.1,
                    "file is not valid UTF-8; expected UTF-8 text",
                )));
            }
        }
        if !on_text(&node) {
            index += 1;
        } else if let Ok(n) = fast_ron::from_str_at_depth::<Node>(&node.text, NODE_DEPTH) {
            on_node(index, n);
            index += 1;
        } else {
            let extra: &[u8] = if term == b',' { b"]" } else { b"" };
            match wrapped_list(lx, extra) {
                Err(flow) => return Ok(flow),
                Ok(nodes) => {
                    for n in nodes {
                        on_node(index, n);
                        index += 1;
                    }
                }
            }
        }
        if term == b']' {
            break term;
        }
    };

    // Phase 3: the rest of the file, from the list's `]`, completes the header.
    let close = (lx.src.line, lx.src.col - 1);
    let cut = Cut { open, close };
    header.push(closer);
    lx.src.cap = header;
    lx.src.capturing = true;
    while lx.src.next()?.is_some() {
        if lx.src.cap.len() > CAP_BYTES {
            return Ok(Flow::Failed(Report::error(
                path,
                close.0,
                close.1,
                format!(
                    "the scenario's fields after its node list are over {MAX_FILE_BYTES} bytes; expected a few lines"
                ),
            )));
        }
    }
    lx.src.capturing = false;
    let header = std::mem::take(&mut lx.src.cap);
    let Ok(text) = std::str::from_utf8(&header) else {
        return Ok(Flow::Failed(Report::error(
            path,
            1,
            1,
            "file is not valid UTF-8; expected UTF-8 text",
        )));
    };
    match parse_part::<Scenario>(text, 0) {
        Ok(s) => Ok(Flow::Done(Box::new(s))),
        Err(e) => {
            let (line, col) = cut.map(ron_pos(&e));
            Ok(Flow::Failed(Report::error(
                path,
                line,
                col,
                describe_ron_error(&e.code),
            )))
        }
    }
}

// ---------------------------------------------------------------------------------
// Fluent files.

/// Streams `path` (plain Fluent) and calls `on_message(key, &attrs)` for each message
/// in order, with its attribute names.
///
/// Returns `Ok(true)` if the file was plain (see [`super::locale::scan_plain`]) and
/// was fully read this way, `Ok(false)` if it has anything `scan_plain` refuses (the
/// caller then falls back to the full parser, and forgets the messages it was given
/// so far), `Err` on IO or UTF-8 errors (a located report, worded as
/// [`files::read_text`] words them).
pub fn ftl_messages(
    path: &Path,
    on_message: &mut dyn FnMut(&str, &[&str]),
) -> Result<bool, Report> {
    let mut src = Src::open(path)?;
    let mut line: Vec<u8> = Vec::new();
    // The open message: its id and attribute names, handed over when the next message
    // starts or the file ends (a message's attributes follow it).
    let mut id = String::new();
    let mut attrs = String::new();
    let mut attr_ends: Vec<usize> = Vec::new();
    let mut have = false;
    fn flush(id: &str, attrs: &str, ends: &[usize], on: &mut dyn FnMut(&str, &[&str])) {
        let mut names: Vec<&str> = Vec::with_capacity(ends.len());
        let mut from = 0;
        for &to in ends {
            names.push(&attrs[from..to]);
            from = to;
        }
        on(id, &names);
    }
    let mut open = false;
    let mut first = true;
    loop {
        // One line, without its `\n`.
        line.clear();
        let at_end = {
            // The line's bytes, a buffer at a time.
            let mut ended = true;
            loop {
                if src.pos == src.valid && !src.refill().map_err(|e| stop_report(path, e))? {
                    break;
                }
                let chunk = &src.buf[src.pos..src.valid];
                match memchr::memchr(b'\n', chunk) {
                    Some(i) => {
                        line.extend_from_slice(&chunk[..i]);
                        src.bulk_line(i + 1);
                        ended = false;
                        break;
                    }
                    None => {
                        let n = chunk.len();
                        line.extend_from_slice(chunk);
                        src.bulk(n);
                    }
                }
            }
            ended
        };
        if first && line.starts_with("\u{feff}".as_bytes()) {
            return Ok(false);
        }
        first = false;
        if has_refused_byte(&line) {
            return Ok(false);
        }
        // The source checked UTF-8 as it read; `plain_line` takes only ASCII names
        // out of the line as text.
        match plain_line(&line, &mut open) {
            None => return Ok(false),
            Some(PlainLine::Message(m)) => {
                if have {
                    flush(&id, &attrs, &attr_ends, on_message);
                }
                id.clear();
                id.push_str(m);
                attrs.clear();
                attr_ends.clear();
                have = true;
            }
            Some(PlainLine::Attr(a)) => {
                attrs.push_str(a);
                attr_ends.push(attrs.len());
            }
            Some(PlainLine::Other) => {}
        }
        if at_end {
            break;
        }
    }
    if have {
        flush(&id, &attrs, &attr_ends, on_message);
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use rand::{RngExt, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    use super::*;
    use crate::locale::scan_plain;
    use crate::synth::synth;

    fn root() -> PathBuf {
        // The repository: this crate lives at crates/touchpoint-content.
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .nth(2)
            .expect("the repository")
            .to_path_buf()
    }

    /// The whole-file reader: the reference.
    fn normal(path: &Path) -> Result<Scenario, Report> {
        let text = files::read_text(path)?;
        files::parse_ron(&files::Source::new(path, text))
    }

    /// The streaming reader's header and nodes.
    fn streamed(path: &Path, fallback: bool) -> (Result<Scenario, Report>, Vec<Node>) {
        let mut nodes = Vec::new();
        let mut expect = 0;
        let r = stream_scenario(
            path,
            &mut |i, n| {
                assert_eq!(i, expect, "nodes are handed over in order");
                expect += 1;
                nodes.push(n);
            },
            &mut |_| true,
            fallback,
        );
        (r, nodes)
    }

    /// Debug texts of a scenario's header (nodes cleared) and of its nodes.
    fn shown(mut s: Scenario) -> (String, String) {
        let nodes = std::mem::take(&mut s.nodes);
        (format!("{s:?}"), format!("{nodes:?}"))
    }

    fn assert_same(path: &Path) {
        let want = normal(path).expect("the reference reads it");
        for fallback in [true, false] {
            let (got, nodes) = streamed(path, fallback);
            let got = got.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert!(got.nodes.is_empty());
            let (header, _) = shown(got);
            let (want_header, want_nodes) = shown(want.clone());
            assert_eq!(header, want_header, "{}", path.display());
            assert_eq!(format!("{nodes:?}"), want_nodes, "{}", path.display());
        }
        // The header alone, and the nodes' texts: each parses to its node, and
        // starts where the whole-file span index says the node starts.
        let (header, _) = shown(scenario_header(path).expect("header"));
        let (want_header, _) = shown(want.clone());
        assert_eq!(header, want_header, "{}", path.display());
        let text = std::fs::read_to_string(path).unwrap();
        let spans = crate::ron_spans::SpanIndex::build(&text);
        let mut texts = Vec::new();
        node_texts(path, &mut |t| texts.push(t.clone())).unwrap();
        assert_eq!(texts.len(), want.nodes.len(), "{}", path.display());
        for (t, n) in texts.iter().zip(&want.nodes) {
            let parsed: Node = crate::fast_ron::from_str(&t.text)
                .or_else(|_| ron_options().from_str(&t.text))
                .unwrap_or_else(|e| panic!("{}: node {}: {e}", path.display(), t.index));
            assert_eq!(format!("{parsed:?}"), format!("{n:?}"));
            // The span index points at the node's `(`; the text may start with
            // whitespace or comments before it.
            let at = spans.locate(&text, &format!("nodes[{}]", t.index));
            let lead = t.text.len() - t.text.trim_start().len();
            let lead_text = &t.text[..lead];
            let (line, col) = match lead_text.rfind('\n') {
                Some(nl) => (
                    t.line + lead_text.matches('\n').count(),
                    lead_text[nl + 1..].chars().count() + 1,
                ),
                None => (t.line, t.col + lead_text.chars().count()),
            };
            if t.text.trim_start().starts_with('(') {
                assert_eq!(
                    (at.line, at.col),
                    (line, col),
                    "{} node {}",
                    path.display(),
                    t.index
                );
            }
        }
    }

    fn shipped_scenarios() -> Vec<PathBuf> {
        let mut out = files::scenario_files(&[root().join("scenarios")]);
        out.retain(|p| normal(p).is_ok());
        out
    }

    #[test]
    fn shipped_scenarios_read_the_same() {
        let files = shipped_scenarios();
        assert!(files.len() >= 10, "found {files:?}");
        for p in &files {
            assert_same(p);
        }
    }

    #[test]
    fn synthetic_scenarios_read_the_same() {
        let dir = tempfile::tempdir().unwrap();
        for seed in [1, 2, 3] {
            let s = synth(5000, seed);
            let path = dir.path().join(format!("synth_{seed}.ron"));
            std::fs::write(&path, &s.ron).unwrap();
            assert_same(&path);
        }
    }

    #[test]
    fn odd_but_valid_layouts_read_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let base = std::fs::read_to_string(root().join("scenarios/hall_peak_queue.ron")).unwrap();
        let variants = [
            // Anonymous struct, comments around and inside the list, a trailing comma.
            base.replacen("Scenario(", "/* a /* nested */ comment */ (", 1),
            base.replacen("nodes:", "nodes /* here */ : // there\n", 1),
            // Nothing after the list but the closing parenthesis, no trailing newline.
            base.trim_end().to_string(),
            // Brackets and commas inside strings, raw strings and characters.
            base.replacen("nodes:", "case: Some(r#\"a \"]\", ( [\"#), nodes:", 1),
        ];
        for (i, text) in variants.iter().enumerate() {
            let path = dir.path().join(format!("v{i}.ron"));
            std::fs::write(&path, text).unwrap();
            if normal(&path).is_ok() {
                assert_same(&path);
            }
        }
    }

    #[test]
    fn attributes_and_missing_lists_fall_back_or_report() {
        let dir = tempfile::tempdir().unwrap();
        let base = std::fs::read_to_string(root().join("scenarios/hall_peak_queue.ron")).unwrap();
        let with_attr = format!("#![enable(implicit_some)]\n{base}");
        let path = dir.path().join("attr.ron");
        std::fs::write(&path, &with_attr).unwrap();
        // Small: read whole, the same as the reference.
        let (got, nodes) = streamed(&path, true);
        let want = normal(&path).unwrap();
        assert_eq!(nodes.len(), want.nodes.len());
        assert!(got.is_ok());
        // Without the fallback: a located error, never a panic.
        let (got, _) = streamed(&path, false);
        let e = got.unwrap_err();
        assert_eq!((e.line, e.col), (1, 1), "{e}");
    }

    /// A few hundred seeded byte-level mutations of shipped scenarios.
    ///
    /// Both readers must succeed or fail together, and agree when they succeed. When
    /// they fail, the streaming reader (with and without its whole-file fallback)
    /// reports the same line, column and words. (Without the fallback, one class
    /// could differ in theory, and none of these mutants hits it: a file the lexer
    /// cannot follow before the node list, such as one with no `Scenario(` or no
    /// `nodes` field, whose `ron` error lies more than 4 KiB past where the lexer
    /// stopped; that gets the streaming reader's own message at the lexer's position.)
    #[test]
    fn mutations_fail_alike() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let dir = tempfile::tempdir().unwrap();
        let sources: Vec<Vec<u8>> = ["hall_peak_queue.ron", "survey_callback.ron"]
            .iter()
            .map(|n| std::fs::read(root().join("scenarios").join(n)).unwrap())
            .collect();
        let inserts: [&[u8]; 13] = [
            b"(", b")", b"[", b"]", b"{", b"}", b"\"", b",", b"/*", b"//", b"'", b"r#\"", b"\xff",
        ];
        let (mut failed, mut total) = (0, 0);
        for k in 0..400 {
            let base = &sources[k % sources.len()];
            let mut text = base.clone();
            let at = rng.random_range(0..text.len());
            match rng.random_range(0..4) {
                0 => {
                    // Delete one structural byte near `at`.
                    if let Some(p) = text[at..].iter().position(|c| b"()[]{}\",/'".contains(c)) {
                        text.remove(at + p);
                    }
                }
                1 | 2 => {
                    let ins = inserts[rng.random_range(0..inserts.len())];
                    text.splice(at..at, ins.iter().copied());
                }
                _ => text.truncate(at),
            }
            let path = dir.path().join(format!("m{k}.ron"));
            std::fs::write(&path, &text).unwrap();
            let want = normal(&path);
            total += 1;
            for fallback in [true, false] {
                let (got, nodes) = streamed(&path, fallback);
                match (&want, got) {
                    (Ok(w), Ok(g)) => {
                        let (wh, wn) = shown(w.clone());
                        assert_eq!(shown(g).0, wh, "mutant {k}");
                        assert_eq!(format!("{nodes:?}"), wn, "mutant {k}");
                    }
                    (Err(w), Err(g)) => {
                        if fallback {
                            failed += 1;
                        }
                        assert_eq!(g.line, w.line, "mutant {k} fallback {fallback}: {g} vs {w}");
                        assert_eq!(g.col, w.col, "mutant {k} fallback {fallback}: {g} vs {w}");
                        assert_eq!(g.message, w.message, "mutant {k}: {g} vs {w}");
                    }
                    (w, g) => panic!(
                        "mutant {k} fallback {fallback}: reference {:?}, streamed {:?}",
                        w.as_ref().map(|_| "ok"),
                        g.map(|_| "ok")
                    ),
                }
            }
        }
        // Most mutants break the file; some (in comments and strings) do not.
        assert!(failed > total / 3, "{failed} of {total}");
    }

    /// Messages and their attribute names, in file order.
    type Keys = Vec<(String, Vec<String>)>;

    fn ftl_keys(path: &Path) -> Result<Option<Keys>, Report> {
        let mut out = Vec::new();
        let plain = ftl_messages(path, &mut |id, attrs| {
            out.push((
                id.to_string(),
                attrs.iter().map(|a| a.to_string()).collect(),
            ));
        })?;
        Ok(plain.then_some(out))
    }

    /// The whole-file reading: `read_text` (which drops a byte-order mark), then
    /// the line scan.
    fn scan_keys(text: &str) -> Option<Keys> {
        let text = text.strip_prefix(files::BOM).unwrap_or(text);
        let keys = scan_plain("en-US", "x.ftl", text)?;
        Some(
            keys.iter()
                .map(|(id, attrs)| (id.to_string(), attrs.map(str::to_string).collect()))
                .collect(),
        )
    }

    fn assert_ftl_same(path: &Path, text: &str) {
        assert_eq!(
            ftl_keys(path).unwrap(),
            scan_keys(text),
            "{}",
            path.display()
        );
    }

    #[test]
    fn ftl_files_read_the_same() {
        let mut paths = Vec::new();
        files::walk(
            &root().join("locales"),
            &|p| p.extension().is_some_and(|e| e == "ftl"),
            &mut paths,
        );
        assert!(paths.len() >= 20);
        let mut plain = 0;
        for p in &paths {
            let text = std::fs::read_to_string(p).unwrap();
            plain += usize::from(scan_keys(&text).is_some());
            assert_ftl_same(p, &text);
        }
        // Encounter files are plain; the program's own strings are not.
        assert!(plain > 0 && plain < paths.len(), "{plain}");
        let dir = tempfile::tempdir().unwrap();
        for seed in [1, 2] {
            let s = synth(2000, seed);
            for (name, text) in [("en", &s.en), ("zh", &s.zh)] {
                let path = dir.path().join(format!("{name}{seed}.ftl"));
                std::fs::write(&path, text).unwrap();
                assert!(scan_keys(text).is_some());
                assert_ftl_same(&path, text);
            }
        }
    }

    #[test]
    fn ftl_mutations_read_the_same() {
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        let dir = tempfile::tempdir().unwrap();
        let base =
            std::fs::read_to_string(root().join("locales/en-US/hall_peak_queue.ftl")).unwrap();
        let inserts = [
            "{",
            "}",
            "\t",
            "\r",
            " ",
            ".",
            "#",
            "##",
            "####",
            "=",
            "\n",
            "-",
            "*",
            "[",
            "\u{feff}",
            "\n ",
            "\n.a = b",
            "\n x",
            "\nid",
            "\nid =",
            "\n    .why = x",
        ];
        let mut refused = 0;
        for k in 0..300 {
            let mut text = base.clone();
            let at = text.floor_char_boundary(rng.random_range(0..=text.len()));
            match rng.random_range(0..3) {
                0 => {
                    let end = text.ceil_char_boundary(at + 1).min(text.len());
                    text.replace_range(at..end, "");
                }
                1 => text.insert_str(at, inserts[rng.random_range(0..inserts.len())]),
                _ => text.insert_str(0, inserts[rng.random_range(0..inserts.len())]),
            }
            let path = dir.path().join(format!("m{k}.ftl"));
            std::fs::write(&path, &text).unwrap();
            refused += usize::from(scan_keys(&text).is_none());
            assert_ftl_same(&path, &text);
        }
        assert!(refused > 20 && refused < 280, "{refused}");
    }

    #[test]
    fn ftl_utf8_errors_are_located_as_read_text_locates_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.ftl");
        std::fs::write(&path, b"a = b\nc = \xc3\xa9\xff\n").unwrap();
        let want = files::read_text(&path).unwrap_err();
        let got = ftl_keys(&path).unwrap_err();
        assert_eq!(got, want);
        // A file that ends inside a character.
        std::fs::write(&path, b"a = b\xc3").unwrap();
        assert_eq!(
            ftl_keys(&path).unwrap_err(),
            files::read_text(&path).unwrap_err()
        );
    }

    /// `cargo test --release --lib stream -- --ignored --nocapture`: times a 200,000-node
    /// synthetic encounter, or the file in `TOUCHPOINT_STREAM_FILE` (say, one written
    /// by `touchpoint gen --nodes 1000000`) with its Fluent files next to it.
    #[test]
    #[ignore]
    fn stream_timing() {
        let dir = tempfile::tempdir().unwrap();
        let path = match std::env::var_os("TOUCHPOINT_STREAM_FILE") {
            Some(p) => PathBuf::from(p),
            None => {
                let s = synth(200_000, 1);
                let p = dir.path().join("big.ron");
                std::fs::write(&p, &s.ron).unwrap();
                p
            }
        };
        let t = std::time::Instant::now();
        let mut count = 0usize;
        let mut choices = 0usize;
        let header = scenario_nodes(&path, &mut |_, n| {
            count += 1;
            choices += n.choices.len();
        })
        .unwrap_or_else(|e| panic!("{e}"));
        println!(
            "scenario_nodes: {} nodes ({choices} choices) of {} in {:?}",
            count,
            header.id,
            t.elapsed()
        );
        // The Fluent files of a `touchpoint gen` folder, if there.
        if let Some(root) = path.parent().and_then(Path::parent) {
            for locale in ["en-US", "zh-CN"] {
                let ftl = root
                    .join("locales")
                    .join(locale)
                    .join(format!("{}.ftl", header.id));
                if ftl.is_file() {
                    let t = std::time::Instant::now();
                    let mut messages = 0usize;
                    let plain = ftl_messages(&ftl, &mut |_, _| messages += 1).unwrap();
                    println!(
                        "ftl_messages {locale}: {messages} messages (plain: {plain}) in {:?}",
                        t.elapsed()
                    );
                }
            }
        }
    }
}
