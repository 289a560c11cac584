//! Bytes → text. Crawled policies come in every encoding and sometimes are not text at all; this
//! decides which, so a bad file costs one warning instead of the whole corpus.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};
use thiserror::Error;

/// Files above this size are skipped: no real privacy policy is this large, and reading one
/// would stall indexing for everyone else.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Why a file was not read as text.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum Rejection {
    #[error("empty file, skipped")]
    Empty,
    #[error("binary file ({0}), skipped")]
    Binary(&'static str),
    #[error("file is {:.1} MB, over the {} MB limit, skipped", *.0 as f64 / (1024.0 * 1024.0), MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge(u64),
}

/// Decoded text plus a caveat when decoding had to guess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub caveat: Option<&'static str>,
}

/// Decodes a file's bytes. UTF-8 (with or without BOM) and UTF-16 with BOM are exact; anything
/// else that is not binary is decoded as Windows-1252, the usual encoding of old web pages,
/// which never fails and keeps Latin-1 accents readable.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Rejection> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Rejection::TooLarge(bytes.len() as u64));
    }
    let decoded = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8_or_legacy(rest)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let (text, _) = UTF_16LE.decode_without_bom_handling(rest);
        Decoded {
            text: text.into_owned(),
            caveat: None,
        }
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let (text, _) = UTF_16BE.decode_without_bom_handling(rest);
        Decoded {
            text: text.into_owned(),
            caveat: None,
        }
    } else {
        utf8_or_legacy(bytes)?
    };
    if decoded.text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    Ok(decoded)
}

fn utf8_or_legacy(bytes: &[u8]) -> Result<Decoded, Rejection> {
    if let Some(why) = binary_reason(bytes) {
        return Err(Rejection::Binary(why));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_owned(),
            caveat: None,
        }),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                caveat: Some("not valid UTF-8; decoded as Windows-1252 (Latin-1)"),
            })
        }
    }
}

/// Like git and ripgrep: a NUL byte means binary. Also catches files that are mostly control
/// bytes without NULs (some compressed or encrypted blobs).
fn binary_reason(bytes: &[u8]) -> Option<&'static str> {
    if memchr::memchr(0, bytes).is_some() {
        return Some("contains NUL bytes");
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B))
        .count();
    if head.len() >= 32 && controls * 10 > head.len() {
        return Some("mostly control bytes");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("Café — “quoted”".as_bytes()).unwrap();
        assert_eq!(d.text, "Café — “quoted”");
        assert_eq!(d.caveat, None);
    }

    #[test]
    fn bom_is_stripped() {
        let d = decode(b"\xEF\xBB\xBFhello").unwrap();
        assert_eq!(d.text, "hello");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Privacy".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().text, "Privacy");
    }

    #[test]
    fn latin1_is_decoded_with_caveat() {
        let d = decode(b"Caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(d.text, "Café “quoted”");
        assert!(d.caveat.is_some());
    }

    #[test]
    fn rejects_empty_binary_and_huge() {
        assert_eq!(decode(b""), Err(Rejection::Empty));
        assert_eq!(decode(b"  \n\t "), Err(Rejection::Empty));
        assert!(matches!(
            decode(b"PK\x03\x04\x00\x00"),
            Err(Rejection::Binary(_))
        ));
        let big = vec![b'a'; MAX_FILE_BYTES as usize + 1];
        assert!(matches!(decode(&big), Err(Rejection::TooLarge(_))));
    }

    #[test]
    fn rejection_messages_read_well() {
        assert_eq!(
            Rejection::TooLarge(20 * 1024 * 1024).to_string(),
            "file is 20.0 MB, over the 10 MB limit, skipped"
        );
    }
}
