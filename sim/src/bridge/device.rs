//! The device for host software (the driver's simulated backends): the verilated `nic_device`
//! (control plane, connectors, their registers), the host's UART line, a board whose rails
//! answer their enables, and controllers A and B on the connectors' links (the controller
//! models: they send heartbeats and answer `FENCE`, so a controller brought back is readmitted).
//! Nothing else runs beside it — the driver under test is the one talking to it.

use super::uart::UartLine;
use crate::nvme::controller::Controller;
use crate::nvme::links::{ControllerLinks, Pressure};
use crate::nvme::namespace::Namespace;
use crate::power::environment::Board;
use crate::stimulus::TestRng;
use crate::verilated::{ControlPlane, NicDevice};
use nic_hdl::tops::SIM_UART_CLOCKS_PER_BIT;

/// Cycles per step of the controller models (as in the NVMe testbenches).
const CLOCKS_PER_TICK: u64 = 16;
/// The controllers' namespace: nothing reaches it here (no host port), so it stays small.
const NAMESPACE_BLOCKS: u64 = 64;

pub struct SimulatedDevice {
    dut: NicDevice,
    line: UartLine,
    pub board: Board,
    /// Board pins the device sees (power-goods come from `board`).
    pub ac_ok: bool,
    pub backup_ok: bool,
    links: ControllerLinks,
    controllers: [Controller; 2],
    namespace: Namespace,
    rng: TestRng,
    pub cycle: u64,
    /// When set, every change of the rail enables: (cycle, rail_en).
    pub rail_trace: Option<Vec<(u64, u32)>>,
}

impl SimulatedDevice {
    /// Out of reset with AC good and the counters cleared; the rails off.
    pub fn new() -> Self {
        let mut dut = NicDevice::new();
        let links = ControllerLinks::new(&mut dut);
        let mut device = Self {
            dut,
            line: UartLine::new(SIM_UART_CLOCKS_PER_BIT),
            board: Board::healthy(2),
            ac_ok: true,
            backup_ok: true,
            links,
            controllers: [Controller::new("A", 0, 2, 2..8), Controller::new("B", 1, 2, 2..8)],
            namespace: Namespace::new(NAMESPACE_BLOCKS),
            rng: crate::stimulus::rng(1),
            cycle: 0,
            rail_trace: None,
        };
        device.dut.set_reset(1);
        device.step();
        device.dut.set_reset(0);
        device.run(64);
        device
    }

    pub fn clocks_per_bit(&self) -> u32 {
        SIM_UART_CLOCKS_PER_BIT
    }

    pub fn step(&mut self) {
        let d = &mut self.dut;
        d.set_ac_ok(self.ac_ok as u64);
        d.set_backup_ok(self.backup_ok as u64);
        let always = Pressure { valid_pct: 100, ready_pct: 100 };
        self.links.drive(d, self.cycle, &mut self.rng, always);
        // Work requests toward hosts (there are none without a host port) are taken.
        d.set_c0_work_ready(1);
        d.set_c1_work_ready(1);
        d.set_c0_work_payload_tready(1);
        d.set_c1_work_payload_tready(1);
        d.eval();
        let rail_en = d.rail_en() as u32;
        if let Some(trace) = self.rail_trace.as_mut() {
            if trace.last().is_none_or(|(_, r)| *r != rail_en) {
                trace.push((self.cycle, rail_en));
            }
        }
        let pg = self.board.pg(rail_en);
        d.set_pg(pg as u64);
        let rx = self.line.step(d.uart_tx() != 0);
        d.set_uart_rx(rx as u64);
        let mut to_controllers = Vec::new();
        let mut errors = Vec::new();
        self.links.sample(d, self.cycle, &mut to_controllers, &mut errors);
        let fence = d.fence_backend();
        d.cycle();
        self.cycle += 1;
        let tick = self.cycle / CLOCKS_PER_TICK;
        for ((controller, connector), message) in to_controllers {
            self.controllers[controller].receive(tick, connector, message, &mut self.rng);
        }
        if self.cycle.is_multiple_of(CLOCKS_PER_TICK) {
            self.namespace.fenced = [fence & 1 == 1, fence >> 1 & 1 == 1];
            for (c, controller) in self.controllers.iter_mut().enumerate() {
                for (connector, message) in controller.tick(tick, &mut self.namespace) {
                    self.links.send((c, connector), &message);
                }
            }
        }
    }

    /// Controller `controller`'s links (both connectors) up or down, as its cable would be.
    pub fn set_link(&mut self, controller: usize, up: bool) {
        self.links.set_up(&mut self.dut, self.cycle, controller, up);
    }

    pub fn run(&mut self, cycles: u64) {
        (0..cycles).for_each(|_| self.step());
    }

    /// Queues bytes on the line to the device (they go out as the clock runs).
    pub fn uart_send(&mut self, bytes: &[u8]) {
        self.line.send(bytes);
    }

    pub fn uart_sending(&self) -> bool {
        self.line.sending()
    }

    /// Bytes the device has sent since the last call.
    pub fn uart_take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.line.received)
    }

    /// One access through the direct bus port: (read data, error).
    pub fn direct(&mut self, write: bool, address: u16, data: u32) -> (u32, bool) {
        self.dut.request_direct(write, address, data);
        self.step();
        self.dut.set_direct_request(0);
        loop {
            self.dut.eval();
            if self.dut.direct_done() != 0 {
                let answer = (self.dut.direct_read_data() as u32, self.dut.direct_error() != 0);
                self.step();
                self.dut.set_direct_enable(0);
                return answer;
            }
            self.step();
        }
    }

    /// The enables the device drives (the board's rails).
    pub fn rail_en(&mut self) -> u32 {
        self.dut.eval();
        self.dut.rail_en() as u32
    }
}

/// A top with the control plane's direct bus port.
pub trait DirectPort {
    /// Presents one bus request on the direct port (for the cycle about to run).
    fn request_direct(&mut self, write: bool, address: u16, data: u32);
}

macro_rules! direct_port {
    ($top:ty) => {
        impl DirectPort for $top {
            fn request_direct(&mut self, write: bool, address: u16, data: u32) {
                self.set_direct_enable(1);
                self.set_direct_request(1);
                self.set_direct_write(write as u64);
                self.set_direct_address(address as u64);
                self.set_direct_write_data(data as u64);
            }
        }
    };
}

direct_port!(ControlPlane);
direct_port!(NicDevice);

impl Default for SimulatedDevice {
    fn default() -> Self {
        Self::new()
    }
}
