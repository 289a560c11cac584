//! What the scoring examples share: printing that stops quietly when its reader goes, and
//! their arguments (`[FILE] [FILE] [--errors KIND]`).
#![allow(dead_code)]

/// Prints a line, or ends the program quietly once the reader has gone (`| head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout().lock(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

/// The command's arguments: the value of `--errors` (taken out), and the others in order.
pub fn args() -> (Option<String>, Vec<String>) {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().position(|a| a == "--errors").map(|i| {
        let kind = args.get(i + 1).cloned().unwrap_or_default();
        args.drain(i..(i + 2).min(args.len()));
        kind
    });
    (errors, args)
}

/// Positional argument `i`, or `default`.
pub fn arg_or(args: &[String], i: usize, default: &str) -> String {
    args.get(i).cloned().unwrap_or_else(|| default.into())
}
