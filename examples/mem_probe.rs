//! Resident memory of an opened index and of its latest-policy table (for scale work).
fn rss() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .filter(|l| l.starts_with("RssAnon") || l.starts_with("RssFile"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let index = std::env::args().nth(1).expect("usage: mem_probe INDEX");
    println!("start: {}", rss());
    let engine = policytui::search::Engine::open(std::path::Path::new(&index)).unwrap();
    println!("opened: {}", rss());
    let latest = engine.latest().unwrap();
    println!("latest ({}): {}", latest.len(), rss());
    let req = policytui::search::SearchRequest::new("\"will not sell\"", 50);
    let r = engine.search(&req).unwrap();
    println!("search ({} hits): {}", r.total_hits, rss());
}
