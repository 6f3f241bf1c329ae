//! The outside tools every emitted top must satisfy: Verilator's lint and yosys' iCE40 synthesis.
//! Failures carry the tool's own output.

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

fn run(tool: &str, args: &[&str], cwd: &Path) -> Result<String, String> {
    let output = Command::new(tool).args(args).current_dir(cwd).output().map_err(|e| {
        format!("cannot run `{tool}` ({e}); install the project's tools with `scripts/setup.sh`")
    })?;
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.success() {
        Ok(text)
    } else {
        Err(format!("`{tool} {}` failed ({}):\n{text}", args.join(" "), output.status))
    }
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

/// Reads the last `stat` table of a yosys log: LUT4s, every SB_DFF* flavour, and SB_RAM40_4K.
fn parse_stat(log: &str) -> SynthStats {
    let table = log.rsplit("Printing statistics.").next().unwrap_or("");
    let mut stats = SynthStats::default();
    for line in table.lines() {
        let mut words = line.split_whitespace();
        let (Some(cell), Some(count)) = (words.next(), words.next()) else { continue };
        let Ok(count) = count.parse::<u64>() else { continue };
        match cell {
            "SB_LUT4" => stats.luts += count,
            c if c.starts_with("SB_DFF") => stats.flip_flops += count,
            c if c.starts_with("SB_RAM40_4K") => stats.block_rams += count,
            _ => {}
        }
    }
    stats
}
