//! Maps paths into a RON document (`nodes[2].choices[0].goto`) to line and column.
//!
//! ron reports syntax and type errors with a position, but meaning errors found by
//! the validator only know the path of the element. This walks the same text with a
//! small tolerant scanner and records where every value starts.

use std::collections::HashMap;

/// 1-based line and column (column counted in chars), like ron's own positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

pub struct SpanIndex {
    starts: HashMap<String, usize>,
    line_starts: Vec<usize>,
    text_len: usize,
}

const MAX_DEPTH: usize = 256;

impl SpanIndex {
    pub fn build(text: &str) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        let mut w = Walker {
            s: text.as_bytes(),
            i: 0,
            starts: HashMap::new(),
        };
        w.skip_ws();
        // Leading `#![enable(...)]` attributes.
        while w.peek() == Some(b'#') {
            while let Some(c) = w.peek() {
                w.i += 1;
                if c == b']' {
                    break;
                }
            }
            w.skip_ws();
        }
        w.value(String::new(), 0);
        SpanIndex {
            starts: w.starts,
            line_starts,
            text_len: text.len(),
        }
    }

    /// Position of the element at `path`, or of its closest recorded ancestor.
    pub fn locate(&self, text: &str, path: &str) -> Pos {
        let mut p = path.to_string();
        loop {
            if let Some(&off) = self.starts.get(&p) {
                return self.pos(text, off);
            }
            match p.rfind(['.', '[']) {
                Some(cut) => p.truncate(cut),
                None => break,
            }
        }
        self.starts
            .get("")
            .map(|&o| self.pos(text, o))
            .unwrap_or(Pos { line: 1, col: 1 })
    }

    pub fn pos(&self, text: &str, offset: usize) -> Pos {
        let offset = offset.min(self.text_len);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        let start = self.line_starts[line];
        let col = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        Pos {
            line: line + 1,
            col,
        }
    }
}

/// Byte offset of a 1-based line and char column.
pub fn offset_of(text: &str, pos: Pos) -> usize {
    let mut off = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == pos.line {
            return off
                + line
                    .char_indices()
                    .nth(pos.col.saturating_sub(1))
                    .map(|(b, _)| b)
                    .unwrap_or(line.len());
        }
        off += line.len();
    }
    text.len()
}

struct Walker<'a> {
    s: &'a [u8],
    i: usize,
    starts: HashMap<String, usize>,
}

impl Walker<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_whitespace() => self.i += 1,
                Some(b'/') if self.s.get(self.i + 1) == Some(&b'/') => {
                    while let Some(c) = self.peek() {
                        if c == b'\n' {
                            break;
                        }
                        self.i += 1;
                    }
                }
                Some(b'/') if self.s.get(self.i + 1) == Some(&b'*') => {
                    self.i += 2;
                    let mut depth = 1;
                    while depth > 0 && self.i < self.s.len() {
                        if self.s[self.i..].starts_with(b"/*") {
                            depth += 1;
                            self.i += 2;
                        } else if self.s[self.i..].starts_with(b"*/") {
                            depth -= 1;
                            self.i += 2;
                        } else {
                            self.i += 1;
                        }
                    }
                }
                _ => break,
            }
        }
    }

    fn ident(&mut self) -> Option<&str> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
                self.i += 1;
            } else {
                break;
            }
        }
        if self.i > start {
            std::str::from_utf8(&self.s[start..self.i]).ok()
        } else {
            None
        }
    }

    fn string(&mut self) {
        // At `"`.
        self.i += 1;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                b'\\' => self.i += 1,
                b'"' => return,
                _ => {}
            }
        }
    }

    fn raw_string(&mut self) {
        // At `r`, followed by `#`* and `"`.
        self.i += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.i += 1;
        }
        self.i += 1;
        while self.i < self.s.len() {
            if self.s[self.i] == b'"'
                && self.s[self.i + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&c| c == b'#')
                    .count()
                    == hashes
            {
                self.i += 1 + hashes;
                return;
            }
            self.i += 1;
        }
    }

    fn value(&mut self, path: String, depth: usize) {
        self.skip_ws();
        self.starts.entry(path.clone()).or_insert(self.i);
        if depth > MAX_DEPTH {
            return;
        }
        match self.peek() {
            Some(b'"') => self.string(),
            Some(b'r') if matches!(self.s.get(self.i + 1), Some(b'#') | Some(b'"')) => {
                self.raw_string()
            }
            Some(b'\'') => {
                self.i += 1;
                while let Some(c) = self.peek() {
                    self.i += 1;
                    match c {
                        b'\\' => self.i += 1,
                        b'\'' => break,
                        _ => {}
                    }
                }
            }
            Some(b'(') => self.paren(&path, depth),
            Some(b'[') => self.seq(&path, b']', depth),
            Some(b'{') => self.map(&path, depth),
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                self.ident();
                self.skip_ws();
                if self.peek() == Some(b'(') {
                    self.paren(&path, depth);
                }
            }
            Some(_) => {
                // Number or something ron will complain about: consume a token.
                while let Some(c) = self.peek() {
                    if c.is_ascii_whitespace() || b",)]}:".contains(&c) {
                        break;
                    }
                    self.i += 1;
                }
            }
            None => {}
        }
    }

    fn paren(&mut self, path: &str, depth: usize) {
        // At `(`: either named fields `name: value` or positional values.
        self.i += 1;
        let mut pos = 0;
        loop {
            self.skip_ws();
            match self.peek() {
                None => return,
                Some(b')') => {
                    self.i += 1;
                    return;
                }
                Some(b',') => {
                    self.i += 1;
                    continue;
                }
                _ => {}
            }
            let save = self.i;
            let named = match self.ident() {
                Some(name) => {
                    let name = name.to_string();
                    self.skip_ws();
                    if self.peek() == Some(b':') {
                        self.i += 1;
                        let child = if path.is_empty() {
                            name.clone()
                        } else {
                            format!("{path}.{name}")
                        };
                        self.starts.entry(format!("{child}#field")).or_insert(save);
                        self.value(child, depth + 1);
                        true
                    } else {
                        self.i = save;
                        false
                    }
                }
                None => false,
            };
            if !named {
                let before = self.i;
                self.value(format!("{path}[{pos}]"), depth + 1);
                pos += 1;
                if self.i == before {
                    self.i += 1;
                }
            }
        }
    }

    fn seq(&mut self, path: &str, close: u8, depth: usize) {
        self.i += 1;
        let mut pos = 0;
        loop {
            self.skip_ws();
            match self.peek() {
                None => return,
                Some(c) if c == close => {
                    self.i += 1;
                    return;
                }
                Some(b',') => {
                    self.i += 1;
                    continue;
                }
                _ => {}
            }
            let before = self.i;
            self.value(format!("{path}[{pos}]"), depth + 1);
            pos += 1;
            if self.i == before {
                self.i += 1;
            }
        }
    }

    fn map(&mut self, path: &str, depth: usize) {
        self.i += 1;
        let mut pos = 0;
        loop {
            self.skip_ws();
            match self.peek() {
                None => return,
                Some(b'}') => {
                    self.i += 1;
                    return;
                }
                Some(b',') | Some(b':') => {
                    self.i += 1;
                    continue;
                }
                _ => {}
            }
            let before = self.i;
            self.value(format!("{path}{{{pos}}}"), depth + 1);
            pos += 1;
            if self.i == before {
                self.i += 1;
            }
        }
    }
}
