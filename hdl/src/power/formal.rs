//! Formal proof of the sequencer's properties with yosys-smtbmc and z3.
//!
//! The property wrapper (`hdl/formal/power_sequencer_props.sv`) takes every number from a header
//! written here from the Rust configuration; the design under proof is the generated Verilog.

use super::config::{PowerTimers, BOARD_PROTECTED_RAILS, BOARD_RAILS};
use super::sequencer::PowerState;
use crate::emit::Design;
use crate::toolchain::run;
use crate::tops::{FORMAL_RAIL_BITS, FORMAL_TIMER_BITS};
use rust_hdl::prelude::*;
use std::fmt::Write as _;
use std::path::Path;

pub const PROPERTY_WRAPPER: &str = include_str!("../../formal/power_sequencer_props.sv");

/// `power_formal_params.vh`: rails, timers and state codes for the wrapper.
pub fn params_header(timers: &PowerTimers) -> String {
    let rails = BOARD_RAILS.len();
    let mut h = String::from("// Written by nic_hdl::power::formal from the Rust configuration.\n");
    let defines = [
        ("RAILS", rails as u64),
        ("RAIL_BITS", FORMAL_RAIL_BITS as u64),
        ("PROTECTED_RAILS", BOARD_PROTECTED_RAILS as u64),
        ("PROTECTED_MASK", (1u64 << BOARD_PROTECTED_RAILS) - 1),
        ("TIMER_BITS", FORMAL_TIMER_BITS as u64),
        ("AC_DEBOUNCE", timers.ac_debounce as u64),
        ("PG_SETTLE", timers.pg_settle as u64),
        ("PG_TIMEOUT", timers.pg_timeout as u64),
        ("PG_LOSS_FILTER", timers.pg_loss_filter as u64),
        ("OFF_GAP", timers.off_gap as u64),
        ("SHED_GAP", timers.shed_gap as u64),
        ("VAULT_WATCHDOG", timers.vault_watchdog as u64),
        ("VAULT_BOUND", timers.worst_case_vault_cycles(BOARD_PROTECTED_RAILS)),
    ];
    for (name, value) in defines {
        let _ = writeln!(h, "`define {name} {value}");
    }
    let TypeKind::Enum(states) = PowerState::descriptor().kind else { unreachable!("PowerState is an enum") };
    for (code, name) in states.iter().enumerate() {
        let variant = name.rsplit("::").next().unwrap_or(name);
        let _ = writeln!(h, "`define S_{} {code}", variant.to_uppercase());
    }
    h
}

/// How a proof is attempted.
#[derive(Copy, Clone, Debug)]
pub enum Method {
    /// Bounded model check from reset, `depth` cycles.
    Bounded { depth: u32 },
    /// k-induction: the properties hold in any `depth` consecutive cycles where they held before.
    Induction { depth: u32 },
}

/// Proves the wrapper's properties on `design` (a `power_sequencer_formal` emitted from RustHDL,
/// or a deliberately broken copy of its Verilog). `Err` carries the solver's log.
pub fn prove(design: &Design, timers: &PowerTimers, method: Method, dir: &Path) -> Result<String, String> {
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"));
    write("design.v", &design.verilog)?;
    write("power_sequencer_props.sv", PROPERTY_WRAPPER)?;
    write("power_formal_params.vh", &params_header(timers))?;
    let script = "read_verilog -formal design.v; read_verilog -formal -sv power_sequencer_props.sv; \
                  prep -top power_sequencer_props; flatten; opt_clean; async2sync; dffunmap; write_smt2 -wires model.smt2";
    run("yosys", &["-q", "-p", script], dir)?;
    let (flag, depth) = match method {
        Method::Bounded { depth } => (None, depth),
        Method::Induction { depth } => (Some("-i"), depth),
    };
    let depth = depth.to_string();
    // `--unroll`: z3 4.8 stalls on the default (uninterpreted-function) encoding of this design.
    let mut args = vec!["-s", "z3", "--unroll", "--presat", "-t", &depth];
    args.extend(flag);
    args.push("model.smt2");
    run("yosys-smtbmc", &args, dir)
}
