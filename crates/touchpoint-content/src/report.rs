//! Located problems, printed the way compilers print them: `file:line:col: error: ...`.

use std::fmt;
use std::path::{Path, PathBuf};

use touchpoint_engine::Severity;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub message: String,
    /// Another place the problem concerns (the node a goto is in, the first
    /// declaration of a repeated id), shown beside it in the rich form.
    pub related: Option<Box<Related>>,
}

/// A report's second location, with what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub label: String,
}

impl Report {
    pub fn warning(file: &Path, line: usize, col: usize, message: impl Into<String>) -> Self {
        Report {
            severity: Severity::Warning,
            ..Report::error(file, line, col, message)
        }
    }

    pub fn error(file: &Path, line: usize, col: usize, message: impl Into<String>) -> Self {
        Report {
            file: file.to_path_buf(),
            line,
            col,
            severity: Severity::Error,
            message: message.into(),
            related: None,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {sev}: {}",
            self.file.display(),
            self.line,
            self.col,
            self.message
        )
    }
}

/// Sorts reports by file and position and drops exact duplicates.
pub fn tidy(reports: &mut Vec<Report>) {
    reports.sort_by(|a, b| {
        (&a.file, a.line, a.col, a.severity).cmp(&(&b.file, b.line, b.col, b.severity))
    });
    reports.dedup();
}

/// Prints reports: one line each (`file:line:col: error: …`, for pipes, scripts and
/// `--format short`), or, rich, as rustc shows its errors: the message, then the
/// source line with a caret under the column, and the related location beside it.
pub struct Printer {
    rich: bool,
    color: bool,
    /// Files read for their lines (those a report names), `None` if unreadable.
    sources: std::collections::HashMap<PathBuf, Option<String>>,
}

impl Printer {
    pub fn new(rich: bool, color: bool) -> Self {
        Printer {
            rich,
            color,
            sources: std::collections::HashMap::new(),
        }
    }

    /// The form for a stream: rich when it is a terminal (colour too, unless
    /// `NO_COLOR` is set), else one line per report.
    pub fn for_stream(is_terminal: bool) -> Self {
        let color = is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        Printer::new(is_terminal, color)
    }

    /// Line `line` (from 1) of `file`, as the readers see it (no byte-order mark).
    fn line_of(&mut self, file: &Path, line: usize) -> Option<String> {
        let text = self
            .sources
            .entry(file.to_path_buf())
            .or_insert_with(|| {
                // Small enough to hold (the readers' own limit); larger files, and
                // files that cannot be read, get the one-line form.
                super::files::read_text(file).ok()
            })
            .as_deref()?;
        text.split('\n')
            .nth(line.checked_sub(1)?)
            .map(|l| l.trim_end_matches('\r').to_string())
    }

    /// One report, without a final newline.
    pub fn render(&mut self, r: &Report) -> String {
        if !self.rich {
            return r.to_string();
        }
        let Some(text) = self.line_of(&r.file, r.line) else {
            return r.to_string();
        };
        let related = r.related.as_deref().and_then(|rel| {
            let line = self.line_of(&rel.file, rel.line)?;
            Some((rel, line))
        });
        use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
        let level = match r.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let file = r.file.display().to_string();
        let mut group = level.primary_title(&r.message).element(
            Snippet::source(&text)
                .line_start(r.line)
                .path(&file)
                .annotation(AnnotationKind::Primary.span(token_at(&text, r.col))),
        );
        let rel_file = related
            .as_ref()
            .map(|(rel, _)| rel.file.display().to_string());
        if let (Some((rel, line)), Some(rel_file)) = (&related, &rel_file) {
            group = group.element(
                Snippet::source(line)
                    .line_start(rel.line)
                    .path(rel_file)
                    .annotation(
                        AnnotationKind::Context
                            .span(token_at(line, rel.col))
                            .label(&rel.label),
                    ),
            );
        }
        let renderer = if self.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        // A blank line after each, as rustc leaves one.
        format!("{}\n", renderer.render(&[group]))
    }
}

/// The byte range of the token at column `col` (in characters, from 1) of `line`: a
/// string with its quotes, or a run of letters, digits and `_`; one character else
/// (an empty range at the end of the line).
fn token_at(line: &str, col: usize) -> std::ops::Range<usize> {
    let start = line
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let len = match rest.chars().next() {
        None => 0,
        Some('"') => rest[1..].find('"').map_or(rest.len(), |k| k + 2),
        Some(c) if c.is_alphanumeric() || c == '_' => rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len()),
        Some(c) => c.len_utf8(),
    };
    start..start + len
}
