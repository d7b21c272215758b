//! Deterministic text for the benchmarks: news-like prose and adversarial text.
//!
//! Included by each bench with `#[path = "support/corpus.rs"] mod corpus;`, so not every
//! bench uses every function.
#![allow(dead_code)]

/// SplitMix64: small, fast, and the same sequence on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const SUBJECTS: &[&str] = &[
    "The government",
    "Officials in São Paulo",
    "Nguyễn Văn An, the finance minister,",
    "Zürich-based UBS",
    "The company",
    "Analysts at Crédit Agricole",
    "Mayor Łukasz Nowak",
    "The ministry",
    "Researchers at the Universidad de Bogotá",
    "Søren Kierkegaard Holdings",
    "The central bank",
    "Lawmakers in Kraków",
    "The state-owned utility",
    "A spokesperson for Müller AG",
];

const THINGS: &[&str] = &[
    "new housing",
    "rail upgrades",
    "the flood defences",
    "hospital beds",
    "a wind farm off the coast",
    "school meals",
    "the port expansion",
    "research grants",
];

const NOUNS: &[&str] = &[
    "people",
    "workers",
    "vehicles",
    "homes",
    "students",
    "troops",
    "passengers",
    "jobs",
    "households",
];

const UNITS: &[&str] = &[
    "kilometres",
    "miles",
    "feet",
    "tonnes",
    "megawatts",
    "square kilometers",
    "barrels a day",
    "km/h",
    "°C",
    "GW",
];

const MONTHS: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const SPELLED: &[&str] = &[
    "two",
    "three",
    "five",
    "seven",
    "a dozen",
    "dozens of",
    "twenty",
    "forty-two",
    "a hundred",
    "several hundred",
    "two-thirds of",
    "a quarter of",
    "one in five",
];

/// Sentences without a figure, which are about half of news prose.
const PLAIN: &[&str] = &[
    "The decision drew sharp criticism from opposition lawmakers.",
    "“We are confident in the plan,” she said — adding that talks would continue.",
    "Critics say the proposal does little to address the underlying problem.",
    "The move follows months of negotiations between the two sides.",
    "‘It is not enough,’ said one resident, who asked not to be named.",
    "Officials declined to comment on the report.",
    "The agency said it was reviewing the findings and would respond in due course.",
    "Protesters gathered outside the ministry in Zürich on a cold, grey morning.",
    "The plan still needs the approval of parliament — and of the courts.",
    "Nguyễn, who has led the department since its creation, called the result “historic.”",
    "Economists warned that the outlook remained uncertain.",
    "The company did not say how the programme would be funded.",
];

fn money(rng: &mut Rng) -> String {
    let amount = rng.below(999) + 1;
    let frac = rng.below(10);
    match rng.below(6) {
        0 => format!("${amount}.{frac} billion"),
        1 => format!("€{amount}.{frac}bn"),
        2 => format!("£{amount} million"),
        3 => format!("US${amount}.{frac}m"),
        4 => format!("${},{:03}", amount, rng.below(1000)),
        _ => format!("{amount} million euros"),
    }
}

fn percent(rng: &mut Rng) -> String {
    let n = rng.below(100);
    match rng.below(4) {
        0 => format!("{n}%"),
        1 => format!("{n}.{} percent", rng.below(10)),
        2 => format!("{n} per cent"),
        _ => format!("{}.{} percentage points", rng.below(5), rng.below(10)),
    }
}

fn date(rng: &mut Rng) -> String {
    let month = rng.pick(MONTHS);
    let day = rng.below(28) + 1;
    let year = 1990 + rng.below(40);
    match rng.below(5) {
        0 => format!("on {}, {month} {day}, {year}", rng.pick(WEEKDAYS)),
        1 => format!("on {month} {day}"),
        2 => format!("in {year}"),
        3 => format!("in the {}0s", 195 + rng.below(7)),
        _ => format!("on {day} {} {year}", month.trim_end_matches('.')),
    }
}

fn count(rng: &mut Rng) -> String {
    let n = rng.below(90_000) + 10;
    let noun = rng.pick(NOUNS);
    match rng.below(5) {
        0 => format!("about {n} {noun}"),
        1 => format!("more than {},{:03} {noun}", n / 1000 + 1, n % 1000),
        2 => format!("{} {noun}", rng.pick(SPELLED)),
        3 => format!("{}.{} million {noun}", rng.below(20) + 1, rng.below(10)),
        _ => format!("between {n} and {} {noun}", n + rng.below(5000)),
    }
}

fn measure(rng: &mut Rng) -> String {
    let n = rng.below(20_000) + 1;
    format!("{n} {}", rng.pick(UNITS))
}

/// One sentence of news, with figures or (about half the time) without.
fn sentence(rng: &mut Rng, out: &mut String) {
    if rng.chance(50) {
        out.push_str(rng.pick(PLAIN));
        return;
    }
    let subject = rng.pick(SUBJECTS);
    let s = match rng.below(8) {
        0 => format!(
            "{subject} said {} it would spend {} on {}.",
            date(rng),
            money(rng),
            rng.pick(THINGS)
        ),
        1 => format!(
            "{subject} reported revenue of {}, up {} from a year earlier.",
            money(rng),
            percent(rng)
        ),
        2 => format!(
            "Unemployment fell from {} to {} {}, according to the statistics office.",
            percent(rng),
            percent(rng),
            date(rng)
        ),
        3 => format!("{subject} employs {} across the region.", count(rng)),
        4 => format!(
            "The new line, {} long, will carry {} — “a first,” officials said.",
            measure(rng),
            count(rng)
        ),
        5 => format!(
            "{subject} estimated that {} were affected by the storm {}.",
            count(rng),
            date(rng)
        ),
        6 => format!(
            "Prices rose {} in {} {}, the fastest pace since {}.",
            percent(rng),
            rng.pick(MONTHS),
            2000 + rng.below(26),
            1980 + rng.below(40)
        ),
        _ => format!(
            "‘The {} project is worth {},’ {subject} said.",
            measure(rng),
            money(rng)
        ),
    };
    out.push_str(&s);
}

/// About `bytes` of news-like prose in paragraphs of a few sentences.
pub fn news(bytes: usize) -> String {
    let mut rng = Rng::new(0x6E75_6D63_6865_636B);
    let mut out = String::with_capacity(bytes + 1024);
    while out.len() < bytes {
        for i in 0..3 + rng.below(4) {
            if i > 0 {
                out.push(' ');
            }
            sentence(&mut rng, &mut out);
        }
        out.push_str("\n\n");
    }
    out
}

/// About `bytes` of wire copy: the clean articles of `tests/fixtures/news` (written for this
/// project: rates, earnings, disasters, elections, one figure per ~60 bytes) repeated.
pub fn wire(bytes: usize) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/news")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("clean-") && n.ends_with(".txt"))
        })
        .collect();
    paths.sort();
    let mut articles = String::new();
    for path in paths {
        articles.push_str(&std::fs::read_to_string(path).expect("a UTF-8 article"));
        articles.push_str("\n\n");
    }
    assert!(!articles.is_empty(), "no clean-*.txt in {}", dir.display());
    let mut out = String::with_capacity(bytes + articles.len());
    while out.len() < bytes {
        out.push_str(&articles);
    }
    out
}

/// About `bytes` of text built to slow a scanner down: long digit runs, dense numbers and
/// number words, separators everywhere, long lines without spaces, much non-ASCII and runs
/// of bound pairs that merge into ranges.
pub fn adversarial(bytes: usize) -> String {
    const WORDS: &[&str] = &[
        "one",
        "two",
        "seventy-five",
        "hundred",
        "thousand",
        "million",
        "billion",
        "and",
        "a",
        "dozen",
        "half",
        "third",
        "percent",
        "to",
        "between",
        "from",
        "about",
        "May",
        "Oct.",
    ];
    const SCRIPTS: &[&str] = &[
        "数字一二三",
        "مليون",
        "שלום",
        "Привет",
        "Ελλάδα",
        "नमस्ते",
        "😀",
        "e\u{301}",
        "\u{200f}",
        "١٢٣",
        "１２３",
    ];
    let mut rng = Rng::new(0x6164_7665_7273_6521);
    let mut out = String::with_capacity(bytes + 8192);
    while out.len() < bytes {
        match rng.below(7) {
            0 => (0..rng.below(2000) + 1)
                .for_each(|_| out.push((b'0' + rng.below(10) as u8) as char)),
            1 => (0..rng.below(500)).for_each(|_| {
                out.push_str(&rng.below(100_000).to_string());
                out.push_str(rng.pick(&[" ", ",", ".", "-", "/", "%", " $", "€", ",,"]));
            }),
            2 => (0..rng.below(500)).for_each(|_| {
                out.push_str(rng.pick(WORDS));
                out.push_str(rng.pick(&[" ", "-", " ", ", "]));
            }),
            3 => (0..rng.below(8000)).for_each(|_| {
                out.push((b'a' + rng.below(26) as u8) as char);
                if rng.chance(5) {
                    out.push((b'0' + rng.below(10) as u8) as char);
                }
            }),
            4 => (0..rng.below(500)).for_each(|_| {
                out.push_str(rng.pick(SCRIPTS));
                if rng.chance(30) {
                    out.push_str(&rng.below(1000).to_string());
                }
            }),
            // Bound pairs that merge into ranges, back to back.
            5 => (0..rng.below(500)).for_each(|_| {
                let low = rng.below(1000);
                out.push_str(&format!(
                    "{} {low} and {} {}, ",
                    rng.pick(&["more than", "at least", "over"]),
                    rng.pick(&["less than", "at most", "under"]),
                    low + rng.below(1000) + 1
                ));
            }),
            _ => out.push_str(". \n"),
        }
    }
    out
}

/// `text` cut into JSONL batch lines of about `doc_bytes` each, at paragraph breaks.
pub fn jsonl(text: &str, doc_bytes: usize) -> String {
    let mut out = String::with_capacity(text.len() * 11 / 10);
    let mut doc = String::new();
    let mut id = 0;
    let mut flush = |doc: &mut String, out: &mut String| {
        if !doc.is_empty() {
            let line = serde_json::json!({"id": id, "text": doc.as_str()});
            out.push_str(&line.to_string());
            out.push('\n');
            id += 1;
            doc.clear();
        }
    };
    for paragraph in text.split_inclusive("\n\n") {
        doc.push_str(paragraph);
        if doc.len() >= doc_bytes {
            flush(&mut doc, &mut out);
        }
    }
    flush(&mut doc, &mut out);
    out
}
