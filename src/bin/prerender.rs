//! Writes the app's first screen into the built page: renders the app natively with Yew's
//! server-side renderer, as a first visit sees it on the build day (the default quote, decision
//! figure included), into `<div id="app">` of `index.html`, so the answer is in the first paint
//! and the wasm takes the page over (hydration) when it has loaded.
//!
//! Run by Trunk after each build (a post_build hook in Trunk.toml) on its staging directory:
//! `cargo run --features prerender --bin prerender -- <dir>/index.html`.

use std::process::ExitCode;

use engine::date::Date;
use upgrade_configurator::ui::{App, AppProps};

/// The empty mount point Trunk's page carries, and the one this tool fills.
const MOUNT: &str = r#"<div id="app"></div>"#;

/// Today's date (UTC) from the system clock, as the civil calendar has it.
fn today() -> Option<Date> {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    let days = i64::try_from(secs / 86_400).ok()?;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}").parse().ok()
}

/// Gives the service worker beside the page this build's name (the tables' version and a
/// fingerprint of the page and the wasm), so a new release replaces the old caches.
fn stamp_service_worker(page: &str, html: &str) -> Result<(), String> {
    let dir = std::path::Path::new(page).parent().ok_or("the page has no folder")?;
    let sw = dir.join("sw.js");
    let Ok(text) = std::fs::read_to_string(&sw) else { return Ok(()) };
    let wasm = std::fs::read(dir.join("upgrade-configurator_bg.wasm")).unwrap_or_default();
    let build = format!("{}-{:016x}", bundled::tables_version(), bundled::fingerprint(&[html.as_bytes(), &wasm]));
    std::fs::write(&sw, text.replace("__BUILD__", &build)).map_err(|e| format!("{}: {e}", sw.display()))
}

fn render(day: Date) -> Result<String, String> {
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|e| e.to_string())?;
    let local = tokio::task::LocalSet::new();
    let props = AppProps { today: Some(day), first_lang: None };
    Ok(local.block_on(&runtime, yew::LocalServerRenderer::<App>::with_props(props).render()))
}

fn run() -> Result<String, String> {
    let page = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok().map(|d| format!("{d}/index.html")))
        .ok_or("give the built index.html (or run as Trunk's post_build hook)")?;
    let html = std::fs::read_to_string(&page).map_err(|e| format!("{page}: {e}"))?;
    if !html.contains(MOUNT) {
        return Err(format!("{page} has no empty {MOUNT} to fill"));
    }
    let day = today().ok_or("the system clock gives no date")?;
    let app = render(day)?;
    if !app.contains(r#"data-testid="extra-cash""#) {
        return Err("the rendered page has no decision figure".into());
    }
    let filled = html.replace(MOUNT, &format!(r#"<div id="app" data-rendered-for="{day}">{app}</div>"#));
    std::fs::write(&page, &filled).map_err(|e| format!("{page}: {e}"))?;
    stamp_service_worker(&page, &filled)?;
    Ok(format!("pre-rendered the first screen into {page} ({} bytes, as seen on {day})", app.len()))
}

fn main() -> ExitCode {
    match run() {
        Ok(done) => {
            eprintln!("{done}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
