//! Standard output for commands, checked: a write that fails (a full disk,
//! `> /dev/full`, a closed socket) ends the command with
//! `error: cannot write to standard output: …` and exit code 1, instead of the panic
//! of `println!` (exit 101) or output silently lost.
//!
//! Commands print with [`outln!`] and [`out!`] (drop-in for `println!` and `print!`),
//! or hand [`Stdout`] to code that takes a `&mut dyn Write`. [`finish`] flushes what
//! is still buffered (a last line without a newline) when the command returns.
//!
//! Ending the process at the failed write is safe for the same reason a closed pipe
//! (SIGPIPE, see `main.rs`) is: result files are written atomically, the store commits
//! whole transactions, an attempt in progress is journaled, and `new` writes its files
//! before it prints.

use std::io::Write;

/// This process's standard output; a failed write ends the process (see the module).
#[derive(Debug, Clone, Copy, Default)]
pub struct Stdout;

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match std::io::stdout().write(buf) {
            Ok(0) if !buf.is_empty() => fail(&std::io::Error::from(std::io::ErrorKind::WriteZero)),
            Err(e) if e.kind() != std::io::ErrorKind::Interrupted => fail(&e),
            r => r,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match std::io::stdout().flush() {
            Err(e) if e.kind() != std::io::ErrorKind::Interrupted => fail(&e),
            r => r,
        }
    }
}

/// Says that standard output cannot be written, and ends the process with 1.
fn fail(e: &std::io::Error) -> ! {
    eprintln!("error: cannot write to standard output: {e}");
    std::process::exit(1)
}

/// Flushes standard output (what a command printed without a final newline).
pub fn finish() {
    let _ = Stdout.flush();
}

/// `println!` to checked standard output.
macro_rules! outln {
    () => {{
        use std::io::Write as _;
        let _ = writeln!($crate::cli::out::Stdout);
    }};
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!($crate::cli::out::Stdout, $($arg)*);
    }};
}

/// `print!` to checked standard output.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!($crate::cli::out::Stdout, $($arg)*);
    }};
}

pub(crate) use {out, outln};
