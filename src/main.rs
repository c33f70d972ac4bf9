// mimalloc: loading a large encounter makes hundreds of thousands of small
// allocations, and the system allocator spends a fifth of the time on them.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(touchpoint::cli::run());
}
