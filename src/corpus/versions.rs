//! Several dated files of one company are versions of one policy. This gives each a stable id
//! and marks the newest, which is what users see unless they ask for history.

use std::collections::{BTreeMap, HashMap};

use super::policy::Policy;

/// Sets `id` and `latest` on every policy, grouping by `company_key`. Within a company,
/// versions are ordered by archive date (undated first), then by path; the last is the latest.
/// Ids are `key@date` (or `key` when undated), with `~2`, `~3`… when two files would share one.
pub fn assign_versions(policies: &mut [Policy]) {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in policies.iter().enumerate() {
        groups.entry(p.company_key.clone()).or_default().push(i);
    }
    for members in groups.values_mut() {
        members.sort_by(|&a, &b| {
            let (pa, pb) = (&policies[a], &policies[b]);
            pa.archived
                .cmp(&pb.archived)
                .then_with(|| pa.source_path.cmp(&pb.source_path))
        });
        let mut seen: HashMap<String, usize> = HashMap::new();
        let last = members.len() - 1;
        for (rank, &i) in members.iter().enumerate() {
            let p = &mut policies[i];
            let base = match &p.archived {
                Some(date) => format!("{}@{}", p.company_key, date),
                None => p.company_key.clone(),
            };
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            p.id = if *n == 1 { base } else { format!("{base}~{n}") };
            p.latest = rank == last;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::policy::Format;

    fn policy(key: &str, date: Option<&str>, path: &str) -> Policy {
        Policy {
            id: String::new(),
            company_key: key.into(),
            company: key.into(),
            domain: Some(key.into()),
            title: String::new(),
            source_url: None,
            archived: date.map(str::to_string),
            source_path: path.into(),
            format: Format::Markdown,
            latest: false,
            text: String::new(),
            sections: Vec::new(),
        }
    }

    #[test]
    fn newest_version_is_latest() {
        let mut ps = vec![
            policy("a9.com", Some("2007-12-30"), "v/a9.com@2007-12-30.md"),
            policy("a9.com", Some("2006-12-30"), "v/a9.com@2006-12-30.md"),
            policy("b.com", None, "b.com.md"),
            policy("b.com", None, "copy/b.com.md"),
        ];
        assign_versions(&mut ps);
        assert_eq!(ps[0].id, "a9.com@2007-12-30");
        assert!(ps[0].latest);
        assert_eq!(ps[1].id, "a9.com@2006-12-30");
        assert!(!ps[1].latest);
        assert_eq!(ps[2].id, "b.com");
        assert_eq!(ps[3].id, "b.com~2");
        assert!(ps[3].latest && !ps[2].latest);
    }
}
