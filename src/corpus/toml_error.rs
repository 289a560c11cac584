//! TOML errors in one line, for the data tables users may edit (topics, clause catalogue).

/// "line 3: missing field `label`"
pub fn toml_error(source: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let line = source[..span.start.min(source.len())].matches('\n').count() + 1;
            format!("line {line}: {message}")
        }
        None => message,
    }
}
