use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    ImplausibleYear, id = "implausible-year", severity = Warning
}

impl ImplausibleYear {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}

#[cfg(test)]
mod debug_dump {
    #[test]
    fn dump() {
        let Ok(path) = std::env::var("NUMCHECK_DUMP") else { return };
        let text = std::fs::read_to_string(path).unwrap();
        for line in text.lines() {
            let doc = crate::check::document::Document::build(line, crate::check::Format::Text, chrono::NaiveDate::from_ymd_opt(2025, 10, 28).unwrap());
            println!("== {line}");
            for (i, q) in doc.quantities().iter().enumerate() {
                println!("  [{i}] {:?} {:?} kind={:?} val={:?} unit={:?} approx={} bound={:?} noun={:?} scaled={} rel={:?} s={}", q.text(line), doc.slice(q.number_span), q.kind, q.value, q.unit.map(|u| u.code), q.approximate, q.bound, q.noun, q.scaled, q.relative, doc.sentence_of(i));
            }
            for r in doc.relations() { println!("  rel {r:?}"); }
        }
    }
}
