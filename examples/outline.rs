//! Prints how policytui reads files: company, domain, date, format and the section outline.
//! `cargo run --example outline -- FILE_OR_DIR...`
fn main() {
    for arg in std::env::args().skip(1) {
        let corpus = match policytui::corpus::load_dir(std::path::Path::new(&arg)) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{e}");
                continue;
            }
        };
        for w in &corpus.warnings {
            eprintln!("warning: {w}");
        }
        for p in &corpus.policies {
            println!(
                "== {} | id={} | company={:?} | domain={:?} | date={:?} | {} | latest={}",
                p.source_path, p.id, p.company, p.domain, p.archived, p.format, p.latest
            );
            for s in &p.sections {
                println!(
                    "   {}{} [{}] ({} bytes)",
                    "  ".repeat(s.level.saturating_sub(1) as usize),
                    s.display_heading(),
                    s.topic,
                    s.span.len()
                );
            }
        }
    }
}
