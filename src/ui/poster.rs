//! The quote as a poster image (PNG), for owners who share in WeChat: the headline, both
//! paths as bars with their key figures, what the quote assumes, the date and a QR code of
//! the link (its compact form, `session::encode_compact`).
//!
//! Drawing only: every text arrives formatted in [`Poster`]; nothing here computes money.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use session::{Qr, QUIET_ZONE};

/// Everything the poster shows, as text in the reader's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Poster {
    /// The app's title.
    pub title: String,
    /// The offer's name.
    pub offer: String,
    /// A closed offer said as history, with the data's as-of date.
    pub history: Option<String>,
    /// The new car and its configuration in one line.
    pub car: String,
    /// The decision, one per case shown.
    pub decision: Vec<DecisionLine>,
    /// With a loan: what switching does to the down payment and the instalment.
    pub loan: Option<String>,
    /// The decision in a sentence ("其中：车价多¥4,000；…").
    pub breakdown: String,
    /// Each path's key figure and bar.
    pub paths: Vec<PathBar>,
    /// The bars' parts, named in drawing order (paid, subsidy, still owed, purchase tax).
    pub parts: Vec<String>,
    /// What the quote rests on, a line each ("已付金额：¥5,000").
    pub basis: Vec<String>,
    /// The estimate legend, when an estimate went into a figure.
    pub estimate_note: Option<String>,
    /// "扫码打开这份报价" and the quote date.
    pub footer: Vec<String>,
    /// The link in its compact form, drawn as a QR code.
    pub link: String,
}

/// One path as the poster draws it: its key figure, and its bar's parts as thousandths of
/// the longer bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathBar {
    /// "保留原订单需付现金 ¥294,900".
    pub text: String,
    /// Paid, subsidy, still owed, purchase tax: widths in thousandths of the longer bar.
    pub parts: [u16; 4],
}

/// One decision figure as the poster and the share text say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionLine {
    /// What it is ("2025-11-30及之前锁单").
    pub label: String,
    /// The figure ("+¥4,000").
    pub figure: String,
    /// True when the figure is a saving.
    pub saves: bool,
    /// The estimate mark when an estimate went into it ("估"), drawn as a superscript.
    pub mark: Option<String>,
}

impl Poster {
    /// What the image says, as text: its alternative text, for screen readers and tests.
    #[must_use]
    pub fn summary(&self) -> String {
        let decision = self.decision.iter().map(|d| format!("{} {}", d.label, d.figure));
        let lines = [self.offer.clone()].into_iter().chain(self.history.clone()).chain([self.car.clone()]);
        lines.chain(decision).chain(self.loan.clone()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" · ")
    }
}

const WIDTH: f64 = 750.0;
const MARGIN: f64 = 48.0;
const INK: &str = "#111827";
const MUTED: &str = "#6b7280";
const ACCENT: &str = "#c2410c";
const SAVES: &str = "#15803d";
const ESTIMATE: &str = "#92400e";
/// The bars' parts, as on screen (style.css `.path-bar`).
const PART_COLOURS: [&str; 4] = ["#d1d5db", "#86efac", ACCENT, "#7c2d12"];
const FONTS: &str = "system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/// Punctuation that must not start a line (Chinese line-breaking rules): it stays at the end
/// of the line before, a little past the margin.
fn closes(c: char) -> bool {
    "，。；：、）」』！？,.;:)!?".contains(c)
}

/// What a line may break around: a space, or between two Chinese characters. Anything else
/// stays together: an English word, an amount such as "+¥4,000", a date such as "2026年3月20日".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Space,
    Cjk,
    Word,
}

fn kind(c: char) -> Kind {
    if c.is_whitespace() {
        Kind::Space
    } else if c >= '\u{2e80}' {
        Kind::Cjk
    } else {
        Kind::Word
    }
}

/// `text` cut where a line may break: runs of spaces, and the runs between them cut only
/// between two Chinese characters.
fn units(text: &str) -> Vec<(Kind, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut last: Option<Kind> = None;
    for (i, c) in text.char_indices() {
        let k = kind(c);
        let breaks = match last {
            None => false,
            Some(l) => (l == Kind::Space) != (k == Kind::Space) || (l == Kind::Cjk && k == Kind::Cjk),
        };
        if breaks {
            out.extend(last.zip(text.get(start..i)));
            start = i;
        }
        last = Some(k);
    }
    out.extend(last.zip(text.get(start..)));
    out
}

/// The lines of `text` that fit `width` at the context's font: broken between Chinese
/// characters or at spaces, never inside a word or an amount; closing punctuation stays on
/// the line before, a little past the margin.
fn wrap(ctx: &CanvasRenderingContext2d, text: &str, width: f64) -> Vec<String> {
    let fits = |s: &str| ctx.measure_text(s).map(|m| m.width()).unwrap_or(0.0) <= width;
    let mut lines = Vec::new();
    let mut line = String::new();
    for (k, unit) in units(text) {
        let trailing = unit.chars().next().is_some_and(closes);
        let candidate = format!("{line}{unit}");
        if fits(candidate.trim_end()) || trailing || line.trim().is_empty() {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = if k == Kind::Space { String::new() } else { unit.to_string() };
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Lays the poster out top to bottom; draws only when `draw` (the first pass measures).
struct Pen<'a> {
    ctx: &'a CanvasRenderingContext2d,
    y: f64,
    draw: bool,
}

impl Pen<'_> {
    fn text(&mut self, text: &str, size: u32, weight: u32, colour: &str, width: f64) {
        self.ctx.set_font(&format!("{weight} {size}px {FONTS}"));
        self.ctx.set_fill_style_str(colour);
        for line in wrap(self.ctx, text, width) {
            self.y += f64::from(size) * 1.35;
            if self.draw {
                let _ = self.ctx.fill_text(&line, MARGIN, self.y);
            }
        }
    }

    /// A decision figure on one line, its estimate mark raised beside it; words too long for
    /// the line ("Keeping the order is the only path") are wrapped smaller instead.
    fn figure(&mut self, d: &DecisionLine, width: f64) {
        let colour = if d.saves { SAVES } else { ACCENT };
        self.ctx.set_font(&format!("800 64px {FONTS}"));
        if self.ctx.measure_text(&d.figure).map(|m| m.width()).unwrap_or(0.0) > width - 60.0 {
            let text = d.mark.as_ref().map_or(d.figure.clone(), |m| format!("{} {m}", d.figure));
            return self.text(&text, 36, 800, colour, width);
        }
        self.ctx.set_fill_style_str(colour);
        self.y += 64.0 * 1.25;
        if self.draw {
            let _ = self.ctx.fill_text(&d.figure, MARGIN, self.y);
        }
        if let Some(mark) = &d.mark {
            let end = MARGIN + self.ctx.measure_text(&d.figure).map(|m| m.width()).unwrap_or(0.0);
            self.ctx.set_font(&format!("700 24px {FONTS}"));
            self.ctx.set_fill_style_str(ESTIMATE);
            if self.draw {
                let _ = self.ctx.fill_text(mark, end + 8.0, self.y - 36.0);
            }
        }
    }

    /// A bar of four parts across `width`, each part `parts[i]` thousandths of it.
    fn bar(&mut self, parts: [u16; 4], width: f64) {
        self.y += 8.0;
        let mut x = MARGIN;
        for (part, colour) in parts.iter().zip(PART_COLOURS) {
            let w = width * f64::from(*part) / 1000.0;
            if self.draw {
                self.ctx.set_fill_style_str(colour);
                self.ctx.fill_rect(x, self.y, w, 28.0);
            }
            x += w;
        }
        self.y += 28.0;
    }

    /// The parts' names after a swatch each, on as many lines as they need.
    fn legend(&mut self, names: &[String], width: f64) {
        self.ctx.set_font(&format!("400 20px {FONTS}"));
        let mut x = MARGIN;
        self.y += 30.0;
        for (name, colour) in names.iter().zip(PART_COLOURS) {
            let w = 22.0 + self.ctx.measure_text(name).map(|m| m.width()).unwrap_or(0.0);
            if x > MARGIN && x + w > MARGIN + width {
                (x, self.y) = (MARGIN, self.y + 28.0);
            }
            if self.draw {
                self.ctx.set_fill_style_str(colour);
                self.ctx.fill_rect(x, self.y - 14.0, 14.0, 14.0);
                self.ctx.set_fill_style_str(MUTED);
                let _ = self.ctx.fill_text(name, x + 20.0, self.y);
            }
            x += w + 18.0;
        }
    }

    fn gap(&mut self, px: f64) {
        self.y += px;
    }

    fn rule(&mut self) {
        self.y += 18.0;
        if self.draw {
            self.ctx.set_fill_style_str("#e5e7eb");
            self.ctx.fill_rect(MARGIN, self.y, WIDTH - 2.0 * MARGIN, 2.0);
        }
        self.y += 10.0;
    }

    /// The QR code at the left margin, `module` pixels a module, with its quiet zone.
    fn qr(&mut self, qr: &Qr, module: f64) {
        let side = module * qr.side_with_quiet_zone() as f64;
        if self.draw {
            self.ctx.set_fill_style_str("#ffffff");
            self.ctx.fill_rect(MARGIN, self.y, side, side);
            self.ctx.set_fill_style_str(INK);
            let origin = (MARGIN + module * QUIET_ZONE as f64, self.y + module * QUIET_ZONE as f64);
            for y in 0..qr.size() {
                for x in (0..qr.size()).filter(|&x| qr.is_dark(x, y)) {
                    self.ctx.fill_rect(origin.0 + module * x as f64, origin.1 + module * y as f64, module, module);
                }
            }
        }
        self.y += side;
    }
}

/// One pass over the poster's content; returns the height used.
fn lay_out(ctx: &CanvasRenderingContext2d, p: &Poster, qr: Option<&Qr>, draw: bool) -> f64 {
    let full = WIDTH - 2.0 * MARGIN;
    let mut pen = Pen { ctx, y: MARGIN, draw };
    pen.text(&p.title, 40, 800, INK, full);
    pen.text(&p.offer, 24, 400, MUTED, full);
    if let Some(history) = &p.history {
        pen.text(history, 22, 600, MUTED, full);
    }
    pen.rule();
    pen.text(&p.car, 26, 600, INK, full);
    pen.gap(6.0);
    for d in &p.decision {
        pen.text(&d.label, 28, 600, MUTED, full);
        pen.figure(d, full);
        pen.gap(8.0);
    }
    if let Some(loan) = &p.loan {
        pen.text(loan, 26, 600, INK, full);
        pen.gap(6.0);
    }
    pen.text(&p.breakdown, 24, 400, INK, full);
    pen.rule();
    for path in &p.paths {
        pen.text(&path.text, 28, 600, INK, full);
        pen.bar(path.parts, full);
        pen.gap(6.0);
    }
    if !p.paths.is_empty() {
        pen.legend(&p.parts, full);
    }
    pen.rule();
    for line in &p.basis {
        pen.text(line, 22, 400, MUTED, full);
    }
    if let Some(note) = &p.estimate_note {
        pen.gap(6.0);
        pen.text(note, 20, 400, MUTED, full);
    }
    pen.rule();
    if let Some(qr) = qr {
        pen.gap(8.0);
        let top = pen.y;
        pen.qr(qr, 4.0);
        let bottom = pen.y;
        // The footer beside the code.
        let mut side = Pen { ctx, y: top + 40.0, draw };
        let left = MARGIN + 4.0 * qr.side_with_quiet_zone() as f64 + 24.0;
        side.ctx.set_font(&format!("400 22px {FONTS}"));
        side.ctx.set_fill_style_str(MUTED);
        // Wrapped in the width beside the code, so an English caption is not cut off.
        for line in p.footer.iter().flat_map(|l| wrap(ctx, l, WIDTH - MARGIN - left)) {
            side.y += 32.0;
            if draw {
                let _ = side.ctx.fill_text(&line, left, side.y);
            }
        }
        pen.y = bottom.max(side.y);
    } else {
        for line in &p.footer {
            pen.text(line, 22, 400, MUTED, full);
        }
    }
    pen.y + MARGIN
}

/// The poster as a PNG `data:` URL, or `None` where the browser has no canvas.
#[must_use]
pub fn draw(p: &Poster) -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(WIDTH as u32);
    let context =
        |c: &HtmlCanvasElement| -> Option<CanvasRenderingContext2d> { c.get_context("2d").ok()??.dyn_into().ok() };
    let qr = Qr::of(&p.link);
    // Measure, size the canvas (which clears it), then draw.
    let height = lay_out(&context(&canvas)?, p, qr.as_ref(), false);
    canvas.set_height(height.ceil() as u32);
    let ctx = context(&canvas)?;
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, WIDTH, height.ceil());
    lay_out(&ctx, p, qr.as_ref(), true);
    canvas.to_data_url_with_type("image/png").ok()
}
