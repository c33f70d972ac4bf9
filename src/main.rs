fn main() {
    std::process::exit(touchpoint::cli::run());
}
