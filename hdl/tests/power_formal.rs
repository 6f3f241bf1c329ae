//! Formal proof of the power sequencer's properties (docs/power-sequencer.md) on its generated Verilog, by
//! k-induction with yosys-smtbmc and z3; and, so that a proof that cannot fail is caught, one
//! deliberately broken copy of the Verilog per property, each of which must fail.

use nic_hdl::emit::Design;
use nic_hdl::power::config::PowerTimers;
use nic_hdl::power::formal::{prove, Method};

/// Induction depth: the longest a monitor needs to look back (a rail's power-on step, the
/// power-good timeout) fits well inside it. Depths below 12 leave counterexamples to induction.
const DEPTH: u32 = 12;

fn formal_design() -> Design {
    nic_hdl::tops::all().unwrap().into_iter().find(|d| d.module == "power_sequencer_formal").unwrap()
}

/// Base case (bounded check from reset) and induction step.
fn proof(design: &Design) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    prove(design, &PowerTimers::formal(), Method::Bounded { depth: DEPTH }, dir.path())?;
    prove(design, &PowerTimers::formal(), Method::Induction { depth: DEPTH }, dir.path())?;
    Ok(())
}

#[test]
fn the_sequencer_satisfies_every_property_by_k_induction() {
    proof(&formal_design()).unwrap_or_else(|log| panic!("the proof failed:\n{log}"));
}

/// (property, what the mutant breaks, Verilog text, replacement). Each text must occur exactly once
/// in the generated Verilog, so a mutant can never silently stop applying.
const MUTANTS: &[(&str, &str, &str, &str)] = &[
    ("P1", "reset leaves the rails on", "            rails_on$d = no_rails;\n            pg_expected$d = no_rails;\n            rail$d = first_rail;", "            pg_expected$d = no_rails;\n            rail$d = first_rail;"),
    ("P2", "next rail starts as soon as power-good is seen", "rail_settled = pg[rail$q] & settle$reached;", "rail_settled = pg[rail$q];"),
    ("P3", "no power-good timeout", "else if (step$reached_pg_timeout) begin", "else if (1'b0) begin"),
    ("P4", "power-good loss ignored", "pg_lost_now = |pg_missing & loss$reached;", "pg_lost_now = 1'b0;"),
    ("P5", "the power button clears faults", "        if (rearm) begin\n            pg_timeout_latched$d = 1'b0;", "        if (rearm | power_button) begin\n            pg_timeout_latched$d = 1'b0;"),
    ("P6", "no AC debounce", "if (ac_count$q >= ac_debounce_minus_one) begin", "if (1'b1) begin"),
    ("P7", "shutdown cuts the first rail first", "rails_on$d = rails_on$q & ~last_rail_bit;\n                        step$restart = 1'b1;\n                    end\n                    else", "rails_on$d = rails_on$q & ~rail_zero;\n                        step$restart = 1'b1;\n                    end\n                    else"),
    ("P8", "shedding stops one rail early", "if (rail$q <= first_shed_rail) begin", "if (rail$q <= first_shed_rail + 3'h1) begin"),
    ("P9", "reboot fires with the flag, not after it", "flag$d = 1'b1;", "flag$d = 1'b1;\n                    reboot$d = 1'b1;"),
    ("P10", "no watchdog", "if (in_vault & watchdog_reached_limit$q) begin", "if (1'b0) begin"),
];

#[test]
fn every_broken_variant_fails_the_proof() {
    let design = formal_design();
    for (property, _, text, _) in MUTANTS {
        assert_eq!(design.verilog.matches(text).count(), 1, "{property}: mutant text must occur exactly once");
    }
    // Two workers: the machine has two cores.
    let survivors: Vec<String> = std::thread::scope(|scope| {
        let work: Vec<_> = MUTANTS.chunks(MUTANTS.len().div_ceil(2)).map(|chunk| {
            let design = &design;
            scope.spawn(move || {
                chunk
                    .iter()
                    .filter_map(|(property, what, text, replacement)| {
                        let mutant = Design { verilog: design.verilog.replacen(text, replacement, 1), ..design.clone() };
                        // It must fail on an assertion, not on a tool error.
                        match proof(&mutant) {
                            Err(log) if log.contains("Assert failed") => None,
                            Err(log) => Some(format!("{property} ({what}) broke the tools:\n{log}")),
                            Ok(()) => Some(format!("{property} ({what}) passes")),
                        }
                    })
                    .collect::<Vec<_>>()
            })
        }).collect();
        work.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });
    assert!(survivors.is_empty(), "broken variants not caught by an assertion:\n{}", survivors.join("\n"));
}
