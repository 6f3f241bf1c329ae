//! The power sequencer as a device under test: Verilator's model and rust-hdl's simulator behind
//! one trait.

use crate::hdl_sim::HdlSim;
use crate::models::power::{PowerInputs, PowerOutputs, PowerState};
use crate::verilated;
use nic_hdl::power::config::PowerTimers;
use nic_hdl::tops::BoardPowerSequencer;

/// A power sequencer under test.
pub trait PowerDut {
    /// Applies this cycle's inputs (the clock is low) and settles.
    fn drive(&mut self, inputs: &PowerInputs);
    fn outputs(&self) -> PowerOutputs;
    fn cycle(&mut self);
    fn name(&self) -> &'static str;
}

fn state_from_code(code: u64) -> PowerState {
    use PowerState::*;
    [Off, PowerOn, Run, Shutdown, Shed, SetFlag, Reboot, VaultWait, VaultOff, AcWait, Fault]
        .get(code as usize)
        .copied()
        .unwrap_or_else(|| panic!("state register holds {code}, not a PowerState"))
}

/// Both verilated configurations (board timers and simulation timers) have the same ports.
macro_rules! verilated_power_dut {
    ($model:ident, $name:literal) => {
        impl PowerDut for verilated::$model {
            fn drive(&mut self, i: &PowerInputs) {
                self.set_reset(i.reset as u64);
                self.set_ac_ok(i.ac_ok as u64);
                self.set_orderly_shutdown(i.orderly_shutdown as u64);
                self.set_backup_ok(i.backup_ok as u64);
                self.set_pg(i.pg as u64);
                self.set_bios_vault_done(i.bios_vault_done as u64);
                self.set_bios_vault_failed(i.bios_vault_failed as u64);
                self.set_power_button(i.power_button as u64);
                self.set_rearm(i.rearm as u64);
                self.set_flag_clear(i.flag_clear as u64);
                self.eval();
            }
            fn outputs(&self) -> PowerOutputs {
                PowerOutputs {
                    rail_en: self.rail_en() as u32,
                    cpu_reboot: self.cpu_reboot() != 0,
                    power_off_flag: self.power_off_flag() != 0,
                    state: state_from_code(self.state()),
                    rail_index: self.rail_index() as u32,
                    pg_watched: self.pg_watched() as u32,
                    step_cycles: self.step_cycles() as u32,
                    vault_elapsed: self.vault_elapsed() as u32,
                    ac_good: self.ac_good() != 0,
                    fault: self.fault() != 0,
                    fault_rails: self.fault_rails() as u32,
                    fault_pg_timeout: self.fault_pg_timeout() != 0,
                    fault_pg_lost: self.fault_pg_lost() != 0,
                    vault_impossible: self.vault_impossible() != 0,
                    vault_failed: self.vault_failed() != 0,
                    watchdog_expired: self.watchdog_expired() != 0,
                    vault_count: self.vault_count() as u32,
                    last_vault_cycles: self.last_vault_cycles() as u32,
                    watchdog_expiries: self.watchdog_expiries() as u32,
                }
            }
            fn cycle(&mut self) {
                verilated::$model::cycle(self)
            }
            fn name(&self) -> &'static str {
                $name
            }
        }
    };
}

verilated_power_dut!(PowerSequencer, "Verilator power_sequencer");
verilated_power_dut!(PowerSequencerSim, "Verilator power_sequencer_sim");

pub type HdlPowerSequencer = HdlSim<BoardPowerSequencer>;

pub fn hdl_power_sequencer(timers: &PowerTimers) -> HdlPowerSequencer {
    HdlSim::new(nic_hdl::tops::power_sequencer(timers), |b| &mut b.clock)
}

impl PowerDut for HdlPowerSequencer {
    fn drive(&mut self, i: &PowerInputs) {
        let u = &mut self.uut;
        u.reset.next = i.reset;
        u.ac_ok.next = i.ac_ok;
        u.orderly_shutdown.next = i.orderly_shutdown;
        u.backup_ok.next = i.backup_ok;
        u.pg.next = (i.pg as u64).into();
        u.bios_vault_done.next = i.bios_vault_done;
        u.bios_vault_failed.next = i.bios_vault_failed;
        u.power_button.next = i.power_button;
        u.rearm.next = i.rearm;
        u.flag_clear.next = i.flag_clear;
        self.settle();
    }
    fn outputs(&self) -> PowerOutputs {
        let u = &self.uut;
        PowerOutputs {
            rail_en: u.rail_en.val().to_u32(),
            cpu_reboot: u.cpu_reboot.val(),
            power_off_flag: u.power_off_flag.val(),
            state: u.state.val(),
            rail_index: u.rail_index.val().to_u32(),
            pg_watched: u.pg_watched.val().to_u32(),
            step_cycles: u.step_cycles.val().to_u32(),
            vault_elapsed: u.vault_elapsed.val().to_u32(),
            ac_good: u.ac_good.val(),
            fault: u.fault.val(),
            fault_rails: u.fault_rails.val().to_u32(),
            fault_pg_timeout: u.fault_pg_timeout.val(),
            fault_pg_lost: u.fault_pg_lost.val(),
            vault_impossible: u.vault_impossible.val(),
            vault_failed: u.vault_failed.val(),
            watchdog_expired: u.watchdog_expired.val(),
            vault_count: u.vault_count.val().to_u32(),
            last_vault_cycles: u.last_vault_cycles.val().to_u32(),
            watchdog_expiries: u.watchdog_expiries.val().to_u32(),
        }
    }
    fn cycle(&mut self) {
        HdlSim::cycle(self)
    }
    fn name(&self) -> &'static str {
        "rust-hdl PowerSequencer"
    }
}

