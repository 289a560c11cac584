//! Prints the clauses found in each policy of a folder.
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    let corpus = policytui::corpus::load_dir(std::path::Path::new(&dir)).unwrap();
    for p in &corpus.policies {
        println!("== {}", p.company);
        for m in policytui::clauses::Detector::builtin().detect_policy(p) {
            let q: String = p.text[m.span()].chars().take(110).collect();
            println!(
                "  {} {:<22} [{}] {}",
                m.valence.mark(),
                m.kind,
                m.trigger,
                q
            );
        }
    }
}
