//! Located problems, printed the way compilers print them: `file:line:col: error: ...`.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::engine::Severity;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub message: String,
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
