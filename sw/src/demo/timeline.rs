//! `timeline.svg` of `nicctl demo`: I/O rate and latency across the failover, and the rails
//! across the power loss. Plain SVG written here: two charts do not need a plotting library.

use std::fmt::Write as _;

const WIDTH: f64 = 900.0;
const LEFT: f64 = 70.0;
const PLOT: f64 = WIDTH - LEFT - 30.0;

fn x_of(value: u64, max: u64) -> f64 {
    LEFT + PLOT * value as f64 / max.max(1) as f64
}

fn marker(svg: &mut String, x: f64, top: f64, height: f64, label: &str) {
    let _ = writeln!(svg, r##"<line x1="{x:.1}" y1="{top}" x2="{x:.1}" y2="{}" stroke="#c0392b" stroke-dasharray="4 3"/>"##, top + height);
    let _ = writeln!(svg, r##"<text x="{:.1}" y="{}" font-size="11" fill="#c0392b">{label}</text>"##, x + 3.0, top + 12.0);
}

/// `completions`: (tick, latency); `markers`: (tick, label); `rails`: (cycle, rail_en) changes;
/// `rail_names`: one per bit; `events`: (cycle, label) of the power loss.
pub fn svg(completions: &[(u64, u64)], markers: &[(u64, &str)], rails: &[(u64, u32)], rail_names: &[&str], events: &[(u64, &str)]) -> String {
    let mut svg = String::new();
    let height = 640.0;
    let _ = writeln!(svg, r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" font-family="sans-serif">"#);
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);

    // Panel 1: completions per window and their p99 latency.
    let (top, panel) = (40.0, 220.0);
    let end = completions.iter().map(|(t, _)| *t).max().unwrap_or(1);
    let window = (end / 60).max(1);
    let mut windows = vec![Vec::new(); (end / window + 1) as usize];
    for (t, latency) in completions {
        windows[(t / window) as usize].push(*latency);
    }
    let rates: Vec<usize> = windows.iter().map(Vec::len).collect();
    let p99: Vec<u64> = windows
        .iter_mut()
        .map(|w| {
            w.sort_unstable();
            w.get(((w.len().max(1) - 1) as f64 * 0.99) as usize).copied().unwrap_or(0)
        })
        .collect();
    let (max_rate, max_p99) = (*rates.iter().max().unwrap_or(&1) as f64, *p99.iter().max().unwrap_or(&1) as f64);
    let _ = writeln!(svg, r#"<text x="{LEFT}" y="24" font-size="14">NVMe I/O across a controller failover (connector RTL): completions per {window} ticks (blue), p99 latency (orange, max {max_p99} ticks)</text>"#);
    let _ = writeln!(svg, r##"<rect x="{LEFT}" y="{top}" width="{PLOT}" height="{panel}" fill="none" stroke="#999"/>"##);
    let line = |values: Vec<f64>, max: f64| -> String {
        values.iter().enumerate().map(|(i, v)| format!("{:.1},{:.1}", x_of(i as u64 * window + window / 2, end), top + panel - panel * v / max.max(1.0))).collect::<Vec<_>>().join(" ")
    };
    let _ = writeln!(svg, r##"<polyline fill="none" stroke="#2e86c1" stroke-width="2" points="{}"/>"##, line(rates.iter().map(|r| *r as f64).collect(), max_rate));
    let _ = writeln!(svg, r##"<polyline fill="none" stroke="#e67e22" stroke-width="1.5" points="{}"/>"##, line(p99.iter().map(|p| *p as f64).collect(), max_p99));
    for (tick, label) in markers {
        marker(&mut svg, x_of(*tick, end), top, panel, label);
    }
    let _ = writeln!(svg, r#"<text x="{LEFT}" y="{}" font-size="11">0</text><text x="{}" y="{}" font-size="11" text-anchor="end">{end} ticks</text>"#, top + panel + 14.0, LEFT + PLOT, top + panel + 14.0);

    // Panel 2: the rails across the power loss.
    let (top, lane) = (330.0, 28.0);
    let end = events.iter().map(|(c, _)| *c).chain(rails.iter().map(|(c, _)| *c)).max().unwrap_or(1) + 20;
    let _ = writeln!(svg, r#"<text x="{LEFT}" y="{}" font-size="14">Rails across a power loss (verilated power sequencer, the host library as the BIOS)</text>"#, top - 14.0);
    for (bit, name) in rail_names.iter().enumerate() {
        let y = top + bit as f64 * lane;
        let _ = writeln!(svg, r#"<text x="{}" y="{:.1}" font-size="11" text-anchor="end">{name}</text>"#, LEFT - 6.0, y + lane * 0.65);
        let mut on_since: Option<u64> = None;
        for (i, (cycle, enables)) in rails.iter().enumerate() {
            let on = enables >> bit & 1 == 1;
            match (on, on_since) {
                (true, None) => on_since = Some(*cycle),
                (false, Some(start)) => {
                    let _ = writeln!(svg, r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#27ae60"/>"##, x_of(start, end), y + 4.0, x_of(*cycle, end) - x_of(start, end), lane - 8.0);
                    on_since = None;
                }
                _ => {}
            }
            if i + 1 == rails.len() {
                if let Some(start) = on_since {
                    let _ = writeln!(svg, r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#27ae60"/>"##, x_of(start, end), y + 4.0, x_of(end, end) - x_of(start, end), lane - 8.0);
                }
            }
        }
    }
    let panel = lane * rail_names.len() as f64;
    let _ = writeln!(svg, r##"<rect x="{LEFT}" y="{top}" width="{PLOT}" height="{panel}" fill="none" stroke="#999"/>"##);
    for (i, (cycle, label)) in events.iter().enumerate() {
        // Stagger the labels so close events stay readable.
        let x = x_of(*cycle, end);
        let _ = writeln!(svg, r##"<line x1="{x:.1}" y1="{top}" x2="{x:.1}" y2="{}" stroke="#c0392b" stroke-dasharray="4 3"/>"##, top + panel);
        let _ = writeln!(svg, r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#c0392b">{label}</text>"##, x + 2.0, top + panel + 14.0 + (i % 3) as f64 * 12.0);
    }
    let _ = writeln!(svg, r#"<text x="{}" y="{}" font-size="11" text-anchor="end">{end} cycles</text>"#, LEFT + PLOT, top + panel + 54.0);
    svg.push_str("</svg>\n");
    svg
}
