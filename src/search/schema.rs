//! The index schema: one document per policy section, carrying the fields of its policy that
//! a filter or a hit reads, so that every filter is a plain term query and every hit can be
//! shown without another lookup. The rest of the policy (title, url, source path, format,
//! number of sections) is stored with its first section only: only whole-policy readers need
//! it, and they read that section first.
//!
//! Only what a search asks for is indexed or kept as a column: every indexed value and column
//! is work for every section at build time.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};

/// Bump when fields change: an index of another version is rebuilt (into its own folder, so a
/// reader of the old version is never disturbed).
pub const SCHEMA_VERSION: u32 = 6;

/// Bump when readers change what they produce from the same file: forces re-reading every file
/// into the existing index.
/// 6: undated files of different hosts of one domain are different companies.
/// 7: a markdown subtitle naming the document leaves its bold lines headings.
/// 8: emphasis left empty in markdown ("****") is no text.
/// 9: a GoPPC `<item>` outside a `<list>` is a name inside its sentence, not a list item.
/// 10: a GoPPC `<url>` whose host is blanked out ("https://www.  .com") is no address.
/// 11: a page title splits at commas, and a site's name is not run on into figures ("eCoin
/// 1046.414 BTC/USD" is eCoin, "North Aware, an Innovative Winter Coat Brand" North Aware).
/// 12: lone markdown list items above paragraphs, three or more, are headings (a flattened
/// accordion: aa.com's "  * Minors", "  * Security").
/// 13: such an item over its own sub-items too (happybus.org.tw's "* **Uses**").
/// 14: a numbered plain-text line that runs on into the next ("4. We do not sell … with any" /
/// "third party …") is a paragraph wrapped to a width, not a heading; a list item goes on in the
/// lines wrapped under it; an HTML element marked as a cookie banner or a breadcrumb (by its
/// `id`, `class` or `role`) is chrome; a numbered title closed by a full stop ("1. Introduction
/// and Overview.") is a heading; a title without a domain names the company by its part that
/// reads as a name; a plain-text copy's first line, a browser tab's title, is its title; a
/// markdown file's front matter gives its title, date and address and is no text; a
/// tab-separated line of plain text is a table's row; "Where we store your personal data" is
/// about international transfers, not retention; lines that run on every page of a text split
/// by form feeds (a PDF's header and footer) are dropped; lettered titles ("A. Information You
/// Provide.") are sub-sections, and a numbered title with one right under it is a section.
/// 15: a policy that names itself nowhere else (no address, title, signature or definition of
/// "we") is named by the word it says most in the possessive or before a word of its products
/// ("WebMD's", "the Unsplash Services"), not after its file ("101"). 16: GoPPC `<item>`s that
/// open their paragraph are list items; a domain's ".co" is no legal form ("Doggers.co").
/// 17: of company names said equally often in the opening, the first, not the last of a
/// group's list ("Sainsbury's Supermarkets", not "Argos Business Solutions").
pub const READER_VERSION: u32 = 17;

/// Name of the tokenizer shared by indexing, querying and highlighting.
pub const TOKENIZER: &str = "policy";

/// Name of the tokenizer of word pairs (see [`super::pairs`]).
pub const PAIR_TOKENIZER: &str = "policy_pairs";

/// Words longer than this are dropped by the tokenizer (base64 blobs, URLs glued together).
const MAX_TOKEN_LEN: usize = 40;

/// The analyzer: split on anything not alphanumeric, lowercase, fold accents. No stemming, so
/// a phrase means those exact words; typo tolerance covers near forms at query time.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The analyzer of the `pairs` field: the pairs of the words [`analyzer`] makes, and the
/// triples around a pivot word.
pub fn pair_analyzer() -> TextAnalyzer {
    TextAnalyzer::from(super::pairs::PairTokenizer::new(analyzer()))
}

#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub policy_id: Field,
    pub company_key: Field,
    pub company: Field,
    pub company_text: Field,
    pub domain: Field,
    /// Stored with the first section only, as are `url`, `source_path`, `format`, `n_sections`.
    pub title: Field,
    pub url: Field,
    pub archived: Field,
    pub year: Field,
    pub latest: Field,
    pub source_path: Field,
    pub format: Field,
    pub n_sections: Field,
    pub ordinal: Field,
    pub level: Field,
    pub start: Field,
    pub body_offset: Field,
    pub topic: Field,
    /// The heading, stored for display.
    pub heading: Field,
    /// The words of the heading (twice, so that a heading match weighs double) and of the
    /// body: what a word is searched in. Without positions: phrases are searched in `pairs`.
    pub words: Field,
    /// The word pairs of the heading and of the body, and the triples around a pivot
    /// word ("will not sell"), with positions: phrases.
    pub pairs: Field,
    pub text: Field,
    /// Clause kinds found in the section (several values).
    pub clauses: Field,
}

fn text_options(tokenizer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(record),
    )
}

pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        policy_id: b.add_text_field("policy_id", STRING | STORED),
        company_key: b.add_text_field("company_key", STRING | STORED | FAST),
        company: b.add_text_field("company", STORED | FAST),
        company_text: b.add_text_field(
            "company_text",
            text_options(TOKENIZER, IndexRecordOption::WithFreqsAndPositions),
        ),
        domain: b.add_text_field("domain", STORED),
        title: b.add_text_field("title", STORED),
        url: b.add_text_field("url", STORED),
        archived: b.add_text_field("archived", STORED),
        year: b.add_u64_field("year", INDEXED | STORED),
        latest: b.add_u64_field("latest", INDEXED | FAST),
        source_path: b.add_text_field("source_path", STORED),
        format: b.add_text_field("format", STORED),
        n_sections: b.add_u64_field("n_sections", STORED),
        ordinal: b.add_u64_field("ordinal", STORED),
        level: b.add_u64_field("level", STORED),
        start: b.add_u64_field("start", STORED),
        body_offset: b.add_u64_field("body_offset", STORED),
        topic: b.add_text_field("topic", STRING | STORED),
        heading: b.add_text_field("heading", STORED),
        words: b.add_text_field(
            "words",
            text_options(TOKENIZER, IndexRecordOption::WithFreqs),
        ),
        pairs: b.add_text_field(
            "pairs",
            text_options(PAIR_TOKENIZER, IndexRecordOption::WithFreqsAndPositions),
        ),
        text: b.add_text_field("text", STORED),
        clauses: b.add_text_field("clauses", STRING | STORED),
    };
    (b.build(), fields)
}

/// Field handles of an opened index, by name, failing clearly if the index is not ours.
pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        policy_id: f("policy_id")?,
        company_key: f("company_key")?,
        company: f("company")?,
        company_text: f("company_text")?,
        domain: f("domain")?,
        title: f("title")?,
        url: f("url")?,
        archived: f("archived")?,
        year: f("year")?,
        latest: f("latest")?,
        source_path: f("source_path")?,
        format: f("format")?,
        n_sections: f("n_sections")?,
        ordinal: f("ordinal")?,
        level: f("level")?,
        start: f("start")?,
        body_offset: f("body_offset")?,
        topic: f("topic")?,
        heading: f("heading")?,
        words: f("words")?,
        pairs: f("pairs")?,
        text: f("text")?,
        clauses: f("clauses")?,
    })
}

/// The index format stamp written with every commit: schema, readers, topic table, clause
/// catalogue and detector. A different schema means a new index folder; a different stamp otherwise means
/// re-reading.
pub fn reader_stamp() -> String {
    format!(
        "r{READER_VERSION}-t{:016x}-c{:016x}-d{}",
        crate::corpus::TopicTable::builtin().fingerprint(),
        crate::clauses::catalogue().fingerprint(),
        crate::clauses::DETECTOR_VERSION
    )
}
