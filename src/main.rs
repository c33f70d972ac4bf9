// mimalloc: loading a large encounter makes hundreds of thousands of small
// allocations, and the system allocator spends a fifth of the time on them.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // A closed pipe (`touchpoint list | head -3`) ends the process quietly, as it
    // ends every Unix tool, instead of a panic at the next `println!`: Rust starts
    // with SIGPIPE ignored, so put back the default. Sockets are not concerned: the
    // standard library sends on them with MSG_NOSIGNAL. Whatever the process was
    // doing when killed is safe to cut short: result files are written atomically,
    // the store commits whole transactions, and a terminal attempt is journaled.
    #[cfg(unix)]
    // SAFETY: called first thing, before any thread exists; SIG_DFL is a valid handler.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    std::process::exit(touchpoint::cli::run());
}
