//! `nicctl`: drive the NIC and power manager, on the board or simulated.

mod bench;
mod build;
mod demo;
mod device_cli;
mod emit;
mod nvme_cli;
mod out_dir;
mod progress;
mod regs_cli;
mod replay_cli;
mod sim_nic;
mod sim_serve;
mod table;
mod vault_bench;
mod vault_cli;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "nicctl", version, about = "Control, simulate and build the storage-front-end NIC and its power manager")]
struct Cli {
    // `--device` is added in `command_line`: only the device commands carry it.
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
        /// Only this top (repeatable), e.g. `--top nic_core`; every top when absent.
        #[arg(long = "top")]
        tops: Vec<String>,
    },
    /// Build the bitstream for a board: Verilog, lint, yosys, nextpnr, icepack/ecppack, `report.json`.
    ///
    /// Example: `nicctl build --board alchitry-cu --out out/board` (logs and report in out/board).
    Build {
        /// The board: `alchitry-cu` (iCE40-HX8K, CB132, 100 MHz oscillator: control plane, power
        /// sequencer, receive self-test), `ulx3s-85f` (ECP5-85F, CABGA381, 25 MHz: the whole-path
        /// self-test) or `colorlight-i9` (ECP5-45F: the NIC on gigabit PHY 0 over RGMII).
        #[arg(long)]
        board: String,
        /// Directory for the Verilog, logs, bitstream and `report.json` (created if missing).
        #[arg(long)]
        out: PathBuf,
        /// Also synthesise and place every block out of context (minutes).
        #[arg(long)]
        blocks: bool,
        /// Also synthesise the full-size NIC core for ECP5: a larger device's resources (minutes).
        #[arg(long)]
        estimate: bool,
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
        #[command(subcommand)]
        access: Option<RegsAccess>,
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
        /// Print docs/registers.md (generated from the same source as the HDL's addresses).
        #[arg(long, conflicts_with = "json")]
        markdown: bool,
    },
    /// The power sequencer: status, the power button, re-arm; AC loss on a simulated device.
    #[command(subcommand)]
    Power(device_cli::Power),
    /// Counters by cause (what was dropped, and why).
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock stats --json`
    Stats {
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The NVMe-oF QPs: set up, remove, list.
    #[command(subcommand)]
    Qp(nvme_cli::Qp),
    /// A controller's links: administratively down (its QPs fail over) or up again.
    #[command(subcommand)]
    Link(nvme_cli::Link),
    /// Move QPs that failed over back to their home controller (drained first).
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock failback`
    Failback,
    /// The simulated device.
    #[command(subcommand)]
    Sim(SimCommand),
    /// The BIOS side of the power-loss vault: save memory to the vault disk, restore and verify it.
    #[command(subcommand)]
    Vault(vault_cli::Vault),
}

#[derive(Subcommand)]
enum RegsAccess {
    /// Read a register by name (`power.STATUS`) or word address (`0x0200`).
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock regs read id.MAGIC`
    Read {
        /// A register by name (`id.SCRATCH`, see `nicctl regs`) or word address (`0x0003`).
        register: String,
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write a register by name or word address; VALUE is decimal or 0x hex.
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock regs write id.SCRATCH 0x1234`
    Write {
        /// A register by name (`id.SCRATCH`, see `nicctl regs`) or word address (`0x0003`).
        register: String,
        /// The value: decimal or 0x hex, at most 32 bits.
        value: String,
    },
}

#[derive(Subcommand)]
enum SimCommand {
    /// Run one simulated device (the verilated control plane on a simulated board) behind a
    /// Unix socket, for separate `nicctl --device sim:SOCKET …` invocations.
    ///
    /// Example: `nicctl sim serve --socket /tmp/nic.sock &` then `nicctl --device sim:/tmp/nic.sock power status`
    Serve {
        /// The Unix socket to serve on (a new one; an existing file that is not a stale socket is refused).
        #[arg(long)]
        socket: PathBuf,
        /// Clock cycles simulated per second while no command is waiting (timers progress):
        /// 1 to 10 000 000 (the simulator's own speed is about that).
        #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
        cycles_per_second: u64,
    },
    /// The simulated NIC core on an Ethernet wire a QEMU guest plugs into (its stream netdev),
    /// with ARP and RDMA-CM on its management path and controllers A and B behind it: a Linux
    /// host's NVMe-oF RDMA initiator (Soft-RoCE) connects to it (docs/interop.md).
    ///
    /// Example: `nicctl sim nic --ethernet unix:/tmp/wire.sock --control /tmp/nic.ctl &`, then
    /// QEMU with `-netdev stream,id=n0,server=off,addr.type=unix,addr.path=/tmp/wire.sock`, and
    /// `nicctl --device nic:/tmp/nic.ctl link down a`
    Nic {
        /// Where the guest's wire connects: `unix:PATH` (a new socket; an existing file that is
        /// not a stale socket is refused).
        #[arg(long)]
        ethernet: String,
        /// Control socket for `nicctl --device nic:PATH link|failback|stats`.
        #[arg(long)]
        control: Option<PathBuf>,
        /// Write every frame of the guest's link here when the run ends (pcap, ns timestamps).
        #[arg(long)]
        pcap: Option<PathBuf>,
        /// Write the run's report (counters, completion gaps, cycles/s) here as JSON when it
        /// ends; printed on stdout when absent.
        #[arg(long)]
        report: Option<PathBuf>,
        /// The NIC's MAC address.
        #[arg(long, default_value = "02:4e:49:43:00:01")]
        mac: String,
        /// The NIC's IPv4 address (hosts connect to port 4420 there).
        #[arg(long, default_value = "10.0.0.2")]
        ip: String,
        /// Seed of the controllers' service times.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// End the run (report and pcap written) when the guest disconnects its wire.
        #[arg(long)]
        exit_when_guest_leaves: bool,
    },
    /// Feed the host frames of a pcap through the simulated NIC core (QPs set up from a TOML
    /// file, controller models A and B behind it, frames at the capture's pace) and write every
    /// frame the NIC sends to another pcap; prints the core's counters by cause. The file's
    /// format is in docs/nic-core.md ("Replay").
    ///
    /// Example: `nicctl sim replay --config qps.toml --pcap-in host.pcap --pcap-out nic.pcap --json`
    Replay {
        /// The QP set-up (TOML; format in docs/nic-core.md, "Replay").
        #[arg(long)]
        config: PathBuf,
        /// The capture whose host frames go in (classic pcap, Ethernet).
        #[arg(long)]
        pcap_in: PathBuf,
        /// Where the frames the NIC sends are written (never the input capture).
        #[arg(long)]
        pcap_out: PathBuf,
        /// Cycles the NIC runs on after the last frame went in and the controllers fell idle.
        #[arg(long, default_value_t = 20_000)]
        settle_cycles: u64,
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// The commands that talk to a device: the only ones `--device` (and `NICCTL_DEVICE`) is for.
const DEVICE_COMMANDS: [&str; 6] = ["stats", "qp", "link", "failback", "power", "regs"];

fn device_arg() -> clap::Arg {
    clap::Arg::new("device").long("device").value_name("DEVICE").help(
        "The device: `sim:SOCKET` (a `nicctl sim serve` daemon), `serial:/dev/ttyUSB1[@BAUD]` (the board), \
         or `nic:SOCKET` (a `nicctl sim nic` control socket: `link`, `failback`, `stats`)",
    )
}

/// `--device` goes before the subcommand (`nicctl --device D stats`) or anywhere after a device
/// command; only device commands show it and read `NICCTL_DEVICE`.
fn command_line() -> clap::Command {
    let top = Cli::command().arg(device_arg().help("The device, for the commands that use one (see their --help)"));
    DEVICE_COMMANDS.iter().fold(top, |c, name| c.mut_subcommand(name, |s| s.arg(device_arg().env("NICCTL_DEVICE").global(true))))
}

/// The device named on the command line (after the subcommand first), else in `NICCTL_DEVICE`;
/// refused on a command that uses none.
fn device_of(matches: &clap::ArgMatches, uses_device: bool) -> Result<Option<String>, String> {
    let mut levels = vec![matches];
    while let Some((_, sub)) = levels.last().expect("the top").subcommand() {
        levels.push(sub);
    }
    let given = |m: &clap::ArgMatches| m.try_get_one::<String>("device").ok().flatten().cloned().map(|v| (v, m.value_source("device")));
    let named = levels.iter().rev().filter_map(|m| given(m)).find(|(_, source)| *source == Some(ValueSource::CommandLine));
    if named.is_some() && !uses_device {
        let command = matches.subcommand_name().unwrap_or_default();
        return Err(format!("`nicctl {command}` does not use a device; --device is for {} and `regs read|write`", DEVICE_COMMANDS[..5].join(", ")));
    }
    Ok(named.or_else(|| levels.iter().rev().find_map(|m| given(m))).map(|(v, _)| v))
}

fn main() -> ExitCode {
    // A closed stdout (`nicctl regs | head -1`) ends the program quietly, as it does other Unix
    // tools, instead of a panic in println!.
    // SAFETY: restoring the default disposition of one signal before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // A stdout that cannot be written (`> /dev/full`, a full disk) is an error with a message,
    // not a panic: println! panics on a failed write, and this is where that panic is caught.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info.payload().downcast_ref::<String>().map(String::as_str).or_else(|| info.payload().downcast_ref::<&str>().copied()).unwrap_or("");
        if let Some(reason) = message.strip_prefix("failed printing to stdout: ") {
            eprintln!("error: cannot write the output: {reason}");
            std::process::exit(1);
        }
        default_hook(info)
    }));
    let matches = command_line().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let uses_device = DEVICE_COMMANDS.contains(&matches.subcommand_name().unwrap_or_default()) && !matches!(cli.command, Command::Regs { access: None, .. });
    let device = match device_of(&matches, uses_device) {
        Ok(device) => device,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let device = device.as_deref();
    let nic_socket = device.and_then(|d| d.strip_prefix("nic:")).map(PathBuf::from);
    let result = match cli.command {
        Command::Link(command) if nic_socket.is_some() => nvme_cli::link_on_simulated_nic(nic_socket.as_deref().expect("nic:"), command),
        Command::Failback if nic_socket.is_some() => nvme_cli::failback_on_simulated_nic(nic_socket.as_deref().expect("nic:")),
        Command::Stats { json } if nic_socket.is_some() => nvme_cli::stats_on_simulated_nic(nic_socket.as_deref().expect("nic:"), json),
        Command::Emit { out, tops } => emit::run(&out, &tops),
        Command::Build { board, out, blocks, estimate } => build::run(&build::BuildOptions { board, blocks, estimate }, &out),
        Command::Demo { out, wave, json } => demo::run(&out, wave, json),
        Command::Bench(which) => bench::run(which),
        Command::Vault(command) => vault_cli::run(command),
        Command::Regs { access: None, json, markdown } => regs_cli::run(json, markdown),
        Command::Regs { access: Some(RegsAccess::Read { register, json }), .. } => device_cli::read(device, &register, json),
        Command::Regs { access: Some(RegsAccess::Write { register, value }), .. } => device_cli::write(device, &register, &value),
        Command::Power(command) => device_cli::power(device, command),
        Command::Stats { json } => device_cli::stats(device, json),
        Command::Qp(command) => nvme_cli::qp(device, command),
        Command::Link(command) => nvme_cli::link(device, command),
        Command::Failback => nvme_cli::failback(device),
        Command::Sim(SimCommand::Serve { socket, cycles_per_second }) => sim_serve::run(&socket, cycles_per_second),
        Command::Sim(SimCommand::Nic { ethernet, control, pcap, report, mac, ip, seed, exit_when_guest_leaves }) => (|| {
            let mac = nic_sim::nvme::replay::mac(&mac, "--mac")?;
            let ip = nic_sim::nvme::replay::ipv4(&ip, "--ip")?;
            sim_nic::run(&sim_nic::Options { ethernet, control, pcap, report, mac, ip, seed, exit_when_guest_leaves })
        })(),
        Command::Sim(SimCommand::Replay { config, pcap_in, pcap_out, settle_cycles, json }) => {
            replay_cli::run(&config, &pcap_in, &pcap_out, settle_cycles, json)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
