//! The quote as a poster image (PNG), for owners who share in WeChat: the headline, both
//! paths' key figures, what the quote assumes, the date and a QR code of the share link.
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
    /// The decision: (label, figure, true when the figure is a saving), one per case shown.
    pub decision: Vec<(String, String, bool)>,
    /// The decision in a sentence ("其中：车价多¥4,000；…").
    pub breakdown: String,
    /// Each path's key figure: (label, amount).
    pub paths: Vec<(String, String)>,
    /// What the quote rests on, a line each ("已付金额：¥5,000").
    pub basis: Vec<String>,
    /// The estimate legend, when an estimate went into a figure.
    pub estimate_note: Option<String>,
    /// "扫码打开这份报价" and the quote date.
    pub footer: Vec<String>,
    /// The share link, drawn as a QR code.
    pub link: String,
}

const WIDTH: f64 = 750.0;
const MARGIN: f64 = 48.0;
const INK: &str = "#111827";
const MUTED: &str = "#6b7280";
const ACCENT: &str = "#c2410c";
const SAVES: &str = "#15803d";
const FONTS: &str = "system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/// Punctuation that must not start a line (Chinese line-breaking rules): it stays at the end
/// of the line before, a little past the margin.
fn closes(c: char) -> bool {
    "，。；：、）」』！？,.;:)!?".contains(c)
}

/// The lines of `text` that fit `width` at the context's font, broken between characters
/// (Chinese has no spaces to break at).
fn wrap(ctx: &CanvasRenderingContext2d, text: &str, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for c in text.chars() {
        line.push(c);
        let over = ctx.measure_text(&line).map(|m| m.width()).unwrap_or(0.0) > width;
        if over && !closes(c) && line.chars().count() > 1 {
            line.pop();
            lines.push(std::mem::take(&mut line));
            line.push(c);
        }
    }
    if !line.is_empty() {
        lines.push(line);
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
    pen.rule();
    for (label, figure, saves) in &p.decision {
        pen.text(label, 28, 600, MUTED, full);
        pen.text(figure, 64, 800, if *saves { SAVES } else { ACCENT }, full);
        pen.gap(8.0);
    }
    pen.text(&p.breakdown, 24, 400, INK, full);
    pen.rule();
    for (label, amount) in &p.paths {
        pen.text(&format!("{label}  {amount}"), 28, 600, INK, full);
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
        for line in &p.footer {
            side.ctx.set_font(&format!("400 22px {FONTS}"));
            side.ctx.set_fill_style_str(MUTED);
            side.y += 32.0;
            if draw {
                let _ = side.ctx.fill_text(line, MARGIN + 4.0 * qr.side_with_quiet_zone() as f64 + 24.0, side.y);
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
