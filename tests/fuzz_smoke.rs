//! The fuzz targets (see `fuzz/`) in a short, deterministic smoke run: every seed, every
//! crash ever found (`fuzz/regressions/<target>/`), and a few thousand mutations of the seeds
//! per target. The long runs with cargo-fuzz find new inputs; this keeps old ones fixed.

use std::path::Path;

use policytui::fuzz_targets::TARGETS;

/// Pieces that mean something to some reader or parser, spliced into seeds.
const TOKENS: &[&str] = &[
    "\n",
    "\n\n",
    "# ",
    "## ",
    "**",
    "*",
    "`",
    "```\n",
    "|",
    "|||",
    "<strong>",
    "</strong>",
    "<br>",
    "<h2>",
    "</h2>",
    "<script>",
    "<!--",
    "-->",
    "<li>",
    "&amp;",
    "&#x",
    "&#",
    ";",
    "<",
    ">",
    "\"",
    "(",
    ")",
    "[",
    "](",
    "Section 1: ",
    "Article 3 ",
    "III. ",
    "1. 1. ",
    "e.g. ",
    "Inc. ",
    "(1) ",
    "will not sell",
    "may share",
    "merger",
    "not",
    "company:",
    "topic:",
    "year:",
    "clause:",
    " OR ",
    "-",
    "\u{1b}[31m",
    "\u{1b}]0;x\u{7}",
    "\u{202e}",
    "\u{200b}",
    "\u{0}",
    "\u{feff}",
    "Â ",
    "â€™",
    "日本",
    "\u{10ffff}",
    "\r\n",
    "\t",
    "> *The following text is extracted and transformed from the ",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut data = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(6) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.insert(at, rng.next() as u8),
            2 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            3 => {
                let end = (at + rng.below(64)).min(data.len());
                data.drain(at..end);
            }
            4 => {
                let end = (at + rng.below(256)).min(data.len());
                let copy = data[at..end].to_vec();
                data.splice(at..at, copy);
            }
            _ => data.truncate(at),
        }
    }
    data
}

fn inputs(dir: &Path) -> Vec<Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

#[test]
fn fuzz_targets_survive_seeds_regressions_and_mutations() {
    const MUTATIONS_PER_TARGET: usize = 1500;
    for (name, target) in TARGETS {
        let seeds = inputs(&Path::new("fuzz/seeds").join(name));
        assert!(!seeds.is_empty(), "fuzz/seeds/{name} has seeds");
        for input in seeds
            .iter()
            .chain(&inputs(&Path::new("fuzz/regressions").join(name)))
        {
            target(input);
        }
        let mut rng = Rng(0x2545_f491_4f6c_dd1d ^ name.len() as u64);
        for i in 0..MUTATIONS_PER_TARGET {
            let input = mutate(&seeds[i % seeds.len()], &mut rng);
            let result = std::panic::catch_unwind(|| target(&input));
            assert!(
                result.is_ok(),
                "{name} failed on mutation {i}: {:?}",
                String::from_utf8_lossy(&input)
            );
        }
    }
}
