//! The timeline of `nicctl demo` (`timeline.svg` and `timeline.png`), drawn with plotters: I/O
//! rate and p99 latency across the controller failover, and the rails across the power loss.
//! Every label area is sized from the measured text, so nothing is cut off; event labels are
//! numbers on the chart, explained in a key below it, so close events never overlap.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontStyle;
use std::path::Path;

pub const SIZE: (u32, u32) = (1200, 960);
const FONT: &str = "sans-serif";
const BLUE: RGBColor = RGBColor(0x2e, 0x86, 0xc1);
const ORANGE: RGBColor = RGBColor(0xe6, 0x7e, 0x22);
const GREEN: RGBColor = RGBColor(0x27, 0xae, 0x60);
const MARK: RGBColor = RGBColor(0xc0, 0x39, 0x2b);

/// What the timeline shows, every time in clock cycles.
pub struct Timeline<'a> {
    /// (completion cycle, latency in cycles) of every NVMe command.
    pub completions: &'a [(u64, u64)],
    /// (cycle, label) of the failover's events.
    pub markers: &'a [(u64, &'a str)],
    /// (cycle, enables) at every change of the rail enables.
    pub rails: &'a [(u64, u32)],
    /// One name per enable bit.
    pub rail_names: &'a [&'a str],
    /// (cycle, label) of the power loss's events.
    pub events: &'a [(u64, &'a str)],
}

/// Fonts plotters may use: a TrueType sans-serif face from the system (fonts-dejavu-core, which
/// setup.sh installs, or Liberation), registered once.
fn register_font() -> Result<(), String> {
    static REGISTERED: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            let wanted = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf"];
            let dirs = ["/usr/share/fonts", "/usr/local/share/fonts"];
            let path = dirs.iter().find_map(|d| find_file(Path::new(d), &wanted, 4)).ok_or("no DejaVu Sans or Liberation Sans font under /usr/share/fonts: install fonts-dejavu-core (scripts/setup.sh does)")?;
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
            plotters::style::register_font(FONT, FontStyle::Normal, bytes).map_err(|_| format!("{}: not a usable font", path.display()))
        })
        .clone()
}

fn find_file(dir: &Path, names: &[&str], depth: usize) -> Option<std::path::PathBuf> {
    let entries: Vec<_> = std::fs::read_dir(dir).ok()?.flatten().map(|e| e.path()).collect();
    names.iter().find_map(|n| entries.iter().find(|p| p.file_name().is_some_and(|f| f == *n)).cloned()).or_else(|| {
        (depth > 0).then(|| entries.iter().filter(|p| p.is_dir()).find_map(|p| find_file(p, names, depth - 1))).flatten()
    })
}

/// Writes `timeline.svg` and `timeline.png` into `dir`.
pub fn write(dir: &Path, timeline: &Timeline) -> Result<(), String> {
    register_font()?;
    let svg = dir.join("timeline.svg");
    draw(SVGBackend::new(&svg, SIZE).into_drawing_area(), timeline)?;
    let png = dir.join("timeline.png");
    draw(BitMapBackend::new(&png, SIZE).into_drawing_area(), timeline)
}

fn text_width<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, text: &str, size: f64) -> u32 {
    area.estimate_text_size(text, &(FONT, size).into_text_style(area)).map(|(w, _)| w).unwrap_or(text.len() as u32 * size as u32)
}

fn draw<DB: DrawingBackend>(root: DrawingArea<DB, Shift>, timeline: &Timeline) -> Result<(), String> {
    let fail = |e: DrawingAreaErrorKind<DB::ErrorType>| format!("timeline: {e:?}");
    root.fill(&WHITE).map_err(fail)?;
    let root = root.margin(12, 12, 12, 12);
    let (top, bottom) = root.split_vertically(SIZE.1 * 46 / 100);
    failover_chart(&top, timeline).map_err(fail)?;
    rails_chart(&bottom, timeline).map_err(fail)?;
    root.present().map_err(fail)
}

/// Completions per window and the window's p99 latency, with the failover's events.
fn failover_chart<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, t: &Timeline) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let end = t.completions.iter().map(|(c, _)| *c).max().unwrap_or(1).max(1);
    let window = (end / 60).max(1);
    let mut windows = vec![Vec::new(); (end / window + 1) as usize];
    for (cycle, latency) in t.completions {
        windows[(cycle / window) as usize].push(*latency);
    }
    let points: Vec<(u64, usize, u64)> = windows
        .iter_mut()
        .enumerate()
        .map(|(i, w)| {
            w.sort_unstable();
            let p99 = w.get(((w.len().max(1) - 1) as f64 * 0.99) as usize).copied().unwrap_or(0);
            (i as u64 * window + window / 2, w.len(), p99)
        })
        // The last window is cut short by the end of the run: its rate would mislead.
        .take((end / window) as usize)
        .collect();
    let max_rate = points.iter().map(|p| p.1).max().unwrap_or(1).max(1) as f64;
    let max_p99 = points.iter().map(|p| p.2).max().unwrap_or(1).max(1) as f64;
    // Head room above the data for the legend and the event numbers.
    let mut chart = ChartBuilder::on(area)
        .caption("NVMe I/O across a controller failover (NIC core RTL in Verilator)", (FONT, 22))
        .margin(8)
        .x_label_area_size(46)
        .y_label_area_size(70)
        .right_y_label_area_size(80)
        .build_cartesian_2d(0..end, 0.0..max_rate * 1.35)?
        .set_secondary_coord(0..end, 0.0..max_p99 * 1.35);
    chart
        .configure_mesh()
        .x_desc("time (clock cycles)")
        .y_desc(format!("completions per {window} cycles"))
        .label_style((FONT, 14))
        .axis_desc_style((FONT, 15))
        .x_labels(8)
        .y_label_formatter(&|v| format!("{v:.0}"))
        .light_line_style(WHITE)
        .draw()?;
    chart
        .configure_secondary_axes()
        .y_desc("p99 latency (cycles)")
        .y_label_formatter(&|v| format!("{v:.0}"))
        .label_style((FONT, 14))
        .axis_desc_style((FONT, 15))
        .draw()?;
    chart
        .draw_series(LineSeries::new(points.iter().map(|p| (p.0, p.1 as f64)), BLUE.stroke_width(2)))?
        .label("completions per window")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 20, y)], BLUE.stroke_width(2)));
    chart
        .draw_secondary_series(LineSeries::new(points.iter().map(|p| (p.0, p.2 as f64)), ORANGE.stroke_width(2)))?
        .label("p99 latency (right axis)")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 20, y)], ORANGE.stroke_width(2)));
    let top = max_rate * 1.35;
    for (i, (cycle, label)) in t.markers.iter().enumerate() {
        chart.draw_series([PathElement::new([(*cycle, 0.0), (*cycle, top)], MARK.stroke_width(1))])?;
        chart.draw_series([Text::new(format!("{label}"), (*cycle, top * (0.97 - 0.06 * i as f64)), (FONT, 14).into_font().color(&MARK))])?;
    }
    chart.configure_series_labels().position(SeriesLabelPosition::UpperRight).label_font((FONT, 14)).background_style(WHITE).border_style(BLACK).draw()?;
    Ok(())
}

/// Each rail's enable over the power loss, the events numbered on the chart and listed below.
fn rails_chart<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, t: &Timeline) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let end = t.events.iter().map(|(c, _)| *c).chain(t.rails.iter().map(|(c, _)| *c)).max().unwrap_or(1) + 20;
    let key_height = 24 * t.events.len().div_ceil(3) as u32 + 10;
    let (chart_area, key_area) = area.split_vertically(area.dim_in_pixel().1 - key_height);
    // The names, a gap, and the axis description turned on its side.
    let name_width = t.rail_names.iter().map(|n| text_width(area, n, 14.0)).max().unwrap_or(40) + 50;
    let lanes = t.rail_names.len();
    let mut chart = ChartBuilder::on(&chart_area)
        .caption("Rails across a power loss (verilated power sequencer, the host library as the BIOS)", (FONT, 22))
        .margin(8)
        .x_label_area_size(46)
        .y_label_area_size(name_width)
        .build_cartesian_2d(0..end, 0.0..lanes as f64 + 0.8)?;
    let names = t.rail_names.to_vec();
    chart
        .configure_mesh()
        .x_desc("time (clock cycles)")
        .y_desc("rail (green: enabled)")
        .label_style((FONT, 14))
        .axis_desc_style((FONT, 15))
        .x_labels(8)
        .y_labels(lanes * 2 + 2)
        .y_label_formatter(&|y| {
            let lane = y - 0.5;
            let index = lane.round();
            if (lane - index).abs() < 0.01 && index >= 0.0 { names.get(index as usize).map_or(String::new(), |n| n.to_string()) } else { String::new() }
        })
        .disable_y_mesh()
        .light_line_style(WHITE)
        .draw()?;
    for (bit, _) in t.rail_names.iter().enumerate() {
        let lane = bit as f64;
        let mut on_since: Option<u64> = None;
        let mut bars = Vec::new();
        for (cycle, enables) in t.rails {
            match (enables >> bit & 1 == 1, on_since) {
                (true, None) => on_since = Some(*cycle),
                (false, Some(start)) => {
                    bars.push((start, *cycle));
                    on_since = None;
                }
                _ => {}
            }
        }
        if let Some(start) = on_since {
            bars.push((start, end));
        }
        chart.draw_series(bars.into_iter().map(|(from, to)| Rectangle::new([(from, lane + 0.15), (to, lane + 0.85)], GREEN.filled())))?;
    }
    let top = lanes as f64 + 0.8;
    for (i, (cycle, _)) in t.events.iter().enumerate() {
        chart.draw_series([PathElement::new([(*cycle, 0.0), (*cycle, top)], MARK.stroke_width(1))])?;
        // Numbers climb in three rows so events a few cycles apart stay readable.
        let row = (i % 3) as f64;
        chart.draw_series([Text::new(format!("{}", i + 1), (*cycle, top - 0.05 - 0.25 * row), (FONT, 14).into_font().color(&MARK))])?;
    }
    // The key: three events a line, "n: label (cycle c)".
    let column = (key_area.dim_in_pixel().0 as i32 - 20) / 3;
    for (i, (cycle, label)) in t.events.iter().enumerate() {
        let (x, y) = (10 + column * (i % 3) as i32, 6 + 24 * (i / 3) as i32);
        key_area.draw(&Text::new(format!("{}: {label} (cycle {cycle})", i + 1), (x, y), (FONT, 15).into_font().color(&BLACK)))?;
    }
    Ok(())
}
