//! `nicctl build --board alchitry-cu --out DIR`: the bitstream. Emit the board top's Verilog, lint
//! it, `yosys synth_ice40`, `nextpnr-ice40` (HX8K, CB132, the core clock as the target) and
//! `icepack`; every tool's exit code is checked and its log kept in DIR, and `report.json` says
//! what was used of the device and the Fmax of every clock against its target. The command
//! fails (after writing the report) when the design does not fit or misses its clock.
//!
//! `nicctl build --board ulx3s-85f --out DIR`: the same for the ULX3S and its whole-path
//! self-test — `yosys synth_ecp5`, `nextpnr-ecp5` (85F, CABGA381, 25 MHz) and `ecppack`.
//! Debian has no nextpnr-ecp5, so `scripts/setup.sh` installs YoWASP's WebAssembly build of it
//! (with `ecppack`) into the project's `.venv`; a native `nextpnr-ecp5` on the PATH is preferred.
//!
//! `nicctl build --board colorlight-i9 --out DIR`: the NIC on a real gigabit port — the Colorlight
//! i9's ECP5-45F with PHY 0 on RGMII, its PLL making the 125 MHz line clock and the core's
//! 52 MHz; the report gives the Fmax of every clock domain (core, transmit line, receive line).
//!
//! `--blocks` adds each block synthesised and placed out of context (resources, Fmax in a
//! registered shell); `--estimate` adds the full-size NIC core synthesised for ECP5 (resources
//! only): what a larger device would need.

use crate::out_dir::check_output_directory;
use nic_hdl::board::ecp5_pll;
use nic_hdl::board::ulx3s::ULX3S_CLOCK_HZ;
use nic_hdl::board::{CORE_CLOCK_HZ, OSCILLATOR_HZ};
use nic_hdl::emit::Design;
use nic_hdl::toolchain::{lint, parse_stat, place_and_route_ice40, run_logged, stat_cells, synth_ice40, write_designs, LINT_WAIVERS};
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// The boards' pin constraints (`constraints/`).
const ALCHITRY_CU_PCF: &str = include_str!("../../constraints/alchitry-cu.pcf");
const ULX3S_LPF: &str = include_str!("../../constraints/ulx3s.lpf");
const COLORLIGHT_I9_LPF: &str = include_str!("../../constraints/colorlight-i9.lpf");
/// The boards `--board` knows.
pub const BOARDS: &[&str] = &["alchitry-cu", "ulx3s-85f", "colorlight-i9"];

/// An ECP5 board: what nextpnr-ecp5 is told, and what the report says of it.
struct Ecp5Board {
    board: &'static str,
    device: &'static str,
    /// nextpnr-ecp5's device option.
    nextpnr_device: &'static str,
    package: &'static str,
    lpf_name: &'static str,
    lpf: &'static str,
    oscillator_mhz: f64,
    /// The core clock: nextpnr's default target for a clock the constraints do not name.
    core_clock_mhz: f64,
}

const ULX3S: Ecp5Board = Ecp5Board {
    board: "ulx3s-85f",
    device: "ECP5-85F",
    nextpnr_device: "--85k",
    package: "CABGA381",
    lpf_name: "ulx3s.lpf",
    lpf: ULX3S_LPF,
    oscillator_mhz: ULX3S_CLOCK_HZ as f64 / 1e6,
    core_clock_mhz: ULX3S_CLOCK_HZ as f64 / 1e6,
};

const COLORLIGHT_I9: Ecp5Board = Ecp5Board {
    board: "colorlight-i9",
    device: "ECP5-45F",
    nextpnr_device: "--45k",
    package: "CABGA381",
    lpf_name: "colorlight-i9.lpf",
    lpf: COLORLIGHT_I9_LPF,
    oscillator_mhz: 25.0,
    core_clock_mhz: ecp5_pll::CORE_CLOCK_HZ / 1e6,
};

/// nextpnr placement seeds an ECP5 board tries, in order, until one meets every clock (the report
/// names each seed tried and its clocks). The Colorlight i9's core path — a work request's length
/// through the requester's admission and back to the connectors — is within a few percent of its
/// clock, and placement alone moves its Fmax by more than that (docs/board.md, "Placement seeds").
const PLACEMENT_SEEDS: [u64; 3] = [1, 2, 3];

/// Issue 25: every block out of context on iCE40-HX8K at 100 MHz or more.
const BLOCK_FMAX_GOAL_MHZ: f64 = 100.0;
/// The blocks `--blocks` reports, each the top of its own testbench.
const BLOCKS: &[&str] = &["rx_parser", "tx_builder", "rc_responder", "rc_requester", "dispatcher", "power_sequencer", "control_plane", "alchitry_cu_core"];
/// What `--estimate` synthesises for a larger device: the simulation-size core (16 QPs, two
/// connectors, 32 slots of 2 KiB per QP, 32 KiB replay rings).
const FULL_CORE: &str = "nic_core";

pub struct BuildOptions {
    pub board: String,
    pub blocks: bool,
    pub estimate: bool,
}

/// Runs `tool` in `dir`, its output kept in `dir/<log>`, saying how long it took.
fn step(tool: &str, args: &[&str], dir: &Path, log: &str) -> Result<(), String> {
    let started = Instant::now();
    eprintln!("[build] {tool} …");
    let result = run_logged(tool, args, dir, log);
    eprintln!("[build] {tool} {} in {:.0} s", if result.is_ok() { "finished" } else { "failed" }, started.elapsed().as_secs_f64());
    result.map(|_| ())
}

fn tool_version(tool: &str, flag: &str) -> String {
    Command::new(tool)
        .arg(flag)
        .output()
        .map(|o| format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr)).lines().next().unwrap_or("").trim().to_owned())
        .unwrap_or_else(|e| format!("not runnable: {e}"))
}

pub fn run(options: &BuildOptions, out: &Path) -> Result<(), String> {
    let report = build(options, out)?;
    println!("{}", serde_json::to_string_pretty(&report).unwrap());
    verdict(&report, out)
}

/// Builds the board into `out` and writes `report.json` there; the report whatever the outcome.
pub fn build(options: &BuildOptions, out: &Path) -> Result<Value, String> {
    if !BOARDS.contains(&options.board.as_str()) {
        return Err(format!("unknown board `{}` (known: {})", options.board, BOARDS.join(", ")));
    }
    check_output_directory(out)?;
    std::fs::create_dir_all(out).map_err(|e| format!("creating {}: {e}", out.display()))?;
    let out = out.canonicalize().map_err(|e| e.to_string())?;
    let mut report = match options.board.as_str() {
        "alchitry-cu" => build_alchitry_cu(&nic_hdl::tops::alchitry_cu().map_err(|e| e.to_string())?, &out)?,
        "colorlight-i9" => build_ecp5(&COLORLIGHT_I9, &nic_hdl::tops::colorlight_i9().map_err(|e| e.to_string())?, &out)?,
        _ => {
            let design = nic_hdl::tops::selected(&["ulx3s".to_owned()]).map_err(|e| e.to_string())?.remove(0);
            build_ecp5(&ULX3S, &design, &out)?
        }
    };
    if options.blocks {
        report["blocks"] = blocks()?;
    }
    if options.estimate {
        report["larger_device_estimate"] = ecp5_estimate(&out)?;
    }
    let text = serde_json::to_string_pretty(&report).unwrap();
    std::fs::write(out.join("report.json"), format!("{text}\n")).map_err(|e| e.to_string())?;
    Ok(report)
}

/// A build that did not fit or missed a clock is an error.
pub fn verdict(report: &Value, out: &Path) -> Result<(), String> {
    if report["fits"] == false {
        return Err(format!("nextpnr could not place the design on the {}; see report.json and nextpnr.log in {}", report["device"].as_str().unwrap_or("device"), out.display()));
    }
    if !report["meets_timing"].as_bool().unwrap_or(false) {
        return Err(format!("the design misses its clock target: {}", report["clocks"]));
    }
    Ok(())
}

fn build_alchitry_cu(design: &Design, out: &Path) -> Result<Value, String> {
    let module = &design.module;
    write_designs(std::slice::from_ref(design), out).map_err(|e| e.to_string())?;
    std::fs::write(out.join("lint_waivers.vlt"), LINT_WAIVERS).map_err(|e| e.to_string())?;
    std::fs::write(out.join("alchitry-cu.pcf"), ALCHITRY_CU_PCF).map_err(|e| e.to_string())?;
    lint(design)?;
    let verilog = format!("{module}.v");
    let netlist = format!("{module}.json");
    let placed = format!("{module}.asc");
    let bitstream = format!("{module}.bin");
    let script = format!("read_verilog {verilog}; synth_ice40 -top {module} -json {netlist}; tee -o yosys_stat.txt stat");
    step("yosys", &["-p", &script], out, "yosys.log")?;
    let stats = parse_stat(&std::fs::read_to_string(out.join("yosys_stat.txt")).map_err(|e| e.to_string())?);
    let target_mhz = CORE_CLOCK_HZ as f64 / 1e6;
    let freq = format!("{target_mhz}");
    if let Err(error) = step(
        "nextpnr-ice40",
        &["--hx8k", "--package", "cb132", "--json", &netlist, "--pcf", "alchitry-cu.pcf", "--asc", &placed, "--freq", &freq, "--seed", "1", "--timing-allow-fail", "--report", "nextpnr_report.json"],
        out,
        "nextpnr.log",
    ) {
        // Not placed (too big for the device, or a pin the package lacks): what synthesis needed.
        return Ok(json!({
            "board": "alchitry-cu",
            "device": "iCE40-HX8K",
            "top": module,
            "resources": {"luts": stats.luts, "flip_flops": stats.flip_flops, "block_rams": stats.block_rams},
            "fits": false,
            "place_and_route_error": error,
            "meets_timing": false,
            "logs": ["yosys.log", "nextpnr.log"],
        }));
    }
    step("icepack", &[&placed, &bitstream], out, "icepack.log")?;
    let placed = Placed::read(out, target_mhz, &bitstream)?;
    let (used, available) = (|cell: &str| placed.used(cell), |cell: &str| placed.available(cell));
    Ok(json!({
        "board": "alchitry-cu",
        "device": "iCE40-HX8K",
        "package": "CB132",
        "top": module,
        "oscillator_mhz": OSCILLATOR_HZ as f64 / 1e6,
        "core_clock_mhz": target_mhz,
        "resources": {
            "luts": stats.luts,
            "flip_flops": stats.flip_flops,
            "block_rams": used("ICESTORM_RAM"),
            "block_rams_available": available("ICESTORM_RAM"),
            "logic_cells": used("ICESTORM_LC"),
            "logic_cells_available": available("ICESTORM_LC"),
            "logic_cell_utilisation_percent": (1000.0 * used("ICESTORM_LC") as f64 / available("ICESTORM_LC").max(1) as f64).round() / 10.0,
            "ios": used("SB_IO"),
            "plls": used("ICESTORM_PLL"),
            "global_buffers": used("SB_GB"),
        },
        "fits": true,
        "clocks": placed.clocks,
        "meets_timing": placed.meets_timing,
        "bitstream": bitstream,
        "bitstream_bytes": placed.bitstream_bytes,
        "logs": ["yosys.log", "nextpnr.log", "icepack.log"],
        "tools": {
            "yosys": tool_version("yosys", "-V"),
            "nextpnr-ice40": tool_version("nextpnr-ice40", "--version"),
            "verilator": tool_version("verilator", "--version"),
        },
    }))
}

/// nextpnr's report (`--report`) of the last placement.
fn nextpnr_report(out: &Path) -> Result<Value, String> {
    serde_json::from_str(&std::fs::read_to_string(out.join("nextpnr_report.json")).map_err(|e| e.to_string())?)
        .map_err(|e| format!("nextpnr's report is not JSON: {e}"))
}

/// Each clock's Fmax against its target, from nextpnr's report.
fn clocks_from_report(out: &Path, target_mhz: f64) -> Result<Vec<Value>, String> {
    Ok(nextpnr_report(out)?["fmax"]
        .as_object()
        .ok_or("no Fmax in nextpnr's report")?
        .iter()
        .map(|(name, c)| {
            let achieved = c["achieved"].as_f64().unwrap_or(0.0);
            let constraint = c["constraint"].as_f64().unwrap_or(target_mhz);
            json!({"clock": name, "fmax_mhz": (achieved * 10.0).round() / 10.0, "target_mhz": constraint, "meets_target": achieved >= constraint})
        })
        .collect())
}

fn clocks_meet_targets(clocks: &[Value]) -> bool {
    !clocks.is_empty() && clocks.iter().all(|c| c["meets_target"] == true)
}

/// What nextpnr's report (`--report`) and the bitstream say of a placed design.
struct Placed {
    pnr: Value,
    /// Each clock's Fmax against its target.
    clocks: Vec<Value>,
    meets_timing: bool,
    bitstream_bytes: u64,
}

impl Placed {
    fn read(out: &Path, target_mhz: f64, bitstream: &str) -> Result<Self, String> {
        let pnr = nextpnr_report(out)?;
        let clocks = clocks_from_report(out, target_mhz)?;
        let meets_timing = clocks_meet_targets(&clocks);
        let bitstream_bytes = std::fs::metadata(out.join(bitstream)).map_err(|e| e.to_string())?.len();
        Ok(Self { pnr, clocks, meets_timing, bitstream_bytes })
    }

    fn used(&self, cell: &str) -> u64 {
        self.pnr["utilization"][cell]["used"].as_u64().unwrap_or(0)
    }

    fn available(&self, cell: &str) -> u64 {
        self.pnr["utilization"][cell]["available"].as_u64().unwrap_or(0)
    }
}

/// An ECP5 tool: native on the PATH if there is one, else YoWASP's build in the project's `.venv`
/// (`scripts/setup.sh` installs it).
fn ecp5_tool(name: &str) -> Result<String, String> {
    if Command::new(name).arg("--help").output().is_ok() {
        return Ok(name.to_owned());
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.venv/bin").join(format!("yowasp-{name}"));
    if venv.exists() {
        return Ok(venv.to_string_lossy().into_owned());
    }
    Err(format!("{name} is not installed: run scripts/setup.sh (it installs YoWASP's {name} into .venv)"))
}

/// An ECP5 board's top: the ULX3S's whole-path self-test at the oscillator's 25 MHz, or the
/// Colorlight i9's NIC on its RGMII port.
fn build_ecp5(board: &Ecp5Board, design: &Design, out: &Path) -> Result<Value, String> {
    let module = &design.module;
    write_designs(std::slice::from_ref(design), out).map_err(|e| e.to_string())?;
    std::fs::write(out.join("lint_waivers.vlt"), LINT_WAIVERS).map_err(|e| e.to_string())?;
    std::fs::write(out.join(board.lpf_name), board.lpf).map_err(|e| e.to_string())?;
    lint(design)?;
    let (nextpnr, ecppack) = (ecp5_tool("nextpnr-ecp5")?, ecp5_tool("ecppack")?);
    let netlist = format!("{module}.json");
    let config = format!("{module}.config");
    let bitstream = format!("{module}.bit");
    let script = format!("read_verilog {module}.v; synth_ecp5 -top {module} -json {netlist}; tee -o yosys_stat.txt stat");
    step("yosys", &["-p", &script], out, "yosys.log")?;
    let cells = stat_cells(&std::fs::read_to_string(out.join("yosys_stat.txt")).map_err(|e| e.to_string())?);
    let count = |cell: &str| cells.iter().filter(|(c, _)| c == cell).map(|(_, n)| n).sum::<u64>();
    let target_mhz = board.core_clock_mhz;
    let freq = format!("{target_mhz}");
    let mut seeds_tried = Vec::new();
    for seed in PLACEMENT_SEEDS {
        let seed_text = seed.to_string();
        if let Err(error) = step(
            &nextpnr,
            &[
                board.nextpnr_device, "--package", board.package, "--json", &netlist, "--lpf", board.lpf_name, "--textcfg", &config, "--freq", &freq,
                "--seed", &seed_text, "--timing-allow-fail", "--report", "nextpnr_report.json",
            ],
            out,
            "nextpnr.log",
        ) {
            return Ok(json!({
                "board": board.board,
                "device": board.device,
                "top": module,
                "resources": {"lut4": count("LUT4"), "flip_flops": count("TRELLIS_FF"), "block_rams": count("DP16KD")},
                "fits": false,
                "place_and_route_error": error,
                "meets_timing": false,
                "logs": ["yosys.log", "nextpnr.log"],
            }));
        }
        let clocks = clocks_from_report(out, target_mhz)?;
        let meets_timing = clocks_meet_targets(&clocks);
        seeds_tried.push(json!({"seed": seed, "meets_timing": meets_timing, "clocks": clocks}));
        if meets_timing {
            break;
        }
        eprintln!("[build] placement seed {seed} misses a clock target; trying the next seed");
    }
    step(&ecppack, &["--compress", &config, &bitstream], out, "ecppack.log")?;
    let placed = Placed::read(out, target_mhz, &bitstream)?;
    let (used, available) = (|cell: &str| placed.used(cell), |cell: &str| placed.available(cell));
    Ok(json!({
        "board": board.board,
        "placement_seed": seeds_tried.last().map(|tried| tried["seed"].clone()),
        "placement_seeds_tried": seeds_tried,
        "device": board.device,
        "package": board.package,
        "top": module,
        "oscillator_mhz": board.oscillator_mhz,
        "core_clock_mhz": target_mhz,
        "resources": {
            "lut4": count("LUT4"),
            "carry_cells_ccu2c": count("CCU2C"),
            "flip_flops": used("TRELLIS_FF"),
            "flip_flops_available": available("TRELLIS_FF"),
            "logic_cells": used("TRELLIS_COMB"),
            "logic_cells_available": available("TRELLIS_COMB"),
            "logic_cell_utilisation_percent": (1000.0 * used("TRELLIS_COMB") as f64 / available("TRELLIS_COMB").max(1) as f64).round() / 10.0,
            "distributed_ram_cells": used("TRELLIS_RAMW"),
            "block_rams": used("DP16KD"),
            "block_rams_available": available("DP16KD"),
            "ios": used("TRELLIS_IO"),
        },
        "fits": true,
        "clocks": placed.clocks,
        "meets_timing": placed.meets_timing,
        "bitstream": bitstream,
        "bitstream_bytes": placed.bitstream_bytes,
        "logs": ["yosys.log", "nextpnr.log", "ecppack.log"],
        "tools": {
            "yosys": tool_version("yosys", "-V"),
            "nextpnr-ecp5": tool_version(&nextpnr, "--version"),
            "verilator": tool_version("verilator", "--version"),
        },
    }))
}

/// Every block out of context on the HX8K: yosys resources, and nextpnr's Fmax in a registered
/// shell when the block fits the device (a block that does not is reported as such).
fn blocks() -> Result<Value, String> {
    let designs = nic_hdl::tops::selected(&BLOCKS.iter().map(|b| b.to_string()).collect::<Vec<_>>()).map_err(|e| e.to_string())?;
    let mut rows = serde_json::Map::new();
    for design in &designs {
        eprintln!("[build] block {} …", design.module);
        let synth = synth_ice40(design)?;
        let mut row = json!({"luts": synth.luts, "flip_flops": synth.flip_flops, "block_rams": synth.block_rams});
        if synth.block_rams <= 32 {
            // Placed against the goal: nextpnr stops improving a path once it meets its target.
            match place_and_route_ice40(design, BLOCK_FMAX_GOAL_MHZ) {
                Ok(pnr) => {
                    row["logic_cells"] = json!(pnr.logic_cells);
                    row["fmax_mhz"] = json!((pnr.fmax_mhz * 10.0).round() / 10.0);
                    row["fmax_goal_mhz"] = json!(BLOCK_FMAX_GOAL_MHZ);
                    row["meets_goal"] = json!(pnr.fmax_mhz >= BLOCK_FMAX_GOAL_MHZ);
                }
                Err(e) => row["place_and_route"] = json!(format!("failed: {}", e.lines().next().unwrap_or(""))),
            }
        } else {
            row["place_and_route"] = json!("not attempted: more block RAM than the HX8K's 32");
        }
        rows.insert(design.module.clone(), row);
    }
    Ok(Value::Object(rows))
}

/// The full-size core for ECP5 (`yosys synth_ecp5`, out of context, no timing).
fn ecp5_estimate(out: &Path) -> Result<Value, String> {
    let design = nic_hdl::tops::selected(&[FULL_CORE.to_owned()]).map_err(|e| e.to_string())?.remove(0);
    let dir = out.join("estimate");
    write_designs(std::slice::from_ref(&design), &dir).map_err(|e| e.to_string())?;
    let script = format!("read_verilog {m}.v; synth_ecp5 -top {m}; tee -o ecp5_stat.txt stat", m = design.module);
    step("yosys", &["-q", "-p", &script], &dir, "yosys_ecp5.log")?;
    let stat = std::fs::read_to_string(dir.join("ecp5_stat.txt")).map_err(|e| e.to_string())?;
    let cells = stat_cells(&stat);
    let count = |cell: &str| cells.iter().filter(|(c, _)| c == cell).map(|(_, n)| n).sum::<u64>();
    Ok(json!({
        "top": design.module,
        "configuration": "16 QPs, two connectors, 32 slots of 2 KiB per QP, 32 KiB replay ring per QP, 8 KiB receive queue",
        "tool": "yosys synth_ecp5 (resources only, no timing)",
        "luts": count("LUT4") + 2 * count("CCU2C"),
        "lut4": count("LUT4"),
        "carry_cells_ccu2c": count("CCU2C"),
        "flip_flops": count("TRELLIS_FF"),
        "distributed_ram_dpr16x4": count("TRELLIS_DPR16X4"),
        "block_rams_dp16kd": count("DP16KD"),
    }))
}
