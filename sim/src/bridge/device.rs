//! The device for host software (the driver's simulated backends): the verilated `nic_device`
//! (control plane, connectors, their registers), the host's UART line, a board whose rails
//! answer their enables, and the controller links' state. No model runs beside it — the driver
//! under test is the one talking to it.

use super::uart::UartLine;
use crate::power::environment::Board;
use crate::verilated::{ControlPlane, NicDevice};
use nic_hdl::tops::SIM_UART_CLOCKS_PER_BIT;

pub struct SimulatedDevice {
    dut: NicDevice,
    line: UartLine,
    pub board: Board,
    /// Board pins the device sees (power-goods come from `board`).
    pub ac_ok: bool,
    pub backup_ok: bool,
    /// The controller links' state (bit c: controller c), as the link pins say.
    pub link_up: u64,
    pub cycle: u64,
    /// When set, every change of the rail enables: (cycle, rail_en).
    pub rail_trace: Option<Vec<(u64, u32)>>,
}

impl SimulatedDevice {
    /// Out of reset with AC good and the counters cleared; the rails off.
    pub fn new() -> Self {
        let mut device = Self {
            dut: NicDevice::new(),
            line: UartLine::new(SIM_UART_CLOCKS_PER_BIT),
            board: Board::healthy(2),
            ac_ok: true,
            backup_ok: true,
            link_up: 0b11,
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
        d.set_link_up(self.link_up);
        // Nothing arrives on the connectors' streams; whatever they send is taken.
        d.set_c0_m_link_tready(0b11);
        d.set_c1_m_link_tready(0b11);
        d.set_c0_wr_ready(1);
        d.set_c1_wr_ready(1);
        d.set_c0_m_axis_wr_tready(1);
        d.set_c1_m_axis_wr_tready(1);
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
        d.cycle();
        self.cycle += 1;
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
