//! The power testbench loop: environment → devices under test, compared with the reference model
//! and checked by the property monitors every cycle; plus the seeded random driver.

use super::dut::PowerDut;
use super::environment::{Bios, BiosBehaviour, Board};
use super::properties::{in_vault, PropertyMonitor};
use super::{PROTECTED, RAILS};
use crate::models::power::{PowerInputs, PowerModel, PowerOutputs, PowerState};
use crate::stimulus::rng;
use nic_hdl::power::config::PowerTimers;
use rand::Rng;

pub struct PowerBench<'a> {
    duts: Vec<&'a mut dyn PowerDut>,
    pub model: PowerModel,
    pub monitor: PropertyMonitor,
    pub board: Board,
    pub bios: Bios,
    /// Inputs held from cycle to cycle; `power_button`, `rearm`, `flag_clear` and `reset` are
    /// pulses, cleared after each cycle. `pg` and the BIOS answers come from the environment.
    pub inputs: PowerInputs,
    pub cycle: u64,
    /// Printed with every failure (the seed, or the scenario's name).
    pub label: String,
    pub timers: PowerTimers,
}

impl<'a> PowerBench<'a> {
    pub fn new(duts: Vec<&'a mut dyn PowerDut>, timers: &PowerTimers, label: impl Into<String>) -> Self {
        Self {
            duts,
            model: PowerModel::new(RAILS, PROTECTED, timers.clone()),
            monitor: PropertyMonitor::new(timers.clone()),
            board: Board::healthy(2),
            bios: Bios::new(BiosBehaviour::Done(10)),
            inputs: PowerInputs { reset: true, ac_ok: true, backup_ok: true, ..Default::default() },
            cycle: 0,
            label: label.into(),
            timers: timers.clone(),
        }
    }

    pub fn outputs(&self) -> PowerOutputs {
        self.model.outputs()
    }

    /// One clock cycle.
    pub fn step(&mut self) -> Result<PowerOutputs, String> {
        let expected = self.model.outputs();
        let (done, failed) = self.bios.answer(&expected);
        let inputs = PowerInputs { pg: self.board.pg(expected.rail_en), bios_vault_done: done, bios_vault_failed: failed, ..self.inputs.clone() };
        let fail = |what: String| format!("{}, cycle {}: {what}\n  inputs {inputs:?}", self.label, self.cycle);
        for dut in self.duts.iter_mut() {
            dut.drive(&inputs);
            let got = dut.outputs();
            if got != expected {
                return Err(fail(format!("{} drives\n  {got:?}\nthe model\n  {expected:?}", dut.name())));
            }
        }
        self.monitor.check(&inputs, &expected).map_err(fail)?;
        self.model.clock(&inputs);
        for dut in self.duts.iter_mut() {
            dut.cycle();
        }
        (self.inputs.power_button, self.inputs.rearm, self.inputs.flag_clear, self.inputs.reset) = (false, false, false, false);
        self.cycle += 1;
        Ok(expected)
    }

    pub fn run(&mut self, cycles: u64) -> Result<(), String> {
        for _ in 0..cycles {
            self.step()?;
        }
        Ok(())
    }

    /// Steps until `done` holds for the outputs; returns the cycles it took.
    pub fn run_until(&mut self, what: &str, max: u64, done: impl Fn(&PowerOutputs) -> bool) -> Result<u64, String> {
        for n in 0..max {
            if done(&self.step()?) {
                return Ok(n);
            }
        }
        Err(format!("{}, cycle {}: no `{what}` within {max} cycles; outputs {:?}", self.label, self.cycle, self.outputs()))
    }

    /// Presses the power button and waits for every rail to be up.
    pub fn power_on(&mut self) -> Result<u64, String> {
        self.run_until("AC debounced", 10 * self.timers.ac_debounce as u64 + 10, |o| o.ac_good)?;
        self.inputs.power_button = true;
        let bound = RAILS as u64 * (self.timers.pg_timeout as u64 + 2) + 10;
        self.run_until("Run", bound, |o| o.state == PowerState::Run)
    }
}

/// What a random run reached: so a test can insist every path was exercised.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub cycles: u64,
    pub state_visits: [u64; 11],
    pub vaults_answered: u64,
    pub watchdog_expiries: u64,
    pub pg_timeouts: u64,
    pub pg_losses: u64,
    pub vaults_impossible: u64,
    pub shutdowns: u64,
}

impl Coverage {
    pub fn add(&mut self, other: &Coverage) {
        self.cycles += other.cycles;
        for (a, b) in self.state_visits.iter_mut().zip(other.state_visits) {
            *a += b;
        }
        self.vaults_answered += other.vaults_answered;
        self.watchdog_expiries += other.watchdog_expiries;
        self.pg_timeouts += other.pg_timeouts;
        self.pg_losses += other.pg_losses;
        self.vaults_impossible += other.vaults_impossible;
        self.shutdowns += other.shutdowns;
    }
}

/// Drives every input with seeded random trouble: AC glitches shorter and longer than the
/// debounce window, AC bounce and return mid-vault, missing backup, stuck / late / lost
/// power-goods, a BIOS that answers, fails, answers both, answers early or hangs, button presses,
/// orderly shutdowns, re-arms, flag clears and resets at random moments.
pub fn random_run(duts: Vec<&mut dyn PowerDut>, timers: &PowerTimers, seed: u64, cycles: u64) -> Result<Coverage, String> {
    let mut rng = rng(seed);
    let mut bench = PowerBench::new(duts, timers, format!("seed {seed}"));
    let mut coverage = Coverage::default();
    let t = timers.clone();
    let mut ac_left = rng.gen_range(100..2_000u32);
    let mut shutdown_left = 0u32;
    let mut pg_drop_left = 0u32;
    let mut last = bench.outputs();
    for _ in 0..cycles {
        let o = bench.outputs();
        record(&mut coverage, &last, &o);
        // AC: alternate good stretches with glitches (shorter than the debounce) and real losses.
        ac_left = ac_left.saturating_sub(1);
        if ac_left == 0 {
            if bench.inputs.ac_ok {
                bench.inputs.ac_ok = false;
                bench.inputs.backup_ok = rng.gen_ratio(9, 10);
                ac_left = if rng.gen_bool(0.4) {
                    rng.gen_range(1..t.ac_debounce)
                } else {
                    rng.gen_range(t.ac_debounce..t.vault_watchdog * 3)
                };
            } else {
                bench.inputs.ac_ok = true;
                ac_left = rng.gen_range(t.ac_debounce..t.vault_watchdog * 4);
            }
        }
        // Operator and OS.
        bench.inputs.power_button = o.state == PowerState::Off && rng.gen_ratio(1, 50);
        bench.inputs.rearm = o.state == PowerState::Fault && rng.gen_ratio(1, 100);
        bench.inputs.flag_clear = rng.gen_ratio(1, 2_000);
        bench.inputs.reset = rng.gen_ratio(1, 100_000);
        if o.state == PowerState::Run && shutdown_left == 0 && rng.gen_ratio(1, 3_000) {
            shutdown_left = rng.gen_range(1..50);
        }
        shutdown_left = shutdown_left.saturating_sub(1);
        bench.inputs.orderly_shutdown = shutdown_left > 0;
        // A fresh board and BIOS personality for every power-on and every vault.
        if o.state == PowerState::PowerOn && last.state != PowerState::PowerOn {
            for delay in bench.board.pg_delay.iter_mut() {
                *delay = match rng.gen_range(0..100) {
                    0..=2 => None,
                    3..=5 => Some(rng.gen_range(t.pg_timeout - t.pg_settle..t.pg_timeout * 2)),
                    _ => Some(rng.gen_range(0..t.pg_timeout / 2)),
                };
            }
        }
        if o.state == PowerState::Shed && last.state != PowerState::Shed {
            let d = rng.gen_range(0..t.vault_watchdog + t.vault_watchdog / 4);
            bench.bios.behaviour = match rng.gen_range(0..10) {
                0 => BiosBehaviour::Fails(d),
                1 => BiosBehaviour::Both(d),
                2 | 3 => BiosBehaviour::Hangs,
                _ => BiosBehaviour::Done(d),
            };
            bench.bios.stale_done = rng.gen_ratio(1, 5);
        }
        // Supplies that fail: glitches shorter than the loss filter, and real losses.
        pg_drop_left = pg_drop_left.saturating_sub(1);
        if pg_drop_left == 0 {
            bench.board.pg_forced_low = 0;
            if o.rail_en != 0 && rng.gen_ratio(1, 4_000) {
                bench.board.pg_forced_low = 1 << rng.gen_range(0..RAILS);
                pg_drop_left = rng.gen_range(1..t.pg_loss_filter * 3);
            }
        }
        bench.step()?;
        last = o;
    }
    coverage.cycles = cycles;
    Ok(coverage)
}

fn record(c: &mut Coverage, before: &PowerOutputs, now: &PowerOutputs) {
    c.state_visits[now.state as usize] += 1;
    if before.state == PowerState::VaultWait && now.state == PowerState::VaultOff && now.watchdog_expiries == before.watchdog_expiries {
        c.vaults_answered += 1;
    }
    c.watchdog_expiries += (in_vault(before.state) && now.watchdog_expiries > before.watchdog_expiries) as u64;
    c.pg_timeouts += (!before.fault_pg_timeout && now.fault_pg_timeout) as u64;
    c.pg_losses += (!before.fault_pg_lost && now.fault_pg_lost) as u64;
    c.vaults_impossible += (!before.vault_impossible && now.vault_impossible) as u64;
    c.shutdowns += (before.state == PowerState::Run && now.state == PowerState::Shutdown) as u64;
}
