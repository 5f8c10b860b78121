//! Words: each message's two languages have the same slots, and templates read as written.

use engine::text::{pieces, slot_mismatches, Lang, Piece, Text, Words};

#[test]
fn every_engine_message_has_the_same_slots_in_both_languages() {
    assert!(engine::words::ALL.len() > 30, "the list is the engine's messages");
    assert_eq!(slot_mismatches(engine::words::ALL), Vec::<String>::new());
}

#[test]
fn a_slot_missing_in_one_language_is_found() {
    let bad = [("BAD", Words::new("{a}与{b}", "{a} and {c}")), ("GOOD", Words::new("{a}", "{a}!"))];
    assert_eq!(slot_mismatches(&bad), ["BAD: zh has [\"a\", \"b\"], en has [\"a\", \"c\"]"]);
}

#[test]
fn templates_split_into_text_and_slots_and_other_braces_are_text() {
    let p: Vec<Piece> = pieces("a{x}b{ y}{}{z_1}{").collect();
    assert_eq!(
        p,
        [
            Piece::Text("a"),
            Piece::Slot("x"),
            Piece::Text("b"),
            Piece::Text("{ y}"),
            Piece::Text("{}"),
            Piece::Slot("z_1"),
            Piece::Text("{")
        ]
    );
    assert_eq!(pieces("").count(), 0);
}

#[test]
fn each_language_fills_its_own_order_and_an_unfilled_slot_shows() {
    let w = Words::new("{from}至{to}之间", "between {from} and {to}");
    let t = w.text(&[("to", &Text::same("B")), ("from", &Text::new("甲", "A"))]);
    assert_eq!((t.zh.as_ref(), t.en.as_ref()), ("甲至B之间", "between A and B"));
    assert_eq!(w.fill(Lang::En, &[("from", "A")]), "between A and {to}");
}
