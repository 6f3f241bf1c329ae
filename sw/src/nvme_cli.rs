//! Commands for the NVMe-oF connectors: `qp add|list|del`, `link down|up a|b`, `failback`
//! (the `nvme` register block; docs/controller-link.md).

use crate::device_cli::open;
use crate::table;
use clap::{Subcommand, ValueEnum};
use nic_hdl::registers::map::NVME;
use nicctl::driver::{Device, Transport};
use serde_json::json;

#[derive(Clone, Copy, ValueEnum)]
pub enum Controller {
    A,
    B,
}

impl Controller {
    fn bit(self) -> u32 {
        self as u32
    }
}

#[derive(Subcommand)]
pub enum Qp {
    /// Serve a QP: its connector and home controller (what it held is forgotten).
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock qp add 3 --connector 1 --controller b`
    Add {
        /// The QP index in the NIC (0 to 15).
        qp: u16,
        /// The connector serving the QP: 0 or 1.
        #[arg(long, default_value_t = 0)]
        connector: u8,
        /// The controller: a or b.
        #[arg(long, value_enum, default_value = "a")]
        controller: Controller,
    },
    /// Stop serving a QP.
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock qp del 3`
    Del {
        /// The QP index in the NIC (0 to 15).
        qp: u16,
    },
    /// The QPs set up, with their connector and home controller.
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock qp list --json`
    List {
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum Link {
    /// Take a controller's links down administratively: its QPs fail over as if the link dropped.
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock link down a`
    Down {
        /// The controller: a or b.
        #[arg(value_enum)]
        controller: Controller,
    },
    /// Bring them back: the controller is fenced, answers FENCE, and serves again (its QPs
    /// return only on `nicctl failback`).
    ///
    /// Example: `nicctl --device sim:/tmp/nic.sock link up a`
    Up {
        /// The controller: a or b.
        #[arg(value_enum)]
        controller: Controller,
    },
}

type Dev = Device<Box<dyn Transport>>;

fn configure(dev: &mut Dev, qp: u16, enable: bool, connector: u8, controller: Controller) -> Result<(), String> {
    let config = NVME.register("QP_CONFIG");
    if connector > 1 {
        return Err(format!("connector {connector} does not exist (0 or 1)"));
    }
    let value = (qp as u32) << config.field("QP").lsb
        | (enable as u32) << config.field("ENABLE").lsb
        | (connector as u32) << config.field("CONNECTOR").lsb
        | controller.bit() << config.field("CONTROLLER").lsb;
    dev.write("nvme.QP_CONFIG", value).map_err(|e| e.to_string())?;
    let status = NVME.register("STATUS");
    for _ in 0..100 {
        let word = dev.read("nvme.STATUS").map_err(|e| e.to_string())?;
        if status.field("CONFIG_REFUSED").extract(word) == 1 {
            return Err(format!("QP {qp} is beyond the device's QP table"));
        }
        if status.field("CONFIG_BUSY").extract(word) == 0 {
            return Ok(());
        }
    }
    Err("the connectors did not take the configuration".into())
}

/// (qp, connector, home controller) of every QP set up.
fn configured(dev: &mut Dev) -> Result<Vec<(u16, u32, char)>, String> {
    let low = dev.read("nvme.QP_MAP_LOW").map_err(|e| e.to_string())?;
    let high = dev.read("nvme.QP_MAP_HIGH").map_err(|e| e.to_string())?;
    let map = (high as u64) << 32 | low as u64;
    Ok((0..16u16)
        .filter_map(|qp| {
            let bits = (map >> (4 * qp)) as u32 & 0xF;
            (bits & 1 == 1).then(|| (qp, bits >> 1 & 1, if bits >> 2 & 1 == 1 { 'b' } else { 'a' }))
        })
        .collect())
}

pub fn qp(device: Option<&str>, command: Qp) -> Result<(), String> {
    let mut dev = open(device)?;
    match command {
        Qp::Add { qp, connector, controller } => configure(&mut dev, qp, true, connector, controller),
        Qp::Del { qp } => configure(&mut dev, qp, false, 0, Controller::A),
        Qp::List { json } => {
            let qps = configured(&mut dev)?;
            if json {
                let list: Vec<_> = qps.iter().map(|(qp, connector, home)| json!({"qp": qp, "connector": connector, "home_controller": home.to_string()})).collect();
                println!("{}", serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?);
            } else {
                let rows: Vec<Vec<String>> = qps.iter().map(|(qp, c, home)| vec![qp.to_string(), c.to_string(), home.to_string()]).collect();
                table::print(&["qp", "connector", "home controller"], &rows);
            }
            Ok(())
        }
    }
}

/// A controller as `nvme.STATUS` and `LINK_ADMIN_DOWN` describe it.
pub struct ControllerState {
    pub link_up: bool,
    pub admin_down: bool,
    pub fenced: bool,
    pub serving: bool,
}

impl ControllerState {
    pub fn describe(&self) -> String {
        let link = match (self.link_up, self.admin_down) {
            (true, _) => "link up",
            (false, true) => "link down (administratively)",
            (false, false) => "link down",
        };
        let state = match (self.fenced, self.serving) {
            (_, true) => "serving",
            (true, false) => "fenced",
            (false, false) => "not serving",
        };
        format!("{link}, {state}")
    }
}

/// Controllers A and B as the device reports them now.
pub fn controller_states(dev: &mut Dev) -> Result<[ControllerState; 2], String> {
    let status = dev.read("nvme.STATUS").map_err(|e| e.to_string())?;
    let admin = dev.read("nvme.LINK_ADMIN_DOWN").map_err(|e| e.to_string())?;
    let field = |name: &str| NVME.register("STATUS").field(name).extract(status);
    let (link, fenced, available) = (field("LINK_UP"), field("FENCED"), field("AVAILABLE"));
    Ok([0, 1].map(|c| ControllerState { link_up: link >> c & 1 == 1, admin_down: admin >> c & 1 == 1, fenced: fenced >> c & 1 == 1, serving: available >> c & 1 == 1 }))
}

/// Status reads a link change may take to settle: a controller brought back answers `FENCE`
/// before it serves again (a few hundred cycles; each read is a bridge frame).
const SETTLE_READS: usize = 50;

pub fn link(device: Option<&str>, command: Link) -> Result<(), String> {
    let mut dev = open(device)?;
    let down = dev.read("nvme.LINK_ADMIN_DOWN").map_err(|e| e.to_string())?;
    let (controller, value, up) = match command {
        Link::Down { controller } => (controller, down | 1 << controller.bit(), false),
        Link::Up { controller } => (controller, down & !(1 << controller.bit()), true),
    };
    dev.write("nvme.LINK_ADMIN_DOWN", value).map_err(|e| e.to_string())?;
    let index = controller.bit() as usize;
    // Down: fenced at once. Up: serving once the controller has answered FENCE, if it does.
    let mut state = controller_states(&mut dev)?;
    for _ in 0..SETTLE_READS {
        let c = &state[index];
        if (!up && c.fenced) || (up && c.serving) || (up && !c.link_up) {
            break;
        }
        state = controller_states(&mut dev)?;
    }
    println!("controller {}: {}", ["a", "b"][index], state[index].describe());
    Ok(())
}

pub fn failback(device: Option<&str>) -> Result<(), String> {
    let mut dev = open(device)?;
    let status = dev.read("nvme.STATUS").map_err(|e| e.to_string())?;
    if NVME.register("STATUS").field("AVAILABLE").extract(status) != 0b11 {
        return Err("both controllers must be serving to fail back (see `nicctl stats`)".into());
    }
    dev.write("nvme.CONTROL", 1 << NVME.register("CONTROL").field("FAILBACK").lsb).map_err(|e| e.to_string())?;
    println!("failback requested: QPs away from home drain, then go home");
    Ok(())
}

/// `link down|up` on a `nicctl sim nic` (its control socket).
pub fn link_on_simulated_nic(socket: &std::path::Path, command: Link) -> Result<(), String> {
    let (controller, up) = match command {
        Link::Down { controller } => (controller, false),
        Link::Up { controller } => (controller, true),
    };
    let name = ["a", "b"][controller.bit() as usize];
    crate::sim_nic::request(socket, &crate::sim_nic::ControlRequest::Link { controller: name.into(), up })?;
    println!("controller {}'s links {}", name.to_ascii_uppercase(), if up { "up" } else { "down" });
    Ok(())
}

/// `failback` on a `nicctl sim nic`.
pub fn failback_on_simulated_nic(socket: &std::path::Path) -> Result<(), String> {
    crate::sim_nic::request(socket, &crate::sim_nic::ControlRequest::Failback {})?;
    println!("failback started");
    Ok(())
}

/// `stats` on a `nicctl sim nic`: every counter by name.
pub fn stats_on_simulated_nic(socket: &std::path::Path, json: bool) -> Result<(), String> {
    let answer = crate::sim_nic::request(socket, &crate::sim_nic::ControlRequest::Stats {})?;
    if json {
        println!("{}", serde_json::to_string_pretty(&answer.counters).expect("counters serialise"));
    } else {
        for (name, value) in &answer.counters {
            println!("{name:<40} {value}");
        }
    }
    Ok(())
}
