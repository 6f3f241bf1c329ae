//! Commands that talk to a device: `power …`, `stats`, `regs read|write`.

use crate::table;
use clap::Subcommand;
use nic_hdl::bridge::protocol::Status;
use nic_hdl::registers::map::{self, BRIDGE, MAC, NVME, POWER, ROCE, SELFTEST};
use nic_hdl::power::config::BOARD_RAILS;
use nicctl::driver::{self, socket, Device, Transport};
use serde_json::json;

pub fn open(device: Option<&str>) -> Result<Device<Box<dyn Transport>>, String> {
    let target = device.ok_or("no device: give --device sim:SOCKET (start one with `nicctl sim serve --socket SOCKET`), --device serial:/dev/ttyUSB1 or --device nic:SOCKET (a `nicctl sim nic`), or set NICCTL_DEVICE")?;
    driver::connect(target).map_err(|e| e.to_string())
}

#[derive(Subcommand)]
pub enum Power {
    /// The sequencer's state, rails, sticky faults and vault counters.
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock power status --json`
    Status {
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Simulated device only: external power (AC-OK) goes away.
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock power ac-loss` (the sequencer sheds the rails
    /// and reboots the CPU for the vault; `power status` shows each step)
    AcLoss,
    /// Simulated device only: external power comes back.
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock power ac-restore`
    AcRestore,
    /// Press the power button (power.CONTROL.POWER_BUTTON).
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock power button`
    Button,
    /// Clear latched faults and sticky bits (power.CONTROL.REARM).
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock power rearm`
    Rearm,
}

const STATES: [&str; 11] = ["Off", "PowerOn", "Run", "Shutdown", "Shed", "SetFlag", "Reboot", "VaultWait", "VaultOff", "AcWait", "Fault"];

fn rails(mask: u32) -> String {
    let on: Vec<&str> = BOARD_RAILS.iter().enumerate().filter(|(i, _)| mask >> i & 1 == 1).map(|(_, r)| *r).collect();
    if on.is_empty() { "none".into() } else { on.join(",") }
}

pub fn power(device: Option<&str>, command: Power) -> Result<(), String> {
    let simulator = |ac_ok: bool| -> Result<(), String> {
        let socket = device.and_then(|d| d.strip_prefix("sim:")).ok_or("AC can only be switched on a simulated device (--device sim:SOCKET)")?;
        let mut link = socket::SocketLink::connect(std::path::Path::new(socket)).map_err(|e| e.to_string())?;
        let answer = link.call(&socket::Request::Board(socket::BoardPins { ac_ok: Some(ac_ok), backup_ok: None })).map_err(|e| e.to_string())?;
        println!("AC {} at cycle {}", if ac_ok { "restored" } else { "lost" }, answer.cycle);
        Ok(())
    };
    match command {
        Power::AcLoss => return simulator(false),
        Power::AcRestore => return simulator(true),
        _ => {}
    }
    let mut dev = open(device)?;
    let pulse = |dev: &mut Device<Box<dyn Transport>>, field: &str| {
        dev.write("power.CONTROL", 1 << POWER.register("CONTROL").field(field).lsb).map_err(|e| e.to_string())
    };
    match command {
        Power::Button => pulse(&mut dev, "POWER_BUTTON"),
        Power::Rearm => pulse(&mut dev, "REARM"),
        Power::Status { json } => {
            let values = dev.read_block(&POWER).map_err(|e| e.to_string())?;
            let get = |name: &str| values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).unwrap_or(0);
            let status = POWER.register("STATUS");
            let state = status.field("STATE").extract(get("STATUS")) as usize;
            let flags: Vec<(&str, bool)> = status.fields[1..].iter().map(|f| (f.name, f.extract(get("STATUS")) == 1)).collect();
            if json {
                let mut report = json!({
                    "state": STATES.get(state).copied().unwrap_or("unknown"),
                    "rails_enabled": rails(get("RAIL_ENABLE")),
                    "rails_power_good": rails(get("RAIL_POWER_GOOD")),
                    "fault_rails": rails(get("FAULT_RAILS")),
                    "vault_count": get("VAULT_COUNT"),
                    "last_vault_cycles": get("LAST_VAULT_CYCLES"),
                    "watchdog_expiries": get("WATCHDOG_EXPIRIES"),
                });
                for (name, on) in &flags {
                    report[name.to_lowercase()] = json!(on);
                }
                println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
            } else {
                let mut rows = vec![
                    vec!["state".into(), STATES.get(state).copied().unwrap_or("unknown").into()],
                    vec!["rails enabled".into(), rails(get("RAIL_ENABLE"))],
                    vec!["rails power-good".into(), rails(get("RAIL_POWER_GOOD"))],
                ];
                rows.extend(flags.iter().filter(|(_, on)| *on).map(|(name, _)| vec![name.to_lowercase(), "yes".into()]));
                rows.extend(["VAULT_COUNT", "LAST_VAULT_CYCLES", "WATCHDOG_EXPIRIES"].iter().map(|n| vec![n.to_lowercase(), get(n).to_string()]));
                table::print(&["power", "value"], &rows);
            }
            Ok(())
        }
        Power::AcLoss | Power::AcRestore => unreachable!("handled above"),
    }
}

/// `nicctl stats`: counters by cause, block by block: the bridge's, then those of each block the
/// device has — the connectors' and their supervisor's (`nvme`), a board's self-test, MAC and
/// RoCE transport — every read-only register but status words and the QP map. `id.BLOCKS` says
/// which blocks the device has.
pub fn stats(device: Option<&str>, json: bool) -> Result<(), String> {
    let mut dev = open(device)?;
    let present = dev.read("id.BLOCKS").map_err(|e| e.to_string())?;
    let mut blocks = vec![("bridge", dev.read_block(&BRIDGE).map_err(|e| e.to_string())?)];
    for block in [NVME, SELFTEST, MAC, ROCE] {
        if present >> (block.base / map::BLOCK_WORDS) & 1 == 0 {
            continue;
        }
        let counters = dev
            .read_block(&block)
            .map_err(|e| e.to_string())?
            .into_iter()
            .filter(|(n, _)| block.register(n).access == map::Access::ReadOnly && *n != "STATUS" && !n.starts_with("QP_MAP"))
            .collect();
        blocks.push((block.name, counters));
    }
    let controllers = match blocks.iter().any(|(name, _)| *name == NVME.name) {
        true => Some(crate::nvme_cli::controller_states(&mut dev)?),
        false => None,
    };
    if json {
        let mut report = serde_json::Map::new();
        for (block, values) in &blocks {
            let counters: serde_json::Map<String, serde_json::Value> = values.iter().map(|(n, v)| (n.to_lowercase(), json!(v))).collect();
            report.insert(block.to_string(), json!(counters));
        }
        if let Some(controllers) = &controllers {
            let states: serde_json::Map<String, serde_json::Value> = ["a", "b"]
                .iter()
                .zip(controllers)
                .map(|(name, c)| (name.to_string(), json!({"link_up": c.link_up, "admin_down": c.admin_down, "fenced": c.fenced, "serving": c.serving})))
                .collect();
            report.insert("controllers".into(), json!(states));
        }
        println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
    } else {
        for (name, c) in ["a", "b"].iter().zip(controllers.iter().flatten()) {
            println!("controller {name}: {}", c.describe());
        }
        let rows: Vec<Vec<String>> = blocks.iter().flat_map(|(block, values)| values.iter().map(move |(n, v)| vec![block.to_string(), n.to_lowercase(), v.to_string()])).collect();
        table::print(&["block", "counter", "value"], &rows);
    }
    Ok(())
}

/// `nicctl regs read NAME` / `regs write NAME VALUE`; NAME is `block.REGISTER` or an address.
pub fn read(device: Option<&str>, name: &str, json: bool) -> Result<(), String> {
    // A name is looked up before the device is reached.
    let address = match parse_address(name) {
        Some(address) => address,
        None => find(name).map(|(block, register)| block.base + register.offset)?,
    };
    let mut dev = open(device)?;
    let value = match parse_address(name) {
        Some(_) => dev.transport.read(address, 1).map(|words| words[0]),
        None => dev.read(name),
    }
    .map_err(|e| explain_bus_error(&mut dev, address, e))?;
    if json {
        println!("{}", json!({ "register": name, "address": address, "value": value }));
    } else {
        println!("{name} (0x{address:04x}) = 0x{value:08x} ({value})");
    }
    Ok(())
}

pub fn write(device: Option<&str>, name: &str, value: &str) -> Result<(), String> {
    let value = parse_number(value)?;
    // Refused before the device is reached: a read-only register, by name or by address.
    let read_only = match parse_address(name) {
        Some(address) => map::MAP.iter().flat_map(|b| b.registers.iter().map(move |r| (b, r))).find(|(b, r)| b.base + r.offset == address),
        None => Some(find(name)?),
    }
    .filter(|(_, r)| r.access == map::Access::ReadOnly);
    if let Some((block, r)) = read_only {
        return Err(format!("{}.{} is read-only: the write is refused (see `nicctl regs`)", block.name, r.name));
    }
    let mut dev = open(device)?;
    let address = match parse_address(name) {
        Some(address) => address,
        None => find(name).map(|(block, register)| block.base + register.offset)?,
    };
    dev.transport.write(address, &[value]).map_err(|e| explain_bus_error(&mut dev, address, e))
}

/// A bus error on a block the device does not have says so (`id.BLOCKS`), not just "refused".
fn explain_bus_error(dev: &mut Device<Box<dyn Transport>>, address: u16, error: driver::DriverError) -> String {
    let block = map::MAP.iter().find(|b| address / map::BLOCK_WORDS == b.base / map::BLOCK_WORDS);
    if let (driver::DriverError::Device { status: Status::BusError, .. }, Some(block)) = (&error, block) {
        if let Ok(present) = dev.read("id.BLOCKS") {
            if present >> (block.base / map::BLOCK_WORDS) & 1 == 0 {
                return format!("{error}: this device has no `{}` block (id.BLOCKS reads {present:#x}; see `nicctl regs`)", block.name);
            }
        }
    }
    error.to_string()
}

/// A register value: decimal or 0x hex, at most 32 bits (a larger number is out of range, not
/// "not a number").
fn parse_number(text: &str) -> Result<u32, String> {
    let wide = match text.strip_prefix("0x") {
        Some(hex) => u128::from_str_radix(hex, 16),
        None => text.parse::<u128>(),
    };
    match wide {
        Ok(value) => u32::try_from(value).map_err(|_| format!("`{text}` is out of range: a register holds 32 bits (at most 0xffffffff)")),
        Err(e) if matches!(e.kind(), std::num::IntErrorKind::PosOverflow) => Err(format!("`{text}` is out of range: a register holds 32 bits (at most 0xffffffff)")),
        Err(_) => Err(format!("`{text}` is not a number (decimal or 0x hex)")),
    }
}

/// A register by its `block.REGISTER` name, or the driver's message for an unknown one.
fn find(name: &str) -> Result<(&'static map::Block, &'static map::Register), String> {
    map::find(name).ok_or_else(|| driver::DriverError::UnknownRegister(name.into()).to_string())
}

fn parse_address(text: &str) -> Option<u16> {
    text.strip_prefix("0x").and_then(|hex| u16::from_str_radix(hex, 16).ok())
}
