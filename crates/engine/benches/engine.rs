//! Engine benchmark: prints timings, asserts nothing. Run with `./x bench` (release profile).
//!
//! Measures table loading, one quote, and the full enumeration (every old and new configuration
//! of every offer, quoted on every price list), as medians over repeated batches.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use std::hint::black_box;
use std::time::{Duration, Instant};

use engine::enumerate::{requests, RequestDates};
use engine::money::Money;
use engine::quote::{quote, OldOrder, QuoteRequest};
use engine::tables::Tables;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Median time per call of `f`, over `batches` batches of `per_batch` calls.
fn time_per_call(batches: usize, per_batch: u32, mut f: impl FnMut()) -> Duration {
    for _ in 0..per_batch {
        f(); // warm-up
    }
    let samples = (0..batches)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_batch {
                f();
            }
            t.elapsed() / per_batch
        })
        .collect();
    median(samples)
}

fn every_request(tables: &Tables) -> Vec<QuoteRequest> {
    let dates = RequestDates {
        locked_on: "2025-11-01".parse().unwrap(),
        keep_invoice: "2026-01-10".parse().unwrap(),
        switch_invoice: "2026-05-10".parse().unwrap(),
    };
    requests(tables, dates)
}

fn main() {
    let load = time_per_call(15, 20, || {
        black_box(bundled::tables().unwrap());
    });
    println!("load + validate bundled tables: {load:?}");

    let tables = bundled::tables().unwrap();
    let one = QuoteRequest {
        offer: "su7-gen1-to-gen2-2026".into(),
        old_order: OldOrder {
            gifted: vec![],
            trim: "pro".into(),
            options: vec!["paint/twilight-purple".into(), "interior/nappa".into()],
            locked_on: "2025-11-01".parse().unwrap(),
            amount_paid: Money::parse("5000").unwrap(),
        },
        new_configuration: None,
        price_list: None,
        keep_invoice_date: "2026-01-10".parse().unwrap(),
        switch_invoice_date: "2026-05-10".parse().unwrap(),
        loan: None,
        on_road: None,
    };
    let q = time_per_call(31, 2_000, || {
        black_box(quote(&tables, black_box(&one)).unwrap());
    });
    println!("one quote (pro, 2 options, both paths): {q:?}");

    let json = serde_json::to_string(&one).unwrap();
    let qj = time_per_call(31, 1_000, || {
        let r: QuoteRequest = serde_json::from_str(black_box(&json)).unwrap();
        black_box(serde_json::to_string(&quote(&tables, &r).unwrap()).unwrap());
    });
    println!("one quote through JSON (parse request, quote, serialise): {qj:?}");

    let requests = every_request(&tables);
    let full = time_per_call(7, 1, || {
        for r in &requests {
            black_box(quote(&tables, r).unwrap());
        }
    });
    let enumerate = time_per_call(7, 1, || {
        black_box(every_request(&tables));
    });
    println!(
        "full enumeration: {} quotes in {full:?} (+ {enumerate:?} to enumerate the configurations)",
        requests.len()
    );
}
