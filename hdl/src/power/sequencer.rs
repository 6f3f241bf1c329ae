//! The power-sequencing state machine and its power-loss vault flow.
//!
//! Power on: rails in order, each waiting for its power-good to be stably high (or a timeout
//! fault). Run. Surprise loss of AC (debounced, not during an orderly shutdown): shed the
//! non-protected rails in reverse order, set the persistent power-off flag, then pulse
//! `cpu_reboot`, and wait for the BIOS to save memory under a hardware watchdog; then the protected
//! rails go off in reverse order. Every counter compares with `>=`, so no register value, reachable
//! or not, can stall the machine.

use super::config::PowerTimers;
use super::held_for::HeldFor;
use super::step_timer::StepTimer;
use rust_hdl::prelude::*;

/// Register-visible state codes are the declaration indices (0 = `Off`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum PowerState {
    /// Everything off; `power_button` (with AC good) powers on.
    Off,
    /// Enabling rail `rail` and waiting for its power-good.
    PowerOn,
    Run,
    /// Orderly shutdown: every rail off in reverse order, no vault.
    Shutdown,
    /// Vault, step 1: non-protected rails off in reverse order.
    Shed,
    /// Vault, step 2: the persistent power-off flag is set.
    SetFlag,
    /// Vault, step 3: `cpu_reboot` pulses (the flag is already set).
    Reboot,
    /// Vault, step 4: waiting for the BIOS (done or failed) under the watchdog.
    VaultWait,
    /// Vault, step 5: protected rails off in reverse order.
    VaultOff,
    /// Off after an unplanned power loss; powers on again by itself once AC is good.
    AcWait,
    /// A power-good fault switched everything off; waits for `rearm`.
    Fault,
}

#[derive(LogicBlock)]
pub struct PowerSequencer<const R: usize, const RAIL_BITS: usize, const TIMER_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// External power present (AC-OK / PWR_OK), already synchronised to `clock`.
    pub ac_ok: Signal<In, Bit>,
    /// The OS is shutting down in order: AC loss then is not a surprise.
    pub orderly_shutdown: Signal<In, Bit>,
    /// The battery/supercap can carry a vault.
    pub backup_ok: Signal<In, Bit>,
    /// Power-good of each rail, bit i for rail i.
    pub pg: Signal<In, Bits<R>>,
    pub bios_vault_done: Signal<In, Bit>,
    pub bios_vault_failed: Signal<In, Bit>,
    pub power_button: Signal<In, Bit>,
    /// Clears the latched faults and sticky status bits; leaves `Fault`.
    pub rearm: Signal<In, Bit>,
    /// The BIOS restored and verified the vault: clear the persistent flag (ignored mid-vault).
    pub flag_clear: Signal<In, Bit>,

    pub rail_en: Signal<Out, Bits<R>>,
    pub cpu_reboot: Signal<Out, Bit>,
    pub power_off_flag: Signal<Out, Bit>,
    pub state: Signal<Out, PowerState>,
    /// The rail being switched on or off (meaningful in the sequencing states).
    pub rail_index: Signal<Out, Bits<RAIL_BITS>>,
    /// Rails whose power-good has settled and is now watched: losing one is a fault.
    pub pg_watched: Signal<Out, Bits<R>>,
    /// Cycles spent in the current step (saturating).
    pub step_cycles: Signal<Out, Bits<TIMER_BITS>>,
    /// Cycles since the current (or last) vault started: the watchdog's count.
    pub vault_elapsed: Signal<Out, Bits<TIMER_BITS>>,
    /// `ac_ok` after debouncing.
    pub ac_good: Signal<Out, Bit>,
    /// Any latched fault (power-good timeout or loss).
    pub fault: Signal<Out, Bit>,
    /// Sticky: the rails whose power-good timed out or was lost.
    pub fault_rails: Signal<Out, Bits<R>>,
    pub fault_pg_timeout: Signal<Out, Bit>,
    pub fault_pg_lost: Signal<Out, Bit>,
    /// Sticky: AC was lost with `backup_ok` low, so everything went off without a vault.
    pub vault_impossible: Signal<Out, Bit>,
    /// Sticky: the BIOS reported a failed vault.
    pub vault_failed: Signal<Out, Bit>,
    /// Sticky: the watchdog cut the last vault short.
    pub watchdog_expired: Signal<Out, Bit>,
    pub vault_count: Signal<Out, Bits<32>>,
    /// Cycles from the start of the last vault to the BIOS's answer or the watchdog.
    pub last_vault_cycles: Signal<Out, Bits<TIMER_BITS>>,
    pub watchdog_expiries: Signal<Out, Bits<32>>,

    // Thresholds are compared with counters that start at 0 on the first cycle, hence `- 1`.
    ac_debounce_minus_one: Constant<Bits<TIMER_BITS>>,
    last_rail: Constant<Bits<RAIL_BITS>>,
    first_shed_rail: Constant<Bits<RAIL_BITS>>,
    last_protected_rail: Constant<Bits<RAIL_BITS>>,
    first_rail: Constant<Bits<RAIL_BITS>>,
    next_rail: Constant<Bits<RAIL_BITS>>,
    last_rail_bit: Constant<Bits<R>>,
    below_last_protected_rail: Constant<Bits<R>>,
    rail_zero: Constant<Bits<R>>,
    no_cycles: Constant<Bits<TIMER_BITS>>,
    one_cycle: Constant<Bits<TIMER_BITS>>,
    no_rails: Constant<Bits<R>>,

    fsm: DFF<PowerState>,
    rails_on: DFF<Bits<R>>,
    /// Rails whose power-good has settled and must stay good.
    pg_expected: DFF<Bits<R>>,
    /// The rail being switched.
    rail: DFF<Bits<RAIL_BITS>>,
    ac_level: DFF<Bit>,
    ac_count: DFF<Bits<TIMER_BITS>>,
    watchdog: DFF<Bits<TIMER_BITS>>,
    /// Cycles in the current step, and the step thresholds reached.
    step: StepTimer<TIMER_BITS>,
    /// The rail being powered on has had its power-good high for `pg_settle` cycles.
    settle: HeldFor<TIMER_BITS>,
    /// An expected power-good has been low for `pg_loss_filter` cycles.
    loss: HeldFor<TIMER_BITS>,
    /// Every expected power-good has been high for `pg_settle` cycles.
    all_good: HeldFor<TIMER_BITS>,
    /// Registered `watchdog >= vault_watchdog` (as in the step timer).
    watchdog_reached_limit: DFF<Bit>,
    flag: DFF<Bit>,
    reboot: DFF<Bit>,
    fault_rails_latched: DFF<Bits<R>>,
    pg_timeout_latched: DFF<Bit>,
    pg_lost_latched: DFF<Bit>,
    vault_impossible_latched: DFF<Bit>,
    vault_failed_latched: DFF<Bit>,
    watchdog_expired_latched: DFF<Bit>,
    vault_counter: DFF<Bits<32>>,
    last_vault_counter: DFF<Bits<TIMER_BITS>>,
    watchdog_counter: DFF<Bits<32>>,

    /// One-hot of `rail`.
    rail_bit: Signal<Local, Bits<R>>,
    /// Expected power-goods that are low now.
    pg_missing: Signal<Local, Bits<R>>,
    /// The rail being powered on has had its power-good high for `pg_settle` cycles.
    rail_settled: Signal<Local, Bit>,
    /// An expected power-good has been low for the loss filter: react this cycle.
    pg_lost_now: Signal<Local, Bit>,
    /// In a vault step the watchdog guards.
    in_vault: Signal<Local, Bit>,
    vault_watchdog_minus_one: Constant<Bits<TIMER_BITS>>,
}

impl<const R: usize, const RAIL_BITS: usize, const TIMER_BITS: usize> PowerSequencer<R, RAIL_BITS, TIMER_BITS> {
    /// `protected_rails`: how many rails, from the first, stay on through a vault.
    pub fn new(protected_rails: usize, timers: &PowerTimers) -> Self {
        assert!(R >= 2 && R <= 1 << RAIL_BITS && R > 1 << (RAIL_BITS - 1), "RAIL_BITS must be the width of a rail index");
        assert!((1..R).contains(&protected_rails), "at least one rail is protected and one is shed");
        let t = &timers;
        for (name, v) in [("ac_debounce", t.ac_debounce), ("pg_settle", t.pg_settle), ("pg_loss_filter", t.pg_loss_filter)] {
            assert!(v >= 1, "{name} must be at least one cycle");
        }
        assert!(t.pg_timeout > t.pg_settle, "a rail needs longer than pg_settle to time out");
        assert!(t.reboot_pulse >= 2, "the reboot pulse lasts at least two cycles");
        for (name, v) in [("pg_settle", t.pg_settle), ("pg_loss_filter", t.pg_loss_filter), ("off_gap", t.off_gap), ("shed_gap", t.shed_gap)] {
            // Every registered comparison starts false at a restart (`0 >= threshold` is false).
            assert!(v >= if name.starts_with("pg") { 2 } else { 1 }, "{name} is too short to filter or to pace anything");
        }
        let all_timers = [t.ac_debounce, t.pg_settle, t.pg_timeout, t.pg_loss_filter, t.off_gap, t.shed_gap, t.reboot_pulse, t.vault_watchdog];
        assert!(
            all_timers.iter().all(|&v| (v as u64) < (1u64 << TIMER_BITS) - 1),
            "every timer must stay below the saturation value of a TIMER_BITS-bit counter"
        );
        let cycles = |v: u32| Constant::new((v as u64).into());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            ac_ok: Default::default(),
            orderly_shutdown: Default::default(),
            backup_ok: Default::default(),
            pg: Default::default(),
            bios_vault_done: Default::default(),
            bios_vault_failed: Default::default(),
            power_button: Default::default(),
            rearm: Default::default(),
            flag_clear: Default::default(),
            rail_en: Default::default(),
            cpu_reboot: Default::default(),
            power_off_flag: Default::default(),
            state: Default::default(),
            rail_index: Default::default(),
            pg_watched: Default::default(),
            step_cycles: Default::default(),
            vault_elapsed: Default::default(),
            ac_good: Default::default(),
            fault: Default::default(),
            fault_rails: Default::default(),
            fault_pg_timeout: Default::default(),
            fault_pg_lost: Default::default(),
            vault_impossible: Default::default(),
            vault_failed: Default::default(),
            watchdog_expired: Default::default(),
            vault_count: Default::default(),
            last_vault_cycles: Default::default(),
            watchdog_expiries: Default::default(),
            ac_debounce_minus_one: cycles(t.ac_debounce - 1),
            last_rail: Constant::new((R as u64 - 1).into()),
            first_shed_rail: Constant::new((protected_rails as u64).into()),
            last_protected_rail: Constant::new((protected_rails as u64 - 1).into()),
            first_rail: Constant::new(0u64.into()),
            next_rail: Constant::new(1u64.into()),
            last_rail_bit: Constant::new((1u64 << (R - 1)).into()),
            below_last_protected_rail: Constant::new(((1u64 << (protected_rails - 1)) - 1).into()),
            rail_zero: Constant::new(1u64.into()),
            no_cycles: Constant::new(0u64.into()),
            one_cycle: Constant::new(1u64.into()),
            no_rails: Constant::new(0u64.into()),
            fsm: Default::default(),
            rails_on: Default::default(),
            pg_expected: Default::default(),
            rail: Default::default(),
            ac_level: Default::default(),
            ac_count: Default::default(),
            watchdog: Default::default(),
            step: StepTimer::new(t),
            settle: HeldFor::new(t.pg_settle),
            loss: HeldFor::new(t.pg_loss_filter),
            all_good: HeldFor::new(t.pg_settle),
            flag: Default::default(),
            reboot: Default::default(),
            fault_rails_latched: Default::default(),
            pg_timeout_latched: Default::default(),
            pg_lost_latched: Default::default(),
            vault_impossible_latched: Default::default(),
            vault_failed_latched: Default::default(),
            watchdog_expired_latched: Default::default(),
            vault_counter: Default::default(),
            last_vault_counter: Default::default(),
            watchdog_counter: Default::default(),
            rail_bit: Default::default(),
            pg_missing: Default::default(),
            rail_settled: Default::default(),
            pg_lost_now: Default::default(),
            in_vault: Default::default(),
            watchdog_reached_limit: Default::default(),
            vault_watchdog_minus_one: cycles(t.vault_watchdog - 1),
        }
    }
}

impl<const R: usize, const RAIL_BITS: usize, const TIMER_BITS: usize> Logic for PowerSequencer<R, RAIL_BITS, TIMER_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, fsm, rails_on, pg_expected, rail, ac_level, ac_count, watchdog,
            flag, reboot, fault_rails_latched, pg_timeout_latched, pg_lost_latched, vault_impossible_latched,
            vault_failed_latched, watchdog_expired_latched, vault_counter, last_vault_counter, watchdog_counter,
            watchdog_reached_limit
        );
        self.rail_en.next = self.rails_on.q.val();
        self.cpu_reboot.next = self.reboot.q.val();
        self.power_off_flag.next = self.flag.q.val();
        self.state.next = self.fsm.q.val();
        self.rail_index.next = self.rail.q.val();
        self.step_cycles.next = self.step.cycles.val();
        self.pg_watched.next = self.pg_expected.q.val() & self.rails_on.q.val();
        self.vault_elapsed.next = self.watchdog.q.val();
        self.ac_good.next = self.ac_level.q.val();
        self.fault.next = self.pg_timeout_latched.q.val() | self.pg_lost_latched.q.val();
        self.fault_rails.next = self.fault_rails_latched.q.val();
        self.fault_pg_timeout.next = self.pg_timeout_latched.q.val();
        self.fault_pg_lost.next = self.pg_lost_latched.q.val();
        self.vault_impossible.next = self.vault_impossible_latched.q.val();
        self.vault_failed.next = self.vault_failed_latched.q.val();
        self.watchdog_expired.next = self.watchdog_expired_latched.q.val();
        self.vault_count.next = self.vault_counter.q.val();
        self.last_vault_cycles.next = self.last_vault_counter.q.val();
        self.watchdog_expiries.next = self.watchdog_counter.q.val();
        self.rail_bit.next = self.rail_zero.val() << self.rail.q.val();

        // Debounce: ac_ok must hold a new level for `ac_debounce` consecutive cycles.
        self.ac_count.d.next = self.no_cycles.val();
        if self.ac_ok.val() != self.ac_level.q.val() {
            if self.ac_count.q.val() >= self.ac_debounce_minus_one.val() {
                self.ac_level.d.next = self.ac_ok.val();
            } else {
                self.ac_count.d.next = self.ac_count.q.val() + self.one_cycle.val();
            }
        }

        // Loss of an expected power-good, filtered against glitches.
        // A rail switched off is no longer expected to be good.
        self.pg_expected.d.next = self.pg_expected.q.val() & self.rails_on.q.val();
        self.pg_missing.next = self.pg_expected.q.val() & self.rails_on.q.val() & !self.pg.val();
        self.loss.clock.next = self.clock.val();
        self.loss.level.next = self.pg_missing.val().any();
        self.loss.enable.next = true;
        self.loss.restart.next = false;
        self.all_good.clock.next = self.clock.val();
        self.all_good.level.next = !self.pg_missing.val().any();
        self.all_good.enable.next = true;
        self.all_good.restart.next = false;
        self.pg_lost_now.next = self.pg_missing.val().any() & self.loss.reached.val();

        // The rail being powered on settles while the machine waits for it.
        self.settle.clock.next = self.clock.val();
        self.settle.level.next = self.pg.val().get_bit(self.rail.q.val().index());
        self.settle.enable.next = self.fsm.q.val() == PowerState::PowerOn;
        self.settle.restart.next = false;
        self.rail_settled.next = self.pg.val().get_bit(self.rail.q.val().index()) & self.settle.reached.val();

        // cpu_reboot is high exactly while the machine is in `Reboot` (one cycle late).
        self.reboot.d.next = false;

        // Step timer and vault watchdog, both saturating.
        self.step.clock.next = self.clock.val();
        self.step.restart.next = false;
        self.in_vault.next = (self.fsm.q.val() == PowerState::Shed)
            | (self.fsm.q.val() == PowerState::SetFlag)
            | (self.fsm.q.val() == PowerState::Reboot)
            | (self.fsm.q.val() == PowerState::VaultWait);
        if self.in_vault.val() & !self.watchdog.q.val().all() {
            self.watchdog.d.next = self.watchdog.q.val() + self.one_cycle.val();
        }
        if self.in_vault.val() {
            self.watchdog_reached_limit.d.next = self.watchdog.q.val() >= self.vault_watchdog_minus_one.val();
        }

        match self.fsm.q.val() {
            PowerState::Off => {
                if self.power_button.val() & self.ac_level.q.val() {
                    self.fsm.d.next = PowerState::PowerOn;
                    self.rail.d.next = self.first_rail.val();
                    self.rails_on.d.next = self.rail_zero.val();
                    self.step.restart.next = true;
                    self.settle.restart.next = true;
                }
            }
            PowerState::AcWait => {
                if self.ac_level.q.val() & self.step.reached_off_gap.val() {
                    self.fsm.d.next = PowerState::PowerOn;
                    self.rail.d.next = self.first_rail.val();
                    self.rails_on.d.next = self.rail_zero.val();
                    self.step.restart.next = true;
                    self.settle.restart.next = true;
                }
            }
            PowerState::PowerOn => {
                if !self.ac_level.q.val() {
                    // AC lost before the system ran: nothing in memory is worth a vault.
                    self.fsm.d.next = PowerState::AcWait;
                    self.rails_on.d.next = self.no_rails.val();
                    self.pg_expected.d.next = self.no_rails.val();
                    self.step.restart.next = true;
                } else {
                    if self.rail_settled.val() {
                        // From now on this rail's power-good must stay good.
                        self.pg_expected.d.next = self.pg_expected.q.val() | self.rail_bit.val();
                    }
                    if self.rail_settled.val()
                        & !self.pg_missing.val().any()
                        & self.all_good.reached.val()
                    {
                        // Every earlier rail has stayed good meanwhile: next rail.
                        self.step.restart.next = true;
                        self.settle.restart.next = true;
                        if self.rail.q.val() >= self.last_rail.val() {
                            self.fsm.d.next = PowerState::Run;
                        } else {
                            self.rail.d.next = self.rail.q.val() + self.next_rail.val();
                            self.rails_on.d.next = self.rails_on.q.val() | (self.rail_bit.val() << 1);
                        }
                    } else if self.step.reached_pg_timeout.val() {
                        self.fsm.d.next = PowerState::Fault;
                        self.pg_timeout_latched.d.next = true;
                        self.fault_rails_latched.d.next = self.fault_rails_latched.q.val() | self.rail_bit.val();
                        self.rails_on.d.next = self.no_rails.val();
                        self.pg_expected.d.next = self.no_rails.val();
                    }
                }
            }
            PowerState::Run => {
                if self.orderly_shutdown.val() {
                    self.fsm.d.next = PowerState::Shutdown;
                    self.rail.d.next = self.last_rail.val();
                    self.rails_on.d.next = self.rails_on.q.val() & !self.last_rail_bit.val();
                    self.step.restart.next = true;
                } else if !self.ac_level.q.val() {
                    if self.backup_ok.val() {
                        self.fsm.d.next = PowerState::Shed;
                        self.rail.d.next = self.last_rail.val();
                        self.rails_on.d.next = self.rails_on.q.val() & !self.last_rail_bit.val();
                        self.step.restart.next = true;
                        self.watchdog.d.next = self.no_cycles.val();
                        self.watchdog_reached_limit.d.next = false;
                        self.vault_counter.d.next = self.vault_counter.q.val() + 1;
                    } else {
                        self.fsm.d.next = PowerState::AcWait;
                        self.vault_impossible_latched.d.next = true;
                        self.rails_on.d.next = self.no_rails.val();
                        self.pg_expected.d.next = self.no_rails.val();
                        self.step.restart.next = true;
                    }
                }
            }
            // Off sequences: entering the step of rail i switches rail i off, so the rails on are
            // exactly those below `rail`; the next step follows after the gap.
            PowerState::Shutdown => {
                if self.step.reached_off_gap.val() {
                    self.step.restart.next = true;
                    if self.rail.q.val() == self.first_rail.val() {
                        self.fsm.d.next = PowerState::Off;
                    } else {
                        self.rail.d.next = self.rail.q.val() - self.next_rail.val();
                        self.rails_on.d.next = self.rails_on.q.val() & !(self.rail_bit.val() >> 1);
                    }
                }
            }
            PowerState::Shed => {
                if self.step.reached_shed_gap.val() {
                    self.step.restart.next = true;
                    if self.rail.q.val() <= self.first_shed_rail.val() {
                        self.fsm.d.next = PowerState::SetFlag;
                    } else {
                        self.rail.d.next = self.rail.q.val() - self.next_rail.val();
                        self.rails_on.d.next = self.rails_on.q.val() & !(self.rail_bit.val() >> 1);
                    }
                }
            }
            PowerState::SetFlag => {
                self.flag.d.next = true;
                self.fsm.d.next = PowerState::Reboot;
                self.step.restart.next = true;
            }
            PowerState::Reboot => {
                self.reboot.d.next = true;
                if self.step.reached_reboot_pulse.val() {
                    self.fsm.d.next = PowerState::VaultWait;
                }
            }
            PowerState::VaultWait => {
                // An answer only counts after the reboot: a `done` left over from before is stale.
                if self.bios_vault_failed.val() | self.bios_vault_done.val() {
                    if self.bios_vault_failed.val() {
                        self.vault_failed_latched.d.next = true;
                    }
                    self.last_vault_counter.d.next = self.watchdog.q.val();
                    self.fsm.d.next = PowerState::VaultOff;
                    self.rail.d.next = self.last_protected_rail.val();
                    self.rails_on.d.next = self.rails_on.q.val() & self.below_last_protected_rail.val();
                    self.step.restart.next = true;
                }
            }
            PowerState::VaultOff => {
                if self.step.reached_off_gap.val() {
                    self.step.restart.next = true;
                    if self.rail.q.val() == self.first_rail.val() {
                        self.fsm.d.next = PowerState::AcWait;
                    } else {
                        self.rail.d.next = self.rail.q.val() - self.next_rail.val();
                        self.rails_on.d.next = self.rails_on.q.val() & !(self.rail_bit.val() >> 1);
                    }
                }
            }
            PowerState::Fault => {
                if self.rearm.val() {
                    self.fsm.d.next = PowerState::Off;
                }
            }
            _ => {
                self.fsm.d.next = PowerState::Off;
            }
        }

        // The watchdog bounds the vault whatever the BIOS does.
        if self.in_vault.val() & self.watchdog_reached_limit.q.val() {
            self.fsm.d.next = PowerState::VaultOff;
            self.rail.d.next = self.last_protected_rail.val();
            self.step.restart.next = true;
            self.watchdog_expired_latched.d.next = true;
            self.last_vault_counter.d.next = self.watchdog.q.val();
            if !self.watchdog_counter.q.val().all() {
                self.watchdog_counter.d.next = self.watchdog_counter.q.val() + 1;
            }
            // Rails still on above the last protected one go at once (shedding may be unfinished).
            self.rails_on.d.next = self.rails_on.q.val() & self.below_last_protected_rail.val();
        }

        // A lost power-good switches everything off at once, whatever the state.
        if self.pg_lost_now.val() {
            self.fsm.d.next = PowerState::Fault;
            self.pg_lost_latched.d.next = true;
            self.fault_rails_latched.d.next = self.fault_rails_latched.q.val() | self.pg_missing.val();
            self.rails_on.d.next = self.no_rails.val();
            self.pg_expected.d.next = self.no_rails.val();
        }

        if self.flag_clear.val() & !self.in_vault.val() {
            self.flag.d.next = false;
        }

        if self.rearm.val() {
            self.pg_timeout_latched.d.next = false;
            self.pg_lost_latched.d.next = false;
            self.fault_rails_latched.d.next = self.no_rails.val();
            self.vault_impossible_latched.d.next = false;
            self.vault_failed_latched.d.next = false;
            self.watchdog_expired_latched.d.next = false;
        }

        // Synchronous reset; the persistent flag and the statistics deliberately survive it.
        if self.reset.val() {
            self.fsm.d.next = PowerState::Off;
            self.rails_on.d.next = self.no_rails.val();
            self.pg_expected.d.next = self.no_rails.val();
            self.rail.d.next = self.first_rail.val();
            self.step.restart.next = true;
            self.settle.restart.next = true;
            self.ac_level.d.next = false;
            self.ac_count.d.next = self.no_cycles.val();
            self.loss.restart.next = true;
            self.all_good.restart.next = true;
            self.watchdog.d.next = self.no_cycles.val();
            self.watchdog_reached_limit.d.next = false;
            self.reboot.d.next = false;
            self.pg_timeout_latched.d.next = false;
            self.pg_lost_latched.d.next = false;
            self.fault_rails_latched.d.next = self.no_rails.val();
            self.vault_impossible_latched.d.next = false;
            self.vault_failed_latched.d.next = false;
            self.watchdog_expired_latched.d.next = false;
        }
    }
}
