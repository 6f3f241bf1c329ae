//! The sequencer's safety properties as run-time monitors.

use super::{PROTECTED_MASK, RAILS, PROTECTED};
use crate::models::power::{PowerInputs, PowerOutputs, PowerState};
use nic_hdl::power::config::PowerTimers;

/// The design's properties (docs/power-sequencer.md) as monitors over inputs and outputs, independent of
/// the reference model.
#[derive(Clone, Debug)]
pub struct PropertyMonitor {
    t: PowerTimers,
    prev: Option<(PowerInputs, PowerOutputs)>,
    pg_high_for: [u32; RAILS],
    /// Enabled, and no power-good seen since the enable.
    waiting_for_pg: [u32; RAILS],
    seen_pg: [bool; RAILS],
    /// Consecutive cycles enabled with power-good high.
    on_and_good_for: [u32; RAILS],
    /// Enabled, and its power-good has been high for `pg_settle` cycles while enabled: from then on
    /// it must stay good (the sequencer's "expected" power-goods).
    settled: [bool; RAILS],
    /// Consecutive cycles a settled rail's power-good has been low.
    pg_missing_for: u32,
    ac_differs_for: u32,
    /// Cycles since a vault started, while any rail is on.
    vault_age: Option<u64>,
}

impl PropertyMonitor {
    pub fn new(t: PowerTimers) -> Self {
        Self {
            t,
            prev: None,
            pg_high_for: [0; RAILS],
            waiting_for_pg: [0; RAILS],
            seen_pg: [false; RAILS],
            on_and_good_for: [0; RAILS],
            settled: [false; RAILS],
            pg_missing_for: 0,
            ac_differs_for: 0,
            vault_age: None,
        }
    }

    /// Checks this cycle's outputs against the history so far, then records the cycle.
    pub fn check(&mut self, i: &PowerInputs, o: &PowerOutputs) -> Result<(), String> {
        if let Some((pi, po)) = &self.prev {
            // 1. After reset all enables are 0.
            if pi.reset && o.rail_en != 0 {
                return Err(format!("P1: rails {:#x} on right after reset", o.rail_en));
            }
            // 2. A rail turns on only after every earlier rail's power-good is stably good.
            let rose = o.rail_en & !po.rail_en;
            for r in (0..RAILS).filter(|r| rose >> r & 1 == 1) {
                if let Some(e) = (0..r).find(|&e| self.pg_high_for[e] < self.t.pg_settle) {
                    return Err(format!("P2: rail {r} on while rail {e} power-good was high only {} cycles", self.pg_high_for[e]));
                }
            }
            // 3. A power-good that never comes latches a fault within its timeout (+ 2 cycles of pipeline).
            if let Some(r) = (0..RAILS).find(|&r| self.waiting_for_pg[r] > self.t.pg_timeout + 2 && o.rail_en >> r & 1 == 1) {
                if !o.fault {
                    return Err(format!("P3: rail {r} enabled {} cycles without power-good and no fault", self.waiting_for_pg[r]));
                }
            }
            // 4. Loss of an expected power-good turns every non-protected rail off within the filter + 1.
            if self.pg_missing_for > self.t.pg_loss_filter && o.rail_en & !PROTECTED_MASK != 0 {
                return Err(format!("P4: an expected power-good low {} cycles, rails {:#x} still on", self.pg_missing_for, o.rail_en));
            }
            // 5. A latched fault holds until an explicit re-arm (or reset).
            if po.fault && !o.fault && !pi.rearm && !pi.reset {
                return Err("P5: fault cleared without re-arm".into());
            }
            // 6. ac_ok counts only after holding its new level for the whole debounce window.
            if o.ac_good != po.ac_good && !pi.reset && self.ac_differs_for < self.t.ac_debounce {
                return Err(format!("P6: ac_good followed ac_ok after {} cycles", self.ac_differs_for));
            }
            // 7. Rails go off in reverse order: never while a later rail stays on.
            let fell = po.rail_en & !o.rail_en;
            if fell != 0 && o.rail_en >> fell.trailing_zeros() != 0 {
                return Err(format!("P7: rails {fell:#x} went off while {:#x} stay on", o.rail_en));
            }
            // 9. cpu_reboot only once the persistent flag is set.
            if o.cpu_reboot && !po.power_off_flag {
                return Err("P9: cpu_reboot before the power-off flag was set".into());
            }
            // AC returning does not abort a vault.
            if in_vault(po.state) && matches!(o.state, PowerState::Run | PowerState::PowerOn | PowerState::Off) && !pi.reset {
                return Err(format!("vault aborted: {:?} -> {:?}", po.state, o.state));
            }
        }
        // 8. Through the vault the protected rails stay on and every other rail is off.
        if matches!(o.state, PowerState::SetFlag | PowerState::Reboot | PowerState::VaultWait) && o.rail_en != PROTECTED_MASK {
            return Err(format!("P8: rails {:#x} during {:?}", o.rail_en, o.state));
        }
        // 10. All rails off within the energy budget even if the BIOS never answers.
        if o.state == PowerState::Shed && self.vault_age.is_none() {
            self.vault_age = Some(0);
        }
        if let Some(age) = self.vault_age.as_mut() {
            *age += 1;
            if o.rail_en == 0 || i.reset {
                self.vault_age = None;
            } else if *age > self.t.worst_case_vault_cycles(PROTECTED) {
                return Err(format!("P10: rails {:#x} still on {age} cycles into a vault", o.rail_en));
            }
        }
        self.record(i, o);
        Ok(())
    }

    fn record(&mut self, i: &PowerInputs, o: &PowerOutputs) {
        let mut expected = 0;
        for r in 0..RAILS {
            let (on, pg) = (o.rail_en >> r & 1 == 1, i.pg >> r & 1 == 1);
            self.pg_high_for[r] = if pg { self.pg_high_for[r].saturating_add(1) } else { 0 };
            if !on {
                (self.waiting_for_pg[r], self.seen_pg[r], self.settled[r], self.on_and_good_for[r]) = (0, false, false, 0);
                continue;
            }
            self.on_and_good_for[r] = if pg { self.on_and_good_for[r].saturating_add(1) } else { 0 };
            self.seen_pg[r] |= pg;
            if !self.seen_pg[r] {
                self.waiting_for_pg[r] += 1;
            }
            self.settled[r] |= self.on_and_good_for[r] >= self.t.pg_settle;
            if self.settled[r] {
                expected |= 1 << r;
            }
        }
        self.pg_missing_for = if expected & !i.pg != 0 && !i.reset { self.pg_missing_for + 1 } else { 0 };
        self.ac_differs_for = if i.ac_ok != o.ac_good { self.ac_differs_for + 1 } else { 0 };
        self.prev = Some((i.clone(), o.clone()));
    }
}

pub fn in_vault(state: PowerState) -> bool {
    matches!(state, PowerState::Shed | PowerState::SetFlag | PowerState::Reboot | PowerState::VaultWait)
}
