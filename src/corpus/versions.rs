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

/// For each policy that [`assign_versions`] made an older version only by its path, sharing
/// its company and date (or the lack of one) with the latest: its index in `policies` and a
/// note saying so. Two undated files of one company ("XE - Privacy Policy.html" and
/// "xe_oneline.txt") are read as versions of one policy, and the one not latest is searched
/// only when all versions are; the reader is told, not left to find text missing.
pub fn same_date_versions(policies: &[Policy]) -> Vec<(usize, String)> {
    let latest: HashMap<&str, &Policy> = policies
        .iter()
        .filter(|p| p.latest)
        .map(|p| (p.company_key.as_str(), p))
        .collect();
    policies
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.latest)
        .filter_map(|(i, p)| {
            let l = latest.get(p.company_key.as_str())?;
            if l.archived != p.archived {
                return None;
            }
            let when = match &p.archived {
                Some(date) => format!("both are dated {date}"),
                None => "neither has a date".to_string(),
            };
            Some((
                i,
                format!(
                    "read as an older version of {} than {}, since {when}: only that one is searched unless all versions are (a date in the file name, {}@YYYY-MM-DD, orders them)",
                    p.company_key, l.source_path, p.company_key
                ),
            ))
        })
        .collect()
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
        // Only the undated one hidden behind its twin is noted; a9's 2006 version is older by
        // its date.
        let notes = same_date_versions(&ps);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert_eq!(notes[0].0, 2);
        assert!(
            notes[0].1.starts_with(
                "read as an older version of b.com than copy/b.com.md, since neither has a date"
            ),
            "{}",
            notes[0].1
        );
    }
}
