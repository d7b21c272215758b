//! Extraction tests over whole sentences: what is found, and what must never be.

use super::*;
use crate::quantity::Bound;

/// (surface text, kind, value or "low..high", unit code)
fn found(text: &str) -> Vec<(String, &'static str, String, Option<&'static str>)> {
    extract(text)
        .into_iter()
        .map(|q| {
            let v = match q.value {
                Value::Number(n) => n.normalize().to_string(),
                Value::Range { low, high } => format!("{}..{}", low.normalize(), high.normalize()),
                Value::Date(d) => d.iso(),
            };
            (
                q.text(text).to_string(),
                q.kind.as_str(),
                v,
                q.unit.map(|u| u.code),
            )
        })
        .collect()
}

fn values(text: &str) -> Vec<String> {
    found(text).into_iter().map(|f| f.2).collect()
}

/// Asserts that none of `texts` holds a figure.
fn assert_no_figures(texts: &[&str]) {
    for text in texts {
        assert_eq!(found(text), vec![], "{text}");
    }
}

#[test]
fn money_with_scale() {
    let f = found("The pledge is worth $550 billion.");
    assert_eq!(
        f,
        vec![(
            "$550 billion".into(),
            "money",
            "550000000000".into(),
            Some("USD")
        )]
    );
}

#[test]
fn signs_outside_latin_1_and_the_currency_block() {
    let f = found("Rice sells for ฿500 a sack; a cup costs ￥300; เงิน 5 บาท.");
    let money: Vec<_> = f.iter().map(|x| (x.0.as_str(), x.3)).collect();
    assert_eq!(
        money,
        vec![("฿500", Some("THB")), ("￥300", Some("JPY")), ("5", None)]
    );
}

#[test]
fn currency_codes_before_a_number_only_in_upper_case() {
    // Whatever the scanner's word filter lets through by chance, a lowercase code is not read.
    for code in ["ars", "usd", "chf", "eur", "gbp", "jpy"] {
        let text = format!("It cost {code} 500 in all.");
        assert_eq!(found(&text)[0].1, "count", "{text}");
    }
    assert_eq!(found("It cost ARS 500.")[0].3, Some("ARS"));
    assert_eq!(found("It cost USD 500.")[0].3, Some("USD"));
    assert_eq!(found("It cost dollar 5.")[0].3, Some("USD"));
    assert_eq!(found("It cost us$5.")[0].3, Some("USD"));
}

#[test]
fn a_glued_to_a_dollar_sign_is_australian() {
    // "A" is also the article, which starts a figure only before a number word ("a dozen");
    // glued to `$` it is the currency's prefix.
    let f = found("The deal is worth A$5 million, a $2 million rise.");
    assert_eq!(f[0].0, "A$5 million");
    assert_eq!(f[0].3, Some("AUD"));
    assert_eq!(f[1].0, "$2 million");
    assert_eq!(f[1].3, Some("USD"));
    assert_eq!(found("a dozen eggs")[0].2, "12");
    assert_eq!(found("An estimated 5 were hurt.")[0].0, "An estimated 5");
}

#[test]
fn money_scale_shared_by_range() {
    let f = found("The cost was $5-6 billion.");
    assert_eq!(f[0].2, "5000000000..6000000000");
    assert_eq!(f[0].1, "money");
}

#[test]
fn change_is_two_quantities_and_a_relation() {
    let text = "Reliance fell from 90% to 60% between 2010 and 2023.";
    let all = extract_all(text);
    let v: Vec<_> = all.quantities.iter().map(|q| q.text(text)).collect();
    assert_eq!(v, vec!["90%", "60%", "2010", "2023"]);
    assert_eq!(all.quantities[2].kind, Kind::Year);
    assert!(matches!(
        all.relations[0],
        Relation::Change {
            from: 0,
            to: 1,
            rising: Some(false),
            ..
        }
    ));
}

#[test]
fn plain_range_after_from_without_verb() {
    assert_eq!(
        values("The number is from 200 to 3000000 in 2008"),
        vec!["200..3000000", "2008"]
    );
}

#[test]
fn hedges_and_bounds() {
    let text = "Imports were just over 16,000 cars and a minimum of 17 people.";
    let q = extract(text);
    assert_eq!(q[0].text(text), "just over 16,000");
    assert_eq!(q[0].bound, Some(Bound::MoreThan));
    assert_eq!(q[0].noun(text).as_deref(), Some("cars"));
    assert_eq!(q[1].bound, Some(Bound::AtLeast));
    assert_eq!(q[1].noun(text).as_deref(), Some("people"));
}

#[test]
fn counted_noun_skips_modifiers() {
    let text = "Japan takes some 400 long-range Tomahawk cruise missiles and 50,000 U.S. troops.";
    let q = extract(text);
    assert!(q[0].approximate);
    assert_eq!(q[0].noun(text).as_deref(), Some("missiles"));
    assert_eq!(q[1].noun(text).as_deref(), Some("troops"));
}

#[test]
fn not_figures() {
    assert_no_figures(&[
        "Officials may buy a fleet of Ford F-150 trucks and more F-35 jets.",
        "The COVID-19 rules ended before the Boeing 737 MAX returned; G7 leaders discussed the 9/11 attacks.",
        "Call 555-0142 or visit 221B Baker Street; the service runs 24/7 on Windows 11.",
        "Section 230 and Article 5 were debated as version 2.0.1 of the app shipped.",
        "The bill, H.R. 1234, passed the House. F35 jets and iOS 18 too.",
    ]);
}

#[test]
fn scores_are_not_ranges() {
    assert_eq!(found("The home side won 3-2 after extra time."), vec![]);
    assert_eq!(
        found("The Senate voted 52-48 to confirm her after a 6-3 ruling."),
        vec![]
    );
    assert_eq!(found("The 10-15 km trail.")[0].2, "10..15");
}

#[test]
fn ordinals() {
    let text = "It is the world's No. 3 carmaker and the 11th largest.";
    let f = found(text);
    assert_eq!(f[0], ("No. 3".into(), "ordinal", "3".into(), None));
    assert_eq!(f[1].1, "ordinal");
    assert_eq!(f[1].2, "11");
}

#[test]
fn years_and_counts() {
    assert_eq!(found("in 2026.")[0].1, "year");
    assert_eq!(found("the 2025 Asia-Pacific forum")[0].1, "year");
    assert_eq!(found("It hired 2000 workers.")[0].1, "count");
}

#[test]
fn spans_are_on_char_boundaries_with_typography() {
    let text = "“Café” sold ≈ €2.3bn — about 70 % — in 2025’s rush; ½ of it.";
    for q in extract(text) {
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
    }
}

#[test]
fn phone_numbers_and_codes_are_not_figures() {
    assert_eq!(found("Call 303-555-0186 or 1-800-555-0199 today."), vec![]);
    let f = found("18 Caterpillar 793F haul trucks sit at 50 W. Liberty St.");
    assert_eq!(f.iter().map(|x| x.3).collect::<Vec<_>>(), vec![None, None]);
    assert_eq!(found("It hit 30C in July.")[0].3, Some("°C"));
}

#[test]
fn over_before_a_duration_is_not_a_bound() {
    let q = extract("The plan runs over four years.");
    assert_eq!(q[0].bound, None);
    assert_eq!(
        extract("It has over 400 staff.")[0].bound,
        Some(Bound::MoreThan)
    );
}

#[test]
fn halves_of_games_are_not_fractions() {
    assert!(
        found("He scored in the second half.")
            .iter()
            .all(|f| f.1 != "fraction")
    );
    assert_eq!(found("It took 3 1/2 minutes.")[0].2, "3.5");
}

#[test]
fn hundreds_compounds_cents_and_ratios() {
    assert_eq!(
        values("4 thousand 3 hundred and 3 hundred and one"),
        vec!["4300", "301"]
    );
    assert_eq!(values("It costs 15 dollars 50."), vec!["15.5"]);
    let f = found("1 in 5 adults work from home.");
    assert_eq!((f[0].1, f[0].2.as_str()), ("fraction", "0.2"));
    assert!(values("he is 5 feet 2 inches")[0].starts_with("5.16666"));
    // Glued, as in most sports copy: the inches add on instead of being dropped.
    for text in [
        "He is 6ft 2in tall.",
        "He is 6 ft 2in tall.",
        "a 6ft 2 in. guard",
    ] {
        let f = found(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert!(f[0].2.starts_with("6.16666"), "{text}: {f:?}");
    }
    // Twelve or more inches, or a word after the feet, add nothing.
    assert_eq!(values("He is 6ft 12in tall.")[0], "6");
    assert_eq!(values("a 6ft wall in 2 days")[0], "6");
    assert_eq!(values("more than 10 and less than 40"), vec!["10..40"]);
}

#[test]
fn bound_pairs_merge_once_each() {
    // A merged range does not take the next bound in as well.
    assert_eq!(
        values("more than 10 and less than 40 and less than 50"),
        vec!["10..40", "50"]
    );
    // Pairs one after another each merge, with the figures between left alone.
    let text = "at least 1 and at most 2, then 7, more than 3 and fewer than 4. ".repeat(300);
    let got = values(&text);
    assert_eq!(got.len(), 900);
    for triple in got.chunks(3) {
        assert_eq!(triple, ["1..2", "7", "3..4"]);
    }
}

#[test]
fn cents_and_pence_are_money() {
    assert_eq!(
        found("It earned 34 cents a share.")[0],
        ("34 cents".into(), "money", "0.34".into(), Some("USD"))
    );
    assert_eq!(found("Shares closed at 245p.")[0].3, Some("GBP"));
}

#[test]
fn an_ordinal_before_a_noun_is_a_rank() {
    let f = found("Rates were held for a fourth straight meeting.");
    assert_eq!((f[0].1, f[0].2.as_str()), ("ordinal", "4"));
    let f = found("Output dropped to a third of its level, and a third said no.");
    assert!(f.iter().all(|x| x.1 == "fraction"), "{f:?}");
}

#[test]
fn verb_particles_are_not_bounds() {
    assert_eq!(
        extract("She handed over £180,000 to the firm.")[0].bound,
        None
    );
    assert_eq!(
        extract("The charge will edge up to 53.68p a day.")[0].bound,
        None
    );
    assert_eq!(extract("It costs up to £5.")[0].bound, Some(Bound::AtMost));
}

#[test]
fn recipients_are_not_range_ends() {
    let f = found("The scheme has paid out £1.4 million to 29 of the victims.");
    assert_eq!(f[0].2, "1400000");
    assert_eq!(found("Prices ranged from $5 to $9.")[0].2, "5..9");
}

#[test]
fn aircraft_models_and_compound_ranks() {
    let f = found("It flies 41 Boeing 737 MAX 8 and 737 MAX 9 jets, plus 10 787-9s.");
    assert_eq!(
        f.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        vec!["41", "10"]
    );
    let f = found("It reported a third-quarter net profit.");
    assert_eq!((f[0].1, f[0].2.as_str()), ("ordinal", "3"));
    assert_eq!(found("The glacier lost 58 km³ of ice.")[0].3, Some("km3"));
}

#[test]
fn hyphenated_scales_and_sign_words() {
    assert_eq!(
        values("a 1.8-million-strong army and a $1.5-billion deal"),
        vec!["1800000", "1500000000"]
    );
    assert_eq!(
        values("Temperatures fell to minus 12 degrees."),
        vec!["-12"]
    );
}

#[test]
fn change_size_between_the_ends_is_stepped_over() {
    let text = "Homes for sale fell 1.3% from August to 1.55 million but were up 14% from 1.36 million a year earlier.";
    let all = extract_all(text);
    let Relation::Change {
        from, to, rising, ..
    } = all.relations[0];
    assert_eq!(
        (
            all.quantities[from].text(text),
            all.quantities[to].text(text)
        ),
        ("1.36 million", "1.55 million")
    );
    assert_eq!(rising, Some(true));
}

#[test]
fn up_or_down_in_the_gap_is_the_change_word_in_any_case() {
    for (text, word, rising) in [
        ("Staff numbered 1,200, up from 800.", "up", true),
        ("Staff numbered 1,200, UP from 800.", "UP", true),
        (
            "Staff numbered 800, but was Down sharply from 1,200.",
            "Down",
            false,
        ),
    ] {
        let all = extract_all(text);
        let Some(Relation::Change {
            verb, rising: r, ..
        }) = all.relations.first()
        else {
            panic!("no change in {text}");
        };
        assert_eq!((verb.of(text), *r), (word, Some(rising)), "{text}");
    }
}

#[test]
fn a_year_is_not_the_low_end_of_a_range() {
    let text = "Imports doubled from 2 million tonnes in 2019 to 4.1 million tonnes in 2024.";
    let v = values(text);
    assert!(
        v.contains(&"2019".to_string()) && v.contains(&"4100000".to_string()),
        "{v:?}"
    );
    assert_eq!(
        values("The cost was $5-6 billion.")[0],
        "5000000000..6000000000"
    );
}

#[test]
fn a_sign_after_the_currency() {
    assert_eq!(
        found("Losses were $-5 billion, €−3 million and US$-1.2 million."),
        vec![
            (
                "$-5 billion".into(),
                "money",
                "-5000000000".into(),
                Some("USD")
            ),
            (
                "€−3 million".into(),
                "money",
                "-3000000".into(),
                Some("EUR")
            ),
            (
                "US$-1.2 million".into(),
                "money",
                "-1200000".into(),
                Some("USD")
            ),
        ]
    );
}

#[test]
fn a_scale_past_the_decimal_range_is_no_figure() {
    // Dropping the scale would report a value the text does not say; nothing is read, and
    // neither the digits nor the scale word are read on their own.
    assert_no_figures(&[
        "It cost -$9999999999999999999999999999 million last year.",
        "It cost $-7922816251426433759354395033 billion.",
        "It cost 7922816251426433759354395033 million euros.",
    ]);
    // The largest figure that fits is still read.
    assert_eq!(
        values("It cost $79228162514 billion."),
        vec!["79228162514000000000"]
    );
}

#[test]
fn scores_and_half_time_are_not_numbers() {
    for text in [
        "Her test scores rose.",
        "The scores were close.",
        "He scores between negative ten and fifteen.",
        "It was level at half-time.",
        "The score was 3-1 at half time.",
    ] {
        let words: Vec<_> = found(text)
            .into_iter()
            .filter(|f| f.0.to_ascii_lowercase().contains("scores") || f.0.contains("half"))
            .collect();
        assert_eq!(words, vec![], "{text}");
    }
    assert_eq!(values("Scores of people came."), vec!["20"]);
    assert_eq!(values("Scores were injured in the blast."), vec!["20"]);
    assert_eq!(values("The blast left scores dead."), vec!["20"]);
    // The word before is read only up to the full stop; "of" wins over "the".
    assert_eq!(
        values("Turnout was high. Scores of people queued."),
        vec!["20"]
    );
    assert_eq!(
        values("The scores of protesters were arrested."),
        vec!["20"]
    );
    assert_eq!(values("He ate half the cake."), vec!["0.5"]);
}

#[test]
fn idioms_and_labels_are_not_figures() {
    assert_no_figures(&[
        "It was a one-off; at one point, no one knew.",
        "One-offs are rare.",
        "She wore a size 10 dress.",
        "It filed a 10-K; the 3-D film ran at a 7-Eleven and the 4-H club.",
    ]);
    // The same words around a real figure.
    assert_eq!(values("Prices rose one point to 5%."), vec!["1", "5"]);
    assert_eq!(values("It was a one-off payment of $5."), vec!["5"]);
    assert_eq!(values("A 10-Day Trip, up 5-10%"), vec!["10", "5..10"]);
    // A title-case noun after the hyphen is a headline's count; only codes are names.
    assert_eq!(
        values("A 12-Member Committee and a 3-Car Crash"),
        vec!["12", "3"]
    );
    assert_eq!(values("The crowd size 50,000 strong."), vec!["50000"]);
}

#[test]
fn one_day_as_some_day_is_not_a_duration() {
    assert_no_figures(&[
        "One day, the council voted.",
        "He said: one day, it will close.",
        "The plant could one day replace coal, and she will one day lead it.",
    ]);
    // A length of time written the same way.
    for text in [
        "It took one day.",
        "The strike lasted for one day, then ended.",
        "One day later, it ended.",
        "The wait was cut from three days to one day.",
        "One day; two days: the wait grew.",
    ] {
        assert!(
            found(text)
                .iter()
                .any(|f| f.0.eq_ignore_ascii_case("one day")),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn a_hedge_never_reaches_into_the_figure_before() {
    // "C." after a temperature is its unit and the end of a sentence, not "c." (circa).
    let text = "It was 0°C. 8 people came.";
    let q = extract(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].text(text), "8");
    assert!(!q[1].approximate);
    assert!(q[0].span.end <= q[1].span.start);
}

#[test]
fn or_less_than_bounds_the_next_figure() {
    let text = "His score is equal to 5000 or less than 5000.";
    let q = extract(text);
    assert_eq!(q.len(), 2);
    assert_eq!((q[0].text(text), q[0].bound), ("5000", None));
    assert_eq!(
        (q[1].text(text), q[1].bound),
        ("less than 5000", Some(Bound::LessThan))
    );
    assert_eq!(q[0].bound, None);
    let q = extract("It took 5 hours or more.");
    assert_eq!(q[0].bound, Some(Bound::AtLeast));
    // "than" before no figure: the bound is this figure's.
    let q = extract("The figure was 5 or less than expected.");
    assert_eq!(q[0].bound, Some(Bound::AtMost));
}

#[test]
fn ordinal_suffixes_fit_their_number() {
    assert_eq!(
        values("The 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 22nd, 23rd, 111th and 1,001st."),
        vec![
            "1", "2", "3", "11", "12", "13", "21", "22", "23", "111", "1001"
        ]
    );
    // "14st" is fourteen stone, not an ordinal, and "3th" is no figure we can trust.
    assert_eq!(found("He weighs 14st."), vec![]);
    assert_eq!(found("The 3th time."), vec![]);
}

#[test]
fn ages_are_not_decades() {
    assert_no_figures(&[
        "Over 60s get free travel.",
        "The over-60s and the under-18s.",
        "She is in her 60s.",
    ]);
    assert_eq!(
        values("Music of the 60s, the 1960s and the ’60s."),
        vec!["1960", "1960", "1960"]
    );
}

#[test]
fn a_fraction_of_a_huge_scaled_figure_does_not_overflow() {
    // Finding the largest place of 10^28 once multiplied past Decimal's range and panicked.
    let q = extract("It was 10000000000000000000 billion and a quarter.");
    assert_eq!(q.len(), 1);
}

#[test]
fn a_glued_m_before_a_counted_noun_is_a_million() {
    assert_eq!(
        found("Some 1.5m people, 3M users and 2m shares."),
        vec![
            ("Some 1.5m".into(), "count", "1500000".into(), None),
            ("3M".into(), "count", "3000000".into(), None),
            ("2m".into(), "count", "2000000".into(), None),
        ]
    );
    // Elsewhere it is metres.
    assert_eq!(
        found("He won the 100m hurdles by a 2m lead."),
        vec![
            ("100m".into(), "measure", "100".into(), Some("m")),
            ("2m".into(), "measure", "2".into(), Some("m")),
        ]
    );
}

#[test]
fn gap_readers_read_bytes_as_the_str_methods_do() {
    for s in [
        "",
        " ",
        " \t\n\u{b}\u{c}\r",
        "  from ",
        "\u{a0}up from\u{2009}",
        " \u{a0} to",
        "to \u{3000} ",
        "é",
    ] {
        assert_eq!(trim_spaces(s), s.trim(), "{s:?}");
    }
    assert!(ends_with_word(b"up from", b"from"));
    assert!(ends_with_word(b"FROM", b"from"));
    assert!(ends_with_word(b"1,200,from", b"from"));
    assert!(!ends_with_word(b"xfrom", b"from"));
    assert!(!ends_with_word(b"rom", b"from"));
    assert!(ends_with_word("é from".as_bytes(), b"from"));
}

#[test]
fn up_from_gaps_and_to_gaps() {
    for gap in [
        "from",
        ", up from",
        ", DOWN 3 per cent from",
        "a month, up from",
        "compared with",
        ", Compared To",
    ] {
        assert!(is_up_from(gap), "{gap}");
    }
    for gap in [
        "with",
        "to",
        "away from the one, two, three from",
        "up. From",
        "xfrom",
    ] {
        assert!(!is_up_from(gap), "{gap}");
    }
    assert!(is_to("to"));
    assert!(is_to("shipping containers TO"));
    assert!(!is_to("big shipping containers to"));
    assert!(!is_to("4 containers to"));
    assert!(!is_to("into"));
}

#[test]
fn changes_link_through_every_reading() {
    for (text, from, to, verb, rising) in [
        (
            "Sales rose from 90% to 95%.",
            "90%",
            "95%",
            "rose",
            Some(true),
        ),
        (
            "Sales ROSE from 90%\u{a0}to 95%.",
            "90%",
            "95%",
            "ROSE",
            Some(true),
        ),
        (
            "Staff numbered 1,200, up from 800.",
            "800",
            "1,200",
            "up",
            Some(true),
        ),
        (
            "Output shifted to 5%, compared with 4%.",
            "4%",
            "5%",
            "shifted",
            None,
        ),
        (
            "Revenue fell to $412 million, or 96 cents a share, from $386 million.",
            "$386 million",
            "$412 million",
            "fell",
            Some(false),
        ),
        (
            "Sales in São Paulo rose from 5 tonnes to 6 tonnes.",
            "5 tonnes",
            "6 tonnes",
            "rose",
            Some(true),
        ),
    ] {
        let all = extract_all(text);
        let Some(&Relation::Change {
            from: f,
            to: t,
            verb: v,
            rising: r,
        }) = all.relations.first()
        else {
            panic!("no change in {text}");
        };
        assert_eq!(
            (
                all.quantities[f].text(text),
                all.quantities[t].text(text),
                v.of(text),
                r
            ),
            (from, to, verb, rising),
            "{text}"
        );
    }
    // A break, a word that is no change verb, or kinds that differ link nothing.
    for text in [
        "Sales (rose) from 90% to 95%.",
        "Sales stood at 90%; from 90% to 95% is a range.",
        "Sales from 90% to 95 tonnes.",
        "Sales swelled-ish from 90% to 95%.",
    ] {
        assert!(extract_all(text).relations.is_empty(), "{text}");
    }
}

proptest::proptest! {
    /// The byte-level trim agrees with `str::trim` on any text, ASCII or not.
    #[test]
    fn trim_spaces_agrees_with_str_trim(s in "[ \t\n\u{b}\u{c}\r\u{a0}\u{2009}\u{3000}\u{85}a,é]{0,12}") {
        proptest::prop_assert_eq!(trim_spaces(&s), s.trim());
    }

    /// The one-pass clause test agrees with the `str` methods it stands for.
    #[test]
    fn short_clause_agrees_with_str_methods(s in "[ \t\n\u{b}\u{c}\r\u{a0}\u{85}\u{1c}a,.;:é]{0,16}") {
        let by_str = s.split_whitespace().nth(5).is_none() && !s.contains([';', '.', ':']);
        proptest::prop_assert_eq!(is_short_clause(&s), by_str);
    }

    /// The same on ASCII gaps, which take the byte path.
    #[test]
    fn short_ascii_clause_agrees_with_str_methods(s in "[ \t\n\u{b}\u{c}\r\u{1c}ab,.;:]{0,16}") {
        let by_str = s.split_whitespace().nth(5).is_none() && !s.contains([';', '.', ':']);
        proptest::prop_assert_eq!(is_short_clause(&s), by_str);
    }

    /// The byte-level word end agrees with the char reading of the same test.
    #[test]
    fn ends_with_word_agrees_with_chars(s in "[a-zA-Z ,é]{0,8}", word in "[a-z]{1,4}") {
        let by_chars = s.to_ascii_lowercase().ends_with(&word)
            && !s[..s.len() - word.len()]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphabetic());
        proptest::prop_assert_eq!(ends_with_word(s.as_bytes(), word.as_bytes()), by_chars);
    }
}

/// The relations [`ChangeLinker`] finds, read without its gates: every figure put to the
/// full tests, every pair to [`change`].
fn relations_without_gates(text: &str, quantities: &[Quantity]) -> Vec<Relation> {
    let mut previous = None;
    let mut relations = Vec::new();
    for (k, q) in quantities.iter().enumerate() {
        if is_apposition(text, q) || is_change_size(text, q) {
            continue;
        }
        if let Some(i) = previous.replace(k)
            && let Some(relation) = change(text, quantities, i, k)
        {
            relations.push(relation);
        }
    }
    relations
}

#[test]
fn linker_gates_pass_what_the_full_tests_take() {
    for text in [
        "Revenue fell to $412 million, or 96 cents a share, from $386 million.",
        "Revenue fell to $412 million, or about 96 cents a share, from $386 million.",
        "Revenue fell to $412 million, or roughly 4%, from $386 million.",
        "Sales were $13.7 billion, up 3 per cent from $13.3 billion.",
        "Sales were $13.7 billion, down 3%\u{a0}from $13.3 billion.",
        "Sales were $13.7 billion,up 3% \u{2009}from $13.3 billion.",
        "Sales rose from 90%\u{a0}to 95%.",
        "Sales rose from 90%  to 95%.",
        "Sales rose from 90% TO 95%.",
        "Output shifted to 5%, compared WITH 4%.",
        "Staff numbered 1,200, up FROM 800.",
        "5 to 6",
        "up 5% from 4%",
        ", or 5",
    ] {
        let all = extract_all(text);
        assert_eq!(
            all.relations,
            relations_without_gates(text, &all.quantities),
            "{text}"
        );
    }
}

#[test]
fn byte_classes_agree_with_the_byte_tests() {
    for b in 0..=255u8 {
        let class = BYTE_CLASS[usize::from(b)];
        assert_eq!(class & SPACE != 0, is_ascii_space(b), "{b:#x}");
        assert_eq!(class & HIGH != 0, b >= 0x80, "{b:#x}");
        assert_eq!(
            class & LINK_END != 0,
            matches!(b, b'o' | b'O' | b'm' | b'M' | b'h' | b'H'),
            "{b:#x}"
        );
        assert_eq!(class & UP_DOWN_END != 0, matches!(b, b'p' | b'n'), "{b:#x}");
    }
}

#[test]
fn the_bytes_before_a_figure_are_packed_last_highest() {
    let text = b"abcdefghij";
    for end in 0..=text.len() {
        let reference = text[end.saturating_sub(8)..end]
            .iter()
            .rev()
            .enumerate()
            .fold(0u64, |x, (k, &b)| x | (u64::from(b) << (56 - 8 * k)));
        assert_eq!(LinkGate::new(text, end).bytes, reference, "{end}");
    }
    assert_eq!(pack(b", or "), u64::from_le_bytes(*b", or \0\0\0"));
}

proptest::proptest! {
    /// The linker's gates turn away only figures and pairs the full tests would: the
    /// relations are those found without them.
    #[test]
    fn linker_gates_are_exact(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "rose", "fell", "from", "to", "TO", "with", "compared", "up", "down", "or",
                "about", "roughly", "5%", "$3 million", "1,200", "800", "4 per cent",
                "2 percentage points", "in 2020", "Oct. 3", "workers", "cents", "a", ",",
                ".", ";", "\u{a0}", "  ", "é",
            ]),
            0..16,
        ),
        glue in proptest::collection::vec(proptest::sample::select(vec![" ", "", ", "]), 16),
    ) {
        let mut text = String::new();
        for (word, glue) in words.iter().zip(&glue) {
            text.push_str(word);
            text.push_str(glue);
        }
        let all = extract_all(&text);
        proptest::prop_assert_eq!(
            all.relations,
            relations_without_gates(&text, &all.quantities)
        );
    }
}
