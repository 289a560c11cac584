fn main() -> std::process::ExitCode {
    policytui::cli::run()
}
