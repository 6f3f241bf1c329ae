//! The verilated control plane beside its models: the power sequencer's reference model in
//! lockstep (pins compared every cycle, registers compared at the cycle they are sampled), the
//! register and bridge model for every read and every UART response, and the host's UART line.

use super::uart::UartLine;
use crate::models::control_plane::{BridgeModel, PowerView};
use crate::models::power::{PowerInputs, PowerModel};
use crate::power::environment::Board;
use crate::power::{PROTECTED, RAILS};
use super::device::DirectPort;
use crate::verilated::ControlPlane;
use nic_hdl::bridge::protocol::IDLE_BITS;
use nic_hdl::power::config::PowerTimers;
use nic_hdl::registers::map::POWER;
use nic_hdl::tops::SIM_UART_CLOCKS_PER_BIT;
use std::collections::VecDeque;

pub struct ControlPlaneBench {
    pub dut: ControlPlane,
    pub line: UartLine,
    pub model: BridgeModel,
    pub power: PowerModel,
    pub board: Board,
    /// The power pins as the board drives them (`pg` comes from `board`).
    pub pins: PowerInputs,
    /// A CONTROL write's bits, reaching the sequencer the cycle after the write.
    control_next: u32,
    /// What the registers could sample in recent cycles: (cycle, view).
    views: VecDeque<(u64, PowerView)>,
    pub cycle: u64,
    pub label: String,
}

impl ControlPlaneBench {
    /// Out of reset, the counters cleared, AC good and debounced, everything off.
    pub fn new(label: impl Into<String>) -> Result<Self, String> {
        let mut bench = Self {
            dut: ControlPlane::new(),
            line: UartLine::new(SIM_UART_CLOCKS_PER_BIT),
            model: BridgeModel::default(),
            power: PowerModel::new(RAILS, PROTECTED, PowerTimers::simulation()),
            board: Board::healthy(2),
            pins: PowerInputs { reset: true, ac_ok: true, backup_ok: true, ..Default::default() },
            control_next: 0,
            views: VecDeque::new(),
            cycle: 0,
            label: label.into(),
        };
        bench.step()?;
        bench.pins.reset = false;
        bench.run(64)?;
        Ok(bench)
    }

    fn fail(&self, what: String) -> String {
        format!("{}, cycle {}: {what}", self.label, self.cycle)
    }

    /// One clock cycle.
    pub fn step(&mut self) -> Result<(), String> {
        let expected = self.power.outputs();
        let pg = self.board.pg(expected.rail_en);
        let control = std::mem::take(&mut self.control_next);
        let bit = |i: u32| control >> i & 1 == 1;
        let inputs = PowerInputs {
            pg,
            rearm: self.pins.rearm | bit(0),
            flag_clear: self.pins.flag_clear | bit(1),
            power_button: self.pins.power_button | bit(2),
            bios_vault_done: self.pins.bios_vault_done | bit(3),
            bios_vault_failed: self.pins.bios_vault_failed | bit(4),
            ..self.pins.clone()
        };
        let d = &mut self.dut;
        d.set_reset(self.pins.reset as u64);
        d.set_ac_ok(self.pins.ac_ok as u64);
        d.set_orderly_shutdown(self.pins.orderly_shutdown as u64);
        d.set_backup_ok(self.pins.backup_ok as u64);
        d.set_pg(pg as u64);
        d.set_bios_vault_done(self.pins.bios_vault_done as u64);
        d.set_bios_vault_failed(self.pins.bios_vault_failed as u64);
        d.set_power_button(self.pins.power_button as u64);
        let rx = self.line.step(d.uart_tx() != 0);
        d.set_uart_rx(rx as u64);
        d.eval();
        let got = (d.rail_en() as u32, d.cpu_reboot() != 0, d.power_off_flag() != 0, d.power_fault() != 0);
        let want = (expected.rail_en, expected.cpu_reboot, expected.power_off_flag, expected.fault);
        if !self.pins.reset && got != want {
            return Err(self.fail(format!("power pins (rail_en, cpu_reboot, flag, fault) {got:?}, the model {want:?}")));
        }
        self.views.push_back((self.cycle, PowerView { outputs: expected, pg }));
        if self.views.len() > 8 {
            self.views.pop_front();
        }
        self.power.clock(&inputs);
        self.dut.cycle();
        self.cycle += 1;
        Ok(())
    }

    pub fn run(&mut self, cycles: u64) -> Result<(), String> {
        (0..cycles).try_for_each(|_| self.step())
    }

    /// The power view registers sample now (for frames executed while the sequencer is still).
    pub fn view_now(&self) -> PowerView {
        PowerView { outputs: self.power.outputs(), pg: self.board.clone().pg(self.power.outputs().rail_en) }
    }

    /// One access through the direct bus port, checked against the register model at the cycle
    /// the control plane samples it. Returns (read data, error).
    pub fn direct(&mut self, write: bool, address: u16, data: u32) -> Result<(u32, bool), String> {
        self.dut.request_direct(write, address, data);
        let mapped = if write { self.model.registers.write(address, data) } else { crate::models::control_plane::mapped(address) };
        self.step()?;
        // A CONTROL write reaches the sequencer the cycle after the request.
        if write && address == POWER.address("CONTROL") {
            self.control_next = self.model.registers.control_writes.pop().expect("the model saw the write");
        }
        self.dut.set_direct_request(0);
        self.step()?;
        let sampled = self.views.back().expect("a cycle ran").1.clone();
        self.dut.eval();
        let (done, value, error) = (self.dut.direct_done() != 0, self.dut.direct_read_data() as u32, self.dut.direct_error() != 0);
        self.step()?;
        self.dut.set_direct_enable(0);
        if !done {
            return Err(self.fail(format!("no answer to the access of {address:#06x}")));
        }
        if error == mapped {
            return Err(self.fail(format!("access of {address:#06x}: error {error}, the map says mapped {mapped}")));
        }
        if !write && !error {
            let want = self.model.registers.read(address, &sampled).unwrap();
            if value != want {
                return Err(self.fail(format!("read of {address:#06x}: {value:#010x}, the model {want:#010x} (power {:?})", sampled.outputs)));
            }
        }
        Ok((value, error))
    }

    /// Sends `bytes` over the UART back to back, then keeps the line idle until the bridge has
    /// answered (if the model says it does) and is hunting again. Returns (expected, received).
    pub fn uart_burst(&mut self, bytes: &[u8]) -> Result<(Option<Vec<u8>>, Vec<u8>), String> {
        let expected = self.model.burst(bytes, &self.view_now());
        if !self.model.registers.control_writes.is_empty() {
            return Err(self.fail("CONTROL writes over the UART are not modelled cycle by cycle: use the direct port".into()));
        }
        self.line.received.clear();
        self.line.send(bytes);
        self.line.idle(IDLE_BITS + 4);
        let want = expected.as_ref().map_or(0, Vec::len);
        // Generous: the response's bytes plus the request's and the idle time, in bit times.
        let bound = (bytes.len() + want + 8) as u64 * 10 * SIM_UART_CLOCKS_PER_BIT as u64 + (IDLE_BITS as u64 + 8) * SIM_UART_CLOCKS_PER_BIT as u64;
        let mut ran = 0;
        while self.line.sending() || self.line.received.len() < want {
            self.step()?;
            ran += 1;
            if ran > bound {
                return Err(self.fail(format!("waited {ran} cycles: {} of {want} response bytes", self.line.received.len())));
            }
        }
        // Anything more than the expected response would arrive within a character or two.
        self.run(3 * 10 * SIM_UART_CLOCKS_PER_BIT as u64)?;
        Ok((expected, std::mem::take(&mut self.line.received)))
    }
}
