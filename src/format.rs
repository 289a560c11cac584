//! Numbers as people read them, the same in the browser and on the command line.

/// "1,234,567"
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "18.4 KB", "28.4 MB"
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KB", "MB", "GB"];
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// "1 hit", "2 hits"
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        thousands(n as u64),
        if n == 1 { one } else { many }
    )
}

/// "12 hits in 3 companies"; estimates from a sample read "≈ 250,000 hits in ≈ 71,000
/// companies".
pub fn hits_summary(r: &crate::search::SearchResults) -> String {
    let approx = if r.exact { "" } else { "≈ " };
    format!(
        "{approx}{} in {approx}{}",
        plural(r.total_hits, "hit", "hits"),
        plural(r.total_companies, "company", "companies")
    )
}

/// A company's hits as a result lists them: counted among the sampled matches when the result
/// is not `exact`, so at least that many (a company spread over the corpus has more).
pub fn company_hits(n: usize, exact: bool) -> String {
    let hits = plural(n, "hit", "hits");
    if exact { hits } else { format!("≥ {hits}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(18_441), "18.0 KB");
        assert_eq!(plural(1, "hit", "hits"), "1 hit");
        assert_eq!(plural(12, "hit", "hits"), "12 hits");
        assert_eq!(company_hits(3999, false), "≥ 3,999 hits");
        assert_eq!(company_hits(2, true), "2 hits");
    }
}
