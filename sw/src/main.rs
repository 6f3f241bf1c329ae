//! `nicctl`: drive the NIC and power manager, on the board or simulated.

mod bench;
mod demo;
mod emit;
mod progress;
mod regs_cli;
mod table;
mod vault_bench;
mod vault_cli;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "nicctl", version, about = "Control, simulate and build the storage-front-end NIC and its power manager")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the Verilog and port manifest of every top.
    ///
    /// Example: `nicctl emit --out hdl/verilog` (what the committed files are regenerated with).
    Emit {
        /// Directory to write `<top>.v` and `<top>.ports.json` into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Run the simulated device end to end and write its artefacts.
    ///
    /// Example: `nicctl demo --out out/demo --wave`
    Demo {
        /// Directory for the Verilog, `summary.json` and (with --wave) the wave file.
        #[arg(long)]
        out: PathBuf,
        /// Also write a VCD wave file of the first cycles.
        #[arg(long)]
        wave: bool,
        /// Print the summary as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Measure performance; results are what the README quotes.
    #[command(subcommand)]
    Bench(bench::Bench),
    /// The register map: every block, register and field the host can reach.
    ///
    /// Example: `nicctl regs --json`; `nicctl regs --markdown > docs/registers.md`
    Regs {
        #[arg(long)]
        json: bool,
        /// Print docs/registers.md (generated from the same source as the HDL's addresses).
        #[arg(long, conflicts_with = "json")]
        markdown: bool,
    },
    /// The BIOS side of the power-loss vault: save memory to the vault disk, restore and verify it.
    #[command(subcommand)]
    Vault(vault_cli::Vault),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Emit { out } => emit::run(&out),
        Command::Demo { out, wave, json } => demo::run(&out, wave, json),
        Command::Bench(which) => bench::run(which),
        Command::Vault(command) => vault_cli::run(command),
        Command::Regs { json, markdown } => regs_cli::run(json, markdown),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
