//! The outside tools every emitted top must satisfy: Verilator's lint and yosys' iCE40 synthesis.
//! Failures carry the tool's own output.

use std::fmt::Write as _;
use crate::emit::Design;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The narrow, documented waivers for `verilator --lint-only -Wall` (see the file's comments).
pub const LINT_WAIVERS: &str = include_str!("../lint_waivers.vlt");

/// Writes `<module>.v` and `<module>.ports.json` for each design into `dir`.
pub fn write_designs(designs: &[Design], dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for d in designs {
        let verilog = dir.join(format!("{}.v", d.module));
        let manifest = dir.join(format!("{}.ports.json", d.module));
        std::fs::write(&verilog, &d.verilog)?;
        std::fs::write(&manifest, d.manifest_json())?;
        written.extend([verilog, manifest]);
    }
    Ok(written)
}

/// Runs `tool` in `cwd`: its exit status and combined output (an error only when it cannot start).
fn execute(tool: &str, args: &[&str], cwd: &Path) -> Result<(std::process::ExitStatus, String), String> {
    let output = Command::new(tool).args(args).current_dir(cwd).output().map_err(|e| {
        format!("cannot run `{tool}` ({e}); install the project's tools with `scripts/setup.sh`")
    })?;
    Ok((output.status, format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))))
}

/// Runs `tool` in `cwd`; its combined output on success, or an error carrying it.
pub(crate) fn run(tool: &str, args: &[&str], cwd: &Path) -> Result<String, String> {
    let (status, text) = execute(tool, args, cwd)?;
    if status.success() {
        Ok(text)
    } else {
        Err(format!("`{tool} {}` failed ({status}):\n{text}", args.join(" ")))
    }
}

/// Runs `tool` in `cwd` with its output kept in `cwd/log`; an error names the tool and the log
/// and quotes the log's last 20 lines.
pub fn run_logged(tool: &str, args: &[&str], cwd: &Path, log: &str) -> Result<String, String> {
    let (status, text) = execute(tool, args, cwd)?;
    std::fs::write(cwd.join(log), &text).map_err(|e| format!("writing {log}: {e}"))?;
    if status.success() {
        return Ok(text);
    }
    let lines: Vec<&str> = text.lines().collect();
    let tail = lines[lines.len().saturating_sub(20)..].join("\n");
    Err(format!("`{tool} {}` failed ({status}); log: {}\n{tail}", args.join(" "), cwd.join(log).display()))
}

fn scratch(design: &Design) -> Result<tempfile::TempDir, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    write_designs(std::slice::from_ref(design), dir.path()).map_err(|e| e.to_string())?;
    std::fs::write(dir.path().join("lint_waivers.vlt"), LINT_WAIVERS).map_err(|e| e.to_string())?;
    Ok(dir)
}

/// `verilator --lint-only -Wall` with only the documented waivers.
pub fn lint(design: &Design) -> Result<(), String> {
    let dir = scratch(design)?;
    let file = format!("{}.v", design.module);
    run("verilator", &["--lint-only", "-Wall", "--top-module", &design.module, "lint_waivers.vlt", &file], dir.path())
        .map(|_| ())
        .map_err(|e| format!("lint of `{}` failed:\n{e}", design.module))
}

/// Cell counts yosys reports after `synth_ice40`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SynthStats {
    pub luts: u64,
    pub flip_flops: u64,
    pub block_rams: u64,
}

/// `yosys synth_ice40` on the design alone (out of context).
pub fn synth_ice40(design: &Design) -> Result<SynthStats, String> {
    let dir = scratch(design)?;
    let script = format!("read_verilog {m}.v; synth_ice40 -top {m}; stat", m = design.module);
    let log = run("yosys", &["-p", &script], dir.path()).map_err(|e| format!("synthesis of `{}` failed:\n{e}", design.module))?;
    Ok(parse_stat(&log))
}

/// The cell counts of the last `stat` table of a yosys log, by cell type.
pub fn stat_cells(log: &str) -> Vec<(String, u64)> {
    let table = log.rsplit("Printing statistics.").next().unwrap_or("");
    table
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let (cell, count) = (words.next()?, words.next()?.parse::<u64>().ok()?);
            Some((cell.to_owned(), count))
        })
        .collect()
}

/// The iCE40 figures of a yosys log: LUT4s, every SB_DFF* flavour, and SB_RAM40_4K.
pub fn parse_stat(log: &str) -> SynthStats {
    let mut stats = SynthStats::default();
    for (cell, count) in stat_cells(log) {
        match cell.as_str() {
            "SB_LUT4" => stats.luts += count,
            c if c.starts_with("SB_DFF") => stats.flip_flops += count,
            c if c.starts_with("SB_RAM40_4K") => stats.block_rams += count,
            _ => {}
        }
    }
    stats
}

/// What nextpnr-ice40 reports for one design placed and routed out of context.
#[derive(Clone, Debug, PartialEq)]
pub struct PnrReport {
    /// Logic cells (a LUT4 and/or a flip-flop each).
    pub logic_cells: u64,
    pub logic_cells_available: u64,
    pub block_rams: u64,
    pub fmax_mhz: f64,
    pub target_mhz: f64,
}

/// A registered shell around `design` for out-of-context timing: every input bit comes from a
/// shift register fed by one pin, every output bit lands in a register folded into one pin. The
/// design's own paths are then register to register, as inside a larger chip, and its ports do
/// not need package pins. Measurement scaffolding, not product logic.
pub fn ooc_harness(design: &Design) -> String {
    use crate::emit::PortDirection::*;
    let inputs: Vec<_> = design.ports.iter().filter(|p| p.direction == Input && p.name != "clock").collect();
    let outputs: Vec<_> = design.ports.iter().filter(|p| p.direction == Output).collect();
    let in_bits: usize = inputs.iter().map(|p| p.width).sum::<usize>().max(2);
    let out_bits: usize = outputs.iter().map(|p| p.width).sum::<usize>().max(1);
    let mut connections = vec![".clock(clock)".to_string()];
    let mut offset = 0;
    for p in &inputs {
        connections.push(format!(".{}(in_shift[{}:{}])", p.name, offset + p.width - 1, offset));
        offset += p.width;
    }
    offset = 0;
    for p in &outputs {
        connections.push(format!(".{}(outs[{}:{}])", p.name, offset + p.width - 1, offset));
        offset += p.width;
    }
    // The outputs fold into the pin four bits per LUT per registered level, so the shell's own
    // paths stay one LUT deep and never set the clock.
    let mut folds = String::new();
    let (mut width, mut level) = (out_bits, 0);
    while width > 1 {
        let next = width.div_ceil(4);
        let _ = writeln!(folds, "reg [{}:0] fold{} = 0;", next - 1, level + 1);
        for i in 0..next {
            let hi = (4 * i + 3).min(width - 1);
            let _ = writeln!(folds, "always @(posedge clock) fold{}[{i}] <= ^fold{level}[{hi}:{}];", level + 1, 4 * i);
        }
        width = next;
        level += 1;
    }
    format!(
        "module ooc_harness(input wire clock, input wire serial_in, output reg serial_out);\n\
         reg [{ib}:0] in_shift = 0;\n\
         wire [{ob}:0] outs;\n\
         reg [{ob}:0] fold0 = 0;\n\
         {folds}\
         always @(posedge clock) begin\n\
         in_shift <= {{in_shift[{ib2}:0], serial_in}};\n\
         fold0 <= outs;\n\
         serial_out <= fold{level}[0];\n\
         end\n\
         {m} dut({conns});\n\
         endmodule\n",
        ib = in_bits - 1,
        ib2 = in_bits - 2,
        ob = out_bits - 1,
        m = design.module,
        conns = connections.join(", ")
    )
}

/// yosys `synth_ice40` + `nextpnr-ice40 --hx8k` on the design in its out-of-context shell,
/// constrained to `target_mhz`; reads utilisation and Fmax from nextpnr's JSON report.
pub fn place_and_route_ice40(design: &Design, target_mhz: f64) -> Result<PnrReport, String> {
    place_and_route_ice40_seed(design, target_mhz, 1)
}

/// [`place_and_route_ice40`] with another placement seed (Fmax varies by a few percent with it).
pub fn place_and_route_ice40_seed(design: &Design, target_mhz: f64, seed: u32) -> Result<PnrReport, String> {
    let dir = scratch(design)?;
    std::fs::write(dir.path().join("ooc_harness.v"), ooc_harness(design)).map_err(|e| e.to_string())?;
    let script = format!("read_verilog {}.v ooc_harness.v; synth_ice40 -top ooc_harness -json design.json", design.module);
    run("yosys", &["-q", "-p", &script], dir.path()).map_err(|e| format!("synthesis of `{}` failed:\n{e}", design.module))?;
    let (freq, seed) = (format!("{target_mhz}"), seed.to_string());
    run(
        "nextpnr-ice40",
        &["--hx8k", "--package", "ct256", "--json", "design.json", "--pcf-allow-unconstrained", "--freq", &freq, "--report", "report.json", "--seed", &seed, "--timing-allow-fail", "-q"],
        dir.path(),
    )
    .map_err(|e| format!("place and route of `{}` failed:\n{e}", design.module))?;
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("report.json")).map_err(|e| format!("nextpnr wrote no report: {e}"))?,
    )
    .map_err(|e| format!("nextpnr's report is not JSON: {e}"))?;
    let used = |cell: &str, key: &str| report["utilization"][cell][key].as_u64().unwrap_or(0);
    let fmax_mhz = report["fmax"]
        .as_object()
        .and_then(|clocks| clocks.values().filter_map(|c| c["achieved"].as_f64()).reduce(f64::min))
        .ok_or_else(|| format!("no Fmax in nextpnr's report: {report}"))?;
    Ok(PnrReport {
        logic_cells: used("ICESTORM_LC", "used"),
        logic_cells_available: used("ICESTORM_LC", "available"),
        block_rams: used("ICESTORM_RAM", "used"),
        fmax_mhz,
        target_mhz,
    })
}
