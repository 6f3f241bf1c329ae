//! Cycle-accurate reference model of `nic_hdl::power::sequencer::PowerSequencer`, written as
//! plain software: one `clock` computes the next state from the current one and the inputs.

pub use nic_hdl::power::sequencer::PowerState;
use nic_hdl::power::config::PowerTimers;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PowerInputs {
    pub reset: bool,
    pub ac_ok: bool,
    pub orderly_shutdown: bool,
    pub backup_ok: bool,
    /// Bit i: power-good of rail i.
    pub pg: u32,
    pub bios_vault_done: bool,
    pub bios_vault_failed: bool,
    pub power_button: bool,
    pub rearm: bool,
    pub flag_clear: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PowerOutputs {
    pub rail_en: u32,
    pub cpu_reboot: bool,
    pub power_off_flag: bool,
    pub state: PowerState,
    pub rail_index: u32,
    pub pg_watched: u32,
    pub step_cycles: u32,
    pub vault_elapsed: u32,
    pub ac_good: bool,
    pub fault: bool,
    pub fault_rails: u32,
    pub fault_pg_timeout: bool,
    pub fault_pg_lost: bool,
    pub vault_impossible: bool,
    pub vault_failed: bool,
    pub watchdog_expired: bool,
    pub vault_count: u32,
    pub last_vault_cycles: u32,
    pub watchdog_expiries: u32,
}

#[derive(Clone, Debug)]
pub struct PowerModel {
    rails: u32,
    protected: u32,
    t: PowerTimers,
    state: PowerState,
    rails_on: u32,
    pg_expected: u32,
    rail: u32,
    timer: u32,
    settle: u32,
    ac_level: bool,
    ac_count: u32,
    loss_count: u32,
    expected_good_for: u32,
    watchdog: u32,
    flag: bool,
    reboot: bool,
    fault_rails: u32,
    pg_timeout: bool,
    pg_lost: bool,
    vault_impossible: bool,
    vault_failed: bool,
    watchdog_expired: bool,
    vault_count: u32,
    last_vault_cycles: u32,
    watchdog_expiries: u32,
}

impl PowerModel {
    /// All registers start at zero, as the FPGA's flip-flops do at configuration.
    pub fn new(rails: usize, protected: usize, timers: PowerTimers) -> Self {
        Self {
            rails: rails as u32,
            protected: protected as u32,
            t: timers,
            state: PowerState::Off,
            rails_on: 0,
            pg_expected: 0,
            rail: 0,
            timer: 0,
            settle: 0,
            ac_level: false,
            ac_count: 0,
            loss_count: 0,
            expected_good_for: 0,
            watchdog: 0,
            flag: false,
            reboot: false,
            fault_rails: 0,
            pg_timeout: false,
            pg_lost: false,
            vault_impossible: false,
            vault_failed: false,
            watchdog_expired: false,
            vault_count: 0,
            last_vault_cycles: 0,
            watchdog_expiries: 0,
        }
    }

    pub fn outputs(&self) -> PowerOutputs {
        PowerOutputs {
            rail_en: self.rails_on,
            cpu_reboot: self.reboot,
            power_off_flag: self.flag,
            state: self.state,
            rail_index: self.rail,
            pg_watched: self.pg_expected & self.rails_on,
            step_cycles: self.timer,
            vault_elapsed: self.watchdog,
            ac_good: self.ac_level,
            fault: self.pg_timeout || self.pg_lost,
            fault_rails: self.fault_rails,
            fault_pg_timeout: self.pg_timeout,
            fault_pg_lost: self.pg_lost,
            vault_impossible: self.vault_impossible,
            vault_failed: self.vault_failed,
            watchdog_expired: self.watchdog_expired,
            vault_count: self.vault_count,
            last_vault_cycles: self.last_vault_cycles,
            watchdog_expiries: self.watchdog_expiries,
        }
    }

    fn in_vault(&self) -> bool {
        matches!(self.state, PowerState::Shed | PowerState::SetFlag | PowerState::Reboot | PowerState::VaultWait)
    }

    fn start_power_on(next: &mut Self) {
        next.state = PowerState::PowerOn;
        next.rail = 0;
        next.rails_on = 1;
        next.timer = 0;
        next.settle = 0;
    }

    /// Switches everything off at once and goes to `state`.
    fn all_off(next: &mut Self, state: PowerState) {
        next.state = state;
        next.rails_on = 0;
        next.pg_expected = 0;
    }

    /// Enters the off step of `rail`: that rail goes off, the ones below stay on.
    fn switch_off_from(next: &mut Self, rail: u32) {
        next.rail = rail;
        next.rails_on &= (1 << rail) - 1;
    }

    /// One step of an off sequence (`Shutdown`, `Shed`, `VaultOff`): after `gap` cycles, the next
    /// rail down, or `true` when the sequence has reached `last`.
    fn off_step(&self, next: &mut Self, gap: u32, last: u32) -> bool {
        if self.timer < gap {
            return false;
        }
        next.timer = 0;
        if self.rail <= last {
            return true;
        }
        Self::switch_off_from(next, self.rail - 1);
        false
    }

    pub fn clock(&mut self, i: &PowerInputs) {
        let mut next = self.clone();
        let rail_bit = 1u32 << self.rail;

        next.ac_count = 0;
        if i.ac_ok != self.ac_level {
            if self.ac_count >= self.t.ac_debounce - 1 {
                next.ac_level = i.ac_ok;
            } else {
                next.ac_count = self.ac_count + 1;
            }
        }

        next.pg_expected = self.pg_expected & self.rails_on;
        let pg_missing = self.pg_expected & self.rails_on & !i.pg;
        next.loss_count = if pg_missing != 0 { self.loss_count.saturating_add(1) } else { 0 };
        next.expected_good_for = if pg_missing == 0 { self.expected_good_for.saturating_add(1) } else { 0 };
        let pg_lost_now = pg_missing != 0 && self.loss_count >= self.t.pg_loss_filter - 1;

        next.reboot = false;
        next.timer = self.timer.saturating_add(1);
        if self.in_vault() {
            next.watchdog = self.watchdog.saturating_add(1);
        }

        match self.state {
            PowerState::Off => {
                if i.power_button && self.ac_level {
                    Self::start_power_on(&mut next);
                }
            }
            PowerState::AcWait => {
                if self.ac_level && self.timer >= self.t.off_gap {
                    Self::start_power_on(&mut next);
                }
            }
            PowerState::PowerOn => {
                let pg_here = i.pg & rail_bit != 0;
                next.settle = if pg_here { self.settle.saturating_add(1) } else { 0 };
                if !self.ac_level {
                    Self::all_off(&mut next, PowerState::AcWait);
                    next.timer = 0;
                } else {
                    let settled = pg_here && self.settle >= self.t.pg_settle - 1;
                    if settled {
                        next.pg_expected |= rail_bit;
                    }
                    if settled && pg_missing == 0 && self.expected_good_for >= self.t.pg_settle - 1 {
                        next.timer = 0;
                        next.settle = 0;
                        if self.rail + 1 >= self.rails {
                            next.state = PowerState::Run;
                        } else {
                            next.rail = self.rail + 1;
                            next.rails_on |= rail_bit << 1;
                        }
                    } else if self.timer >= self.t.pg_timeout {
                        Self::all_off(&mut next, PowerState::Fault);
                        next.pg_timeout = true;
                        next.fault_rails |= rail_bit;
                    }
                }
            }
            PowerState::Run => {
                if i.orderly_shutdown {
                    next.state = PowerState::Shutdown;
                    Self::switch_off_from(&mut next, self.rails - 1);
                    next.timer = 0;
                } else if !self.ac_level {
                    if i.backup_ok {
                        next.state = PowerState::Shed;
                        Self::switch_off_from(&mut next, self.rails - 1);
                        next.timer = 0;
                        next.watchdog = 0;
                        next.vault_count = self.vault_count.wrapping_add(1);
                    } else {
                        Self::all_off(&mut next, PowerState::AcWait);
                        next.vault_impossible = true;
                        next.timer = 0;
                    }
                }
            }
            PowerState::Shutdown => {
                if self.off_step(&mut next, self.t.off_gap, 0) {
                    next.state = PowerState::Off;
                }
            }
            PowerState::Shed => {
                if self.off_step(&mut next, self.t.shed_gap, self.protected) {
                    next.state = PowerState::SetFlag;
                }
            }
            PowerState::SetFlag => {
                next.flag = true;
                next.state = PowerState::Reboot;
                next.timer = 0;
            }
            PowerState::Reboot => {
                next.reboot = true;
                if self.timer >= self.t.reboot_pulse - 1 {
                    next.state = PowerState::VaultWait;
                }
            }
            PowerState::VaultWait => {
                if i.bios_vault_done || i.bios_vault_failed {
                    next.vault_failed |= i.bios_vault_failed;
                    next.last_vault_cycles = self.watchdog;
                    next.state = PowerState::VaultOff;
                    Self::switch_off_from(&mut next, self.protected - 1);
                    next.timer = 0;
                }
            }
            PowerState::VaultOff => {
                if self.off_step(&mut next, self.t.off_gap, 0) {
                    next.state = PowerState::AcWait;
                }
            }
            PowerState::Fault => {
                if i.rearm {
                    next.state = PowerState::Off;
                }
            }
        }

        if self.in_vault() && self.watchdog >= self.t.vault_watchdog {
            next.state = PowerState::VaultOff;
            next.rails_on = self.rails_on;
            Self::switch_off_from(&mut next, self.protected - 1);
            next.timer = 0;
            next.watchdog_expired = true;
            next.last_vault_cycles = self.watchdog;
            next.watchdog_expiries = self.watchdog_expiries.saturating_add(1);
        }

        if pg_lost_now {
            Self::all_off(&mut next, PowerState::Fault);
            next.pg_lost = true;
            next.fault_rails |= pg_missing;
        }

        if i.flag_clear && !self.in_vault() {
            next.flag = false;
        }

        if i.rearm {
            next.pg_timeout = false;
            next.pg_lost = false;
            next.fault_rails = 0;
            next.vault_impossible = false;
            next.vault_failed = false;
            next.watchdog_expired = false;
        }

        if i.reset {
            // The persistent flag and the statistics survive a reset.
            let keep = (next.flag, next.vault_count, next.last_vault_cycles, next.watchdog_expiries);
            next = Self::new(self.rails as usize, self.protected as usize, self.t.clone());
            (next.flag, next.vault_count, next.last_vault_cycles, next.watchdog_expiries) = keep;
        }
        *self = next;
    }
}
