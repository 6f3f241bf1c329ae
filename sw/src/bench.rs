//! `nicctl bench …`: benchmarks whose numbers the README records.

use crate::table;
use clap::Subcommand;
use serde_json::json;

#[derive(Subcommand)]
pub enum Bench {
    /// Cycles per second of the same block in Verilator and in rust-hdl's simulator, in one run.
    ///
    /// Example: `cargo run --release -p nicctl -- bench sim-speed --json`
    SimSpeed {
        /// Cycles to run in Verilator (rust-hdl runs a tenth of them: it is much slower).
        #[arg(long, default_value_t = 2_000_000)]
        cycles: u64,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(which: Bench) -> Result<(), String> {
    match which {
        Bench::SimSpeed { cycles, json } => sim_speed(cycles, json),
    }
}

fn sim_speed(cycles: u64, as_json: bool) -> Result<(), String> {
    let results = nic_sim::sim_speed::measure(cycles, (cycles / 10).max(1))?;
    let [verilator, rust_hdl] = [&results[0], &results[1]];
    let speedup = verilator.cycles_per_second / rust_hdl.cycles_per_second;
    if as_json {
        let simulators: Vec<_> = results
            .iter()
            .map(|r| json!({"simulator": r.simulator, "cycles": r.cycles, "seconds": r.seconds, "cycles_per_second": r.cycles_per_second}))
            .collect();
        let report = json!({
            "benchmark": "sim-speed",
            "block": "axis_skid_buffer",
            "simulators": simulators,
            "verilator_speedup_over_rust_hdl": speedup,
            "optimised_build": !cfg!(debug_assertions),
        });
        println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
    } else {
        let rows: Vec<Vec<String>> = results
            .iter()
            .map(|r| vec![r.simulator.into(), r.cycles.to_string(), format!("{:.3}", r.seconds), format!("{:.0}", r.cycles_per_second)])
            .collect();
        table::print(&["simulator", "cycles", "seconds", "cycles/s"], &rows);
        println!("Verilator is {speedup:.1}x faster on axis_skid_buffer");
        if cfg!(debug_assertions) {
            println!("note: debug build; quote numbers from `cargo run --release`");
        }
    }
    Ok(())
}
