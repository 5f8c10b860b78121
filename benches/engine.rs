//! Engine benchmark (placeholder until the quote lands): prints timings, asserts nothing.
fn main() {
    let t = std::time::Instant::now();
    let tables = upgrade_configurator::engine::bundled::tables().expect("bundled tables load");
    println!("load bundled tables: {:?} ({} catalogs)", t.elapsed(), tables.catalogs.len());
}
